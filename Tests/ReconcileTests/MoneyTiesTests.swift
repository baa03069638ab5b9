import Core
import Foundation
import Testing

@testable import Reconcile

/// Issue 11: money is judged only when its sentence ties it to a ledger item, supplier or
/// configured topic, and money for a named item sums that item's rows only.
@Suite struct MoneyTiesTests {
  private static let rows = [
    Booking(
      id: "P-1", file: "bookings.csv", line: 2, customer: "Domvia", supplier: "Altmann Thermal",
      item: "AW-9", quantity: 300, amount: 12_000_000, currency: "EUR",
      period: Period.month(2025, 3), status: .delivered),
    Booking(
      id: "V-1", file: "bookings.csv", line: 3, customer: "Domvia", supplier: "Altmann Thermal",
      item: "valve", quantity: 900, amount: 3_000_000, currency: "EUR",
      period: Period.month(2025, 4), status: .delivered),
    Booking(
      id: "B-1", file: "bookings.csv", line: 4, customer: "Domvia", supplier: "Brenner",
      item: "valve", quantity: 100, amount: 2_000_000, currency: "EUR",
      period: Period.month(2025, 5), status: .delivered),
  ]

  private static func claim(
    _ id: String, _ sentence: String, _ value: Decimal, item: String? = nil,
    metric: Metric = .spend
  ) -> Claim {
    Claim(
      id: id, document: "d", span: TextSpan(start: 0, end: 2), surface: "€", sentence: sentence,
      stated: Interval(low: value, high: value), qualifier: .exact,
      bounds: Interval(low: value, high: value), unit: .currency("EUR"), item: item,
      subject: "Domvia", metric: metric, period: Period.year(2025), language: .en, rule: "test")
  }

  private var config: TallyConfig {
    var config = TallyConfig()
    config.entities = [TallyConfig.Entity(name: "Altmann Thermal", aliases: ["Altmann"])]
    config.items = [TallyConfig.Item(name: "AW-9", aliases: ["AW-9 pump"], topics: ["heat pumps"])]
    return config
  }

