import Core

/// Reads posts: the X account archive (`tweets.js`), ActivityStreams outboxes (Mastodon's
/// `outbox.json`), and plain JSON or JSON Lines records such as `{"author": …, "date": …, "text":
/// …}`.
///
/// Each post is its own document.
struct PostsReader: DocumentReader {
  func read(_ bytes: [UInt8], _ context: ReadContext) -> Result<ReadOutput, ReadFailure> {
    let decoded = SourceDecoder.decode(bytes, declared: nil)
    let source = decoded.bytes
    var start = 0
    var isXArchive = false
    if source.starts(with: Array("window.YTD.".utf8)) {
      // `window.YTD.tweets.part0 = [ … ]`: the JSON starts after the `=`.
      guard let equals = source.firstIndex(of: UInt8(ascii: "=")) else {
        return .failure(
          ReadFailure(status: .failed, reason: "X archive file without '=' before its data"))
      }
      start = equals + 1
      isXArchive = true
    }
    var locator = SourceLocator(source: source)
    let records: [JSONValue]
    var warnings: [Diagnostic] = decoded.warnings
    do {
      let value = try JSONParser.parse(source, from: start)
      records = Self.records(in: value)
    } catch {
      // Not one JSON value: perhaps JSON Lines.
      switch Self.jsonLines(source) {
      case .success(let lines):
        records = lines
      case .failure(let lineError):
        let wholeError = error
        let position = locator.position(at: wholeError.offset)
        let linePosition = locator.position(at: lineError.offset)
        let useful =
          context.path.hasSuffix(".jsonl") || context.path.hasSuffix(".ndjson")
          ? (lineError, linePosition) : (wholeError, position)
        return .failure(
          ReadFailure(
            status: .failed,
            reason:
              "malformed JSON at line \(useful.1.line), column \(useful.1.column): \(useful.0.message)"
          ))
      }
    }
    let account = isXArchive ? XAccount(siblings: context.siblings) : nil
    var documents: [Document] = []
    for (number, record) in records.enumerated() {
      let position = locator.position(at: record.offset)
      guard case .object = record else {
        warnings.append(IngestDiagnostics.recordNotObject(number + 1, position: position))
        continue
      }
      guard let post = Post(record: record, account: account) else {
        warnings.append(IngestDiagnostics.recordWithoutText(number + 1, position: position))
        continue
      }
      var builder = TextBuilder(source: source)
      let text = post.text
      if post.isHTML {
        let content = HTMLReader.readFragment(Array(text.value.utf8))
        let pinned = locator.position(at: text.offset)
        var document = makeDocument(post, context: context, number: documents.count + 1)
        document.text = content.text
        document.blocks = content.blocks
        document.sourceMap = SourceMap(anchors: [
          .init(textOffset: 0, position: pinned, linear: false)
        ])
        document.settleLanguage(declared: post.language ?? content.language)
        documents.append(document)
        continue
      }
      PostTextWriter.write(text, decodeEntities: isXArchive, into: &builder)
      let (body, blocks, sourceMap) = builder.finish()
      var document = makeDocument(post, context: context, number: documents.count + 1)
      document.text = body
      document.blocks = blocks
      document.sourceMap = sourceMap
      document.settleLanguage(declared: post.language)
      documents.append(document)
    }
    // A file holding a single plain post is that post, without `#1`.
    if documents.count == 1, !isXArchive, records.count == 1 {
      documents[0].id = context.path
    }
    return .success(ReadOutput(documents: documents, warnings: warnings))
  }

  private func makeDocument(_ post: Post, context: ReadContext, number: Int) -> Document {
    var metadata: [String: String] = [:]
    if let id = post.id { metadata["post-id"] = id }
    if let url = post.url { metadata["url"] = url }
    return Document(
      id: context.id(number), path: context.path, format: .post,
      kind: context.kindFromFolder ?? .post, title: nil, author: post.author, site: post.site,
      published: post.date.flatMap(DateParsing.iso8601), text: "", blocks: [], metadata: metadata)
  }

  /// The post records in a parsed file: an array, an outbox's `orderedItems`, or a wrapper's list.
  static func records(in value: JSONValue) -> [JSONValue] {
    switch value {
    case .array(let elements, _):
      return elements
    case .object:
      for key in ["orderedItems", "items", "posts", "data", "statuses", "tweets"] {
        if case .array(let elements, _)? = value[key] { return elements }
      }
      return [value]
    default:
      return [value]
    }
  }

  /// Parses JSON Lines: one value a line, blank lines ignored.
  static func jsonLines(_ source: [UInt8]) -> Result<[JSONValue], JSONSyntaxError> {
    var values: [JSONValue] = []
    for line in LineScanner.lines(source) where !LineScanner.isBlank(source, line) {
      do {
        values.append(try JSONParser.parse(source, from: line.lowerBound, to: line.upperBound))
      } catch {
        return .failure(error)
      }
    }
    return values.isEmpty
      ? .failure(JSONSyntaxError(message: "no records", offset: 0)) : .success(values)
  }
}

/// The author named by an X archive's `account.js`, beside its `tweets.js`.
struct XAccount {
  var displayName: String?
  var username: String?

