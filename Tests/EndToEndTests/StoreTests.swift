import Foundation
import Store
import TestSupport
import Testing

/// `tally check` keeps what each file gave in its store, reads only what changed, and gives
/// the same output either way.
@Suite struct StoreTests {
  private func corpus() throws -> TemporaryDirectory {
    let folder = try TemporaryDirectory()
    for (index, name) in ["a", "b", "c"].enumerated() {
      try folder.write(
        "notes/\(name).md",
        "---\ndate: 2025-06-04\n---\nHalden bought \(index + 2),400 K9 chips from Orvane in 2025.\n"
      )
    }
    try folder.write(
      "bookings.csv",
      "id,customer,supplier,item,quantity,date,status\nB-1,Halden,Orvane,K9,3400,2025-03,booked\n")
    return folder
  }

  private func check(_ folder: TemporaryDirectory, _ extra: [String] = []) throws -> TallyRun {
    let run = try TallyRun(
      ["check", folder.url.path, "--format", "json", "--quiet", "--fail-on", "never"] + extra)
    #expect(run.status == 0, "\(run.stderr)")
    return run
  }

  /// Files in the corpus, reused from the store, of each recorded run, in order.
  private func runs(_ path: String) throws -> [[String?]] {
    try Store(path: path).rows("SELECT files, read, reused FROM runs ORDER BY id")
  }

  @Test("a second run reuses every unchanged file, an edited one is read again, output the same")
  func reuse() throws {
    let folder = try corpus()
    let first = try check(folder)
    let second = try check(folder)
    #expect(second.stdout == first.stdout)
    try folder.write(
      "notes/b.md",
      "---\ndate: 2025-06-04\n---\nHalden bought 9,400 K9 chips from Orvane in 2025.\n")
    let third = try check(folder)
    #expect(third.stdout != first.stdout)
    let store = folder.url.appendingPathComponent(".tally/tally.sqlite").path
    // Four files: the ledger is one, skipped as such.
    #expect(try runs(store) == [["4", "4", "0"], ["4", "0", "4"], ["4", "1", "3"]])
    // A copy of the corpus read without a store gives the same report as the store's run.
    #expect(try check(folder, ["--no-store"]).stdout == third.stdout)
  }

  @Test("the tables hold the run's claims, verdicts, findings and contradictions")
  func tables() throws {
    let folder = try corpus()
    let run = try check(folder)
    let report = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let claims = try #require(report["claims"] as? [[String: Any]])
    let findings = try #require(report["findings"] as? [[String: Any]])
    let store = try Store(path: folder.url.appendingPathComponent(".tally/tally.sqlite").path)
    #expect(try store.rows("SELECT count(*) FROM claims") == [["\(claims.count)"]])
    #expect(try store.rows("SELECT count(*) FROM findings") == [["\(findings.count)"]])
    let contradicted = claims.filter { $0["verdict"] as? String == "contradicted" }.count
    #expect(
      try store.rows("SELECT count(*) FROM verdicts WHERE verdict = 'contradicted'")
        == [["\(contradicted)"]])
    #expect(
      try store.rows("SELECT low, unit, item, subject FROM claims WHERE text = '2,400'")
        == [["2400.0", "count", "K9 chip", "Halden"]])
    #expect(try !store.rows("SELECT headline FROM contradictions").isEmpty)
  }

  @Test("--no-store writes nothing; --store puts the store where it is named")
  func placement() throws {
    let folder = try corpus()
    _ = try check(folder, ["--no-store"])
    #expect(
      !FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(".tally").path))
    let elsewhere = try TemporaryDirectory()
    let path = elsewhere.url.appendingPathComponent("runs/store.sqlite").path
    _ = try check(folder, ["--store", path])
    _ = try check(folder, ["--store", path])
    #expect(try runs(path) == [["4", "4", "0"], ["4", "0", "4"]])
    #expect(
      !FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(".tally").path))
  }

  @Test("a store that is not a database costs the run its reuse, with a warning, nothing else")
  func brokenStore() throws {
    let folder = try corpus()
    let clean = try check(folder, ["--no-store"])
    try folder.write(".tally/tally.sqlite", "not a database, a text file in its place\n")
    let run = try TallyRun(
      ["check", folder.url.path, "--format", "json", "--fail-on", "never"])
    #expect(run.status == 0)
    #expect(run.stdout == clean.stdout)
    #expect(run.stderr.contains("tally: warning: store not used: "))
    #expect(run.stderr.contains(".tally/tally.sqlite"))
  }
}
