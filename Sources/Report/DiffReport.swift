import Core
import Foundation

extension SnapshotDiff {
  /// For a terminal: one line per change, `+` added or new, `-` removed or resolved, `~` changed.
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
        "~ finding \(location(of: head)): \(head.severity): [\(head.rule)] \(head.message) (was: \(base.message))\n"
    }
    for claim in addedClaims {
      text += "+ claim \(claim.location): \(claim.reading): \"\(claim.sentence)\"\n"
    }
    for claim in removedClaims {
      text += "- claim \(claim.location): \(claim.reading): \"\(claim.sentence)\"\n"
    }
    for change in changedClaims {
      text +=
        "~ claim \(change.head.location): \(change.base.reading) → \(change.head.reading) (\(change.fields.joined(separator: ", ")))\n"
    }
    return text + summaryLine + "\n"
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
          "- **\(head.severity)** \(head.rule) \(Markdown.code(location(of: head))): \(Markdown.escape(head.message)) (was: \(Markdown.escape(base.message)))\n"
      }
      text += "\n"
    }
    claims("Claims added", addedClaims)
    claims("Claims removed", removedClaims)
    if !changedClaims.isEmpty {
      text += "## Claims changed\n\n| Where | Before | After | What |\n|---|---|---|---|\n"
      for change in changedClaims {
        text +=
          "| \(Markdown.code(change.head.location)) | \(Markdown.escape(change.base.reading)) | \(Markdown.escape(change.head.reading)) | \(change.fields.joined(separator: ", ")) |\n"
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
        "warning", change.head, "claim changed", "\(change.base.reading) → \(change.head.reading)")
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
