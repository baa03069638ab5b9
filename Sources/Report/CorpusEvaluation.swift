import Core
import Foundation

/// The hand-written gold of a corpus (`Corpus/.gold/`): every claim of every document with its
/// expected fields (`claims/<file>.json`), and every expected finding (`findings.json`).
public struct CorpusGold {
  /// Where a claim is: its document, the source line its quantity starts on, and its text.
  public struct Reference: Hashable, Sendable {
    public var document: String
    public var line: Int
    public var text: String
  }

  public struct ExpectedClaim {
    public var reference: Reference
    /// The expected fields, in the spec tables' schema; a field left out is not scored.
    public var fields: [String: Any]
  }

  public struct ExpectedFinding {
    public var rule: String
    public var severity: String?
    public var claims: [Reference]
    public var ledgerRows: [String]?
    /// For a contradiction the story is about: what it is, in a few words.
    ///
    /// Each must be found.
    public var story: String?
  }

  public var claims: [ExpectedClaim] = []
  public var findings: [ExpectedFinding] = []
  /// The rules the expected findings cover (`rules` in findings.json); Tally's findings of other
  /// rules are not scored.
  ///
  /// Nil: every rule.
  public var findingRules: Set<String>?
  /// Documents the gold lists, with or without claims.
  public var documents: Set<String> = []

  /// Reads `folder`: `claims/**/*.json` and `findings.json` (optional).
  public static func load(from folder: String) throws(GoldError) -> CorpusGold {
    var gold = CorpusGold()
    let claimsFolder = (folder as NSString).appendingPathComponent("claims")
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: claimsFolder, isDirectory: &isFolder),
      isFolder.boolValue,
      let walker = FileManager.default.enumerator(atPath: claimsFolder)
    else {
      throw GoldError(file: claimsFolder, message: "no gold claims folder")
    }
    let files = walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }.sorted()
    for file in files {
      let path = (claimsFolder as NSString).appendingPathComponent(file)
      let object = try json(at: path)
      guard let documents = object["documents"] as? [[String: Any]] else {
        throw GoldError(file: path, message: "no \"documents\" list")
      }
      for document in documents {
        guard let id = document["id"] as? String,
          let claims = document["claims"] as? [[String: Any]]
        else {
          throw GoldError(file: path, message: "a document lacks \"id\" or \"claims\"")
        }
        gold.documents.insert(id)
        for (index, claim) in claims.enumerated() {
          guard let line = claim["line"] as? Int, let text = claim["text"] as? String else {
            throw GoldError(
              file: path, message: "claim \(index + 1) of \(id) lacks \"line\" or \"text\"")
          }
          gold.claims.append(
            ExpectedClaim(reference: Reference(document: id, line: line, text: text), fields: claim)
          )
        }
      }
    }
    let findingsPath = (folder as NSString).appendingPathComponent("findings.json")
    if FileManager.default.fileExists(atPath: findingsPath) {
      let object = try json(at: findingsPath)
      guard let findings = object["findings"] as? [[String: Any]] else {
        throw GoldError(file: findingsPath, message: "no \"findings\" list")
      }
      gold.findingRules = (object["rules"] as? [String]).map(Set.init)
      for (index, finding) in findings.enumerated() {
        guard let rule = finding["rule"] as? String,
          let claims = finding["claims"] as? [[String: Any]]
        else {
          throw GoldError(
            file: findingsPath, message: "finding \(index + 1) lacks \"rule\" or \"claims\"")
        }
        let references = try claims.map { claim throws(GoldError) in
          guard let document = claim["document"] as? String, let line = claim["line"] as? Int,
            let text = claim["text"] as? String
          else {
            throw GoldError(
              file: findingsPath,
              message: "finding \(index + 1) cites a claim without document, line and text")
          }
          return Reference(document: document, line: line, text: text)
        }
        gold.findings.append(
          ExpectedFinding(
            rule: rule, severity: finding["severity"] as? String, claims: references,
            ledgerRows: finding["ledgerRows"] as? [String], story: finding["story"] as? String))
      }
    }
    return gold
  }

  private static func json(at path: String) throws(GoldError) -> [String: Any] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw GoldError(file: path, message: "cannot be read")
    }
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw GoldError(file: path, message: "not a JSON object")
    }
    return object
  }
}

/// A gold file that cannot be used.
public struct GoldError: Error, Sendable, CustomStringConvertible {
  public var file: String
  public var message: String
  public var description: String { "\(file): \(message)" }
}

/// Tally's run on a corpus scored against its gold: claims (value + unit + qualifier, then each
/// field) overall, per language and per format; findings by rule; the story's contradictions;
/// and each miss and false alarm with its place.
public struct CorpusEvaluation {
  public struct Problem: Sendable, Hashable {
    /// `missed claim`, `false claim`, `wrong value`, `wrong <field>`, `missed finding`, `false finding`.
    public var kind: String
    public var location: String
    public var detail: String
  }

