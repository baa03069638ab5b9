/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
  case note
  case warning
  case error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A remark about content: a skipped block, a guessed encoding, a truncated tree.
///
/// Diagnostics are collected, never thrown. Each has a stable code (`ING…` for
/// ingest) that is never renumbered. The message starts in lower case and has no
/// final period, e.g. `ING003 no charset declared; decoded as windows-1252`.
public struct Diagnostic: Sendable, Hashable, Codable {
  /// How serious it is.
  public var severity: Severity
  /// The stable code, such as `ING003`.
  public var code: String
  /// What happened, in lower case, without a final period.
  public var message: String
  /// Where in the source file it happened, when known.
  public var position: SourcePosition?

  /// Creates a diagnostic.
  public init(severity: Severity, code: String, message: String, position: SourcePosition? = nil) {
    self.severity = severity
    self.code = code
    self.message = message
    self.position = position
  }
}
