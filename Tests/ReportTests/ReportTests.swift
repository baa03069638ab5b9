import Core
import Foundation
import Reconcile
import TestSupport
import Testing

@testable import Report

/// A small run built by hand: a claim the ledger contradicts, two sources that contradict each
/// other (one French, with a no-break space), an unverifiable claim, an ambiguous one, a claim
/// about a party the ledger almost knows (with a hint), a question, a skipped file and a bad
/// ledger row.
///
/// One sentence carries markup that must never become markup.
func sampleRun() -> CheckRun {
  func claim(
    _ id: String, _ surface: String, _ value: Decimal, sentence: String, document: String,
    item: String? = "H100",
    subject: String? = "Tesla", speaker: String? = nil, language: Language = .en,
    modality: Modality = .asserted
  ) -> Claim {
    Claim(
      id: id, document: document, span: TextSpan(start: 0, end: surface.utf8.count),
      surface: surface, sentence: sentence,
      stated: Interval(low: value, high: value), qualifier: .exact,
      bounds: Interval(low: value - 500, high: value + 500), unit: .count, item: item,
      subject: subject, metric: .order,
      period: .year(2024), modality: modality, speaker: speaker, language: language, rule: "test")
  }
  let injected = claim(
    "c1", "12,000", 12000,
    sentence:
      "Musk said <script>alert(1)</script> 12,000 H100s went to Tesla <img src=x onerror=alert(2)>.",
    document: "articles/a.html", speaker: "Elon Musk")
  let post = claim(
    "c2", "50,000", 50000, sentence: "Giga Texas will house 50,000 H100s.",
    document: "posts/tweets.js", subject: "Giga Texas", speaker: "elonmusk")
  let memo = claim(
    "c3", "35\u{A0}000", 35000, sentence: "Le site de Giga Texas recevra 35\u{A0}000 H100.",
    document: "memos/note.eml", subject: "Giga Texas", speaker: "Jane Roe", language: .fr)
  let lonely = claim(
    "c4", "4", 4, sentence: "Four B200 racks went to xAI.", document: "articles/a.html",
    item: "B200", subject: "xAI")
  let vague = claim(
    "c5", "2,000", 2000, sentence: "The chipmaker sent 2,000 GPUs to the automaker.",
    document: "articles/a.html", item: "GPU", subject: nil)
  let elsewhere = claim(
    "c6", "300", 300, sentence: "Teslah ordered 300 H100s.", document: "memos/note.eml",
    subject: "Teslah")
  let asked = claim(
    "c7", "15,000", 15000, sentence: "Does that 15,000 include the H100s sent to X?",
    document: "posts/tweets.js", speaker: "elonmusk", modality: .question)
  let rows = [
    Booking(
      id: "B-1", file: "Corpus/bookings.csv", line: 2, customer: "Tesla", item: "H100",
      quantity: 8000, amount: 240_000_000, period: Period(start: "2024-03-01", end: "2024-03-31"),
      status: .shipped),
    Booking(
      id: "B-2", file: "Corpus/bookings.csv", line: 3, customer: "Tesla", item: "H100",
      quantity: 6000, period: Period(start: "2024-04-01", end: "2024-04-30"), status: .delivered),
  ]
  var run = CheckRun()
  run.corpus = "Corpus"
  run.runDate = "2026-12-07"
  run.files = 5
  run.documentsByFormat = ["html": 1, "post": 1, "email": 1]
  run.problems = [
    CheckRun.FileProblem(
      path: "Corpus/blob.bin", status: "skipped", reason: "binary file (NUL bytes)")
  ]
  run.claims = [injected, lonely, vague, memo, elsewhere, post, asked]
  run.places = [
    "c1": ClaimPlace(path: "Corpus/articles/a.html", line: 12, column: 5),
    "c2": ClaimPlace(path: "Corpus/posts/tweets.js", line: 7, column: 40),
    "c3": ClaimPlace(path: "Corpus/memos/note.eml", line: 20, column: 31),
    "c4": ClaimPlace(path: "Corpus/articles/a.html", line: 14, column: 1),
    "c5": ClaimPlace(path: "Corpus/articles/a.html", line: 15, column: 19),
    "c6": ClaimPlace(path: "Corpus/memos/note.eml", line: 22, column: 16),
    "c7": ClaimPlace(path: "Corpus/posts/tweets.js", line: 9, column: 12),
  ]
  run.verdicts = [
    "c1": .contradicted, "c2": .contradicted, "c3": .contradicted, "c4": .unverifiable,
    "c5": .ambiguous,
  ]
  run.reasons = ["c6": .partyNotInLedger, "c7": .question]
  run.hints = [
    "c6":
      "'Teslah' is not in the ledger; if it means 'Tesla', list 'Teslah' under that entity's aliases in tally.yml"
  ]
  run.parties = ["c1": ("Tesla", .named), "c4": ("xAI", .named)]
  run.findings = [
    Finding(
      id: "REC001-0000000000000001", rule: "REC001", severity: .error, claims: [injected],
      bookings: rows,
      evidence: .ledger(
        LedgerComparison(
          customer: "Tesla", statuses: [.booked, .delivered, .shipped], period: .year(2024),
          sum: 14000, rowCount: 2, excluded: 0))),
    Finding(
      id: "REC004-0000000000000004", rule: "REC004", severity: .note, claims: [lonely],
      bookings: [],
      evidence: .ledger(
        LedgerComparison(
          customer: "xAI", statuses: [.booked, .delivered, .shipped], period: .year(2024), sum: 0,
          rowCount: 0, excluded: 0))),
    Finding(
      id: "REC003-0000000000000003", rule: "REC003", severity: .note, claims: [vague], bookings: [],
      evidence: .ambiguous(kind: .entity, candidates: ["Tesla", "Nvidia"])),
    Finding(
      id: "REC002-0000000000000002", rule: "REC002", severity: .error, claims: [memo, post],
      bookings: [], evidence: .conflict(party: "Giga Texas")),
  ]
  run.ledger = "Corpus/bookings.csv"
  run.ledgerRows = 3
  run.unusedRows = [
    Booking(
      id: "B-9", file: "Corpus/bookings.csv", line: 5, customer: "xAI", item: "H100",
      quantity: 1000, period: Period(start: "2024-06-01", end: "2024-06-30"), status: .booked,
      dateText: "2024-06")
  ]
  run.ledgerIssues = [
    LedgerIssue(file: "Corpus/bookings.csv", line: 4, reason: "unknown status 'shiped'")
  ]
  return run
}

