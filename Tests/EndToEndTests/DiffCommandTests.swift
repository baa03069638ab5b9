import Foundation
import TestSupport
import Testing

@Suite struct DiffCommandTests {
  private let article =
    "---\ndate: 2024-06-04\n---\nTesla ordered 14,000 H100 GPUs in March 2024, the company said.\n\nIts rival bought 300 B200 GPUs.\n"
  private let ledger =
    "id,customer,item,quantity,date,status\nB-1,Tesla,H100,8000,2024-03,booked\nB-2,Tesla,H100,6000,2024-03,shipped\n"

  private func corpus() throws -> TemporaryDirectory {
    let folder = try TemporaryDirectory()
    try folder.write("corpus/articles/a.md", article)
    try folder.write("corpus/bookings.csv", ledger)
    return folder
  }

  @Test(
    "a snapshot against a changed corpus: claims added and removed, a new finding, exit by --fail-on"
  )
  func snapshotAgainstFolder() throws {
    let folder = try corpus()
    let corpus = folder.url.appendingPathComponent("corpus").path
    let snapshot = folder.url.appendingPathComponent("base.json").path
    #expect(try TallyRun(["check", corpus, "--format", "json", "--output", snapshot]).status == 0)
    // Unchanged: nothing to report.
    let same = try TallyRun(["diff", snapshot, corpus, "--fail-on", "any-change"])
    #expect(same.status == 0)
    #expect(
      String(decoding: same.stdout, as: UTF8.self).contains(
        "claims 0 added, 0 removed, 0 changed; findings 0 new, 0 resolved"))
    // The figure is edited in place: the claim is changed (not removed and added), and now it
    // contradicts the ledger.
    try folder.write(
      "corpus/articles/a.md", article.replacingOccurrences(of: "14,000", with: "20,000"))
    let changed = try TallyRun(["diff", snapshot, corpus])
    let text = String(decoding: changed.stdout, as: UTF8.self)
    #expect(changed.status == 1)
    #expect(text.contains("+ finding \(corpus)/articles/a.md:4:15: error: [REC001]"))
    #expect(
      text.contains(
        "~ claim \(corpus)/articles/a.md:4:15: 14,000 H100 GPUs → 20,000 H100 GPUs (value; consistent → contradicted)"
      ))
    #expect(
      text.contains(
        "claims 0 added, 0 removed, 1 changed; findings 1 new, 0 resolved, 0 changed, 0 unchanged"))
    #expect(try TallyRun(["diff", snapshot, corpus, "--fail-on", "never"]).status == 0)
    // Back again: the finding is resolved, which fails nothing but any-change.
    let back = try TallyRun(["diff", corpus, snapshot, "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: back.stdout) as? [String: Any]
    #expect(((object?["findings"] as? [String: Any])?["resolved"] as? [Any])?.count == 1)
    #expect(back.status == 0)
    #expect(try TallyRun(["diff", corpus, snapshot, "--fail-on", "any-change"]).status == 1)
  }

  @Test(
    "a review's diff: an edited figure is changed with its new distance, an edit elsewhere and a moved paragraph are no change"
  )
  func reviewPairing() throws {
    let folder = try corpus()
    let corpus = folder.url.appendingPathComponent("corpus").path
    let snapshot = folder.url.appendingPathComponent("base.json").path
    // The base already contradicts the ledger: 20,000 against 14,000.
    try folder.write(
      "corpus/articles/a.md", article.replacingOccurrences(of: "14,000", with: "20,000"))
    #expect(try TallyRun(["check", corpus, "--format", "json", "--output", snapshot]).status == 1)
    // The figure edited in place: still a contradiction, closer to the ledger.
    try folder.write(
      "corpus/articles/a.md", article.replacingOccurrences(of: "14,000", with: "16,000"))
    let edited = String(
      decoding: try TallyRun(["diff", snapshot, corpus, "--fail-on", "never"]).stdout, as: UTF8.self
    )
    #expect(
      edited.contains(
        "~ finding \(corpus)/articles/a.md:4:15: error: [REC001] 20,000 H100 GPUs → 16,000 H100 GPUs: still contradicts the ledger, 14 % above the ledger's figure (was 43 % above the ledger's figure)"
      ), "\(edited)")
    #expect(edited.contains("(value; still contradicted)"))
    #expect(edited.contains("findings 0 new, 0 resolved, 1 changed"))
    // An edit elsewhere in the sentence: the same claim, nothing to review.
    try folder.write(
      "corpus/articles/a.md",
      article.replacingOccurrences(of: "14,000", with: "20,000")
        .replacingOccurrences(of: "the company said", with: "the company confirmed"))
    let reworded = String(
      decoding: try TallyRun(["diff", snapshot, corpus, "--fail-on", "never"]).stdout, as: UTF8.self
    )
    #expect(
      reworded.contains(
        "claims 0 added, 0 removed, 0 changed; findings 0 new, 0 resolved, 0 changed"),
      "\(reworded)")
    // The paragraphs swapped: every claim moved, none changed.
    try folder.write(
      "corpus/articles/a.md",
      "---\ndate: 2024-06-04\n---\nIts rival bought 300 B200 GPUs.\n\nTesla ordered 20,000 H100 GPUs in March 2024, the company said.\n"
    )
    let moved = String(
      decoding: try TallyRun(["diff", snapshot, corpus, "--fail-on", "any-change"]).stdout,
      as: UTF8.self)
    #expect(
      moved.contains("claims 0 added, 0 removed, 0 changed; findings 0 new, 0 resolved, 0 changed"),
      "\(moved)")
  }

  @Test("--git compares the committed corpus with the work tree, without touching it")
  func git() throws {
    let folder = try corpus()
    func git(_ arguments: String...) throws {
      #expect(try runGit(arguments, in: folder.url) == 0, "git \(arguments.joined(separator: " "))")
    }
    try git("init", "-q")
    try git("add", ".")
    try git("commit", "-q", "-m", "corpus")
    let edited = article.replacingOccurrences(of: "300 B200", with: "400 B200")
    try folder.write("corpus/articles/a.md", edited)
    let run = try TallyRun(
      ["diff", "--git", "HEAD", "corpus", "--format", "markdown"], in: folder.url)
    let text = String(decoding: run.stdout, as: UTF8.self)
    #expect(run.status == 0, "\(run.stderr)")
    // The figure edited in place is one claim changed, not one removed and one added.
    #expect(text.contains("| Claims | 0 | 0 | 1 |"))
    #expect(text.contains("`corpus/articles/a.md:6:"))
    #expect(
      try String(
        contentsOf: folder.url.appendingPathComponent("corpus/articles/a.md"), encoding: .utf8)
        == edited)
    // A corpus that did not exist at the revision: every claim is new.
    try folder.write("other/b.md", "Tesla ordered 1,000 H100 GPUs.\n")
    let fresh = try TallyRun(["diff", "--git", "HEAD", "other"], in: folder.url)
    #expect(fresh.stderr.contains("other did not exist at HEAD"))
    #expect(String(decoding: fresh.stdout, as: UTF8.self).contains("claims 1 added"))
    #expect(try TallyRun(["diff", "--git", "no-such-rev", "corpus"], in: folder.url).status == 2)
    // An absolute path inside the repository, from a folder outside it: the same diff, the
    // places named as given.
    let outside = try TemporaryDirectory()
    let absolute = folder.url.appendingPathComponent("corpus").path
    let far = try TallyRun(
      ["diff", "--git", "HEAD", absolute, "--fail-on", "never"], in: outside.url)
    let farText = String(decoding: far.stdout, as: UTF8.self)
    #expect(far.status == 0, "\(far.stderr)")
    #expect(farText.contains("~ claim \(absolute)/articles/a.md:6:"), "\(farText)")
    #expect(farText.contains("claims 0 added, 0 removed, 1 changed"))
    // A folder that is in no repository is said to be so.
    let loose = try TallyRun(["diff", "--git", "HEAD", outside.url.path], in: outside.url)
    #expect(loose.status == 2)
    #expect(loose.stderr.contains("not in a git repository"), "\(loose.stderr)")
  }

  @Test(
    "--write-baseline records the findings; --baseline reports only new ones, and exits by them")
  func baseline() throws {
    let folder = try corpus()
    let corpus = folder.url.appendingPathComponent("corpus").path
    let accepted = folder.url.appendingPathComponent("accepted.json").path
    try folder.write(
      "corpus/articles/a.md", article.replacingOccurrences(of: "14,000", with: "20,000"))
    let first = try TallyRun(["check", corpus, "--write-baseline", accepted])
    #expect(first.status == 1)
    #expect(first.stderr.contains("wrote \(accepted) (1 findings accepted)"))
    // Everything known: nothing to report, exit 0.
    let known = try TallyRun(["check", corpus, "--baseline", accepted])
    #expect(known.status == 0, "\(known.stderr)")
    #expect(
      String(decoding: known.stdout, as: UTF8.self).contains("1 finding accepted by the baseline"))
    // Another figure is another finding: reported, and it fails the run.
    try folder.write(
      "corpus/articles/a.md", article.replacingOccurrences(of: "14,000", with: "21,000"))
    let fresh = try TallyRun(["check", corpus, "--baseline", accepted])
    #expect(fresh.status == 1)
    #expect(String(decoding: fresh.stdout, as: UTF8.self).contains("21,000 H100 GPUs against"))
    // A JSON report is a baseline too; a file that is none is a usage error naming it.
    try folder.write("bad.json", "[1, 2]")
    let bad = try TallyRun([
      "check", corpus, "--baseline", folder.url.appendingPathComponent("bad.json").path,
    ])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("bad.json: not a JSON object"))
  }

  @Test("tally.yml's rules change what is reported and what fails the run")
  func ruleOverrides() throws {
    let folder = try corpus()
    let corpus = folder.url.appendingPathComponent("corpus").path
    try folder.write(
      "corpus/articles/a.md", article.replacingOccurrences(of: "14,000", with: "20,000"))
    #expect(try TallyRun(["check", corpus]).status == 1)
    // The contradiction made a warning: reported, but no longer failing --fail-on error.
    try folder.write("corpus/tally.yml", "rules: {REC001: warning}\n")
    let softened = try TallyRun(["check", corpus])
    #expect(softened.status == 0, "\(softened.stderr)")
    #expect(String(decoding: softened.stdout, as: UTF8.self).contains(": warning: [REC001]"))
    #expect(try TallyRun(["check", corpus, "--fail-on", "warning"]).status == 1)
    // Turned off: not reported at all.
    try folder.write("corpus/tally.yml", "rules: {REC001: off}\n")
    let off = try TallyRun(["check", corpus, "--fail-on", "note"])
    #expect(!String(decoding: off.stdout, as: UTF8.self).contains("[REC001]"))
    // A rule that does not exist is a configuration error.
    try folder.write("corpus/tally.yml", "rules: {REC042: off}\n")
    let unknown = try TallyRun(["check", corpus])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("unknown rule 'REC042'"))
  }

  @Test("--color paints the diff's marks; never, and a pipe by default, leave them plain")
  func colour() throws {
    let folder = try corpus()
    let corpus = folder.url.appendingPathComponent("corpus").path
    let snapshot = folder.url.appendingPathComponent("base.json").path
    #expect(try TallyRun(["check", corpus, "--format", "json", "--output", snapshot]).status == 0)
    try folder.write(
      "corpus/articles/a.md", article.replacingOccurrences(of: "14,000", with: "20,000"))
    let painted = try TallyRun([
      "diff", snapshot, corpus, "--color", "always", "--fail-on", "never",
    ])
    #expect(String(decoding: painted.stdout, as: UTF8.self).contains("\u{1B}[32m+ finding"))
    #expect(String(decoding: painted.stdout, as: UTF8.self).contains("\u{1B}[33m~ claim"))
    let plain = try TallyRun(["diff", snapshot, corpus, "--fail-on", "never"])
    #expect(!String(decoding: plain.stdout, as: UTF8.self).contains("\u{1B}["))
  }

  @Test("bad snapshots and usage exit 2 with the reason")
  func errors() throws {
    let folder = try corpus()
    let bad = try folder.write("bad.json", "{\"schemaVersion\": 1}")
    let run = try TallyRun(["diff", bad.path, folder.url.appendingPathComponent("corpus").path])
    #expect(run.status == 2)
    #expect(run.stderr.contains("bad.json: snapshot schemaVersion 1, this tally reads 2"))
    #expect(try TallyRun(["diff", bad.path]).status == 2)
    let notJSON = try folder.write("not.json", "<html>")
    #expect(
      try TallyRun(["diff", notJSON.path, notJSON.path]).stderr.contains("not a JSON object"))
  }

  @Test("a folder side with no documents, or missing, is exit 2 and the line check gives")
  func emptyOrMissingSide() throws {
    let folder = try corpus()
    let corpus = folder.url.appendingPathComponent("corpus").path
    let empty = folder.url.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    for sides in [[corpus, empty.path], [empty.path, corpus]] {
      let run = try TallyRun(["diff"] + sides)
      #expect(run.status == 2)
      #expect(
        run.stderr == "tally: error: \(empty.path): no documents (0 files read, none a document)\n")
      #expect(run.stdout.isEmpty)
    }
    let missing = try TallyRun(["diff", corpus, "/no/such/corpus"])
    #expect(missing.status == 2)
    #expect(missing.stderr == "tally: error: /no/such/corpus: no such file or directory\n")
    let check = try TallyRun(["check", empty.path])
    #expect(
      check.stderr == "tally: error: \(empty.path): no documents (0 files read, none a document)\n")
  }

  @Test("--verbose lists each file on standard error; without a terminal there is no progress line")
  func progress() throws {
    let corpus = TallyRun.repository.appendingPathComponent("Corpus").path
    let verbose = try TallyRun(["check", corpus, "--verbose", "--fail-on", "never"])
    #expect(verbose.stderr.contains("tally: [1/"))
    #expect(verbose.stderr.contains("posts/tweets.js: 8 claims"))
    let plain = try TallyRun(["check", corpus, "--fail-on", "never"])
    #expect(!plain.stderr.contains("\r"))
    #expect(!plain.stderr.contains("MB/s") && !plain.stderr.contains("tally: ["))
  }

  @Test("every report format renders the sample corpus; SARIF and JSON parse")
  func formats() throws {
    let corpus = TallyRun.repository.appendingPathComponent("Corpus").path
    for format in ["text", "markdown", "html", "json", "sarif", "github"] {
      let run = try TallyRun(["check", corpus, "--format", format, "--fail-on", "never", "--quiet"])
      #expect(run.status == 0, "\(format): \(run.stderr)")
      #expect(!run.stdout.isEmpty, "\(format)")
      if format == "json" || format == "sarif" {
        #expect((try? JSONSerialization.jsonObject(with: run.stdout)) != nil, "\(format)")
      }
    }
  }
}

