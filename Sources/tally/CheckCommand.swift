import ArgumentParser
import Core
import Foundation
import Report
import Store

/// `tally check`: finds the claims of a corpus and judges them against the bookings ledger and
/// against each other.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a corpus's numeric claims against the bookings ledger and against each other.",
    discussion: """
      Reads every document under CORPUS, extracts its claims, and reports which contradict \
      the ledger (REC001) or each other (REC002), which could link more than one way (REC003) \
      and which the ledger cannot confirm (REC004). Without --ledger, a bookings.csv, \
      bookings.json or bookings.jsonl at the corpus root is used; without --config, its tally.yml.

      Formats: text (a terminal summary), markdown (a pull-request comment or job summary), \
      html (one self-contained page), json (every claim, verdict and finding; also the snapshot \
      'tally diff' reads), sarif (SARIF 2.1.0 for code scanning) and github (workflow commands).

      Examples:
        tally check Corpus
        tally check Corpus --format html --output report.html
        tally check Corpus --format json --output snapshot.json

      Exit status: 0 no finding reached --fail-on; 1 one did; 2 a usage error, or a corpus, \
      ledger, configuration or output that cannot be read or written.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, html, json, sarif, github
  }
  enum FailOn: String, ExpressibleByArgument, CaseIterable { case error, warning, note, never }

  @Argument(
    help: ArgumentHelp("The corpus folder (none with --claims).", valueName: "corpus"),
    completion: .directory)
  var corpusArgument: String?

  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp(
      "Reconcile the lines 'tally stage' wrote in these files instead of reading a corpus.",
      valueName: "file"))
  var claims: [String] = []

  /// The corpus: the one named, or the one the stage lines came from.
  private var corpus: String { corpusArgument ?? "." }

  @Option(
    help: "The bookings ledger (CSV, JSON or JSON Lines).",
    completion: .file(extensions: ["csv", "json", "jsonl"]))
  var ledger: String?

  @Option(
    help: "The configuration (default: tally.yml at the corpus root, when there is one).",
    completion: .file(extensions: ["yml", "yaml"]))
  var config: String?

  @Option(
    name: [.short, .long],
    help: "Output format.")
  var format: Format = .text

  @Option(
    name: [.short, .long], help: "Write to this file (atomically) instead of standard output.",
    completion: .file())
  var output: String?

  @Option(
    name: .customLong("report"),
    help: ArgumentHelp(
      "Also write a report in FORMAT to PATH, beside the main output (repeatable).",
      valueName: "format=path"))
  var reports: [String] = []

  @Option(help: "Exit 1 when a finding reaches this severity (never: exit 0 whatever is found).")
  var failOn: FailOn = .error

  @Option(help: "Colour the text report (auto: on a terminal, unless NO_COLOR is set).")
  var color: ColorChoice = .auto

  @Flag(help: "Treat any bad ledger row as an error (exit 2).")
  var strict = false

  @Option(
    help: "Report only findings not in this baseline (a file --write-baseline wrote).",
    completion: .file(extensions: ["json"]))
  var baseline: String?

  @Option(
    help: "Record every finding of this run as accepted, in this file.",
    completion: .file(extensions: ["json"]))
  var writeBaseline: String?

  @OptionGroup var reading: ReadingOptions

  @OptionGroup(title: "Store") var storage: StoreOptions

  @OptionGroup(title: "Budget per file") var budget: BudgetOptions

  /// `--report FORMAT=PATH`, read.
  private var extraReports: [(format: Format, path: String)] {
    get throws {
      try reports.map { spec in
        let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let format = Format(rawValue: parts[0]), !parts[1].isEmpty else {
          throw ValidationError(
            "--report wants FORMAT=PATH with FORMAT one of \(Format.allCases.map(\.rawValue).joined(separator: ", ")), not '\(spec)'"
          )
        }
        return (format, parts[1])
      }
    }
  }

  func validate() throws {
    _ = try extraReports
    if claims.isEmpty, corpusArgument == nil { throw ValidationError("give a corpus folder") }
    if !claims.isEmpty, corpusArgument != nil {
      throw ValidationError("give a corpus or --claims, not both")
    }
  }

  /// The run from `tally stage` lines: the same reconciliation as over the corpus they came
  /// from.
  private func runFromStage() throws -> CheckRun {
    let decoder = JSONDecoder()
    var lines: [StageLine] = []
    for file in claims {
      guard let data = FileManager.default.contents(atPath: file) else {
        CheckPipeline.printError("\(file): cannot be read")
        throw ExitCode(2)
      }
      for (number, line) in data.split(separator: 0x0A).enumerated() where !line.isEmpty {
        guard let staged = try? decoder.decode(StageLine.self, from: line) else {
          CheckPipeline.printError("\(file):\(number + 1): not a line 'tally stage' writes")
          throw ExitCode(2)
        }
        lines.append(staged)
      }
    }
    do {
      let results = try Stager.results(from: lines)
      let name = lines.first { $0.type == "document" }?.corpus ?? "."
      return try CheckPipeline(corpus: name, ledger: ledger, config: config, strict: strict)
        .run(results: results)
    } catch {
      CheckPipeline.printError("\(error)")
      throw ExitCode(2)
    }
  }

  func run() throws {
    if claims.isEmpty { try CheckPipeline.requireReadable([corpus]) }
    try CheckPipeline.requireFiles([(ledger, "ledger"), (config, "configuration")])
    let extras = try extraReports
    try CheckPipeline.refuseOutputs(
      [output, writeBaseline] + extras.map(\.path), corpora: claims.isEmpty ? [corpus] : claims,
      others: [ledger, config])
    let baselineBytes = try baseline.map { path in
      guard let data = FileManager.default.contents(atPath: path) else {
        CheckPipeline.printError("\(path): cannot read the baseline")
        throw ExitCode(2)
      }
      return data
    }
    let accepted = try baseline.map { path in
      do {
        return try Baseline(json: baselineBytes ?? Data(), file: path)
      } catch {
        CheckPipeline.printError("\(error)")
        throw ExitCode(2)
      }
    }
    let sink = try OutputSink(path: output)
    let extraSinks = try extras.map { try OutputSink(path: $0.path) }
    let baselineSink = try writeBaseline.map { try OutputSink(path: $0) }
    var pipeline = CheckPipeline(
      corpus: corpus, ledger: ledger, config: config, strict: strict, jobs: reading.jobs)
    pipeline.store = claims.isEmpty ? storage.path(for: corpus) : nil
    pipeline.version = Tally.version
    let colored = color.enabled(toTerminal: output == nil)
    let renderKey = Self.renderKey(
      [format] + extras.map(\.format), colored: colored, baseline: baselineBytes)
    // An unchanged corpus prints what its last run printed, without reading a file (unless each
    // file is to be listed).
    if writeBaseline == nil, !reading.verbose, let store = pipeline.store,
      let unchanged = try? pipeline.unchangedInputs(),
      let kept = try? Store(path: store),
      let (previous, value) = try? kept.outcome(key: unchanged.key + renderKey),
      let outcome = CheckOutcome(stored: value)
    {
      // What a full run says before it reads: the ledger's warnings.
      CheckPipeline.printLedgerWarnings(unchanged.prepared)
      do {
        try kept.recordRepeat(
          of: previous, key: unchanged.key + renderKey, started: CheckRun.today(),
          context: unchanged.context, refreshed: unchanged.refreshed)
      } catch {
        FileHandle.standardError.write(
          Data("tally: warning: store not used: \(store): not written: \(error)\n".utf8))
      }
      try deliver(outcome, sink: sink, extras: zip(extras, extraSinks).map { ($0.path, $1) })
      return
    }
    var run =
      try claims.isEmpty
      ? pipeline.runForCommand(progress: reading.progress, budget: budget) : runFromStage()
    if let problem = run.storeProblem {
      FileHandle.standardError.write(Data("tally: warning: store not used: \(problem)\n".utf8))
    }
    // Every finding is recorded, then the accepted ones are left out of what is reported.
    if let baselineSink {
      baselineSink.write(Data(run.baseline()))
      try baselineSink.finish()
    }
    if let accepted { run = run.accepting(accepted) }
    // A corpus in which nothing is a document is a broken setup, not a clean bill of health.
    if run.documents == 0 {
      sink.discard()
      for extraSink in extraSinks { extraSink.discard() }
      CheckPipeline.printError(
        "\(corpus): no documents (\(run.files) file\(run.files == 1 ? "" : "s") read, none a document)"
      )
      throw ExitCode(2)
    }
    var outcome = CheckOutcome(
      outputs: [Data(Self.render(run, as: format, color: colored))]
        + extras.map { Data(Self.render(run, as: $0.format, color: false)) },
      summaryLine: run.summaryLine, noLedger: run.ledger == nil,
      highest: run.findings.map(\.severity).max())
    if let writeBaseline {
      outcome.wroteBaseline =
        "tally: wrote \(writeBaseline) (\(run.findings.count + run.acceptedByBaseline) findings accepted)"
    } else if let store = pipeline.store, let inputs = run.inputKey, let id = run.storeRun,
      let value = outcome.stored
    {
      try? Store(path: store).keep(outcome: value, key: inputs + renderKey, run: id)
    }
    try deliver(outcome, sink: sink, extras: zip(extras, extraSinks).map { ($0.path, $1) })
  }

  /// What a check prints: its reports, and on standard error its summary.
  ///
  /// Kept in the store, so that an unchanged re-run prints it again without reading a file.
  struct CheckOutcome: Codable {
    /// The main report, then each `--report`, as bytes (not in the JSON header: `stored`).
    var outputs: [Data] = []
    var summaryLine: String
    var noLedger: Bool
    /// The most severe finding reported.
    var highest: Severity?
    /// "tally: wrote BASELINE (N findings accepted)", with `--write-baseline`.
    var wroteBaseline: String?
    /// The length of each report, in `stored`.
    private var lengths: [Int] = []

    private enum CodingKeys: String, CodingKey {
      case summaryLine, noLedger, highest, wroteBaseline, lengths
    }

    /// As the store keeps it: a line of JSON with everything but the reports and their
    /// lengths, then the reports' bytes (megabytes of report are not worth escaping in JSON).
    var stored: Data? {
      var header = self
      header.lengths = outputs.map(\.count)
      guard var data = try? JSONEncoder().encode(header) else { return nil }
      data.append(0x0A)
      for output in outputs { data.append(output) }
      return data
    }

    init(outputs: [Data], summaryLine: String, noLedger: Bool, highest: Severity?) {
      self.outputs = outputs
      self.summaryLine = summaryLine
      self.noLedger = noLedger
      self.highest = highest
    }

    /// What `stored` gave; nil when the bytes are not such.
    init?(stored: Data) {
      guard let newline = stored.firstIndex(of: 0x0A),
        var header = try? JSONDecoder().decode(Self.self, from: stored[..<newline])
      else { return nil }
      var start = stored.index(after: newline)
      for count in header.lengths {
        guard count >= 0, stored.distance(from: start, to: stored.endIndex) >= count else {
          return nil
        }
        let end = stored.index(start, offsetBy: count)
        header.outputs.append(stored[start..<end])
        start = end
      }
      guard start == stored.endIndex else { return nil }
      self = header
    }
  }

  /// What the reports depend on besides the corpus: the formats, colour, the working folder
  /// (SARIF's root), where Tally's docs are (SARIF's links), the run's date and the baseline.
  private static func renderKey(_ formats: [Format], colored: Bool, baseline: Data?) -> String {
    // The working folder matters to SARIF only.
    let parts =
      formats.map(\.rawValue) + [
        colored ? "color" : "plain", CheckRun.today(),
        formats.contains(.sarif) ? FileManager.default.currentDirectoryPath : "",
      ]
      + ["TALLY_DOCS_REPOSITORY", "TALLY_DOCS_REVISION"].map {
        ProcessInfo.processInfo.environment[$0] ?? ""
      }
    var bytes = Array(parts.joined(separator: "\u{1F}").utf8)
    if let baseline { bytes += SHA256.digest([UInt8](baseline)) }
    return ":" + SHA256.hex(SHA256.digest(bytes))
  }

  /// Writes the reports, prints the summary on standard error (unless `--quiet`), and exits 1
  /// when a finding reaches `--fail-on`.
  private func deliver(
    _ outcome: CheckOutcome, sink: OutputSink, extras: [(path: String, sink: OutputSink)]
  ) throws {
    sink.write(outcome.outputs[0])
    try sink.finish()
    for (index, extra) in extras.enumerated() {
      extra.sink.write(outcome.outputs[index + 1])
      try extra.sink.finish()
    }
    // On standard error, whatever the format: the ledger mode (even with --quiet: it says how
    // the run was made, not what it found), the counts in one line (once only when the text
    // report on the same terminal ends with them), and where each report went.
    var lines: [String] = []
    if outcome.noLedger {
      lines.append("tally: no ledger: checking documents against each other only")
      lines += CheckPipeline.ledgerLookalikes(in: corpus).map { path in
        "tally: hint: \(path) looks like a ledger; give it with --ledger \(path)"
      }
    }
    if !reading.quiet {
      if StandardError.wantsSummary(reportHasSummary: format == .text && output == nil) {
        lines.append(outcome.summaryLine)
      }
      if let output { lines.append("tally: wrote \(output)") }
      if let wrote = outcome.wroteBaseline { lines.append(wrote) }
      lines += extras.map { "tally: wrote \($0.path)" }
    }
    StandardError.write(lines)
    let threshold: Severity? =
      switch failOn {
      case .error: .error
      case .warning: .warning
      case .note: .note
      case .never: nil
      }
    if let threshold, let highest = outcome.highest, highest >= threshold {
      throw ExitCode(1)
    }
  }

  /// The report in `format`; `color` colours the text report's severities.
  static func render(_ run: CheckRun, as format: Format, color: Bool) -> [UInt8] {
    switch format {
    case .text:
      return Array(run.text(color: color).utf8)
    case .markdown: return Array(run.markdown().utf8)
    case .html: return Array(run.html().utf8)
    case .json: return run.json() + [0x0A]
    case .sarif:
      let workingFolder = FileManager.default.currentDirectoryPath
      return run.sarif(
        toolVersion: Tally.version,
        root: SARIFRoot.folder(for: run.corpus ?? ".", workingFolder: workingFolder),
        workingFolder: workingFolder,
        documentation: DocumentationLinks.from(environment: ProcessInfo.processInfo.environment))
        + [0x0A]
    case .github: return Array(run.github().utf8)
    }
  }
}

/// `--color`: whether to colour what goes to a terminal.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never

  /// `auto` colours only standard output that is a terminal, with `NO_COLOR` unset.
  func enabled(toTerminal: Bool) -> Bool {
    switch self {
    case .always: true
    case .never: false
    case .auto:
      toTerminal && isatty(STDOUT_FILENO) != 0
        && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
  }
}