  public var core = Score()
  public var coreByLanguage: [String: Score] = [:]
  public var coreByFormat: [String: Score] = [:]
  public var fields: [String: Score] = [:]
  public var findings = Score()
  public var findingsByRule: [String: Score] = [:]
  /// Tally's contradictions against the gold's distinct points (`contradictionScore`).
  public var contradictions = Score()
  /// The story's contradictions (gold findings with a `story`), and which of them were found.
  public var story: [(story: String, found: Bool)] = []
  public var problems: [Problem] = []

  /// Whether `ids` are one claim from each of `choices`, in any order.
  static func cites(_ ids: [String], oneEachOf choices: [[String]]) -> Bool {
    guard ids.count == choices.count else { return false }
    guard let id = ids.first else { return true }
    for (index, choice) in choices.enumerated() where choice.contains(id) {
      var others = choices
      others.remove(at: index)
      if cites(Array(ids.dropFirst()), oneEachOf: others) { return true }
    }
    return false
  }

  /// Scores `run` against `gold`.
  public init(run: CheckRun, gold: CorpusGold) {
    // A gold claim matches an extracted one of its document whose text equals or contains its
    // own, or is contained in it ("thousands" and "thousands of"), spaces folded; the nearest
    // line wins. The line only separates equal texts: a source map that is off (an Atom entry's
    // HTML) costs no match, since place is not what is scored here.
    var extracted: [String: [Claim]] = [:]
    for claim in run.claims { extracted[claim.document, default: []].append(claim) }
    var used = Set<String>()
    func match(_ reference: CorpusGold.Reference, claiming: Bool) -> Claim? {
      let wanted = Self.fold(reference.text)
      let candidates = (extracted[reference.document] ?? []).filter { claim in
        let text = Self.fold(claim.surface)
        return !(claiming && used.contains(claim.id))
          && (text == wanted || text.contains(wanted) || wanted.contains(text))
      }
      func distance(_ claim: Claim) -> (Int, Int) {
        (
          Self.fold(claim.surface) == wanted ? 0 : 1,
          abs((run.places[claim.id]?.line ?? 0) - reference.line)
        )
      }
      let best = candidates.min { distance($0) < distance($1) }
      if claiming, let best { used.insert(best.id) }
      return best
    }
    func place(_ reference: CorpusGold.Reference) -> String {
      "\(run.documentInfo[reference.document]?.path ?? reference.document):\(reference.line)"
    }
    // Two gold claims can share a reference (the same figure twice on one line): a finding
    // citing the reference may cite either.
    var matchedByReference: [CorpusGold.Reference: [String]] = [:]
    for expected in gold.claims {
      let reference = expected.reference
      let language = run.documentInfo[reference.document]?.language ?? "und"
      let format = run.documentInfo[reference.document]?.format ?? "unknown"
      core.expected += 1
      coreByLanguage[language, default: Score()].expected += 1
      coreByFormat[format, default: Score()].expected += 1
      let claim = match(reference, claiming: true)
      for field in ExpectedClaim.fields where expected.fields.keys.contains(field) {
        fields[field, default: Score()].expected += 1
        if claim != nil { fields[field, default: Score()].predicted += 1 }
      }
      guard let claim else {
        problems.append(
          Problem(
            kind: "missed claim", location: place(reference),
            detail: "'\(reference.text)' in \(reference.document)"))
        continue
      }
      matchedByReference[reference, default: []].append(claim.id)
      if ExpectedClaim.coreEquals(claim, expected.fields) {
        core.correct += 1
        coreByLanguage[language, default: Score()].correct += 1
        coreByFormat[format, default: Score()].correct += 1
      } else {
        problems.append(
          Problem(
            kind: "wrong value", location: place(reference),
            detail:
              "'\(reference.text)' read as \(claim.stated.text) \(claim.unit) \(claim.qualifier.rawValue); expected [\(ExpectedClaim.describe(expected.fields["low"])), \(ExpectedClaim.describe(expected.fields["high"]))] \(expected.fields["unit"] ?? "?") \(expected.fields["qualifier"] ?? "?")"
          ))
      }
      for field in ExpectedClaim.fields where expected.fields.keys.contains(field) {
        if ExpectedClaim.field(
          field, of: claim, equals: expected.fields[field],
          canonical: { run.entityNames[$0] ?? $0 })
        {
          fields[field, default: Score()].correct += 1
        } else {
          problems.append(
            Problem(
              kind: "wrong \(field)", location: place(reference),
              detail:
                "'\(reference.text)': got \(ExpectedClaim.describe(field, of: claim)), expected \(ExpectedClaim.describe(expected.fields[field]))"
            ))
        }
      }
    }
    for claim in run.claims where gold.documents.contains(claim.document) {
      let language = run.documentInfo[claim.document]?.language ?? "und"
      let format = run.documentInfo[claim.document]?.format ?? "unknown"
      core.predicted += 1
      coreByLanguage[language, default: Score()].predicted += 1
      coreByFormat[format, default: Score()].predicted += 1
      if !used.contains(claim.id) {
        problems.append(
          Problem(
            kind: "false claim", location: run.location(of: claim),
            detail: "'\(claim.surface)' in: \(claim.sentence)"))
      }
    }

    // Findings are matched by rule and the claims they cite.
    var claimed = Set<String>()
    var foundFor: [Int: String] = [:]
    for (number, expected) in gold.findings.enumerated() {
      findings.expected += 1
      findingsByRule[expected.rule, default: Score()].expected += 1
      let choices = expected.claims.map { reference in
        matchedByReference[reference] ?? match(reference, claiming: false).map { [$0.id] } ?? []
      }
      let found =
        choices.contains(where: \.isEmpty)
        ? nil
        : run.findings.first { finding in
          finding.rule == expected.rule && !claimed.contains(finding.id)
            && Self.cites(finding.claims.map(\.id), oneEachOf: choices)
        }
      if let story = expected.story { self.story.append((story, found != nil)) }
      let location = expected.claims.first.map(place) ?? "-"
      guard let found else {
        let what = expected.claims.map { "'\($0.text)' (\($0.document):\($0.line))" }.joined(
          separator: " and ")
        problems.append(
          Problem(
            kind: "missed finding", location: location,
            detail: "\(expected.rule) on \(what)\(expected.story.map { ": \($0)" } ?? "")"))
        continue
      }
      claimed.insert(found.id)
      foundFor[number] = found.id
      findings.correct += 1
      findingsByRule[expected.rule, default: Score()].correct += 1
      if let severity = expected.severity, severity != found.severity.rawValue {
        problems.append(
          Problem(
            kind: "wrong severity", location: location,
            detail: "\(found.rule) is \(found.severity.rawValue), expected \(severity)"))
      }
      if let rows = expected.ledgerRows, Set(rows) != Set(found.bookings.map(\.id)) {
        problems.append(
          Problem(
            kind: "other ledger rows", location: location,
            detail:
              "\(found.rule) cites \(found.bookings.map(\.id).joined(separator: ", ")), expected \(rows.joined(separator: ", "))"
          ))
      }
    }
    contradictions = Self.contradictionScore(run: run, gold: gold, foundFor: foundFor)
    for finding in run.findings where gold.findingRules?.contains(finding.rule) ?? true {
      findings.predicted += 1
      findingsByRule[finding.rule, default: Score()].predicted += 1
      if !claimed.contains(finding.id) {
        problems.append(
          Problem(
            kind: "false finding",
            location: finding.claims.first.map { run.location(of: $0) } ?? "-",
            detail: "\(finding.rule): \(run.message(of: finding))"))
      }
    }
  }