/// Tally scored on the sample corpus against its hand-written gold, with floors that only go up.
@Suite struct CorpusEvaluationTests {
  /// The issue asks for claims F1 ≥ 0.95 and findings F1 ≥ 0.9; the floors are where Tally
  /// stands on each sample corpus, so that it cannot slip.
  static let floors = [
    "Corpus": (claims: 0.97, findings: 0.97),
    "Tests/HaldenCorpus": (claims: 0.97, findings: 0.97),
  ]

  @Test(
    "tally eval on each sample corpus: claims and findings above their floors, one contradiction per gold point, every story contradiction found",
    arguments: ["Corpus", "Tests/HaldenCorpus"])
  func corpus(_ folder: String) throws {
    let floors = try #require(Self.floors[folder])
    let corpus = TallyRun.repository.appendingPathComponent(folder).path
    let run = try TallyRun(["eval", corpus, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let claims =
      ((object["claims"] as? [String: Any])?["all"] as? [String: Any])?["f1"] as? Double ?? 0
    let findings =
      ((object["findings"] as? [String: Any])?["all"] as? [String: Any])?["f1"] as? Double ?? 0
    #expect(claims >= floors.claims, "claims value+unit+qualifier F1 \(claims)")
    #expect(findings >= floors.findings, "findings F1 \(findings)")
    // Issue 15: as many contradictions as the gold has distinct points, each one of them.
    let contradictions = object["contradictions"] as? [String: Any] ?? [:]
    #expect(contradictions["f1"] as? Double == 1, "contradictions \(contradictions)")
    let story = object["story"] as? [[String: Any]] ?? []
    #expect(story.count >= 4)
    for entry in story {
      #expect(entry["found"] as? Bool == true, "missed: \(entry["story"] ?? "")")
    }
  }

  /// The scenarios of issue 11, written unseen (docs/eval.md has their first scores):
  /// floors a little under where Tally stands now, so that generality cannot slip unnoticed.
  ///
  /// Medical, cloud and rail fell when their golds came to list money REC002 pairs (session 16),
  /// then rose past where they stood.
  static let scenarioFloors = [
    "medical": (claims: 0.96, findings: 0.95),
    "cloud": (claims: 0.96, findings: 0.96),
    "aircraft": (claims: 0.99, findings: 0.98),
    "rail": (claims: 0.99, findings: 0.95),
    // Written after the others were tuned on (first score 0.175).
    "wind": (claims: 0.90, findings: 0.72),
    "vaccines": (claims: 0.94, findings: 0.91),
    "tablets": (claims: 0.91, findings: 0.73),
    // Session 6: first scores 0.194 and 0.172 (docs/eval.md).
    "buses": (claims: 0.90, findings: 0.79),
    "ambulances": (claims: 0.95, findings: 0.80),
    // First scores 0.194 and 0.205, then tuned in session 7.
    "cranes": (claims: 0.96, findings: 0.62),
    "streetlights": (claims: 0.94, findings: 0.78),
    // Session 7: first score 0.269, then tuned.
    "meters": (claims: 0.95, findings: 0.77),
    // Session 7: first score 0.171, then tuned.
    "beds": (claims: 0.94, findings: 0.73),
    // Session 7: first score 0.471, then tuned.
    "inverters": (claims: 0.95, findings: 0.75),
    // Session 7: first score 0.176, then tuned.
    "cargobikes": (claims: 0.97, findings: 0.55),
    // Session 8: first scores 0.439 and 0.240, scored before any change for them, then tuned.
    "snowploughs": (claims: 0.96, findings: 0.85),
    "desalination": (claims: 0.97, findings: 0.67),
    // Session 8: first score 0.348, scored before any change for it, then tuned.
    "irrigation": (claims: 0.93, findings: 0.68),
    // Session 8: first score 0.235, scored before any change for it, then tuned.
    "skilifts": (claims: 0.97, findings: 0.82),
    // Session 9: first score 0.312, scored before any change for it, then tuned.
    "fireengines": (claims: 0.96, findings: 0.72),
    // Session 9: first score 0.444, scored before any change for it, then tuned.
    "chargers": (claims: 0.97, findings: 0.79),
    // Session 9: first score 0.408, scored before any change for it, then tuned.
    "drones": (claims: 0.95, findings: 0.71),
    // Session 9: first score 0.408, scored before any change for it, then tuned.
    "lifeboats": (claims: 0.96, findings: 0.71),
    // Session 10: first score 0.462, scored before any change for it, then tuned.
    "elevators": (claims: 0.97, findings: 0.83),
    // Session 10: first score 0.293, scored before any change for it, then tuned.
    "tractors": (claims: 0.95, findings: 0.63),
    // Session 10: first score 0.468, scored before any change for it, then tuned.
    "waterbuses": (claims: 0.97, findings: 0.68),
    // Session 14: first score 0.353, scored before any change for it (docs/eval.md).
    "reefers": (claims: 0.96, findings: 0.94),
    // Session 15: first score 0.667, scored before any change for it (docs/eval.md).
    "electrolysers": (claims: 0.95, findings: 0.80),
    // Session 16: first score 0.585, scored before any change for it, then tuned (docs/eval.md).
    "batteries": (claims: 0.97, findings: 0.82),
    // Session 16: first score 0.870, scored before any change for it (docs/eval.md).
    "baggage": (claims: 0.99, findings: 0.86),
    // Session 17: first score 0.667, scored before any change for it, then tuned (docs/eval.md).
    "ferries": (claims: 0.98, findings: 0.95),
  ]

  @Test(
    "tally eval on each unseen scenario stays above its floor",
    arguments: scenarioFloors.keys.sorted())
  func scenario(_ name: String) throws {
    let floors = try #require(Self.scenarioFloors[name])
    let corpus = TallyRun.repository.appendingPathComponent("Tests/Scenarios/\(name)").path
    let run = try TallyRun(["eval", corpus, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    func f1(_ key: String) -> Double {
      ((object[key] as? [String: Any])?["all"] as? [String: Any])?["f1"] as? Double ?? 0
    }
    #expect(f1("claims") >= floors.claims, "claims F1 \(f1("claims"))")
    #expect(f1("findings") >= floors.findings, "findings F1 \(f1("findings"))")
  }

  @Test("every claim of every corpus ends with a verdict or a reason, never both")
  func everyClaimAccountedFor() throws {
    for folder in ["Corpus", "Tests/HaldenCorpus"]
      + Self.scenarioFloors.keys.sorted().map({
        "Tests/Scenarios/\($0)"
      })
    {
      let corpus = TallyRun.repository.appendingPathComponent(folder).path
      let run = try TallyRun(["check", corpus, "--format", "json", "--fail-on", "never", "--quiet"])
      let object = try #require(
        try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
      let claims = try #require(object["claims"] as? [[String: Any]])
      #expect(!claims.isEmpty, "\(folder)")
      for claim in claims {
        #expect(
          (claim["verdict"] == nil) != (claim["reason"] == nil),
          "\(folder) \(claim["path"] ?? ""):\(claim["line"] ?? "") \(claim["text"] ?? "")")
      }
    }
  }

  @Test("a gold folder that is missing or malformed is a usage error naming the file")
  func badGold() throws {
    let folder = try TemporaryDirectory()
    try folder.write("corpus/a.txt", "Tesla ordered 1,000 H100 GPUs.\n")
    let missing = try TallyRun(["eval", folder.url.appendingPathComponent("corpus").path])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no gold claims folder"))
    try folder.write("corpus/.gold/claims/a.txt.json", "{\"documents\": [{\"id\": \"a.txt\"}]}")
    let malformed = try TallyRun(["eval", folder.url.appendingPathComponent("corpus").path])
    #expect(malformed.status == 2)
    #expect(malformed.stderr.contains("a.txt.json: a document lacks"))
  }
}
