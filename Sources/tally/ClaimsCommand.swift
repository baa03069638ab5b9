import ArgumentParser
import Core
import Extract
import Foundation
import Ingest
import Reconcile
import Report

/// `tally claims`: prints every numeric claim of a corpus.
struct ClaimsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "Print the numeric claims found in documents.",
    discussion: """
      Reads documents as 'tally ingest' does and prints each numeric claim as a full record: \
      the interval stated, the bounds its writing allows, unit, counted item, subject, flow, \
      metric, period, modality, speaker, and where it is. The schema is in docs/claims.md. \
      A tally.yml at the root of a folder given alone (or --config) is read as 'tally check' \
      reads it: its descriptions, people and mail domains name the parties.

      Examples:
        tally claims Corpus --format table
        echo "Tesla bought 5,000 H100s in 2024." | tally claims - --date 2024-06-01

      Exit status: 0 done, whatever was skipped or failed (each file is listed, with its \
      reason); 2 a usage error, a path that does not exist, or an output that cannot be written \
      or would overwrite an input.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl, json, table
  }

  @Argument(help: "Files or folders to read; '-' for standard input.")
  var paths: [String]

  @Option(
    name: [.short, .long], help: "How claims are written: one a line, one JSON array, or a table.")
  var format: Format = .jsonl

  @Option(
    name: [.short, .long], help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  @Option(help: "The tally.yml to read (default: tally.yml at the root of a folder given alone).")
  var config: String?

  @OptionGroup var reading: ReadingOptions

  @OptionGroup(title: "Standard input") var input: StandardInputOptions

  func run() throws {
    let fromInput = try StandardInputOptions.wanted(paths)
    if !fromInput { try CheckPipeline.requireReadable(paths) }
    try CheckPipeline.requireFiles([(config, "configuration")])
    try CheckPipeline.refuseOutputs([output], corpora: fromInput ? [] : paths, others: [config])
    let entries = fromInput ? [] : CorpusWalker.walk(paths)
    let ingestor = Ingestor()
    let root =
      try paths.count == 1 ? CheckPipeline.commandDefaultFile(["tally.yml"], in: paths[0]) : nil
    let settings = try (config ?? root).map(CheckPipeline.commandConfig) ?? TallyConfig()
    let extractor = settings.claimExtractor()
    let stream = RecordStream(
      sink: try OutputSink(path: output), asArray: format == .json,
      header: format == .table ? ClaimRecord.tableHeader : nil)
    var summary = IngestSummary()
    var claimCount = 0
    var progress = Progress(mode: reading.progress, entries: entries)
    let format = format
    @Sendable func claims(of outcome: FileOutcome) -> (IngestSummary.Line, RecordBuffer) {
      let records = RecordBuffer()
      for document in outcome.documents {
        extractor.extract(from: document) { claim in
          let record = ClaimRecord(claim: claim, document: document)
          records.append(Data(format == .table ? Array(record.tableRow().utf8) : record.json()))
        }
      }
      return (IngestSummary.Line(outcome), records)
    }
    func consume(_ line: IngestSummary.Line, _ records: RecordBuffer) {
      summary.add(line)
      progress.advance(line, found: "\(records.count) claim\(records.count == 1 ? "" : "s")")
      claimCount += records.count
      records.replay(stream.write)
    }
    if fromInput {
      let (line, records) = claims(of: input.read(with: ingestor))
      consume(line, records)
    } else {
      try ParallelBatches.run(entries, jobs: reading.jobs) { entry in
        claims(of: ingestor.ingest(entry))
      } consume: { line, records in
        consume(line, records)
      }
    }
    progress.finish()
    try stream.finish()
    if !reading.quiet {
      FileHandle.standardError.write(
        Data(
          (summary.render() + "tally: \(claimCount) claim\(claimCount == 1 ? "" : "s")\n"
            + (output.map { "tally: wrote \($0)\n" } ?? "")).utf8))
    }
    // A file that failed is data, listed with its reason: exit 1 is only for findings
    // (issue 16), and these commands judge nothing.
  }
}

/// One claim as `tally claims` prints it.
struct ClaimRecord {
  var claim: Claim
  var document: Document

  static let tableHeader =
    "location\tclaim\tlow\thigh\tunit\tqualifier\titem\tsubject\tmetric\tperiod\tmodality\tspeaker\n"

  func tableRow() -> String {
    let position = document.position(of: claim.span.start)
    let period = claim.period.map { "\($0.start)..\($0.end)" } ?? ""
    return [
      "\(document.id):\(position.line):\(position.column)", claim.surface,
      claim.stated.low.map { "\($0)" } ?? "",
      claim.stated.high.map { "\($0)" } ?? "", claim.unit.description, claim.qualifier.rawValue,
      claim.item ?? "", claim.subject ?? "", claim.metric.rawValue, period, claim.modality.rawValue,
      claim.speaker ?? "",
    ].joined(separator: "\t")
  }

  func json() -> [UInt8] {
    let position = document.position(of: claim.span.start)
    var json = JSONWriter(capacity: 1_024)
    ClaimJSON.write(claim, line: position.line, column: position.column, into: &json)
    return json.bytes
  }
}
