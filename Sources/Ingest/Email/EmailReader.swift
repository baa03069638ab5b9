import Core
import Foundation

/// Reads `.eml` files: one message, one document.
struct EmailReader: DocumentReader {
  func read(_ bytes: [UInt8], _ context: ReadContext) -> Result<ReadOutput, ReadFailure> {
    let message = MIMEParser.parse(bytes, 0..<bytes.count)
    guard !message.headers.isEmpty else {
      return .failure(
        ReadFailure(
          status: .failed, reason: "not an email: no RFC 5322 header fields before the body"))
    }
    let document = MessageReader.read(
      message, source: bytes, id: context.path, path: context.path, format: .email,
      kind: context.kindFromFolder ?? .memo, mboxEscaped: false)
    return .success(ReadOutput(documents: [document]))
  }
}

/// Reads `.mbox` files: each message its own document, `path#1`, `path#2` and so on.
struct MboxReader: DocumentReader {
  func read(_ bytes: [UInt8], _ context: ReadContext) -> Result<ReadOutput, ReadFailure> {
    let messages = Self.messageRanges(bytes)
    guard !messages.isEmpty else {
      return .failure(
        ReadFailure(status: .failed, reason: "not an mbox: no line starts with 'From '"))
    }
    var documents: [Document] = []
    for (number, range) in messages.enumerated() {
      let message = MIMEParser.parse(bytes, range)
      documents.append(
        MessageReader.read(
          message, source: bytes, id: context.id(number + 1), path: context.path, format: .mbox,
          kind: context.kindFromFolder ?? .memo, mboxEscaped: true))
    }
    return .success(ReadOutput(documents: documents))
  }

  /// The messages' byte ranges, each after its `From ` separator line.
  ///
  /// A separator is a line starting with `From ` at the top of the file or after a blank line.
  static func messageRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    let lines = LineScanner.lines(bytes)
    var starts: [(separator: Int, body: Int)] = []
    var previousBlank = true
    for line in lines {
      if previousBlank, bytes[line].starts(with: Array("From ".utf8)) {
        starts.append((line.lowerBound, min(line.upperBound + 1, bytes.count)))
        // Skip the newline after a CR, too.
        if line.upperBound < bytes.count, bytes[line.upperBound] == 0x0D {
          starts[starts.count - 1].body = min(line.upperBound + 2, bytes.count)
        }
      }
      previousBlank = LineScanner.isBlank(bytes, line)
    }
    var ranges: [Range<Int>] = []
    for (index, start) in starts.enumerated() {
      var end = index + 1 < starts.count ? starts[index + 1].separator : bytes.count
      // The blank line before the next separator belongs to the separator.
      while end > start.body, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
      ranges.append(start.body..<max(start.body, end))
    }
    return ranges
  }
}

/// Turns one parsed message into a document.
enum MessageReader {
  static func read(
    _ message: MIMEEntity, source: [UInt8], id: String, path: String, format: DocumentFormat,
    kind: DocumentKind, mboxEscaped: Bool
  ) -> Document {
    var warnings: [Diagnostic] = []
    var attachments: [String] = []
    var locator = SourceLocator(source: source)

    // Choose the body: the first text/plain, else the first text/html, outside attachments.
    var plain: MIMEEntity?
    var html: MIMEEntity?
    func visit(_ entity: MIMEEntity) {
      if entity.brokenMultipart {
        warnings.append(
          IngestDiagnostics.missingBoundary(line: locator.position(at: entity.body.lowerBound).line)
        )
      }
      if !entity.parts.isEmpty {
        entity.parts.forEach(visit)
        return
      }
      let type = entity.brokenMultipart ? "text/plain" : entity.mediaType
      if entity.isAttachment {
        let name = entity.fileName.map(EncodedWords.decode) ?? "unnamed"
        attachments.append(name)
        warnings.append(IngestDiagnostics.attachmentNotRead(name, type: type))
      } else if type == "text/plain" {
        if plain == nil { plain = entity }
      } else if type == "text/html" {
        if html == nil { html = entity }
      } else if type == "message/rfc822" {
        attachments.append(entity.fileName.map(EncodedWords.decode) ?? "forwarded message")
        warnings.append(
          IngestDiagnostics.attachmentNotRead(entity.fileName ?? "forwarded message", type: type))
      } else if !type.hasPrefix("multipart/") {
        let name = entity.fileName.map(EncodedWords.decode) ?? "unnamed"
        attachments.append(name)
        warnings.append(IngestDiagnostics.attachmentNotRead(name, type: type))
      }
    }
    visit(message)

    var text = ""
    var blocks: [Block] = []
    var sourceMap = SourceMap()
    var htmlLanguage: Language?
    if let part = plain ?? html {
      let body = BodyDecoder.decode(part, source: source, locator: &locator)
      warnings += body.warnings
      if part.mediaType == "text/html" && plain == nil {
        let content = HTMLReader.readFragment(body.bytes)
        text = content.text
        blocks = content.blocks.map { block in
          var block = block
          if block.role == .quote { block.quoted = true }
          return block
        }
        htmlLanguage = content.language
        sourceMap = body.relocate(content.sourceMap, locator: &locator)
      } else {
        var builder = TextBuilder(source: source)
        MailBodyWriter.write(body, mboxEscaped: mboxEscaped, into: &builder)
        (text, blocks, sourceMap) = builder.finish()
      }
    } else {
      warnings.append(IngestDiagnostics.noReadableBody())
    }

    func header(_ name: String) -> String? {
      message.header(name).map(EncodedWords.decode).map(collapse).flatMap { $0.isEmpty ? nil : $0 }
    }
    var metadata: [String: String] = [:]
    for name in ["from", "to", "cc", "message-id", "in-reply-to"] {
      if let value = header(name) { metadata[name] = value }
    }
    if !attachments.isEmpty { metadata["attachments"] = attachments.joined(separator: ", ") }
    var document = Document(
      id: id, path: path, format: format, kind: kind, title: header("subject"),
      author: header("from").map(displayName), site: nil,
      published: header("date").flatMap(DateParsing.iso8601), text: text, blocks: blocks,
      metadata: metadata, warnings: warnings, sourceMap: sourceMap)
    let declared = header("content-language").map(Language.init(tag:)) ?? htmlLanguage
    document.settleLanguage(declared: declared)
    return document
  }

  /// "Claire Dubois <cdubois@example.com>" → "Claire Dubois"; a bare address stays as it is.
  static func displayName(_ from: String) -> String {
    if let open = from.firstIndex(of: "<") {
      let name = from[..<open].trimmingCharacters(in: CharacterSet(charactersIn: " \t\""))
      if !name.isEmpty { return name }
      let close = from.firstIndex(of: ">") ?? from.endIndex
      return String(from[from.index(after: open)..<close])
    }
    if let open = from.firstIndex(of: "("), let close = from.lastIndex(of: ")"), open < close {
      return String(from[from.index(after: open)..<close])
    }
    return from
  }

  private static func collapse(_ value: String) -> String {
    value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }
}
