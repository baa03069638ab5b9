import Core
import Foundation
import Reconcile

/// A claim as a JSON object, keys sorted: the schema of docs/claims.md, plus what `tally check`
/// knows of it when given: `path`, `verdict` or `reason`, `hint`, `ledgerItem`, `ledgerParty`.
public enum ClaimJSON {
  public static func write(
    _ claim: Claim, line: Int?, column: Int?, path: String? = nil, verdict: Verdict? = nil,
    reason: NotJudgedReason? = nil, hint: String? = nil,
    ledgerItem: String? = nil, ledgerParty: (name: String, source: PartySource)? = nil,
    into json: inout JSONWriter
  ) {
    json.object { json in
      json.field("ambiguous", claim.ambiguous)
      json.field("bounds") { json in interval(claim.bounds, into: &json) }
      json.field("column", column)
      json.field("document", claim.document)
      json.field("end", claim.span.end)
      json.field("flow") { json in
        if let flow = claim.flow {
          json.object { json in
            json.field("from", flow.from)
            json.field("to", flow.to)
          }
        } else {
          json.string(nil)
        }
      }
      if let hint { json.field("hint", hint) }
      json.field("high", claim.stated.high)
      json.field("id", claim.id)
      json.field("item", claim.item)
      json.field("itemText", claim.itemSurface)
      json.field("language", claim.language.rawValue)
      if let ledgerItem { json.field("ledgerItem", ledgerItem) }
      if let ledgerParty {
        json.field("ledgerParty") { json in
          json.object { json in
            json.field("name", ledgerParty.name)
            json.field("source", ledgerParty.source.rawValue)
          }
        }
      }
      json.field("line", line)
      json.field("low", claim.stated.low)
      json.field("metric", claim.metric.rawValue)
      json.field("modality", claim.modality.rawValue)
      if let path { json.field("path", path) }
      json.field("period") { json in period(claim.period, into: &json) }
      if claim.periodUnclear { json.field("periodUnclear", true) }
      if claim.perUnit { json.field("perUnit", true) }
      if claim.perPeriod { json.field("perPeriod", true) }
      if claim.isDifference { json.field("difference", true) }
      json.field("qualifier", claim.qualifier.rawValue)
      if let reason { json.field("reason", reason.rawValue) }
      json.field("roles") { json in
        guard let roles = claim.roles else { return json.string(nil) }
        let fields = [("frame", roles.frame)] + roles.parties.map { ($0.key.rawValue, $0.value) }
        json.object { json in
          for (key, value) in fields.sorted(by: { $0.0 < $1.0 }) { json.field(key, value) }
        }
      }
      json.field("rule", claim.rule)
      json.field("sentence", claim.sentence)
      json.field("speaker", claim.speaker)
      json.field("start", claim.span.start)
      json.field("subject", claim.subject)
      json.field("text", claim.surface)
      json.field("unit", claim.unit.description)
      if let verdict { json.field("verdict", verdict.rawValue) }
    }
  }

  /// `{"end", "start"}`, or `null`.
  static func period(_ period: Period?, into json: inout JSONWriter) {
    guard let period else { return json.string(nil) }
    json.object { json in
      json.field("end", period.end)
      json.field("start", period.start)
    }
  }

  static func interval(_ interval: Interval, into json: inout JSONWriter) {
    json.object { json in
      json.field("high", interval.high)
      json.field("low", interval.low)
    }
  }
}

