import Core
import Foundation
import Testing

@testable import Reconcile

/// Builds claims and bookings by hand, one stage at a time (STYLE.md §5).
private func claim(
  _ surface: String, _ low: Decimal?, _ high: Decimal?, bounds: (Decimal?, Decimal?)? = nil,
  unit: QuantityUnit = .count, item: String? = "H100 GPU", subject: String? = "Tesla",
  flow: Flow? = nil,
  metric: Metric = .order, period: Period? = Period(start: "2024-01-01", end: "2024-06-30"),
  modality: Modality = .asserted, speaker: String? = "Musk", document: String = "a.html",
  start: Int = 0
) -> Claim {
  Claim(
    id: "\(document)-\(start)-\(surface)", document: document,
    span: TextSpan(start: start, end: start + surface.utf8.count),
    surface: surface, sentence: "…\(surface)…", stated: Interval(low: low, high: high),
    qualifier: low == high ? .exact : .range,
    bounds: bounds.map { Interval(low: $0.0, high: $0.1) } ?? Interval(low: low, high: high),
    unit: unit, item: item,
    subject: subject, flow: flow, metric: metric, period: period, modality: modality,
    speaker: speaker, language: .en,
    rule: "test")
}

private func row(
  _ id: String, customer: String = "Tesla", item: String = "H100", quantity: Decimal? = nil,
  amount: Decimal? = nil,
  month: String = "2024-02", status: BookingStatus = .booked, redirectedTo: String? = nil
) -> Booking {
  Booking(
    id: id, file: "bookings.csv", line: 2, customer: customer, item: item, quantity: quantity,
    amount: amount,
    period: Period(start: "\(month)-01", end: "\(month)-28"), status: status,
    redirectedTo: redirectedTo)
}

@Suite struct ReconcilerTests {
  let ledger = [
    row("B-1", quantity: 7000, amount: 210_000_000),
    row("B-2", quantity: 5000, amount: 150_000_000, month: "2024-05", status: .shipped),
    row("B-3", quantity: 9000, month: "2024-09"),
    row("B-4", quantity: 12000, month: "2023-12", status: .redirected, redirectedTo: "X"),
    row("B-5", customer: "X", quantity: 35000, month: "2024-03", status: .delivered),
    row("B-6", quantity: 40000, month: "2024-11", status: .forecast),
  ]

  @Test("a claim whose bounds hold the ledger's sum is consistent, with no finding")
  func consistent() {
    let result = Reconciler().reconcile(
      [claim("12,000", 12000, 12000, bounds: (11500, 12500))], against: ledger)
    #expect(result.verdicts.values.first == .consistent)
    #expect(result.findings.isEmpty)
  }