  @Test(
    "money tied by a named item, a topic or a supplier is judged; money tied to nothing is not",
    arguments: [
      ("Domvia spent €12 million on AW-9 pumps.", Decimal(12_000_000), Verdict?.some(.consistent)),
      ("Domvia spent €12 million on heat pumps this year.", 12_000_000, .consistent),
      ("Domvia's spending with Altmann came to €15 million.", 15_000_000, .consistent),
      ("Domvia's revenue was €15 million.", 15_000_000, nil),
      ("Domvia's cash came to €15 million.", 15_000_000, nil),
    ])
  func ties(sentence: String, value: Decimal, verdict: Verdict?) {
    let result = Reconciler(config: config).reconcile(
      [Self.claim("c", sentence, value)], against: Self.rows)
    #expect(result.verdicts["c"] == verdict)
    if verdict == nil { #expect(result.reasons["c"] == .moneyNotTied) }
  }

  @Test("money tied to a supplier sums that supplier's rows only")
  func supplierRows() {
    let result = Reconciler(config: config).reconcile(
      [Self.claim("c", "Domvia's spending with Altmann came to €15 million.", 15_000_000)],
      against: Self.rows)
    #expect(result.verdicts["c"] == .consistent)
    let brenner = Reconciler(config: config).reconcile(
      [Self.claim("b", "Domvia's spending with Brenner came to €2 million.", 2_000_000)],
      against: Self.rows)
    #expect(brenner.verdicts["b"] == .consistent)
  }

  @Test("money for a named item sums that item's rows only")
  func namedItem() {
    let result = Reconciler(config: config).reconcile(
      [Self.claim("c", "Domvia spent €15 million on AW-9 pumps.", 15_000_000, item: "AW-9 pump")],
      against: Self.rows)
    #expect(result.verdicts["c"] == .contradicted)
    #expect(result.findings.first?.bookings.map(\.id) == ["P-1"])
  }

  @Test("capital expenditure is company-wide: not judged against bookings")
  func capex() {
    let result = Reconciler(config: config).reconcile(
      [
        Self.claim(
          "c", "Capex on heat pumps was €40 million.", 40_000_000,
          metric: .capitalExpenditure)
      ], against: Self.rows)
    #expect(result.reasons["c"] == .metricOutsideLedger)
  }

  @Test("two sources' money for the same tie and period contradict each other (REC002)")
  func acrossSources() {
    func claim(
      _ id: String, _ document: String, _ sentence: String, _ value: Decimal, _ period: Period
    )
      -> Claim
    {
      var claim = Self.claim(id, sentence, value)
      claim.document = document
      claim.speaker = document
      claim.period = period
      return claim
    }
    let year = Period.year(2025)
    let claims = [
      claim(
        "a", "post", "Domvia will spend €40 million on heat pumps this year.", 40_000_000, year),
      claim("b", "memo", "Domvia's heat pumps budget is €12 million this year.", 12_000_000, year),
      // Another tie: spending with Altmann is not the same figure as spending on heat pumps.
      claim("c", "call", "Domvia spent €15 million with Altmann this year.", 15_000_000, year),
      // Another period: a quarter's spend is not the year's.
      claim(
        "d", "note", "Domvia spent €5 million on heat pumps in Q1.", 5_000_000,
        Period.quarter(2025, 1)),
    ]
    let result = Reconciler(config: config).reconcile(claims, against: Self.rows)
    let pairs = result.findings.filter { $0.rule == "REC002" }.map { $0.claims.map(\.id).sorted() }
    #expect(pairs == [["a", "b"]])
    // A supplier or item is the same however it is named: "Altmann Thermal" is "Altmann", an
    // "AW-9 pump" the "AW-9".
    let named = [
      claim(
        "e", "post", "Domvia spent €15 million with Altmann Thermal this year.", 15_000_000, year),
      claim("f", "memo", "Domvia paid Altmann €40 million this year.", 40_000_000, year),
      claim("g", "call", "Domvia spent €9 million on AW-9 pumps this year.", 9_000_000, year),
      claim("h", "note", "Domvia spent €20 million on the AW-9 this year.", 20_000_000, year),
    ]
    let across = Reconciler(config: config).reconcile(named, against: Self.rows)
    #expect(
      across.findings.filter { $0.rule == "REC002" }.map { $0.claims.map(\.id).sorted() }
        .sorted { $0[0] < $1[0] } == [["e", "f"], ["g", "h"]])
  }

  @Test("what one payer paid one payee is compared across sources, whatever else is named")
  func paymentsAcrossSources() {
    func claim(_ id: String, _ document: String, _ sentence: String, _ value: Decimal) -> Claim {
      var claim = Self.claim(id, sentence, value)
      claim.document = document
      claim.speaker = document
      claim.period = Period.quarter(2025, 1)
      claim.roles = Roles(frame: "payment.to/1", parties: [.payer: "Domvia", .payee: "Altmann"])
      return claim
    }
    var spent = Self.claim("k", "Domvia spent €9 million with Altmann Thermal in Q1.", 9_000_000)
    spent.document = "note"
    spent.speaker = "note"
    spent.period = Period.quarter(2025, 1)
    let claims = [
      claim(
        "i", "feed", "Domvia paid Altmann €12 million in Q1 for the pumps and valves.", 12_000_000),
      claim("j", "call", "Domvia paid us €9 million in the first quarter.", 9_000_000),
      spent,
    ]
    let result = Reconciler(config: config).reconcile(claims, against: Self.rows)
    let pairs = result.findings.filter { $0.rule == "REC002" }.map { $0.claims.map(\.id).sorted() }
      .sorted { $0[0] < $1[0] }
    #expect(pairs == [["i", "j"], ["i", "k"]])
  }

