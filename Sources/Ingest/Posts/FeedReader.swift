import Core
import Foundation

/// Reads RSS 2.0 and Atom feeds: one document per item or entry.
///
/// HTML in an item's body goes through the HTML path as a fragment. The feed's
/// title is each document's site.
struct FeedReader: DocumentReader {
  func read(_ bytes: [UInt8], _ context: ReadContext) -> Result<ReadOutput, ReadFailure> {
    let decoded = SourceDecoder.decode(bytes, declared: CharsetPrescan.declaredCharset(in: bytes))
    let source = XMLEntities.numbered(decoded.bytes)
    let handler = FeedHandler(source: source)
    MarkupParser.parse(source, as: .xml, handler: handler)
    guard let root = handler.rootName else {
      let reason =
        handler.errors.first.map { "not well-formed XML (line \($0.line): \($0.message))" }
        ?? "no XML element found"
      return .failure(ReadFailure(status: .failed, reason: reason))
    }
    guard handler.isFeed else {
      return .failure(
        ReadFailure(
          status: .skipped, reason: "XML whose root element <\(root)> is not an RSS or Atom feed"))
    }
    handler.finish()
    let warnings = decoded.warnings + MarkupWarnings.from(handler.errors)
    var locator = SourceLocator(source: source)
    var documents: [Document] = []
    for (number, item) in handler.items.enumerated() {
      var document = Document(
        id: context.id(number + 1), path: context.path, format: .feed,
        kind: context.kindFromFolder ?? .post, title: item.field("title").map(collapse),
        author: (item.field("author") ?? item.field("dc:creator") ?? handler.feedAuthor).map(
          collapse),
        site: handler.feedTitle.map(collapse),
        published: (item.field("published") ?? item.field("pubdate") ?? item.field("dc:date")
          ?? item.field("updated")).flatMap(DateParsing.iso8601),
        text: "", blocks: [])
      if let link = item.link ?? item.field("link") { document.metadata["url"] = link }
      if let id = item.field("guid") ?? item.field("id") {
        document.metadata["post-id"] = collapse(id)
      }
      let body = item.body
      if let body {
        let content =
          body.isHTML ? HTMLReader.readFragment(Array(body.text.utf8)) : Self.plain(body.text)
        document.text = content.text
        document.blocks = content.blocks
        if let base = body.verbatimStart, body.isHTML {
          var baseLocator = locator
          document.sourceMap = DecodedBody(
            bytes: [], marks: [(0, base)], verbatim: true, warnings: []
          )
          .relocate(content.sourceMap, locator: &baseLocator)
        } else if body.isHTML, Self.keepsLines(body, in: source) {
          // Escaped HTML (`&lt;p&gt;…`): entities change a line's length but never its place, so
          // each line of the content is its own line of the source; columns may drift.
          let base = locator.position(at: body.firstOffset)
          document.sourceMap = SourceMap(
            anchors: content.sourceMap.anchors.map { anchor in
              var anchor = anchor
              if anchor.position.line == 1 { anchor.position.column += base.column - 1 }
              anchor.position.line += base.line - 1
              return anchor
            })
        } else {
          let position = locator.position(at: body.firstOffset)
          document.sourceMap = SourceMap(anchors: [
            .init(textOffset: 0, position: position, linear: false)
          ])
        }
        document.settleLanguage(declared: item.language ?? handler.feedLanguage ?? content.language)
      } else {
        document.settleLanguage(declared: handler.feedLanguage)
      }
      documents.append(document)
    }
    return .success(ReadOutput(documents: documents, warnings: warnings))
  }

  /// Whether escaped content has no more line breaks than its source: a `&#10;` adds one, and
  /// the lines would drift.
  private static func keepsLines(_ body: FeedItem.Body, in source: [UInt8]) -> Bool {
    guard let end = body.endOffset, body.firstOffset <= end, end <= source.count else {
      return false
    }
    let sourceBreaks = source[body.firstOffset..<end].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    let textBreaks = body.text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    return textBreaks <= sourceBreaks
  }

  private static func plain(_ text: String) -> ReadContent {
    let bytes = Array(text.utf8)
    var builder = TextBuilder(source: bytes)
    _ = PlainTextReader.writeParagraphs(bytes, LineScanner.lines(bytes), into: &builder)
    let (body, blocks, map) = builder.finish()
    return ReadContent(text: body, blocks: blocks, sourceMap: map)
  }

  private func collapse(_ value: String) -> String {
    value.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}

/// One item or entry as the feed wrote it.
struct FeedItem {
  struct Field {
    var text = ""
    var firstOffset = -1
    var verbatimStart: Int?
    var verbatimEnd: Int?
    var isVerbatim = true
    var type: String?
    /// Where the element ends in the source.
    var endOffset: Int?
  }

  var fields: [String: Field] = [:]
  var link: String?
  var language: Language?

  func field(_ name: String) -> String? {
    guard let field = fields[name] else { return nil }
    let text = field.text.trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? nil : text
  }

  struct Body {
    var text: String
    var isHTML: Bool
    var firstOffset: Int
    var verbatimStart: Int?
    var endOffset: Int?
  }