extension CheckRun {
  /// The JSON report, which is also the snapshot `tally diff` reads: the run summary (files read,
  /// skipped and failed with reasons), every claim with its verdict, and the findings with their
  /// evidence.
  ///
  /// Keys sorted; byte-identical for the same inputs. Schema: docs/report.md.
  public func json() -> [UInt8] {
    let all = contradictions
    var json = JSONWriter()
    json.object { json in
      json.field("claims") { json in
        json.array { json in
          for claim in claims {
            let place = places[claim.id]
            ClaimJSON.write(
              claim, line: place?.line, column: place?.column, path: place?.path ?? claim.document,
              verdict: verdicts[claim.id], reason: reasons[claim.id], hint: hints[claim.id],
              ledgerItem: items[claim.id],
              ledgerParty: parties[claim.id], into: &json)
          }
        }
      }
      json.field("contradictions") { json in
        json.array { json in
          for contradiction in all { write(contradiction, into: &json) }
        }
      }
      json.field("findings") { json in
        json.array { json in
          for finding in findings { write(finding, into: &json) }
        }
      }
      json.field("schemaVersion", 3)
      json.field("summary") { json in
        json.object { json in
          if acceptedByBaseline > 0 { json.field("acceptedByBaseline", acceptedByBaseline) }
          json.field("claims", claims.count)
          json.field("contradictions", all.count { $0.contradicts })
          json.field("documents", documents)
          json.field("documentsByFormat") { json in
            json.object { json in
              for format in documentsByFormat.keys.sorted() {
                json.field(format, documentsByFormat[format])
              }
            }
          }
          json.field("failed", failed)
          json.field("files", files)
          let fallbacks = mainTextFallbacks
          if !fallbacks.isEmpty {
            json.field("mainTextFallbacks") { json in
              json.object { json in
                for code in fallbacks.keys.sorted() { json.field(code, fallbacks[code]) }
              }
            }
          }
          json.field("findings") { json in
            json.object { json in
              for severity in [Severity.error, .note, .warning] {
                json.field(severity.rawValue, count(severity))
              }
            }
          }
          json.field("ledger", ledger)
          json.field("ledgerBadRows") { json in
            json.array { json in
              for issue in ledgerIssues {
                json.object { json in
                  json.field("file", issue.file)
                  json.field("line", issue.line)
                  json.field("reason", issue.reason)
                }
              }
            }
          }
          json.field("ledgerRows", ledgerRows)
          json.field("notJudged") { json in
            json.object { json in
              for (reason, count) in notJudged.sorted(by: {
                $0.reason.rawValue < $1.reason.rawValue
              }) {
                json.field(reason.rawValue, count)
              }
            }
          }
          json.field("problems") { json in
            json.array { json in
              for problem in problems {
                json.object { json in
                  json.field("path", problem.path)
                  json.field("reason", problem.reason)
                  json.field("status", problem.status)
                }
              }
            }
          }
          json.field("skipped", skipped)
          json.field("unsettled", all.count { !$0.contradicts })
          json.field("unusedLedgerRows") { json in
            json.array { json in
              for booking in unusedRows { json.string(booking.id) }
            }
          }
          json.field("verdicts") { json in
            json.object { json in
              for verdict in Verdict.allCases.map(\.rawValue).sorted() {
                json.field(verdict, count(Verdict(rawValue: verdict) ?? .consistent))
              }
            }
          }
        }
      }
    }
    return json.bytes
  }

  /// A contradiction: its headline, and the ids of its findings, claims and ledger rows (the
  /// findings array has their evidence).
  private func write(_ contradiction: Contradiction, into json: inout JSONWriter) {
    json.object { json in
      json.field("claims") { json in
        json.array { json in
          for claim in contradiction.claims { json.string(claim.id) }
        }
      }
      json.field("documents", contradiction.documentCount)
      json.field("findings") { json in
        json.array { json in
          for finding in contradiction.findings { json.string(finding.id) }
        }
      }
      json.field("headline", contradiction.headline)
      json.field("id", contradiction.id)
      json.field("kind", contradiction.contradicts ? "contradiction" : "unsettled")
      json.field("ledgerRows") { json in
        json.array { json in
          for booking in contradiction.bookings { json.string(booking.id) }
        }
      }
      json.field("rule", contradiction.rule)
      json.field("severity", contradiction.severity.rawValue)
    }
  }

  private func write(_ finding: Finding, into json: inout JSONWriter) {
    json.object { json in
      json.field("arithmetic", finding.arithmetic)
      json.field("claims") { json in
        json.array { json in
          for claim in finding.claims { json.string(claim.id) }
        }
      }
      if case .ambiguous(let kind, let candidates) = finding.evidence {
        json.field("candidates") { json in
          json.object { json in
            json.field("kind", kind.rawValue)
            json.field("names") { json in
              json.array { json in for name in candidates { json.string(name) } }
            }
          }
        }
      }
      if case .ledger(let link) = finding.evidence {
        json.field("comparison") { json in
          json.object { json in
            json.field("customer", link.customer)
            json.field("difference", finding.claims.first.map { link.difference(from: $0.bounds) })
            json.field("excludedRows", link.excluded)
            json.field("partial", link.partial == 0 ? nil : link.partial)
            json.field("partySource", link.partySource.rawValue)
            json.field("period") { json in ClaimJSON.period(link.period, into: &json) }
            json.field("rows", link.rowCount)
            json.field("statuses") { json in
              json.array { json in for status in link.statuses { json.string(status.rawValue) } }
            }
            json.field("sum", link.sum)
            json.field("widening", link.widening)
          }
        }
      }
      json.field("id", finding.id)
      json.field("ledgerRows") { json in
        json.array { json in
          for booking in finding.bookings {
            json.object { json in
              json.field("amount", booking.amount)
              json.field("currency", booking.currency)
              json.field("customer", booking.customer)
              json.field("file", booking.file)
              json.field("id", booking.id)
              json.field("item", booking.item)
              json.field("line", booking.line)
              json.field("period") { json in ClaimJSON.period(booking.period, into: &json) }
              json.field("quantity", booking.quantity)
              json.field("redirectedTo", booking.redirectedTo)
              json.field("status", booking.status.rawValue)
            }
          }
        }
      }
      json.field("message", message(of: finding))
      json.field("rule", finding.rule)
      json.field("severity", finding.severity.rawValue)
    }
  }
}
