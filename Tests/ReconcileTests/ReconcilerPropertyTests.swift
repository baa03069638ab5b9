import Core
import Foundation
import Testing

@testable import Reconcile

/// A small deterministic generator (SplitMix64), so property runs are repeatable.
private struct SeededRandom: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Properties of the interval logic over many generated ledgers and claims.
@Suite struct ReconcilerPropertyTests {
  private static let customers = ["Tesla", "X", "xAI"]
  private static let items = ["H100", "A100"]
  private static let statuses: [BookingStatus] = [
    .booked, .shipped, .delivered, .redirected, .cancelled, .forecast,
  ]

  private func bookings(_ random: inout SeededRandom, count: Int) -> [Booking] {
    (0..<count).map { index in
      let month = Int.random(in: 1...12, using: &random)
      let text = month < 10 ? "0\(month)" : "\(month)"
      return Booking(
        id: "B-\(index)", file: "b.csv", line: index + 2,
        customer: Self.customers.randomElement(using: &random) ?? "X",
        item: Self.items.randomElement(using: &random) ?? "H100",
        quantity: Decimal(Int.random(in: 1...20_000, using: &random)),
        period: Period(start: "2024-\(text)-01", end: "2024-\(text)-28"),
        status: Self.statuses.randomElement(using: &random) ?? .booked)
    }
  }

  private func claim(_ random: inout SeededRandom, index: Int, low: Decimal?, high: Decimal?)
    -> Claim
  {
    Claim(
      id: "c\(index)", document: "d\(index % 3)", span: TextSpan(start: index, end: index + 1),
      surface: "n",
      sentence: "s", stated: Interval(low: low, high: high), qualifier: .exact,
      bounds: Interval(low: low, high: high),
      unit: .count, item: "\(Self.items.randomElement(using: &random) ?? "H100") GPU",
      subject: Self.customers.randomElement(using: &random),
      metric: [.order, .shipment, .other].randomElement(using: &random) ?? .order,
      period: Period(start: "2024-01-01", end: "2024-12-31"), speaker: "s\(index % 2)",
      language: .en, rule: "test")
  }

  @Test("a claim whose bounds hold the sum of its linked rows is never contradicted")
  func boundsHoldingTheSum() {
    var random = SeededRandom(state: 1)
    for round in 0..<300 {
      // All rows link: one customer, one item, booked, inside the claim's year.
      var rows = bookings(&random, count: Int.random(in: 1...30, using: &random))
      for index in rows.indices {
        rows[index].customer = "Tesla"
        rows[index].item = "H100"
        rows[index].status = .booked
      }
      let sum = rows.reduce(Decimal(0)) { $0 + ($1.quantity ?? 0) }
      let below = Decimal(Int.random(in: 0...500, using: &random))
      let above = Decimal(Int.random(in: 0...500, using: &random))
      var subject = claim(&random, index: round, low: sum - below, high: sum + above)
      subject.subject = "Tesla"
      subject.item = "H100 GPU"
      subject.metric = .order
      let verdict = Reconciler().reconcile([subject], against: rows).verdicts[subject.id]
      #expect(verdict == .consistent, "round \(round): sum \(sum), bounds \(subject.bounds)")
    }
  }

  @Test("widening a claim's bounds never turns consistent into contradicted")
  func wideningIsMonotone() {
    var random = SeededRandom(state: 2)
    let rows = bookings(&random, count: 200)
    for round in 0..<300 {
      let low = Decimal(Int.random(in: 0...60_000, using: &random))
      let original = claim(
        &random, index: round, low: low,
        high: low + Decimal(Int.random(in: 0...20_000, using: &random)))
      var wider = original
      let extra = Decimal(Int.random(in: 0...10_000, using: &random))
      wider.bounds = Interval(
        low: original.bounds.low.map { $0 - extra }, high: original.bounds.high.map { $0 + extra })
      let before = Reconciler().reconcile([original], against: rows).verdicts[original.id]
      let after = Reconciler().reconcile([wider], against: rows).verdicts[wider.id]
      if before == .consistent { #expect(after == .consistent, "round \(round)") }
      if before == .unverifiable { #expect(after == .unverifiable) }
    }
  }

  @Test("verdicts and findings do not depend on the order of rows or claims")
  func orderDoesNotMatter() {
    var random = SeededRandom(state: 3)
    for round in 0..<50 {
      let rows = bookings(&random, count: 100)
      let claims = (0..<20).map { index -> Claim in
        let low = Decimal(Int.random(in: 0...60_000, using: &random))
        return claim(&random, index: index, low: low, high: low + 1000)
      }
      let forward = Reconciler().reconcile(claims, against: rows)
      let shuffled = Reconciler().reconcile(
        claims.shuffled(using: &random), against: rows.shuffled(using: &random))
      #expect(forward.verdicts == shuffled.verdicts, "round \(round)")
      #expect(forward.findings.map(\.id) == shuffled.findings.map(\.id), "round \(round)")
      #expect(
        forward.findings.map { $0.bookings.map(\.id) }
          == shuffled.findings.map { $0.bookings.map(\.id) })
    }
  }
}
