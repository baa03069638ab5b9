import Core
import Foundation
import Testing

@testable import Reconcile

/// Issue 11: a named seller must be the supplier of the rows a claim is judged against.
@Suite struct SellerTests {
  private static func claim(_ id: String, seller: String?, quantity: Decimal) -> Claim {
    Claim(
      id: id, document: "memo.eml", span: TextSpan(start: 0, end: 2), surface: "\(quantity)",
      sentence: "…", stated: Interval(low: quantity, high: quantity), qualifier: .exact,
      bounds: Interval(low: quantity, high: quantity), unit: .count, item: "vessel",
      subject: "Nordhavn",
      roles: Roles(
        frame: "purchase.from/1",
        parties: seller.map { [.buyer: "Nordhavn", .seller: $0] } ?? [.buyer: "Nordhavn"]),
      metric: .order, period: Period.year(2025), language: .en, rule: "test")
  }

  private let rows = [
    Booking(
      id: "K-1", file: "bookings.csv", line: 2, customer: "Nordhavn", supplier: "Kessler Yards",
      item: "vessel", quantity: 4, period: Period.month(2025, 3), status: .delivered),
    Booking(
      id: "V-1", file: "bookings.csv", line: 3, customer: "Nordhavn", supplier: "Vardø Marine",
      item: "vessel", quantity: 2, period: Period.month(2025, 5), status: .booked),
  ]

  @Test("a claim with a named seller sums that seller's rows only")
  func sellersRowsOnly() {
    let result = Reconciler().reconcile(
      [Self.claim("kessler", seller: "Kessler Yards", quantity: 4)], against: rows)
    #expect(result.verdicts["kessler"] == .consistent)
  }

  @Test("a claim with no seller sums every supplier's rows")
  func everySupplier() {
    let result = Reconciler().reconcile(
      [Self.claim("any", seller: nil, quantity: 6)], against: rows)
    #expect(result.verdicts["any"] == .consistent)
  }

  @Test("a seller that supplies none of the rows cannot be judged by them")
  func unknownSeller() {
    let result = Reconciler().reconcile(
      [Self.claim("other", seller: "Altmann", quantity: 40)], against: rows)
    #expect(result.verdicts["other"] == nil)
    #expect(result.reasons["other"] == .sellerNotInLedger)
    #expect(result.findings.isEmpty)
  }

  @Test("a figure told of the supplier is about the one customer its sentence names")
  func supplierSubject() {
    var config = TallyConfig()
    config.entities = [
      TallyConfig.Entity(name: "Kessler Yards", aliases: ["Kessler"]),
      TallyConfig.Entity(name: "Nordhavn", aliases: ["Nordhavn Ferries"]),
    ]
    var claim = Self.claim("told", seller: nil, quantity: 9)
    claim.subject = "Kessler"
    claim.roles = nil
    claim.sentence = "Kessler signed an order for 9 vessels with Nordhavn Ferries."
    let result = Reconciler(config: config).reconcile([claim], against: rows)
    // Kessler's rows for Nordhavn hold 4: the claim of 9 is judged, and contradicted.
    #expect(result.verdicts["told"] == .contradicted)
    claim.sentence = "Kessler signed an order for 9 vessels."
    let alone = Reconciler(config: config).reconcile([claim], against: rows)
    #expect(alone.verdicts["told"] == nil)
  }

  @Test("goods one customer passes to another are moved between them, not sold")
  func customerToCustomer() {
    var claim = Self.claim("moved", seller: "Nordhavn", quantity: 2)
    claim.roles = Roles(
      frame: "receipt.from/1", parties: [.buyer: "Vinga Line", .seller: "Nordhavn"])
    claim.subject = "Vinga Line"
    claim.metric = .shipment
    var rows = self.rows
    rows.append(
      Booking(
        id: "R-1", file: "bookings.csv", line: 4, customer: "Nordhavn", supplier: "Kessler Yards",
        item: "vessel", quantity: 3, period: Period.month(2025, 6), status: .redirected,
        redirectedTo: "Vinga Line"))
    rows.append(
      Booking(
        id: "W-1", file: "bookings.csv", line: 5, customer: "Vinga Line", supplier: "Kessler Yards",
        item: "vessel", quantity: 1, period: Period.month(2025, 7), status: .booked))
    let result = Reconciler().reconcile([claim], against: rows)
    // Judged against the redirected row (3), not Vinga Line's purchases: 2 is contradicted.
    #expect(result.verdicts["moved"] == .contradicted)
    let finding = result.findings.first { $0.rule == "REC001" }
    #expect(finding?.claims.first?.flow == Flow(from: "Nordhavn", to: "Vinga Line"))
  }

  @Test("a seller named by an alias in tally.yml is its entity")
  func sellerAlias() {
    var config = TallyConfig()
    config.entities = [TallyConfig.Entity(name: "Kessler Yards", aliases: ["Kessler"])]
    let result = Reconciler(config: config).reconcile(
      [Self.claim("alias", seller: "Kessler", quantity: 4)], against: rows)
    #expect(result.verdicts["alias"] == .consistent)
  }
}
