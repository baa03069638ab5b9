import Core
import Foundation
import Testing

@testable import Report

extension CheckRun {
  fileprivate var sarifText: String { String(decoding: sarif(toolVersion: "0"), as: UTF8.self) }
}

/// A run in which one figure is repeated by several documents against the same ledger rows.
private func repeatedRun(copies: Int = 4, others: Int = 0) -> CheckRun {
  let row = Booking(
    id: "F-1", file: "ledger.csv", line: 2, customer: "Ardena", item: "turbine", quantity: 25,
    amount: 875_000_000, period: Period(start: "2025-01-01", end: "2025-12-31"), status: .forecast)
  func claim(_ id: String, _ value: Decimal, document: String, modality: Modality) -> Claim {
    Claim(
      id: id, document: document, span: TextSpan(start: 0, end: 3), surface: "\(value)",
      sentence: "Ardena will take \(value) turbines this year.",
      stated: Interval(low: value, high: value), qualifier: .exact,
      bounds: Interval(low: value - 1, high: value + 1), unit: .count, item: "turbine",
      subject: "Ardena", metric: .shipment, period: .year(2025), modality: modality,
      speaker: nil, language: .en, rule: "test")
  }
  func finding(_ claim: Claim, severity: Severity) -> Finding {
    Finding(
      id: "REC001-\(claim.id)", rule: "REC001", severity: severity, claims: [claim],
      bookings: [row],
      evidence: .ledger(
        LedgerComparison(
          customer: "Ardena", statuses: [.forecast], period: .year(2025), sum: 25, rowCount: 1,
          excluded: 0)))
  }
  var run = CheckRun()
  for index in 0..<copies {
    // One of the copies is asserted (an error); the others are forecasts (warnings).
    let claim = claim(
      "r\(index)", 50, document: "doc\(index).md", modality: index == 2 ? .asserted : .forecast)
    run.claims.append(claim)
    run.places[claim.id] = ClaimPlace(path: "Corpus/doc\(index).md", line: 3, column: 18)
    run.findings.append(finding(claim, severity: index == 2 ? .error : .warning))
  }
  for index in 0..<others {
    let claim = claim(
      "o\(index)", Decimal(60 + index), document: "other\(index).md", modality: .asserted)
    run.claims.append(claim)
    run.places[claim.id] = ClaimPlace(path: "Corpus/other\(index).md", line: 1, column: 1)
    run.findings.append(finding(claim, severity: .error))
  }
  return run
}

@Suite struct ContradictionTests {
  @Test("every finding belongs to exactly one contradiction")
  func partition() {
    for run in [sampleRun(), repeatedRun(), repeatedRun(copies: 3, others: 5)] {
      let cited = run.contradictions.flatMap(\.findings).map(\.id)
      #expect(cited.sorted() == run.findings.map(\.id).sorted())
      #expect(Set(cited).count == cited.count)
    }
  }

