import Core
import Ingest

/// Counts for the summary printed on standard error.
public struct IngestSummary {
  /// One file's outcome, as the summary and the progress line read it.
  public struct Line: Sendable, Codable {
    public var path: String
    public var status: FileOutcome.Status
    public var reason: String?
    public var formats: [DocumentFormat]
    public var bytes: Int

    /// A file that gave no documents: skipped or failed, with the reason.
    public init(path: String, status: FileOutcome.Status, reason: String, bytes: Int = 0) {
      self.path = path
      self.status = status
      self.reason = reason
      formats = []
      self.bytes = bytes
    }

    public init(_ outcome: FileOutcome) {
      path = outcome.path
      status = outcome.status == .ok && outcome.documents.isEmpty ? .skipped : outcome.status
      reason =
        outcome.status == .ok && outcome.documents.isEmpty
        ? "no documents in the file" : outcome.reason
      formats = outcome.documents.map(\.format)
      bytes = outcome.size
    }
  }

  public var files = 0
  public var documentsByFormat: [DocumentFormat: Int] = [:]
  public var problems: [Line] = []
  public var failed = 0
  public var skipped = 0
  public var bytes = 0

  public init() {}

  /// Counts one file.
  public mutating func add(_ line: Line) {
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

  /// The summary lines `tally` prints on standard error.
  public func render() -> String {
    let documents = documentsByFormat.values.reduce(0, +)
    let formats = documentsByFormat.sorted { $0.key.rawValue < $1.key.rawValue }
      .map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
    var text =
      "tally: \(files) file\(files == 1 ? "" : "s"), \(documents) document\(documents == 1 ? "" : "s")"
    if !formats.isEmpty { text += " (\(formats))" }
    text += "; \(skipped) skipped, \(failed) failed\n"
    for problem in problems {
      text +=
        "  \(problem.path): \(problem.status.rawValue): \(problem.reason ?? "no reason given")\n"
    }
    return text
  }
}
