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

  @Test("a configuration that cannot be read fails the run with its reason")
  func unreadableConfig() throws {
    let corpus = Self.repository.appendingPathComponent("Tests/HaldenCorpus").path
    #expect(throws: CheckPipeline.Failure.self) {
      try CheckPipeline(corpus: corpus, config: "/nonexistent/tally.yml").run()
    }
  }
}
