import Foundation
import TestSupport
import Testing

@testable import tally

/// Runs the built `tally` executable, as a user would.
struct TallyRun {
  var status: Int32
  var stdout: Data
  var stderr: String

  static var executable: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("tally")
  }

  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  init(
    _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
    input: String? = nil
  ) throws {
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    if let folder { process.currentDirectoryURL = folder }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let stdin = Pipe()
    if input != nil { process.standardInput = stdin }
    try process.run()
    if let input {
      stdin.fileHandleForWriting.write(Data(input.utf8))
      try stdin.fileHandleForWriting.close()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    status = process.terminationStatus
    stdout = outData
    stderr = String(decoding: errData, as: UTF8.self)
  }

  var records: [[String: Any]] {
    String(decoding: stdout, as: UTF8.self).split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
  }
}

@Suite struct IngestCommandTests {
  @Test("every file is accounted for: a record each, a summary, exit 0 even when one failed")
  func accountsForEveryFile() throws {
    let folder = try TemporaryDirectory()
    try folder.write("a.txt", "A note about 12,000 units.")
    try folder.write("b.json", "[{\"text\": oops}]")
    try folder.write("c.png", [0x89, 0x50, 0x4E, 0x47, 0, 0])
    // A failed file is data, listed with its reason; exit 1 is only for findings (issue 16).
    #expect(try TallyRun(["claims", folder.url.path, "-q"]).status == 0)
    let run = try TallyRun(["ingest", folder.url.path])
    #expect(run.status == 0)
    let records = run.records
    #expect(records.map { $0["path"] as? String } == ["a.txt", "b.json", "c.png"])
    #expect(records.map { $0["status"] as? String } == ["ok", "failed", "skipped"])
    #expect(
      records[1]["reason"] as? String
        == "malformed JSON at line 1, column 11: unexpected character 'o'")
    #expect(run.stderr.contains("tally: 3 files, 1 document (text 1); 1 skipped, 1 failed"))
    #expect(run.stderr.contains("b.json: failed: malformed JSON at line 1, column 11"))
  }

  @Test("a usage error exits 2")
  func usageError() throws {
    #expect(try TallyRun(["ingest", "--jobs", "0", "x"]).status == 2)
    #expect(try TallyRun(["ingest", "--no-such-flag", "x"]).status == 2)
  }

  @Test("the output does not depend on the number of threads")
  func deterministic() throws {
    let corpus = TallyRun.repository.appendingPathComponent("Corpus").path
    let one = try TallyRun(["ingest", "--quiet", "--jobs", "1", corpus])
    let two = try TallyRun(["ingest", "--quiet", "--jobs", "3", corpus])
    #expect(one.status == 0)
    #expect(!one.stdout.isEmpty)
    #expect(one.stdout == two.stdout)
  }

  @Test("--output writes the whole file atomically; --format json is one array")
  func outputFile() throws {
    let folder = try TemporaryDirectory()
    try folder.write("in/a.md", "# Title\n\nBody with 5 units.")
    let target = folder.url.appendingPathComponent("out.json")
    let run = try TallyRun([
      "ingest", "--quiet", "--format", "json", "--output", target.path,
      folder.url.appendingPathComponent("in").path,
    ])
    #expect(run.status == 0)
    #expect(run.stdout.isEmpty)
    let data = try Data(contentsOf: target)
    let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(array.first?["title"] as? String == "Title")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter {
      $0.contains("tmp")
    }
    #expect(leftovers.isEmpty)
  }
}

@Suite struct CheckCommandTests {
  private func corpus() throws -> TemporaryDirectory {
    let folder = try TemporaryDirectory()
    try folder.write(
      "articles/a.md",
      "---\ndate: 2024-06-04\n---\nTesla ordered 20,000 H100 GPUs in March 2024, the company said.\n"
    )
    try folder.write(
      "bookings.csv",
      "id,customer,item,quantity,date,status\nB-1,Tesla,H100,8000,2024-03,booked\nB-2,Tesla,H100,6000,2024-03,shipped\nB-3,Tesla,H100,lots,2024-03,booked\n"
    )
    return folder
  }

