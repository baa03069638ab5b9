import Core
import Foundation

/// Finds the main content of a page and writes it as blocks, the way readability tools do.
///
/// 1. Boilerplate is marked: elements that never hold article text (script, nav,
///    form…), and elements whose class, id or role name them as navigation, share
///    bars, comments, related links, ads, cookie or newsletter boxes.
/// 2. A root is chosen: `[itemprop=articleBody]`, the longest `<article>`, `<main>`;
///    or, failing those, the container with the best score from its paragraphs'
///    length and commas, discounted by link density (and its worthy siblings).
/// 3. The root's text is written block by block, leaving out link-heavy lists and
///    paragraphs, bylines and ad labels.
struct ContentExtractor {
  private var tree: HTMLTree
  /// Why each element is left out, if it is.
  private var isBoilerplate: [Bool]
  /// `isInsideBoilerplate`'s answers.
  private var insideBoilerplate: [Bool] = []
  /// Class names and ids already judged by `isBoilerplateName(_:)`.
  ///
  /// Made with room for a page's usual few dozen names: grown from empty, it was rehashed five
  /// or six times on every page.
  private var boilerplateNames = [String: Bool](minimumCapacity: 64)

  /// Whether class and id names mark boilerplate; a second reading of a page whose first gave
  /// next to no text goes without them.
  private let readsNames: Bool

  init(tree: HTMLTree, readsNames: Bool = true) {
    self.tree = tree
    self.readsNames = readsNames
    isBoilerplate = Array(repeating: false, count: tree.elements.count)
    measure()
    markBoilerplate()
    markInsideBoilerplate()
  }

  /// The body (or the first element when there is none), to be written whole.
  var body: [Int] {
    if let body = tree.elements.indices.first(where: { tree.elements[$0].tag == .body }) {
      return [body]
    }
    return tree.elements.isEmpty ? [] : [0]
  }

  /// The length of the page's visible text (the body's, never-content elements left out), in
  /// characters with runs of spaces as one.
  var visibleTextLength: Int {
    tree.elements.first(where: { $0.tag == .body })?.textLength
      ?? tree.elements.first?.textLength ?? 0
  }

  /// The elements whose content forms the article, in document order, and whether the
  /// choice fell back to the whole body for want of anything better.
  func contentRoots() -> (roots: [Int], usedFallback: Bool) {
    let scored = bestScoredCandidates()
    if let semantic = semanticRoot() {
      let semanticLength = tree.elements[semantic].textLength
      let scoredLength = scored.reduce(0) { $0 + tree.elements[$1].textLength }
      if semanticLength * 2 >= scoredLength { return ([semantic], false) }
      // A container around the article and a list of others (the teaser cards under a blog
      // post): the article that holds the page's headline is the content, the others are not.
      if holdsFirstHeadline(semantic),
        semanticLength * 2 >= scoredLength - otherArticlesLength(in: scored, besides: semantic)
      {
        return ([semantic], false)
      }
    }
    if !scored.isEmpty { return (withContinuations(of: scored), false) }
    if let body = tree.elements.indices.first(where: { tree.elements[$0].tag == .body }) {
      return ([body], true)
    }
    return (tree.elements.isEmpty ? [] : [0], true)
  }

  /// The roots, and the containers elsewhere on the page that share a root's class name.
  ///
  /// An article that wide figures or ads cut into parts writes each part in the same kind of
  /// container ("post__content"), not always under the same parent. A part must be mostly
  /// text, not links, and not already inside or around a root.
  private func withContinuations(of roots: [Int]) -> [Int] {
    // Containers only: a paragraph's class ("body-text") is shared by any paragraph anywhere.
    func isContainer(_ index: Int) -> Bool {
      [.div, .section, .article].contains(tree.elements[index].tag)
    }
    let classes = Set(
      roots.filter(isContainer).compactMap { tree.attributes[$0].className }.filter { !$0.isEmpty })
    guard !classes.isEmpty else { return roots }
    let ordered = roots.sorted()
    var chosen = roots
    var coveredUntil = -1
    // The first root not yet passed: an element around any later root is around this one.
    var next = 0
    for index in tree.elements.indices {
      let element = tree.elements[index]
      guard element.firstItem > coveredUntil else { continue }
      if next < ordered.count, ordered[next] == index {
        coveredUntil = element.lastItem
        next += 1
        continue
      }
      guard isContainer(index), let name = tree.attributes[index].className,
        classes.contains(name), element.textLength >= 100,
        element.linkLength * 4 < element.textLength,
        !isInsideBoilerplate(index), next == ordered.count || !contains(index, ordered[next])
      else { continue }
      chosen.append(index)
      coveredUntil = element.lastItem
    }
    return chosen.count == roots.count ? roots : chosen.sorted()
  }

