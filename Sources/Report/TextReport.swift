import Core
import Foundation

extension CheckRun {
  /// How many claims the terminal shows under one contradiction; the JSON report has them all.
  static let claimsShown = 12

  /// The counts in one line: "tally: 15 files, 21 documents, 109 claims; 8 consistent, 38
  /// contradicted, 8 unverifiable; findings: 12 errors, 28 warnings, 8 notes: 10 contradictions
  /// and 5 points the ledger cannot settle".
  public var summaryLine: String {
    var line =
      "tally: \(counted(files, "file")), \(counted(documents, "document")), \(counted(claims.count, "claim")); "
    line +=
      "\(count(.consistent)) consistent, \(count(.contradicted)) contradicted, \(count(.unverifiable)) unverifiable"
    if count(.ambiguous) > 0 { line += ", \(count(.ambiguous)) ambiguous" }
    line +=
      "; findings: \(counted(count(.error), "error")), \(counted(count(.warning), "warning")), \(counted(count(.note), "note"))"
    if !findings.isEmpty { line += ": \(contradictions.countText)" }
    return line
  }

  /// The terminal summary: one block per finding (`path:line:col: severity: [RULE] message`, then
  /// its claims, ledger rows and arithmetic), then the counts.
  ///
  /// `color` adds ANSI colours to severities; callers pass it only for a terminal with `NO_COLOR`
  /// unset.
  public func text(color: Bool = false) -> String {
    func paint(_ text: String, _ code: String) -> String {
      color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
    func severity(_ severity: Severity) -> String {
      switch severity {
      case .error: paint("error", "1;31")
      case .warning: paint("warning", "1;33")
      case .note: paint("note", "36")
      }
    }
    var text = ""
    let all = contradictions
    for contradiction in all {
      let lead = contradiction.findings[0]
      let place = lead.claims.first.map { location(of: $0) } ?? "-"
      let folded =
        contradiction.findings.count == 1
        ? ""
        : " (said \(counted(contradiction.claims.count, "time")) in \(counted(contradiction.documentCount, "document")))"
      text +=
        "\(place): \(severity(contradiction.severity)): [\(contradiction.rule)] \(contradiction.headline)\(folded)\n"
      let claims = contradiction.claims
      for claim in claims.prefix(Self.claimsShown) {
        text +=
          "  claim  \(location(of: claim))  \"\(claim.sentence)\"\(claim.speaker.map { " — \($0)" } ?? "")\n"
      }
      if claims.count > Self.claimsShown {
        text +=
          "  …      \(counted(claims.count - Self.claimsShown, "more claim")) in the JSON report\n"
      }
      for booking in contradiction.bookings {
        text +=
          "  ledger \(booking.file):\(booking.line)  \(booking.id)  \(booking.customer)  \(booking.figureText)  \(booking.status.rawValue)  \(booking.periodText)\n"
      }
      text += "  \(paint("why", "2"))    \(message(of: lead))\n"
      text += "  \(paint("math", "2"))   \(lead.arithmetic)\n"
      text += "  \(paint("id", "2"))     \(contradiction.id)\n\n"
    }
    // What the ledger backs, briefly.
    let confirmed = confirmedClaims
    if !confirmed.isEmpty {
      text += "confirmed by the ledger (\(confirmed.count)):\n"
      for claim in confirmed.prefix(Self.claimsShown) {
        let party = parties[claim.id].map { " for \($0.name)" } ?? ""
        text += "  \(location(of: claim))  \(ReaderText.figure(of: claim))\(party)\n"
      }
      if confirmed.count > Self.claimsShown {
        text += "  … and \(confirmed.count - Self.claimsShown) more in the JSON report\n"
      }
      text += "\n"
    }
    text +=
      "tally: \(counted(files, "file")), \(counted(documents, "document")), \(counted(claims.count, "claim"))"
    text += "; ledger \(ledger ?? "none") with \(counted(ledgerRows, "row"))"
    text += ledgerIssues.isEmpty ? "\n" : " (\(counted(ledgerIssues.count, "bad row")) skipped)\n"
    text +=
      "tally: \(count(.consistent)) consistent, \(count(.contradicted)) contradicted, \(count(.unverifiable)) unverifiable"
    if count(.ambiguous) > 0 { text += ", \(count(.ambiguous)) ambiguous" }
    text +=
      "; findings: \(counted(count(.error), "error")), \(counted(count(.warning), "warning")), \(counted(count(.note), "note"))"
    text += ": \(all.countText)\n"
    if let notJudgedText { text += "tally: \(notJudgedText)\n" }
    if acceptedByBaseline > 0 {
      text +=
        "tally: \(counted(acceptedByBaseline, "finding")) accepted by the baseline, not shown\n"
    }
    if !unusedRows.isEmpty {
      let named = unusedRows.prefix(Self.claimsShown).map(\.id).joined(separator: ", ")
      let more = unusedRows.count > Self.claimsShown ? ", …" : ""
      text +=
        "tally: \(counted(unusedRows.count, "ledger row")) no document mentions: \(named)\(more)\n"
    }
    let fallbacks = mainTextFallbacks
    if !fallbacks.isEmpty {
      let total = fallbacks.values.reduce(0, +)
      let codes = fallbacks.keys.sorted().map { "\($0): \(fallbacks[$0] ?? 0)" }
      text +=
        "tally: \(counted(total, "document")) with no clear main text, read by a fallback (\(codes.joined(separator: ", "))); 'tally ingest' shows which\n"
    }
    // What the user could fix, once per hint, in corpus order.
    var hinted = Set<String>()
    for claim in claims {
      guard let hint = hints[claim.id], hinted.insert(hint).inserted else { continue }
      text += "\(location(of: claim)): \(severity(.note)): \(hint)\n"
    }
    if !problems.isEmpty {
      text += "tally: \(counted(skipped, "file")) skipped, \(failed) failed\n"
      for problem in problems {
        text += "  \(problem.path): \(problem.status): \(problem.reason)\n"
      }
    }
    return text
  }
}
