import Core
import Foundation

extension CheckRun {
  /// What a pull-request comment holds: 65,536 characters (a step summary holds 1 MiB).
  public static let markdownLimit = 65_536

  /// GitHub-flavoured Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`: a summary
  /// table, then the contradictions most severe and largest first, each with its headline, the
  /// claim sentences quoted with the number in bold and `path:line` links, the ledger rows as a
  /// table and the arithmetic; then the claims the ledger confirms and those not judged, folded.
  ///
  /// The whole stays within `limit` bytes: contradictions that do not fit are left out by rank,
  /// with a line that says how many.
  public func markdown(limit: Int = CheckRun.markdownLimit) -> String {
    let all = contradictions
    var text = "# Tally report\n\n"
    text += "| | |\n|---|---|\n"
    text += "| Files | \(files) read, \(skipped) skipped, \(failed) failed |\n"
    text += "| Documents | \(documents) |\n"
    text += "| Claims | \(claimsText) |\n"
    text +=
      "| Ledger | \(ledger.map { Markdown.code($0) } ?? "none"), \(counted(ledgerRows, "row"))\(ledgerIssues.isEmpty ? "" : ", \(counted(ledgerIssues.count, "bad row")) skipped") |\n"
    text +=
      "| Findings | \(counted(count(.error), "error")), \(counted(count(.warning), "warning")), \(counted(count(.note), "note")): \(all.countText) |\n\n"
    if findings.isEmpty { text += "No findings.\n\n" }
    let tail = markdownTail()
    // Room for the closing sections and the line that says what was left out.
    let budget = limit - tail.utf8.count - 200
    var used = text.utf8.count
    var left = 0
    for (severity, title) in [(Severity.error, "Errors"), (.warning, "Warnings"), (.note, "Notes")]
    {
      let group = all.filter { $0.severity == severity }
      guard !group.isEmpty else { continue }
      // Notes (unverifiable, ambiguous) are many and rarely urgent: folded.
      let open =
        severity == .note
        ? "<details><summary>\(title) (\(group.count))</summary>\n\n"
        : "## \(title) (\(group.count))\n\n"
      let close = severity == .note ? "</details>\n\n" : ""
      var section = ""
      for contradiction in group {
        let block = markdown(contradiction)
        if left > 0
          || used + open.utf8.count + section.utf8.count + block.utf8.count
            + close.utf8.count > budget
        {
          left += 1
          continue
        }
        section += block
      }
      guard !section.isEmpty else { continue }
      text += open + section + close
      used = text.utf8.count
    }
    if left > 0 {
      text +=
        "_\(counted(left, "more point")) left out to fit \(NumberText.grouped(Decimal(limit))) characters; the JSON report (`--format json`) has them all._\n\n"
    }
    return text + tail
  }

  /// The sections after the contradictions: confirmed claims, claims not judged, files not read
  /// as documents and bad ledger rows.
  private func markdownTail() -> String {
    var text = ""
    let confirmed = confirmedClaims
    if !confirmed.isEmpty {
      text += "<details><summary>Confirmed by the ledger (\(confirmed.count))</summary>\n\n"
      for claim in confirmed.prefix(Self.listedClaims) {
        let party = parties[claim.id].map { " for \(Markdown.escape($0.name))" } ?? ""
        text +=
          "- **\(Markdown.escape(ReaderText.figure(of: claim)))**\(party): \(markdownLink(claim))\n"
      }
      if confirmed.count > Self.listedClaims {
        text += "- … and \(confirmed.count - Self.listedClaims) more\n"
      }
      text += "\n</details>\n\n"
    }
    let notJudged = self.notJudged
    if !notJudged.isEmpty {
      let total = notJudgedCount
      text += "<details><summary>Not judged (\(total))</summary>\n\n"
      // Each reason with its first few claims; a comment has no room for them all.
      for (reason, count) in notJudged {
        text += "- \(reason.phrase): \(count)\n"
        let claims = claimsNotJudged(reason)
        for claim in claims.prefix(Self.notJudgedListed) {
          text +=
            "  - **\(Markdown.escape(ReaderText.figure(of: claim)))**: \(markdownLink(claim))\n"
        }
        if claims.count > Self.notJudgedListed {
          text += "  - … and \(claims.count - Self.notJudgedListed) more (JSON report)\n"
        }
      }
      text += "\n</details>\n\n"
    }
    if !unusedRows.isEmpty {
      text +=
        "<details><summary>Ledger rows no document mentions (\(unusedRows.count))</summary>\n\n"
      text +=
        "| Ledger row | Where | Customer | Figure | Status | Period |\n|---|---|---|---|---|---|\n"
      for booking in unusedRows.prefix(Self.listedClaims) {
        let cells = [
          Markdown.escape(booking.id),
          Markdown.link(path: booking.file, line: booking.line, column: nil),
          Markdown.escape(booking.customer), Markdown.escape(booking.figureText),
          booking.status.rawValue, Markdown.escape(booking.periodText),
        ]
        text += "| " + cells.joined(separator: " | ") + " |\n"
      }
      if unusedRows.count > Self.listedClaims {
        text += "\n… and \(unusedRows.count - Self.listedClaims) more.\n"
      }
      text += "\n</details>\n\n"
    }
    if !problems.isEmpty || !ledgerIssues.isEmpty {
      text +=
        "<details><summary>Files not read as documents, and bad ledger rows (\(problems.count + ledgerIssues.count))</summary>\n\n"
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

  /// How many claims a list shows before "… and N more".
  static let listedClaims = 50
  /// How many claims the Markdown report lists under each reason for not judging.
  static let notJudgedListed = 5

  private func markdownLink(_ claim: Claim) -> String {
    places[claim.id].map { Markdown.link(path: $0.path, line: $0.line, column: $0.column) }
      ?? Markdown.code(claim.document)
  }

  private func markdown(_ contradiction: Contradiction) -> String {
    let lead = contradiction.findings[0]
    let rule = Rules.rule(contradiction.rule)?.name ?? ""
    let claims = contradiction.claims
    var text = "### \(Markdown.escape(contradiction.headline))\n\n"
    text += "\(contradiction.rule) \(rule)"
    if contradiction.findings.count > 1 {
      text +=
        " · said \(counted(claims.count, "time")) in \(counted(contradiction.documentCount, "document"))"
    }
    text += " · `\(contradiction.id)`\n\n"
    for claim in claims.prefix(Self.claimsShown) {
      text += "> \(Markdown.emphasise(claim.surface, in: claim.sentence))\n>\n"
      text +=
        "> — \(claim.speaker.map { Markdown.escape($0) + ", " } ?? "")\(markdownLink(claim))\n\n"
    }
    if claims.count > Self.claimsShown {
      text += "… and \(counted(claims.count - Self.claimsShown, "more claim")).\n\n"
    }
    let bookings = contradiction.bookings
    if !bookings.isEmpty {
      text +=
        "| Ledger row | Where | Customer | Figure | Status | Period |\n|---|---|---|---|---|---|\n"
      for booking in bookings {
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
    text += "\(Markdown.escape(message(of: lead))).\n\n"
    text += "Arithmetic: \(Markdown.escape(lead.arithmetic))\n\n"
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
