/// Finds the charset a page or feed declares, by scanning bytes the way browsers prescan.
///
/// This reads `<meta charset=…>`, `<meta http-equiv="content-type" content="…charset=…">`
/// and an XML declaration's `encoding="…"` in the first 4 KiB. It walks tags and
/// attributes byte by byte; it does not use patterns over markup.
enum CharsetPrescan {
  static func declaredCharset(in data: [UInt8]) -> String? {
    let limit = min(data.count, 4096)
    var index = 0
    while index < limit {
      guard data[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      if startsWith(data, at: index, "<!--") {
        index = find(data, "-->", from: index + 4, limit: limit) ?? limit
        continue
      }
      if startsWith(data, at: index, "<?xml") {
        let (attributes, next) = readAttributes(data, from: index + 5, limit: limit)
        if let encoding = attributes["encoding"] { return encoding }
        index = next
        continue
      }
      if startsWith(data, at: index, "<meta"), index + 5 < limit, isSpace(data[index + 5]) {
        let (attributes, next) = readAttributes(data, from: index + 5, limit: limit)
        if let charset = attributes["charset"], !charset.isEmpty { return charset }
        if attributes["http-equiv"]?.lowercased() == "content-type",
          let content = attributes["content"], let charset = charsetParameter(content)
        {
          return charset
        }
        index = next
        continue
      }
      index += 1
    }
    return nil
  }

  /// The `charset=` parameter of a Content-Type value, without quotes.
  static func charsetParameter(_ value: String) -> String? {
    let lower = value.lowercased()
    guard let range = lower.range(of: "charset") else { return nil }
    var rest = lower[range.upperBound...].drop(while: { $0 == " " })
    guard rest.first == "=" else { return nil }
    rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
    let charset = rest.prefix(while: { !($0 == ";" || $0 == " " || $0 == "\"" || $0 == "'") })
    return charset.isEmpty ? nil : String(charset)
  }

  private static func readAttributes(_ data: [UInt8], from start: Int, limit: Int) -> (
    [String: String], Int
  ) {
    var attributes: [String: String] = [:]
    var index = start
    while index < limit {
      while index < limit, isSpace(data[index]) || data[index] == UInt8(ascii: "/") { index += 1 }
      guard index < limit else { break }
      if data[index] == UInt8(ascii: ">") || data[index] == UInt8(ascii: "?") {
        return (attributes, index + 1)
      }
      let nameStart = index
      while index < limit, !isSpace(data[index]), data[index] != UInt8(ascii: "="),
        data[index] != UInt8(ascii: ">")
      {
        index += 1
      }
      let name = String(decoding: data[nameStart..<index], as: UTF8.self).lowercased()
      while index < limit, isSpace(data[index]) { index += 1 }
      var value = ""
      if index < limit, data[index] == UInt8(ascii: "=") {
        index += 1
        while index < limit, isSpace(data[index]) { index += 1 }
        if index < limit, data[index] == UInt8(ascii: "\"") || data[index] == UInt8(ascii: "'") {
          let quote = data[index]
          let valueStart = index + 1
          index = valueStart
          while index < limit, data[index] != quote { index += 1 }
          value = String(decoding: data[valueStart..<min(index, limit)], as: UTF8.self)
          index += 1
        } else {
          let valueStart = index
          while index < limit, !isSpace(data[index]), data[index] != UInt8(ascii: ">") {
            index += 1
          }
          value = String(decoding: data[valueStart..<index], as: UTF8.self)
        }
      }
      if !name.isEmpty, attributes[name] == nil { attributes[name] = value }
    }
    return (attributes, limit)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
  }

  private static func startsWith(_ data: [UInt8], at index: Int, _ prefix: String) -> Bool {
    var position = index
    for byte in prefix.utf8 {
      guard position < data.count else { return false }
      var candidate = data[position]
      if candidate >= 0x41 && candidate <= 0x5A { candidate += 0x20 }
      guard candidate == byte else { return false }
      position += 1
    }
    return true
  }

  private static func find(_ data: [UInt8], _ needle: String, from start: Int, limit: Int) -> Int? {
    let bytes = Array(needle.utf8)
    var index = start
    while index + bytes.count <= limit {
      if data[index..<index + bytes.count].elementsEqual(bytes) { return index + bytes.count }
      index += 1
    }
    return nil
  }
}
