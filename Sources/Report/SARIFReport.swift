import Core
import Foundation

/// Paths as URI references.
public enum URIText {
  private static let unreserved = CharacterSet(
    charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")

  /// A relative path with every character outside the unreserved set (and `/`) percent-encoded.
  static func path(_ path: String) -> String {
    path.addingPercentEncoding(withAllowedCharacters: unreserved) ?? path
  }

  /// Where a file is for code scanning: a URI relative to `%SRCROOT%` (`root`, absolute)
  /// whatever path was given, or an absolute `file:` URI for a file outside it.
  ///
  /// A relative `path` is relative to `workingFolder` (absolute; `root` when nil), as the user
  /// gave it: `../Corpus/a.md` from `/repo/sub` is `Corpus/a.md` under `/repo`.
  static func artifact(_ path: String, root: String?, workingFolder: String? = nil) -> (
    uri: String, base: String?
  ) {
    var relative = Substring(path)
    if let root {
      let top = normalized(root)
      let absolute = normalized(path.hasPrefix("/") ? path : (workingFolder ?? root) + "/" + path)
      let prefix = top.hasSuffix("/") ? top : top + "/"
      guard absolute.hasPrefix(prefix) else { return ("file://" + Self.path(absolute), nil) }
      relative = absolute.dropFirst(prefix.count)
    } else if path.hasPrefix("/") {
      return ("file://" + Self.path(path), nil)
    }
    while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
    return (Self.path(String(relative)), CheckRun.sourceRoot)
  }

  /// An absolute path without `.`, `..` or repeated slashes, worked out from its text alone
  /// (no file is looked at).
  public static func normalized(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..": _ = parts.popLast()
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }
}

/// Where Tally's own documentation is published, for SARIF's `informationUri` and each rule's
/// `helpUri`, when the user says so: Tally cannot know it, and GitHub's variables name the
/// repository being scanned, not Tally's.
public struct DocumentationLinks: Sendable {
  /// Tally's repository (`https://github.com/owner/tally`).
  public var repository: String
  /// The revision the docs are read at (a tag, a commit, `HEAD`).
  public var revision: String

  /// Creates the links.
  public init(repository: String, revision: String = "HEAD") {
    self.repository = repository
    self.revision = revision
  }

  /// From `TALLY_DOCS_REPOSITORY` (an absolute http or https address) and
  /// `TALLY_DOCS_REVISION` (default `HEAD`), when the first is set.
  public static func from(environment: [String: String]) -> DocumentationLinks? {
    guard let repository = environment["TALLY_DOCS_REPOSITORY"],
      repository.hasPrefix("https://") || repository.hasPrefix("http://")
    else { return nil }
    let trimmed = repository.hasSuffix("/") ? String(repository.dropLast()) : repository
    let revision = environment["TALLY_DOCS_REVISION"].flatMap { $0.isEmpty ? nil : $0 } ?? "HEAD"
    return DocumentationLinks(repository: trimmed, revision: revision)
  }