  /// Whether `outer` contains `inner` (or is it): their items nest.
  private func contains(_ outer: Int, _ inner: Int) -> Bool {
    tree.elements[outer].firstItem <= tree.elements[inner].firstItem
      && tree.elements[inner].lastItem <= tree.elements[outer].lastItem
  }

  /// The page's first `h1` with text outside boilerplate, if any.
  private var firstHeadline: Int? {
    tree.elements.indices.first(where: { index in
      tree.elements[index].tag == .h1 && !isInsideBoilerplate(index)
        && tree.elements[index].textLength > 0
    })
  }

  /// Whether the page's first headline lies inside `root`.
  private func holdsFirstHeadline(_ root: Int) -> Bool {
    firstHeadline.map { contains(root, $0) } ?? false
  }

  /// The text of the `<article>` elements inside `roots` (siblings, in document order) that
  /// neither hold `article` nor lie inside it, each counted once.
  private func otherArticlesLength(in roots: [Int], besides article: Int) -> Int {
    var length = 0
    var countedUntil = -1
    var root = 0
    for index in tree.elements.indices where tree.elements[index].tag == .article {
      let element = tree.elements[index]
      guard element.firstItem > countedUntil, !contains(index, article), !contains(article, index)
      else { continue }
      while root < roots.count, tree.elements[roots[root]].lastItem < element.firstItem {
        root += 1
      }
      guard root < roots.count, contains(roots[root], index) else { continue }
      length += element.textLength
      countedUntil = element.lastItem
    }
    return length
  }

  /// The first `h1` outside boilerplate, when the roots do not contain one, and the
  /// standfirst that follows it (an element named as a summary, intro, dek or chapô).
  func headline(outside roots: [Int]) -> [Int] {
    for root in roots {
      let range = tree.elements[root].firstItem...tree.elements[root].lastItem
      for item in tree.items[range] {
        if case .open(let index) = item, tree.elements[index].tag == .h1 { return [] }
      }
    }
    let firstRootItem = roots.map { tree.elements[$0].firstItem }.min() ?? Int.max
    // (Elements are in document order: if the first headline is not before the roots, none is.)
    guard let headline = firstHeadline, tree.elements[headline].firstItem < firstRootItem else {
      return []
    }
    var elements = [headline]
    var index = headline + 1
    while index < tree.elements.count, tree.elements[index].firstItem < firstRootItem {
      let element = tree.elements[index]
      if element.textLength >= 40, element.lastItem < firstRootItem, !isInsideBoilerplate(index),
        Self.isStandfirst(tree.attributes[index])
      {
        elements.append(index)
        break
      }
      index += 1
    }
    return elements
  }

  private static let standfirstBytes = [
    "standfirst", "summary", "intro", "chapo", "chapeau", "dek", "deck", "lede", "description",
    "subtitle", "sous-titre", "soustitre", "excerpt", "subhead",
  ].map { Array($0.utf8) }

  private static func isStandfirst(_ attributes: ElementAttributes) -> Bool {
    hasName(attributes, among: standfirstBytes)
  }

  /// Whether the element's class, id or itemprop contains one of `fragments`.
  private static func hasName(_ attributes: ElementAttributes, among fragments: [[UInt8]]) -> Bool {
    for name in [attributes.className, attributes.id, attributes.itemprop] {
      guard let name else { continue }
      let lower = Array(name.lowercased().utf8)
      if fragments.contains(where: { containsBytes(lower, $0) }) { return true }
    }
    return false
  }

  /// Writes the text of the given elements into `builder`, block by block.
  ///
  /// `whole` keeps every visible element: link-heavy lists and bylines too.
  func write(_ elements: [Int], into builder: inout TextBuilder, whole: Bool = false) {
    var parts = PartTracker()
    for element in elements {
      writeElement(element, into: &builder, whole: whole, parts: &parts)
    }
    builder.closeBlock()
  }