/// Compares with `Golden/<name>`; `TALLY_UPDATE_GOLDEN=1 swift test --filter ReportTests` writes
/// the files instead (review them by eye before committing).
func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation)
  throws
{
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden")
  if ProcessInfo.processInfo.environment["TALLY_UPDATE_GOLDEN"] == "1" {
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    return
  }
  let url = try #require(
    Bundle.module.url(forResource: "Golden/\(name)", withExtension: nil),
    sourceLocation: sourceLocation)
  let expected = try String(contentsOf: url, encoding: .utf8)
  #expect(text == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
}

@Suite struct GoldenReportTests {
  let run = sampleRun()

  @Test func text() throws { try expectGolden(run.text(), "report.txt") }
  @Test func markdown() throws { try expectGolden(run.markdown(), "report.md") }
  @Test func json() throws {
    try expectGolden(String(decoding: run.json(), as: UTF8.self) + "\n", "report.json")
  }
  @Test func sarif() throws {
    try expectGolden(
      String(decoding: run.sarif(toolVersion: "0.0.0-test"), as: UTF8.self) + "\n", "report.sarif")
  }
  @Test func github() throws { try expectGolden(run.github(), "report.github") }
  @Test func html() throws { try expectGolden(run.html(), "report.html") }

  @Test("text is coloured only when asked")
  func color() {
    #expect(!run.text().contains("\u{1B}["))
    #expect(run.text(color: true).contains("\u{1B}[1;31merror\u{1B}[0m"))
  }
}

