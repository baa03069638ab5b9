import ArgumentParser
import Foundation
import Report

/// `tally diff`: the claims and findings that changed between two versions of a corpus.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Compare the claims and findings of two versions of a corpus.",
    discussion: """
      BASE and HEAD are each a corpus folder or a snapshot written by \
      'tally check CORPUS --format json --output FILE'. With --git REV, the one argument is a \
      corpus folder, compared as it was at git revision REV (read with 'git archive', the work \
      tree untouched) with the folder as it is now.

      Reports claims added, removed and changed (a figure edited in place, or the same id \
      with another value, qualifier, unit or subject) and findings new, resolved, changed and \
      unchanged, matched by their stable ids.

      Examples:
        tally diff --git origin/main Corpus -f markdown >> "$GITHUB_STEP_SUMMARY"
        tally diff Tests/Baseline/Corpus.json Corpus --fail-on any-change

      Exit status: 0 nothing reached --fail-on; 1 a new finding reached it (any-change: \
      anything changed); 2 a usage error, a snapshot or corpus that cannot be read, or --git \
      outside a repository.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json, github }
  enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case newError = "new-error"
    case newWarning = "new-warning"
    case anyNew = "any-new"
    case anyChange = "any-change"
    case never
  }

  @Argument(
    help: ArgumentHelp(
      "BASE and HEAD (folders or snapshots), or with --git the corpus folder.",
      valueName: "base-head-or-corpus"), completion: .file())
  var sides: [String] = []

  @Option(
    name: .customLong("git"),
    help: ArgumentHelp("Compare CORPUS at this git revision with CORPUS now.", valueName: "rev"))
  var revision: String?

  @Option(
    name: [.short, .long],
    help: "Output format.")
  var format: Format = .text

  @Option(
    name: [.short, .long], help: "Write to this file (atomically) instead of standard output.",
    completion: .file())
  var output: String?

  @Option(
    help:
      "What makes the diff exit 1: a new error, a new warning, any new finding, any change, or never."
  )
  var failOn: FailOn = .newError

  @Option(
    name: [.customShort("j", allowingJoined: true), .customLong("jobs")],
    help: ArgumentHelp("Files read at once (default: the number of cores).", valueName: "n"))
  var requestedJobs: Int?

  /// Files read at once: as asked, else one per core.
  var jobs: Int { requestedJobs ?? ProcessInfo.processInfo.activeProcessorCount }

  @Option(
    help: "The bookings ledger for a corpus side (default: bookings.* at its root).",
    completion: .file(extensions: ["csv", "json", "jsonl"]))
  var ledger: String?

  @Option(
    help: "The configuration for a corpus side (default: tally.yml at its root).",
    completion: .file(extensions: ["yml", "yaml"]))
  var config: String?

  @Flag(name: [.short, .long], help: "No summary on standard error.")
  var quiet = false

  @Option(help: "Colour the text diff (auto: on a terminal, unless NO_COLOR is set).")
  var color: ColorChoice = .auto

  @OptionGroup(title: "Budget per file") var budget: BudgetOptions

  @OptionGroup(title: "Store") var storage: StoreOptions

  func validate() throws {
    guard (requestedJobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
    if revision != nil {
      guard sides.count == 1 else { throw ValidationError("with --git, give one corpus folder") }
    } else {
      guard sides.count == 2 else {
        throw ValidationError("give BASE and HEAD, or --git REV CORPUS")
      }
    }
  }

  func run() throws {
    try CheckPipeline.requireFiles([(ledger, "ledger"), (config, "configuration")])
    try CheckPipeline.refuseOutputs([output], corpora: sides, others: [ledger, config])
    let base: Snapshot
    let head: Snapshot
    if let revision {
      let corpus = sides[0]
      // Both sides share the work tree's store: what the revision has unchanged is not read
      // (the base is read where it was extracted, so the path must not be relative).
      let store = storage.path(for: corpus).map {
        URL(fileURLWithPath: $0).standardizedFileURL.path
      }
      base = try GitSide.snapshot(of: corpus, at: revision) {
        try snapshot(corpusAt: $0, store: store)
      }
      head = try snapshot(of: corpus)
    } else {
      base = try snapshot(of: sides[0])
      head = try snapshot(of: sides[1])
    }
    let diff = SnapshotDiff(base: base, head: head)
    let sink = try OutputSink(path: output)
    switch format {
    case .text: sink.write(diff.text(color: color.enabled(toTerminal: output == nil)))
    case .markdown: sink.write(diff.markdown())
    case .json: sink.write(Data(diff.json() + [0x0A]))
    case .github: sink.write(diff.github())
    }
    try sink.finish()
    if !quiet {
      let summary = StandardError.wantsSummary(reportHasSummary: format == .text && output == nil)
      StandardError.write(
        (summary ? [diff.summaryLine] : []) + (output.map { ["tally: wrote \($0)"] } ?? []))
    }
    if fails(diff) { throw ExitCode(1) }
  }

  func fails(_ diff: SnapshotDiff) -> Bool {
    let severities: Set<String>
    switch failOn {
    case .never: return false
    case .anyChange: return !diff.isEmpty
    case .anyNew: return !diff.newFindings.isEmpty
    case .newWarning: severities = ["error", "warning"]
    case .newError: severities = ["error"]
    }
    return diff.newFindings.contains { severities.contains($0.severity) }
  }

  /// A side: a snapshot file, or a corpus folder checked now.
  private func snapshot(of path: String) throws -> Snapshot {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      CheckPipeline.printError("\(path): no such file or directory")
      throw ExitCode(2)
    }
    if isFolder.boolValue {
      return try snapshot(corpusAt: path, store: storage.path(for: path), requireDocuments: true)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      CheckPipeline.printError("\(path): cannot be read")
      throw ExitCode(2)
    }
    do {
      return try Snapshot(json: data, file: path)
    } catch {
      CheckPipeline.printError("\(error)")
      throw ExitCode(2)
    }
  }

  /// A corpus folder checked now; with `requireDocuments`, one in which nothing is a document
  /// is a broken setup (exit 2), as it is for `tally check`, not a side with no claims.
  private func snapshot(corpusAt path: String, store: String?, requireDocuments: Bool = false)
    throws -> Snapshot
  {
    var pipeline = CheckPipeline(corpus: path, ledger: ledger, config: config, jobs: jobs)
    pipeline.store = store
    pipeline.version = Tally.version
    let run = try pipeline.runForCommand(progress: .off, budget: budget)
    if let problem = run.storeProblem {
      FileHandle.standardError.write(Data("tally: warning: store not used: \(problem)\n".utf8))
    }
    if requireDocuments, run.documents == 0 {
      CheckPipeline.printError(
        "\(path): no documents (\(run.files) file\(run.files == 1 ? "" : "s") read, none a document)"
      )
      throw ExitCode(2)
    }
    return Snapshot(run)
  }
}

/// A corpus folder as it was at a git revision, read without touching the work tree.
enum GitSide {
  /// Extracts `corpus` at `revision` into a temporary folder with `git archive`, and runs `check`
  /// there with the same relative path, so that document ids (and so claim and finding ids) match
  /// the work tree's.
  ///
  /// A corpus that did not exist at `revision` is empty.
  static func snapshot(of corpus: String, at revision: String, check: (String) throws -> Snapshot)
    throws -> Snapshot
  {
    if corpus.hasPrefix("/") { return try absolute(corpus, at: revision, check: check) }
    let notInGit = "\(corpus): not in a git repository (--git reads the corpus as committed)"
    let prefix = try git(["rev-parse", "--show-prefix"], what: notInGit).trimmingCharacters(
      in: .whitespacesAndNewlines)
    let top = try git(["rev-parse", "--show-toplevel"], what: notInGit).trimmingCharacters(
      in: .whitespacesAndNewlines)
    try git(
      ["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"],
      what: "no such revision '\(revision)'")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tally-diff-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inRepo = (prefix + corpus).replacingOccurrences(of: "/./", with: "/")
    let listed = try git([
      "-C", top, "ls-tree", "-d", "--name-only", revision, "--",
      inRepo.hasSuffix("/") ? String(inRepo.dropLast()) : inRepo,
    ])
    if listed.isEmpty {
      FileHandle.standardError.write(
        Data("tally: note: \(corpus) did not exist at \(revision); every claim is new\n".utf8))
      return .empty
    }
    let archive = folder.appendingPathComponent("corpus.tar").path
    try git(["-C", top, "archive", "--format=tar", "--output", archive, revision, "--", inRepo])
    try run(
      "/usr/bin/env", ["tar", "-x", "-f", archive, "-C", folder.path],
      what: "cannot unpack the archive of \(revision)")
    let previous = FileManager.default.currentDirectoryPath
    let root = folder.appendingPathComponent(prefix).path
    guard FileManager.default.changeCurrentDirectoryPath(root) else {
      CheckPipeline.printError("cannot enter \(root)")
      throw ExitCode(2)
    }
    defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
    return try check(corpus)
  }

  /// An absolute corpus path, inside a repository wherever the current folder is: read from its
  /// own repository, checked where it was extracted, and its places named as the user named
  /// them, so that the two sides read alike.
  private static func absolute(
    _ corpus: String, at revision: String, check: (String) throws -> Snapshot
  ) throws -> Snapshot {
    let folder = URL(fileURLWithPath: corpus).standardizedFileURL.resolvingSymlinksInPath().path
    let notInGit = "\(corpus): not in a git repository (--git reads the corpus as committed)"
    let top = try git(["-C", folder, "rev-parse", "--show-toplevel"], what: notInGit)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let resolvedTop = URL(fileURLWithPath: top).resolvingSymlinksInPath().path
    guard folder == resolvedTop || folder.hasPrefix(resolvedTop + "/") else {
      CheckPipeline.printError("\(corpus): not inside the repository at \(top)")
      throw ExitCode(2)
    }
    let inRepo = String(folder.dropFirst(resolvedTop.count)).drop { $0 == "/" }
    // Relative to the top of its repository, as the rest of --git reads it.
    let previous = FileManager.default.currentDirectoryPath
    guard FileManager.default.changeCurrentDirectoryPath(resolvedTop) else {
      CheckPipeline.printError("cannot enter \(resolvedTop)")
      throw ExitCode(2)
    }
    defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
    let relative = inRepo.isEmpty ? "." : String(inRepo)
    var snapshot = try GitSide.snapshot(of: relative, at: revision, check: check)
    // Its places as the user named them: "/abs/repo/Corpus/a.md", not "Corpus/a.md".
    for index in snapshot.claims.indices {
      guard let path = snapshot.claims[index].path, path.hasPrefix(relative) else { continue }
      snapshot.claims[index].path = corpus + path.dropFirst(relative.count)
    }
    return snapshot
  }

  @discardableResult
  private static func git(_ arguments: [String], what: String? = nil) throws -> String {
    try run("/usr/bin/env", ["git"] + arguments, what: what)
  }

  /// Runs a program and returns its standard output; a failure prints its error and exits 2.
  @discardableResult
  private static func run(_ program: String, _ arguments: [String], what: String?) throws -> String
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    do {
      try process.run()
    } catch {
      CheckPipeline.printError(
        "cannot run \(arguments.first ?? program): \(error.localizedDescription)")
      throw ExitCode(2)
    }
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let message = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let detail = String(decoding: message, as: UTF8.self).trimmingCharacters(
        in: .whitespacesAndNewlines)
      CheckPipeline.printError(
        what ?? "\(arguments.joined(separator: " ")) failed\(detail.isEmpty ? "" : ": \(detail)")")
      throw ExitCode(2)
    }
    return String(decoding: output, as: UTF8.self)
  }
}
