import Core

/// A MIME part's body after transfer and charset decoding, with its way back to the source.
struct DecodedBody {
  /// The body as UTF-8.
  var bytes: [UInt8]
  /// Points where decoded offsets meet the source: `decoded` offset → `source` offset.
  ///
  /// When `verbatim`, the body copies the source byte for byte from `marks[0]`.
  var marks: [(decoded: Int, source: Int)]
  var verbatim: Bool
  var warnings: [Diagnostic]

  /// The origin of a run starting at a decoded offset.
  func origin(at offset: Int) -> TextOrigin {
    if verbatim, let first = marks.first { return .verbatim(first.source + offset - first.decoded) }
    var low = 0
    var high = marks.count
    while low < high {
      let middle = (low + high) / 2
      if marks[middle].decoded <= offset { low = middle + 1 } else { high = middle }
    }
    return .near(low > 0 ? marks[low - 1].source : (marks.first?.source ?? 0))
  }

  /// Splits a range of the decoded body where its source marks fall, each piece with its origin.
  func pieces(of range: Range<Int>) -> [(Range<Int>, TextOrigin)] {
    if verbatim { return [(range, origin(at: range.lowerBound))] }
    var result: [(Range<Int>, TextOrigin)] = []
    var start = range.lowerBound
    for mark in marks where mark.decoded > start && mark.decoded < range.upperBound {
      // Never split a character that straddles a soft line break.
      var cut = mark.decoded
      while cut < range.upperBound, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
      guard cut > start, cut < range.upperBound else { continue }
      result.append((start..<cut, origin(at: start)))
      start = cut
    }
    result.append((start..<range.upperBound, origin(at: start)))
    return result
  }

  /// Moves a source map made over `bytes` onto the message's source.
  func relocate(_ map: SourceMap, locator: inout SourceLocator) -> SourceMap {
    guard verbatim, let first = marks.first else {
      let position = locator.position(at: marks.first?.source ?? 0)
      return SourceMap(anchors: [.init(textOffset: 0, position: position, linear: false)])
    }
    let base = locator.position(at: first.source)
    return SourceMap(
      anchors: map.anchors.map { anchor in
        var anchor = anchor
        if anchor.position.line == 1 {
          anchor.position.column += base.column - 1
        }
        anchor.position.line += base.line - 1
        return anchor
      })
  }
}

/// Undoes a part's Content-Transfer-Encoding and charset.
enum BodyDecoder {
  static func decode(_ part: MIMEEntity, source: [UInt8], locator: inout SourceLocator)
    -> DecodedBody
  {
    let encoding =
      part.header("content-transfer-encoding")?.trimmingCharacters(in: .whitespaces)
      .lowercased() ?? "7bit"
    let charset = part.parameter("charset", of: "content-type")
    let raw = Array(source[part.body])
    var warnings: [Diagnostic] = []
    switch encoding {
    case "base64":
      guard let bytes = Base64.decode(raw) else {
        warnings.append(
          IngestDiagnostics.partUndecodable(
            "invalid base64", line: locator.position(at: part.body.lowerBound).line))
        return DecodedBody(
          bytes: [], marks: [(0, part.body.lowerBound)], verbatim: false, warnings: warnings)
      }
      let decoded = SourceDecoder.decode(bytes, declared: charset)
      return DecodedBody(
        bytes: decoded.bytes, marks: [(0, part.body.lowerBound)], verbatim: false,
        warnings: decoded.warnings)
    case "quoted-printable":
      return decodeQuotedPrintable(source, part.body, charset: charset)
    default:
      let decoded = SourceDecoder.decode(raw, declared: charset)
      let verbatim = decoded.bytes == raw
      if !["7bit", "8bit", "binary"].contains(encoding) {
        warnings.append(
          IngestDiagnostics.partUndecodable(
            "unknown transfer encoding '\(encoding)'; read as 8bit",
            line: locator.position(at: part.body.lowerBound).line))
      }
      return DecodedBody(
        bytes: decoded.bytes, marks: [(0, part.body.lowerBound)], verbatim: verbatim,
        warnings: warnings + decoded.warnings)
    }
  }

  /// Quoted-printable, decoded over bytes (a character may straddle a soft line break),
  /// with a mark at the start of every source line.
  private static func decodeQuotedPrintable(_ source: [UInt8], _ body: Range<Int>, charset: String?)
    -> DecodedBody
  {
    var bytes: [UInt8] = []
    var marks: [(decoded: Int, source: Int)] = []
    for line in LineScanner.lines(source, from: body.lowerBound, to: body.upperBound) {
      marks.append((bytes.count, line.lowerBound))
      var end = line.upperBound
      while end > line.lowerBound, source[end - 1] == 0x20 || source[end - 1] == 0x09 { end -= 1 }
      var soft = false
      var index = line.lowerBound
      while index < end {
        let byte = source[index]
        if byte == UInt8(ascii: "=") {
          if index + 1 == end {
            soft = true
            index += 1
            continue
          }
          if index + 2 < end, let high = hexValue(source[index + 1]),
            let low = hexValue(source[index + 2])
          {
            bytes.append(high << 4 | low)
            index += 3
            continue
          }
        }
        bytes.append(byte)
        index += 1
      }
      if !soft { bytes.append(0x0A) }
    }
    let decoded = SourceDecoder.decode(bytes, declared: charset)
    if decoded.bytes.count != bytes.count {
      // A single-byte charset grew the text: the marks no longer line up; keep the first.
      return DecodedBody(
        bytes: decoded.bytes, marks: [(0, body.lowerBound)], verbatim: false,
        warnings: decoded.warnings)
    }
    return DecodedBody(
      bytes: decoded.bytes, marks: marks, verbatim: false, warnings: decoded.warnings)
  }
}
