import Foundation

/// Writes JSON text quickly and deterministically, for outputs that must be byte-identical run to run.
///
/// The caller writes keys in the order it wants them (sorted, for our outputs);
/// commas and string escapes are the writer's job. `/` is not escaped and
/// non-ASCII text is written as UTF-8.
///
/// ```swift
/// var json = JSONWriter()
/// json.object {
///   json.field("id") { json.string("memos/thread.mbox#2") }
///   json.field("line") { json.number(12) }
/// }
/// json.bytes  // {"id":"memos/thread.mbox#2","line":12}
/// ```
public struct JSONWriter: Sendable {
  /// The JSON written so far, UTF-8.
  public private(set) var bytes: [UInt8] = []
  /// Whether the next value at the current level follows another (and needs a comma); the
  /// levels around it keep theirs in `enclosing`.
  private var needsComma = false
  private var enclosing: [Bool] = []

  /// Creates an empty writer.
  public init() {}

  /// Creates an empty writer with room for `capacity` bytes, for a writer made for each small
  /// value (a claim's line), whose bytes would otherwise grow several times.
  public init(capacity: Int) {
    bytes.reserveCapacity(capacity)
    enclosing.reserveCapacity(8)
  }

  /// Writes an object; `body` writes its fields.
  public mutating func object(_ body: (inout JSONWriter) -> Void) {
    separate()
    bytes.append(UInt8(ascii: "{"))
    enclosing.append(needsComma)
    needsComma = false
    body(&self)
    needsComma = enclosing.removeLast()
    bytes.append(UInt8(ascii: "}"))
  }

  /// Writes an array; `body` writes its elements.
  public mutating func array(_ body: (inout JSONWriter) -> Void) {
    separate()
    bytes.append(UInt8(ascii: "["))
    enclosing.append(needsComma)
    needsComma = false
    body(&self)
    needsComma = enclosing.removeLast()
    bytes.append(UInt8(ascii: "]"))
  }

  /// Writes `"key":` and then the value `body` writes.
  public mutating func field(_ key: String, _ body: (inout JSONWriter) -> Void) {
    separate()
    appendString(key)
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
    body(&self)
    needsComma = true
  }

  /// Writes a string field, or `null` when the value is nil.
  public mutating func field(_ key: String, _ value: String?) {
    field(key) { $0.string(value) }
  }

  /// Writes an integer field, or `null` when the value is nil.
  public mutating func field(_ key: String, _ value: Int?) {
    field(key) { $0.number(value) }
  }

  /// Writes a decimal field exactly as `Decimal` prints it (no binary rounding), or `null`.
  public mutating func field(_ key: String, _ value: Decimal?) {
    field(key) { json in
      if let value { json.rawNumber(Self.text(of: value)) } else { json.string(nil) }
    }
  }

  /// The text `value.description` gives, made without it when the significand fits in 64 bits.
  ///
  /// The description costs about a microsecond, a claim has four decimals, and a corpus has
  /// millions of claims. A test holds the two equal.
  public static func text(of value: Decimal) -> String {
    guard let (whole, exponent) = value.integerParts else { return value.description }
    if whole == 0 { return "0" }
    // The digits are written once, into a string of the length they make: "-", the digits, the
    // zeros a positive exponent adds, or the point a negative one puts (with "0." and zeros
    // before the digits when it falls before them).
    var digitCount = 1
    var divisor: Int64 = 1
    while divisor <= whole / 10 {
      divisor *= 10
      digitCount += 1
    }
    let negative = value < 0
    let point = digitCount + exponent
    let length: Int
    if exponent >= 0 {
      length = digitCount + exponent
    } else if point > 0 {
      length = digitCount + 1
    } else {
      length = 2 - point + digitCount
    }
    return String(unsafeUninitializedCapacity: length + (negative ? 1 : 0)) { buffer in
      var position = 0
      func put(_ byte: UInt8) {
        buffer[position] = byte
        position += 1
      }
      if negative { put(UInt8(ascii: "-")) }
      if exponent < 0, point <= 0 {
        put(UInt8(ascii: "0"))
        put(UInt8(ascii: "."))
        for _ in 0 ..< -point { put(UInt8(ascii: "0")) }
      }
      for index in 0..<digitCount {
        if exponent < 0, point > 0, index == point { put(UInt8(ascii: ".")) }
        put(UInt8(ascii: "0") + UInt8(whole / divisor % 10))
        divisor /= 10
      }
      if exponent > 0 {
        for _ in 0..<exponent { put(UInt8(ascii: "0")) }
      }
      return position
    }
  }

  /// Writes a Boolean field.
  public mutating func field(_ key: String, _ value: Bool) {
    field(key) { $0.bool(value) }
  }

  /// Writes a string, or `null`.
  public mutating func string(_ value: String?) {
    separate()
    guard let value else {
      bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
      return
    }
    appendString(value)
  }

  /// Writes an integer, or `null`.
  public mutating func number(_ value: Int?) {
    separate()
    guard let value else {
      bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
      return
    }
    bytes.append(contentsOf: String(value).utf8)
  }

  /// Writes a number already formatted as JSON (a decimal such as `2.8E12` or `12000`).
  public mutating func rawNumber(_ text: String) {
    separate()
    bytes.append(contentsOf: text.utf8)
  }

  /// Writes `true` or `false`.
  public mutating func bool(_ value: Bool) {
    separate()
    bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
  }

  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    needsComma = true
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Whether any of eight bytes (a word loaded from memory) is a control character, `"` or
  /// `\`: the tests for a byte below a value and for a zero byte, done on all eight lanes at
  /// once (exact as a yes or no, though a borrow may mark the wrong lane).
  private static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
    let below = (word &- ones &* 0x20) & ~word & highs
    return below != 0 || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
  }

  private mutating func appendString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      var runStart = 0
      // Eight bytes at a time up to the first that needs escaping (most strings have none),
      // then byte by byte.
      var start = 0
      if let base = utf8.baseAddress {
        while start + 8 <= utf8.count,
          !Self.mayNeedEscape(UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
        {
          start += 8
        }
      }
      for index in start..<utf8.count {
        let byte = utf8[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        runStart = index + 1
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
          bytes.append(contentsOf: [
            UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)],
          ])
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
