import ArgumentParser
import Foundation
import Ingest
import Reconcile
import Report

extension CheckPipeline {
  /// The run, as a command shows it: a progress line or one line per file on standard error,
  /// each bad ledger row as a warning (an error with `--strict`), and a configuration or ledger
  /// that cannot be read as `tally: error: …` and exit 2.
  func runForCommand(
    progress mode: Progress.Mode,
    readFile: (@Sendable (CorpusEntry, FileReader) -> FileResult)?
  ) throws -> CheckRun {
    var pipeline = self
    var progress: Progress?
    pipeline.onStart = { entries in progress = Progress(mode: mode, entries: entries) }
    pipeline.onFile = { line, claims in
      progress?.advance(line, found: "\(claims) claim\(claims == 1 ? "" : "s")")
    }
    let run: CheckRun
    do {
      run = try pipeline.run(readFile: readFile)
    } catch CheckPipeline.Failure.unreadable(let message) {
      Self.printError(message)
      throw ExitCode(2)
    } catch CheckPipeline.Failure.badLedgerRows(let issues) {
      Self.printLedgerIssues(issues, strict: true)
      throw ExitCode(2)
    }
    progress?.finish()
    Self.printLedgerWarnings(run)
    return run
  }

  /// The ledger's unknown columns and bad rows, and tally.yml's unknown keys, as warnings on
  /// standard error.
  static func printLedgerWarnings(_ run: CheckRun) {
    if let config = run.configFile { printConfigWarnings(config, run.configUnknownKeys) }
    if let ledger = run.ledger {
      for column in run.ledgerUnknownColumns {
        FileHandle.standardError.write(
          Data(
            "\(ledger): warning: unknown ledger column '\(LedgerError.excerpt(column))', not read\n"
              .utf8))
      }
    }
    printLedgerIssues(run.ledgerIssues, strict: false)
  }

  /// A tally.yml's unknown top-level keys, as warnings on standard error.
  static func printConfigWarnings(_ path: String, _ unknownKeys: [(key: String, line: Int?)]) {
    for (key, line) in unknownKeys {
      let place = line.map { "\(path):\($0)" } ?? path
      FileHandle.standardError.write(
        Data(
          "\(place): warning: unknown key '\(LedgerError.excerpt(key))', not read (known: \(TallyConfig.topLevelKeys.joined(separator: ", ")))\n"
            .utf8))
    }
  }

  /// The tally.yml at `path`, its unknown keys warned of; one that cannot be read is `tally:
  /// error: …` and exit 2.
  static func commandConfig(_ path: String) throws -> TallyConfig {
    do {
      let config = try readConfig(path)
      printConfigWarnings(path, config.unknownKeys)
      return config
    } catch {
      printError("\(error)")
      throw ExitCode(2)
    }
  }

  /// `defaultFile(_:in:)`, with a refusal as `tally: error: …` and exit 2.
  static func commandDefaultFile(_ names: [String], in corpus: String) throws -> String? {
    do {
      return try defaultFile(names, in: corpus)
    } catch {
      printError("\(error)")
      throw ExitCode(2)
    }
  }

