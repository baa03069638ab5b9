import Core

/// Picks the reader for a file from its name, and from its first bytes where the name says little.
enum FormatRouter {
  enum Route {
    case reader(any DocumentReader)
    case unsupported(String)
  }

  static func route(path: String, bytes: [UInt8]) -> Route {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let lowerName = name.lowercased()
    let ext = lowerName.contains(".") ? String(lowerName.split(separator: ".").last ?? "") : ""
    // A report Tally wrote, left in the corpus, is not a document: its claims are the corpus's
    // own, quoted.
    if let report = tallyReport(bytes, ext: ext) {
      return .unsupported("a Tally report (\(report)), not read as a document")
    }
    switch ext {
    case "html", "htm", "xhtml", "shtml":
      return .reader(HTMLDocumentReader())
    case "txt", "text":
      return .reader(PlainTextReader(markdown: false))
    case "md", "markdown", "mdown", "mkd":
      return .reader(PlainTextReader(markdown: true))
    case "eml":
      return .reader(EmailReader())
    case "mbox", "mbx":
      return .reader(MboxReader())
    case "json", "jsonl", "ndjson":
      return .reader(PostsReader())
    case "js":
      if bytes.starts(with: Array("window.YTD.".utf8)) {
        if lowerName.hasPrefix("tweet") || lowerName.hasPrefix("note-tweet")
          || lowerName.hasPrefix("community-tweet")
        {
          return .reader(PostsReader())
        }
        return .unsupported(
          "X archive metadata, not posts (account.js names the author of tweets.js)")
      }
      return .unsupported("JavaScript source, not a document")
    case "xml", "rss", "atom", "rdf":
      return .reader(FeedReader())
    case "csv", "tsv", "yml", "yaml", "toml", "ini", "cfg":
      return .unsupported(
        "data or configuration file (.\(ext)), not a document; ledgers and tally.yml are read by 'tally check'"
      )
    case "":
      return sniff(bytes)
    default:
      return .unsupported("unsupported file type '.\(ext)'")
    }
  }

  /// Files without an extension: an mbox starts with "From ", a page with "<".
  private static func sniff(_ bytes: [UInt8]) -> Route {
    if bytes.starts(with: Array("From ".utf8)) { return .reader(MboxReader()) }
    let start = bytes.drop(while: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }).prefix(
      15)
    let lower = String(decoding: start, as: UTF8.self).lowercased()
    if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") {
      return .reader(HTMLDocumentReader())
    }
    if lower.hasPrefix("<?xml") { return .reader(FeedReader()) }
    return .unsupported("no file extension, and the content is neither an mbox nor HTML")
  }

  /// The format of a report or listing Tally wrote, when `bytes` are one (`TallyReportSniffer`).
  static func tallyReport(_ bytes: [UInt8], ext: String) -> String? {
    TallyReportSniffer.format(of: bytes, ext: ext)
  }
}

/// Reads `.html` pages: main content, metadata, and the browser's encoding rules.
struct HTMLDocumentReader: DocumentReader {
  func read(_ bytes: [UInt8], _ context: ReadContext) -> Result<ReadOutput, ReadFailure> {
    let decoded = SourceDecoder.decode(bytes, declared: CharsetPrescan.declaredCharset(in: bytes))
    let content = HTMLReader.readPage(decoded.bytes)
    var document = Document(
      id: context.path, path: context.path, format: .html,
      kind: context.kindFromFolder ?? .article, title: content.title, author: content.author,
      site: content.site, published: content.published, text: content.text,
      blocks: content.blocks, warnings: decoded.warnings + content.warnings,
      sourceMap: content.sourceMap)
    if decoded.encoding != "utf-8" { document.metadata["encoding"] = decoded.encoding }
    document.settleLanguage(declared: content.language)
    return .success(ReadOutput(documents: [document]))
  }
}