@Suite struct SARIFTests {
  @Test("the SARIF report validates against the SARIF 2.1.0 schema, checked in Swift")
  func validates() throws {
    let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Schemas/sarif-schema-2.1.0.json")
    let validator = try JSONSchemaValidator(schema: Data(contentsOf: schema))
    for sarif in [
      sampleRun().sarif(toolVersion: "1.0.0"),
      sampleRun().sarif(toolVersion: "1.0.0", root: "/work/repo", workingFolder: "/work/repo/sub"),
    ] {
      #expect(try validator.errors(in: Data(sarif)) == [])
    }
    // The validator can fail: a level SARIF does not have, a version of the wrong type, a
    // result without its message.
    let text = String(decoding: sampleRun().sarif(toolVersion: "1.0.0"), as: UTF8.self)
    for (broken, error) in [
      (
        text.replacingOccurrences(of: #""level":"error""#, with: #""level":"fatal""#),
        "/runs/0/results/0/level: not one of the allowed values"
      ),
      (
        text.replacingOccurrences(of: #""version":"2.1.0""#, with: #""version":2"#),
        "/version: not of type string"
      ),
      (
        text.replacingOccurrences(of: #""message":{"text":"#, with: #""note":{"text":"#),
        "required property 'message' is missing"
      ),
    ] {
      let errors = try validator.errors(in: Data(broken.utf8))
      #expect(errors.contains { $0.contains(error) }, "\(errors.prefix(5))")
    }
  }

  @Test(
    "SARIF has one result per contradiction, its id as a fingerprint, code-point columns, and related locations"
  )
  func shape() throws {
    let sample = sampleRun()
    let object =
      try JSONSerialization.jsonObject(with: Data(sample.sarif(toolVersion: "1.0.0")))
      as? [String: Any]
    let run = try #require((object?["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == sample.contradictions.count)
    let first = results[0]
    #expect(
      (first["partialFingerprints"] as? [String: String])?["tallyContradiction/v1"]
        == sample.contradictions[0].id)
    #expect((first["relatedLocations"] as? [Any])?.count == 2)
    // The two sources of a REC002 contradiction: the other one is a related location.
    let conflict = try #require(results.first { $0["ruleId"] as? String == "REC002" })
    let related = try #require((conflict["relatedLocations"] as? [[String: Any]])?.first)
    let region = ((related["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
    #expect(region?["startColumn"] as? Int == 40)
  }
}

@Suite struct SARIFPlacementTests {
  @Test(
    "SARIF paths are relative to %SRCROOT% whatever path was given; rules carry help, no links")
  func placement() throws {
    var run = sampleRun()
    // The user named the corpus by an absolute path inside the folder tally ran in.
    for (id, place) in run.places {
      run.places[id]?.path = "/work/repo/" + place.path
    }
    let object =
      try JSONSerialization.jsonObject(
        with: Data(run.sarif(toolVersion: "1.0.0", root: "/work/repo")))
      as? [String: Any]
    let sarifRun = try #require((object?["runs"] as? [[String: Any]])?.first)
    let bases = sarifRun["originalUriBaseIds"] as? [String: [String: Any]]
    #expect(bases?["%SRCROOT%"]?["uri"] as? String == "file:///work/repo/")
    let result = try #require((sarifRun["results"] as? [[String: Any]])?.first)
    let location = try #require((result["locations"] as? [[String: Any]])?.first)
    let artifact =
      (location["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String]
    #expect(artifact?["uri"] == "Corpus/articles/a.html")
    #expect(artifact?["uriBaseId"] == "%SRCROOT%")
    let driver = ((sarifRun["tool"] as? [String: Any])?["driver"] as? [String: Any]) ?? [:]
    // Unless told where Tally's docs are, it knows no address for them, and a relative link
    // would resolve against the repository being scanned: the help is whole in itself.
    #expect(driver["informationUri"] == nil)
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.count == Rules.all.count)
    for rule in rules {
      #expect(rule["helpUri"] == nil)
      let help = rule["help"] as? [String: String]
      #expect(help?["markdown"]?.contains("](") == false)
      #expect(help?["markdown"]?.contains("http") == false)
    }
    let help = rules.first?["help"] as? [String: String]
    #expect(
      help?["text"]
        == "A claim contradicts the bookings ledger. \(Rules.all[0].detail) Tally's docs/reconcile.md, section 'REC001 ContradictsLedger', says more."
    )
    // Told where Tally's docs are published, the tool and each rule link there, and the
    // report still validates.
    let links = try #require(
      DocumentationLinks.from(environment: [
        "TALLY_DOCS_REPOSITORY": "https://example.org/tally/", "TALLY_DOCS_REVISION": "v1.0.0",
      ]))
    let linked = sampleRun().sarif(toolVersion: "1.0.0", documentation: links)
    let linkedObject = try JSONSerialization.jsonObject(with: Data(linked)) as? [String: Any]
    let linkedRun = try #require((linkedObject?["runs"] as? [[String: Any]])?.first)
    let linkedDriver =
      ((linkedRun["tool"] as? [String: Any])?["driver"] as? [String: Any]) ?? [:]
    #expect(linkedDriver["informationUri"] as? String == "https://example.org/tally")
    let firstRule = try #require((linkedDriver["rules"] as? [[String: Any]])?.first)
    #expect(
      firstRule["helpUri"] as? String
        == "https://example.org/tally/blob/v1.0.0/docs/reconcile.md#rec001-contradictsledger")
    let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Schemas/sarif-schema-2.1.0.json")
    #expect(
      try JSONSchemaValidator(schema: Data(contentsOf: schema)).errors(in: Data(linked)) == [])
    #expect(DocumentationLinks.from(environment: ["TALLY_DOCS_REPOSITORY": "docs/"]) == nil)
    // A file outside the folder keeps an absolute URI.
    #expect(
      URIText.artifact("/elsewhere/a b.md", root: "/work/repo") == (
        "file:///elsewhere/a%20b.md", nil
      ))
    #expect(URIText.artifact("./Corpus/x.md", root: nil) == ("Corpus/x.md", "%SRCROOT%"))
    // A path given from another folder is placed under the root all the same.
    #expect(
      URIText.artifact("../Corpus/x.md", root: "/work/repo", workingFolder: "/work/repo/sub")
        == ("Corpus/x.md", "%SRCROOT%"))
    #expect(
      URIText.artifact("../../repo/./Corpus//x.md", root: "/work/repo", workingFolder: "/work/a/b")
        == ("Corpus/x.md", "%SRCROOT%"))
    #expect(URIText.normalized("/a/./b/../c//d/") == "/a/c/d")
  }

  @Test("the docs have the section every rule's SARIF help names")
  func ruleSections() throws {
    let docs = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/reconcile.md"), encoding: .utf8)
    for rule in Rules.all {
      #expect(docs.contains("\n### \(rule.id) \(rule.name)\n"), "\(rule.id)")
    }
  }
}

