import Foundation

/// The HTML elements the content extractor tells apart; everything else is `.other`.
enum Tag: UInt8 {
  case html, head, title, meta, body, script, style, noscript, template, svg, iframe, form, nav
  case header, footer, aside, main, article, section, div, span, a, p, br, hr, h1, h2, h3, h4, h5,
    h6
  case ul, ol, li, dl, dt, dd, blockquote, pre, code, table, thead, tbody, tfoot, tr, td, th,
    caption
  case figure, figcaption, img, time, address, button, select, textarea, input, label, option
  case object, embed, canvas, video, audio, picture, source, map, dialog, menu, details, summary
  case center, font, b, i, em, strong, small, sup, sub, q, cite, abbr, link, base, math, other

  private static let byName: [String: Tag] = {
    var table: [String: Tag] = [:]
    for value in 0...Tag.other.rawValue {
      if let tag = Tag(rawValue: value) { table["\(tag)"] = tag }
    }
    return table
  }()

  init(name: String) {
    self = Tag.byName[name] ?? .other
  }

  /// The tags whose names fit in 8 bytes, by their bytes packed into a word (the empty word
  /// for an empty slot), in a table of 256 slots probed from the word's multiplicative hash.
  ///
  /// Every element's name is looked up: a Dictionary's SipHash of the word cost about 140
  /// instructions, as much as the rest of reading the name.
  private static let packedSlots: [(name: UInt64, tag: Tag)] = {
    var slots = [(name: UInt64, tag: Tag)](repeating: (0, .other), count: 256)
    for (name, tag) in byName where name.utf8.count <= 8 {
      let packed = pack(Array(name.utf8))
      var slot = slot(of: packed)
      while slots[slot].name != 0 { slot = (slot + 1) & 255 }
      slots[slot] = (packed, tag)
    }
    return slots
  }()

  private static func slot(of packed: UInt64) -> Int {
    Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 56)
  }

  private static func pack<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
    var word: UInt64 = 0
    for byte in bytes {
      word = word << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
    }
    return word
  }

  /// The tag of a libxml2 name, read in place (ASCII case folded): no string is made for the
  /// names of up to 8 bytes most elements have.
  init(name pointer: UnsafePointer<CChar>) {
    let bytes = UnsafeBufferPointer(
      start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
    guard bytes.count <= 8 else {
      self = Tag(name: HTMLTreeBuilder.lowercased(pointer))
      return
    }
    // (A name has no NUL byte, so only the empty name packs to the empty slots' word, and an
    // empty slot holds `.other`.)
    let packed = Tag.pack(bytes)
    let slots = Tag.packedSlots
    var slot = Tag.slot(of: packed)
    while slots[slot].name != packed && slots[slot].name != 0 { slot = (slot + 1) & 255 }
    self = slots[slot].name == packed ? slots[slot].tag : .other
  }

  /// Elements whose content is never article text.
  var isNeverContent: Bool {
    switch self {
    case .head, .title, .meta, .script, .style, .noscript, .template, .svg, .iframe, .nav,
      .button, .select, .textarea, .input, .object, .embed, .canvas, .video, .audio, .map, .dialog,
      .menu, .link, .base, .math, .option:
      true
    default: false
    }
  }

  /// Elements that start and end a block of text.
  var isBlock: Bool {
    switch self {
    case .html, .body, .header, .footer, .aside, .main, .article, .section, .div, .p, .hr, .h1,
      .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .blockquote, .pre, .table, .thead,
      .tbody, .tfoot, .tr, .td, .th, .caption, .figure, .figcaption, .address, .details, .summary,
      .center, .nav, .form:
      true
    default: false
    }
  }

  var isHeading: Bool {
    switch self {
    case .h1, .h2, .h3, .h4, .h5, .h6: true
    default: false
    }
  }
}

/// The attributes the extractor reads; others are not kept.
struct ElementAttributes {
  var id: String?
  var className: String?
  var role: String?
  var itemprop: String?
  var name: String?
  var property: String?
  var content: String?
  var charset: String?
  var httpEquiv: String?
  var datetime: String?
  var lang: String?
  var type: String?
  var style: String?
  var ariaHidden = false
  var hidden = false
}

/// One element of a parsed page.
struct Element {
  var tag: Tag
  var parent: Int
  /// The range of `HTMLTree.items` from this element's open item to its close item, inclusive.
  var firstItem: Int
  var lastItem: Int
  /// Characters of text inside (whitespace runs counted once), ignoring never-content elements.
  var textLength = 0
  /// The part of `textLength` inside links.
  var linkLength = 0
  var commas = 0
  /// Text directly inside this element, not inside a child block.
  var ownTextLength = 0
}

