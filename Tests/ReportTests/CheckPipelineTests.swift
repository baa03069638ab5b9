import Core
import Foundation
import Testing

@testable import Report

/// The check pipeline as a library call (issue 11): what `tally check` runs, without a process.
@Suite struct CheckPipelineTests {
  private static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  @Test("a corpus checked in-process gives every claim a verdict or a reason, and its findings")
  func inProcess() throws {
    let corpus = Self.repository.appendingPathComponent("Tests/HaldenCorpus").path
    var files = 0
    var pipeline = CheckPipeline(corpus: corpus, jobs: 2)
    pipeline.onFile = { _, _ in files += 1 }
    let run = try pipeline.run()
    #expect(files == run.files)
    #expect(!run.claims.isEmpty)
    for claim in run.claims {
      #expect((run.verdicts[claim.id] == nil) != (run.reasons[claim.id] == nil), "\(claim.surface)")
    }
    #expect(run.findings.contains { $0.rule == "REC001" })
    #expect(run.findings.contains { $0.rule == "REC002" })
    // The same inputs, one job or two: the same findings in the same order.
    let single = try CheckPipeline(corpus: corpus, jobs: 1).run()
    #expect(single.findings.map(\.id) == run.findings.map(\.id))
  }

  @Test(
    "a default ledger or tally.yml that links out of the corpus is refused with a reason, unread",
    arguments: ["bookings.csv", "bookings.jsonl", "tally.yml"])
  func linkOutOfCorpus(name: String) throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tally-link-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: base) }
    let corpus = base.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try "Tesla bought 5,000 H100 GPUs in 2024.\n".write(
      to: corpus.appendingPathComponent("note.md"), atomically: true, encoding: .utf8)
    let outside = base.appendingPathComponent("secret.csv")
    try "customer,item,quantity,date\nSECRET-ROW,H100,1,2024\n".write(
      to: outside, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: corpus.appendingPathComponent(name).path, withDestinationPath: outside.path)
    do {
      let run = try CheckPipeline(corpus: corpus.path).run()
      Issue.record("ran with \(run.ledgerRows) ledger rows")
    } catch {
      let message = "\(error)"
      #expect(message.contains(name))
      #expect(message.contains("symbolic link leads outside the corpus root"))
      #expect(!message.contains("SECRET"))
    }
    // Named explicitly, the same file is the user's choice and is read.
    if name != "tally.yml" {
      try FileManager.default.removeItem(at: corpus.appendingPathComponent(name))
      let run = try CheckPipeline(corpus: corpus.path, ledger: outside.path).run()
      #expect(run.ledgerRows == 1)
    }
  }

  @Test("a default ledger linked inside the corpus is read; a broken link is refused")
  func linkInsideCorpus() throws {
    let corpus = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tally-link-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: corpus) }
    try FileManager.default.createDirectory(
      at: corpus.appendingPathComponent("ledger"), withIntermediateDirectories: true)
    try "customer,item,quantity,date\nTesla,H100,1,2024\n".write(
      to: corpus.appendingPathComponent("ledger/2024.csv"), atomically: true, encoding: .utf8)
    let link = corpus.appendingPathComponent("bookings.csv").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "ledger/2024.csv")
    #expect(try CheckPipeline(corpus: corpus.path).run().ledgerRows == 1)
    try FileManager.default.removeItem(atPath: link)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "ledger/none.csv")
    #expect(throws: CheckPipeline.Failure.self) { try CheckPipeline(corpus: corpus.path).run() }
  }

  @Test("a configuration that cannot be read fails the run with its reason")
  func unreadableConfig() throws {
    let corpus = Self.repository.appendingPathComponent("Tests/HaldenCorpus").path
    #expect(throws: CheckPipeline.Failure.self) {
      try CheckPipeline(corpus: corpus, config: "/nonexistent/tally.yml").run()
    }
  }
}
