/// A JSON value that remembers where it was written, so a post's text maps back to its line.
///
/// Foundation's parser forgets positions; this one keeps, for every value, the byte
/// offset of its first byte, and for strings the pieces that copy the source verbatim.
indirect enum JSONValue {
  case object([(key: String, value: JSONValue)], offset: Int)
  case array([JSONValue], offset: Int)
  case string(JSONString)
  case number(String, offset: Int)
  case bool(Bool, offset: Int)
  case null(offset: Int)

  /// The byte offset of the value's first byte in the source.
  var offset: Int {
    switch self {
    case .object(_, let offset), .array(_, let offset), .number(_, let offset),
      .bool(_, let offset),
      .null(let offset):
      offset
    case .string(let string): string.offset
    }
  }

  /// The member of an object by key, first match.
  subscript(key: String) -> JSONValue? {
    guard case .object(let members, _) = self else { return nil }
    return members.first(where: { $0.key == key })?.value
  }

  /// The value as text: strings as they are, numbers and booleans as written.
  var text: String? {
    switch self {
    case .string(let string): string.value
    case .number(let number, _): number
    case .bool(let value, _): value ? "true" : "false"
    default: nil
    }
  }

  /// The value at a dotted path of keys, such as `tweet.full_text`.
  func value(at path: String) -> JSONValue? {
    var current: JSONValue? = self
    for key in path.split(separator: ".") { current = current?[String(key)] }
    return current
  }
}

/// A decoded JSON string with the way back to its source bytes.
struct JSONString {
  /// The decoded text.
  var value: String
  /// The byte offset of the opening quote.
  var offset: Int
  /// Runs of the decoded UTF-8: `decoded` offset, the `source` offset it starts at, and whether
  /// it copies the source verbatim (an escape such as `\n` or `\u00e9` does not).
  var runs: [(decoded: Int, source: Int, verbatim: Bool)]
}

/// Why JSON could not be read, and where.
struct JSONSyntaxError: Error {
  var message: String
  var offset: Int
}

/// A strict JSON parser (RFC 8259) over UTF-8 bytes, with positions, bounded nesting and no recursion limits hit.
struct JSONParser {
  private let bytes: [UInt8]
  private let end: Int
  private var index: Int
  private var depth = 0

