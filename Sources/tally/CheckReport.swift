import Core
import Foundation
import Reconcile

/// The result of `tally check`, rendered for a terminal or as JSON.
struct CheckReport {
  var summary: IngestSummary
  var claims: [Claim]
  var places: [String: ClaimPlace]
  var result: Reconciliation
  var ledger: String?
  var bookings: Int
  var ledgerIssues: [LedgerIssue]

  private func counts() -> [Verdict: Int] {
    var counts: [Verdict: Int] = [:]
    for verdict in result.verdicts.values { counts[verdict, default: 0] += 1 }
    return counts
  }

  /// The readable summary: one block per finding, `path:line:col: severity: [RULE] message`,
  /// then the evidence.
  func text() -> String {
    var text = ""
    for finding in result.findings {
      let place = finding.claims.first.flatMap { places[$0.id] }
      let location = place.map { "\($0.path):\($0.line):\($0.column)" } ?? "-"
      text += "\(location): \(finding.severity.rawValue): [\(finding.rule)] \(finding.message)\n"
      for claim in finding.claims {
        let location = places[claim.id].map { "\($0.path):\($0.line):\($0.column)" } ?? claim.document
        text += "  claim  \(location)  \"\(claim.sentence)\"\(claim.speaker.map { " — \($0)" } ?? "")\n"
      }
      for booking in finding.bookings {
        let figure = booking.quantity.map { "\($0) \(booking.item)" } ?? booking.amount.map { "\($0) \(booking.currency)" } ?? ""
        text += "  ledger \(booking.file):\(booking.line)  \(booking.id)  \(booking.customer)  \(figure)  \(booking.status.rawValue)  \(booking.period.start)…\(booking.period.end)\n"
      }
      text += "  math   \(finding.arithmetic)\n\n"
    }
    let verdicts = counts()
    let bySeverity = Dictionary(grouping: result.findings, by: \.severity).mapValues(\.count)
    text += "tally: \(summary.files) files, \(summary.documentsByFormat.values.reduce(0, +)) documents, \(claims.count) claims"
    text += "; ledger \(ledger ?? "none") with \(bookings) rows\(ledgerIssues.isEmpty ? "" : " (\(ledgerIssues.count) bad rows skipped)")\n"
    text += "tally: \(verdicts[.consistent] ?? 0) consistent, \(verdicts[.contradicted] ?? 0) contradicted, \(verdicts[.unverifiable] ?? 0) unverifiable"
    text += "; findings: \(bySeverity[.error] ?? 0) errors, \(bySeverity[.warning] ?? 0) warnings, \(bySeverity[.note] ?? 0) notes\n"
    if summary.skipped + summary.failed > 0 {
      text += "tally: \(summary.skipped) files skipped, \(summary.failed) failed\n"
      for problem in summary.problems {
        text += "  \(problem.path): \(problem.status.rawValue): \(problem.reason ?? "")\n"
      }
    }
    return text
  }

  /// The findings, the claims they cite and every verdict, as JSON with sorted keys.
  func json() -> [UInt8] {
    var json = JSONWriter()
    json.object { json in
      json.field("findings") { json in
        json.array { json in
          for finding in result.findings {
            json.object { json in
              json.field("arithmetic", finding.arithmetic)
              json.field("claims") { json in
                json.array { json in
                  for claim in finding.claims {
                    let place = places[claim.id]
                    json.object { json in
                      json.field("column", place?.column)
                      json.field("document", claim.document)
                      json.field("id", claim.id)
                      json.field("line", place?.line)
                      json.field("path", place?.path)
                      json.field("sentence", claim.sentence)
                      json.field("speaker", claim.speaker)
                      json.field("text", claim.surface)
                    }
                  }
                }
              }
              json.field("id", finding.id)
              json.field("ledgerRows") { json in
                json.array { json in
                  for booking in finding.bookings {
                    json.object { json in
                      json.field("amount", booking.amount)
                      json.field("customer", booking.customer)
                      json.field("file", booking.file)
                      json.field("id", booking.id)
                      json.field("item", booking.item)
                      json.field("line", booking.line)
                      json.field("quantity", booking.quantity)
                      json.field("status", booking.status.rawValue)
                    }
                  }
                }
              }
              json.field("message", finding.message)
              json.field("rule", finding.rule)
              json.field("severity", finding.severity.rawValue)
            }
          }
        }
      }
      json.field("schemaVersion", 1)
      json.field("summary") { json in
        json.object { json in
          json.field("claims", claims.count)
          json.field("documents", summary.documentsByFormat.values.reduce(0, +))
          json.field("failed", summary.failed)
          json.field("files", summary.files)
          json.field("ledger", ledger)
          json.field("ledgerBadRows", ledgerIssues.count)
          json.field("ledgerRows", bookings)
          json.field("skipped", summary.skipped)
        }
      }
      json.field("verdicts") { json in
        json.object { json in
          for id in result.verdicts.keys.sorted() { json.field(id, result.verdicts[id]?.rawValue) }
        }
      }
    }
    return json.bytes
  }
}