  /// The fullest body: `content:encoded` or `content`, else `description` or `summary`.
  var body: Body? {
    for name in ["content:encoded", "content", "description", "summary"] {
      guard let field = fields[name],
        !field.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      else { continue }
      let type =
        field.type?.lowercased() ?? (name == "content" || name == "summary" ? "text" : "html")
      let isHTML = type == "html" || type == "xhtml" || type == "text/html"
      return Body(
        text: field.text, isHTML: isHTML, firstOffset: max(0, field.firstOffset),
        verbatimStart: field.isVerbatim ? field.verbatimStart : nil, endOffset: field.endOffset)
    }
    return nil
  }
}

/// Collects a feed's items from libxml2's XML events.
final class FeedHandler: MarkupHandler {
  private let source: [UInt8]
  private(set) var rootName: String?
  private(set) var isFeed = false
  private(set) var items: [FeedItem] = []
  private(set) var feedTitle: String?
  private(set) var feedAuthor: String?
  private(set) var feedLanguage: Language?
  private(set) var errors: [(code: Int, level: Int, line: Int, message: String)] = []

  private var stack: [String] = []
  private var current: FeedItem?
  private var itemDepth = 0
  /// The field being collected: its name and the depth of its element.
  private var collecting: (name: String, depth: Int)?
  private var feedField: (name: String, depth: Int)?
  private var feedText = ""

  init(source: [UInt8]) {
    self.source = source
  }

  func startElement(
    _ name: UnsafePointer<CChar>, attributes: UnsafePointer<UnsafePointer<CChar>?>?, endOffset: Int
  ) {
    let qualified = String(cString: name)
    let local = qualified.lowercased()
    var attrs: [String: String] = [:]
    if var pointer = attributes {
      while let attributeName = pointer.pointee {
        let value = pointer.advanced(by: 1).pointee.map { String(cString: $0) } ?? ""
        attrs[String(cString: attributeName).lowercased()] = value
        pointer = pointer.advanced(by: 2)
      }
    }
    if rootName == nil {
      rootName = qualified
      isFeed = ["rss", "feed", "rdf:rdf", "channel"].contains(local)
      if let language = attrs["xml:lang"] { feedLanguage = Language(tag: language) }
    }
    stack.append(local)
    let depth = stack.count
    if local == "item" || local == "entry" {
      current = FeedItem()
      itemDepth = depth
      if let language = attrs["xml:lang"] { current?.language = Language(tag: language) }
      return
    }
    if current != nil {
      if let (_, fieldDepth) = collecting, depth > fieldDepth {
        // XHTML content: child elements mark block boundaries.
        appendToField("\n\n", at: endOffset, verbatim: false)
        return
      }
      if local == "link", let href = attrs["href"] {
        let rel = attrs["rel"] ?? "alternate"
        if rel == "alternate", current?.link == nil { current?.link = href }
        return
      }
      if depth == itemDepth + 1 || (local == "name" && stack.dropLast().last == "author") {
        let field = local == "name" ? "author" : local
        collecting = (field, depth)
        let existing = current?.fields[field]
        var entry = existing ?? FeedItem.Field(type: attrs["type"])
        if let type = attrs["type"] { entry.type = type }
        current?.fields[field] = entry
      }
      return
    }
    // Channel-level title, author and language.
    if (local == "title" && (stack.dropLast().last == "channel" || stack.dropLast().last == "feed"))
      || (local == "name" && stack.dropLast().last == "author" && stack.count == 3)
      || local == "language"
    {
      feedField = (local, depth)
      feedText = ""
    }
  }

  func endElement(_ name: UnsafePointer<CChar>, endOffset: Int) {
    let depth = stack.count
    defer { _ = stack.popLast() }
    if let field = feedField, field.depth == depth {
      let text = feedText.trimmingCharacters(in: .whitespacesAndNewlines)
      switch field.name {
      case "title": if feedTitle == nil { feedTitle = text }
      case "name": if feedAuthor == nil { feedAuthor = text }
      case "language": feedLanguage = Language(tag: text)
      default: break
      }
      feedField = nil
    }
    if let field = collecting, field.depth == depth {
      current?.fields[field.name]?.endOffset = endOffset
      collecting = nil
    } else if let field = collecting, depth > field.depth {
      appendToField("\n\n", at: endOffset, verbatim: false)
    }
    if current != nil, depth == itemDepth {
      if let item = current { items.append(item) }
      current = nil
    }
  }

  func characters(_ bytes: UnsafeBufferPointer<UInt8>, endOffset: Int, isCDATA: Bool) {
    if feedField != nil {
      feedText += String(decoding: bytes, as: UTF8.self)
      return
    }
    guard current != nil, collecting != nil else { return }
    let (offset, verbatim) = MarkupParser.locate(bytes, endingNear: endOffset, in: source)
    appendToField(
      String(decoding: bytes, as: UTF8.self), at: offset, verbatim: verbatim, length: bytes.count)
  }

  private func appendToField(_ text: String, at offset: Int, verbatim: Bool, length: Int = 0) {
    guard let name = collecting?.name, var field = current?.fields[name] else { return }
    if field.firstOffset < 0 { field.firstOffset = offset }
    if verbatim {
      if field.verbatimStart == nil, field.text.isEmpty {
        field.verbatimStart = offset
      } else if field.verbatimEnd != offset {
        field.isVerbatim = false
      }
      field.verbatimEnd = offset + length
    } else {
      field.isVerbatim = false
    }
    field.text += text
    current?.fields[name] = field
  }

  /// Keeps an item that a fatal error left open: its text so far is better than nothing.
  func finish() {
    if let item = current { items.append(item) }
    current = nil
  }

  func parseError(code: Int, level: Int, line: Int, message: String) {
    if errors.count < 100 { errors.append((code, level, line, message)) }
  }
}
