import Foundation

/// A JSON value as a validator needs it: booleans apart from numbers.
public indirect enum JSONValue: Decodable, Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  /// The value at a key of an object, if it is one and has it.
  public subscript(key: String) -> JSONValue? {
    if case .object(let fields) = self { return fields[key] }
    return nil
  }
}

/// Validates JSON against a schema, in Swift: the part of JSON Schema draft 4 that the SARIF
/// 2.1.0 schema uses.
///
/// `type`, `enum`, `properties`, `required`, `additionalProperties`, `items`, `minItems`,
/// `uniqueItems`, `minimum`, `maximum`, `pattern`, `allOf`, `anyOf`, `oneOf` and local `$ref`
/// (`#/definitions/…`). `format` is not checked, as validators do not by default.
public struct JSONSchemaValidator {
  private let root: JSONValue

  /// Reads the schema.
  public init(schema: Data) throws {
    root = try JSONDecoder().decode(JSONValue.self, from: schema)
  }

  /// What is wrong with `instance`, one line each with its JSON pointer; none when it is valid.
  public func errors(in instance: Data) throws -> [String] {
    var errors: [String] = []
    validate(try JSONDecoder().decode(JSONValue.self, from: instance), root, at: "", into: &errors)
    return errors
  }

  private func resolve(_ reference: String) -> JSONValue? {
    guard reference.hasPrefix("#") else { return nil }
    var node = root
    for part in reference.dropFirst().split(separator: "/") {
      guard let next = node[String(part)] else { return nil }
      node = next
    }
    return node
  }

  private func validate(
    _ value: JSONValue, _ schema: JSONValue, at path: String, into errors: inout [String]
  ) {
    guard case .object(let keywords) = schema else { return }
    if case .string(let reference)? = keywords["$ref"] {
      guard let target = resolve(reference) else {
        errors.append("\(path): unresolved $ref \(reference)")
        return
      }
      validate(value, target, at: path, into: &errors)
      return
    }
    if let type = keywords["type"] {
      let allowed: [String]
      switch type {
      case .string(let one): allowed = [one]
      case .array(let many):
        allowed = many.compactMap { if case .string(let s) = $0 { s } else { nil } }
      default: allowed = []
      }
      if !allowed.contains(where: { Self.matches(value, type: $0) }) {
        errors.append("\(path): not of type \(allowed.joined(separator: " or "))")
        return
      }
    }
    if case .array(let choices)? = keywords["enum"], !choices.contains(value) {
      errors.append("\(path): not one of the allowed values")
    }
    switch value {
    case .object(let fields):
      if case .array(let required)? = keywords["required"] {
        for case .string(let name) in required where fields[name] == nil {
          errors.append("\(path): required property '\(name)' is missing")
        }
      }
      let properties: [String: JSONValue]
      if case .object(let declared)? = keywords["properties"] {
        properties = declared
      } else {
        properties = [:]
      }
      for (name, field) in fields.sorted(by: { $0.key < $1.key }) {
        if let property = properties[name] {
          validate(field, property, at: "\(path)/\(name)", into: &errors)
        } else if let additional = keywords["additionalProperties"] {
          if additional == .bool(false) {
            errors.append("\(path): property '\(name)' is not allowed")
          } else {
            validate(field, additional, at: "\(path)/\(name)", into: &errors)
          }
        }
      }
    case .array(let items):
      if case .number(let least)? = keywords["minItems"], Double(items.count) < least {
        errors.append("\(path): fewer than \(Int(least)) items")
      }
      if keywords["uniqueItems"] == .bool(true) {
        for (index, item) in items.enumerated() where items[..<index].contains(item) {
          errors.append("\(path)/\(index): repeats an earlier item")
        }
      }
      if let schema = keywords["items"] {
        for (index, item) in items.enumerated() {
          validate(item, schema, at: "\(path)/\(index)", into: &errors)
        }
      }
    case .number(let number):
      if case .number(let least)? = keywords["minimum"], number < least {
        errors.append("\(path): less than \(least)")
      }
      if case .number(let most)? = keywords["maximum"], number > most {
        errors.append("\(path): more than \(most)")
      }
    case .string(let text):
      if case .string(let pattern)? = keywords["pattern"],
        let expression = try? NSRegularExpression(pattern: pattern),
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil
      {
        errors.append("\(path): does not match \(pattern)")
      }
    case .null, .bool:
      break
    }
    func passes(_ schema: JSONValue) -> Bool {
      var found: [String] = []
      validate(value, schema, at: path, into: &found)
      return found.isEmpty
    }
    if case .array(let all)? = keywords["allOf"] {
      for schema in all { validate(value, schema, at: path, into: &errors) }
    }
    if case .array(let any)? = keywords["anyOf"], !any.contains(where: passes) {
      errors.append("\(path): matches none of anyOf")
    }
    if case .array(let one)? = keywords["oneOf"], one.count(where: passes) != 1 {
      errors.append("\(path): does not match exactly one of oneOf")
    }
  }

  private static func matches(_ value: JSONValue, type: String) -> Bool {
    switch (type, value) {
    case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool),
      ("null", .null), ("number", .number):
      true
    case ("integer", .number(let number)): number.rounded() == number
    default: false
    }
  }
}
