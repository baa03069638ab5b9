import Foundation
import Testing

@testable import Core

@Suite struct ReaderTextTests {
  @Test("money is scaled as a reader writes it, in the claim's language")
  func money() {
    #expect(ReaderText.money(875_000_000, code: "USD") == "$875 million")
    #expect(ReaderText.money(3_600_000, code: "EUR") == "€3.6 million")
    #expect(ReaderText.money(8_125_000_000, code: "USD") == "$8.1 billion")
    #expect(ReaderText.money(12_000_000_000, code: "CHF") == "CHF 12 billion")
    #expect(ReaderText.money(420_500, code: "GBP") == "£420,500")
    #expect(
      ReaderText.money(8_100_000_000, code: "USD", language: .fr) == "8,1 milliards de dollars")
    #expect(ReaderText.money(3_600_000, code: "EUR", language: .fr) == "3,6 millions d'euros")
    #expect(ReaderText.money(1_000_000_000, code: "EUR", language: .fr) == "1 milliard d'euros")
    #expect(ReaderText.money(420_500, code: "USD", language: .fr) == "420\u{202F}500 dollars")
  }

  @Test("items take the plural where each language puts it")
  func plurals() {
    #expect(ReaderText.plural("H100 GPU", count: 12000, language: .en) == "H100 GPUs")
    #expect(ReaderText.plural("H100", count: 12000, language: .en) == "H100s")
    #expect(ReaderText.plural("heat pump", count: 2, language: .en) == "heat pumps")
    #expect(ReaderText.plural("battery", count: 2, language: .en) == "batteries")
    #expect(ReaderText.plural("coach", count: 2, language: .en) == "coaches")
    #expect(ReaderText.plural("systems", count: 2, language: .en) == "systems")
    #expect(ReaderText.plural("ferry", count: 1, language: .en) == "ferry")
    #expect(ReaderText.plural("nœud HX8", count: 96, language: .fr) == "nœuds HX8")
    #expect(ReaderText.plural("pompe à chaleur", count: 300, language: .fr) == "pompes à chaleur")
    #expect(ReaderText.plural("canal", count: 3, language: .fr) == "canaux")
    #expect(ReaderText.plural("bateau", count: 3, language: .fr) == "bateaux")
  }

  @Test("periods read as people say them")
  func periods() {
    #expect(Period.year(2024).readable == "2024")
    #expect(Period.quarter(2025, 1).readable == "Q1 2025")
    #expect(Period(start: "2024-03-01", end: "2024-03-31").readable == "March 2024")
    #expect(Period(start: "2025-07-01", end: "2025-12-31").readable == "H2 2025")
    #expect(Period(start: "2024-04-25", end: "2024-04-25").readable == "25 April 2024")
    #expect(
      Period(start: "2024-02-01", end: "2025-01-31").readable == "February 2024 to January 2025")
    #expect(
      Period(start: "2023-11-01", end: "2024-04-25").inText
        == " from 1 November 2023 to 25 April 2024")
    #expect(Period(start: "2024-04-25", end: "2024-04-25").inText == " on 25 April 2024")
    #expect(Period.year(2024).inText == " in 2024")
    // Said on 23 April of what will be by the year's end; all that reached a party by a day;
    // from a month on, with no end.
    #expect(Period(start: "2024-04-23", end: "2024-12-31").inText == " by the end of 2024")
    #expect(Period(start: Period.beginning, end: "2024-04-25").inText == " by 25 April 2024")
    #expect(Period(start: "2025-01-01", end: Period.noEnd).inText == " from January 2025 onward")
    #expect(Period(start: "2025-01-01", end: Period.noEnd).readable == "January 2025 onward")
  }

  @Test("a comparison starts from the claim's own figure, not its rounding bound")
  func comparison() {
    func claim(_ low: Decimal, _ high: Decimal) -> Claim {
      Claim(
        id: "c", document: "d", span: TextSpan(start: 0, end: 1), surface: "x", sentence: "x",
        stated: Interval(low: low, high: high), qualifier: .exact,
        bounds: Interval(low: low - 500, high: high + 500), unit: .count, item: "H100",
        metric: .order, modality: .asserted, language: .en, rule: "test")
    }
    #expect(
      ReaderText.comparison(claim: claim(50000, 50000), ledger: 25000)
        == "twice the ledger's figure")
    #expect(
      ReaderText.comparison(claim: claim(10000, 10000), ledger: 875) == "11× the ledger's figure")
    #expect(
      ReaderText.comparison(claim: claim(500, 500), ledger: 420) == "19 % above the ledger's figure"
    )
    #expect(
      ReaderText.comparison(claim: claim(5000, 5000), ledger: 12000)
        == "the ledger's figure is 2.4× as large")
    #expect(
      ReaderText.comparison(claim: claim(3000, 4000), ledger: 9000)
        == "the ledger's figure is 2.3× as large")
    #expect(
      ReaderText.comparison(claim: claim(100, 100), ledger: 400)
        == "a quarter of the ledger's figure")
  }
}