  @Test("a contradiction fails the run (exit 1) and is printed path:line:col with its evidence")
  func contradiction() throws {
    let folder = try corpus()
    let run = try TallyRun(["check", folder.url.path])
    let text = String(decoding: run.stdout, as: UTF8.self)
    #expect(run.status == 1)
    #expect(
      text.contains(
        "articles/a.md:4:15: error: [REC001] Tesla's orders: 20,000 H100 GPUs against 14,000 H100 GPUs booked, delivered or shipped in March 2024 in the ledger, 43 % above the ledger's figure"
      ))
    #expect(
      text.contains(
        "  why    claim of 20,000 H100 GPUs for Tesla is outside the ledger's 14,000"))
    #expect(text.contains("B-1") && text.contains("B-2"))
    #expect(
      run.stderr.contains(
        "bookings.csv:4: warning: bad ledger row, skipped: quantity 'lots' is not a number"))
  }

  @Test(
    "--fail-on never exits 0; --strict makes a bad ledger row an error; a missing ledger exits 2")
  func exitCodes() throws {
    let folder = try corpus()
    #expect(try TallyRun(["check", "--fail-on", "never", folder.url.path]).status == 0)
    #expect(try TallyRun(["check", "--strict", folder.url.path]).status == 2)
    let missing = try TallyRun(["check", "--ledger", "/no/such/ledger.csv", folder.url.path])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("/no/such/ledger.csv: no such ledger file"))
  }

  @Test("files tally.yml excludes are skipped with the pattern, and read no claims")
  func excluded() throws {
    let folder = try corpus()
    try folder.write("README.md", "This corpus has 99,000 H100 GPUs of notes.\n")
    try folder.write("tally.yml", "exclude: [README.md]\n")
    let run = try TallyRun(["check", "--format", "json", "--fail-on", "never", folder.url.path])
    let object = try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any]
    let problems = (object?["summary"] as? [String: Any])?["problems"] as? [[String: Any]] ?? []
    #expect(
      problems.contains {
        $0["path"] as? String == "README.md"
          && ($0["reason"] as? String ?? "").contains("excluded by")
          && ($0["reason"] as? String ?? "").hasSuffix("('README.md')")
      })
    #expect(!String(decoding: run.stdout, as: UTF8.self).contains("99,000"))
  }

  @Test(
    "the JSON and SARIF reports, contradictions and all, are byte-identical whatever the number of threads"
  )
  func deterministic() throws {
    let corpus = TallyRun.repository.appendingPathComponent("Corpus").path
    for format in ["json", "sarif"] {
      let one = try TallyRun([
        "check", "--format", format, "--fail-on", "never", "--jobs", "1", corpus,
      ])
      let two = try TallyRun([
        "check", "--format", format, "--fail-on", "never", "--jobs", "2", corpus,
      ])
      #expect(one.status == 0)
      #expect(one.stdout == two.stdout, "\(format)")
      let object = try JSONSerialization.jsonObject(with: one.stdout) as? [String: Any]
      if format == "json" {
        #expect(object?["schemaVersion"] as? Int == 3)
        #expect((object?["contradictions"] as? [Any])?.isEmpty == false)
      }
    }
  }
}

@Suite struct ClaimsCommandTests {
  @Test("claims of a dense file come in text order, each quoting a window of its run-on sentence")
  func denseFile() throws {
    let folder = try TemporaryDirectory()
    let line = Array(repeating: "Tesla bought 5 chips", count: 100).joined(separator: ", ")
    try folder.write(
      "in/dense.txt", Array(repeating: line + ".", count: 12).joined(separator: "\n"))
    try folder.write("in/short.txt", "Nvidia shipped 700 GPUs to Tesla in 2024.")
    let input = folder.url.appendingPathComponent("in").path
    let one = try TallyRun(["claims", "--quiet", "--jobs", "1", input])
    let two = try TallyRun(["claims", "--quiet", "--jobs", "2", input])
    #expect(one.status == 0)
    #expect(one.stdout == two.stdout)
    let records = one.records
    #expect(records.count == 1_201)
    let dense = records.filter { $0["document"] as? String == "dense.txt" }
    let starts = dense.compactMap { $0["start"] as? Int }
    #expect(starts.count == 1_200)
    #expect(zip(starts, starts.dropFirst()).allSatisfy { $0 < $1 })
    #expect(records.last?["document"] as? String == "short.txt")
    let longest = dense.compactMap { ($0["sentence"] as? String)?.utf8.count }.max() ?? 0
    #expect(longest > 200 && longest <= 306)
  }

