import Foundation
import Testing

@testable import Ingest
@testable import Report

/// A deadlock fails the suite instead of hanging CI.
@Suite(.timeLimit(.minutes(1))) struct ParallelBatchesTests {
  /// Entries for files that need not exist: the work below never reads them.
  private func entries(_ count: Int) -> [CorpusEntry] {
    (0..<count).map { index in
      CorpusEntry(
        path: "doc\(index).txt", url: URL(fileURLWithPath: "/nonexistent/doc\(index).txt"))
    }
  }

  @Test(
    "results are consumed in entry order whatever the threads finish first", arguments: [1, 2, 4])
  func order(jobs: Int) throws {
    var seen: [Int] = []
    try ParallelBatches.run(entries(300), jobs: jobs) { entry in
      let index = Int(entry.path.dropFirst(3).dropLast(4)) ?? -1
      // Uneven work, so that later entries often finish before earlier ones.
      if index % 7 == 0 { usleep(UInt32(200 + index % 5 * 100)) }
      return index
    } consume: {
      seen.append($0)
    }
    #expect(seen == Array(0..<300))
  }

  @Test("a consumer that throws stops the run: nothing is consumed after it, the error comes out")
  func stopsOnError() {
    struct Stop: Error {}
    final class Started: @unchecked Sendable {
      let lock = NSLock()
      var count = 0
      func add() { lock.withLock { count += 1 } }
    }
    let started = Started()
    var consumed = 0
    #expect(throws: Stop.self) {
      try ParallelBatches.run(entries(500), jobs: 2) { entry in
        started.add()
        return entry.path
      } consume: { _ in
        consumed += 1
        if consumed == 40 { throw Stop() }
      }
    }
    #expect(consumed == 40)
    // No entry is started past the window ahead of the one that threw (16 a thread).
    #expect(started.count <= 40 + 16 * 2 + 2)
  }
}
