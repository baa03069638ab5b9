import Core
import Foundation

extension CheckRun {
  /// One self-contained page: the summary, the findings with filters (severity, rule, subject,
  /// document, free text) and a sort order, and for each finding the evidence side by side.
  ///
  /// Nothing is loaded from anywhere; every piece of document text is escaped, and the
  /// Content-Security-Policy lets only the page's own script run (by its hash).
  public func html() -> String {
    var page = """
      <!doctype html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '\(HTMLPage.scriptHash)'; img-src data:; base-uri 'none'; form-action 'none'">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="tally">
      <title>Tally report</title>
      <style>\(HTMLPage.style)</style>
      </head>
      <body>
      <header>
      <h1>Tally report</h1>
      <dl class="summary">
      """
    let summary: [(String, String)] = [
      ("Files", "\(files) read, \(skipped) skipped, \(failed) failed"),
      ("Documents", "\(documents)"),
      ("Claims", claimsText),
      (
        "Ledger",
        "\(ledger ?? "none"), \(counted(ledgerRows, "row"))\(ledgerIssues.isEmpty ? "" : ", \(counted(ledgerIssues.count, "bad row")) skipped")"
      ),
    ]
    for (term, value) in summary {
      page += "<div><dt>\(term)</dt><dd>\(HTML.escape(value))</dd></div>\n"
    }
    page += "<div><dt>Findings</dt><dd><span class=\"sev error\">\(count(.error)) errors</span> "
    page +=
      "<span class=\"sev warning\">\(count(.warning)) warnings</span> <span class=\"sev note\">\(count(.note)) notes</span>"
    page += " in \(counted(contradictions.count, "contradiction"))</dd></div>\n"
    page += "</dl>\n</header>\n<main>\n"
    page += controls()
    let all = contradictions
    page += "<p id=\"shown\" aria-live=\"polite\">\(counted(all.count, "contradiction"))</p>\n"
    page += "<div id=\"findings\">\n"
    // Most severe and largest first (the sort control's default).
    for (order, contradiction) in all.enumerated() { page += article(contradiction, order: order) }
    if findings.isEmpty { page += "<p>No findings.</p>\n" }
    page += "</div>\n"
    if !problems.isEmpty || !ledgerIssues.isEmpty {
      page += "<section class=\"unused\"><h2>Files and ledger rows not used</h2><ul>\n"
      for problem in problems {
        page +=
          "<li><code>\(HTML.escape(problem.path))</code>: \(HTML.escape(problem.status)): \(HTML.escape(problem.reason))</li>\n"
      }
      for issue in ledgerIssues {
        page +=
          "<li><code>\(HTML.escape("\(issue.file):\(issue.line)"))</code>: bad row: \(HTML.escape(issue.reason))</li>\n"
      }
      page += "</ul></section>\n"
    }
    page += "<section class=\"rules\"><h2>Rules</h2><dl>\n"
    for rule in Rules.all {
      page += "<dt>\(rule.id) \(rule.name)</dt><dd>\(HTML.escape(rule.detail))</dd>\n"
    }
    page += "</dl></section>\n</main>\n<script>\(HTMLPage.script)</script>\n</body>\n</html>\n"
    return page
  }

  /// The subject a finding is filed under: its claim's subject, flow or ledger party.
  private func subject(of finding: Finding) -> String {
    if case .ledger(let link) = finding.evidence { return link.customer }
    guard let claim = finding.claims.first else { return "" }
    if let flow = claim.flow { return "\(flow.from ?? "?") → \(flow.to ?? "?")" }
    return claim.subject ?? "(none)"
  }

  private func controls() -> String {
    func options(_ values: [String]) -> String {
      values.map { "<option value=\"\(HTML.escape($0))\">\(HTML.escape($0))</option>" }.joined()
    }
    let rules = Set(findings.map(\.rule)).sorted()
    let subjects = Set(findings.map(subject(of:))).sorted()
    let documents = Set(findings.compactMap { $0.claims.first?.document }).sorted()
    return """
      <form id="controls" class="controls">
      <label>Severity <select data-filter="severity"><option value="">all</option>\(options(["error", "warning", "note"]))</select></label>
      <label>Rule <select data-filter="rule"><option value="">all</option>\(options(rules))</select></label>
      <label>Subject <select data-filter="subject"><option value="">all</option>\(options(subjects))</select></label>
      <label>Document <select data-filter="document"><option value="">all</option>\(options(documents))</select></label>
      <label>Text <input type="search" data-filter="text" placeholder="words in the finding"></label>
      <label>Sort by <select id="sort"><option value="order">severity, then size</option><option value="rule">rule</option><option value="subject">subject</option><option value="document">document</option></select></label>
      </form>

      """
  }