  @Test("records past the in-memory limit go to a temporary file and come back whole, in order")
  func spilledRecords() {
    let buffer = RecordBuffer(memoryLimit: 1_000)
    let records = (0..<2_000).map {
      Data("{\"n\":\($0),\"pad\":\"\(String(repeating: "x", count: $0 % 300))\"}".utf8)
    }
    records.forEach(buffer.append)
    #expect(buffer.spilled)
    #expect(buffer.count == 2_000)
    var replayed: [Data] = []
    buffer.replay { replayed.append($0) }
    #expect(replayed == records)
    let small = RecordBuffer()
    small.append(Data("one".utf8))
    #expect(!small.spilled)
    var back: [Data] = []
    small.replay { back.append($0) }
    #expect(back == [Data("one".utf8)])
  }
}

/// Issue 16: a broken setup exits 2 with one line naming the path and the reason; exit 1 is
/// findings reaching `--fail-on`, and nothing else.
@Suite struct ExitCodeTests {
  private func corpus() throws -> TemporaryDirectory {
    let folder = try TemporaryDirectory()
    try folder.write(
      "note.md", "---\ndate: 2024-05-01\n---\n\nTesla ordered 12,000 H100 GPUs in 2024.\n")
    try folder.write(
      "bookings.csv",
      "id,customer,item,quantity,date,status\nB-1,Tesla,H100,12000,2024-03,booked\n")
    return folder
  }

  @Test("a missing path is exit 2 and one line, for check, ingest and claims")
  func missingPaths() throws {
    for command in ["check", "ingest", "claims"] {
      let run = try TallyRun([command, "/no/such/corpus"])
      #expect(run.status == 2, "\(command)")
      #expect(run.stderr == "tally: error: /no/such/corpus: no such file or directory\n")
    }
  }

  @Test("a corpus with no documents at all is exit 2, and no report is written")
  func noDocuments() throws {
    let folder = try TemporaryDirectory()
    try folder.write("data.csv", "a,b\n1,2\n")
    let report = folder.url.appendingPathComponent("report.json").path
    let run = try TallyRun([
      "check", folder.url.appendingPathComponent("data.csv").path, "-o", report,
    ])
    #expect(run.status == 2)
    #expect(run.stderr.contains("no documents (1 file read, none a document)"))
    #expect(!FileManager.default.fileExists(atPath: report))
  }

  @Test("an output that cannot be written is exit 2 before anything is read")
  func unwritableOutput() throws {
    let folder = try corpus()
    let run = try TallyRun(["check", folder.url.path, "-o", "/no/such/folder/report.json"])
    #expect(run.status == 2)
    #expect(
      run.stderr
        == "tally: error: /no/such/folder/report.json: cannot write: the folder is missing or not writable\n"
    )
  }

  @Test(
    "a --ledger or --config that is missing or a directory is exit 2 and one line naming it",
    arguments: ["check", "diff", "eval", "claims"])
  func unreadableLedgerOrConfig(_ command: String) throws {
    let folder = try corpus()
    let sides = command == "diff" ? [folder.url.path, folder.url.path] : [folder.url.path]
    let elsewhere = try TemporaryDirectory()
    let articles = elsewhere.url.appendingPathComponent("articles").path
    try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
    var cases = [
      (["--config", "/no/such/tally.yml"], "/no/such/tally.yml: no such configuration file"),
      (["--config", articles], "\(articles): is a directory, not a configuration file"),
    ]
    if command != "claims" {
      cases.append((["--ledger", articles], "\(articles): is a directory, not a ledger file"))
    }
    for (options, message) in cases {
      let run = try TallyRun([command] + sides + options)
      #expect(run.status == 2, "\(command) \(options)")
      #expect(run.stderr == "tally: error: \(message)\n", "\(command) \(options)")
      #expect(run.stdout.isEmpty)
    }
  }

  @Test("errors name paths as given: an output that is a folder, an eval corpus that is missing")
  func pathsAsGiven() throws {
    let folder = try corpus()
    let elsewhere = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      at: elsewhere.url.appendingPathComponent("out"), withIntermediateDirectories: true)
    let run = try TallyRun(["check", folder.url.path, "-o", "out"], in: elsewhere.url)
    #expect(run.status == 2)
    #expect(run.stderr == "tally: error: out: cannot write: is a directory\n")
    let eval = try TallyRun(["eval", "nonexist"], in: elsewhere.url)
    #expect(eval.status == 2)
    #expect(eval.stderr == "tally: error: nonexist: no such file or directory\n")
  }

  @Test(
    "a single file is a corpus; short flags -f, -o, -q, -j (and -j2) work; exit 1 only for findings"
  )
  func singleFileAndShortFlags() throws {
    let folder = try corpus()
    let report = folder.url.appendingPathComponent("out.json").path
    let consistent = try TallyRun([
      "check", folder.url.appendingPathComponent("note.md").path,
      "--ledger", folder.url.appendingPathComponent("bookings.csv").path,
      "-f", "json", "-o", report, "-q", "-j", "1",
    ])
    #expect(consistent.status == 0)
    #expect(consistent.stderr.isEmpty)
    let json =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any]
    #expect((json?["summary"] as? [String: Any])?["documents"] as? Int == 1)
    try folder.write(
      "note.md", "---\ndate: 2024-05-01\n---\n\nTesla ordered 30,000 H100 GPUs in 2024.\n")
    let contradicted = try TallyRun(["check", folder.url.path, "-q"])
    #expect(contradicted.status == 1)
    // "-j2", as make and cargo take it.
    let joined = try TallyRun(["check", folder.url.path, "-q", "-j2", "--no-store"])
    #expect(joined.status == 1)
    #expect(
      joined.stdout
        == (try TallyRun(["check", folder.url.path, "-q", "-j", "1", "--no-store"])).stdout)
  }
}