  @Test(
    "values of the same contract are compared when undated or dated within a year; undated spending is not"
  )
  func contractValues() {
    func claim(_ id: String, _ document: String, _ value: Decimal, metric: Metric) -> Claim {
      var claim = Self.claim(
        id, "Domvia's AW-9 pump contract is worth €\(value).", value, item: "AW-9 pump",
        metric: metric)
      claim.document = document
      claim.speaker = document
      claim.period = nil
      return claim
    }
    let orders = [
      claim("a", "wire", 12_000_000, metric: .order),
      claim("b", "paper", 14_000_000, metric: .order),
    ]
    let result = Reconciler(config: config).reconcile(orders, against: Self.rows)
    #expect(
      result.findings.filter { $0.rule == "REC002" }.map { $0.claims.map(\.id).sorted() }
        == [["a", "b"]])
    let spending = [
      claim("c", "wire", 12_000_000, metric: .spend),
      claim("d", "paper", 14_000_000, metric: .spend),
    ]
    let spent = Reconciler(config: config).reconcile(spending, against: Self.rows)
    #expect(spent.findings.filter { $0.rule == "REC002" }.isEmpty)
    // One value dated by the contract's signing, the other undated: the same contract.
    var signed = claim("e", "wire", 12_000_000, metric: .order)
    signed.period = Period(start: "2025-03-12", end: "2025-03-12")
    let dated = Reconciler(config: config).reconcile(
      [signed, claim("f", "paper", 14_000_000, metric: .order)], against: Self.rows)
    #expect(
      dated.findings.filter { $0.rule == "REC002" }.map { $0.claims.map(\.id).sorted() }
        == [["e", "f"]])
    // Signed "on 12 March" and in effect "from 1 July": the same contract; one dated more than
    // a year later is another.
    var month = claim("g", "paper", 14_000_000, metric: .order)
    month.period = Period(start: "2025-07-01", end: "2025-07-01")
    var later = claim("h", "paper", 14_000_000, metric: .order)
    later.period = Period(start: "2026-06-01", end: "2026-06-30")
    let meeting = Reconciler(config: config).reconcile([signed, month], against: Self.rows)
    #expect(meeting.findings.filter { $0.rule == "REC002" }.count == 1)
    let apart = Reconciler(config: config).reconcile([signed, later], against: Self.rows)
    #expect(apart.findings.filter { $0.rule == "REC002" }.isEmpty)
  }

  @Test("money is tied by its own clause, and agrees with a source that states it beside another")
  func ownClause() {
    // "paid Altmann €15 million, and the AW-9 pumps ship in May": the pumps are the next
    // clause's; the money is judged by its payee, against every Altmann row.
    var paid = Self.claim(
      "a", "Domvia paid Altmann €15 million in 2025, and its AW-9 pumps were fitted in May.",
      15_000_000)
    paid.roles = Roles(frame: "payment.to/1", parties: [.payer: "Domvia", .payee: "Altmann"])
    let whole = Reconciler(config: config).reconcile([paid], against: Self.rows)
    #expect(whole.findings.first?.arithmetic.contains("12,000,000") == true)
    paid.clause = "Domvia paid Altmann €15 million in 2025"
    let own = Reconciler(config: config).reconcile([paid], against: Self.rows)
    #expect(own.verdicts.values.first == .consistent)
    // Of the €15 million, €12 million went on AW-9 pumps: a source that states both agrees
    // with one that states either.
    func claim(_ id: String, _ document: String, _ sentence: String, _ value: Decimal) -> Claim {
      var claim = Self.claim(id, sentence, value, item: "AW-9")
      claim.document = document
      claim.speaker = document
      return claim
    }
    let both = "Of the €15 million Domvia spent on AW-9 pumps, €12 million went to the AW-9 pumps."
    let result = Reconciler(config: config).reconcile(
      [
        claim("b", "memo", both, 15_000_000), claim("c", "memo", both, 12_000_000),
        claim("d", "wire", "Domvia spent €12 million on AW-9 pumps.", 12_000_000),
        claim("e", "post", "Domvia spent €20 million on AW-9 pumps.", 20_000_000),
      ], against: Self.rows)
    let pairs = result.findings.filter { $0.rule == "REC002" }.map { $0.claims.map(\.id).sorted() }
    #expect(!pairs.contains(["b", "d"]))
    #expect(pairs.contains { $0.contains("e") })
  }

  @Test("phrases match whole words, plurals and hyphenated words alike")
  func words() {
    let ties = MoneyTies(
      config: config, bookings: Self.rows, itemKey: Reconciler.key, supplierKey: Reconciler.key)
    #expect(ties.ties(in: "AI-related spend on AW-9s").contains(.item(Reconciler.key("AW-9"))))
    #expect(
      ties.ties(in: "spend with ALTMANN").contains(.supplier(Reconciler.key("Altmann Thermal"))))
    #expect(ties.ties(in: "the Altmannsdorf office").isEmpty)
  }
}
