import Core

/// What became of one input file: its documents, or why it was skipped or failed.
public struct FileOutcome: Sendable, Hashable {
  /// Whether the file was read.
  public enum Status: String, Sendable, Hashable, Codable {
    /// Read; its documents follow.
    case ok
    /// Deliberately not read (binary, too large, not a document format).
    case skipped
    /// Could not be read (unreadable, malformed beyond recovery).
    case failed
  }

  /// The file's path relative to its root.
  public var path: String
  /// What became of it.
  public var status: Status
  /// Why it was skipped or failed.
  public var reason: String?
  /// The documents read from it (one, or one per message, post or item of a container).
  public var documents: [Document]
  /// The file's size in bytes, when known.
  public var size: Int
  /// Remarks about the file as a whole (records of a container that were skipped, say).
  public var warnings: [Diagnostic] = []

  /// Creates an outcome.
  public init(
    path: String, status: Status, reason: String? = nil, documents: [Document] = [], size: Int = 0
  ) {
    self.path = path
    self.status = status
    self.reason = reason
    self.documents = documents
    self.size = size
  }
}