  @Test("a claim outside the sum is contradicted: REC001, an error with the numbers and the rows")
  func contradicted() throws {
    let result = Reconciler().reconcile(
      [claim("20,000", 20000, 20000, bounds: (19500, 20500))], against: ledger)
    let finding = try #require(result.findings.first)
    #expect(finding.rule == "REC001")
    #expect(finding.severity == .error)
    #expect(finding.bookings.map(\.id) == ["B-1", "B-2"])
    #expect(
      finding.message
        == "claim of 20,000 H100 GPUs for Tesla is outside the ledger's 12,000 H100 GPUs booked, delivered or shipped in H1 2024: off by 8,000 H100 GPUs, 67 % above the ledger's figure"
    )
    #expect(finding.arithmetic.hasPrefix("sum of 2 rows = 12,000; claim bounds [19,500, 20,500]"))
  }

  @Test("rows that reach outside the claim's period count from none to all of their figure")
  func partialRows() throws {
    // B-1 (7,000 booked) covers 1–28 February; a claim for 10 February cannot be contradicted
    // by it unless it lies above all of it.
    let day = Period(start: "2024-02-10", end: "2024-02-10")
    let inside = Reconciler().reconcile(
      [claim("3,000", 3000, 3000, bounds: (3000, 3000), period: day)], against: ledger)
    #expect(inside.verdicts.values.first == .consistent)
    let above = Reconciler().reconcile(
      [claim("9,000", 9000, 9000, bounds: (9000, 9000), period: day)], against: ledger)
    let finding = try #require(above.findings.first)
    #expect(
      finding.message
        == "claim of 9,000 H100 GPUs on 10 February 2024 for Tesla is outside the ledger's 7,000 H100 GPUs booked, delivered or shipped for 1 February 2024 to 28 February 2024, counted in full: off by 2,000 H100 GPUs, 29 % above the ledger's figure"
    )
    #expect(finding.arithmetic.contains("7,000 of it from rows that reach outside the period"))
    guard case .ledger(let comparison) = finding.evidence else {
      Issue.record("no comparison")
      return
    }
    #expect(comparison.partial == 7000)
    // The whole of February holds B-1 entirely: no part of it is partial.
    let month = Reconciler().reconcile(
      [
        claim(
          "3,000", 3000, 3000, bounds: (3000, 3000),
          period: Period(start: "2024-02-01", end: "2024-02-29"))
      ], against: ledger)
    #expect(month.verdicts.values.first == .contradicted)
  }

  @Test("the edges of the bounds are inside; one unit past is not")
  func edges() {
    let atEdge = Reconciler().reconcile(
      [claim("12,500", 12500, 12500, bounds: (12000, 12000))], against: ledger)
    #expect(atEdge.verdicts.values.first == .consistent)
    let past = Reconciler().reconcile(
      [claim("12,001", 12001, 12001, bounds: (12001, 12001))], against: ledger)
    #expect(past.verdicts.values.first == .contradicted)
    let open = Reconciler().reconcile(
      [claim("more than 10,000", 10000, nil, bounds: (9999.5, nil))], against: ledger)
    #expect(open.verdicts.values.first == .consistent)
  }

  @Test("forecasts are judged against forecast rows, and never as errors")
  func forecasts() throws {
    let result = Reconciler().reconcile(
      [
        claim(
          "50,000", 50000, 50000, bounds: (49500, 50500),
          period: Period(start: "2024-01-01", end: "2024-12-31"), modality: .forecast)
      ],
      against: ledger)
    let finding = try #require(result.findings.first)
    #expect(finding.severity == .warning)
    #expect(finding.bookings.map(\.id) == ["B-6"])
  }

  @Test("an undated amount that other documents date as a forecast is judged as that forecast")
  func restatedAmount() throws {
    let rows = [
      row("S-1", amount: 240_000_000, month: "2024-03", status: .delivered),
      row("S-2", amount: 875_000_000, month: "2024-06", status: .forecast),
    ]
    let year = Period(start: "2024-01-01", end: "2024-12-31")
    func spend(_ document: String, period: Period?, modality: Modality, value: Decimal = 10)
      -> Claim
    {
      claim(
        "$\(value) billion", value * 1_000_000_000, value * 1_000_000_000, unit: .currency("USD"),
        item: "H100", metric: .spend, period: period, modality: modality, document: document)
    }
    let claims = [
      spend("post.js", period: year, modality: .forecast),
      spend("article.html", period: year, modality: .forecast),
      // A summary table repeats the figure with no date.
      spend("table.md", period: nil, modality: .asserted),
      // Another amount, undated, keeps its own reading.
      spend("other.md", period: nil, modality: .asserted, value: 3),
    ]
    let result = Reconciler().reconcile(
      claims, against: rows, documentDates: ["table.md": "2024-12-01", "other.md": "2024-12-01"])
    let table = try #require(result.findings.first { $0.claims[0].document == "table.md" })
    #expect(table.severity == .warning)
    #expect(table.bookings.map(\.id) == ["S-2"])
    let other = try #require(result.findings.first { $0.claims[0].document == "other.md" })
    #expect(other.severity == .error)
    #expect(other.bookings.map(\.id) == ["S-1"])
  }

  @Test("dated readings that disagree leave an undated amount to its own document's year")
  func splitReadings() throws {
    let rows = [
      row("S-1", amount: 240_000_000, month: "2024-03", status: .delivered),
      row("S-2", amount: 875_000_000, month: "2024-06", status: .forecast),
    ]
    let year = Period(start: "2024-01-01", end: "2024-12-31")
    func spend(_ document: String, period: Period?, modality: Modality) -> Claim {
      claim(
        "$10 billion", 10_000_000_000, 10_000_000_000, unit: .currency("USD"), item: "H100",
        metric: .spend, period: period, modality: modality, document: document)
    }
    let result = Reconciler().reconcile(
      [
        spend("post.js", period: year, modality: .forecast),
        spend("call.txt", period: year, modality: .asserted),
        spend("table.md", period: nil, modality: .asserted),
      ], against: rows, documentDates: ["table.md": "2024-12-01"])
    let table = try #require(result.findings.first { $0.claims[0].document == "table.md" })
    #expect(table.severity == .error)
    #expect(table.bookings.map(\.id) == ["S-1"])
  }

  @Test("the rows no claim links to are listed, however many rows a claim sums")
  func unusedRows() {
    // Twelve monthly deliveries to Tesla (more than a finding lists), one xAI row, one forecast.
    var rows = (1...12).map { month in
      row(
        "T-\(month)", quantity: 100, month: String(format: "2024-%02d", month), status: .delivered)
    }
    rows.append(row("A-1", customer: "xAI", quantity: 50, month: "2024-05", status: .delivered))
    rows.append(row("F-1", quantity: 900, month: "2025-01", status: .forecast))
    let year = Period(start: "2024-01-01", end: "2024-12-31")
    let result = Reconciler().reconcile(
      [claim("1,500", 1500, 1500, metric: .shipment, period: year)], against: rows)
    #expect(result.findings.first?.bookings.count == 10)
    #expect(result.unusedRows.map(\.id) == ["A-1", "F-1"])
    // A claim not judged links to nothing.
    let none = Reconciler().reconcile(
      [claim("1,500", 1500, 1500, metric: .shipment, period: year, modality: .negated)],
      against: rows)
    #expect(none.unusedRows.count == rows.count)
  }

  @Test("an order told with no date counts its lots from the document's year on")
  func undatedOrderOnward() {
    let lots = [
      row("L-1", quantity: 500, month: "2026-04", status: .delivered),
      row("L-2", quantity: 500, month: "2026-09"),
      row("L-3", quantity: 500, month: "2027-01"),
      row("L-0", quantity: 800, month: "2025-06", status: .delivered),
    ]
    let dates = ["a.html": "2026-02-10"]
    func verdict(_ value: Decimal, period: Period? = nil) -> Verdict? {
      Reconciler().reconcile(
        [claim("\(value)", value, value, period: period)], against: lots, documentDates: dates
      ).verdicts.values.first
    }
    // The whole order, delivered in 2026 and 2027; the year's rows alone, too.
    #expect(verdict(1500) == .consistent)
    #expect(verdict(1000) == .consistent)
    // Not last year's lot, and not more than every lot to come.
    #expect(verdict(2300) == .contradicted)
    #expect(verdict(1800) == .contradicted)
    // A dated order is its period's alone.
    #expect(verdict(1500, period: Period(start: "2026-01-01", end: "2026-12-31")) == .contradicted)
  }

  @Test("transfers link to redirected rows from the flow's source to its target")
  func transfers() {
    let moved = claim(
      "12,000", 12000, 12000, bounds: (11500, 12500), subject: nil,
      flow: Flow(from: "Tesla", to: "X"), metric: .transfer,
      period: Period(start: "2023-12-01", end: "2023-12-31"))
    #expect(Reconciler().reconcile([moved], against: ledger).verdicts.values.first == .consistent)
    var wrongTarget = moved
    wrongTarget.flow = Flow(from: "Tesla", to: "xAI")
    #expect(
      Reconciler().reconcile([wrongTarget], against: ledger).verdicts.values.first == .unverifiable)
  }

  @Test("a move named by where the goods went links to the row redirected to that site's customer")
  func transferToSite() {
    var redirected = row(
      "R-1", customer: "Arzenn", item: "Korvel unit", quantity: 3, month: "2026-03",
      status: .redirected, redirectedTo: "Alvery Water")
    redirected.site = "Fort Mallet works"
    let moved = claim(
      "Four", 4, 4, item: "Korvel unit", subject: nil,
      flow: Flow(from: "Arzenn", to: "Fort Mallet works"), metric: .transfer,
      period: Period(start: "2026-03-01", end: "2026-03-31"))
    let result = Reconciler().reconcile([moved], against: [redirected])
    #expect(result.verdicts.values.first == .contradicted)
    var elsewhere = moved
    elsewhere.flow = Flow(from: "Arzenn", to: "Kerzoual")
    #expect(
      Reconciler().reconcile([elsewhere], against: [redirected]).verdicts.values.first
        == .unverifiable)
  }

  @Test("money is summed from amounts in the claim's currency")
  func money() {
    let spend = claim(
      "$500 million", 500_000_000, nil, bounds: (499_500_000, nil), unit: .currency("USD"),
      item: "H100", metric: .spend)
    let result = Reconciler().reconcile([spend], against: ledger)
    #expect(result.verdicts.values.first == .contradicted)
    #expect(result.findings.first?.arithmetic.hasPrefix("sum of 2 rows = 360,000,000") == true)
  }

  @Test("no linked row: unverifiable, a note")
  func unverifiable() throws {
    let result = Reconciler().reconcile(
      [claim("3,000", 3000, 3000, period: Period(start: "2022-01-01", end: "2022-12-31"))],
      against: ledger)
    #expect(result.verdicts.values.first == .unverifiable)
    let finding = try #require(result.findings.first)
    #expect(finding.rule == "REC004")
    #expect(finding.severity == .note)
  }

  @Test("a move's end named by a site stands for the site's one customer in REC002")
  func siteEndOfMove() throws {
    var booked = row("R1", customer: "Énergies du Ponant", item: "nacelle", quantity: 9)
    booked.site = "Lanvoy"
    let article = claim(
      "douze", 12, 12, item: "nacelle", subject: nil,
      flow: Flow(from: "Lanvoy", to: "Cairnmore"), metric: .transfer,
      period: Period(start: "2024-02-01", end: "2024-02-28"), speaker: "Le Phare",
      document: "article")
    let call = claim(
      "nine", 9, 9, item: "nacelle", subject: nil,
      flow: Flow(from: "Énergies du Ponant", to: "Cairnmore"), metric: .transfer,
      period: Period(start: "2024-02-01", end: "2024-02-28"), speaker: "Quéméner",
      document: "call")
    let result = Reconciler().reconcile([article, call], against: [booked])
    let pairs = result.findings.filter { $0.rule == "REC002" }
    #expect(pairs.count == 1)
    #expect(Set(pairs.first?.claims.map(\.document) ?? []) == ["article", "call"])
  }

  @Test("a contract the supplier signed with a customer is the customer's purchase")
  func signedBySupplier() {
    var contract = row("C-1", customer: "Ardan", item: "supervision contract", amount: 3_120_000)
    contract.supplier = "Lignère"
    var signed = claim(
      "€4 million", 4_000_000, 4_000_000, unit: .currency("USD"),
      item: "supervision contract", subject: "Lignère", metric: .order,
      period: Period(start: "2024-02-01", end: "2024-02-28"))
    signed.roles = Roles(frame: "order.placed/1", parties: [.buyer: "Lignère", .seller: "Ardan"])
    let result = Reconciler().reconcile([signed], against: [contract])
    #expect(result.verdicts.values.first == .contradicted)
    #expect(result.findings.first?.rule == "REC001")
    // Bought by a customer from another customer: read as written.
    var bought = signed
    bought.roles = Roles(frame: "purchase.from/1", parties: [.buyer: "Lignère", .seller: "Ardan"])
    #expect(
      Reconciler().reconcile([bought], against: [contract]).verdicts.values.first != .contradicted)
  }

  @Test("a month's smaller count is part of a year's, not against it; against a month's it is")
  func partOfAYearIsNoContradiction() {
    let year = Period(start: "2025-01-01", end: "2025-12-31")
    let whole = claim(
      "440", 440, 440, subject: "Oxbow", metric: .shipment, period: year, speaker: "Lemaire",
      document: "article")
    let february = claim(
      "200", 200, 200, subject: "Oxbow", metric: .shipment,
      period: Period(start: "2025-02-01", end: "2025-02-28"), speaker: "Prieto",
      document: "feed")
    let pairs = { (claims: [Claim]) in
      Reconciler().reconcile(claims, against: []).findings.filter { $0.rule == "REC002" }
    }
    #expect(pairs([whole, february]).isEmpty)
    // A larger count in the month than in the year still contradicts it.
    let more = claim(
      "500", 500, 500, subject: "Oxbow", metric: .shipment,
      period: Period(start: "2025-02-01", end: "2025-02-28"), speaker: "Prieto",
      document: "feed")
    #expect(pairs([whole, more]).count == 1)
    // Over a whole as short as a month, two counts tell of the same deliveries.
    let month = claim(
      "9", 9, 9, subject: "Oxbow", metric: .shipment,
      period: Period(start: "2025-04-01", end: "2025-04-30"), speaker: "Lemaire",
      document: "article")
    let day = claim(
      "6", 6, 6, subject: "Oxbow", metric: .shipment,
      period: Period(start: "2025-04-09", end: "2025-04-09"), speaker: "Prieto",
      document: "feed")
    #expect(pairs([month, day]).count == 1)
    #expect(Reconciler.isPart(february, of: whole))
    #expect(!Reconciler.isPart(day, of: month))
  }

  @Test("a figure told of a supplier is compared across sources as the customer its sentence names")
  func supplierFigureAcrossSources() {
    var config = TallyConfig()
    config.entities = [.init(name: "Skarvfjell Offshore", aliases: ["Skarvfjell"])]
    var contract = row("C-1", customer: "Skarvfjell Offshore", item: "contract", amount: 36)
    contract.supplier = "Morlenn"
    var told = claim(
      "NOK 36", 36, 36, unit: .currency("USD"), item: "contract", subject: "Morlenn",
      metric: .order, period: nil, speaker: "Digest", document: "feed")
    told.sentence = "Morlenn's contract with Skarvfjell is worth NOK 36."
    let other = claim(
      "NOK 50", 50, 50, unit: .currency("USD"), item: "contract",
      subject: "Skarvfjell Offshore", metric: .order, period: nil, speaker: "Wire",
      document: "wire")
    let result = Reconciler(config: config).reconcile([told, other], against: [contract])
    #expect(result.findings.filter { $0.rule == "REC002" }.count == 1)
  }

  @Test("a contract's value dated by its start is judged against the contract's row of that year")
  func contractValueDatedByStart() {
    var contract = row(
      "C-1", customer: "Skarvfjell", item: "contract", amount: 36, month: "2026-04")
    contract.supplier = "Morlenn"
    let started = claim(
      "NOK 36", 36, 36, unit: .currency("USD"), item: "contract", subject: "Skarvfjell",
      metric: .order, period: Period(start: "2026-06-01", end: "2026-06-01"))
    #expect(
      Reconciler().reconcile([started], against: [contract]).verdicts.values.first == .consistent)
    // Goods counted in the ledger keep the claim's own period.
    let counted = row(
      "G-1", customer: "Skarvfjell", item: "boat", quantity: 4, amount: 36, month: "2026-04")
    var boats = started
    boats.item = "boat"
    #expect(
      Reconciler().reconcile([boats], against: [counted]).verdicts.values.first != .consistent)
  }

  @Test("a redirected row's site does not make it the site of two customers in REC002")
  func siteOfRedirectedRow() throws {
    var own = row("R1", customer: "Alvery Water", item: "Korvel unit", quantity: 2)
    own.site = "Fort Mallet works"
    var moved = row(
      "R2", customer: "Arzenn", item: "Korvel unit", quantity: 3, month: "2026-03",
      status: .redirected, redirectedTo: "Alvery Water")
    moved.site = "Fort Mallet works"
    let article = claim(
      "Four", 4, 4, item: "Korvel unit", subject: nil,
      flow: Flow(from: "Arzenn", to: "Fort Mallet works"), metric: .transfer,
      period: Period(start: "2026-03-01", end: "2026-03-31"), speaker: "Chronicle",
      document: "article")
    let feed = claim(
      "Three", 3, 3, item: "Korvel unit", subject: nil,
      flow: Flow(from: "Arzenn", to: "Alvery Water"), metric: .transfer, period: nil,
      speaker: "Digest", document: "feed")
    let pairs = Reconciler().reconcile([article, feed], against: [own, moved]).findings.filter {
      $0.rule == "REC002"
    }
    #expect(pairs.count == 1)
  }

  @Test(
    "claims from two sources that cannot both be true contradict each other, even without a ledger")
  func crossSource() throws {
    let post = claim(
      "50,000", 50000, 50000, bounds: (49500, 50500), subject: "Giga Texas", metric: .capacity,
      speaker: "Musk", document: "post")
    let memo = claim(
      "35,000", 35000, 35000, bounds: (34500, 35500), subject: "Giga Texas", metric: .capacity,
      speaker: "Dubois", document: "memo")
    let repeated = claim(
      "35,000", 35000, 35000, bounds: (34500, 35500), subject: "Giga Texas", metric: .capacity,
      speaker: "Musk", document: "call")
    let result = Reconciler().reconcile([post, memo, repeated], against: [])
    #expect(result.findings.map(\.rule) == ["REC002"])
    let finding = try #require(result.findings.first)
    #expect(Set(finding.claims.map(\.document)) == ["post", "memo"])
    // The pair reads in document order, whatever order the claims came in.
    #expect(finding.arithmetic == "bounds [34,500, 35,500] and [49,500, 50,500] do not overlap")
    #expect(
      finding.message
        == "memo (Dubois) says 35,000 H100 GPUs but post (Musk) says 50,000 H100 GPUs for Giga Texas"
    )
  }

  @Test("verdicts and findings do not depend on the order of claims or rows")
  func orderIndependent() {
    let claims = [
      claim("12,000", 12000, 12000, bounds: (11500, 12500)),
      claim("20,000", 20000, 20000, bounds: (19500, 20500), start: 10),
      claim("9,000", 9000, 9000, bounds: (8500, 9500), period: nil, start: 20),
    ]
    let forward = Reconciler().reconcile(
      claims, against: ledger, documentDates: ["a.html": "2024-06-04"])
    let backward = Reconciler().reconcile(
      claims.reversed(), against: ledger.reversed(), documentDates: ["a.html": "2024-06-04"])
    #expect(forward.verdicts == backward.verdicts)
    #expect(forward.findings.map(\.id) == backward.findings.map(\.id))
  }
}

