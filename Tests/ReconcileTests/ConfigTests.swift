import Core
import Foundation
import Testing

@testable import Reconcile

@Suite struct ConfigTests {
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
      """, file: "tally.yml")
    #expect(config.entity(named: "tesla inc.")?.name == "Tesla")
    #expect(config.entity(describedIn: "Le constructeur automobile a commandé 5 000 puces.")?.name == "Tesla")
    #expect(config.entities.last?.fiscalYearStart == 2)
    #expect(config.items.first?.aliases == ["H100 GPU", "GPU H100"])
    #expect(config.approximateTolerance == Decimal(string: "0.05"))
  }

  @Test("mistakes name the key and the line", arguments: [
    ("entities:\n  - name: Tesla\n    fiscal_year_start: 13\n", "tally.yml:3: 'fiscal_year_start' must be a month number from 1 to 12"),
    ("entities:\n  - nmae: Tesla\n", "tally.yml:2: unknown key 'nmae' in 'entities' (known: aliases, descriptions, fiscal_year_start, name)"),
    ("currency: USD\nitems: []\n", "tally.yml:1: unknown key 'currency' (known: entities, items, tolerance)"),
    ("items: H100\n", "tally.yml:1: 'items' must be a list"),
    ("tolerance:\n  approximate: ten\n", "tally.yml:2: 'tolerance.approximate' must be a fraction from 0 to 1, such as 0.10 for ±10 %"),
    ("entities:\n  - aliases: [a]\n", "tally.yml:2: 'entities[].name' is required"),
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
    config.entities = [TallyConfig.Entity(name: "Tesla", aliases: ["Tesla Inc"], descriptions: ["the automaker"])]
    config.items = [TallyConfig.Item(name: "H100", aliases: ["GPU H100"])]
    let booking = Booking(
      id: "B-1", file: "b.csv", line: 2, customer: "Tesla Inc", item: "H100", quantity: 12000,
      period: Period(start: "2024-01-01", end: "2024-01-31"), status: .booked)
    let claim = Claim(
      id: "c", document: "d", span: TextSpan(start: 0, end: 6), surface: "12 000",
      sentence: "Le constructeur a commandé 12 000 GPU H100 ; the automaker confirmed.",
      stated: Interval(low: 12000, high: 12000), qualifier: .exact, bounds: Interval(low: 11500, high: 12500),
      unit: .count, item: "H100 GPU", itemSurface: "GPU H100", subject: nil, metric: .order,
      period: Period(start: "2024-01-01", end: "2024-12-31"), language: .fr, rule: "test")
    let result = Reconciler(config: config).reconcile([claim], against: [booking])
    #expect(result.verdicts["c"] == .consistent)
  }
}
