import Foundation
import Ingest

/// Runs work over corpus entries on several threads while keeping output in input order
/// and memory bounded: entries go in batches of at most 64 MiB of files (and 16 per
/// thread); a batch's results are consumed, in order, before the next batch starts.
public enum ParallelBatches {
  /// Runs `work` on every entry, `jobs` at a time, and `consume` on each result in entry order.
  public static func run<Result: Sendable>(
    _ entries: [CorpusEntry], jobs: Int,
    work: @escaping @Sendable (CorpusEntry) -> Result,
    consume: (Result) throws -> Void
  ) throws {
    var start = 0
    while start < entries.count {
      var end = start
      var bytes = 0
      while end < entries.count, end - start < max(16 * jobs, 1), bytes < 64 << 20 || end == start {
        bytes += fileSize(entries[end].url)
        end += 1
      }
      let batch = Array(entries[start..<end])
      let results = map(batch, jobs: jobs, work: work)
      for result in results { try consume(result) }
      start = end
    }
  }

  private static func fileSize(_ url: URL) -> Int {
    var info = stat()
    return stat(url.path, &info) == 0 ? Int(info.st_size) : 0
  }

  private final class Slots<Result>: @unchecked Sendable {
    var results: [Result?]
    var next = 0
    let lock = NSLock()
    init(count: Int) { results = Array(repeating: nil, count: count) }

    func take() -> Int? {
      lock.lock()
      defer { lock.unlock() }
      guard next < results.count else { return nil }
      next += 1
      return next - 1
    }

    func put(_ result: Result, at index: Int) {
      lock.lock()
      results[index] = result
      lock.unlock()
    }
  }

  private static func map<Result: Sendable>(
    _ batch: [CorpusEntry], jobs: Int, work: @escaping @Sendable (CorpusEntry) -> Result
  ) -> [Result] {
    if jobs == 1 { return batch.map(work) }
    let slots = Slots<Result>(count: batch.count)
    let group = DispatchGroup()
    for _ in 0..<min(jobs, batch.count) {
      group.enter()
      Thread.detachNewThread {
        while let index = slots.take() {
          slots.put(work(batch[index]), at: index)
        }
        group.leave()
      }
    }
    group.wait()
    return slots.results.compactMap { $0 }
  }
}
