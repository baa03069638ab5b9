import Core
import Extract
import Foundation
import Testing

@testable import Reconcile

@Suite struct ConfigTests {
  @Test("an entity's people and mail domains are read, and 'we' in what they write is the entity")
  func peopleAndDomains() throws {
    let config = try ConfigReader.read(
      """
      entities:
        - name: Oxbow Interactive
          people: [Leif Amundsen]
          domains: [Oxbow.example]
      """, file: "tally.yml")
    #expect(config.entities.first?.people == ["Leif Amundsen"])
    #expect(config.entities.first?.domains == ["oxbow.example"])
    let text = "We ordered 240 nodes from Nimbara."
    let post = Document(
      id: "p", path: "p.json", format: .post, kind: .post, author: "Leif Amundsen",
      published: "2025-06-10", language: .en, text: text,
      blocks: [Block(span: TextSpan(start: 0, end: text.utf8.count), role: .paragraph)])
    #expect(config.claimExtractor().extract(from: post).first?.subject == "Oxbow Interactive")
    var mail = post
    mail.format = .email
    mail.author = "Someone"
    mail.metadata["from"] = "Someone <someone@oxbow.example>"
    #expect(config.claimExtractor().extract(from: mail).first?.subject == "Oxbow Interactive")
  }

  @Test("rules turn a rule off or give it another severity; an unknown rule or setting is an error")
  func rules() throws {
    let config = try ConfigReader.read(
      "rules: {REC004: off, rec003: warning, REC001: note}\n", file: "tally.yml")
    #expect(config.rules["REC004"] == .some(nil))
    #expect(config.rules["REC003"] == .some(.warning))
    func finding(_ rule: String, _ severity: Severity) -> Finding {
      Finding(
        id: rule, rule: rule, severity: severity, claims: [], bookings: [],
        evidence: .conflict(party: nil))
    }
    let applied = config.applyingRules(to: [
      finding("REC001", .error), finding("REC002", .error), finding("REC003", .note),
      finding("REC004", .note),
    ])
    #expect(applied.map(\.rule) == ["REC001", "REC002", "REC003"])
    #expect(applied.map(\.severity) == [.note, .error, .warning])
    #expect(throws: ConfigError.self) {
      try ConfigReader.read("rules: {REC009: off}\n", file: "tally.yml")
    }
    #expect(throws: ConfigError.self) {
      try ConfigReader.read("rules: {REC001: loud}\n", file: "tally.yml")
    }
  }

  @Test("entities, items, aliases, descriptions, fiscal year and tolerance are read")
  func reads() throws {
    let config = try ConfigReader.read(
      """
      entities:
        - name: Tesla
          aliases: [Tesla Inc, TSLA]
          descriptions: [the automaker, le constructeur automobile]
        - name: Nvidia
          fiscal_year_start: 2
      items:
        - name: H100
          aliases: [H100 GPU, GPU H100]
      tolerance:
        approximate: 0.05
        units: {percent: 0.02}
        metrics: {spend: 0.2}
      """, file: "tally.yml")
    #expect(config.entity(named: "tesla inc.")?.name == "Tesla")
    #expect(
      config.entity(describedIn: "Le constructeur automobile a commandé 5 000 puces.")?.name
        == "Tesla")
    #expect(config.entities.last?.fiscalYearStart == 2)
    #expect(config.items.first?.aliases == ["H100 GPU", "GPU H100"])
    #expect(config.approximateTolerance == Decimal(string: "0.05"))
    #expect(config.tolerance.approximate(unit: .percent, metric: .other) == Decimal(string: "0.02"))
    #expect(
      config.tolerance.approximate(unit: .currency("USD"), metric: .spend) == Decimal(string: "0.2")
    )
    #expect(config.tolerance.approximate(unit: .count, metric: .order) == Decimal(string: "0.05"))
    // The extractor widens by the override that applies.
    let claim = try #require(
      ClaimExtractor(tolerance: config.tolerance).extract(
        text: "Tesla will spend about $10 billion on AI.", language: .en
      ).first)
    #expect(claim.bounds == Interval(low: 8_000_000_000, high: 12_000_000_000))
  }

  @Test("an unknown top-level key is not read, and kept with its line for a warning")
  func unknownKeys() throws {
    let config = try ConfigReader.read(
      "currency: EUR\ncurrencies: USD\ntolerence:\n  approximate: 0.2\n", file: "tally.yml")
    #expect(config.currency == "EUR")
    #expect(config.approximateTolerance == nil)
    #expect(config.unknownKeys.map(\.key) == ["currencies", "tolerence"])
    #expect(config.unknownKeys.map(\.line) == [2, 3])
  }

  @Test("exclude patterns match paths under the corpus root; * does not cross a folder")
  func exclude() throws {
    let config = try ConfigReader.read("exclude: [README.md, 'notes/*.txt']\n", file: "tally.yml")
    #expect(config.exclusion(of: "README.md") == "README.md")
    #expect(config.exclusion(of: "notes/todo.txt") == "notes/*.txt")
    #expect(config.exclusion(of: "notes/old/todo.txt") == nil)
    #expect(config.exclusion(of: "articles/README.md") == nil)
    #expect(throws: ConfigError.self) {
      try ConfigReader.read("exclude: {a: b}\n", file: "tally.yml")
    }
  }

  @Test(
    "mistakes name the key and the line",
    arguments: [
      (
        "entities:\n  - name: Tesla\n    fiscal_year_start: 13\n",
        "tally.yml:3: 'fiscal_year_start' must be a month number from 1 to 12"
      ),
      (
        "entities:\n  - nmae: Tesla\n",
        "tally.yml:2: unknown key 'nmae' in 'entities' (known: aliases, descriptions, domains, fiscal_year_start, name, people)"
      ),
      ("currency: dollars\n", "tally.yml:1: 'currency' must be an ISO 4217 code such as USD"),
      (
        "exchange_rates:\n  - {date: 2024-01-01, from: EUR, to: USD, rate: cheap}\n",
        "tally.yml:2: 'exchange_rates[].rate' must be a positive number"
      ),
      ("items: H100\n", "tally.yml:1: 'items' must be a list"),
      (
        "tolerance:\n  approximate: ten\n",
        "tally.yml:2: 'tolerance.approximate' must be a fraction from 0 to 1, such as 0.10 for ±10 %"
      ),
      (
        "tolerance:\n  metrics:\n    spending: 0.2\n",
        "tally.yml:3: unknown metric 'spending' in 'tolerance.metrics' (known: spend, order, shipment, transfer, capacity, ownership, valuation, funding, revenue, headcount, price-change, capital-expenditure, other)"
      ),
      ("entities:\n  - aliases: [a]\n", "tally.yml:2: 'entities[].name' is required"),
      (
        "entities:\n  - name: Tesla\n    aliases: [[Tesla Inc], TSLA]\n",
        "tally.yml:3: 'aliases' must be a list of names, not of lists or mappings"
      ),
    ])
  func mistakes(text: String, message: String) {
    do {
      _ = try ConfigReader.read(text, file: "tally.yml")
      Issue.record("no error for: \(text)")
    } catch {
      #expect("\(error)" == message)
    }
  }

  @Test("aliases and descriptions link claims to ledger rows named otherwise")
  func aliasesLink() throws {
    var config = TallyConfig()
    config.entities = [
      TallyConfig.Entity(name: "Tesla", aliases: ["Tesla Inc"], descriptions: ["the automaker"])
    ]
    config.items = [TallyConfig.Item(name: "H100", aliases: ["GPU H100"])]
    let booking = Booking(
      id: "B-1", file: "b.csv", line: 2, customer: "Tesla Inc", item: "H100", quantity: 12000,
      period: Period(start: "2024-01-01", end: "2024-01-31"), status: .booked)
    let claim = Claim(
      id: "c", document: "d", span: TextSpan(start: 0, end: 6), surface: "12 000",
      sentence: "Le constructeur a commandé 12 000 GPU H100 ; the automaker confirmed.",
      stated: Interval(low: 12000, high: 12000), qualifier: .exact,
      bounds: Interval(low: 11500, high: 12500),
      unit: .count, item: "H100 GPU", itemSurface: "GPU H100", subject: nil, metric: .order,
      period: Period(start: "2024-01-01", end: "2024-12-31"), language: .fr, rule: "test")
    let result = Reconciler(config: config).reconcile([claim], against: [booking])
    #expect(result.verdicts["c"] == .consistent)
  }
}

