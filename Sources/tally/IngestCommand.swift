import ArgumentParser
import Core
import Foundation
import Ingest
import Report

/// `tally ingest`: reads a corpus and prints one record per document, skipped or failed file.
struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Read documents and print their clean text, metadata and blocks.",
    discussion: """
      Walks files and folders in path order, reads every article, memo, post, feed and \
      transcript it recognises, and prints a JSON record for each document and for each \
      file it skipped or could not read. A summary goes to standard error.

      Examples:
        tally ingest Corpus --format json --output corpus.json

      Exit status: 0 done, whatever was skipped or failed (each file is listed, with its \
      reason); 2 a usage error, a path that does not exist, or an output that cannot be written \
      or would overwrite an input.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl
    case json
  }

  @Argument(help: "Files or folders to read; '-' for standard input.")
  var paths: [String]

  @Option(
    name: [.short, .long], help: "How records are written: one a line, or one JSON array.")
  var format: Format = .jsonl

  @Option(
    name: [.short, .long], help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  @Option(help: "Skip files larger than this many bytes.")
  var maxFileSize: Int = 20 * 1024 * 1024

  @Flag(help: "Include each document's source map (text offset → line and column anchors).")
  var sourceMap = false

  @OptionGroup var reading: ReadingOptions

  @OptionGroup(title: "Standard input") var input: StandardInputOptions

  func validate() throws {
    guard maxFileSize >= 1 else { throw ValidationError("--max-file-size must be at least 1 byte") }
  }

  func run() throws {
    let fromInput = try StandardInputOptions.wanted(paths)
    if !fromInput { try CheckPipeline.requireReadable(paths) }
    try CheckPipeline.refuseOutputs([output], corpora: fromInput ? [] : paths)
    let entries = fromInput ? [] : CorpusWalker.walk(paths)
    let ingestor = Ingestor(maxFileSize: maxFileSize)
    let stream = RecordStream(sink: try OutputSink(path: output), asArray: format == .json)
    let includeMap = sourceMap
    var summary = IngestSummary()
    var progress = Progress(mode: reading.progress, entries: entries)
    @Sendable func records(of outcome: FileOutcome) -> (IngestSummary.Line, [Data]) {
      let records = IngestRecord.records(for: outcome, includeSourceMap: includeMap)
      return (IngestSummary.Line(outcome), records.map { Data($0.json()) })
    }
    func consume(_ line: IngestSummary.Line, _ lines: [Data]) {
      summary.add(line)
      progress.advance(
        line, found: "\(line.formats.count) document\(line.formats.count == 1 ? "" : "s")")
      lines.forEach(stream.write)
    }
    if fromInput {
      let (line, lines) = records(of: input.read(with: ingestor))
      consume(line, lines)
    } else {
      try ParallelBatches.run(entries, jobs: reading.jobs) { entry in
        records(of: ingestor.ingest(entry))
      } consume: { line, lines in
        consume(line, lines)
      }
    }
    progress.finish()
    try stream.finish()
    if !reading.quiet {
      FileHandle.standardError.write(
        Data((summary.render() + (output.map { "tally: wrote \($0)\n" } ?? "")).utf8))
    }
    // A file that failed is data, listed with its reason: exit 1 is only for findings
    // (issue 16), and these commands judge nothing.
  }
}
