import Foundation

/// What a command says on standard error besides its errors: its one-line summary and "wrote
/// PATH", which `--quiet` silences, and nothing else.
enum StandardError {
  /// Writes `lines`, each ended by a line feed; nothing for none.
  static func write(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }

  /// Whether the one-line summary goes to standard error too: always, except when a report
  /// that ends with it already goes to standard output and both are the same terminal, where
  /// it would show twice, one line after the other.
  ///
  /// - Parameter reportHasSummary: the report goes to standard output and ends with the summary.
  /// - Returns: false only when the summary would show twice on one terminal.
  static func wantsSummary(reportHasSummary: Bool) -> Bool {
    guard reportHasSummary, isatty(STDOUT_FILENO) != 0, isatty(STDERR_FILENO) != 0 else {
      return true
    }
    var out = stat()
    var err = stat()
    guard fstat(STDOUT_FILENO, &out) == 0, fstat(STDERR_FILENO, &err) == 0 else { return true }
    return out.st_rdev != err.st_rdev || out.st_ino != err.st_ino || out.st_dev != err.st_dev
  }
}