/// Issue 16: what a command says on standard error, and output that never harms the corpus.
@Suite struct OutputContractTests {
  private func corpus() throws -> TemporaryDirectory {
    let folder = try TemporaryDirectory()
    try folder.write(
      "note.md", "---\ndate: 2024-05-01\n---\n\nTesla ordered 12,000 H100 GPUs in 2024.\n")
    return folder
  }

  @Test(
    "every format prints the one-line summary and 'wrote PATH' on standard error; -q silences them")
  func summaryOnStandardError() throws {
    let folder = try corpus()
    let elsewhere = try TemporaryDirectory()
    let report = elsewhere.url.appendingPathComponent("r.sarif").path
    let run = try TallyRun(["check", folder.url.path, "-f", "sarif", "-o", report])
    #expect(run.status == 0)
    #expect(
      run.stderr
        == """
        tally: no ledger: checking documents against each other only
        tally: 1 file, 1 document, 1 claim; 0 consistent, 0 contradicted, 0 unverifiable; findings: 0 errors, 0 warnings, 0 notes
        tally: wrote \(report)

        """)
    // -q silences the summary and "wrote PATH", not what says how the run was made.
    let quiet = try TallyRun(["check", folder.url.path, "-f", "json", "-q", "-o", report])
    #expect(quiet.stderr == "tally: no ledger: checking documents against each other only\n")
    let text = try TallyRun(["check", folder.url.path, "-q"])
    #expect(text.stderr == "tally: no ledger: checking documents against each other only\n")
  }

  @Test("the text report's summary is on standard error too, for check, diff and eval")
  func textSummaryOnStandardError() throws {
    let folder = try corpus()
    let check = try TallyRun(["check", folder.url.path, "-f", "text"])
    #expect(check.status == 0)
    #expect(
      check.stderr
        == """
        tally: no ledger: checking documents against each other only
        tally: 1 file, 1 document, 1 claim; 0 consistent, 0 contradicted, 0 unverifiable; findings: 0 errors, 0 warnings, 0 notes

        """)
    let text = String(decoding: check.stdout, as: UTF8.self)
    #expect(text.contains("tally: 1 file, 1 document, 1 claim;"))
    let diff = try TallyRun(["diff", folder.url.path, folder.url.path])
    #expect(
      diff.stderr
        == "tally diff: claims 0 added, 0 removed, 0 changed; findings 0 new, 0 resolved, 0 changed, 0 unchanged\n"
    )
    #expect(try TallyRun(["diff", folder.url.path, folder.url.path, "-q"]).stderr.isEmpty)
  }

  @Test("eval prints its scores in one line and 'wrote PATH' on standard error; -q silences them")
  func evalSummary() throws {
    let corpus = TallyRun.repository.appendingPathComponent("Corpus").path
    let elsewhere = try TemporaryDirectory()
    let report = elsewhere.url.appendingPathComponent("eval.json").path
    let run = try TallyRun(["eval", corpus, "-f", "json", "-o", report])
    #expect(run.status == 0)
    let lines = run.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("tally eval: claims F1 0.") == true)
    #expect(lines.first?.contains("; findings F1 ") == true)
    #expect(lines.last == "tally: wrote \(report)")
    let quiet = try TallyRun(["eval", corpus, "-q"])
    #expect(quiet.status == 0)
    #expect(quiet.stderr.isEmpty)
    #expect(!quiet.stdout.isEmpty)
  }

  @Test("a report left in the corpus is skipped as a Tally report, in every format")
  func reportsInTheCorpus() throws {
    let folder = try corpus()
    for format in ["html", "markdown", "json", "sarif"] {
      let path = folder.url.appendingPathComponent("report.\(format == "markdown" ? "md" : format)")
      #expect(
        try TallyRun(["check", folder.url.path, "-q", "-f", format, "-o", path.path]).status == 0)
    }
    let run = try TallyRun(["check", folder.url.path, "-f", "json", "-q"])
    let json = try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any]
    let summary = json?["summary"] as? [String: Any]
    #expect(summary?["documents"] as? Int == 1)
    let problems = summary?["problems"] as? [[String: Any]] ?? []
    #expect(problems.count == 4)
    #expect(
      problems.allSatisfy { ($0["reason"] as? String)?.hasPrefix("a Tally report (") == true })
  }

  @Test("every output of every command, left in the corpus, is skipped as a Tally report")
  func everyOutputInTheCorpus() throws {
    let folder = try corpus()
    let path = folder.url.path
    func file(_ name: String) -> String { folder.url.appendingPathComponent(name).path }
    let runs: [(arguments: [String], name: String, format: String)] = [
      (["check", path, "-f", "text"], "check.txt", "text"),
      (["check", path, "-f", "github"], "check.github.txt", "GitHub annotations"),
      (["diff", path, path, "-f", "text"], "diff.txt", "diff text"),
      (["diff", path, path, "-f", "markdown"], "diff.md", "diff Markdown"),
      (["diff", path, path, "-f", "json"], "diff.json", "diff JSON"),
      (["claims", path, "-f", "jsonl"], "claims.jsonl", "claims JSON Lines"),
      (["claims", path, "-f", "json"], "claims.json", "claims JSON"),
      (["claims", path, "-f", "table"], "claims.txt", "claims table"),
      (["ingest", path, "-f", "jsonl"], "ingest.jsonl", "ingest JSON Lines"),
      (["ingest", path, "-f", "json"], "ingest.json", "ingest JSON"),
    ]
    // A contradiction, so that the GitHub annotations are not empty.
    try folder.write(
      "bookings.csv",
      "id,customer,item,quantity,date,status\nB-1,Tesla,H100,3000,2024-03,booked\n")
    for run in runs {
      let result = try TallyRun(run.arguments + ["-q", "-o", file(run.name), "-j", "1"])
      #expect(result.status <= 1, "\(run.name): \(result.stderr)")
    }
    // eval needs a gold: the sample corpus's, its reports copied in.
    let sample = TallyRun.repository.appendingPathComponent("Corpus").path
    for (format, name) in [("json", "eval.json"), ("text", "eval.txt")] {
      let result = try TallyRun(["eval", sample, "-q", "-f", format, "-o", file(name)])
      #expect(result.status == 0, "\(result.stderr)")
    }
    // A baseline of accepted findings; a pack shard and the stage's output for it, made
    // outside the corpus and copied in.
    #expect(
      try TallyRun([
        "check", path, "-q", "--fail-on", "never", "--write-baseline", file("baseline.json"),
      ]).status == 0)
    let outside = try TemporaryDirectory()
    #expect(try TallyRun(["pack", path, outside.url.path, "--shards", "1", "-q"]).status == 0)
    let shard = try Data(contentsOf: outside.url.appendingPathComponent("part-00000.jsonl"))
    let staged = try TallyRun(["stage", "-q"], input: String(decoding: shard, as: UTF8.self))
    #expect(staged.status == 0, "\(staged.stderr)")
    try folder.write("shard.jsonl", [UInt8](shard))
    try folder.write("staged.jsonl", [UInt8](staged.stdout))
    // A skipped file's record alone.
    try folder.write("in/x.png", [0x89, 0x50, 0x4E, 0x47, 0, 0])
    #expect(
      try TallyRun(["ingest", file("in/x.png"), "-q", "-o", file("skipped.jsonl")]).status == 0)
    try FileManager.default.removeItem(atPath: file("in"))
    let run = try TallyRun(["check", path, "-f", "json", "-q", "--fail-on", "never"])
    let json = try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any]
    let summary = json?["summary"] as? [String: Any]
    #expect(summary?["documents"] as? Int == 1)
    let reasons = Dictionary(
      uniqueKeysWithValues: (summary?["problems"] as? [[String: Any]] ?? []).map {
        ($0["path"] as? String ?? "", $0["reason"] as? String ?? "")
      })
    let expected =
      runs.map { ($0.name, $0.format) } + [
        ("eval.json", "eval JSON"), ("eval.txt", "eval text"),
        ("skipped.jsonl", "ingest JSON Lines"), ("baseline.json", "baseline"),
        ("shard.jsonl", "pack shard"), ("staged.jsonl", "stage output"),
      ]
    for (name, format) in expected {
      #expect(reasons[name] == "a Tally report (\(format)), not read as a document", "\(name)")
    }
  }

  @Test("a ledger not named bookings.* gets a hint naming --ledger; --fail-on note counts notes")
  func ledgerHintAndNotes() throws {
    let folder = try corpus()
    try folder.write(
      "orders-2023.csv",
      "id,customer,item,quantity,date,status\nB-1,Tesla,H100,12000,2023-03,booked\n")
    let ledger = folder.url.appendingPathComponent("orders-2023.csv").path
    // The hint stays under -q: it is about the setup, not the summary.
    let hinted = try TallyRun(["check", folder.url.path, "-f", "json", "-q"])
    #expect(
      hinted.stderr
        == "tally: no ledger: checking documents against each other only\ntally: hint: \(ledger) looks like a ledger; give it with --ledger \(ledger)\n"
    )
    // Linked, with no row in 2024: an unverifiable claim is a note.
    let notes = try TallyRun(["check", folder.url.path, "--ledger", ledger, "-q"])
    #expect(notes.status == 0)
    let failing = try TallyRun([
      "check", folder.url.path, "--ledger", ledger, "-q", "--fail-on", "note",
    ])
    #expect(failing.status == 1)
  }

  @Test("--color always colours the text report in a pipe; auto and never do not")
  func colorChoice() throws {
    let folder = try corpus()
    try folder.write(
      "bookings.csv",
      "id,customer,item,quantity,date,status\nB-1,Tesla,H100,3000,2024-03,booked\n")
    let always = try TallyRun(["check", folder.url.path, "--color", "always"])
    #expect(String(decoding: always.stdout, as: UTF8.self).contains("\u{1B}[1;31merror\u{1B}[0m"))
    for choice in ["auto", "never"] {
      let plain = try TallyRun(["check", folder.url.path, "--color", choice])
      #expect(!String(decoding: plain.stdout, as: UTF8.self).contains("\u{1B}["))
    }
  }

  @Test("diff takes --ledger and --config for a corpus side, and says its counts on standard error")
  func diffSharesOptions() throws {
    let folder = try corpus()
    let elsewhere = try TemporaryDirectory()
    try elsewhere.write(
      "orders.csv", "id,customer,item,quantity,date,status\nB-1,Tesla,H100,3000,2024-03,booked\n")
    let ledger = elsewhere.url.appendingPathComponent("orders.csv").path
    let snapshot = elsewhere.url.appendingPathComponent("base.json").path
    #expect(
      try TallyRun([
        "check", folder.url.path, "--ledger", ledger, "-f", "json", "-o", snapshot, "-q",
      ])
      .status == 1)
    let same = try TallyRun(["diff", snapshot, folder.url.path, "--ledger", ledger, "-f", "json"])
    #expect(same.status == 0)
    #expect(
      same.stderr
        == "tally diff: claims 0 added, 0 removed, 0 changed; findings 0 new, 0 resolved, 0 changed, 1 unchanged\n"
    )
    // Without the ledger the contradiction is gone from the corpus side.
    let without = try TallyRun(["diff", snapshot, folder.url.path, "-f", "json"])
    #expect(without.stderr.contains("findings 0 new, 1 resolved"))
    #expect(try TallyRun(["diff", snapshot, folder.url.path, "-q", "-f", "json"]).stderr.isEmpty)
  }

  @Test("tally check counts the documents whose main text a fallback found (issue 13)")
  func countsMainTextFallbacks() throws {
    let folder = try TemporaryDirectory()
    let links = String(
      repeating: "<li><a href=\"/a\">Harbour timetables and fares for every route</a></li>",
      count: 30)
    try folder.write(
      "page.html",
      "<html><body><div class=\"widget Blog\"><p>Kessler Yards handed the fourth hybrid ferry to "
        + "Nordhavn on Tuesday, and the operator says the last two will follow before the summer "
        + "timetable begins on the first of June.</p><p>The yard says the fifth hull is already "
        + "in the water at its northern slipway.</p></div><ul>\(links)</ul></body></html>")
    let text = try TallyRun(["check", folder.url.path])
    #expect(
      String(decoding: text.stdout, as: UTF8.self).contains(
        "tally: 1 document with no clear main text, read by a fallback (ING014: 1)"))
    let json = try TallyRun(["check", folder.url.path, "-f", "json", "-q"])
    let summary =
      (try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])?["summary"]
      as? [String: Any]
    #expect((summary?["mainTextFallbacks"] as? [String: Int]) == ["ING014": 1])
  }

  @Test("several reports from one run: --report FORMAT=PATH beside the terminal output")
  func severalReports() throws {
    let folder = try corpus()
    let elsewhere = try TemporaryDirectory()
    let sarif = elsewhere.url.appendingPathComponent("tally.sarif").path
    let markdown = elsewhere.url.appendingPathComponent("summary.md").path
    let run = try TallyRun([
      "check", folder.url.path, "--report", "sarif=\(sarif)", "--report", "markdown=\(markdown)",
    ])
    #expect(run.status == 0)
    #expect(String(decoding: run.stdout, as: UTF8.self).contains("tally: 1 file, 1 document"))
    #expect(try String(contentsOfFile: markdown, encoding: .utf8).hasPrefix("# Tally report"))
    let log = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sarif)))
    #expect((log as? [String: Any])?["version"] as? String == "2.1.0")
    #expect(run.stderr.contains("tally: wrote \(sarif)\ntally: wrote \(markdown)\n"))
    #expect(try TallyRun(["check", folder.url.path, "--report", "pdf=x.pdf"]).status == 2)
    let note = folder.url.appendingPathComponent("note.md").path
    #expect(try TallyRun(["check", folder.url.path, "--report", "json=\(note)"]).status == 2)
  }

  @Test(
    "SARIF URIs are relative to a folder that holds the corpus, wherever tally runs",
    arguments: [false, true])
  func sarifRootHoldsTheCorpus(inGit: Bool) throws {
    let folder = try TemporaryDirectory()
    try folder.write(
      "repo/data/corpus/note.md",
      "---\ndate: 2024-05-01\n---\n\nTesla ordered 12,000 H100 GPUs in 2024.\n")
    try folder.write(
      "repo/data/corpus/bookings.csv",
      "id,customer,item,quantity,date,status\nB-1,Tesla,H100,3000,2024-03,booked\n")
    try folder.write("repo/sub/keep.txt", "")
    let repo = folder.url.appendingPathComponent("repo")
    if inGit { #expect(try runGit(["init", "-q"], in: repo) == 0) }
    // The top of the repository, or the corpus's parent folder.
    let root = inGit ? repo.path : repo.appendingPathComponent("data").path
    let prefix = inGit ? "data/corpus/" : "corpus/"
    let elsewhere = try TemporaryDirectory()
    for (arguments, workingFolder) in [
      (["../data/corpus"], repo.appendingPathComponent("sub")),
      ([repo.appendingPathComponent("data/corpus").path], elsewhere.url),
    ] {
      let run = try TallyRun(
        ["check"] + arguments + ["-f", "sarif", "-q", "--fail-on", "never"], in: workingFolder)
      #expect(run.status == 0, "\(run.stderr)")
      let log = try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any]
      let sarifRun = try #require((log?["runs"] as? [[String: Any]])?.first)
      let bases = sarifRun["originalUriBaseIds"] as? [String: [String: Any]]
      // Both sides resolved: the temporary folder may sit behind a symbolic link.
      let base = try #require(bases?["%SRCROOT%"]?["uri"] as? String)
      #expect(base.hasPrefix("file:///") && base.hasSuffix("/"))
      #expect(
        URL(fileURLWithPath: String(base.dropFirst(7))).resolvingSymlinksInPath().path
          == URL(fileURLWithPath: root).resolvingSymlinksInPath().path)
      let result = try #require((sarifRun["results"] as? [[String: Any]])?.first)
      var artifacts: [[String: String]] = []
      for location in (result["locations"] as? [[String: Any]] ?? [])
        + (result["relatedLocations"] as? [[String: Any]] ?? [])
      {
        let physical = location["physicalLocation"] as? [String: Any]
        artifacts.append(physical?["artifactLocation"] as? [String: String] ?? [:])
      }
      #expect(artifacts.count == 2)
      #expect(
        artifacts == [
          ["uri": prefix + "note.md", "uriBaseId": "%SRCROOT%"],
          ["uri": prefix + "bookings.csv", "uriBaseId": "%SRCROOT%"],
        ], "\(arguments)")
    }
  }

  @Test("--output refuses to overwrite a document of the corpus being read")
  func refusesToOverwriteTheCorpus() throws {
    let folder = try corpus()
    let note = folder.url.appendingPathComponent("note.md").path
    let before = try String(contentsOfFile: note, encoding: .utf8)
    let run = try TallyRun(["check", folder.url.path, "-o", note])
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("tally: error: \(note): is a file of the corpus being read"))
    #expect(try String(contentsOfFile: note, encoding: .utf8) == before)
  }

  @Test(
    "every command's --output refuses a document of the corpus it reads",
    arguments: ["ingest", "claims", "diff", "eval", "check"])
  func everyCommandRefusesToOverwriteTheCorpus(_ command: String) throws {
    let folder = try corpus()
    let note = folder.url.appendingPathComponent("note.md").path
    let before = try String(contentsOfFile: note, encoding: .utf8)
    let sides = command == "diff" ? [folder.url.path, folder.url.path] : [folder.url.path]
    let run = try TallyRun([command] + sides + ["-o", note])
    #expect(run.status == 2)
    #expect(
      run.stderr
        == "tally: error: \(note): is a file of the corpus being read; write the report outside it (or over a report Tally wrote)\n"
    )
    #expect(try String(contentsOfFile: note, encoding: .utf8) == before)
  }

  @Test("--output refuses the ledger or configuration the run reads")
  func refusesToOverwriteTheLedger() throws {
    let folder = try corpus()
    let elsewhere = try TemporaryDirectory()
    try elsewhere.write("orders.csv", "id,customer,item,quantity,date,status\n")
    let ledger = elsewhere.url.appendingPathComponent("orders.csv").path
    let run = try TallyRun([
      "check", folder.url.path, "--ledger", ledger, "-f", "json", "-o", ledger,
    ])
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("tally: error: \(ledger): is a file this run reads"))
    #expect(
      try String(contentsOfFile: ledger, encoding: .utf8)
        == "id,customer,item,quantity,date,status\n")
  }

  @Test(
    "two outputs to one path are a usage error before anything is written",
    arguments: [
      ["--report", "sarif=a.sarif", "--report", "json=a.sarif"],
      ["-o", "a.sarif", "--report", "text=./a.sarif"],
    ])
  func twoOutputsToOnePath(_ arguments: [String]) throws {
    let folder = try corpus()
    let elsewhere = try TemporaryDirectory()
    let run = try TallyRun(["check", folder.url.path] + arguments, in: elsewhere.url)
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("tally: error: "))
    #expect(run.stderr.contains("a.sarif: named by two outputs"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.url.path).isEmpty)
  }
}

