import Core
import Foundation

/// Precision, recall and F1 of one measure.
public struct Score: Sendable, Hashable {
  public var correct = 0
  public var predicted = 0
  public var expected = 0

  public init() {}

  public var precision: Double { predicted == 0 ? 1 : Double(correct) / Double(predicted) }
  public var recall: Double { expected == 0 ? 1 : Double(correct) / Double(expected) }
  public var f1: Double {
    let sum = precision + recall
    return sum == 0 ? 0 : 2 * precision * recall / sum
  }
}

/// An expected claim's fields as JSON gives them (spec tables and corpus gold share the schema
/// of Tests/ExtractTests/Specs/README.md), compared with a claim.
public enum ExpectedClaim {
  /// The fields scored one by one, beside the core (value + unit + qualifier).
  public static let fields = [
    "item", "subject", "flow", "roles", "metric", "period", "modality", "speaker", "ambiguous",
  ]

  /// A JSON number or numeric string as an exact decimal.
  public static func decimal(_ value: Any?) -> Decimal? {
    switch value {
    case let number as NSNumber: Decimal(string: number.stringValue)
    case let string as String: Decimal(string: string)
    default: nil
    }
  }

  /// Whether `claim` has the expected low, high, unit and qualifier.
  public static func coreEquals(_ claim: Claim, _ expected: [String: Any]) -> Bool {
    claim.stated.low == decimal(expected["low"]) && claim.stated.high == decimal(expected["high"])
      && claim.unit.description == expected["unit"] as? String
      && claim.qualifier.rawValue == expected["qualifier"] as? String
  }

  /// Whether one field of `claim` has the expected value (`null` meaning none); `canonical`
  /// names an entity by its configured name, so that an alias as written counts as the entity.
  public static func field(
    _ name: String, of claim: Claim, equals expected: Any?,
    canonical: (String) -> String = { $0 }
  ) -> Bool {
    let expected = expected is NSNull ? nil : expected
    func same(_ name: String?, _ other: Any?) -> Bool {
      name.map(canonical) == (other as? String).map(canonical)
    }
    switch name {
    // An item is the same whatever the order of its words: « pompe à perfusion NX-7 » as
    // written, "NX-7 pompe à perfusion" model first.
    case "item": return claim.item.map(itemWords) == (expected as? String).map(itemWords)
    case "subject": return same(claim.subject, expected)
    case "speaker": return claim.speaker == expected as? String
    case "metric": return claim.metric.rawValue == (expected as? String ?? "other")
    case "modality": return claim.modality.rawValue == (expected as? String ?? "asserted")
    case "ambiguous": return claim.ambiguous == (expected as? Bool ?? false)
    case "flow":
      guard let object = expected as? [String: Any] else { return claim.flow == nil }
      return same(claim.flow?.from, object["from"]) && same(claim.flow?.to, object["to"])
    case "roles":
      // Every role the gold names, and no other: `{}` and null mean none.
      let wanted = (expected as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
      let found = claim.roles?.parties ?? [:]
      return wanted.count == found.count
        && wanted.allSatisfy { role, name in
          Role(rawValue: role).flatMap { found[$0] }.map(canonical) == canonical(name)
        }
    case "period":
      guard let object = expected as? [String: Any] else { return claim.period == nil }
      return claim.period?.start == object["start"] as? String
        && claim.period?.end == object["end"] as? String
    default: return false
    }
  }

  /// An item's words, lower-case and sorted.
  static func itemWords(_ item: String) -> [String] {
    item.lowercased().split(separator: " ").map(String.init).sorted()
  }

  /// One field of `claim`, for a message.
  public static func describe(_ name: String, of claim: Claim) -> String {
    switch name {
    case "item": claim.item ?? "null"
    case "subject": claim.subject ?? "null"
    case "speaker": claim.speaker ?? "null"
    case "metric": claim.metric.rawValue
    case "modality": claim.modality.rawValue
    case "ambiguous": "\(claim.ambiguous)"
    case "flow": claim.flow.map { "\($0.from ?? "null") → \($0.to ?? "null")" } ?? "null"
    case "roles": describe(roles: (claim.roles?.parties ?? [:]).map { ($0.key.rawValue, $0.value) })
    case "period": claim.period.map { "\($0.start)…\($0.end)" } ?? "null"
    default: "?"
    }
  }

  /// Roles for a message, sorted: "buyer Nordhavn, seller Kessler Yards", or "none".
  static func describe(roles: [(String, String)]) -> String {
    roles.isEmpty
      ? "none" : roles.sorted { $0.0 < $1.0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
  }

  /// An expected value, for a message.
  public static func describe(_ value: Any?) -> String {
    switch value {
    case nil, is NSNull: "null"
    case let object as [String: Any] where object["start"] != nil:
      "\(object["start"] ?? "")…\(object["end"] ?? "")"
    case let object as [String: Any] where object["from"] == nil && object["to"] == nil:
      describe(roles: object.compactMapValues { $0 as? String }.map { ($0.key, $0.value) })
    case let object as [String: Any]:
      "\(object["from"] as? String ?? "null") → \(object["to"] as? String ?? "null")"
    case let value?: "\(value)"
    }
  }
}