@Suite struct CurrencyAndCalendarTests {
  @Test("amounts in another currency count through the dated rate in force at the period's end")
  func exchangeRates() throws {
    var config = TallyConfig()
    config.exchangeRates = [
      .init(date: "2024-01-01", from: "EUR", to: "USD", rate: Decimal(string: "1.10")!),
      .init(date: "2024-07-01", from: "EUR", to: "USD", rate: Decimal(string: "1.20")!),
    ]
    #expect(config.rate(from: "EUR", to: "USD", on: "2024-06-30") == Decimal(string: "1.10"))
    #expect(config.rate(from: "USD", to: "EUR", on: "2024-12-31") == 1 / Decimal(string: "1.20")!)
    #expect(config.rate(from: "GBP", to: "USD", on: "2024-12-31") == nil)
    let rows = [
      Booking(
        id: "B-1", file: "b.csv", line: 2, customer: "Tesla", item: "H100", amount: 100_000_000,
        currency: "USD",
        period: Period(start: "2024-03-01", end: "2024-03-31"), status: .booked),
      Booking(
        id: "B-2", file: "b.csv", line: 3, customer: "Tesla", item: "H100", amount: 100_000_000,
        currency: "EUR",
        period: Period(start: "2024-04-01", end: "2024-04-30"), status: .booked),
    ]
    let claim = Claim(
      id: "c", document: "d", span: TextSpan(start: 0, end: 4), surface: "$210 million",
      sentence: "s",
      stated: Interval(low: 210_000_000, high: 210_000_000), qualifier: .exact,
      bounds: Interval(low: 209_500_000, high: 210_500_000), unit: .currency("USD"),
      item: "H100", subject: "Tesla", metric: .spend,
      period: Period(start: "2024-01-01", end: "2024-06-30"), language: .en, rule: "test")
    #expect(
      Reconciler(config: config).reconcile([claim], against: rows).verdicts["c"] == .consistent)
    // Without the rate, the EUR row is left out and the claim is contradicted.
    let without = Reconciler().reconcile([claim], against: rows)
    #expect(without.verdicts["c"] == .contradicted)
    #expect(
      without.findings.first?.arithmetic.contains("1 row without a comparable figure left out")
        == true)
  }

  @Test(
    "a bare $ or \"dollars\" takes the configured currency; fiscal years follow the subject's calendar"
  )
  func dollarAndFiscalCalendar() throws {
    let extractor = ClaimExtractor(fiscalCalendar: { $0 == "Nvidia" ? 2 : nil }, dollar: "CAD")
    let money = try #require(
      extractor.extract(text: "Tesla paid $5 million for the chips.", language: .en).first)
    #expect(money.unit == .currency("CAD"))
    // So does a bare "dollars", in either language; a country named with it says otherwise.
    let words = extractor.extract(
      text: "It cost 6 million dollars, not 7 million US dollars.", language: .en)
    #expect(words.map(\.unit) == [.currency("CAD"), .currency("USD")])
    let french = extractor.extract(
      text: "Le contrat vaut 2,6 millions de dollars, et non 3 millions de dollars américains.",
      language: .fr)
    #expect(french.map(\.unit) == [.currency("CAD"), .currency("USD")])
    let fiscal = try #require(
      extractor.extract(
        text: "Nvidia expects revenue of $28 billion in FY2025.", language: .en, date: "2024-05-22"
      ).first)
    #expect(fiscal.period == Period(start: "2024-02-01", end: "2025-01-31"))
    let calendar = try #require(
      extractor.extract(
        text: "Tesla expects revenue of $28 billion in FY2025.", language: .en, date: "2024-05-22"
      ).first)
    #expect(calendar.period == Period(start: "2025-01-01", end: "2025-12-31"))
  }
}