@Suite struct ItemLinkTests {
  let variants = [
    row("S-1", item: "H100 SXM", quantity: 8000), row("P-1", item: "H100 PCIe", quantity: 4000),
  ]

  @Test("an item that two ledger items share a model name with is ambiguous (REC003), listing both")
  func twoCandidateItems() throws {
    let result = Reconciler().reconcile(
      [claim("12,000", 12000, 12000, item: "H100")], against: variants)
    let finding = try #require(result.findings.first)
    #expect(result.verdicts.values.first == .ambiguous)
    #expect(finding.rule == "REC003")
    #expect(finding.severity == .note)
    #expect(
      finding.message
        == "claim of 12,000 H100s could be about H100 PCIe or H100 SXM: its item names each; configure one to check it"
    )
  }

  @Test("an item that names every word of one ledger item links to that item only")
  func specificItem() {
    let result = Reconciler().reconcile(
      [claim("8,000", 8000, 8000, item: "H100 SXM GPU")], against: variants)
    #expect(result.verdicts.values.first == .consistent)
    #expect(result.findings.isEmpty)
  }

  @Test("a configured item with aliases settles the link")
  func configuredItem() {
    var config = TallyConfig()
    config.items = [TallyConfig.Item(name: "H100 SXM", aliases: ["H100"])]
    let result = Reconciler(config: config).reconcile(
      [claim("8,000", 8000, 8000, item: "H100")], against: variants)
    #expect(result.verdicts.values.first == .consistent)
  }

  @Test("a generic word or a bare number does not link to a model")
  func genericWords() {
    let rows = [row("G-1", item: "Gaudi 2", quantity: 100)]
    let result = Reconciler().reconcile([claim("2", 2, 2, item: "2 GPU")], against: rows)
    #expect(result.verdicts.isEmpty)
  }
}

