import Core
import Foundation

/// Paths as URI references.
enum URIText {
  private static let unreserved = CharacterSet(
    charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")

  /// A relative path with every character outside the unreserved set (and `/`) percent-encoded.
  static func path(_ path: String) -> String {
    path.addingPercentEncoding(withAllowedCharacters: unreserved) ?? path
  }
}

extension CheckRun {
  /// SARIF 2.1.0: one rule per finding code, and one result per contradiction, so that code
  /// scanning shows one alert per point.
  ///
  /// A result sits at its leading claim (line and column in Unicode code points, the sentence as
  /// snippet), has every other occurrence and the ledger rows as related locations, and the
  /// contradiction's stable id as its partial fingerprint.
  public func sarif(toolVersion: String) -> [UInt8] {
    let rules = Rules.all
    var json = JSONWriter()
    json.object { json in
      json.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
      json.field("runs") { json in
        json.array { json in
          json.object { json in
            json.field("columnKind", "unicodeCodePoints")
            json.field("results") { json in
              json.array { json in
                for contradiction in contradictions {
                  result(
                    contradiction, ruleIndex: rules.firstIndex { $0.id == contradiction.rule },
                    into: &json)
                }
              }
            }
            json.field("tool") { json in
              json.object { json in
                json.field("driver") { json in
                  json.object { json in
                    json.field("name", "tally")
                    json.field("rules") { json in
                      json.array { json in
                        for rule in rules {
                          json.object { json in
                            json.field("defaultConfiguration") { json in
                              json.object { json in
                                json.field(
                                  "level",
                                  rule.id == "REC001" || rule.id == "REC002" ? "error" : "note")
                              }
                            }
                            json.field("fullDescription") { json in
                              json.object { json in json.field("text", rule.detail) }
                            }
                            json.field("id", rule.id)
                            json.field("name", rule.name)
                            json.field("shortDescription") { json in
                              json.object { json in json.field("text", rule.summary) }
                            }
                          }
                        }
                      }
                    }
                    json.field("semanticVersion", toolVersion)
                    json.field("version", toolVersion)
                  }
                }
              }
            }
          }
        }
      }
      json.field("version", "2.1.0")
    }
    return json.bytes
  }

  private func result(_ contradiction: Contradiction, ruleIndex: Int?, into json: inout JSONWriter)
  {
    let lead = contradiction.findings[0]
    let claims = contradiction.claims
    json.object { json in
      json.field("level", Self.level(contradiction.severity))
      json.field("locations") { json in
        json.array { json in
          if let claim = claims.first {
            location(of: claim, message: nil, id: nil, into: &json)
          }
        }
      }
      json.field("message") { json in
        json.object { json in
          json.field(
            "text",
            "\(contradiction.headline). \(message(of: lead)). \(lead.arithmetic)."
              + (contradiction.findings.count > 1
                ? " Said \(counted(claims.count, "time")) in \(counted(contradiction.documentCount, "document"))."
                : ""))
        }
      }
      json.field("partialFingerprints") { json in
        json.object { json in json.field("tallyContradiction/v1", contradiction.id) }
      }
      json.field("relatedLocations") { json in
        json.array { json in
          var id = 1
          for claim in claims.dropFirst() {
            location(
              of: claim,
              message:
                "\(contradiction.rule == "REC002" ? "a source of this contradiction" : "also said"): \(claim.surface)\(claim.speaker.map { " (\($0))" } ?? "")",
              id: id, into: &json)
            id += 1
          }
          for booking in contradiction.bookings {
            json.object { json in
              json.field("id", id)
              json.field("message") { json in
                json.object { json in
                  json.field(
                    "text",
                    "ledger row \(booking.id): \(booking.customer), \(booking.figureText), \(booking.status.rawValue), \(booking.periodText)"
                  )
                }
              }
              json.field("physicalLocation") { json in
                json.object { json in
                  json.field("artifactLocation") { json in
                    json.object { json in json.field("uri", URIText.path(booking.file)) }
                  }
                  json.field("region") { json in
                    json.object { json in json.field("startLine", booking.line) }
                  }
                }
              }
            }
            id += 1
          }
        }
      }
      json.field("ruleId", contradiction.rule)
      json.field("ruleIndex", ruleIndex)
    }
  }

  private func location(of claim: Claim, message: String?, id: Int?, into json: inout JSONWriter) {
    let place = places[claim.id]
    json.object { json in
      if let id { json.field("id", id) }
      if let message {
        json.field("message") { json in json.object { json in json.field("text", message) } }
      }
      json.field("physicalLocation") { json in
        json.object { json in
          json.field("artifactLocation") { json in
            json.object { json in json.field("uri", URIText.path(place?.path ?? claim.document)) }
          }
          json.field("region") { json in
            json.object { json in
              json.field("snippet") { json in
                json.object { json in json.field("text", claim.sentence) }
              }
              json.field("startColumn", place?.column ?? 1)
              json.field("startLine", place?.line ?? 1)
            }
          }
        }
      }
    }
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }
}
