import Core
import Foundation

/// Writes a plain-text mail body as blocks, marking quoted replies.
///
/// Lines that start with `>` are quoted; an attribution line above them ("On … wrote:",
/// « Le … a écrit : ») names the quoted writer. Below a forwarded-message or
/// original-message banner, the rest of the body is quoted, and its `From:` / `De :`
/// line names the writer. Quoted text stays in the document, marked, so that later
/// stages attribute it to the quoted writer rather than the sender.
enum MailBodyWriter {
  static func write(_ body: DecodedBody, mboxEscaped: Bool, into builder: inout TextBuilder) {
    let bytes = body.bytes
    let lines = LineScanner.lines(bytes)
    var attribution: String?
    var forwardedAuthor: String?
    var inForwarded = false
    var inForwardedHeaders = false
    var currentDepth = -1
    var index = 0
    while index < lines.count {
      var line = lines[index]
      index += 1
      if mboxEscaped, isEscapedFrom(bytes, line) { line = (line.lowerBound + 1)..<line.upperBound }
      let (depth, textStart) = quoteDepth(bytes, line)
      let content = textStart..<line.upperBound
      let text = String(decoding: bytes[content], as: UTF8.self)
      let trimmed = text.trimmingCharacters(in: .whitespaces)

      if trimmed.isEmpty {
        builder.closeBlock()
        if inForwardedHeaders { inForwardedHeaders = false }
        continue
      }
      if depth == 0, isForwardBanner(trimmed) {
        builder.closeBlock()
        inForwarded = true
        inForwardedHeaders = true
        forwardedAuthor = nil
        writeLine(body, content, role: .paragraph, quoted: false, author: nil, into: &builder)
        builder.closeBlock()
        currentDepth = -1
        continue
      }
      if inForwardedHeaders, depth == 0, let author = forwardedHeaderAuthor(trimmed) {
        forwardedAuthor = author
      }
      if depth == 0, !inForwarded,
        let (author, consumed) = attributionLine(bytes, lines, at: index - 1)
      {
        builder.closeBlock()
        attribution = author
        for extra in 0..<consumed {
          let attributionLine = lines[index - 1 + extra]
          writeLine(
            body, attributionLine, role: .paragraph, quoted: false, author: nil, into: &builder)
        }
        index += consumed - 1
        builder.closeBlock()
        currentDepth = -1
        continue
      }
      let quoted = depth > 0 || inForwarded
      let author: String? = depth > 1 ? nil : (depth == 1 ? attribution : forwardedAuthor)
      if depth != currentDepth {
        builder.closeBlock()
        currentDepth = depth
      }
      if !builder.isInBlock {
        builder.openBlock(
          quoted ? .quote : .paragraph, quoted: quoted, quotedAuthor: quoted ? author : nil)
      }
      writeLine(body, content, role: nil, quoted: quoted, author: author, into: &builder)
      builder.appendSpace()
    }
    builder.closeBlock()
  }

  private static func writeLine(
    _ body: DecodedBody, _ range: Range<Int>, role: BlockRole?, quoted: Bool, author: String?,
    into builder: inout TextBuilder
  ) {
    if let role, !builder.isInBlock {
      builder.openBlock(role, quoted: quoted, quotedAuthor: author)
    }
    body.bytes.withUnsafeBufferPointer { buffer in
      for (piece, origin) in body.pieces(of: range) {
        builder.append(UnsafeBufferPointer(rebasing: buffer[piece]), origin: origin)
      }
    }
  }

  /// `>From ` written by an mboxrd writer to protect a line that began with `From `.
  private static func isEscapedFrom(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
    var index = line.lowerBound
    while index < line.upperBound, bytes[index] == UInt8(ascii: ">") { index += 1 }
    return index > line.lowerBound
      && bytes[index..<line.upperBound].starts(with: Array("From ".utf8))
  }

  /// How many `>` open the line (`> > text` counts two), and where its text starts.
  private static func quoteDepth(_ bytes: [UInt8], _ line: Range<Int>) -> (Int, Int) {
    var depth = 0
    var index = line.lowerBound
    var afterMarker = index
    while index < line.upperBound {
      if bytes[index] == UInt8(ascii: ">") {
        depth += 1
        index += 1
        afterMarker = index
      } else if bytes[index] == 0x20 && depth > 0 {
        index += 1
      } else {
        break
      }
    }
    if depth == 0 { return (0, line.lowerBound) }
    // One space after the last marker belongs to the marker.
    var start = afterMarker
    if start < line.upperBound, bytes[start] == 0x20 { start += 1 }
    return (depth, start)
  }

  private static func isForwardBanner(_ line: String) -> Bool {
    let lower = line.lowercased()
    let banners = [
      "forwarded message", "original message", "message d'origine", "message original",
      "message transféré", "début du message réexpédié", "begin forwarded message",
      "message réexpédié",
    ]
    return banners.contains { lower.contains($0) }
      && (lower.hasPrefix("-") || lower.hasPrefix("début") || lower.hasPrefix("begin"))
  }

  private static func forwardedHeaderAuthor(_ line: String) -> String? {
    for prefix in ["From:", "De :", "De:", "From :", "De\u{00A0}:"] where line.hasPrefix(prefix) {
      let value = line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
      return value.isEmpty ? nil : MessageReader.displayName(value)
    }
    return nil
  }

  /// "On Fri, 26 Apr 2024 at 09:14, Claire Dubois <cdubois@example.com> wrote:" (over one or two
  /// lines), « Le 26 avr.
  ///
  /// 2024 à 09:14, Claire Dubois a écrit : ». Returns the writer's name and how many lines the
  /// attribution took.
  private static func attributionLine(_ bytes: [UInt8], _ lines: [Range<Int>], at index: Int)
    -> (String?, Int)?
  {
    let first = String(decoding: bytes[lines[index]], as: UTF8.self).trimmingCharacters(
      in: .whitespaces)
    var candidates = [(first, 1)]
    if index + 1 < lines.count {
      let second = String(decoding: bytes[lines[index + 1]], as: UTF8.self)
        .trimmingCharacters(in: .whitespaces)
      if !second.hasPrefix(">") { candidates.append((first + " " + second, 2)) }
    }
    for (text, count) in candidates {
      let lower = text.lowercased()
      if lower.hasPrefix("on "), lower.hasSuffix("wrote:") {
        let inner = text.dropFirst(3).dropLast("wrote:".count)
        return (writerName(String(inner)), count)
      }
      if lower.hasPrefix("le "),
        lower.hasSuffix("a écrit :") || lower.hasSuffix("a écrit:")
          || lower.hasSuffix("a écrit\u{00A0}:")
      {
        let inner = text.dropFirst(3).dropLast(lower.hasSuffix("a écrit:") ? 8 : 9)
        return (writerName(String(inner)), count)
      }
    }
    return nil
  }

  /// The name in "Fri, 26 Apr 2024 at 09:14, Claire Dubois <c@example.com>": the text after
  /// the last comma that is not part of the date, before any address.
  private static func writerName(_ text: String) -> String? {
    var candidate = text.trimmingCharacters(in: .whitespaces)
    if let open = candidate.firstIndex(of: "<") {
      let before = candidate[..<open].trimmingCharacters(in: .whitespaces)
      candidate = before.isEmpty ? String(candidate[open...]) : before
    }
    let pieces = candidate.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    guard var name = pieces.last, !name.isEmpty else { return nil }
    name = name.trimmingCharacters(in: CharacterSet(charactersIn: "\"<> "))
    guard name.first?.isLetter == true, !name.contains(where: \.isNumber) else { return nil }
    return name
  }
}
