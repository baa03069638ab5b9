import Core
import Foundation
import Report
import Testing

@testable import Extract

/// The extractor against the spec tables, with floors that only go up.
@Suite struct SpecTableTests {
  /// Every table but the roles matrix, which has floors of its own (`RolesTableTests`).
  static let evaluation: SpecEvaluation? = (try? SpecCase.load()).map {
    SpecEvaluation(cases: $0.filter { !$0.file.hasSuffix("/roles.json") })
  }

  @Test("the spec tables load, every case well-formed")
  func tablesLoad() throws {
    let cases = try SpecCase.load()
    #expect(cases.count >= 300)
    print(Self.evaluation?.report() ?? "")
    for miss in Self.evaluation?.misses.prefix(400) ?? [] { print("spec: \(miss)") }
    for miss in Self.evaluation?.fieldMisses.prefix(400) ?? [] { print("field: \(miss)") }
    for trap in Self.evaluation?.trapClaims ?? [] { print("trap: \(trap)") }
  }

  @Test("no claim at all on the traps files")
  func traps() throws {
    let evaluation = try #require(Self.evaluation)
    #expect(evaluation.trapClaims.count <= SpecFloors.trapClaims, "\(evaluation.trapClaims)")
  }

  @Test(
    "value + unit + qualifier F1 per language stays above its floor", arguments: [Language.en, .fr])
  func coreFloor(language: Language) throws {
    let evaluation = try #require(Self.evaluation)
    let score = evaluation.core[language] ?? Score()
    #expect(score.f1 >= SpecFloors.core[language] ?? 1, "\(language.rawValue): F1 \(score.f1)")
  }

  @Test("item, subject and period F1 stay above their floors", arguments: [Language.en, .fr])
  func fieldFloors(language: Language) throws {
    let evaluation = try #require(Self.evaluation)
    for (field, floor) in SpecFloors.fields[language] ?? [:] {
      let score = evaluation.byField[language]?[field] ?? Score()
      #expect(score.f1 >= floor, "\(language.rawValue) \(field): F1 \(score.f1)")
    }
  }
}

/// The roles matrix, `Specs/{en,fr}/roles.json` (issue 11).
///
/// Each frame in active, passive, relative, apposition, first-person and description forms,
/// written by a helper who had not read the extractor. Its first score, before any rule was changed for it, is in
/// docs/claims.md; these floors, a little under today's scores, only go up.
@Suite struct RolesTableTests {
  static let evaluation: SpecEvaluation? = (try? SpecCase.load()).map {
    SpecEvaluation(cases: $0.filter { $0.file.hasSuffix("/roles.json") })
  }

  @Test("the roles matrix has at least 250 cases")
  func size() throws {
    let cases = try SpecCase.load().filter { $0.file.hasSuffix("/roles.json") }
    #expect(cases.count >= 250)
    print(Self.evaluation?.report() ?? "")
    for miss in Self.evaluation?.fieldMisses.prefix(400) ?? [] { print("roles field: \(miss)") }
  }

  @Test("roles, subject, item and value F1 stay above their floors", arguments: [Language.en, .fr])
  func floors(language: Language) throws {
    let evaluation = try #require(Self.evaluation)
    let core = evaluation.core[language] ?? Score()
    #expect(core.f1 >= RolesFloors.core[language] ?? 1, "\(language.rawValue): F1 \(core.f1)")
    for (field, floor) in RolesFloors.fields[language] ?? [:] {
      let score = evaluation.byField[language]?[field] ?? Score()
      #expect(score.f1 >= floor, "\(language.rawValue) \(field): F1 \(score.f1)")
    }
  }
}

/// The roles matrix's floors, a little under today's scores; they only go up (the issue asks
/// roles F1 ≥ 0.95).
enum RolesFloors {
  static let core: [Language: Double] = [.en: 0.98, .fr: 0.98]
  static let fields: [Language: [String: Double]] = [
    .en: ["roles": 0.95, "subject": 0.97, "item": 0.96],
    .fr: ["roles": 0.95, "subject": 0.96, "item": 0.96],
  ]
}

/// The floors, a little under today's scores.
///
/// They only go up; the issue asks at least 0.97 (value + unit + qualifier), 0.90 (item, subject,
/// period) and no claim on the traps.
enum SpecFloors {
  static let trapClaims = 0
  static let core: [Language: Double] = [.en: 0.995, .fr: 0.995]
  static let fields: [Language: [String: Double]] = [
    .en: ["item": 0.99, "subject": 0.98, "period": 0.99],
    .fr: ["item": 0.96, "subject": 0.94, "period": 0.91],
  ]
}
