import Core
import Foundation

extension CheckRun {
  /// One self-contained page: the summary, the findings with filters (severity, rule, subject,
  /// document, free text) and a sort order, and for each finding the evidence side by side.
  ///
  /// Nothing is loaded from anywhere; every piece of document text is escaped, and the
  /// Content-Security-Policy lets only the page's own script run (by its hash).
  public func html() -> String {
    let all = contradictions
    let title = "Tally report: \(corpus ?? "corpus")" + (runDate.map { ", \($0)" } ?? "")
    var page = """
      <!doctype html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '\(HTMLPage.scriptHash)'; img-src data:; base-uri 'none'; form-action 'none'">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="tally">
      <title>\(HTML.escape(title))</title>
      <style>\(HTMLPage.style)</style>
      </head>
      <body>
      <header>
      <h1>\(HTML.escape(title))</h1>

      """
    page += "<p class=\"summary\"><span class=\"sev error\">\(count(.error)) errors</span> "
    page +=
      "<span class=\"sev warning\">\(count(.warning)) warnings</span> <span class=\"sev note\">\(count(.note)) notes</span>"
    page += ": <strong>\(HTML.escape(all.countText))</strong> · "
    page += HTML.escape(
      "\(counted(claims.count, "claim")) in \(counted(documents, "document")) (\(files) files read, \(skipped) skipped, \(failed) failed) · ledger \(ledger ?? "none"), \(counted(ledgerRows, "row"))\(ledgerIssues.isEmpty ? "" : ", \(counted(ledgerIssues.count, "bad row")) skipped")"
    )
    page += "</p>\n<p class=\"claims\">"
    page += HTML.escape(
      "Claims: \(count(.consistent)) confirmed by the ledger, \(count(.contradicted)) contradicted, \(count(.unverifiable)) unverifiable, \(count(.ambiguous)) ambiguous\(notJudgedText.map { "; \($0)" } ?? "")"
    )
    page += "</p>\n"
    // The points first, in rank order: the first screen names them.
    if !all.isEmpty {
      page += "<nav class=\"top\" aria-label=\"Contradictions\"><ol>\n"
      for contradiction in all.prefix(Self.topListed) {
        let times =
          contradiction.findings.count > 1
          ? " <span class=\"times\" title=\"said \(counted(contradiction.claims.count, "time"))\">×\(contradiction.claims.count)</span>"
          : ""
        page +=
          "<li><span class=\"sev \(contradiction.severity.rawValue)\">\(contradiction.severity.rawValue)</span> <a href=\"#\(HTML.escape(contradiction.id))\">\(HTML.escape(contradiction.headline))</a>\(times)</li>\n"
      }
      page += "</ol>"
      if all.count > Self.topListed {
        page += "<p>… and \(all.count - Self.topListed) more below.</p>"
      }
      page += "</nav>\n"
    }
    page += "</header>\n<main>\n"
    page += controls(all)
    page += "<p id=\"shown\" aria-live=\"polite\">\(counted(all.count, "point"))</p>\n"
    page += "<div id=\"findings\">\n"
    // Most severe and largest first (the sort control's default).
    for (order, contradiction) in all.enumerated() { page += article(contradiction, order: order) }
    if findings.isEmpty { page += "<p>No findings.</p>\n" }
    page += "</div>\n"
    page += htmlTail()
    page += "<section class=\"rules\"><h2>Rules</h2><dl>\n"
    for rule in Rules.all {
      page += "<dt>\(rule.id) \(rule.name)</dt><dd>\(HTML.escape(rule.detail))</dd>\n"
    }
    page += "</dl></section>\n</main>\n<script>\(HTMLPage.script)</script>\n</body>\n</html>\n"
    return page
  }

  /// How many contradictions the list at the top names.
  static let topListed = 10

