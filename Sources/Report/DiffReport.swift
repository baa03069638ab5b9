import Core
import Foundation

extension SnapshotDiff {
  /// For a terminal: one line per change, `+` added or new, `-` removed or resolved, `~` changed.
  ///
  /// `color` paints the marks green, red and yellow, as `git diff` does.
  public func text(color: Bool = false) -> String {
    func paint(_ line: String) -> String {
      guard color, let mark = line.first else { return line }
      let code = mark == "+" ? "32" : mark == "-" ? "31" : "33"
      return "\u{1B}[\(code)m\(line.dropLast())\u{1B}[0m\n"
    }
    return text().split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
      line in line.hasPrefix("tally diff:") ? String(line) + "\n" : paint(String(line) + "\n")
    }.joined()
  }

  /// The text diff, uncoloured.
  public func text() -> String {
    var text = ""
    for finding in newFindings {
      text +=
        "+ finding \(location(of: finding)): \(finding.severity): [\(finding.rule)] \(finding.message)\n"
    }
    for finding in resolvedFindings {
      text +=
        "- finding \(location(of: finding)): \(finding.severity): [\(finding.rule)] \(finding.message) (resolved)\n"
    }
    for (base, head) in changedFindings {
      text +=
        "~ finding \(location(of: head)): \(head.severity): [\(head.rule)] \(change(from: base, to: head))\n"
    }
    for claim in addedClaims {
      text += "+ claim \(claim.location): \(claim.reading): \"\(claim.sentence)\"\n"
    }
    for claim in removedClaims {
      text += "- claim \(claim.location): \(claim.reading): \"\(claim.sentence)\"\n"
    }
    for change in changedClaims {
      text +=
        "~ claim \(change.head.location): \(change.base.said) → \(change.head.said) (\((change.fields + [Self.verdictChange(change)]).joined(separator: "; ")))\n"
    }
    return text + summaryLine + "\n"
  }

  /// A finding made again after an edit, in a reviewer's words: "at least $500 million → at
  /// least $450 million: still contradicts the ledger, 7 % above its figure (was 19 % above)".
  public func change(from base: Snapshot.Finding, to head: Snapshot.Finding) -> String {
    let before = claim(of: base, side: .base)
    let after = claim(of: head, side: .head)
    guard let before, let after else { return "\(head.message) (was: \(base.message))" }
    let edit = before.said == after.said ? after.said : "\(before.said) → \(after.said)"
    switch head.rule {
    case "REC001":
      func compared(_ claim: Snapshot.Claim, _ finding: Snapshot.Finding) -> String? {
        guard let sum = finding.comparison?.sum else { return nil }
        return ReaderText.comparison(
          stated: [claim.low, claim.high].compactMap { $0 }, ledger: sum)
      }
      guard let now = compared(after, head) else { break }
      let then = compared(before, base)
      return
        "\(edit): still contradicts the ledger, \(now)\(then.map { $0 == now ? "" : " (was \($0))" } ?? "")"
    case "REC002":
      let other = head.claims.dropFirst().first.flatMap { claimsByID[$0] }
      return
        "\(edit): still contradicts \(other.map { "\($0.said) in \($0.location)" } ?? "another source")"
    default: break
    }
    return "\(edit): \(head.message)"
  }

  /// How a claim's verdict moved: "still contradicted", "contradicted → consistent".
  static func verdictChange(_ change: Change) -> String {
    let before = change.base.verdict ?? "not judged"
    let after = change.head.verdict ?? "not judged"
    return before == after ? "still \(after)" : "\(before) → \(after)"
  }

  /// The counts in one line: "tally diff: claims 2 added, 0 removed, 1 changed; findings 1 new,
  /// 0 resolved, 47 unchanged".
  public var summaryLine: String {
    "tally diff: claims \(addedClaims.count) added, \(removedClaims.count) removed, \(changedClaims.count) changed; "
      + "findings \(newFindings.count) new, \(resolvedFindings.count) resolved, \(changedFindings.count) changed, \(unchangedFindings.count) unchanged"
  }

  /// For a pull-request comment or job summary.
  public func markdown() -> String {
    var text = "# Tally claim diff\n\n| | Added | Removed | Changed |\n|---|---|---|---|\n"
    text +=
      "| Claims | \(addedClaims.count) | \(removedClaims.count) | \(changedClaims.count) |\n\n"
    text += "| | New | Resolved | Changed | Unchanged |\n|---|---|---|---|---|\n"
    text +=
      "| Findings | \(newFindings.count) | \(resolvedFindings.count) | \(changedFindings.count) | \(unchangedFindings.count) |\n\n"
    if isEmpty { text += "No claim or finding changed.\n" }
    func findings(_ title: String, _ list: [Snapshot.Finding]) {
      guard !list.isEmpty else { return }
      text += "## \(title)\n\n"
      for finding in list {
        text +=
          "- **\(finding.severity)** \(finding.rule) \(Markdown.code(location(of: finding))): \(Markdown.escape(finding.message))\n"
      }
      text += "\n"
    }
    func claims(_ title: String, _ list: [Snapshot.Claim]) {
      guard !list.isEmpty else { return }
      text += "## \(title)\n\n"
      for claim in list {
        text +=
          "- \(Markdown.code(claim.location)) \(Markdown.escape(claim.reading)): \(Markdown.emphasise(claim.text, in: claim.sentence))\n"
      }
      text += "\n"
    }
    findings("New findings", newFindings)
    findings("Resolved findings", resolvedFindings)
    if !changedFindings.isEmpty {
      text += "## Findings changed\n\n"
      for (base, head) in changedFindings {
        text +=
          "- **\(head.severity)** \(head.rule) \(Markdown.code(location(of: head))): \(Markdown.escape(change(from: base, to: head)))\n"
      }
      text += "\n"
    }
    claims("Claims added", addedClaims)
    claims("Claims removed", removedClaims)
    if !changedClaims.isEmpty {
      text += "## Claims changed\n\n| Where | Before | After | What |\n|---|---|---|---|\n"
      for change in changedClaims {
        text +=
          "| \(Markdown.code(change.head.location)) | \(Markdown.escape(change.base.said)) | \(Markdown.escape(change.head.said)) | \((change.fields + [Self.verdictChange(change)]).joined(separator: "; ")) |\n"
      }
      text += "\n"
    }
    return text
  }

  /// GitHub workflow commands: an annotation for each new finding and each claim added,
  /// removed or changed, at its place.
  public func github() -> String {
    var text = ""
    func annotate(_ level: String, _ claim: Snapshot.Claim?, _ title: String, _ message: String) {
      var properties: [String] = []
      if let claim, let line = claim.line {
        properties += [
          "file=\(CheckRun.escapeProperty(claim.path ?? claim.document))", "line=\(line)",
        ]
        if let column = claim.column { properties.append("col=\(column)") }
      }
      properties.append("title=\(CheckRun.escapeProperty(title))")
      text += "::\(level) \(properties.joined(separator: ","))::\(CheckRun.escapeData(message))\n"
    }
    for finding in newFindings {
      let level =
        finding.severity == "error" ? "error" : finding.severity == "warning" ? "warning" : "notice"
      annotate(level, claim(of: finding), "new \(finding.rule)", finding.message)
    }
    for claim in addedClaims {
      annotate("notice", claim, "claim added", "\(claim.reading): \(claim.sentence)")
    }
    for change in changedClaims {
      annotate(
        "warning", change.head, "claim changed",
        "\(change.base.said) → \(change.head.said) (\(Self.verdictChange(change)))")
    }
    for claim in removedClaims {
      annotate(
        "warning", nil, "claim removed", "\(claim.location): \(claim.reading): \(claim.sentence)")
    }
    return text
  }

  /// For machines: ids and fields of every change, keys sorted.
  public func json() -> [UInt8] {
    var json = JSONWriter()
    func claim(_ claim: Snapshot.Claim, into json: inout JSONWriter) {
      json.object { json in
        json.field("high", claim.high)
        json.field("id", claim.id)
        json.field("location", claim.location)
        json.field("low", claim.low)
        json.field("qualifier", claim.qualifier)
        json.field("sentence", claim.sentence)
        json.field("subject", claim.subject)
        json.field("text", claim.text)
        json.field("unit", claim.unit)
      }
    }
    func finding(_ finding: Snapshot.Finding, into json: inout JSONWriter) {
      json.object { json in
        json.field("id", finding.id)
        json.field("location", location(of: finding))
        json.field("message", finding.message)
        json.field("rule", finding.rule)
        json.field("severity", finding.severity)
      }
    }
    func findings(_ list: [Snapshot.Finding], into json: inout JSONWriter) {
      json.array { json in for item in list { finding(item, into: &json) } }
    }
    json.object { json in
      json.field("claims") { json in
        json.object { json in
          json.field("added") { json in
            json.array { json in for added in addedClaims { claim(added, into: &json) } }
          }
          json.field("changed") { json in
            json.array { json in
              for change in changedClaims {
                json.object { json in
                  json.field("base") { json in claim(change.base, into: &json) }
                  json.field("fields") { json in
                    json.array { json in for field in change.fields { json.string(field) } }
                  }
                  json.field("head") { json in claim(change.head, into: &json) }
                }
              }
            }
          }
          json.field("removed") { json in
            json.array { json in for removed in removedClaims { claim(removed, into: &json) } }
          }
        }
      }
      json.field("findings") { json in
        json.object { json in
          json.field("changed") { json in
            json.array { json in
              for (base, head) in changedFindings {
                json.object { json in
                  json.field("base") { json in finding(base, into: &json) }
                  json.field("change", change(from: base, to: head))
                  json.field("head") { json in finding(head, into: &json) }
                }
              }
            }
          }
          json.field("new") { json in findings(newFindings, into: &json) }
          json.field("resolved") { json in findings(resolvedFindings, into: &json) }
          json.field("unchanged") { json in findings(unchangedFindings, into: &json) }
        }
      }
      json.field("schemaVersion", 1)
    }
    return json.bytes
  }
}