  private func article(_ contradiction: Contradiction, order: Int) -> String {
    let finding = contradiction.findings[0]
    let claims = contradiction.claims
    let severity = contradiction.severity.rawValue
    let document = claims.first?.document ?? ""
    var html =
      "<article class=\"finding \(severity)\" id=\"\(HTML.escape(contradiction.id))\""
    html +=
      " data-severity=\"\(severity)\" data-rule=\"\(HTML.escape(contradiction.rule))\""
    html +=
      " data-subject=\"\(HTML.escape(subject(of: finding)))\" data-document=\"\(HTML.escape(document))\""
    html += " data-order=\"\(order)\">\n"
    html += "<h3><span class=\"sev \(severity)\">\(severity)</span> "
    html += "\(HTML.escape(contradiction.headline))</h3>\n"
    html +=
      "<p class=\"meta\"><span class=\"rule\">\(contradiction.rule) \(Rules.rule(contradiction.rule)?.name ?? "")</span>"
    if contradiction.findings.count > 1 {
      html +=
        " · said \(counted(claims.count, "time")) in \(counted(contradiction.documentCount, "document"))"
    }
    html +=
      " · <a class=\"permalink\" href=\"#\(HTML.escape(contradiction.id))\">\(HTML.escape(contradiction.id))</a></p>\n"
    html +=
      "<p class=\"message\">\(HTML.escape(message(of: finding)))</p>\n<div class=\"evidence\">\n"
    for (index, claim) in claims.enumerated() {
      // The first few side by side with the ledger; the rest folded.
      if index == Self.claimsShown {
        html +=
          "<details class=\"more\"><summary>\(claims.count - Self.claimsShown) more claims</summary>\n"
      }
      html +=
        "<figure class=\"claim\"><figcaption>\(index == 0 ? "Claim" : "Also said")</figcaption>\n"
      html += "<blockquote>\(HTML.highlight(claim.surface, in: claim.sentence))</blockquote>\n"
      html +=
        "<p class=\"source\">\(claim.speaker.map { HTML.escape($0) + " · " } ?? "")<code>\(HTML.escape(location(of: claim)))</code></p>\n"
      html += "<p class=\"fields\">\(HTML.escape(Self.fields(of: claim)))</p></figure>\n"
    }
    if claims.count > Self.claimsShown { html += "</details>\n" }
    if case .ledger(let link) = finding.evidence {
      let bookings = contradiction.bookings
      html +=
        "<figure class=\"ledger\"><figcaption>Ledger: \(HTML.escape(link.customer)), \(link.rowCount) row\(link.rowCount == 1 ? "" : "s")"
      html += bookings.count < link.rowCount ? " (first \(bookings.count) shown)" : ""
      html += "</figcaption>\n"
      if bookings.isEmpty {
        html +=
          "<p>No row for \(HTML.escape(link.statuses.map(\.rawValue).joined(separator: "/")))\(link.period.map { " in \($0.text)" } ?? "").</p>\n"
      } else {
        html +=
          "<table><thead><tr><th>Row</th><th>Figure</th><th>Status</th><th>Period</th></tr></thead><tbody>\n"
        // The figure names the item ("8,000 H100, 240,000,000 USD"); the row says where it is.
        for booking in bookings {
          html +=
            "<tr><td>\(HTML.escape(booking.id))<br><code>\(HTML.escape("\(booking.file):\(booking.line)"))</code></td>"
          html += "<td class=\"num\">\(HTML.escape(booking.figureText))</td>"
          html +=
            "<td>\(booking.status.rawValue)\(booking.redirectedTo.map { " → " + HTML.escape($0) } ?? "")</td><td>\(HTML.escape(booking.periodText))</td></tr>\n"
        }
        html += "</tbody></table>\n"
      }
      html += "</figure>\n"
    }
    html +=
      "</div>\n<p class=\"math\"><strong>Arithmetic:</strong> \(HTML.escape(finding.arithmetic))</p>\n</article>\n"
    return html
  }

  private static func rank(_ severity: Severity) -> Int {
    switch severity {
    case .error: 0
    case .warning: 1
    case .note: 2
    }
  }

  /// A claim's reading, in one line: "range 3,000,000,000–4,000,000,000 USD · spend · 2024".
  static func fields(of claim: Claim) -> String {
    var parts = [
      claim.qualifier.rawValue + " " + claim.stated.text, claim.unit.description,
      claim.metric.rawValue,
    ]
    if let item = claim.item { parts.append(item) }
    if let period = claim.period { parts.append(period.text) }
    if claim.modality != .asserted { parts.append(claim.modality.rawValue) }
    return parts.joined(separator: " · ")
  }
}

/// Text made safe for HTML: no document can add markup, attributes or script.
enum HTML {
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// The sentence with the claim's number marked.
  static func highlight(_ surface: String, in sentence: String) -> String {
    guard !surface.isEmpty, let range = sentence.range(of: surface) else { return escape(sentence) }
    return escape(String(sentence[..<range.lowerBound])) + "<mark>" + escape(surface) + "</mark>"
      + escape(String(sentence[range.upperBound...]))
  }
}
