import Core
import Foundation

extension CheckRun {
  /// GitHub-flavoured Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`: a summary
  /// table, then each finding by severity with its message, the claim sentences quoted with the
  /// number in bold, the ledger rows as a table, the arithmetic and `path:line` links.
  public func markdown() -> String {
    var text = "# Tally report\n\n"
    text += "| | |\n|---|---|\n"
    text += "| Files | \(files) read, \(skipped) skipped, \(failed) failed |\n"
    text += "| Documents | \(documents) |\n"
    text += "| Claims | \(claimsText) |\n"
    text +=
      "| Ledger | \(ledger.map { Markdown.code($0) } ?? "none"), \(counted(ledgerRows, "row"))\(ledgerIssues.isEmpty ? "" : ", \(counted(ledgerIssues.count, "bad row")) skipped") |\n"
    text +=
      "| Findings | \(counted(count(.error), "error")), \(counted(count(.warning), "warning")), \(counted(count(.note), "note")) |\n\n"
    if findings.isEmpty { text += "No findings.\n" }
    for (severity, title) in [(Severity.error, "Errors"), (.warning, "Warnings"), (.note, "Notes")]
    {
      let group = findings.filter { $0.severity == severity }
      guard !group.isEmpty else { continue }
      // Notes (unverifiable, ambiguous) are many and rarely urgent: folded.
      text +=
        severity == .note
        ? "<details><summary>\(title) (\(group.count))</summary>\n\n"
        : "## \(title) (\(group.count))\n\n"
      for finding in group { text += markdown(finding) }
      if severity == .note { text += "</details>\n\n" }
    }
    if !problems.isEmpty || !ledgerIssues.isEmpty {
      text +=
        "<details><summary>Files and ledger rows not used (\(problems.count + ledgerIssues.count))</summary>\n\n"
      for problem in problems {
        text +=
          "- \(Markdown.code(problem.path)): \(problem.status): \(Markdown.escape(problem.reason))\n"
      }
      for issue in ledgerIssues {
        text +=
          "- \(Markdown.code("\(issue.file):\(issue.line)")): bad row: \(Markdown.escape(issue.reason))\n"
      }
      text += "\n</details>\n"
    }
    return text
  }

  private func markdown(_ finding: Finding) -> String {
    let rule = Rules.rule(finding.rule)?.name ?? ""
    var text = "### \(finding.rule) \(rule)\n\n\(Markdown.escape(finding.message))\n\n"
    for claim in finding.claims {
      let link =
        places[claim.id].map { Markdown.link(path: $0.path, line: $0.line, column: $0.column) }
        ?? Markdown.code(claim.document)
      text += "> \(Markdown.emphasise(claim.surface, in: claim.sentence))\n>\n"
      text += "> — \(claim.speaker.map { Markdown.escape($0) + ", " } ?? "")\(link)\n\n"
    }
    if !finding.bookings.isEmpty {
      text +=
        "| Ledger row | Where | Customer | Figure | Status | Period |\n|---|---|---|---|---|---|\n"
      for booking in finding.bookings {
        let cells = [
          Markdown.escape(booking.id),
          Markdown.link(path: booking.file, line: booking.line, column: nil),
          Markdown.escape(booking.customer), Markdown.escape(booking.figureText),
          booking.status.rawValue, booking.periodText,
        ]
        text += "| " + cells.joined(separator: " | ") + " |\n"
      }
      text += "\n"
    }
    text += "Arithmetic: \(Markdown.escape(finding.arithmetic))\n\n"
    return text
  }
}

/// Markdown text that shows document text literally: nothing in a document becomes markup.
enum Markdown {
  /// Escapes every character Markdown or HTML could read as markup mid-line (a `(` is only
  /// markup after a `]`, which is escaped), and folds line breaks.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "|", "~", ">", "$":
        out.append("\\")
        out.append(character)
      case "<": out += "&lt;"
      case "&": out += "&amp;"
      case "\n", "\r", "\r\n": out.append(" ")
      default: out.append(character)
      }
    }
    return out
  }

  /// The sentence with the claim's number in bold.
  static func emphasise(_ surface: String, in sentence: String) -> String {
    guard !surface.isEmpty, let range = sentence.range(of: surface) else { return escape(sentence) }
    return escape(String(sentence[..<range.lowerBound])) + "**" + escape(surface) + "**"
      + escape(String(sentence[range.upperBound...]))
  }

  /// Inline code that no backtick in the text can close.
  static func code(_ text: String) -> String {
    let clean = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(
      of: "|", with: "\\|")
    let fence = clean.contains("`") ? "`` " : "`"
    return fence + clean + (fence == "`" ? "`" : " ``")
  }

  /// `[path:line](path#Lline)`: GitHub opens the file at the line.
  static func link(path: String, line: Int, column: Int?) -> String {
    let label = escape("\(path):\(line)\(column.map { ":\($0)" } ?? "")")
    let target = URIText.path(path)
    return "[\(label)](\(target)#L\(line))"
  }
}
