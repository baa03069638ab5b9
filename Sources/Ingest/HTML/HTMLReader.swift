import Core
import Foundation

/// What a page holds once read: its main text as blocks, its metadata, and a map to its source.
struct ReadContent {
  var text: String
  var blocks: [Block]
  var sourceMap: SourceMap
  var title: String?
  var author: String?
  var site: String?
  var published: String?
  var language: Language?
  var warnings: [Diagnostic] = []
}

/// Reads an HTML page (already decoded to UTF-8) into its main content and metadata.
enum HTMLReader {
  /// Reads a whole page: the main content is extracted and boilerplate left out.
  static func readPage(_ source: [UInt8]) -> ReadContent {
    read(source, wholeFragment: false)
  }

  /// Reads a fragment (a mail body, a feed item, a post): all of its text is kept.
  static func readFragment(_ source: [UInt8]) -> ReadContent {
    read(source, wholeFragment: true)
  }

  /// The least main text, in bytes, a page with four times as much visible text should give.
  private static let minimumText = 200

  private static func read(_ source: [UInt8], wholeFragment: Bool) -> ReadContent {
    let tree = HTMLTreeBuilder.build(source)
    let extractor = ContentExtractor(tree: tree)
    var builder = TextBuilder(source: source)
    builder.dropsNearRepeats = true
    var warnings: [Diagnostic] = []
    if wholeFragment {
      let roots = tree.elements.indices.filter { tree.elements[$0].parent < 0 }
      extractor.write(roots, into: &builder)
    } else {
      let (roots, usedFallback) = extractor.contentRoots()
      if !usedFallback {
        extractor.write(extractor.headline(outside: roots) + roots, into: &builder)
      }
      // Never silently empty: a page with text whose chosen main text is next to none is read
      // again with class and id names set aside, then, failing that, whole.
      let visible = extractor.visibleTextLength
      if visible > 0,
        usedFallback || (builder.bytes.count < minimumText && visible >= 4 * minimumText)
      {
        let written = builder.bytes.count
        let unnamed = ContentExtractor(tree: tree, readsNames: false)
        let (roots, unnamedFallback) = unnamed.contentRoots()
        var again = TextBuilder(source: source)
        again.dropsNearRepeats = true
        if !unnamedFallback {
          unnamed.write(unnamed.headline(outside: roots) + roots, into: &again)
        }
        if !unnamedFallback, again.bytes.count >= min(minimumText, visible / 2) {
          builder = again
          warnings.append(
            IngestDiagnostics.mainTextFoundWithoutNames(first: written, visible: visible))
        } else {
          builder = TextBuilder(source: source)
          unnamed.write(unnamed.body, into: &builder, whole: true)
          warnings.append(IngestDiagnostics.noMainContent())
        }
      }
    }
    let linkedData = LinkedData(blocks: tree.jsonLD)
    // A page whose article is drawn by a script (an app shell) may still carry it in its
    // JSON-LD `articleBody`: when the markup gives next to no text, that is the main text.
    if !wholeFragment, builder.bytes.count < minimumText, let body = linkedData.articleBody,
      body.utf8.count > builder.bytes.count, body.utf8.count >= minimumText / 2
    {
      let written = builder.bytes.count
      builder = TextBuilder(source: source)
      let origin = TextOrigin.near(linkedData.bodyBlock.map { tree.jsonLDOrigins[$0] } ?? 0)
      if let headline = linkedData.headline {
        builder.openBlock(.heading, part: .headline)
        builder.append(headline, origin: origin)
      }
      for paragraph in body.split(whereSeparator: \.isNewline) {
        builder.openBlock(.paragraph)
        builder.append(String(paragraph), origin: origin)
      }
      builder.closeBlock()
      warnings.removeAll { $0.code == "ING013" || $0.code == "ING014" }
      warnings.append(IngestDiagnostics.mainTextFromLinkedData(markup: written))
    }
    warnings += MarkupWarnings.from(tree.errors)
    let (text, blocks, sourceMap) = builder.finish()
    var content = ReadContent(text: text, blocks: blocks, sourceMap: sourceMap, warnings: warnings)
    HTMLMetadata(tree: tree, linkedData: linkedData).fill(&content)
    return content
  }

}

