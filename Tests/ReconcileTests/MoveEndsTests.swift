import Core
import Foundation
import Testing

@testable import Reconcile

/// Issue 11: the ends of a move that its sentence leaves unsaid, read from the corpus's other
/// accounts of the same move.
@Suite struct MoveEndsTests {
  private static func move(
    _ id: String, _ document: String, from: String?, to: String?, quantity: Decimal,
    speaker: String
  ) -> Claim {
    var roles: [Role: String] = [:]
    roles[.source] = from
    roles[.target] = to
    return Claim(
      id: id, document: document, span: TextSpan(start: 0, end: 2), surface: "\(quantity)",
      sentence: "…", stated: Interval(low: quantity, high: quantity), qualifier: .exact,
      bounds: Interval(low: quantity, high: quantity), unit: .count, item: "rack",
      flow: from == nil && to == nil ? nil : Flow(from: from, to: to),
      roles: Roles(frame: "move/1", parties: roles), metric: .transfer,
      period: Period.month(2025, 9), speaker: speaker, language: .en, rule: "test")
  }

  /// Orveline's 30 racks, booked from Castral and passed on to Pennick in September.
  private let rows = [
    Booking(
      id: "O-1", file: "bookings.csv", line: 2, customer: "Orveline", supplier: "Castral",
      item: "rack", quantity: 30, period: Period.month(2025, 9), status: .redirected,
      redirectedTo: "Pennick"),
    Booking(
      id: "P-1", file: "bookings.csv", line: 3, customer: "Pennick", supplier: "Castral",
      item: "rack", quantity: 50, period: Period.month(2025, 6), status: .delivered),
    Booking(
      id: "T-1", file: "bookings.csv", line: 4, customer: "Tessaly", supplier: "Castral",
      item: "rack", quantity: 10, period: Period.month(2025, 6), status: .delivered),
  ]

  private static func flows(_ result: Reconciliation) -> [String: Flow?] {
    var flows: [String: Flow?] = [:]
    for finding in result.findings {
      for claim in finding.claims { flows[claim.id] = claim.flow }
    }
    return flows
  }

  @Test("a supplier that moved the goods is not their giver: the corpus's other moves name it")
  func supplierMovedThem() {
    let claims = [
      Self.move("told", "a.txt", from: "Orveline", to: "Pennick", quantity: 12, speaker: "Ada"),
      Self.move("memo", "b.txt", from: "Castral", to: "Pennick", quantity: 30, speaker: "Ben"),
    ]
    let result = Reconciler().reconcile(claims, against: rows)
    // Judged as Orveline's move (30 redirected), and set against the other account of it.
    #expect(result.verdicts["memo"] == .consistent)
    #expect(result.verdicts["told"] == .contradicted)
    let pair = result.findings.first { $0.rule == "REC002" }
    #expect(pair?.claims.map(\.id) == ["told", "memo"])
    #expect(Self.flows(result)["memo"] == Flow(from: "Orveline", to: "Pennick"))
  }

  @Test("a move that names no end is its document's party's, to the receiver the corpus names")
  func noEndNamed() {
    let claims = [
      Self.move("told", "a.txt", from: "Orveline", to: "Pennick", quantity: 12, speaker: "Ada"),
      Self.move("statement", "b.md", from: nil, to: nil, quantity: 30, speaker: "Castral"),
    ]
    let result = Reconciler().reconcile(
      claims, against: rows, mainParties: ["b.md": "Orveline"])
    #expect(result.verdicts["statement"] == .consistent)
    let pair = result.findings.first { $0.rule == "REC002" }
    #expect(pair?.claims.map(\.id) == ["told", "statement"])
    #expect(Self.flows(result)["statement"] == Flow(from: "Orveline", to: "Pennick"))
  }

  @Test("when the other accounts name different givers, the giver stays unsaid")
  func giversDisagree() {
    let claims = [
      Self.move("orveline", "a.txt", from: "Orveline", to: "Pennick", quantity: 30, speaker: "Ada"),
      Self.move("tessaly", "b.txt", from: "Tessaly", to: "Pennick", quantity: 4, speaker: "Ben"),
      Self.move("memo", "c.txt", from: "Castral", to: "Pennick", quantity: 12, speaker: "Cy"),
    ]
    let result = Reconciler().reconcile(claims, against: rows)
    #expect(
      !result.findings.contains { $0.rule == "REC002" && $0.claims.contains { $0.id == "memo" } })
    #expect(result.verdicts["memo"] == nil)
  }
}