  /// The sections after the contradictions: confirmed claims, claims not judged by reason, and
  /// files not read as documents and bad ledger rows.
  private func htmlTail() -> String {
    var page = ""
    let confirmed = confirmedClaims
    if !confirmed.isEmpty {
      page +=
        "<details class=\"more\"><summary>Confirmed by the ledger (\(confirmed.count))</summary><ul>\n"
      for claim in confirmed.prefix(Self.listedClaims) {
        let party = parties[claim.id].map { " for " + HTML.escape($0.name) } ?? ""
        page +=
          "<li><strong>\(HTML.escape(ReaderText.figure(of: claim)))</strong>\(party): “\(HTML.highlight(claim.surface, in: claim.sentence))” <code>\(HTML.escape(location(of: claim)))</code></li>\n"
      }
      if confirmed.count > Self.listedClaims {
        page += "<li>… and \(confirmed.count - Self.listedClaims) more (JSON report)</li>\n"
      }
      page += "</ul></details>\n"
    }
    let notJudged = self.notJudged
    if !notJudged.isEmpty {
      let total = notJudgedCount
      page += "<details class=\"more\"><summary>Not judged (\(total))</summary><ul>\n"
      // Each reason folded over its claims.
      for (reason, count) in notJudged {
        page +=
          "<li><details><summary>\(HTML.escape(reason.phrase)): \(count)</summary><ul>\n"
        let claims = claimsNotJudged(reason)
        for claim in claims.prefix(Self.listedClaims) {
          page +=
            "<li><strong>\(HTML.escape(ReaderText.figure(of: claim)))</strong>: “\(HTML.highlight(claim.surface, in: claim.sentence))” <code>\(HTML.escape(location(of: claim)))</code></li>\n"
        }
        if claims.count > Self.listedClaims {
          page += "<li>… and \(claims.count - Self.listedClaims) more (JSON report)</li>\n"
        }
        page += "</ul></details></li>\n"
      }
      page += "</ul></details>\n"
    }
    if !unusedRows.isEmpty {
      page +=
        "<details class=\"more\"><summary>Ledger rows no document mentions (\(unusedRows.count))</summary><ul>\n"
      for booking in unusedRows.prefix(Self.listedClaims) {
        page +=
          "<li>\(HTML.escape(booking.id)) <code>\(HTML.escape("\(booking.file):\(booking.line)"))</code>: \(HTML.escape("\(booking.customer), \(booking.figureText), \(booking.status.rawValue), \(booking.periodText)"))</li>\n"
      }
      if unusedRows.count > Self.listedClaims {
        page += "<li>… and \(unusedRows.count - Self.listedClaims) more</li>\n"
      }
      page += "</ul></details>\n"
    }
    if !problems.isEmpty || !ledgerIssues.isEmpty {
      page +=
        "<details class=\"more\"><summary>Files not read as documents, and bad ledger rows (\(problems.count + ledgerIssues.count))</summary><ul>\n"
      for problem in problems {
        page +=
          "<li><code>\(HTML.escape(problem.path))</code>: \(HTML.escape(problem.status)): \(HTML.escape(problem.reason))</li>\n"
      }
      for issue in ledgerIssues {
        page +=
          "<li><code>\(HTML.escape("\(issue.file):\(issue.line)"))</code>: bad row: \(HTML.escape(issue.reason))</li>\n"
      }
      page += "</ul></details>\n"
    }
    return page
  }