/// Issue 16: `-` reads standard input for `claims` and `ingest`, with `--lang` and `--date`.
@Suite struct StandardInputTests {
  @Test("claims from standard input, dated and in the language given")
  func claimsFromStandardInput() throws {
    let run = try TallyRun(
      ["claims", "-", "--lang", "fr", "--date", "2026-04-02"],
      input: "Domvia Habitat a reçu 2 500 pompes AW-9 en mars.")
    #expect(run.status == 0)
    let claim = try #require(run.records.first)
    #expect(claim["document"] as? String == "-")
    #expect(claim["text"] as? String == "2 500")
    #expect(claim["low"] as? Int == 2500)
    #expect(claim["language"] as? String == "fr")
    let period = claim["period"] as? [String: Any]
    #expect(period?["start"] as? String == "2026-03-01")
    #expect(run.stderr.hasSuffix("tally: 1 claim\n"))
  }

  @Test("HTML on standard input is read as a page; '-' goes alone; a bad date is a usage error")
  func ingestFromStandardInput() throws {
    let page =
      "<html><body><article><p>Vinga Line ordered three vessels from Kessler Yards, worth "
      + "about €90 million, the company said on Tuesday.</p></article></body></html>"
    let run = try TallyRun(["ingest", "-", "-q"], input: page)
    let record = try #require(run.records.first)
    #expect(record["format"] as? String == "html")
    #expect((record["text"] as? String)?.hasPrefix("Vinga Line ordered three vessels") == true)
    #expect(try TallyRun(["claims", "-", "other.txt"], input: "").status == 2)
    #expect(try TallyRun(["claims", "-", "--date", "2026-13-40"], input: "").status == 2)
  }
}