@Suite struct AmbiguityTests {
  @Test("a claim whose sentence describes two entities is ambiguous (REC003), listing both")
  func ambiguousSubject() throws {
    var config = TallyConfig()
    config.entities = [
      TallyConfig.Entity(name: "Tesla", descriptions: ["the automaker"]),
      TallyConfig.Entity(name: "Nvidia", descriptions: ["the chipmaker"]),
    ]
    let claim = Claim(
      id: "c", document: "d", span: TextSpan(start: 0, end: 6), surface: "12,000",
      sentence: "The chipmaker sent 12,000 GPUs to the automaker.",
      stated: Interval(low: 12000, high: 12000),
      qualifier: .exact, bounds: Interval(low: 11500, high: 12500), unit: .count, item: "GPU",
      subject: nil,
      metric: .shipment, language: .en, rule: "test")
    let result = Reconciler(config: config).reconcile([claim], against: [])
    #expect(result.verdicts["c"] == .ambiguous)
    let finding = try #require(result.findings.first)
    #expect(finding.rule == "REC003")
    #expect(
      finding.message
        == "claim of 12,000 GPUs could be about Tesla or Nvidia: the sentence describes each; name one to check it"
    )
  }

  @Test(
    "a purchase whose sentence describes one customer and otherwise its suppliers is the customer's; in both languages"
  )
  func buyerAmongSuppliers() throws {
    var config = TallyConfig()
    config.entities = [
      TallyConfig.Entity(
        name: "Nordet", descriptions: ["the Canadian maker", "le fabricant québécois"]),
      TallyConfig.Entity(
        name: "Strathcairn", descriptions: ["the council", "le conseil écossais"]),
    ]
    let booking = Booking(
      id: "R1", file: "bookings.csv", line: 2, customer: "Strathcairn", supplier: "Nordet",
      item: "maintenance contract", amount: 1_850_000, currency: "GBP",
      period: Period(start: "2026-01-01", end: "2026-01-31"), status: .booked)
    func claim(_ id: String, _ sentence: String, metric: Metric) -> Claim {
      Claim(
        id: id, document: id, span: TextSpan(start: 0, end: 6), surface: "£1.58 million",
        sentence: sentence, stated: Interval(low: 1_580_000, high: 1_580_000), qualifier: .exact,
        bounds: Interval(low: 1_575_000, high: 1_585_000), unit: .currency("GBP"),
        item: "maintenance contract", subject: nil, metric: metric, language: .en, rule: "test")
    }
    let claims = [
      claim(
        "en",
        "The Canadian maker services the council's fleet under a £1.58 million maintenance contract.",
        metric: .order),
      claim(
        "fr",
        "Le fabricant québécois entretient la flotte du conseil écossais pour 1,58 million de livres.",
        metric: .order),
      // Revenue is the maker's side: still either.
      claim("rev", "The Canadian maker earned £1.58 million from the council.", metric: .revenue),
    ]
    let result = Reconciler(config: config).reconcile(claims, against: [booking])
    #expect(result.verdicts["en"] == .contradicted)
    // « du conseil écossais » is « le conseil écossais » after « de ».
    #expect(result.verdicts["fr"] == .contradicted)
    #expect(result.verdicts["rev"] == .ambiguous)
    // A second customer described leaves it ambiguous.
    config.entities.append(TallyConfig.Entity(name: "Grand-Sillon", descriptions: ["the city"]))
    let other = Booking(
      id: "R2", file: "bookings.csv", line: 3, customer: "Grand-Sillon", supplier: "Nordet",
      item: "maintenance contract", amount: 900_000, currency: "GBP",
      period: Period(start: "2026-01-01", end: "2026-01-31"), status: .booked)
    let both = claim(
      "both", "The Canadian maker serves the council and the city under a £1.58 million contract.",
      metric: .order)
    #expect(
      Reconciler(config: config).reconcile([both], against: [booking, other]).verdicts["both"]
        == .ambiguous)
  }
}