@Suite struct JudgementScopeTests {
  let ledger = [
    row("B-1", quantity: 8000, amount: 240_000_000, month: "2024-03", status: .shipped),
    Booking(
      id: "F-1", file: "bookings.csv", line: 3, customer: "Tesla", item: "H100", quantity: 25000,
      period: Period(start: "2024-02-01", end: "2025-01-31"), status: .forecast, site: "Giga Texas"),
  ]

  @Test("a site in the ledger is a party: a claim about Giga Texas links to that site's rows")
  func site() throws {
    let claim = claim(
      "50,000", 50000, 50000, item: "H100", subject: "Giga Texas", metric: .capacity,
      modality: .forecast)
    let finding = try #require(Reconciler().reconcile([claim], against: ledger).findings.first)
    #expect(finding.rule == "REC001")
    #expect(
      finding.message.contains(
        "for Giga Texas (Tesla) is outside the ledger's 25,000 H100s forecast"))
  }

  @Test("a count at a site with no telling verb is what the site holds: compared as capacity")
  func siteCapacity() {
    let planned = claim(
      "50,000", 50000, 50000, item: "H100", subject: "Giga Texas", metric: .other,
      modality: .forecast, speaker: "Musk", document: "a.md")
    let memo = claim(
      "35,000", 35000, 35000, item: "H100", subject: "Giga Texas", metric: .capacity,
      modality: .forecast, speaker: "Lee", document: "memo.eml")
    let result = Reconciler().reconcile([planned, memo], against: ledger)
    #expect(result.findings.map(\.rule).sorted() == ["REC001", "REC001", "REC002"])
  }

  @Test(
    "what a party holds, with no period said or today, is what reached it by the document's date")
  func holdingsToDate() {
    let rows = [
      row(
        "H-1", customer: "Pellmoor", item: "Alto", quantity: 10, month: "2025-11",
        status: .delivered),
      row(
        "H-2", customer: "Pellmoor", item: "Alto", quantity: 6, month: "2026-03", status: .delivered
      ),
      row(
        "H-3", customer: "Pellmoor", item: "Alto", quantity: 14, month: "2026-08", status: .shipped),
    ]
    let held = claim(
      "16", 16, 16, item: "Alto", subject: "Pellmoor", metric: .capacity, period: nil,
      document: "note.md")
    let result = Reconciler().reconcile(
      [held], against: rows, documentDates: ["note.md": "2026-04-20"])
    #expect(result.verdicts[held.id] == .consistent)
    // A year said is the year's rows, as before.
    var thisYear = held
    thisYear.period = Period.year(2026)
    let yearly = Reconciler().reconcile(
      [thisYear], against: rows, documentDates: ["note.md": "2026-04-20"])
    #expect(yearly.verdicts[held.id] == .contradicted)
    // "Today", the document's own day, is the same as no period.
    var today = held
    today.period = Period(start: "2026-04-20", end: "2026-04-20")
    let asOfToday = Reconciler().reconcile(
      [today], against: rows, documentDates: ["note.md": "2026-04-20"])
    #expect(asOfToday.verdicts[held.id] == .consistent)
  }

  @Test("a site named by its alias links to the site's rows")
  func siteAlias() throws {
    var config = TallyConfig()
    config.entities = [.init(name: "Giga Texas", aliases: ["the Texas plant", "GT"])]
    let claim = claim(
      "50,000", 50000, 50000, item: "H100", subject: "GT", metric: .capacity, modality: .forecast)
    let finding = try #require(
      Reconciler(config: config).reconcile([claim], against: ledger).findings.first)
    #expect(finding.rule == "REC001")
    #expect(finding.bookings.map(\.id) == ["F-1"])
  }

  @Test("rounding intervals that only touch do not overlap; a single value at an end does")
  func touching() {
    let twenty = Interval(low: 15000, high: 25000)
    let thirty = Interval(low: 25000, high: 35000)
    #expect(!Reconciler.overlaps(twenty, thirty))
    #expect(!Reconciler.overlaps(thirty, twenty))
    #expect(Reconciler.overlaps(Interval(low: 25000, high: 25000), twenty))
    #expect(Reconciler.overlaps(Interval(low: 20000, high: nil), thirty))
    #expect(!Reconciler.overlaps(Interval(low: nil, high: 14000), twenty))
  }

  @Test("hypothetical, negated and vague claims, and money with no metric, are not judged")
  func notJudged() {
    let claims = [
      claim("9,000", 9000, 9000, metric: .shipment, modality: .hypothetical, start: 1),
      claim("9,000", 9000, 9000, metric: .shipment, modality: .negated, start: 2),
      {
        var vague = claim("thousands", 1000, 9999, metric: .shipment, start: 3)
        vague.qualifier = .approximate
        return vague
      }(),
      claim(
        "$2.5 billion", 2_500_000_000, 2_500_000_000, unit: .currency("USD"), item: "H100",
        metric: .other, start: 4),
    ]
    let result = Reconciler().reconcile(claims, against: ledger)
    #expect(result.verdicts.isEmpty)
    #expect(result.findings.isEmpty)
  }

  @Test("a long feed of one speaker is set against the earliest other source, once per claim")
  func longFeed() {
    // 2,000 posts by one speaker, then a memo by another: the memo contradicts the earliest
    // post, and the posts (one speaker) do not contradict each other.
    var claims = (0..<2000).map { number in
      claim(
        "50,000", 50000, 50000, bounds: (49500, 50500), subject: "Giga Texas",
        metric: .capacity, speaker: "Musk", document: "feed#\(10000 + number)")
    }
    claims.append(
      claim(
        "35,000", 35000, 35000, bounds: (34500, 35500), subject: "Giga Texas", metric: .capacity,
        speaker: "Lee", document: "memo"))
    let result = Reconciler().reconcile(claims, against: [])
    let conflicts = result.findings.filter { $0.rule == "REC002" }
    // Sorted by document, the posts come first and the memo last: the memo is set against the
    // earliest post.
    #expect(conflicts.count == 1)
    #expect(conflicts.first?.claims.map(\.document) == ["feed#10000", "memo"])
  }

  @Test("a figure for now and one for later from two sources do not contradict each other")
  func nowAndLater() {
    let now = claim("35,000", 35000, 35000, metric: .capacity, document: "call.txt")
    let later = claim(
      "85,000", 85000, 85000, metric: .capacity, modality: .forecast, speaker: "Taneja",
      document: "post.js")
    let result = Reconciler().reconcile([now, later], against: [])
    #expect(!result.findings.contains { $0.rule == "REC002" })
  }
}