  /// Each path given on the command line exists and can be read; else `tally: error: PATH:
  /// reason` and exit 2, before anything is read.
  static func requireReadable(_ paths: [String]) throws {
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        printError("\(path): no such file or directory")
        throw ExitCode(2)
      }
      guard FileManager.default.isReadableFile(atPath: path) else {
        printError("\(path): permission denied")
        throw ExitCode(2)
      }
    }
  }

  /// Each file given by an option (`--ledger`, `--config`) exists, is a file and can be read;
  /// else `tally: error: PATH: reason` (no such file, a directory, permission denied) and exit 2,
  /// before anything is read.
  ///
  /// - Parameter files: each path as given (nil when not given), and what it is ("ledger").
  /// - Throws: `ExitCode(2)`, the reason printed.
  static func requireFiles(_ files: [(path: String?, what: String)]) throws {
    for case (let path?, let what) in files {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        printError("\(path): no such \(what) file")
        throw ExitCode(2)
      }
      guard !isFolder.boolValue else {
        printError("\(path): is a directory, not a \(what) file")
        throw ExitCode(2)
      }
      guard FileManager.default.isReadableFile(atPath: path) else {
        printError("\(path): permission denied")
        throw ExitCode(2)
      }
    }
  }

  /// Every output of a command checked against its inputs, before anything is read or written:
  /// two outputs to one path, an output over a file of a corpus, and an output over another file
  /// the run reads (ledger, configuration, gold) are each `tally: error: PATH: …` and exit 2.
  ///
  /// - Parameters:
  ///   - outputs: the paths the command writes (`--output`, `--report`, …), as given.
  ///   - corpora: the files and folders read as documents.
  ///   - others: other files and folders the run reads, as given (nil when not given).
  /// - Throws: `ExitCode(2)`, the reason printed, when an output is refused.
  static func refuseOutputs(
    _ outputs: [String?], corpora: [String], others: [String?] = []
  ) throws {
    let outputs = outputs.compactMap { $0 }
    var seen: [String: String] = [:]
    for output in outputs {
      let key = resolvedPath(output)
      if let first = seen[key] {
        printError(
          "\(output): named by two outputs\(first == output ? "" : " (as \(first) too)"); give each output its own path"
        )
        throw ExitCode(2)
      }
      seen[key] = output
    }
    for output in outputs {
      for corpus in corpora { try refuseOverwriting(output, corpus: corpus) }
      for other in others.compactMap({ $0 }) {
        try refuseOverwriting(output, corpus: other, what: "a file this run reads")
      }
    }
  }

  /// A path made absolute, without `.` or `..`, its symbolic links followed.
  private static func resolvedPath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// An `--output` that would overwrite a file of the corpus being read, other than a report
  /// Tally wrote there before, is refused: `tally: error: PATH: …` and exit 2.
  ///
  /// `what` names the file in the message when `corpus` is not a corpus but another input.
  static func refuseOverwriting(
    _ output: String?, corpus: String, what: String = "a file of the corpus being read"
  ) throws {
    guard let output, FileManager.default.fileExists(atPath: output) else { return }
    let resolved = resolvedPath
    let target = resolved(output)
    let root = resolved(corpus)
    guard target == root || target.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
      return
    }
    let bytes = (try? Data(contentsOf: URL(fileURLWithPath: target))).map { [UInt8]($0) } ?? []
    guard Ingestor.tallyReport(bytes, path: target) == nil else { return }
    printError(
      "\(output): is \(what); write the report outside it (or over a report Tally wrote)"
    )
    throw ExitCode(2)
  }

  /// Files at the corpus root, not named `bookings.*`, whose header reads like a ledger's (a
  /// customer, a quantity or amount, a status or date): the user may have meant one.
  static func ledgerLookalikes(in corpus: String) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isFolder),
      isFolder.boolValue,
      let names = try? FileManager.default.contentsOfDirectory(atPath: corpus)
    else { return [] }
    return names.sorted().compactMap { name -> String? in
      let lower = name.lowercased()
      guard ["csv", "json", "jsonl"].contains((lower as NSString).pathExtension),
        !lower.hasPrefix("bookings."), !lower.hasPrefix(".")
      else { return nil }
      let path = (corpus as NSString).appendingPathComponent(name)
      guard CorpusWalker.refusal(ofDefault: path, root: corpus) == nil,
        let handle = FileHandle(forReadingAtPath: path)
      else { return nil }
      defer { try? handle.close() }
      let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self).lowercased()
      let header = lower.hasSuffix(".csv") ? String(head.prefix { $0 != "\n" }) : head
      func has(_ word: String) -> Bool {
        lower.hasSuffix(".csv") ? header.contains(word) : header.contains("\"\(word)\"")
      }
      let looksLikeLedger =
        has("customer") && (has("quantity") || has("amount")) && (has("status") || has("date"))
      return looksLikeLedger ? path : nil
    }
  }

  static func printError(_ message: String) {
    FileHandle.standardError.write(Data("tally: error: \(message)\n".utf8))
  }

  private static func printLedgerIssues(_ issues: [LedgerIssue], strict: Bool) {
    for issue in issues {
      FileHandle.standardError.write(
        Data(
          "\(issue.file):\(issue.line): \(strict ? "error" : "warning"): bad ledger row, skipped: \(issue.reason)\n"
            .utf8))
    }
  }
}
