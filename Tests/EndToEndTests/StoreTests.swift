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

  @Test("an unchanged re-run prints, exits and records as the first run did")
  func repeatRun() throws {
    let folder = try corpus()
    let arguments = [
      "check", folder.url.path, "--format", "markdown", "--report", "sarif=/dev/null",
    ]
    let first = try TallyRun(arguments)
    let second = try TallyRun(arguments)
    #expect(first.status == 1)
    #expect(second.status == first.status)
    #expect(second.stdout == first.stdout)
    #expect(second.stderr == first.stderr)
    let store = try Store(path: folder.url.appendingPathComponent(".tally/tally.sqlite").path)
    let counts = try store.rows("SELECT run, count(*) FROM verdicts GROUP BY run ORDER BY run")
    #expect(counts.count == 2)
    #expect(counts.first?.last == counts.last?.last)
    #expect(
      try store.rows("SELECT count(*) FROM findings WHERE run = 1")
        == store.rows("SELECT count(*) FROM findings WHERE run = 2"))
  }

  @Test("an unchanged re-run warns of the ledger as the first did; --strict still refuses it")
  func repeatLedgerWarnings() throws {
    let folder = try corpus()
    try folder.write(
      "bookings.csv",
      "id,customer,supplier,item,quantity,date,status,colour\n"
        + "B-1,Halden,Orvane,K9,3400,2025-03,booked,red\nB-2,Halden,Orvane,K9,lots,2025-04,booked,blue\n"
    )
    let arguments = ["check", folder.url.path, "--format", "json", "--fail-on", "never"]
    let first = try TallyRun(arguments)
    let second = try TallyRun(arguments)
    #expect(first.stderr.contains("unknown ledger column 'colour'"))
    #expect(first.stderr.contains("bad ledger row"))
    #expect(second.stderr == first.stderr)
    #expect(second.stdout == first.stdout)
    let strict = try TallyRun(arguments + ["--strict"])
    #expect(strict.status == 2)
  }

  @Test("with no SQLite library the run goes on without the store, and says why")
  func noSQLite() throws {
    let folder = try corpus()
    let arguments = ["check", folder.url.path, "--format", "json", "--fail-on", "never"]
    let plain = try TallyRun(arguments + ["--no-store"])
    let without = try TallyRun(
      arguments, environment: ["TALLY_SQLITE_LIBRARY": "/nonexistent/libsqlite3.so.0"])
    #expect(without.status == plain.status)
    #expect(without.stdout == plain.stdout)
    #expect(without.stderr.contains("tally: warning: store not used:"))
    #expect(without.stderr.contains("cannot load SQLite (/nonexistent/libsqlite3.so.0)"))
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.url.appendingPathComponent(".tally/tally.sqlite").path))
  }

  @Test("an unknown tally.yml key is a warning with its line, not an error, and -q keeps it")
  func unknownConfigKey() throws {
    let folder = try corpus()
    try folder.write("tally.yml", "entities:\n  - name: Halden\ntolerence:\n  approximate: 0.2\n")
    let run = try TallyRun(["check", folder.url.path, "--quiet", "--fail-on", "never"])
    #expect(run.status == 0)
    #expect(run.stderr.contains("tally.yml:3: warning: unknown key 'tolerence', not read"))
    // Printed again by a re-run that reads nothing, and by the commands that read tally.yml.
    let again = try TallyRun(["check", folder.url.path, "--quiet", "--fail-on", "never"])
    #expect(again.stderr == run.stderr)
    let config = folder.url.appendingPathComponent("tally.yml").path
    let outside = try TemporaryDirectory()
    for arguments in [
      ["claims", folder.url.path, "-q"], ["pack", folder.url.path, outside.url.path, "-q"],
      ["stage", "--config", config, "-q"],
    ] {
      let other = try TallyRun(arguments, input: arguments[0] == "stage" ? "" : nil)
      #expect(
        other.stderr.contains("tally.yml:3: warning: unknown key 'tolerence'"), "\(arguments)")
    }
  }

  @Test("a run in which a file failed keeps no output to repeat")
  func failedRunNotRepeated() throws {
    let folder = try corpus()
    let text = ["check", folder.url.path, "--quiet", "--fail-on", "never"]
    let clean = try TallyRun(text + ["--no-store"])
    // A crash on one file (the machine's doing, say), then a run that reads it fine in another
    // format, then the first run's format again: the file is read, not the crash replayed.
    let faulty = try TallyRun(text, environment: ["TALLY_TEST_FAULT": "crash:notes/b.md"])
    #expect(faulty.stdout != clean.stdout)
    _ = try check(folder)
    #expect(try TallyRun(text).stdout == clean.stdout)
  }

  @Test("a store laid out by another version is laid out anew")
  func upgrade() throws {
    let folder = try corpus()
    let path = folder.url.appendingPathComponent(".tally/tally.sqlite").path
    _ = try check(folder)
    _ = try Store(path: path).rows("PRAGMA user_version = 1")
    let run = try TallyRun(["check", folder.url.path, "--format", "json", "--fail-on", "never"])
    #expect(!run.stderr.contains("store not used"), "\(run.stderr)")
    #expect(try runs(path) == [["4", "4", "0"]])
  }

  @Test("the store keeps the last 20 runs and the claims they refer to")
  func pruning() throws {
    let folder = try corpus()
    let first = try check(folder)
    for _ in 0..<21 { _ = try check(folder) }
    let store = try Store(path: folder.url.appendingPathComponent(".tally/tally.sqlite").path)
    #expect(try store.rows("SELECT count(*), min(id), max(id) FROM runs") == [["20", "3", "22"]])
    #expect(try store.rows("SELECT min(run) FROM verdicts") == [["3"]])
    let report = try #require(
      try JSONSerialization.jsonObject(with: first.stdout) as? [String: Any])
    let claims = try #require(report["claims"] as? [[String: Any]])
    #expect(try store.rows("SELECT count(*) FROM claims") == [["\(claims.count)"]])
    #expect(try check(folder).stdout == first.stdout)
  }

  @Test("diff --git reads neither side's unchanged files again")
  func diffReuses() throws {
    let folder = try TemporaryDirectory()
    let corpus = try self.corpus()
    for name in ["bookings.csv", "notes/a.md", "notes/b.md", "notes/c.md"] {
      try folder.write(
        "corpus/\(name)",
        [UInt8](try Data(contentsOf: corpus.url.appendingPathComponent(name))))
    }
    func git(_ arguments: String...) throws {
      #expect(try runGit(arguments, in: folder.url) == 0, "git \(arguments.joined(separator: " "))")
    }
    try git("init", "-q")
    try git("add", ".")
    try git("commit", "-q", "-m", "corpus")
    let check = try TallyRun(
      ["check", "corpus", "--format", "json", "--quiet", "--fail-on", "never"], in: folder.url)
    #expect(check.status == 0, "\(check.stderr)")
    try folder.write(
      "corpus/notes/b.md",
      "---\ndate: 2025-06-04\n---\nHalden bought 9,400 K9 chips from Orvane in 2025.\n")
    let diff = try TallyRun(
      ["diff", "--git", "HEAD", "corpus", "--quiet", "--fail-on", "never"], in: folder.url)
    #expect(diff.status == 0, "\(diff.stderr)")
    #expect(
      String(decoding: diff.stdout, as: UTF8.self).contains("claims 0 added, 0 removed, 1 changed"))
    // The check; the revision, every file as the store holds it; the work tree, one file new.
    #expect(
      try runs(folder.url.appendingPathComponent("corpus/.tally/tally.sqlite").path)
        == [["4", "4", "0"], ["4", "0", "4"], ["4", "1", "3"]])
  }

  @Test("two runs sharing a store at once, or a run killed halfway, leave it usable")
  func sharedAndKilled() throws {
    let folder = try corpus()
    for index in 0..<150 {
      try folder.write(
        "more/\(index).md",
        "---\ndate: 2025-06-04\n---\nHalden bought \(index + 10) K9 chips from Orvane in 2025.\n")
    }
    let plain = try check(folder, ["--no-store"])
    // Two at once: one waits for the other's writes; both report as a run without the store.
    let arguments = ["check", folder.url.path, "--format", "json", "--quiet", "--fail-on", "never"]
    let runs = [Process(), Process()]
    let outputs = [Pipe(), Pipe()]
    for (process, output) in zip(runs, outputs) {
      process.executableURL = TallyRun.executable
      process.arguments = arguments
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
    }
    let reports = outputs.map { $0.fileHandleForReading.readDataToEndOfFile() }
    for process in runs {
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    #expect(reports.allSatisfy { $0 == plain.stdout })
    // A run killed while it reads: the next one reads what is missing and reports the same.
    try folder.write(
      "notes/a.md",
      "---\ndate: 2025-06-04\n---\nHalden bought 7,400 K9 chips from Orvane in 2025.\n")
    let edited = try check(folder, ["--no-store"])
    let killed = Process()
    killed.executableURL = TallyRun.executable
    killed.arguments = arguments + ["--jobs", "1"]
    killed.standardOutput = FileHandle.nullDevice
    killed.standardError = FileHandle.nullDevice
    try killed.run()
    usleep(150_000)
    kill(killed.processIdentifier, SIGKILL)
    killed.waitUntilExit()
    #expect(try check(folder).stdout == edited.stdout)
    #expect(try check(folder).stdout == edited.stdout)
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