/// A parsed page in document order: elements, and the items (open, close, text) between them.
struct HTMLTree {
  enum Item {
    case open(Int)
    case close(Int)
    /// Bytes `start..<end` of `text`; `origin` is a source offset, verbatim when `verbatim`.
    case text(start: Int, end: Int, origin: Int, verbatim: Bool)
  }

  var elements: [Element] = []
  /// Each element's attributes, by element index (kept apart so `Element` stays plain data).
  var attributes: [ElementAttributes] = []
  var items: [Item] = []
  var text: [UInt8] = []
  /// The JSON-LD blocks of the page, as text.
  var jsonLD: [String] = []
  /// Where each JSON-LD block's text starts in the source, by the same index.
  var jsonLDOrigins: [Int] = []
  /// The `<title>` text.
  var title: String?
  /// libxml2's messages, in order.
  var errors: [(code: Int, level: Int, line: Int, message: String)] = []

  /// The text of an element, whitespace collapsed, never-content elements left out.
  func plainText(of element: Int) -> String {
    var output: [UInt8] = []
    var skipDepth = 0
    var space = false
    let range = elements[element].firstItem...elements[element].lastItem
    for item in items[range] {
      switch item {
      case .open(let index):
        if skipDepth > 0 || elements[index].tag.isNeverContent { skipDepth += 1 }
        if elements[index].tag.isBlock || elements[index].tag == .br { space = true }
      case .close(let index):
        if skipDepth > 0 { skipDepth -= 1 }
        if elements[index].tag.isBlock { space = true }
      case .text(let start, let end, _, _):
        guard skipDepth == 0 else { continue }
        for byte in text[start..<end] {
          if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
            space = true
          } else {
            if space && !output.isEmpty { output.append(0x20) }
            space = false
            output.append(byte)
          }
        }
      }
    }
    return String(decoding: output, as: UTF8.self)
  }
}

/// The attributes the tree keeps, by their names (ASCII case folded).
enum Attribute {
  case id, className, role, itemprop, name, property, content, charset, httpEquiv, datetime
  case lang, type, style, ariaHidden, hidden

  /// The names kept, lower-case, as bytes.
  private static let byName: [(name: [UInt8], attribute: Attribute)] = [
    ("id", .id), ("class", .className), ("role", .role), ("itemprop", .itemprop),
    ("name", .name), ("property", .property), ("content", .content), ("charset", .charset),
    ("http-equiv", .httpEquiv), ("datetime", .datetime), ("lang", .lang), ("xml:lang", .lang),
    ("type", .type), ("style", .style), ("aria-hidden", .ariaHidden), ("hidden", .hidden),
  ].map { (Array($0.utf8), $1) }
  /// The longest name kept: a longer one is no attribute of ours, whatever its bytes.
  private static let longest = byName.map(\.name.count).max() ?? 0
  /// The first letters of the names kept.
  private static let firstLetters = Set(byName.compactMap(\.name.first))

  /// The attribute a libxml2 name is, if the tree keeps it; read in place, its bytes compared
  /// with the few names of its length, ASCII capitals folded (no string is made or hashed).
  init?(name pointer: UnsafePointer<CChar>) {
    let length = strnlen(pointer, Self.longest + 1)
    guard length <= Self.longest, length >= 2 else { return nil }
    // "id", "class", "role"…: many attributes (src, alt) are turned away by their first letter.
    guard Self.firstLetters.contains(UInt8(bitPattern: pointer[0]) | 0x20) else { return nil }
    let bytes = UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self)
    func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
    for (name, attribute) in Self.byName
    where name.count == length && name.indices.allSatisfy({ name[$0] == lower(bytes[$0]) }) {
      self = attribute
      return
    }
    return nil
  }
}

/// Builds an ``HTMLTree`` from libxml2's events, and finds where each text run lies in the source.
final class HTMLTreeBuilder: MarkupHandler {
  private(set) var tree = HTMLTree()
  private var stack: [Int] = []
  private let source: [UInt8]
  private var rawTextElement: Int?
  private var capture: [UInt8]?
  /// Where the captured text starts in the source.
  private var captureOrigin: Int?

  init(source: [UInt8]) {
    self.source = source
    tree.items.reserveCapacity(source.count / 40)
    tree.text.reserveCapacity(source.count / 3)
    // About three items an element. (Grown from empty, the attributes, a dozen optional strings
    // an element, were copied a dozen times over on every page.)
    tree.elements.reserveCapacity(source.count / 120)
    tree.attributes.reserveCapacity(source.count / 120)
  }

