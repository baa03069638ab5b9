import Foundation
import TestSupport
import Testing

/// `tally pack`, `tally stage` and `tally check --claims`: the stage contract a distributed engine
/// drives (docs/spark.md).
@Suite struct StageTests {
  /// Runs a shell line in `folder` (for redirections a pipe would deadlock on).
  private func shell(_ line: String, in folder: URL) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", line]
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment.merging([
      "TALLY": TallyRun.executable.path
    ]) { $1 }
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  @Test(
    "pack, stage each shard apart and in any order, then check --claims: byte-identical to check CORPUS"
  )
  func roundTrip() throws {
    let work = try TemporaryDirectory()
    let repository = TallyRun.repository
    let pack = try TallyRun(
      ["pack", "Corpus", work.url.appendingPathComponent("shards").path, "--shards", "3"],
      in: repository)
    #expect(pack.status == 0, "\(pack.stderr)")
    let shards = try FileManager.default.contentsOfDirectory(
      atPath: work.url.appendingPathComponent("shards").path
    ).sorted()
    #expect(shards == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"])
    // Every file is one record, in exactly one shard.
    var records = 0
    for shard in shards {
      let text = try String(
        contentsOf: work.url.appendingPathComponent("shards/\(shard)"), encoding: .utf8)
      records += text.split(separator: "\n").count
    }
    #expect(pack.stderr.contains("packed \(records) files into 3 shards"))
    // Each shard staged by its own process, records reversed within it, as an engine may.
    let options = "--ledger Corpus/bookings.csv --config Corpus/tally.yml"
    for (index, shard) in shards.enumerated() {
      let status = try shell(
        "tac '\(work.url.path)/shards/\(shard)' | \"$TALLY\" stage \(options) > '\(work.url.path)/out-\(index).jsonl'",
        in: repository)
      #expect(status == 0)
    }
    // The outputs in another order than the shards'.
    let outputs = shards.indices.reversed().map { "\(work.url.path)/out-\($0).jsonl" }
    let staged = try TallyRun(
      ["check", "--claims"] + outputs + [
        "--ledger", "Corpus/bookings.csv", "--config", "Corpus/tally.yml", "--format", "json",
        "--fail-on", "never", "--quiet",
      ], in: repository)
    let direct = try TallyRun(
      ["check", "Corpus", "--format", "json", "--fail-on", "never", "--quiet"], in: repository)
    #expect(staged.status == 0, "\(staged.stderr)")
    #expect(!staged.stdout.isEmpty)
    #expect(staged.stdout == direct.stdout)
    // Every record came back with exactly one document line.
    var documents = 0
    for output in outputs {
      let text = try String(contentsOfFile: output, encoding: .utf8)
      documents += text.split(separator: "\n").count { $0.contains("\"type\":\"document\"") }
    }
    #expect(documents == records)
  }

  @Test("a file that cannot be read is a status, not an exit code; broken framing is exit 2")
  func failuresAreData() throws {
    let corpus = try TemporaryDirectory()
    try corpus.write("a.md", "Tesla ordered 1,000 H100 GPUs in 2024.\n")
    try corpus.write("blob.bin", "\u{0}\u{1}\u{2}binary")
    let shards = corpus.url.appendingPathComponent("out").path
    #expect(try TallyRun(["pack", corpus.url.path, shards, "--shards", "1"]).status == 0)
    let input = try String(contentsOfFile: shards + "/part-00000.jsonl", encoding: .utf8)
    let staged = try TallyRun(["stage"], input: input)
    #expect(staged.status == 0, "\(staged.stderr)")
    let lines = staged.records
    let documents = lines.filter { $0["type"] as? String == "document" }
    #expect(documents.count == 2)
    let binary = documents.compactMap { $0["file"] as? [String: Any] }
      .compactMap { $0["line"] as? [String: Any] }.first { $0["path"] as? String == "blob.bin" }
    #expect(binary?["status"] as? String == "skipped")
    #expect(lines.contains { $0["type"] as? String == "claim" })
    // Its one-line summary on standard error, which -q silences.
    #expect(
      staged.stderr.contains("tally: staged 2 records, 1 claim; 1 skipped, 0 failed"),
      "\(staged.stderr)")
    #expect(try TallyRun(["stage", "-q"], input: input).stderr.isEmpty)
    let broken = try TallyRun(["stage"], input: input + "{not json\n")
    #expect(broken.status == 2)
    #expect(broken.stderr.contains("standard input:3: not a pack record"))
  }
}