  /// Tally's contradictions scored against the gold's distinct points.
  ///
  /// A gold point is the gold findings of one rule, ledger rows and set of figures (each cited
  /// claim's expected unit and value, so "$10B" and « 10 milliards de dollars » are one). A
  /// contradiction is right when the gold findings it holds are all of one point and no other
  /// contradiction holds any of that point's: a point split in two, or two points merged, is
  /// wrong. A point is found when a right contradiction holds it.
  static func contradictionScore(run: CheckRun, gold: CorpusGold, foundFor: [Int: String])
    -> Score
  {
    var expectedFields: [CorpusGold.Reference: [String: Any]] = [:]
    for claim in gold.claims { expectedFields[claim.reference] = claim.fields }
    func figure(_ reference: CorpusGold.Reference) -> String {
      guard let fields = expectedFields[reference] else { return fold(reference.text) }
      return [fields["unit"], fields["low"], fields["high"]].map {
        ExpectedClaim.decimal($0).map { "\($0)" } ?? ($0 as? String) ?? ""
      }.joined(separator: "/")
    }
    var pointOf: [Int: String] = [:]
    for (number, expected) in gold.findings.enumerated() {
      pointOf[number] =
        ([expected.rule] + (expected.ledgerRows ?? []).sorted()
        + expected.claims.map(figure).sorted()).joined(separator: "\u{1F}")
    }
    let scored = run.contradictions.filter { gold.findingRules?.contains($0.rule) ?? true }
    var contradictionOf: [String: Int] = [:]
    for (index, contradiction) in scored.enumerated() {
      for finding in contradiction.findings { contradictionOf[finding.id] = index }
    }
    var pointsIn: [Int: Set<String>] = [:]
    var contradictionsOf: [String: Set<Int>] = [:]
    for (number, id) in foundFor {
      guard let point = pointOf[number], let index = contradictionOf[id] else { continue }
      pointsIn[index, default: []].insert(point)
      contradictionsOf[point, default: []].insert(index)
    }
    var score = Score()
    score.expected = Set(pointOf.values).count
    score.predicted = scored.count
    score.correct = scored.indices.count { index in
      guard let points = pointsIn[index], points.count == 1, let point = points.first else {
        return false
      }
      return contradictionsOf[point]?.count == 1
    }
    return score
  }