  /// What the blocks being written are around the article's body, element by element.
  private struct PartTracker {
    /// Whether a headline has been written.
    var headlineWritten = false
    /// Whether body text has been written: a standfirst or headline comes before it.
    var bodyStarted = false
  }

  /// What `element` is around the article's body, if anything: the headline (the first `h1`
  /// written, before any body text), a standfirst (a short summary named as such, before any
  /// body text), or a figure's caption or credit.
  private func part(of element: Int, _ parts: inout PartTracker) -> BlockPart? {
    let tag = tree.elements[element].tag
    let length = tree.elements[element].textLength
    if tag == .h1, !parts.headlineWritten, !parts.bodyStarted, length > 0 {
      parts.headlineWritten = true
      return .headline
    }
    if tag == .figcaption || (tag == .figure && length <= Self.longestCaption) { return .caption }
    let attributes = tree.attributes[element]
    if length <= Self.longestCaption, Self.hasName(attributes, among: Self.captionBytes) {
      return .caption
    }
    if !parts.bodyStarted, length >= 40, length <= Self.longestStandfirst,
      Self.hasName(attributes, among: Self.standfirstBytes)
    {
      return .standfirst
    }
    return nil
  }

  /// The longest text, in characters, read as a caption or a standfirst: a container named so
  /// that holds more is the article itself under an odd name.
  private static let longestCaption = 400
  private static let longestStandfirst = 600

  private static let captionBytes = [
    "caption", "credit", "legende", "légende", "copyright",
  ].map { Array($0.utf8) }

  // MARK: - Measuring

  /// Text, link and comma counts for every element, bottom-up; never-content elements count nothing.
  private mutating func measure() {
    var linkDepth = 0
    var stack: [Int] = []
    var neverDepth = 0
    for item in tree.items {
      switch item {
      case .open(let index):
        stack.append(index)
        let tag = tree.elements[index].tag
        if tag.isNeverContent || neverDepth > 0 { neverDepth += 1 }
        if tag == .a { linkDepth += 1 }
      case .close(let index):
        _ = stack.popLast()
        let element = tree.elements[index]
        if element.tag.isNeverContent || neverDepth > 0 { neverDepth -= 1 }
        if element.tag == .a { linkDepth -= 1 }
        let counts = neverDepth > 0 || element.tag.isNeverContent
        if element.parent >= 0 && !counts {
          tree.elements[element.parent].textLength += element.textLength
          tree.elements[element.parent].linkLength += element.linkLength
          tree.elements[element.parent].commas += element.commas
          if !element.tag.isBlock {
            tree.elements[element.parent].ownTextLength += element.ownTextLength
          }
        }
      case .text(let start, let end, _, _):
        guard neverDepth == 0, let current = stack.last else { continue }
        let (length, commas) = tree.text.withUnsafeBufferPointer { text in
          Self.measure(UnsafeBufferPointer(rebasing: text[start..<end]))
        }
        tree.elements[current].textLength += length
        tree.elements[current].ownTextLength += length
        tree.elements[current].commas += commas
        if linkDepth > 0 { tree.elements[current].linkLength += length }
      }
    }
  }

  /// The characters of a run of text (whitespace runs counted once) and its commas.
  private static func measure(_ bytes: UnsafeBufferPointer<UInt8>) -> (length: Int, commas: Int) {
    var length = 0
    var commas = 0
    var inSpace = true
    for byte in bytes {
      switch byte {
      case 0x20, 0x0A, 0x09, 0x0D, 0x0C:
        if !inSpace { length += 1 }
        inSpace = true
      default:
        inSpace = false
        if byte & 0xC0 != 0x80 { length += 1 }
        if byte == UInt8(ascii: ",") { commas += 1 }
      }
    }
    return (length, commas)
  }

  // MARK: - Boilerplate