  /// The subjects a finding is filed under: its ledger party, the two ends of the move it tells
  /// of, or its claim's subject.
  ///
  /// One value per party: a site's owner in brackets ("Giga Texas (Tesla)") and an alias
  /// ("Vérel") are filed under the site's or entity's own name, and a move from Tesla to X under
  /// both Tesla and X.
  private func subjects(of finding: Finding) -> [String] {
    func name(_ name: String) -> String {
      let bare =
        name.hasSuffix(")") ? String(name[..<(name.lastIndex(of: "(") ?? name.endIndex)]) : name
      let trimmed = bare.trimmingCharacters(in: .whitespaces)
      return entityNames[trimmed] ?? trimmed
    }
    guard let claim = finding.claims.first else { return [] }
    if let flow = claim.flow {
      let ends = [flow.from, flow.to].compactMap { $0 }.map(name)
      var seen = Set<String>()
      if !ends.isEmpty { return ends.filter { seen.insert($0).inserted } }
    }
    if case .ledger(let link) = finding.evidence { return [name(link.customer)] }
    if case .conflict(let party?) = finding.evidence { return [name(party)] }
    return [claim.subject.map(name) ?? "(none)"]
  }

  /// The paths of the documents a contradiction's claims come from, each once, in claim order.
  private func documentPaths(of contradiction: Contradiction) -> [String] {
    var seen = Set<String>()
    return contradiction.claims.map { places[$0.id]?.path ?? $0.document }
      .filter { seen.insert($0).inserted }
  }

  private func controls(_ all: [Contradiction]) -> String {
    func options(_ values: [String]) -> String {
      values.map { "<option value=\"\(HTML.escape($0))\">\(HTML.escape($0))</option>" }.joined()
    }
    let leads = all.map { $0.findings[0] }
    let rules = Set(leads.map(\.rule)).sorted()
    let subjects = Set(leads.flatMap(subjects(of:))).sorted()
    let documents = Set(all.flatMap(documentPaths(of:))).sorted()
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
    // Several values, one a line: the card shows under each of its parties and documents.
    let subjects = subjects(of: finding).joined(separator: "\n")
    let documents = documentPaths(of: contradiction).joined(separator: "\n")
    var html =
      "<article class=\"finding \(severity)\" id=\"\(HTML.escape(contradiction.id))\""
    html +=
      " data-severity=\"\(severity)\" data-rule=\"\(HTML.escape(contradiction.rule))\""
    html +=
      " data-subject=\"\(HTML.escape(subjects))\" data-document=\"\(HTML.escape(documents))\""
    // The figures a search by value finds it by: every claim's stated ends, and the ledger's sum.
    var values = claims.flatMap { [$0.stated.low, $0.stated.high].compactMap { $0 } }
    if case .ledger(let link) = finding.evidence, link.rowCount > 0 { values.append(link.sum) }
    let distinct = Array(Set(values.map { "\($0)" })).sorted()
    html += " data-values=\"\(HTML.escape(distinct.joined(separator: " ")))\""
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
    // The first few side by side with the ledger; the rest folded below, one line each.
    for (index, claim) in claims.prefix(Self.claimsShown).enumerated() {
      html +=
        "<figure class=\"claim\"><figcaption>\(index == 0 ? "Claim" : "Also said")</figcaption>\n"
      html += "<blockquote>\(HTML.highlight(claim.surface, in: claim.sentence))</blockquote>\n"
      html +=
        "<p class=\"source\">\(claim.speaker.map { HTML.escape($0) + " · " } ?? "")<code>\(HTML.escape(location(of: claim)))</code></p>\n"
      html += "<p class=\"fields\">\(HTML.escape(Self.fields(of: claim)))</p></figure>\n"
    }
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
    html += "</div>\n"
    if claims.count > Self.claimsShown {
      html +=
        "<details class=\"more\"><summary>\(counted(claims.count - Self.claimsShown, "more occurrence"))</summary><ol class=\"occurrences\">\n"
      for claim in claims.dropFirst(Self.claimsShown) {
        html +=
          "<li><code>\(HTML.escape(location(of: claim)))</code>\(claim.speaker.map { " " + HTML.escape($0) } ?? ""): \(HTML.highlight(claim.surface, in: claim.sentence))</li>\n"
      }
      html += "</ol></details>\n"
    }
    html +=
      "<p class=\"math\"><strong>Arithmetic:</strong> \(HTML.escape(finding.arithmetic))</p>\n</article>\n"
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