@Suite struct EscapingTests {
  @Test("document text never becomes markup or script in the HTML report")
  func htmlInjection() {
    let html = sampleRun().html()
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("<img"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
    // One script, the page's own.
    #expect(html.components(separatedBy: "<script").count == 2)
  }

  @Test("the Content-Security-Policy names the hash of the page's own script")
  func scriptHash() throws {
    let digest = SHA256.digest(Array(HTMLPage.script.utf8))
    let hash = "sha256-" + Data(digest).base64EncodedString()
    #expect(hash == HTMLPage.scriptHash, "set HTMLPage.scriptHash to \(hash)")
    #expect(sampleRun().html().contains("script-src '\(hash)'"))
  }

  @Test("Markdown shows document text literally")
  func markdown() {
    #expect(Markdown.escape("a *b* [c](d) <e> | f") == "a \\*b\\* \\[c\\](d) &lt;e\\> \\| f")
    #expect(Markdown.emphasise("12,000", in: "sent 12,000 _GPUs_") == "sent **12,000** \\_GPUs\\_")
  }

  @Test("workflow commands escape %, line breaks, and : and , in properties")
  func github() {
    #expect(CheckRun.escapeData("50% off\nnext") == "50%25 off%0Anext")
    #expect(CheckRun.escapeProperty("a:b,c") == "a%3Ab%2Cc")
  }
}

@Suite struct CorpusEvaluationTests {
  @Test(
    "claims match by document, text and nearest line; findings by rule and claims; other rules are not scored"
  )
  func scoring() throws {
    let folder = try TemporaryDirectory()
    try folder.write(
      "claims/a.html.json",
      """
      {"documents": [{"id": "articles/a.html", "claims": [
        {"line": 12, "text": "12,000", "low": 12000, "high": 12000, "qualifier": "exact", "unit": "count", "subject": "Tesla"},
        {"line": 14, "text": "four", "low": 4, "high": 4, "qualifier": "exact", "unit": "count"},
        {"line": 40, "text": "9 %", "low": 9, "high": 9, "qualifier": "exact", "unit": "percent"}
      ]}]}
      """)
    try folder.write(
      "findings.json",
      """
      {"rules": ["REC001", "REC002"], "findings": [
        {"rule": "REC001", "severity": "error", "ledgerRows": ["B-1", "B-2"], "story": "the 12,000",
         "claims": [{"document": "articles/a.html", "line": 12, "text": "12,000"}]},
        {"rule": "REC002", "claims": [{"document": "articles/a.html", "line": 40, "text": "9 %"}]}
      ]}
      """)
    let gold = try CorpusGold.load(from: folder.url.path)
    var run = sampleRun()
    run.documentInfo = [
      "articles/a.html": CheckRun.DocumentInfo(
        path: "articles/a.html", format: "html", language: "en")
    ]
    let evaluation = CorpusEvaluation(run: run, gold: gold)
    // c1 "12,000" matches (line 12, value right); "four" is extracted as "4" on line 14 (its
    // text differs, so it is missed); c5 "2,000" on line 15 is a false claim.
    #expect(evaluation.core.expected == 3)
    #expect(evaluation.core.correct == 1)
    #expect(evaluation.core.predicted == 3)
    #expect(evaluation.fields["subject"]?.correct == 1)
    #expect(
      evaluation.problems.contains { $0.kind == "missed claim" && $0.detail.hasPrefix("'four'") })
    #expect(
      evaluation.problems.contains {
        $0.kind == "false claim" && $0.location == "Corpus/articles/a.html:15:19"
      })
    // The REC001 on c1 is found with its rows; REC003 and REC004 are outside the gold's rules;
    // the REC002 between the memo and the post is a false finding.
    #expect(evaluation.findingsByRule["REC001"]?.correct == 1)
    #expect(evaluation.findingsByRule["REC003"] == nil)
    #expect(evaluation.findings.predicted == 2)
    #expect(evaluation.story.map { $0.found } == [true])
    #expect(
      evaluation.problems.contains { $0.kind == "missed finding" && $0.detail.hasPrefix("REC002") })
    #expect(
      evaluation.problems.contains { $0.kind == "false finding" && $0.detail.hasPrefix("REC002") })
  }
}

