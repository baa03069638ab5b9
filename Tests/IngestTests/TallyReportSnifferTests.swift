import Testing

@testable import Ingest

@Suite struct TallyReportSnifferTests {
  /// `count` bytes of results, as a large report has before its marks.
  private func padding(_ count: Int) -> String {
    String(repeating: "{\"id\":\"REC001-0\",\"level\":\"error\"},", count: count / 33)
  }

  @Test("a large SARIF or JSON report is recognised, its marks past the first and last 64 KiB")
  func largeReports() {
    let sarif =
      "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"runs\":[{\"results\":["
      + padding(200_000) + "{}],\"tool\":{\"driver\":{\"name\":\"tally\"}}}],\"version\":\"2.1.0\"}"
    #expect(TallyReportSniffer.format(of: Array(sarif.utf8), ext: "sarif") == "SARIF")
    let json =
      "{\"claims\":[],\"findings\":[],\"schemaVersion\":2,\"summary\":{\"problems\":["
      + padding(200_000) + "{}]}}"
    #expect(TallyReportSniffer.format(of: Array(json.utf8), ext: "json") == "JSON")
    // Another tool's SARIF, however large, is a document like any other.
    let other = sarif.replacingOccurrences(of: "\"name\":\"tally\"", with: "\"name\":\"semgrep\"")
    #expect(TallyReportSniffer.format(of: Array(other.utf8), ext: "sarif") == nil)
  }
}
