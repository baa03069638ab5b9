import Core
import Foundation
import Testing

@testable import Reconcile

/// Issue 11: every claim ends with a verdict or a stated reason, and a name that is almost a
/// ledger customer gets a hint naming the tally.yml fix.
@Suite struct NotJudgedTests {
  private static func claim(
    _ id: String, unit: QuantityUnit = .count, item: String? = "pump", subject: String? = "Domvia",
    metric: Metric = .order, modality: Modality = .asserted, low: Decimal = 300,
    high: Decimal = 300, qualifier: Qualifier = .exact
  ) -> Claim {
    Claim(
      id: id, document: "memo.eml", span: TextSpan(start: 0, end: 3), surface: "300",
      sentence: "…", stated: Interval(low: low, high: high), qualifier: qualifier,
      bounds: Interval(low: low, high: high), unit: unit, item: item, subject: subject,
      metric: metric, period: Period.year(2025), modality: modality, language: .en, rule: "test")
  }

  private static func row(
    _ id: String, customer: String = "Domvia", quantity: Decimal? = 300, amount: Decimal? = nil
  ) -> Booking {
    Booking(
      id: id, file: "bookings.csv", line: 2, customer: customer, item: "pump", quantity: quantity,
      amount: amount, period: Period.month(2025, 3), status: .delivered)
  }

  @Test(
    "a claim that cannot be held to a figure says why",
    arguments: [
      (claim("h", modality: .hypothetical), NotJudgedReason.hypothetical),
      (claim("n", modality: .negated), .negated),
      (claim("q", modality: .question), .question),
      (claim("v", low: 1000, high: 9999, qualifier: .approximate), .vague),
      (claim("p", unit: .percent), .percentage),
      (claim("r", unit: .currency("EUR"), item: nil, metric: .revenue), .metricOutsideLedger),
      (claim("m", unit: .currency("EUR"), item: nil, metric: .other), .metricOutsideLedger),
      (claim("s", subject: nil), .noParty),
      (claim("o", subject: "Altmann"), .partyNotInLedger),
      (claim("i", item: nil), .noItem),
      (claim("w", item: "valve"), .itemNotInLedger),
      (
        {
          var price = claim("u", unit: .currency("EUR"), metric: .spend, low: 46000, high: 46000)
          price.perUnit = true
          return price
        }(), .unitPrice
      ),
      (
        {
          var rate = claim("y", unit: .currency("EUR"), metric: .order, low: 8e5, high: 8e5)
          rate.perPeriod = true
          return rate
        }(), .rate
      ),
      (
        {
          var difference = claim("d", low: 350, high: 350)
          difference.isDifference = true
          return difference
        }(), .difference
      ),
    ])
  func reasons(claim: Claim, reason: NotJudgedReason) {
    let result = Reconciler().reconcile([claim], against: [Self.row("D-1")])
    #expect(result.verdicts[claim.id] == nil)
    #expect(result.reasons[claim.id] == reason)
  }

  @Test("every claim has a verdict or a reason, never both")
  func everyClaimAccountedFor() {
    let claims = [
      Self.claim("consistent"), Self.claim("contradicted", low: 500, high: 500),
      Self.claim("asked", modality: .question), Self.claim("elsewhere", subject: "Altmann"),
    ]
    let result = Reconciler().reconcile(claims, against: [Self.row("D-1")])
    for claim in claims {
      #expect(
        (result.verdicts[claim.id] == nil) != (result.reasons[claim.id] == nil), "\(claim.id)")
    }
    #expect(result.verdicts["consistent"] == .consistent)
    #expect(result.verdicts["contradicted"] == .contradicted)
  }

  @Test("a period the sentence points to but does not say is not the document's year")
  func periodUnclear() {
    var claim = Self.claim("u")
    claim.period = nil
    claim.periodUnclear = true
    let result = Reconciler().reconcile([claim], against: [Self.row("D-1")])
    #expect(result.reasons["u"] == .periodUnclear)
  }

  @Test("a ledger without amounts cannot contradict a money claim")
  func noAmounts() {
    let spend = Self.claim(
      "spend", unit: .currency("EUR"), metric: .spend, low: 12_000_000,
      high: 12_000_000)
    let result = Reconciler().reconcile([spend], against: [Self.row("D-1")])
    #expect(result.findings.isEmpty)
    #expect(result.reasons["spend"] == .ledgerHasNoAmounts)
    let dollars = Reconciler().reconcile(
      [spend],
      against: [Self.row("D-1", amount: 9_000_000)].map { row in
        var row = row
        row.currency = "USD"
        return row
      })
    #expect(dollars.reasons["spend"] == .noExchangeRate)
  }

  @Test("a count against rows with no quantities is not judged")
  func noQuantities() {
    let result = Reconciler().reconcile(
      [Self.claim("c")], against: [Self.row("D-1", quantity: nil, amount: 5_000_000)])
    #expect(result.reasons["c"] == .ledgerHasNoQuantities)
    #expect(result.findings.isEmpty)
  }

  @Test("no ledger at all is its own reason")
  func noLedger() {
    let result = Reconciler().reconcile([Self.claim("c")], against: [])
    #expect(result.reasons["c"] == .noLedger)
  }

  @Test(
    "a name close to a ledger customer gets a hint naming the tally.yml fix",
    arguments: [
      ("Domvia", "Domvia Habitat"), ("Domvia Habitat SA", "Domvia Habitat"),
      ("Domvai Habitat", "Domvia Habitat"),
    ])
  func hint(named: String, customer: String) throws {
    let result = Reconciler().reconcile(
      [Self.claim("c", subject: named)], against: [Self.row("D-1", customer: customer)])
    #expect(result.reasons["c"] == .partyNotInLedger)
    #expect(
      result.hints["c"]
        == "'\(named)' is not in the ledger; if it means '\(customer)', list '\(named)' under that entity's aliases in tally.yml"
    )
  }

  @Test("a name that is nothing like a customer gets no hint")
  func noHint() {
    let result = Reconciler().reconcile(
      [Self.claim("c", subject: "Altmann")], against: [Self.row("D-1", customer: "Domvia Habitat")])
    #expect(result.reasons["c"] == .partyNotInLedger)
    #expect(result.hints["c"] == nil)
  }

  @Test("two sources that contradict each other make both claims contradicted, ledger or not")
  func acrossSources() {
    var first = Self.claim("first", subject: "Altmann", low: 300, high: 300)
    first.speaker = "Ana"
    var second = Self.claim("second", subject: "Altmann", low: 900, high: 900)
    second.document = "post.json"
    second.speaker = "Ben"
    let result = Reconciler().reconcile([first, second], against: [Self.row("D-1")])
    #expect(result.findings.map(\.rule) == ["REC002"])
    #expect(result.verdicts["first"] == .contradicted)
    #expect(result.verdicts["second"] == .contradicted)
    #expect(result.reasons["first"] == nil && result.reasons["second"] == nil)
  }
}