  @Test("one figure repeated against the same rows is one contradiction, as severe as its worst")
  func folding() throws {
    let run = repeatedRun()
    let contradictions = run.contradictions
    #expect(contradictions.count == 1)
    let only = try #require(contradictions.first)
    #expect(only.findings.count == 4)
    #expect(only.documentCount == 4)
    #expect(only.severity == .error)
    // The asserted occurrence leads, and the headline is written from it.
    #expect(only.findings[0].claims[0].id == "r2")
    #expect(
      only.headline
        == "Ardena's deliveries: 50 turbines against 25 turbines forecast in 2025 in the ledger, twice the ledger's figure"
    )
    #expect(only.bookings.map(\.id) == ["F-1"])
  }

  @Test("another figure against the same rows is another contradiction")
  func otherFigures() {
    let run = repeatedRun(copies: 2, others: 2)
    #expect(run.contradictions.count == 3)
    // Errors first (each said once), then the warning said twice.
    #expect(run.contradictions.map(\.findings.count) == [1, 1, 2])
  }

  @Test("grouping and ranking do not depend on the order of the findings")
  func orderIndependent() {
    var run = repeatedRun(copies: 4, others: 3)
    let forward = run.contradictions
    run.findings.reverse()
    let backward = run.contradictions
    #expect(forward.map(\.id) == backward.map(\.id))
    #expect(forward.map { $0.findings.map(\.id) } == backward.map { $0.findings.map(\.id) })
    #expect(forward.map(\.headline) == backward.map(\.headline))
  }

  @Test("the id is the same for the same point in another run")
  func stableID() {
    let small = repeatedRun(copies: 2)
    let large = repeatedRun(copies: 4, others: 2)
    #expect(small.contradictions[0].id == large.contradictions.first { $0.findings.count == 4 }?.id)
  }

  @Test("SARIF lists at most a hundred other occurrences of one point, and says so")
  func sarifRelatedLocations() throws {
    let run = repeatedRun(copies: 150)
    let sarif =
      try JSONSerialization.jsonObject(with: Data(run.sarif(toolVersion: "0"))) as? [String: Any]
    let runs = try #require(sarif?["runs"] as? [[String: Any]])
    let results = try #require(runs.first?["results"] as? [[String: Any]])
    #expect(results.count == 1)
    let related = try #require(results[0]["relatedLocations"] as? [[String: Any]])
    // A hundred claims and the one ledger row.
    #expect(related.count == CheckRun.relatedClaims + 1)
    let message = (results[0]["message"] as? [String: Any])?["text"] as? String ?? ""
    #expect(message.contains("The first 100 other occurrences are related locations"))
    #expect(!repeatedRun(copies: 4).sarifText.contains("other occurrences are related"))
  }

  @Test("Markdown stays within its limit and says how many contradictions it left out")
  func markdownLimit() {
    let run = repeatedRun(copies: 1, others: 40)
    let full = run.markdown(limit: 1_000_000)
    #expect(!full.contains("left out"))
    let limited = run.markdown(limit: 6_000)
    #expect(limited.utf8.count <= 6_000)
    let shown = limited.components(separatedBy: "\n### ").count - 1
    #expect(shown > 0 && shown < 41)
    #expect(limited.contains("_\(41 - shown) more points left out to fit 6,000 characters"))
  }

  @Test("GitHub annotations: at most ten per level, ranked, then a notice of how many more")
  func githubLimit() {
    let run = repeatedRun(copies: 1, others: 14)
    let lines = run.github().split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
    #expect(
      lines.last?.hasPrefix("::notice title=tally::4 more in the report (15 contradictions in all)")
        == true)
    let few = repeatedRun(copies: 1, others: 3).github().split(separator: "\n")
    #expect(few.count == 4)
    #expect(!few.contains { $0.contains("more in the report") })
  }

  @Test(
    "the HTML page is titled with the corpus and the day, and names the top contradictions first")
  func htmlLeads() throws {
    var run = repeatedRun(copies: 3, others: 12)
    run.corpus = "Corpus"
    run.runDate = "2026-12-07"
    let html = run.html()
    #expect(html.contains("<title>Tally report: Corpus, 2026-12-07</title>"))
    let top = try #require(html.range(of: "<nav class=\"top\""))
    let cards = try #require(html.range(of: "<article class=\"finding"))
    #expect(top.lowerBound < cards.lowerBound)
    // Ten listed, the rest said to be below; each links to its card.
    let listed = html[top.lowerBound..<cards.lowerBound]
    #expect(listed.components(separatedBy: "<li>").count - 1 == 10)
    #expect(listed.contains("… and 3 more below."))
    let first = run.contradictions[0]
    #expect(listed.contains("<a href=\"#\(first.id)\">"))
    // A search by value finds a card by its figures: the claim's and the ledger's.
    #expect(html.contains("data-values=\"25 50\""))
  }

  @Test("the run's day is SOURCE_DATE_EPOCH's when it is set")
  func runDate() {
    #expect(CheckRun.today(environment: ["SOURCE_DATE_EPOCH": "1765065600"]) == "2025-12-07")
    #expect(CheckRun.today(environment: ["SOURCE_DATE_EPOCH": "0"]) == "1970-01-01")
    #expect(CheckRun.today(environment: [:]).count == 10)
  }
}