@Suite struct EvaluationMatchingTests {
  @Test("a gold finding's claims match one each, in any order, even when a reference is shared")
  func cites() {
    // The same figure twice on one line: the reference stands for either claim.
    #expect(CorpusEvaluation.cites(["a2", "b"], oneEachOf: [["a1", "a2"], ["b"]]))
    #expect(CorpusEvaluation.cites(["b", "a1"], oneEachOf: [["a1", "a2"], ["b"]]))
    #expect(!CorpusEvaluation.cites(["a1", "a2"], oneEachOf: [["a1", "a2"], ["b"]]))
    #expect(!CorpusEvaluation.cites(["a1"], oneEachOf: [["a1", "a2"], ["b"]]))
    #expect(CorpusEvaluation.cites(["x", "y"], oneEachOf: [["x", "y"], ["x"]]))
  }
}

/// Issue 16: a diff that reads like a review.
@Suite struct SnapshotPairingTests {
  private func snapshot(
    _ claims: [(id: String, text: String, low: Int, sentence: String)],
    findings: [(id: String, claim: String, message: String)] = []
  ) throws -> Snapshot {
    let claimJSON = claims.map { claim in
      """
      {"id":"\(claim.id)","document":"a.md","text":"\(claim.text)","sentence":"\(claim.sentence)",\
      "low":\(claim.low),"high":\(claim.low),"qualifier":"exact","unit":"count","metric":"order",\
      "modality":"asserted","subject":"Tesla"}
      """
    }
    let findingJSON = findings.map { finding in
      """
      {"id":"\(finding.id)","rule":"REC001","severity":"error","message":"\(finding.message)",\
      "claims":["\(finding.claim)"],"comparison":{"sum":90,"rows":1}}
      """
    }
    let json =
      "{\"schemaVersion\":2,\"claims\":[\(claimJSON.joined(separator: ","))],"
      + "\"findings\":[\(findingJSON.joined(separator: ","))]}"
    return try Snapshot(json: Data(json.utf8), file: "s.json")
  }