@Suite struct LedgerItemTests {
  @Test("each claim's counted thing is mapped to the configured or ledger item it names")
  func mapped() {
    var config = TallyConfig()
    config.items = [TallyConfig.Item(name: "H100", aliases: ["GPU H100"])]
    let claims = [
      claim("12,000", 12000, 12000, item: "H100 GPU", start: 1),
      claim("500", 500, 500, item: "GPU H100", start: 2),
      claim("30", 30, 30, item: "server rack", start: 3),
    ]
    let ledger = [row("B-1", item: "H100", quantity: 12000)]
    let result = Reconciler(config: config).reconcile(claims, against: ledger)
    #expect(result.items == [claims[0].id: "H100", claims[1].id: "H100"])
  }
}

@Suite struct MainPartyTests {
  var config: TallyConfig {
    var config = TallyConfig()
    config.entities = [
      .init(name: "Tesla", aliases: ["Tesla Inc"], descriptions: ["the automaker"]),
      .init(name: "X", aliases: ["Twitter"]),
      .init(name: "Nvidia", descriptions: ["the supplier"]),
    ]
    return config
  }
  let ledger = [
    row("B-1", quantity: 8000, amount: 240_000_000, month: "2024-03", status: .shipped),
    row("B-2", customer: "X", quantity: 12000, amount: 360_000_000, month: "2024-02"),
  ]