  /// The address of one of the repository's files: `…/blob/REVISION/docs/reconcile.md#anchor`.
  func file(_ path: String) -> String { "\(repository)/blob/\(revision)/\(path)" }
}

extension CheckRun {
  /// SARIF 2.1.0: one rule per finding code, and one result per contradiction, so that code
  /// scanning shows one alert per point.
  ///
  /// A result sits at its leading claim (line and column in Unicode code points, the sentence as
  /// snippet), has every other occurrence and the ledger rows as related locations, and the
  /// contradiction's stable id as its partial fingerprint.
  ///
  /// Paths are relative to `%SRCROOT%` (`root`, absolute; given by the command line: the folder
  /// Tally ran in, or one that holds the corpus when the corpus is outside it), which
  /// `originalUriBaseIds` names; a path as given is relative to `workingFolder` (absolute; `root`
  /// when nil). Each rule has `help` in text and Markdown, whole in itself. With `documentation`
  /// (where Tally's docs are published), the tool has `informationUri` and each rule `helpUri`
  /// into its section of docs/reconcile.md; without, neither, and no link: a relative one would
  /// resolve against the repository being scanned.
  public func sarif(
    toolVersion: String, root: String? = nil, workingFolder: String? = nil,
    documentation: DocumentationLinks? = nil
  ) -> [UInt8] {
    let placing = (root: root, workingFolder: workingFolder)
    let rules = Rules.all
    var json = JSONWriter()
    json.object { json in
      json.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
      json.field("runs") { json in
        json.array { json in
          json.object { json in
            json.field("columnKind", "unicodeCodePoints")
            json.field("originalUriBaseIds") { json in
              json.object { json in
                json.field(Self.sourceRoot) { json in
                  json.object { json in
                    json.field("description") { json in
                      json.object { json in
                        json.field(
                          "text",
                          workingFolder == nil || workingFolder == root
                            ? "The folder tally ran in; every path is relative to it."
                            : "The folder that holds the corpus (the top of its git repository, or the corpus's parent folder); every path is relative to it."
                        )
                      }
                    }
                    if let root {
                      json.field(
                        "uri", "file://" + URIText.path(root.hasSuffix("/") ? root : root + "/"))
                    }
                  }
                }
              }
            }
            json.field("results") { json in
              json.array { json in
                for contradiction in contradictions {
                  result(
                    contradiction, ruleIndex: rules.firstIndex { $0.id == contradiction.rule },
                    placing: placing, into: &json)
                }
              }
            }
            json.field("tool") { json in
              json.object { json in
                json.field("driver") { json in
                  json.object { json in
                    if let documentation {
                      json.field("informationUri", documentation.repository)
                    }
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
                            json.field("help") { json in
                              json.object { json in
                                let more =
                                  documentation.map {
                                    "See [docs/reconcile.md](\($0.file(rule.docsPath)))."
                                  } ?? rule.docsReference
                                json.field(
                                  "markdown", "**\(rule.summary)** \(rule.detail)\n\n\(more)")
                                json.field(
                                  "text", "\(rule.summary) \(rule.detail) \(rule.docsReference)")
                              }
                            }
                            if let documentation {
                              json.field("helpUri", documentation.file(rule.docsPath))
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

  /// The base every artifact's URI is relative to.
  static let sourceRoot = "%SRCROOT%"

  /// How many other occurrences a result lists as related locations: code scanning keeps 1,000
  /// locations a result and shows 100, so a point said in thousands of documents lists the
  /// first hundred.
  static let relatedClaims = 100

  /// `%SRCROOT%` and the folder paths as given are relative to.
  typealias Placing = (root: String?, workingFolder: String?)

  private func result(
    _ contradiction: Contradiction, ruleIndex: Int?, placing: Placing, into json: inout JSONWriter
  ) {
    let lead = contradiction.findings[0]
    let claims = contradiction.claims
    json.object { json in
      json.field("level", Self.level(contradiction.severity))
      json.field("locations") { json in
        json.array { json in
          if let claim = claims.first {
            location(of: claim, message: nil, id: nil, placing: placing, into: &json)
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
                : "")
              + (claims.count - 1 > Self.relatedClaims
                ? " The first \(Self.relatedClaims) other occurrences are related locations; the JSON report has them all."
                : ""))
        }
      }
      json.field("partialFingerprints") { json in
        json.object { json in json.field("tallyContradiction/v1", contradiction.id) }
      }
      json.field("relatedLocations") { json in
        json.array { json in
          var id = 1
          for claim in claims.dropFirst().prefix(Self.relatedClaims) {
            location(
              of: claim,
              message:
                "\(contradiction.rule == "REC002" ? "a source of this contradiction" : "also said"): \(claim.surface)\(claim.speaker.map { " (\($0))" } ?? "")",
              id: id, placing: placing, into: &json)
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
                    artifact(booking.file, placing: placing, into: &json)
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

  private func artifact(_ path: String, placing: Placing, into json: inout JSONWriter) {
    let (uri, base) = URIText.artifact(
      path, root: placing.root, workingFolder: placing.workingFolder)
    json.object { json in
      json.field("uri", uri)
      if let base { json.field("uriBaseId", base) }
    }
  }

  private func location(
    of claim: Claim, message: String?, id: Int?, placing: Placing, into json: inout JSONWriter
  ) {
    let place = places[claim.id]
    json.object { json in
      if let id { json.field("id", id) }
      if let message {
        json.field("message") { json in json.object { json in json.field("text", message) } }
      }
      json.field("physicalLocation") { json in
        json.object { json in
          json.field("artifactLocation") { json in
            artifact(place?.path ?? claim.document, placing: placing, into: &json)
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
