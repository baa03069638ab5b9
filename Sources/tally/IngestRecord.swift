import Core
import Foundation
import Ingest

/// One line of `tally ingest` output: a document, or a file that was skipped or failed.
struct IngestRecord: Encodable {
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
        path: outcome.path, id: outcome.path, status: outcome.status == .ok ? .skipped : outcome.status,
        reason: reason, document: nil, includeSourceMap: false, fileWarnings: outcome.warnings)
    ]
  }

  private enum Key: String, CodingKey {
    case path, id, status, reason, format, kind, title, author, site, published, language, text
    case blocks, warnings, metadata, sourceMap
  }

  struct BlockRecord: Encodable {
    var start: Int
    var end: Int
    var role: BlockRole
    var speaker: String?
    var quoted: Bool
    var quotedAuthor: String?
    var line: Int
    var column: Int
  }

  struct WarningRecord: Encodable {
    var code: String
    var severity: Severity
    var message: String
    var line: Int?
    var column: Int?

    init(_ diagnostic: Diagnostic) {
      code = diagnostic.code
      severity = diagnostic.severity
      message = diagnostic.message
      line = diagnostic.position?.line
      column = diagnostic.position?.column
    }
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(path, forKey: .path)
    try container.encode(id, forKey: .id)
    try container.encode(status, forKey: .status)
    try container.encode(reason, forKey: .reason)
    var warnings = fileWarnings.map(WarningRecord.init)
    guard let document else {
      try container.encode(warnings, forKey: .warnings)
      return
    }
    warnings += document.warnings.map(WarningRecord.init)
    try container.encode(document.format, forKey: .format)
    try container.encode(document.kind, forKey: .kind)
    try container.encode(document.title, forKey: .title)
    try container.encode(document.author, forKey: .author)
    try container.encode(document.site, forKey: .site)
    try container.encode(document.published, forKey: .published)
    try container.encode(document.language, forKey: .language)
    try container.encode(document.text, forKey: .text)
    let blocks = document.blocks.map { block in
      let position = document.position(of: block.span.start)
      return BlockRecord(
        start: block.span.start, end: block.span.end, role: block.role, speaker: block.speaker,
        quoted: block.quoted, quotedAuthor: block.quotedAuthor, line: position.line,
        column: position.column)
    }
    try container.encode(blocks, forKey: .blocks)
    try container.encode(warnings, forKey: .warnings)
    try container.encode(document.metadata, forKey: .metadata)
    if includeSourceMap { try container.encode(document.sourceMap.anchors, forKey: .sourceMap) }
  }
}

/// Counts for the summary printed on standard error.
struct IngestSummary {
  struct Line: Sendable {
    var path: String
    var status: FileOutcome.Status
    var reason: String?
    var formats: [DocumentFormat]
    var bytes: Int

    init(_ outcome: FileOutcome) {
      path = outcome.path
      status = outcome.status == .ok && outcome.documents.isEmpty ? .skipped : outcome.status
      reason = outcome.status == .ok && outcome.documents.isEmpty ? "no documents in the file" : outcome.reason
      formats = outcome.documents.map(\.format)
      bytes = outcome.size
    }
  }

  var files = 0
  var documentsByFormat: [DocumentFormat: Int] = [:]
  var problems: [Line] = []
  var failed = 0
  var skipped = 0
  var bytes = 0

  mutating func add(_ line: Line) {
    files += 1
    bytes += line.bytes
    for format in line.formats { documentsByFormat[format, default: 0] += 1 }
    switch line.status {
    case .ok: break
    case .skipped:
      skipped += 1
      problems.append(line)
    case .failed:
      failed += 1
      problems.append(line)
    }
  }

  func render() -> String {
    let documents = documentsByFormat.values.reduce(0, +)
    let formats = documentsByFormat.sorted { $0.key.rawValue < $1.key.rawValue }
      .map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
    var text = "tally: \(files) file\(files == 1 ? "" : "s"), \(documents) document\(documents == 1 ? "" : "s")"
    if !formats.isEmpty { text += " (\(formats))" }
    text += "; \(skipped) skipped, \(failed) failed\n"
    for problem in problems {
      text += "  \(problem.path): \(problem.status.rawValue): \(problem.reason ?? "no reason given")\n"
    }
    return text
  }
}
