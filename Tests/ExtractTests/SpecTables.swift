import Core
import Extract
import Foundation
import Report

/// The spec tables under `Specs/{en,fr}`: cases of input text and the claims expected from it.
struct SpecCase {
  var id: String
  var file: String
  var language: Language
  var text: String
  var date: String?
  var author: String?
  var fiscalYearStartMonth: Int?
  /// Whom "we" and « nous » stand for (`context.we`), and configured descriptions of entities
  /// (`context.descriptions`: phrase → entity).
  var firstPersonParty: String?
  var descriptions: [String: String] = [:]
  /// Each expected claim as its JSON object (fields absent are not scored).
  var claims: [[String: Any]]

  static func load() throws -> [SpecCase] {
    guard let root = Bundle.module.url(forResource: "Specs", withExtension: nil) else { return [] }
    var cases: [SpecCase] = []
    for language in [Language.en, .fr] {
      let folder = root.appendingPathComponent(language.rawValue)
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for file in files.filter({ $0.hasSuffix(".json") }).sorted() {
        let data = try Data(contentsOf: folder.appendingPathComponent(file))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
          let list = object["cases"] as? [[String: Any]]
        else { throw SpecError(message: "\(language.rawValue)/\(file): no \"cases\" list") }
        for entry in list {
          let context = entry["context"] as? [String: Any] ?? [:]
          guard let id = entry["id"] as? String, let text = entry["text"] as? String,
            let claims = entry["claims"] as? [[String: Any]]
          else {
            throw SpecError(
              message: "\(language.rawValue)/\(file): a case lacks id, text or claims")
          }
          cases.append(
            SpecCase(
              id: id, file: "\(language.rawValue)/\(file)", language: language, text: text,
              date: context["date"] as? String, author: context["author"] as? String,
              fiscalYearStartMonth: context["fiscalYearStartMonth"] as? Int,
              firstPersonParty: context["we"] as? String,
              descriptions: context["descriptions"] as? [String: String] ?? [:], claims: claims))
        }
      }
    }
    return cases
  }
}

struct SpecError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// Scores the extractor on the spec tables.
///
/// A predicted claim matches an expected one when their texts overlap in the input. The
/// core score counts a claim correct when it matches and its low, high, unit and qualifier
/// all equal the expected ones. Each other field is scored over the expected claims that
/// declare it: correct when matched with an equal value (null included).
struct SpecEvaluation {
  static let fields = ExpectedClaim.fields

  var core: [Language: Score] = [:]
  var byField: [Language: [String: Score]] = [:]
  var trapClaims: [String] = []
  var misses: [String] = []
  var fieldMisses: [String] = []

  init(cases: [SpecCase]) {
    for specCase in cases {
      let extractor = ClaimExtractor(
        fiscalYearStartMonth: specCase.fiscalYearStartMonth,
        knownDescriptions: specCase.descriptions)
      let claims = extractor.extract(
        text: specCase.text, language: specCase.language, date: specCase.date,
        firstPersonParty: specCase.firstPersonParty)
      if specCase.file.hasSuffix("traps.json") {
        trapClaims += claims.map { "\(specCase.id): \($0.surface)" }
      }
      score(specCase, claims)
    }
  }

  private mutating func score(_ specCase: SpecCase, _ claims: [Claim]) {
    let language = specCase.language
    var coreScore = core[language] ?? Score()
    var fieldScores = byField[language] ?? [:]
    coreScore.predicted += claims.count
    coreScore.expected += specCase.claims.count
    var used = Set<Int>()
    var searchFrom = specCase.text.startIndex
    for expected in specCase.claims {
      let text = expected["text"] as? String ?? ""
      guard
        let range = specCase.text.range(of: text, range: searchFrom..<specCase.text.endIndex)
          ?? specCase.text.range(of: text)
      else {
        misses.append("\(specCase.id): expected text '\(text)' is not in the case")
        continue
      }
      searchFrom = range.upperBound
      let start = specCase.text.utf8.distance(
        from: specCase.text.utf8.startIndex, to: range.lowerBound)
      let end = specCase.text.utf8.distance(
        from: specCase.text.utf8.startIndex, to: range.upperBound)
      let match = claims.indices.first { index in
        !used.contains(index) && claims[index].span.start < end && claims[index].span.end > start
      }
      for field in Self.fields where expected.keys.contains(field) {
        fieldScores[field, default: Score()].expected += 1
        if match != nil { fieldScores[field, default: Score()].predicted += 1 }
      }
      guard let match else {
        misses.append("\(specCase.id): missed '\(text)' in: \(specCase.text)")
        continue
      }
      used.insert(match)
      let claim = claims[match]
      if ExpectedClaim.coreEquals(claim, expected) {
        coreScore.correct += 1
      } else {
        misses.append(
          "\(specCase.id): '\(text)' read as \(claim.stated.low.map { "\($0)" } ?? "nil")…\(claim.stated.high.map { "\($0)" } ?? "nil") \(claim.unit) \(claim.qualifier.rawValue); expected \(expected["low"] ?? "nil")…\(expected["high"] ?? "nil") \(expected["unit"] ?? "") \(expected["qualifier"] ?? "")"
        )
      }
      for field in Self.fields where expected.keys.contains(field) {
        if ExpectedClaim.field(field, of: claim, equals: expected[field]) {
          fieldScores[field, default: Score()].correct += 1
        } else {
          fieldMisses.append(
            "\(specCase.id): \(field) of '\(text)': got \(ExpectedClaim.describe(field, of: claim)), expected \(expected[field] ?? "nil")"
          )
        }
      }
    }
    for index in claims.indices
    where !used.contains(index) && !specCase.file.hasSuffix("traps.json") {
      misses.append("\(specCase.id): extra claim '\(claims[index].surface)'")
    }
    core[language] = coreScore
    byField[language] = fieldScores
  }

  /// The scores as a table, for the test log.
  func report() -> String {
    var lines = ["language  field                 precision  recall     F1"]
    for language in [Language.en, .fr] {
      let row = { (name: String, score: Score) in
        lines.append(
          "\(language.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(name.padding(toLength: 21, withPad: " ", startingAt: 0)) \(String(format: "%9.3f  %6.3f  %6.3f", score.precision, score.recall, score.f1))"
        )
      }
      row("value+unit+qualifier", core[language] ?? Score())
      for field in Self.fields { row(field, byField[language]?[field] ?? Score()) }
    }
    lines.append("claims on traps: \(trapClaims.count)")
    return lines.joined(separator: "\n")
  }
}