  init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
    self.bytes = bytes
    self.index = start
    self.end = min(end ?? bytes.count, bytes.count)
  }

  /// The byte offset after the last value parsed.
  var position: Int { index }

  /// Parses one value, and requires nothing but whitespace to follow when `whole`.
  static func parse(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil)
    throws(JSONSyntaxError)
    -> JSONValue
  {
    var parser = JSONParser(bytes, from: start, to: end)
    let value = try parser.parseValue()
    parser.skipWhitespace()
    guard parser.index >= parser.end else {
      throw JSONSyntaxError(message: "unexpected text after the JSON value", offset: parser.index)
    }
    return value
  }

  mutating func skipWhitespace() {
    while index < end,
      bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D
        || bytes[index] == 0x09
    {
      index += 1
    }
  }

  mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    skipWhitespace()
    guard index < end else {
      throw JSONSyntaxError(message: "unexpected end of input", offset: index)
    }
    let start = index
    switch bytes[index] {
    case UInt8(ascii: "{"):
      depth += 1
      defer { depth -= 1 }
      guard depth <= 512 else {
        throw JSONSyntaxError(message: "nesting deeper than 512 levels", offset: index)
      }
      index += 1
      var members: [(key: String, value: JSONValue)] = []
      skipWhitespace()
      if index < end, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members, offset: start)
      }
      while true {
        skipWhitespace()
        guard index < end, bytes[index] == UInt8(ascii: "\"") else {
          throw JSONSyntaxError(message: "expected a quoted key", offset: index)
        }
        let key = try parseString()
        skipWhitespace()
        guard index < end, bytes[index] == UInt8(ascii: ":") else {
          throw JSONSyntaxError(message: "expected ':' after a key", offset: index)
        }
        index += 1
        members.append((key.value, try parseValue()))
        skipWhitespace()
        guard index < end else {
          throw JSONSyntaxError(message: "unterminated object", offset: start)
        }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard bytes[index] == UInt8(ascii: "}") else {
          throw JSONSyntaxError(message: "expected ',' or '}' in an object", offset: index)
        }
        index += 1
        return .object(members, offset: start)
      }
    case UInt8(ascii: "["):
      depth += 1
      defer { depth -= 1 }
      guard depth <= 512 else {
        throw JSONSyntaxError(message: "nesting deeper than 512 levels", offset: index)
      }
      index += 1
      var elements: [JSONValue] = []
      skipWhitespace()
      if index < end, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements, offset: start)
      }
      while true {
        elements.append(try parseValue())
        skipWhitespace()
        guard index < end else {
          throw JSONSyntaxError(message: "unterminated array", offset: start)
        }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard bytes[index] == UInt8(ascii: "]") else {
          throw JSONSyntaxError(message: "expected ',' or ']' in an array", offset: index)
        }
        index += 1
        return .array(elements, offset: start)
      }
    case UInt8(ascii: "\""):
      return .string(try parseString())
    case UInt8(ascii: "t"):
      try expect("true")
      return .bool(true, offset: start)
    case UInt8(ascii: "f"):
      try expect("false")
      return .bool(false, offset: start)
    case UInt8(ascii: "n"):
      try expect("null")
      return .null(offset: start)
    case UInt8(ascii: "-"), 0x30...0x39:
      index += 1
      while index < end {
        switch bytes[index] {
        case 0x30...0x39, UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
          UInt8(ascii: "+"),
          UInt8(ascii: "-"):
          index += 1
          continue
        default: break
        }
        break
      }
      return .number(String(decoding: bytes[start..<index], as: UTF8.self), offset: start)
    default:
      throw JSONSyntaxError(
        message: "unexpected character '\(UnicodeScalar(bytes[index]))'", offset: index)
    }
  }

  private mutating func expect(_ word: String) throws(JSONSyntaxError) {
    let expected = Array(word.utf8)
    guard index + expected.count <= end,
      bytes[index..<index + expected.count].elementsEqual(expected)
    else { throw JSONSyntaxError(message: "expected '\(word)'", offset: index) }
    index += expected.count
  }

  private mutating func parseString() throws(JSONSyntaxError) -> JSONString {
    let start = index
    index += 1
    var output: [UInt8] = []
    var runs: [(decoded: Int, source: Int, verbatim: Bool)] = [(0, index, true)]
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return JSONString(value: String(decoding: output, as: UTF8.self), offset: start, runs: runs)
      }
      if byte == UInt8(ascii: "\\") {
        guard index + 1 < end else { break }
        runs.append((output.count, index, false))
        let escape = bytes[index + 1]
        index += 2
        switch escape {
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "\""): output.append(escape)
        case UInt8(ascii: "u"):
          var scalar = try hex4()
          if (0xD800..<0xDC00).contains(scalar), index + 1 < end,
            bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          {
            index += 2
            let low = try hex4()
            if (0xDC00..<0xE000).contains(low) {
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else {
              scalar = 0xFFFD
            }
          }
          if (0xD800..<0xE000).contains(scalar) { scalar = 0xFFFD }
          SourceDecoder.appendUTF8(scalar, to: &output)
        default:
          throw JSONSyntaxError(
            message: "invalid escape '\\\(UnicodeScalar(escape))'", offset: index - 2)
        }
        runs.append((output.count, index, true))
        continue
      }
      if byte < 0x20 {
        throw JSONSyntaxError(message: "control character inside a string", offset: index)
      }
      output.append(byte)
      index += 1
    }
    throw JSONSyntaxError(message: "unterminated string", offset: start)
  }

  private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= end else {
      throw JSONSyntaxError(message: "short \\u escape", offset: index)
    }
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let digit = hexValue(bytes[index]) else {
        throw JSONSyntaxError(message: "invalid \\u escape", offset: index)
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }
}