/// Turns libxml2's captured messages into document warnings.
enum MarkupWarnings {
  /// libxml2 2.9 does not know HTML5's elements (`article`, `main`, `time`…) and says so for
  /// each one; that is not a fault of the page.
  private static let unknownTag = 801

  /// A warning for any tree or text libxml2 cut short, and a note summarising recovered errors.
  static func from(_ errors: [(code: Int, level: Int, line: Int, message: String)]) -> [Diagnostic]
  {
    var warnings: [Diagnostic] = []
    for error in errors where error.code != unknownTag {
      let message = error.message.lowercased()
      if message.contains("excessive depth") {
        warnings.append(IngestDiagnostics.truncatedAtDepth(line: error.line))
      } else if message.contains("huge") || message.contains("too big")
        || message.contains("too long")
      {
        warnings.append(IngestDiagnostics.truncatedText(line: error.line, detail: error.message))
      }
    }
    let faults = errors.filter { $0.level >= 2 && $0.code != unknownTag }
    if let first = faults.first {
      warnings.append(
        IngestDiagnostics.recoveredMarkupErrors(
          count: faults.count, first: first.message, line: first.line))
    }
    return warnings
  }
}

/// Reads a page's metadata: `<meta>` tags, JSON-LD, `<html lang>`, `<time datetime>`, `<h1>`.
struct HTMLMetadata {
  let tree: HTMLTree
  let linkedData: LinkedData