  init(siblings: SiblingFiles?) {
    guard let bytes = siblings?.contents(of: "account.js"),
      let equals = bytes.firstIndex(of: UInt8(ascii: "=")),
      let value = try? JSONParser.parse(bytes, from: equals + 1)
    else { return }
    let account = PostsReader.records(in: value).first?["account"]
    displayName = account?["accountDisplayName"]?.text
    username = account?["username"]?.text
  }
}

/// The fields of one post, from whichever export wrote it.
struct Post {
  var text: JSONString
  var isHTML: Bool
  var author: String?
  var date: String?
  var id: String?
  var url: String?
  var site: String?
  var language: Language?

  init?(record: JSONValue, account: XAccount?) {
    if let tweet = record["tweet"] ?? (account != nil ? record : nil) {
      // The X archive: {"tweet": {"full_text", "created_at", "id_str", "lang"}}.
      guard case .string(let text)? = tweet["full_text"] ?? tweet["text"] else { return nil }
      self.text = text
      isHTML = false
      author = account?.displayName ?? account?.username
      date = tweet["created_at"]?.text
      id = tweet["id_str"]?.text ?? tweet["id"]?.text
      if let id, let username = account?.username { url = "https://x.com/\(username)/status/\(id)" }
      site = "X"
      language = tweet["lang"]?.text.map(Language.init(tag:))
      return
    }
    let note: JSONValue
    if record["type"]?.text == "Create", let object = record["object"], case .object = object {
      note = object
    } else {
      note = record
    }
    if note["type"]?.text == "Note" || note["type"]?.text == "Article",
      case .string(let content)? = note["content"]
    {
      // ActivityStreams: HTML content, attributedTo an actor URL.
      text = content
      isHTML = true
      let actor = note["attributedTo"]?.text ?? record["actor"]?.text
      author = actor.map { String($0.split(separator: "/").last ?? Substring($0)) }
      date = note["published"]?.text
      id = note["id"]?.text
      url = note["url"]?.text ?? id
      site = (url ?? actor).flatMap {
        String($0).split(separator: "/").dropFirst().first.map(String.init)
      }
      if case .object(let languages, _)? = note["contentMap"], let first = languages.first {
        language = Language(tag: first.key)
      }
      return
    }
    func field(_ names: [String]) -> JSONValue? {
      for name in names {
        if let value = note[name], value.text != nil || isObject(value) { return value }
      }
      return nil
    }
    guard case .string(let body)? = field(["text", "full_text", "content", "body", "message"])
    else { return nil }
    text = body
    isHTML = false
    if let authorValue = field([
      "author", "user", "username", "screen_name", "account", "from", "by",
    ]) {
      author =
        authorValue.text ?? authorValue["name"]?.text ?? authorValue["display_name"]?.text
        ?? authorValue["username"]?.text
    }
    date = field(["date", "created_at", "createdAt", "published", "timestamp", "time"])?.text
    id = field(["id", "id_str"])?.text
    url = field(["url", "link", "permalink", "uri"])?.text
    site = field(["site", "platform", "network", "source"])?.text
    language = field(["lang", "language"])?.text.map(Language.init(tag:))
  }
}

private func isObject(_ value: JSONValue) -> Bool {
  if case .object = value { return true }
  return false
}

/// Writes a post's text: paragraphs at blank lines, X's `&amp;`-style escapes undone.
enum PostTextWriter {
  static func write(_ text: JSONString, decodeEntities: Bool, into builder: inout TextBuilder) {
    let bytes = Array(text.value.utf8)
    builder.openBlock(.paragraph)
    var index = 0
    var runIndex = 0
    var newlines = 0
    func origin(at offset: Int) -> TextOrigin {
      while runIndex + 1 < text.runs.count, text.runs[runIndex + 1].decoded <= offset {
        runIndex += 1
      }
      let run = text.runs[runIndex]
      return run.verbatim ? .verbatim(run.source + offset - run.decoded) : .near(run.source)
    }
    var segmentStart = 0
    func flush(_ end: Int) {
      guard end > segmentStart else { return }
      // Split at run boundaries so that each piece has one origin.
      var start = segmentStart
      while start < end {
        _ = origin(at: start)  // moves runIndex to the run holding `start`
        let runEnd =
          runIndex + 1 < text.runs.count ? min(end, text.runs[runIndex + 1].decoded) : end
        let pieceEnd = max(runEnd, start + 1)
        bytes.withUnsafeBufferPointer { buffer in
          builder.append(
            UnsafeBufferPointer(rebasing: buffer[start..<min(pieceEnd, end)]),
            origin: origin(at: start))
        }
        start = min(pieceEnd, end)
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A {
        newlines += 1
        if newlines == 2 {
          flush(index)
          builder.openBlock(.paragraph)
          segmentStart = index + 1
        }
        index += 1
        continue
      }
      if byte != 0x20 && byte != 0x0D { newlines = 0 }
      if decodeEntities, byte == UInt8(ascii: "&") {
        let entities: [(String, String)] = [
          ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
        ]
        if let (entity, replacement) = entities.first(where: {
          bytes[index...].starts(with: Array($0.0.utf8))
        }) {
          flush(index)
          builder.append(replacement, origin: origin(at: index).near)
          index += entity.utf8.count
          segmentStart = index
          continue
        }
      }
      index += 1
    }
    flush(bytes.count)
    builder.closeBlock()
  }
}

extension TextOrigin {
  /// The same place, no longer verbatim.
  var near: TextOrigin {
    switch self {
    case .verbatim(let offset): .near(offset)
    default: self
    }
  }
}
