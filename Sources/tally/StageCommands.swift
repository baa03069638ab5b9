import ArgumentParser
import Core
import Foundation
import Report

/// `tally pack`: a corpus as a few JSON Lines shards that a distributed engine reads fast.
struct PackCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pack",
    abstract: "Pack a corpus into JSON Lines shards for 'tally stage' (Spark, any engine).",
    discussion: """
      Walks CORPUS once, with the same accounting of every file as 'tally check' (what \
      tally.yml excludes, links out of the root), and writes OUT/part-00000.jsonl and on: one \
      record per file with a stable docId (the SHA-256 of its bytes), its path under the \
      corpus and its content (text, or base64 for bytes). A record goes to the shard its \
      docId names, never by a process-seeded hash. docs/spark.md has the whole path.

      Examples:
        tally pack Corpus shards --shards 8
        tally pack Corpus shards && cat shards/*.jsonl | tally stage > claims.jsonl

      Exit status: 0 packed; 2 a usage error, or a corpus, ledger, configuration or shard \
      that cannot be read or written.
      """
  )

  @Argument(help: "The corpus folder.", completion: .directory)
  var corpus: String

  @Argument(help: "The folder the shards are written to.", completion: .directory)
  var out: String

  @Option(help: "How many shards.")
  var shards = 16

  @Option(help: "The configuration (default: tally.yml at the corpus root, when there is one).")
  var config: String?

  @Flag(name: [.short, .long], help: "No summary on standard error.")
  var quiet = false

  func validate() throws {
    guard shards >= 1 else { throw ValidationError("--shards must be at least 1") }
  }

  func run() throws {
    try CheckPipeline.requireReadable([corpus])
    try CheckPipeline.requireFiles([(config, "configuration")])
    // Read once here so that a bad one is exit 2 and its unknown keys are warned of.
    if let path = try config ?? CheckPipeline.commandDefaultFile(["tally.yml"], in: corpus) {
      _ = try CheckPipeline.commandConfig(path)
    }
    do {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    } catch {
      CheckPipeline.printError("\(out): cannot create the folder")
      throw ExitCode(2)
    }
    // Every shard open at once, each written as records come: one file is held at a time.
    let sinks = try (0..<shards).map { index in
      let path = (out as NSString).appendingPathComponent(
        "part-" + String(repeating: "0", count: max(0, 5 - String(index).count)) + "\(index).jsonl")
      try CheckPipeline.refuseOverwriting(path, corpus: corpus)
      return try OutputSink(path: path, bufferSize: 1 << 16)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let count: Int
    do {
      count = try CheckPipeline(corpus: corpus, config: config).pack { record in
        let sink = sinks[record.shard(of: shards)]
        sink.write(try encoder.encode(record))
        sink.write(Data([0x0A]))
      }
    } catch {
      for sink in sinks { sink.discard() }
      CheckPipeline.printError("\(error)")
      throw ExitCode(2)
    }
    for sink in sinks { try sink.finish() }
    if !quiet {
      FileHandle.standardError.write(
        Data("tally: packed \(count) files into \(shards) shards in \(out)\n".utf8))
    }
  }
}

/// `tally stage`: pack records on standard input, stage lines on standard output.
struct StageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stage",
    abstract: "Read pack records on standard input; write each file's document and claim lines.",
    discussion: """
      For every record, exactly one {"type":"document", "docId", …} line (a file that cannot \
      be read is data: its status and reason), then its {"type":"claim", …} lines. The output \
      for a record depends on the record, the ledger and the configuration only, not on how \
      records are split or ordered. 'tally check --claims' reconciles the lines.

      Examples:
        cat shards/*.jsonl | tally stage > claims.jsonl
        cat shards/*.jsonl | tally stage --ledger Corpus/bookings.csv \\
          --config Corpus/tally.yml > claims.jsonl

      Exit status: 0 every record staged; 2 a line that is not a pack record (broken \
      framing), or a ledger or configuration that cannot be read.
      """
  )

  @Option(help: "The bookings ledger the corpus is checked against (its names help extraction).")
  var ledger: String?

  @Option(help: "The configuration (tally.yml).")
  var config: String?

  @Flag(name: [.short, .long], help: "No summary on standard error.")
  var quiet = false

  func run() throws {
    try CheckPipeline.requireFiles([(ledger, "ledger"), (config, "configuration")])
    if let config { _ = try CheckPipeline.commandConfig(config) }
    var stager = Stager(ledger: ledger, config: config)
    let decoder = JSONDecoder()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let output = FileHandle.standardOutput
    var number = 0
    var records = 0
    var claims = 0
    var problems: [String: Int] = [:]
    while let line = readLine(strippingNewline: true) {
      number += 1
      guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
      guard let record = try? decoder.decode(PackRecord.self, from: Data(line.utf8)) else {
        CheckPipeline.printError("standard input:\(number): not a pack record")
        throw ExitCode(2)
      }
      let lines: [StageLine]
      do {
        lines = try stager.lines(for: record)
      } catch {
        CheckPipeline.printError("\(error)")
        throw ExitCode(2)
      }
      var out = Data()
      for staged in lines {
        out.append(try encoder.encode(staged))
        out.append(0x0A)
        if staged.type == "claim" { claims += 1 }
        if let status = staged.file?.line.status, status != .ok {
          problems[status.rawValue, default: 0] += 1
        }
      }
      output.write(out)
      records += 1
    }
    if !quiet {
      FileHandle.standardError.write(
        Data(
          "tally: staged \(records) record\(records == 1 ? "" : "s"), \(claims) claim\(claims == 1 ? "" : "s"); \(problems["skipped", default: 0]) skipped, \(problems["failed", default: 0]) failed\n"
            .utf8))
    }
  }
}
