import Core
import Foundation

/// A header field of a message or MIME part, unfolded.
struct HeaderField {
  /// The name, lower-cased.
  var name: String
  /// The raw value, continuation lines joined, encoded words not yet decoded.
  var value: String
  /// The byte offset of the field's line in the source.
  var offset: Int
}

/// A message or one of its MIME parts: headers, and where its body lies in the source.
struct MIMEEntity {
  var headers: [HeaderField]
  /// The body's bytes in the source, after the blank line that ends the headers.
  var body: Range<Int>
  /// The parts of a multipart entity.
  var parts: [MIMEEntity] = []
  /// Set when a multipart entity had no usable boundary.
  var brokenMultipart = false

  /// The first value of a header, raw.
  func header(_ name: String) -> String? {
    headers.first(where: { $0.name == name })?.value
  }

  /// The media type, lower-cased (`text/plain` when absent, as RFC 2045 says).
  var mediaType: String {
    guard let value = header("content-type") else { return "text/plain" }
    let type = value.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
    let trimmed = type.trimmingCharacters(in: .whitespaces).lowercased()
    return trimmed.contains("/") ? trimmed : "text/plain"
  }

  /// A parameter of a structured header such as Content-Type or Content-Disposition.
  func parameter(_ name: String, of field: String) -> String? {
    guard let value = header(field) else { return nil }
    return MIMEEntity.parameters(of: value)[name]
  }

  /// The file name of an attachment, from Content-Disposition or Content-Type.
  var fileName: String? {
    parameter("filename", of: "content-disposition") ?? parameter("name", of: "content-type")
  }

  /// Whether the part is an attachment rather than the message's text.
  var isAttachment: Bool {
    let disposition = header("content-disposition")?.lowercased() ?? ""
    if disposition.hasPrefix("attachment") { return true }
    return fileName != nil && !disposition.hasPrefix("inline")
  }

  /// The parameters of a structured header value: `type/sub; a=1; b="two; three"`,
  /// with RFC 2231 `name*=charset''percent-encoded` values decoded.
  static func parameters(of value: String) -> [String: String] {
    var result: [String: String] = [:]
    let scalars = Array(value.unicodeScalars)
    var index = 0
    // Skip the leading type.
    while index < scalars.count, scalars[index] != ";" { index += 1 }
    while index < scalars.count {
      index += 1
      while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
      var name = ""
      while index < scalars.count, scalars[index] != "=", scalars[index] != ";" {
        name.unicodeScalars.append(scalars[index])
        index += 1
      }
      guard index < scalars.count, scalars[index] == "=" else { continue }
      index += 1
      var parameterValue = ""
      if index < scalars.count, scalars[index] == "\"" {
        index += 1
        while index < scalars.count, scalars[index] != "\"" {
          if scalars[index] == "\\", index + 1 < scalars.count { index += 1 }
          parameterValue.unicodeScalars.append(scalars[index])
          index += 1
        }
        while index < scalars.count, scalars[index] != ";" { index += 1 }
      } else {
        while index < scalars.count, scalars[index] != ";" {
          parameterValue.unicodeScalars.append(scalars[index])
          index += 1
        }
      }
      var key = name.trimmingCharacters(in: .whitespaces).lowercased()
      parameterValue = parameterValue.trimmingCharacters(in: .whitespaces)
      if key.hasSuffix("*") {
        key.removeLast()
        parameterValue = decodeRFC2231(parameterValue)
      }
      if result[key] == nil { result[key] = parameterValue }
    }
    return result
  }

  private static func decodeRFC2231(_ value: String) -> String {
    let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
    guard pieces.count == 3 else { return value }
    let charset = String(pieces[0])
    var bytes: [UInt8] = []
    var utf8 = Array(pieces[2].utf8)[...]
    while let byte = utf8.popFirst() {
      if byte == UInt8(ascii: "%"), utf8.count >= 2, let high = hexValue(utf8[utf8.startIndex]),
        let low = hexValue(utf8[utf8.startIndex + 1])
      {
        bytes.append(high << 4 | low)
        utf8 = utf8.dropFirst(2)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: SourceDecoder.decode(bytes, declared: charset).bytes, as: UTF8.self)
  }
}

/// Parses RFC 5322 messages and their MIME structure over a byte range of a source.
enum MIMEParser {
  /// Parses the message in `range` of `source`.
  static func parse(_ source: [UInt8], _ range: Range<Int>, depth: Int = 0) -> MIMEEntity {
    var headers: [HeaderField] = []
    var index = range.lowerBound
    var bodyStart = range.upperBound
    while index < range.upperBound {
      var lineEnd = index
      while lineEnd < range.upperBound, source[lineEnd] != 0x0A { lineEnd += 1 }
      let contentEnd = lineEnd > index && source[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd
      if contentEnd == index {
        bodyStart = min(lineEnd + 1, range.upperBound)
        break
      }
      let line = String(decoding: source[index..<contentEnd], as: UTF8.self)
      if source[index] == 0x20 || source[index] == 0x09, !headers.isEmpty {
        headers[headers.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
      } else if let colon = line.firstIndex(of: ":"), !line[..<colon].contains(" ") {
        headers.append(
          HeaderField(
            name: line[..<colon].lowercased(),
            value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces),
            offset: index))
      } else if headers.isEmpty {
        // Not a header at all: the whole range is body.
        bodyStart = range.lowerBound
        break
      }
      index = lineEnd + 1
      if index >= range.upperBound { bodyStart = range.upperBound }
    }
    var entity = MIMEEntity(headers: headers, body: bodyStart..<range.upperBound)
    guard entity.mediaType.hasPrefix("multipart/"), depth < 20 else { return entity }
    guard let boundary = entity.parameter("boundary", of: "content-type"), !boundary.isEmpty else {
      entity.brokenMultipart = true
      return entity
    }
    let parts = split(source, entity.body, boundary: Array(boundary.utf8))
    if parts.isEmpty {
      entity.brokenMultipart = true
      return entity
    }
    entity.parts = parts.map { parse(source, $0, depth: depth + 1) }
    return entity
  }

  /// The byte ranges of the parts between `--boundary` lines.
  private static func split(_ source: [UInt8], _ body: Range<Int>, boundary: [UInt8]) -> [Range<
    Int
  >] {
    let delimiter = [UInt8(ascii: "-"), UInt8(ascii: "-")] + boundary
    var parts: [Range<Int>] = []
    var partStart: Int?
    var index = body.lowerBound
    while index < body.upperBound {
      var lineEnd = index
      while lineEnd < body.upperBound, source[lineEnd] != 0x0A { lineEnd += 1 }
      let line = source[index..<lineEnd]
      if line.starts(with: delimiter) {
        let rest = line.dropFirst(delimiter.count)
        let isClose = rest.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")])
        let restIsBlank = rest.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        if isClose || restIsBlank {
          if let start = partStart {
            // The line break before the delimiter belongs to the delimiter.
            var end = index
            if end > start, source[end - 1] == 0x0A { end -= 1 }
            if end > start, source[end - 1] == 0x0D { end -= 1 }
            parts.append(start..<max(start, end))
          }
          if isClose { return parts }
          partStart = min(lineEnd + 1, body.upperBound)
        }
      }
      index = lineEnd + 1
    }
    if let start = partStart, start < body.upperBound { parts.append(start..<body.upperBound) }
    return parts
  }
}

func hexValue(_ byte: UInt8) -> UInt8? {
  switch byte {
  case 0x30...0x39: byte - 0x30
  case 0x41...0x46: byte - 0x41 + 10
  case 0x61...0x66: byte - 0x61 + 10
  default: nil
  }
}
