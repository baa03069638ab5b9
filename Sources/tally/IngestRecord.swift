import Core
import Foundation
import Ingest
import Report

/// One line of `tally ingest` output: a document, or a file that was skipped or failed.
struct IngestRecord {
  var path: String
  var id: String
  var status: FileOutcome.Status
  var reason: String?
  var document: Document?
  var includeSourceMap: Bool
  var fileWarnings: [Diagnostic]

  static func records(for outcome: FileOutcome, includeSourceMap: Bool) -> [IngestRecord] {
    if outcome.status == .ok && !outcome.documents.isEmpty {
      return outcome.documents.enumerated().map { index, document in
        IngestRecord(
          path: outcome.path, id: document.id, status: .ok, reason: nil, document: document,
          includeSourceMap: includeSourceMap, fileWarnings: index == 0 ? outcome.warnings : [])
      }
    }
    var reason = outcome.reason
    if outcome.status == .ok { reason = "no documents in the file" }
    return [
      IngestRecord(
        path: outcome.path, id: outcome.path,
        status: outcome.status == .ok ? .skipped : outcome.status,
        reason: reason, document: nil, includeSourceMap: false, fileWarnings: outcome.warnings)
    ]
  }

  /// The record as one line of JSON, keys sorted.
  func json() -> [UInt8] {
    var json = JSONWriter()
    json.object { json in
      let warnings = fileWarnings + (document?.warnings ?? [])
      if let document {
        json.field("author", document.author)
        json.field("blocks") { json in
          json.array { json in
            for block in document.blocks {
              let position = document.position(of: block.span.start)
              json.object { json in
                if let cells = block.cells {
                  json.field("cells") { json in
                    json.array { json in
                      for cell in cells {
                        json.object { json in
                          json.field("end", cell.end)
                          json.field("start", cell.start)
                        }
                      }
                    }
                  }
                }
                json.field("column", position.column)
                if let columns = block.columns {
                  json.field("columns") { json in
                    json.array { json in for name in columns { json.string(name) } }
                  }
                }
                json.field("end", block.span.end)
                json.field("line", position.line)
                if let part = block.part { json.field("part", part.rawValue) }
                json.field("quoted", block.quoted)
                json.field("quotedAuthor", block.quotedAuthor)
                json.field("role", block.role.rawValue)
                json.field("speaker", block.speaker)
                json.field("start", block.span.start)
              }
            }
          }
        }
        json.field("format", document.format.rawValue)
      }
      json.field("id", id)
      if let document {
        json.field("kind", document.kind.rawValue)
        json.field("language", document.language.rawValue)
        json.field("metadata") { json in
          json.object { json in
            for key in document.metadata.keys.sorted() { json.field(key, document.metadata[key]) }
          }
        }
      }
      json.field("path", path)
      if let document { json.field("published", document.published) }
      json.field("reason", reason)
      if let document {
        json.field("site", document.site)
        if includeSourceMap {
          json.field("sourceMap") { json in
            json.array { json in
              for anchor in document.sourceMap.anchors {
                json.object { json in
                  json.field("column", anchor.position.column)
                  json.field("line", anchor.position.line)
                  json.field("linear", anchor.linear)
                  json.field("offset", anchor.textOffset)
                }
              }
            }
          }
        }
      }
      json.field("status", status.rawValue)
      if let document {
        json.field("text", document.text)
        json.field("title", document.title)
      }
      json.field("warnings") { json in
        json.array { json in
          for warning in warnings {
            json.object { json in
              json.field("code", warning.code)
              json.field("column", warning.position?.column)
              json.field("line", warning.position?.line)
              json.field("message", warning.message)
              json.field("severity", warning.severity.rawValue)
            }
          }
        }
      }
    }
    return json.bytes
  }
}