  func fill(_ content: inout ReadContent) {
    var metas: [String: String] = [:]
    var language: String?
    var firstTime: String?
    var firstHeading: String?
    for (index, element) in tree.elements.enumerated() {
      let attributes = tree.attributes[index]
      switch element.tag {
      case .meta:
        guard let value = attributes.content.map(trimmed),
          !value.isEmpty
        else { continue }
        for key in [attributes.property, attributes.name, attributes.itemprop].compactMap({ $0 }) {
          let key = key.lowercased()
          if metas[key] == nil { metas[key] = value }
        }
      case .html:
        if language == nil { language = attributes.lang }
      case .time:
        if firstTime == nil { firstTime = attributes.datetime }
      case .h1:
        if firstHeading == nil {
          let text = tree.plainText(of: index)
          if !text.isEmpty { firstHeading = text }
        }
      default:
        break
      }
    }
    let title =
      metas["og:title"] ?? metas["twitter:title"] ?? linkedData.headline
      ?? tree.title.map(collapse) ?? firstHeading
    content.title = title.map(collapse).flatMap { $0.isEmpty ? nil : $0 }
    let author =
      metas["author"] ?? metas["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 }
      ?? linkedData.author ?? metas["dc.creator"] ?? metas["byl"]
    content.author = author.map(collapse)
    content.site = (metas["og:site_name"] ?? linkedData.publisher ?? metas["application-name"])
      .map(collapse)
    let date =
      metas["article:published_time"] ?? linkedData.datePublished
      ?? metas["datepublished"] ?? metas["date"] ?? metas["dc.date"] ?? metas["pubdate"]
      ?? firstTime
    content.published = date.flatMap(DateParsing.iso8601) ?? visibleDate()
    if let language { content.language = Language(tag: language) }
  }

  /// The date of the page's first line that says nothing but a date, for a page whose
  /// metadata gives none.
  ///
  /// "Published 3 March 2026", « Publié le 3 février 2026 à 18 h 42 »: the line must say it
  /// dates the page, so that a related story's bare date is not taken for it. Only small
  /// elements are read: a date line is a few items, not a section.
  private func visibleDate() -> String? {
    for index in tree.elements.indices {
      let element = tree.elements[index]
      guard element.lastItem - element.firstItem <= 12, !element.tag.isNeverContent else {
        continue
      }
      let text = tree.plainText(of: index)
      if !text.isEmpty, DateParsing.saysPublication(text), DateParsing.isDateLine(text),
        let date = DateParsing.dateline(in: Substring(text), anywhere: true)
      {
        return date
      }
    }
    return nil
  }

  private func trimmed(_ string: String) -> String {
    var view = Substring(string)
    while let first = view.first, first.isWhitespace { view.removeFirst() }
    while let last = view.last, last.isWhitespace { view.removeLast() }
    return String(view)
  }

  private func collapse(_ string: String) -> String {
    // Below U+0300 (lead bytes under 0xCC) every character is one scalar, CR LF aside (both
    // spaces), and a character is a space when its scalar is: the words are cut by scalars
    // without the grapheme breaking `split` pays for.
    guard string.utf8.allSatisfy({ $0 < 0xCC }) else {
      return string.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
    var collapsed = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in string.unicodeScalars {
      let value = scalar.value
      let isSpace =
        value < 0x80
        ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : scalar.properties.isWhitespace
      if isSpace {
        pendingSpace = !collapsed.isEmpty
      } else {
        if pendingSpace { collapsed.append(" ") }
        pendingSpace = false
        collapsed.append(scalar)
      }
    }
    return String(collapsed)
  }
}

/// The fields Tally reads from a page's JSON-LD (schema.org NewsArticle and kin).
struct LinkedData {
  var headline: String?
  var author: String?
  var publisher: String?
  var datePublished: String?
  /// The article's own text, as schema.org's `articleBody` gives it, and the block it is in.
  var articleBody: String?
  var bodyBlock: Int?

  init(blocks: [String]) {
    // Our own parser: Foundation's goes through `Any` and a dynamic cast at every step.
    for (index, block) in blocks.enumerated() {
      guard let json = try? JSONParser.parse(Array(block.utf8)) else { continue }
      let hadBody = articleBody != nil
      visit(json)
      if !hadBody, articleBody != nil { bodyBlock = index }
    }
  }

  private mutating func visit(_ value: JSONValue) {
    if case .array(let elements, _) = value {
      for element in elements { visit(element) }
      return
    }
    guard case .object = value else { return }
    if let graph = value["@graph"] { visit(graph) }
    var types: [String] = []
    if let type = value["@type"] {
      if case .array(let elements, _) = type {
        types = elements.compactMap(Self.string)
      } else if let single = Self.string(type) {
        types = [single]
      }
    }
    let isArticle = types.contains {
      $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report"
    }
    guard isArticle || value["datePublished"] != nil else { return }
    if headline == nil { headline = value["headline"].flatMap(Self.string) }
    if datePublished == nil { datePublished = value["datePublished"].flatMap(Self.string) }
    if author == nil { author = Self.name(of: value["author"]) }
    if publisher == nil { publisher = Self.name(of: value["publisher"]) }
    if articleBody == nil, isArticle, let body = value["articleBody"].flatMap(Self.string),
      body.contains(where: { !$0.isWhitespace })
    {
      articleBody = body
    }
  }

  private static func string(_ value: JSONValue) -> String? {
    if case .string(let string) = value { return string.value }
    return nil
  }

  private static func name(of value: JSONValue?) -> String? {
    guard let value else { return nil }
    switch value {
    case .string(let string): return string.value
    case .object: return value["name"].flatMap(string)
    case .array(let elements, _):
      let names = elements.compactMap { name(of: $0) }
      return names.isEmpty ? nil : names.joined(separator: ", ")
    default: return nil
    }
  }
}

extension Language {
  /// The language of a BCP 47 tag such as `en-US` or `fr`; other languages are `und`.
  init(tag: String) {
    let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
    switch primary {
    case "en": self = .en
    case "fr": self = .fr
    default: self = .und
    }
  }
}