  func document(_ text: String, title: String? = nil) -> Document {
    Document(
      id: "post.js#1", path: "post.js", format: .post, kind: .post, title: title, language: .en,
      text: text, blocks: [])
  }

  @Test("a document's main party is the ledger customer it names most, the title counting twice")
  func mostNamed() {
    let parties = MainParty(config: config, bookings: ledger)
    #expect(parties.of(document("The automaker said Tesla will add GPUs; X waits.")) == "Tesla")
    #expect(parties.of(document("X’s order and Twitter’s, then Tesla.")) == "X")
    #expect(parties.of(document("Tesla first, then X.", title: "X")) == "X")
    // Whole words only: "Xavier" and "Teslas" are not mentions; U+00A0 ends a word.
    #expect(parties.of(document("Xavier's Teslas, and Tesla\u{A0}Inc.")) == "Tesla")
  }

  @Test("a subject is a person only where its document has a speaker of that name")
  func personPerDocument() {
    let here = claim(
      "$10 billion", 10_000_000_000, 10_000_000_000, unit: .currency("USD"), item: "H100",
      subject: "Musk", metric: .spend, speaker: "Elon Musk", document: "post.js#1", start: 1)
    let elsewhere = claim(
      "$2 billion", 2_000_000_000, 2_000_000_000, unit: .currency("USD"), item: "H100",
      subject: "Musk", metric: .spend, speaker: nil, document: "brief.txt", start: 2)
    let result = Reconciler(config: config).reconcile(
      [here, elsewhere], against: ledger,
      mainParties: ["post.js#1": "Tesla", "brief.txt": "Tesla"])
    #expect(result.verdicts[here.id] == .contradicted)
    // In brief.txt nobody named Musk speaks: the name is not known to be a person there.
    #expect(result.verdicts[elsewhere.id] == nil)
  }

