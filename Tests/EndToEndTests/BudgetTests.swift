import Foundation
import TestSupport
import Testing

/// Each file is read in a worker process within a time and memory budget; a fault is injected
/// into the worker through TALLY_TEST_FAULT (`Sources/tally/Workers.swift`).
@Suite struct BudgetTests {
  private func corpus() throws -> TemporaryDirectory {
    let folder = try TemporaryDirectory()
    for (index, name) in ["a", "b", "c", "d", "e"].enumerated() {
      try folder.write(
        "\(name).md",
        "---\ndate: 2024-06-04\n---\nTesla bought \(index + 1),200 H100 GPUs from Nvidia in 2024.\n"
      )
    }
    try folder.write(
      "bookings.csv", "id,customer,item,quantity,date,status\nB-1,Tesla,H100,2200,2024-03,booked\n")
    return folder
  }

  private func report(_ run: TallyRun) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
  }

  /// The claims of every document but `except`, as JSON text, in order.
  private func claims(_ report: [String: Any], except: String) throws -> [String] {
    let claims = report["claims"] as? [[String: Any]] ?? []
    return try claims.filter { $0["document"] as? String != except }.map {
      String(
        decoding: try JSONSerialization.data(withJSONObject: $0, options: .sortedKeys),
        as: UTF8.self)
    }
  }

  @Test(
    "a file that hangs, crashes or outgrows its memory is failed with the reason; every other file reads the same",
    arguments: [
      ("hang:c.md", "timeout: not read within 2 s (--file-timeout)"),
      ("crash:c.md", "crash: the reader was killed by signal 6 on this file"),
      ("memory:c.md", "memory: reading it took more than 256 MB (--file-memory)"),
    ])
  func fault(_ fault: String, reason: String) throws {
    let folder = try corpus()
    let arguments = [
      "check", folder.url.path, "--format", "json", "--quiet", "--fail-on", "never",
      "--file-timeout", "2", "--file-memory", "256", "--jobs", "2",
      // The clean run's results would be reused, and the faulty file never read.
      "--no-store",
    ]
    let clean = try report(TallyRun(arguments + ["--in-process"]))
    let run = try TallyRun(arguments, environment: ["TALLY_TEST_FAULT": fault])
    #expect(run.status == 0, "\(run.stderr)")
    let faulty = try report(run)
    let summary = try #require(faulty["summary"] as? [String: Any])
    let problems = (summary["problems"] as? [[String: String]] ?? []).filter {
      $0["path"] != "bookings.csv"
    }
    #expect(problems == [["path": "c.md", "status": "failed", "reason": reason]])
    #expect(summary["files"] as? Int == 6)
    #expect(try claims(faulty, except: "c.md") == claims(clean, except: "c.md"))
    #expect(try claims(faulty, except: "c.md").count == 4)
  }

  @Test("worker processes and one process give byte-identical reports")
  func sameReport() throws {
    let corpus = TallyRun.repository.appendingPathComponent("Corpus").path
    let arguments = ["check", corpus, "--format", "json", "--quiet", "--fail-on", "never"]
    let workers = try TallyRun(arguments + ["--jobs", "2"])
    let inProcess = try TallyRun(arguments + ["--in-process", "--jobs", "1"])
    #expect(workers.status == 0)
    #expect(!workers.stdout.isEmpty)
    #expect(workers.stdout == inProcess.stdout)
  }
}
