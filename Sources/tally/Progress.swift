import ArgumentParser
import Foundation
import Ingest
import Report

/// What `--quiet` and `--verbose` leave on standard error while a corpus is read: a progress
/// line (files done of total, MB/s, time left) redrawn in place when standard error is a
/// terminal, or one line per file with `--verbose`.
struct Progress {
  enum Mode { case off, line, verbose }

  /// The mode for these flags: a progress line only for a terminal.
  static func mode(quiet: Bool, verbose: Bool) -> Mode {
    if verbose { return .verbose }
    if quiet || isatty(STDERR_FILENO) == 0 { return .off }
    return .line
  }

  let mode: Mode
  let total: Int
  let totalBytes: Int
  private var done = 0
  private var bytes = 0
  private let start = Date()
  private var lastDrawn = Date.distantPast

  init(mode: Mode, entries: [CorpusEntry]) {
    self.mode = mode
    total = entries.count
    totalBytes =
      mode == .line
      ? entries.reduce(0) {
        $0 + ((try? $1.url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0)
      } : 0
  }

  /// One file done; `found` says what it gave ("3 claims"), for `--verbose`.
  mutating func advance(_ line: IngestSummary.Line, found: @autoclosure () -> String) {
    done += 1
    bytes += line.bytes
    switch mode {
    case .off: return
    case .verbose:
      let detail = line.status == .ok ? found() : "\(line.status.rawValue): \(line.reason ?? "")"
      FileHandle.standardError.write(
        Data("tally: [\(done)/\(total)] \(line.path): \(detail)\n".utf8))
    case .line:
      let now = Date()
      guard now.timeIntervalSince(lastDrawn) >= 0.1 || done == total else { return }
      lastDrawn = now
      let elapsed = max(now.timeIntervalSince(start), 0.001)
      let rate = Double(bytes) / elapsed
      let left = rate > 0 ? Double(max(totalBytes - bytes, 0)) / rate : 0
      let text = String(
        format: "tally: %d/%d files, %.1f MB/s, %.0f s left", done, total, rate / 1e6, left)
      FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }
  }

  /// Clears the progress line.
  func finish() {
    if mode == .line { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}

/// The options of every command that reads a corpus: how many files at once, and what goes to
/// standard error while it is read.
struct ReadingOptions: ParsableArguments {
  @Option(
    name: [.customShort("j", allowingJoined: true), .customLong("jobs")],
    help: ArgumentHelp("Files read at once (default: the number of cores).", valueName: "n"))
  var requestedJobs: Int?

  /// Files read at once: as asked, else one per core.
  var jobs: Int { requestedJobs ?? ProcessInfo.processInfo.activeProcessorCount }

  @Flag(
    name: [.short, .long],
    help: "No progress line, summary or 'wrote PATH' on standard error (warnings stay).")
  var quiet = false

  @Flag(help: "List each file on standard error as it is read.")
  var verbose = false

  func validate() throws {
    guard (requestedJobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  /// The progress shown for these flags.
  var progress: Progress.Mode { Progress.mode(quiet: quiet, verbose: verbose) }
}