  /// Text with every kind of space as one ASCII space.
  static func fold(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  // MARK: - Rendering

  /// The headline scores in one line, for standard error: "tally eval: claims F1 0.953 (P
  /// 0.961, R 0.945); findings F1 0.880; contradictions F1 0.900; story 12 of 12 found".
  public var summaryLine: String {
    func f1(_ score: Score) -> String { String(format: "F1 %.3f", score.f1) }
    var line =
      "tally eval: claims \(f1(core)) (\(String(format: "P %.3f, R %.3f", core.precision, core.recall))); "
      + "findings \(f1(findings)); contradictions \(f1(contradictions))"
    if !story.isEmpty { line += "; story \(story.count { $0.found }) of \(story.count) found" }
    return line
  }

  /// For people: the scores, the story, then each problem.
  public func text() -> String {
    func row(_ name: String, _ score: Score) -> String {
      let name = name.padding(toLength: 30, withPad: " ", startingAt: 0)
      return
        "  \(name) \(String(format: "P %.3f  R %.3f  F1 %.3f", score.precision, score.recall, score.f1))  (\(score.correct) right, \(score.predicted) found, \(score.expected) expected)\n"
    }
    var text = "claims, value + unit + qualifier\n" + row("all", core)
    for language in coreByLanguage.keys.sorted() {
      text += row("language \(language)", coreByLanguage[language] ?? Score())
    }
    for format in coreByFormat.keys.sorted() {
      text += row("format \(format)", coreByFormat[format] ?? Score())
    }
    text += "claim fields (over the expected claims that give the field)\n"
    for field in ExpectedClaim.fields where fields[field] != nil {
      text += row(field, fields[field] ?? Score())
    }
    text += "findings\n" + row("all", findings)
    for rule in findingsByRule.keys.sorted() { text += row(rule, findingsByRule[rule] ?? Score()) }
    text += "contradictions (findings grouped, against the gold's distinct points)\n"
    text += row("all", contradictions)
    if !story.isEmpty {
      text += "the story's contradictions: \(story.count { $0.found }) of \(story.count) found\n"
      for (story, found) in story { text += "  \(found ? "found  " : "MISSED ") \(story)\n" }
    }
    if !problems.isEmpty {
      text += "misses and false alarms (\(problems.count))\n"
      for problem in problems {
        text += "  \(problem.location): \(problem.kind): \(problem.detail)\n"
      }
    }
    return text
  }

  /// For machines, keys sorted.
  public func json() -> [UInt8] {
    func score(_ score: Score, into json: inout JSONWriter) {
      json.object { json in
        json.field("correct", score.correct)
        json.field("expected", score.expected)
        json.field("f1") { $0.rawNumber(String(format: "%.4f", score.f1)) }
        json.field("precision") { $0.rawNumber(String(format: "%.4f", score.precision)) }
        json.field("predicted", score.predicted)
        json.field("recall") { $0.rawNumber(String(format: "%.4f", score.recall)) }
      }
    }
    func scores(_ scores: [String: Score], into json: inout JSONWriter) {
      json.object { json in
        for key in scores.keys.sorted() {
          json.field(key) { json in score(scores[key] ?? Score(), into: &json) }
        }
      }
    }
    var json = JSONWriter()
    json.object { json in
      json.field("claims") { json in
        json.object { json in
          json.field("all") { json in score(core, into: &json) }
          json.field("byFormat") { json in scores(coreByFormat, into: &json) }
          json.field("byLanguage") { json in scores(coreByLanguage, into: &json) }
          json.field("fields") { json in scores(fields, into: &json) }
        }
      }
      json.field("contradictions") { json in score(contradictions, into: &json) }
      json.field("findings") { json in
        json.object { json in
          json.field("all") { json in score(findings, into: &json) }
          json.field("byRule") { json in scores(findingsByRule, into: &json) }
        }
      }
      json.field("problems") { json in
        json.array { json in
          for problem in problems {
            json.object { json in
              json.field("detail", problem.detail)
              json.field("kind", problem.kind)
              json.field("location", problem.location)
            }
          }
        }
      }
      json.field("story") { json in
        json.array { json in
          for (story, found) in story {
            json.object { json in
              json.field("found", found)
              json.field("story", story)
            }
          }
        }
      }
    }
    return json.bytes
  }
}
