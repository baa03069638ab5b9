import Foundation

/// Decodes RFC 2047 encoded words in header values: `=?utf-8?Q?R=C3=A9servations?=`.
///
/// Whitespace between two adjacent encoded words is dropped, as the RFC says;
/// other text is kept as it is.
enum EncodedWords {
  static func decode(_ value: String) -> String {
    guard value.contains("=?") else { return value }
    var output = ""
    var rest = Substring(value)
    var pendingSpace = ""
    var lastWasEncoded = false
    while !rest.isEmpty {
      if rest.hasPrefix("=?"), let (decoded, after) = decodeWord(rest) {
        if !lastWasEncoded { output += pendingSpace }
        pendingSpace = ""
        output += decoded
        rest = after
        lastWasEncoded = true
        continue
      }
      let character = rest.removeFirst()
      if character == " " || character == "\t" {
        pendingSpace.append(character)
      } else {
        output += pendingSpace
        pendingSpace = ""
        output.append(character)
        lastWasEncoded = false
      }
    }
    return output + pendingSpace
  }

  private static func decodeWord(_ text: Substring) -> (String, Substring)? {
    let parts = text.dropFirst(2)
    guard let firstMark = parts.firstIndex(of: "?") else { return nil }
    let charset = parts[..<firstMark]
    let afterCharset = parts[parts.index(after: firstMark)...]
    guard let encoding = afterCharset.first, afterCharset.dropFirst().first == "?" else {
      return nil
    }
    let payloadStart = afterCharset.dropFirst(2)
    guard let end = payloadStart.range(of: "?=") else { return nil }
    let payload = payloadStart[..<end.lowerBound]
    guard !payload.contains(" ") else { return nil }
    var bytes: [UInt8]
    switch encoding {
    case "B", "b":
      guard let data = Base64.decode(Array(payload.utf8)) else { return nil }
      bytes = data
    case "Q", "q":
      bytes = []
      var utf8 = Array(payload.utf8)[...]
      while let byte = utf8.popFirst() {
        if byte == UInt8(ascii: "_") {
          bytes.append(0x20)
        } else if byte == UInt8(ascii: "="), utf8.count >= 2,
          let high = hexValue(utf8[utf8.startIndex]),
          let low = hexValue(utf8[utf8.startIndex + 1])
        {
          bytes.append(high << 4 | low)
          utf8 = utf8.dropFirst(2)
        } else {
          bytes.append(byte)
        }
      }
    default:
      return nil
    }
    // RFC 2231 allows a language after '*': utf-8*fr
    let charsetName = String(charset.split(separator: "*").first ?? charset)
    let decoded = SourceDecoder.decode(bytes, declared: charsetName)
    return (String(decoding: decoded.bytes, as: UTF8.self), payloadStart[end.upperBound...])
  }
}

/// Base64 as MIME writes it: line breaks and other stray characters are skipped.
enum Base64 {
  static func decode(_ input: [UInt8]) -> [UInt8]? {
    var output: [UInt8] = []
    output.reserveCapacity(input.count * 3 / 4)
    var buffer: UInt32 = 0
    var bits = 0
    for byte in input {
      let value: UInt32
      switch byte {
      case 0x41...0x5A: value = UInt32(byte - 0x41)
      case 0x61...0x7A: value = UInt32(byte - 0x61 + 26)
      case 0x30...0x39: value = UInt32(byte - 0x30 + 52)
      case UInt8(ascii: "+"), UInt8(ascii: "-"): value = 62
      case UInt8(ascii: "/"), UInt8(ascii: "_"): value = 63
      case UInt8(ascii: "="): return output
      default: continue
      }
      buffer = buffer << 6 | value
      bits += 6
      if bits >= 8 {
        bits -= 8
        output.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
      }
    }
    return output
  }
}
