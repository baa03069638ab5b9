internal import CHTMLBridge

/// HTML's named entities in XML, written as numbers before libxml2 reads the feed.
///
/// XML knows five named entities; a feed that writes `&nbsp;` or `&eacute;` is not well-formed,
/// and once libxml2 has met one error it drops every later entity, `&lt;` included, so an
/// escaped `<p>` came out as `p`. A name HTML defines (and the document does not declare) is
/// rewritten as its character reference, zero-padded to the name's length when it fits, so that
/// positions stay where they were.
enum XMLEntities {
  /// `source` with HTML's named entities written as numbers; `source` itself when it has none.
  static func numbered(_ source: [UInt8]) -> [UInt8] {
    var output: [UInt8]?
    var copied = 0
    var index = 0
    var declared: Set<[UInt8]>?
    while index < source.count {
      guard source[index] == UInt8(ascii: "&") else {
        index += 1
        continue
      }
      var end = index + 1
      while end < source.count, end - index <= 32, isNameByte(source[end], first: end == index + 1)
      {
        end += 1
      }
      guard end < source.count, end > index + 1, source[end] == UInt8(ascii: ";") else {
        index += 1
        continue
      }
      let name = Array(source[(index + 1)..<end])
      declared = declared ?? Self.declaredNames(in: source)
      if !predefined.contains(name), !(declared?.contains(name) ?? false),
        case let value = name.withUnsafeBufferPointer({ buffer in
          tly_html_entity_value(String(decoding: buffer, as: UTF8.self))
        }), value >= 0
      {
        var digits = Array(String(value).utf8)
        let room = end + 1 - index - 3
        if digits.count < room {
          digits = Array(repeating: UInt8(ascii: "0"), count: room - digits.count) + digits
        }
        var rewritten = output ?? []
        if output == nil { rewritten.reserveCapacity(source.count + 16) }
        rewritten.append(contentsOf: source[copied..<index])
        rewritten.append(contentsOf: Array("&#".utf8) + digits + [UInt8(ascii: ";")])
        output = rewritten
        copied = end + 1
      }
      index = end + 1
    }
    guard var output else { return source }
    output.append(contentsOf: source[copied...])
    return output
  }

  private static let predefined: Set<[UInt8]> = Set(
    ["lt", "gt", "amp", "quot", "apos"].map { Array($0.utf8) })

  private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
    let letter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    return first ? letter : letter || (byte >= 0x30 && byte <= 0x39)
  }

  /// The entities a document's internal subset declares (`<!ENTITY name …>`).
  private static func declaredNames(in source: [UInt8]) -> Set<[UInt8]> {
    let marker = Array("<!ENTITY".utf8)
    var names: Set<[UInt8]> = []
    var index = 0
    while index + marker.count < source.count {
      if source[index] == marker[0], Array(source[index..<(index + marker.count)]) == marker {
        var start = index + marker.count
        while start < source.count, source[start] == 0x20 || source[start] == 0x25 { start += 1 }
        var end = start
        while end < source.count, isNameByte(source[end], first: end == start) { end += 1 }
        if end > start { names.insert(Array(source[start..<end])) }
        index = end
      } else {
        index += 1
      }
    }
    return names
  }
}
