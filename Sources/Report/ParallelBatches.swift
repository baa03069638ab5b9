import Foundation
import Ingest

/// Runs work over corpus entries on several threads while keeping output in input order
/// and memory bounded.
///
/// Threads take entries in order as they finish the last one; the calling thread consumes the
/// results in entry order as they come, while the threads go on. At most 16 entries a thread,
/// and about 64 MiB of files, are taken ahead of the one being consumed, so a large corpus is
/// never held whole.
public enum ParallelBatches {
  /// Runs `work` on every entry, `jobs` at a time, and `consume` on each result in entry order.
  ///
  /// When `consume` throws, no further entry is started, the entries under way finish, and the
  /// error is rethrown.
  public static func run<Result: Sendable>(
    _ entries: [CorpusEntry], jobs: Int,
    work: @escaping @Sendable (CorpusEntry) -> Result,
    consume: (Result) throws -> Void
  ) throws {
    if jobs <= 1 || entries.count <= 1 {
      for entry in entries { try consume(work(entry)) }
      return
    }
    let window = Window<Result>(
      entries: entries, ahead: 16 * jobs, bytes: 64 << 20)
    // The calling thread is one of the jobs: between results it reads entries itself, so that
    // `jobs` threads share the cores rather than `jobs` and a consumer waking for each result.
    let group = DispatchGroup()
    for _ in 1..<min(jobs, entries.count) {
      group.enter()
      Thread.detachNewThread {
        while let index = window.take() {
          window.put(work(entries[index]), at: index)
        }
        group.leave()
      }
    }
    var failure: Error?
    var index = 0
    while index < entries.count {
      let result: Result
      if let ready = window.result(at: index, waiting: false) {
        result = ready
      } else if let mine = window.take(waiting: false) {
        window.put(work(entries[mine]), at: mine)
        continue
      } else if let ready = window.result(at: index, waiting: true) {
        result = ready
      } else {
        break
      }
      index += 1
      do {
        try consume(result)
      } catch {
        failure = error
        window.stop()
        break
      }
    }
    group.wait()
    if let failure { throw failure }
  }

  private static func fileSize(_ url: URL) -> Int {
    var info = stat()
    return stat(url.path, &info) == 0 ? Int(info.st_size) : 0
  }

  /// The entries under way: which to take next, the results not yet consumed, and how far
  /// ahead of the consumer the threads may go.
  private final class Window<Result>: @unchecked Sendable {
    let entries: [CorpusEntry]
    let ahead: Int
    let bytes: Int
    var results: [Result?]
    var sizes: [Int]
    /// The next entry to take, the next to consume, and the bytes of those taken and not yet
    /// consumed.
    var next = 0
    var consumed = 0
    var inFlight = 0
    var stopped = false
    let condition = NSCondition()

    init(entries: [CorpusEntry], ahead: Int, bytes: Int) {
      self.entries = entries
      self.ahead = ahead
      self.bytes = bytes
      results = Array(repeating: nil, count: entries.count)
      sizes = Array(repeating: 0, count: entries.count)
    }

    /// The next entry's index, once the window has room for it; nil when none is left, or,
    /// unless `waiting`, when the window has no room now.
    func take(waiting: Bool = true) -> Int? {
      condition.lock()
      defer { condition.unlock() }
      while !stopped, next < entries.count,
        next - consumed >= ahead || (inFlight >= bytes && next > consumed)
      {
        guard waiting else { return nil }
        condition.wait()
      }
      guard !stopped, next < entries.count else { return nil }
      let index = next
      next += 1
      // Its size is looked up with the lock let go, so that a slow file system stalls only
      // this thread; it counts before its result can be consumed.
      condition.unlock()
      let size = ParallelBatches.fileSize(entries[index].url)
      condition.lock()
      sizes[index] = size
      inFlight += size
      return index
    }

    func put(_ result: Result, at index: Int) {
      condition.lock()
      results[index] = result
      // Only the consumer waits on a result, and only on the next one: wake nobody for others.
      if index == consumed { condition.broadcast() }
      condition.unlock()
    }

    /// The result at `index`, taken out of the window: once it is there, or, unless `waiting`,
    /// if it is there now; nil once stopped.
    func result(at index: Int, waiting: Bool) -> Result? {
      condition.lock()
      defer { condition.unlock() }
      while results[index] == nil, !stopped {
        guard waiting else { return nil }
        condition.wait()
      }
      guard let result = results[index] else { return nil }
      results[index] = nil
      consumed = index + 1
      inFlight -= sizes[index]
      condition.broadcast()
      return result
    }

    /// Starts no further entry.
    func stop() {
      condition.lock()
      stopped = true
      condition.broadcast()
      condition.unlock()
    }
  }
}