  @Test("two ledger spellings of one entity are one party; a longer alias is one mention")
  func spellings() {
    let ledger = self.ledger + [row("B-9", customer: "Tesla Inc", quantity: 10, month: "2024-04")]
    let parties = MainParty(config: config, bookings: ledger)
    #expect(parties.of(document("Tesla Inc said so; Tesla agreed; X did not.")) == "Tesla")
    // "Tesla Inc" counts once, not as "Tesla Inc" and "Tesla": one each, a tie.
    #expect(parties.of(document("Tesla Inc and X.")) == nil)
  }

  @Test("a tie, or no party named, gives no main party; the supplier is not a party")
  func none() {
    let parties = MainParty(config: config, bookings: ledger)
    #expect(parties.of(document("Tesla and X each booked GPUs.")) == nil)
    #expect(parties.of(document("The supplier shipped GPUs to Nvidia's partners.")) == nil)
    #expect(MainParty(config: config, bookings: []).of(document("Tesla, Tesla.")) == nil)
  }

  @Test("a claim that names no party, or only a person, is judged for its document's main party")
  func fallback() throws {
    let unnamed = claim(
      "$3–4 billion", 3_000_000_000, 4_000_000_000, unit: .currency("USD"), item: "H100",
      subject: nil, metric: .spend, document: "post.js#1", start: 1)
    let person = claim(
      "$10 billion", 10_000_000_000, 10_000_000_000, unit: .currency("USD"), item: "H100",
      subject: "Musk", metric: .spend, speaker: "Elon Musk", document: "post.js#1", start: 2)
    let stranger = claim(
      "$2 billion", 2_000_000_000, 2_000_000_000, unit: .currency("USD"), item: "H100",
      subject: "SpaceX", metric: .spend, document: "post.js#1", start: 3)
    let result = Reconciler(config: config).reconcile(
      [unnamed, person, stranger], against: ledger, mainParties: ["post.js#1": "Tesla"])
    #expect(result.findings.count == 2)
    for finding in result.findings {
      guard case .ledger(let link) = finding.evidence else {
        Issue.record("not a ledger finding")
        continue
      }
      #expect(link.customer == "Tesla")
      #expect(link.partySource == .document)
      #expect(finding.message.contains("for Tesla (the company this document is about) is outside"))
    }
    // A name that is no person and no party is not replaced: SpaceX's spend is not Tesla's.
    #expect(result.verdicts[stranger.id] == nil)
    // Without a main party, the unnamed claim is not judged.
    #expect(Reconciler(config: config).reconcile([unnamed], against: ledger).verdicts.isEmpty)
  }
}
