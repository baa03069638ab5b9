import ArgumentParser
import Foundation
import Report

/// `tally eval`: scores the whole pipeline on a corpus against its hand-written gold.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score Tally on a corpus against its hand-written gold.",
    discussion: """
      Runs 'tally check' on CORPUS and compares its claims and findings with those of the \
      gold folder (--gold): claims/<file>.json lists every claim of every document \
      with its expected fields, findings.json every expected finding (docs/eval.md). Prints \
      precision, recall and F1 for claims (value + unit + qualifier overall, per language and \
      per format; then each field) and for findings by rule, whether each of the story's \
      contradictions was found, and each miss and false alarm with its place.

      Examples:
        tally eval Corpus
        tally eval Corpus --format json --output eval.json

      Exit status: 0 scored; 2 a usage error, or a corpus or gold that cannot be read.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Argument(help: "The corpus folder.", completion: .directory)
  var corpus: String

  @Option(help: "The gold folder (default: CORPUS/.gold).", completion: .directory)
  var gold: String?

  @Option(
    help: "The bookings ledger (default: bookings.csv, .json or .jsonl at the corpus root).",
    completion: .file())
  var ledger: String?

  @Option(help: "The configuration (default: tally.yml at the corpus root).", completion: .file())
  var config: String?

  @Option(name: [.short, .long], help: "Output format: text or json.")
  var format: Format = .text

  @Option(
    name: [.short, .long], help: "Write to this file (atomically) instead of standard output.",
    completion: .file())
  var output: String?

  @Option(
    name: [.customShort("j", allowingJoined: true), .customLong("jobs")],
    help: ArgumentHelp("Files read at once (default: the number of cores).", valueName: "n"))
  var requestedJobs: Int?

  @Flag(name: [.short, .long], help: "No summary, and no 'wrote PATH', on standard error.")
  var quiet = false

  /// Files read at once: as asked, else one per core.
  var jobs: Int { requestedJobs ?? ProcessInfo.processInfo.activeProcessorCount }

  func validate() throws {
    guard (requestedJobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    try CheckPipeline.requireReadable([corpus])
    try CheckPipeline.requireFiles([(ledger, "ledger"), (config, "configuration")])
    let goldFolder = gold ?? (corpus as NSString).appendingPathComponent(".gold")
    try CheckPipeline.refuseOutputs(
      [output], corpora: [corpus], others: [goldFolder, ledger, config])
    let expected: CorpusGold
    do {
      expected = try CorpusGold.load(from: goldFolder)
    } catch {
      CheckPipeline.printError("\(error)")
      throw ExitCode(2)
    }
    let run = try CheckPipeline(corpus: corpus, ledger: ledger, config: config, jobs: jobs)
      .runForCommand(progress: .off, readFile: nil)
    let evaluation = CorpusEvaluation(run: run, gold: expected)
    let sink = try OutputSink(path: output)
    switch format {
    case .text: sink.write(evaluation.text())
    case .json: sink.write(Data(evaluation.json() + [0x0A]))
    }
    try sink.finish()
    if !quiet {
      StandardError.write([evaluation.summaryLine] + (output.map { ["tally: wrote \($0)"] } ?? []))
    }
  }
}