  /// Parses `source` as HTML and returns the tree.
  static func build(_ source: [UInt8], dialect: MarkupParser.Dialect = .html) -> HTMLTree {
    let builder = HTMLTreeBuilder(source: source)
    MarkupParser.parse(source, as: dialect, handler: builder)
    builder.closeAll()
    return builder.tree
  }

  /// A libxml2 name in lower case.
  ///
  /// Its HTML parser already lower-cases names, so this is a copy with ASCII folding, not a Unicode
  /// case mapping per element.
  static func lowercased(_ name: UnsafePointer<CChar>) -> String {
    let bytes = UnsafeBufferPointer(
      start: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: strlen(name))
    guard bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else {
      return String(decoding: bytes, as: UTF8.self)
    }
    return String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
  }

  func startElement(
    _ name: UnsafePointer<CChar>, attributes: UnsafePointer<UnsafePointer<CChar>?>?, endOffset: Int
  ) {
    let tag = Tag(name: name)
    let parent = stack.last ?? -1
    let index = tree.elements.count
    // The attributes are written where they are kept: a copy of thirteen optional strings per
    // element cost more than reading them.
    tree.attributes.append(ElementAttributes())
    if let attributes { Self.read(attributes, into: &tree.attributes[index]) }
    tree.elements.append(
      Element(
        tag: tag, parent: parent,
        firstItem: tree.items.count, lastItem: tree.items.count))
    tree.items.append(.open(index))
    stack.append(index)
    if tag == .script || tag == .style || tag == .title {
      rawTextElement = index
      capture =
        (tag == .title || tree.attributes[index].type?.lowercased() == "application/ld+json")
        ? [] : nil
    }
  }

  /// Reads libxml2's name and value pairs into `attrs`, keeping only the attributes we use.
  private static func read(
    _ attributes: UnsafePointer<UnsafePointer<CChar>?>, into attrs: inout ElementAttributes
  ) {
    var pointer = attributes
    while let namePointer = pointer.pointee {
      let valuePointer = pointer.advanced(by: 1).pointee
      // Only the attributes kept are made strings (not every link's href or image's src).
      if let attribute = Attribute(name: namePointer) {
        let value = valuePointer.map { String(cString: $0) }
        switch attribute {
        case .id: attrs.id = value
        case .className: attrs.className = value
        case .role: attrs.role = value
        case .itemprop: attrs.itemprop = value
        case .name: attrs.name = value
        case .property: attrs.property = value
        case .content: attrs.content = value
        case .charset: attrs.charset = value
        case .httpEquiv: attrs.httpEquiv = value
        case .datetime: attrs.datetime = value
        case .lang: attrs.lang = value
        case .type: attrs.type = value
        case .style: attrs.style = value
        case .ariaHidden: attrs.ariaHidden = value?.lowercased() == "true"
        case .hidden: attrs.hidden = true
        }
      }
      pointer = pointer.advanced(by: 2)
    }
  }

  func endElement(_ name: UnsafePointer<CChar>, endOffset: Int) {
    guard let index = stack.popLast() else { return }
    close(index)
  }

  private func close(_ index: Int) {
    tree.elements[index].lastItem = tree.items.count
    tree.items.append(.close(index))
    if index == rawTextElement {
      if let capture {
        let string = String(decoding: capture, as: UTF8.self)
        if tree.elements[index].tag == .title {
          if tree.title == nil { tree.title = string }
        } else {
          tree.jsonLD.append(string)
          tree.jsonLDOrigins.append(captureOrigin ?? 0)
        }
      }
      rawTextElement = nil
      capture = nil
      captureOrigin = nil
    }
  }

  fileprivate func closeAll() {
    while let index = stack.popLast() { close(index) }
  }

  func characters(_ bytes: UnsafeBufferPointer<UInt8>, endOffset: Int, isCDATA: Bool) {
    if rawTextElement != nil {
      if capture != nil, captureOrigin == nil {
        captureOrigin = locate(bytes, endingNear: endOffset).0
      }
      capture?.append(contentsOf: bytes)
      return
    }
    let start = tree.text.count
    tree.text.append(contentsOf: bytes)
    let (origin, verbatim) = locate(bytes, endingNear: endOffset)
    tree.items.append(.text(start: start, end: tree.text.count, origin: origin, verbatim: verbatim))
  }

  func parseError(code: Int, level: Int, line: Int, message: String) {
    if tree.errors.count < 1000 { tree.errors.append((code, level, line, message)) }
  }

  private func locate(_ bytes: UnsafeBufferPointer<UInt8>, endingNear end: Int) -> (Int, Bool) {
    MarkupParser.locate(bytes, endingNear: end, in: source)
  }
}