  @Test("a figure edited in place is changed, with its finding; an edit elsewhere changes nothing")
  func pairsEdits() throws {
    let base = try snapshot(
      [
        ("c1", "120", 120, "Tesla ordered 120 trucks in May."),
        ("c2", "40", 40, "It also booked 40 vans."),
      ],
      findings: [("f1", "c1", "claim of 120 is outside the ledger's 90")])
    let head = try snapshot(
      [
        ("c3", "95", 95, "Tesla ordered 95 trucks in May."),
        ("c4", "40", 40, "It also booked 40 electric vans."),
      ],
      findings: [("f2", "c3", "claim of 95 is outside the ledger's 90")])
    let diff = SnapshotDiff(base: base, head: head)
    #expect(diff.addedClaims.isEmpty)
    #expect(diff.removedClaims.isEmpty)
    #expect(diff.changedClaims.map(\.head.id) == ["c3"])
    #expect(diff.changedClaims.first?.fields == ["value"])
    #expect(diff.newFindings.isEmpty)
    #expect(diff.resolvedFindings.isEmpty)
    #expect(diff.changedFindings.map(\.head.id) == ["f2"])
    #expect(
      diff.text().contains(
        "~ finding a.md: error: [REC001] 120 → 95: still contradicts the ledger, 6 % above the ledger's figure (was 33 % above the ledger's figure)"
      ))
    // A figure gone from a sentence rewritten around another one is removed, and the new added.
    let rewritten = try snapshot([("c5", "7", 7, "Seven buses arrived.")])
    let other = SnapshotDiff(base: base, head: rewritten)
    #expect(other.addedClaims.map(\.id) == ["c5"])
    #expect(other.removedClaims.map(\.id) == ["c1", "c2"])
  }

  @Test("a claim read for another period or item, or judged otherwise, is changed too")
  func otherFields() throws {
    let base = try snapshot([
      ("c1", "120", 120, "Tesla ordered 120 trucks in May."),
      ("c2", "40", 40, "It booked 40 vans."),
    ])
    func edited(_ claim: String, _ field: String, _ value: String) throws -> Snapshot {
      var claims: [[String: Any]] = [
        [
          "id": "c1", "document": "a.md", "text": "120",
          "sentence": "Tesla ordered 120 trucks in May.",
          "low": 120, "high": 120, "qualifier": "exact", "unit": "count", "metric": "order",
          "modality": "asserted", "subject": "Tesla",
        ],
        [
          "id": "c2", "document": "a.md", "text": "40", "sentence": "It booked 40 vans.", "low": 40,
          "high": 40, "qualifier": "exact", "unit": "count", "metric": "order",
          "modality": "asserted", "subject": "Tesla",
        ],
      ]
      let index = claim == "c1" ? 0 : 1
      claims[index][field] =
        field == "period" ? ["start": "2024-05-01", "end": "2024-05-31"] as Any : value
      let data = try JSONSerialization.data(
        withJSONObject: ["schemaVersion": 3, "claims": claims, "findings": []])
      return try Snapshot(json: data, file: "s.json")
    }
    for (field, value, expected) in [
      ("period", "", ["period"]), ("item", "truck", ["item"]), ("metric", "shipment", ["metric"]),
      ("modality", "forecast", ["modality"]), ("verdict", "consistent", [String]()),
    ] {
      let diff = SnapshotDiff(base: base, head: try edited("c1", field, value))
      #expect(diff.changedClaims.map(\.head.id) == ["c1"], "\(field)")
      #expect(diff.changedClaims.first?.fields == expected, "\(field)")
    }
    // A verdict alone reads as its change.
    let judged = SnapshotDiff(base: base, head: try edited("c1", "verdict", "consistent"))
    #expect(judged.text().contains("(not judged → consistent)"))
  }
}