  private mutating func markBoilerplate() {
    let bodyLength =
      tree.elements.first(where: { $0.tag == .body })?.textLength
      ?? tree.elements.first?.textLength ?? 0
    // How much of each element's text lies in quotations (<blockquote>), children first.
    var quoted = [Int](repeating: 0, count: tree.elements.count)
    for index in tree.elements.indices.reversed() {
      let parent = tree.elements[index].parent
      guard parent >= 0 else { continue }
      quoted[parent] +=
        tree.elements[index].tag == .blockquote ? tree.elements[index].textLength : quoted[index]
    }
    // The page's declared article body around each element, if any (parents come first).
    var declaredBody = [Int](repeating: -1, count: tree.elements.count)
    for index in tree.elements.indices {
      let element = tree.elements[index]
      if tree.attributes[index].itemprop?.lowercased() == "articlebody" {
        declaredBody[index] = index
      } else if element.parent >= 0 {
        declaredBody[index] = declaredBody[element.parent]
      }
      if element.tag.isNeverContent {
        isBoilerplate[index] = true
        continue
      }
      guard element.tag != .html, element.tag != .body else { continue }
      // A container holding most of the page's text is the article, whatever it is: a form
      // around a whole page (ASP.NET writes one) or a block named like boilerplate.
      let holdsMostText =
        bodyLength > 0 && element.textLength * 10 >= bodyLength * 6
        && element.linkLength * 4 < element.textLength
      if element.tag == .form {
        if element.textLength * 10 < bodyLength * 6 { isBoilerplate[index] = true }
        continue
      }
      // Read in place: a copy of the attributes retains and releases every string.
      if tree.attributes[index].hidden || tree.attributes[index].ariaHidden
        || Self.isHiddenByStyle(tree.attributes[index].style)
      {
        isBoilerplate[index] = true
        continue
      }
      if let role = tree.attributes[index].role?.lowercased(), Self.boilerplateRoles.contains(role)
      {
        isBoilerplate[index] = true
        continue
      }
      if tree.attributes[index].itemprop?.lowercased() == "articlebody" { continue }
      if readsNames,
        isBoilerplateName(tree.attributes[index].className)
          || isBoilerplateName(tree.attributes[index].id)
      {
        // Nor is a large container whose name also says it holds the content ("main-white
        // and-w-sidebar", "ad_body", as readability's "maybe a candidate" has it).
        let namedContent =
          element.textLength * 4 >= bodyLength
          && (Self.isContentName(tree.attributes[index].className)
            || Self.isContentName(tree.attributes[index].id))
        // Nor is most of the declared article body, whatever its name ("paywall" around the
        // paragraphs a subscriber reads): a box inside the body is a small part of it.
        let body = declaredBody[index]
        let holdsMostOfBody =
          body >= 0 && element.textLength * 2 >= tree.elements[body].textLength
          && element.linkLength * 4 < element.textLength
        // Nor is an embedded post, a quotation under a "social" name ("social-media-embed"
        // around a quoted tweet): what someone wrote, quoted by the article; a share bar holds
        // links and buttons, not quotations.
        let embedsQuotation =
          element.textLength >= 40 && quoted[index] * 10 >= element.textLength * 6
        if !holdsMostText && !namedContent && !holdsMostOfBody && !embedsQuotation {
          isBoilerplate[index] = true
        }
      }
    }
  }

  /// Whether a class or id names the page's content: "main", "content", "article", "body",
  /// "column".
  private static func isContentName(_ name: String?) -> Bool {
    guard let name else { return false }
    let lower = Array(name.lowercased().utf8)
    return contentNameBytes.contains { containsBytes(lower, $0) }
  }

  private static let contentNameBytes = ["main", "content", "article", "body", "column"].map {
    Array($0.utf8)
  }

  private static let boilerplateRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog",
    "alertdialog", "search", "toolbar", "tablist",
  ]

  /// Name parts that mark boilerplate wherever they appear in a class or id.
  private static let boilerplateFragments = [
    "navigation", "navbar", "topnav", "menu", "breadcrumb", "share", "sharing", "social",
    "comment", "commentaire", "disqus", "related", "recommend", "readalso", "read-also",
    "lire-aussi", "a-lire", "alire", "mostread", "most-read", "most-popular", "trending", "promo",
    "advert", "sponsor", "cookie", "consent", "gdpr", "cmp-", "newsletter", "subscribe", "signup",
    "sign-up", "sidebar", "widget", "popup", "modal", "ticker", "masthead", "paywall", "outbrain",
    "taboola", "byline", "dateline", "timestamp", "footer", "partage", "abonnement", "banner",
    "toolbar", "skip-link", "skiplink", "visually-hidden", "sr-only", "pagination", "author-bio",
    "tag-list", "taglist", "article-tags", "keywords",
  ]

  /// Whole name tokens (split at `-`, `_`, spaces and case changes) that mark boilerplate.
  private static let boilerplateTokens: Set<String> = [
    "nav", "ad", "ads", "adslot", "pub", "publicite", "tags", "tag", "meta", "author", "authors",
    "date", "published", "updated", "print", "hidden", "aside", "rail", "more", "links", "login",
    "auteur", "signature", "credit", "credits", "byl", "time", "eyebrow", "kicker", "surtitre",
    "overline", "latest", "dernieres", "derniers",
  ]

  private static let fragmentBytes = boilerplateFragments.map { Array($0.utf8) }
  private static let fragmentsByFirstByte: [[[UInt8]]] = {
    var table = [[[UInt8]]](repeating: [], count: 256)
    for fragment in boilerplateFragments {
      let bytes = Array(fragment.utf8)
      table[Int(bytes[0])].append(bytes)
    }
    return table
  }()
  private static let positiveBytes = positiveFragments.map { Array($0.utf8) }

  /// Whether an element's class or id marks it as boilerplate; a page repeats its class names,
  /// so each is looked at once.
  private mutating func isBoilerplateName(_ name: String?) -> Bool {
    guard let name, !name.isEmpty else { return false }
    if let known = boilerplateNames[name] { return known }
    let marks: Bool
    if let judged = Self.judgedNames.verdict(on: name) {
      marks = judged
    } else {
      marks = Self.isBoilerplateName(name)
      Self.judgedNames.record(name, marks)
    }
    boilerplateNames[name] = marks
    return marks
  }

  /// Class names and ids judged on any page of the run: a site's pages repeat theirs.
  private static let judgedNames = NameVerdicts()

  /// A verdict per name, shared by the threads that read pages.
  ///
  /// It holds at most 65,536 names, so that a corpus of ever-new names does not grow it without
  /// end. A name's verdict depends on the name alone, so sharing it changes no page.
  private final class NameVerdicts: @unchecked Sendable {
    private let lock = NSLock()
    private var verdicts: [String: Bool] = [:]

    func verdict(on name: String) -> Bool? {
      lock.lock()
      defer { lock.unlock() }
      return verdicts[name]
    }

    func record(_ name: String, _ marks: Bool) {
      lock.lock()
      defer { lock.unlock() }
      if verdicts.count < 65_536 { verdicts[name] = marks }
    }
  }

  private static func isBoilerplateName(_ name: String) -> Bool {
    let classes = name.split(whereSeparator: {
      $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r"
    })
    // An entry as blogging engines mark one ("hentry", "type-post") files itself under its
    // author and format too.
    let isEntry = classes.contains {
      ["hentry", "type-post", "status-publish"].contains($0.lowercased())
    }
    let prefixes = isEntry ? ["tag-", "category-", "author-", "format-"] : ["tag-", "category-"]
    return classes.contains { !isTaxonomyClass($0, prefixes: prefixes) && isBoilerplateClass($0) }
  }

  /// A class that files an entry under a term ("tag-minnesota-wild", "category-sports", as
  /// WordPress writes on every post): it says what the entry is about, not that it is a tag list.
  private static func isTaxonomyClass(_ name: Substring, prefixes: [String]) -> Bool {
    let lower = name.lowercased()
    return prefixes.contains { prefix in
      lower.hasPrefix(prefix) && lower.count > prefix.count
        && !boilerplateFragments.contains(where: lower.contains)
    }
  }

  private static func isBoilerplateClass(_ name: Substring) -> Bool {
    let bytes = Array(name.utf8)
    let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    // Each position is tried only against the fragments that start with its byte.
    for start in lower.indices {
      for fragment in fragmentsByFirstByte[Int(lower[start])]
      where fragment.count <= lower.count - start {
        if fragment.indices.allSatisfy({ lower[start + $0] == fragment[$0] }) { return true }
      }
    }
    // Whole tokens, split at separators and at lower-to-upper case changes (camelCase).
    var start = 0
    for index in 0...bytes.count {
      let atEnd = index == bytes.count
      let byte: UInt8 = atEnd ? 0x20 : bytes[index]
      let isSeparator = !(isASCIILetterOrDigit(byte))
      let caseBreak =
        !atEnd && index > start && byte >= 0x41 && byte <= 0x5A
        && bytes[index - 1] >= 0x61 && bytes[index - 1] <= 0x7A
      if isSeparator || caseBreak {
        if index > start, boilerplateTokenBytes.contains(Array(lower[start..<index])) {
          return true
        }
        start = isSeparator ? index + 1 : index
      }
    }
    return false
  }

  private static let boilerplateTokenBytes = Set(boilerplateTokens.map { Array($0.utf8) })

  private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
      || (byte >= 0x61 && byte <= 0x7A)
      || byte >= 0x80
  }

  /// Whether `needle` occurs in `haystack` (bytes; no Foundation string search on this hot path).
  static func containsBytes(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
    var index = 0
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first {
        var matched = 1
        while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
        if matched == needle.count { return true }
      }
      index += 1
    }
    return false
  }

  private static func isHiddenByStyle(_ style: String?) -> Bool {
    guard let style else { return false }
    let compact = style.utf8.compactMap { byte -> UInt8? in
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return nil }
      return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
    return containsBytes(compact, Array("display:none".utf8))
      || containsBytes(compact, Array("visibility:hidden".utf8))
  }

  private func isInsideBoilerplate(_ index: Int) -> Bool { insideBoilerplate[index] }

  /// Whether each element is boilerplate, a footer or an aside, or lies inside one: worked out
  /// once, parents first, so that no question walks up a deep page.
  private mutating func markInsideBoilerplate() {
    insideBoilerplate = Array(repeating: false, count: tree.elements.count)
    for index in tree.elements.indices {
      let element = tree.elements[index]
      insideBoilerplate[index] =
        isBoilerplate[index] || element.tag == .footer || element.tag == .aside
        || (element.parent >= 0 && insideBoilerplate[element.parent])
    }
  }

  // MARK: - Choosing the root

  /// `[itemprop=articleBody]`, else the longest `<article>`, else `<main>`: the page's own word.
  private func semanticRoot() -> Int? {
    func longest(_ predicate: (Int, Element, ElementAttributes) -> Bool) -> Int? {
      var best: Int?
      for (index, element) in tree.elements.enumerated()
      where predicate(index, element, tree.attributes[index]) && !isInsideBoilerplate(index) {
        if best.map({ tree.elements[$0].textLength < element.textLength }) ?? true { best = index }
      }
      if let best, tree.elements[best].textLength >= 200 { return best }
      return nil
    }
    if let body = longest({ $2.itemprop?.lowercased() == "articlebody" }) {
      // The body alone leaves out the headline and standfirst above it; an <article>
      // that holds the body and little else is the better root.
      if let article = ancestor(of: body, where: { $0.tag == .article }),
        tree.elements[article].linkLength * 3 < tree.elements[article].textLength
      {
        return article
      }
      return body
    }
    // An <article> that holds two or more others is a list of them (teaser cards under a
    // post, a category page), not one article.
    var articlesInside = [Int](repeating: 0, count: tree.elements.count)
    for index in tree.elements.indices.reversed() {
      let parent = tree.elements[index].parent
      guard parent >= 0 else { continue }
      articlesInside[parent] +=
        articlesInside[index] + (tree.elements[index].tag == .article ? 1 : 0)
    }
    if let article = longest({ index, element, _ in
      element.tag == .article && articlesInside[index] < 2
    }) {
      return article
    }
    return longest({ $1.tag == .main || $2.role?.lowercased() == "main" })
  }

  private func ancestor(of index: Int, where predicate: (Element) -> Bool) -> Int? {
    var current = tree.elements[index].parent
    while current >= 0 {
      if predicate(tree.elements[current]) { return current }
      current = tree.elements[current].parent
    }
    return nil
  }

  /// The best-scoring container and its worthy siblings, in document order.
  private func bestScoredCandidates() -> [Int] {
    var scores: [Int: Double] = [:]
    func initialScore(_ index: Int) -> Double {
      let element = tree.elements[index]
      var score: Double
      switch element.tag {
      case .div, .article, .main, .section: score = 5
      case .pre, .td, .blockquote: score = 3
      case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
      case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
      default: score = 0
      }
      score += classWeight(tree.attributes[index])
      return score
    }
    for (index, element) in tree.elements.enumerated() {
      let scoresAsParagraph: Bool
      switch element.tag {
      case .p, .pre, .td, .blockquote: scoresAsParagraph = true
      case .div, .section: scoresAsParagraph = element.ownTextLength >= 25
      default: scoresAsParagraph = false
      }
      guard scoresAsParagraph, element.textLength >= 25, !isInsideBoilerplate(index) else {
        continue
      }
      let length =
        element.tag == .div || element.tag == .section
        ? element.ownTextLength : element.textLength
      let contentScore = 1 + Double(element.commas) + min(Double(length / 100), 3)
      var ancestor = element.tag == .div || element.tag == .section ? index : element.parent
      var level = 0
      while ancestor >= 0 && level < 3 {
        if scores[ancestor] == nil { scores[ancestor] = initialScore(ancestor) }
        let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level * 3))
        scores[ancestor, default: 0] += contentScore / divider
        ancestor = tree.elements[ancestor].parent
        level += 1
      }
    }
    var best: Int?
    var bestScore = -Double.infinity
    var finalScores: [Int: Double] = [:]
    for (index, score) in scores {
      let final = score * (1 - linkDensity(index))
      finalScores[index] = final
      if final > bestScore || (final == bestScore && index < (best ?? Int.max)) {
        best = index
        bestScore = final
      }
    }
    guard let best, tree.elements[best].tag != .html else { return [] }
    let parent = tree.elements[best].parent
    guard parent >= 0 else { return [best] }
    let threshold = max(10, bestScore * 0.2)
    var chosen: [Int] = []
    for (index, element) in tree.elements.enumerated() where element.parent == parent {
      if index == best {
        chosen.append(index)
        continue
      }
      guard !isBoilerplate[index] else { continue }
      if let score = finalScores[index], score >= threshold {
        chosen.append(index)
      } else if element.tag == .p, element.textLength > 80, linkDensity(index) < 0.25 {
        chosen.append(index)
      }
    }
    return chosen
  }

  private func classWeight(_ attributes: ElementAttributes) -> Double {
    var weight = 0.0
    for name in [attributes.className, attributes.id].compactMap({ $0?.lowercased() }) {
      let bytes = Array(name.utf8)
      if Self.positiveBytes.contains(where: { Self.containsBytes(bytes, $0) }) { weight += 25 }
      if Self.fragmentBytes.contains(where: { Self.containsBytes(bytes, $0) }) { weight -= 25 }
    }
    return weight
  }

  private static let positiveFragments = [
    "article", "body", "content", "entry", "main", "post", "text", "story", "blog", "corps",
    "contenu",
  ]

  private func linkDensity(_ index: Int) -> Double {
    let element = tree.elements[index]
    guard element.textLength > 0 else { return 0 }
    return Double(element.linkLength) / Double(element.textLength)
  }

  // MARK: - Writing

  /// Whether an element inside the root is left out of the text.
  private func isDropped(_ index: Int) -> Bool {
    if isBoilerplate[index] { return true }
    let element = tree.elements[index]
    switch element.tag {
    case .footer, .aside: return true
    case .ul, .ol, .dl:
      return linkDensity(index) > 0.5
    case .p, .div, .section, .li, .table:
      if element.textLength == 0 { return false }
      if linkDensity(index) > 0.6 && element.textLength < 400 { return true }
      return false
    default:
      return false
    }
  }

  private func role(for tag: Tag) -> BlockRole? {
    switch tag {
    case .h1, .h2, .h3, .h4, .h5, .h6: .heading
    case .li, .dd, .dt: .listItem
    case .blockquote: .quote
    case .td, .th: .cell
    case .pre: .code
    case .p, .figcaption, .caption, .summary, .address: .paragraph
    default: nil
    }
  }

  private func writeElement(
    _ root: Int, into builder: inout TextBuilder, whole: Bool, parts: inout PartTracker
  ) {
    var roles: [BlockRole] = [.paragraph]
    // The part of each open block element (nil: the body), inherited by what it holds.
    var blockParts: [BlockPart?] = [nil]
    var lastWasBreak = false
    var index = tree.elements[root].firstItem
    let last = tree.elements[root].lastItem
    builder.closeBlock()
    while index <= last {
      let item = tree.items[index]
      switch item {
      case .open(let element):
        let tag = tree.elements[element].tag
        if whole ? isBoilerplate[element] : isDropped(element) {
          index = tree.elements[element].lastItem + 1
          builder.closeBlock()
          continue
        }
        if tag == .br {
          if lastWasBreak { builder.closeBlock() } else { builder.appendSpace() }
          lastWasBreak = true
          index += 1
          continue
        }
        if tag.isBlock {
          let newRole = role(for: tag)
          let inherited = roles.last ?? .paragraph
          let role: BlockRole =
            inherited == .quote || inherited == .code ? inherited : (newRole ?? inherited)
          let part = (blockParts.last ?? nil) ?? self.part(of: element, &parts)
          roles.append(role)
          blockParts.append(part)
          builder.openBlock(role, part: part)
          if !whole, Self.isBylineOrLabel(tree: tree, element: element) {
            index = tree.elements[element].lastItem + 1
            _ = roles.popLast()
            _ = blockParts.popLast()
            builder.closeBlock()
            continue
          }
        }
      case .close(let element):
        if tree.elements[element].tag.isBlock {
          _ = roles.popLast()
          _ = blockParts.popLast()
          builder.openBlock(roles.last ?? .paragraph, part: blockParts.last ?? nil)
        }
      case .text(let start, let end, let origin, let verbatim):
        if !builder.isInBlock {
          builder.openBlock(roles.last ?? .paragraph, part: blockParts.last ?? nil)
        }
        let slice = tree.text[start..<end]
        if slice.contains(where: { !Self.isSpace($0) }) {
          lastWasBreak = false
          if blockParts.last ?? nil == nil { parts.bodyStarted = true }
        }
        slice.withUnsafeBufferPointer { run in
          builder.append(run, origin: verbatim ? .verbatim(origin) : .near(origin))
        }
      }
      index += 1
    }
    builder.closeBlock()
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
  }

  /// Short blocks that are a byline ("By Jane Doe", « Par Jean Dupont ») or a bare label
  /// ("Advertisement", « Publicité ») rather than article text.
  private static func isBylineOrLabel(tree: HTMLTree, element: Int) -> Bool {
    let length = tree.elements[element].textLength
    guard length > 0, length <= 80, !tree.elements[element].tag.isHeading else { return false }
    // A short block is a few elements: one with hundreds inside (deep or empty nesting) is no
    // byline, and reading its text for each of its ancestors would be quadratic in the depth.
    guard tree.elements[element].lastItem - tree.elements[element].firstItem <= 256 else {
      return false
    }
    let text = tree.plainText(of: element)
    let lower = text.lowercasedByScalar()
    var bare = Substring(lower)
    while let first = bare.first, first.isPunctuation { bare.removeFirst() }
    while let last = bare.last, last.isPunctuation { bare.removeLast() }
    if labels.contains(String(bare)) || DateParsing.isDateLine(text) { return true }
    // A bare mail or web address under an article ("paul.takahashi@chron.com",
    // "twitter.com/paultakahashi") is a contact line, not text.
    if !lower.contains(where: \.isWhitespace), lower.contains(".") {
      let web =
        ["http://", "https://", "www."].contains { lower.hasPrefix($0) }
        || lower.contains(".com/") || lower.contains(".org/")
      let mail = lower.firstIndex(of: "@").map { lower[$0...].contains(".") } ?? false
      if web || mail { return true }
    }
    // A byline opens with its word and a space: only then are its words counted.
    let opening = text.drop(while: { $0 == " " })
    guard ["By ", "Par ", "BY ", "PAR "].contains(where: { opening.hasPrefix($0) }) else {
      return false
    }
    let words = text.split(separator: " ")
    guard words.count <= 10, words.count >= 2 else { return false }
    return words[1].first?.isUppercase ?? false
  }

  private static let labels: Set<String> = [
    "advertisement", "publicité", "sponsored", "sponsorisé", "share", "partager", "share this",
    "share this article", "partager cet article", "ad", "annonce", "read more", "lire la suite",
    "continue reading", "lire aussi", "read also", "à lire aussi", "see also", "voir aussi",
    "advert", "don't miss", "don’t miss", "à ne pas manquer", "caption", "close", "légende",
    "fermer",
  ]
}
