/// The file format a document was read from.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
  case html
  case text
  case markdown
  case email
  case mbox
  case post
  case feed
  case transcript
}

/// What sort of writing a document is.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
  case article
  case memo
  case post
  case transcript
  case other
}

/// The language of a document's text: English, French, or undetermined.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
  case en
  case fr
  case und
}

/// What a block of text is in its document.
public enum BlockRole: String, Sendable, Hashable, Codable {
  case paragraph
  case heading
  case listItem = "list-item"
  case quote
  case cell
  /// A Markdown table row, its cells separated by "; " so that a figure keeps its row's words.
  case row = "table-row"
  case code
}

/// What a block is around an article's body: its headline, its standfirst, or a caption.
///
/// These stay in the text, since they carry claims too ("Nordane to supply 1.5 million doses"),
/// but a reader of the body alone (or a benchmark of article bodies) sets them aside.
public enum BlockPart: String, Sendable, Hashable, Codable {
  /// The article's headline.
  case headline
  /// The summary under the headline (a dek, lede or chapô).
  case standfirst
  /// A figure's caption or credit.
  case caption
}

/// A block of a document's text: a paragraph, heading, list item, quote, table cell or code block.
public struct Block: Sendable, Hashable, Codable {
  /// Where the block lies in `Document.text` (UTF-8 byte offsets, half-open).
  public var span: TextSpan
  /// What the block is.
  public var role: BlockRole
  /// Who speaks the block: a transcript turn's speaker.
  public var speaker: String?
  /// For a quoted reply in a memo, the writer being quoted, when the attribution names one.
  public var quotedAuthor: String?
  /// Whether the block is quoted from an earlier message rather than written by the sender.
  public var quoted: Bool
  /// For a table row: where each cell lies in `Document.text`, in column order (an empty cell
  /// is an empty span), and the header's text for each column when the table has a header.
  public var cells: [TextSpan]?
  public var columns: [String]?
  /// What the block is around the article's body, if it is not the body.
  public var part: BlockPart?

  /// Creates a block.
  public init(
    span: TextSpan, role: BlockRole, speaker: String? = nil, quotedAuthor: String? = nil,
    quoted: Bool = false, part: BlockPart? = nil
  ) {
    self.span = span
    self.role = role
    self.part = part
    self.speaker = speaker
    self.quotedAuthor = quotedAuthor
    self.quoted = quoted
  }
}

/// One document read from the corpus: its clean text, metadata and a map back to the source.
///
/// A container file (an mbox, a feed, a posts archive) gives one document per
/// message, item or post, with `#n` (1-based) after the path in its `id`:
///
/// ```swift
/// document.id        // "memos/thread.mbox#2"
/// document.text      // "Paragraph one.\n\nParagraph two."
/// document.blocks[1] // span 16..<30, role .paragraph
/// ```
public struct Document: Sendable, Hashable, Codable {
  /// The path relative to the corpus root, plus `#n` for the n-th document of a container.
  public var id: String
  /// The file's path relative to the corpus root, with `/` separators.
  public var path: String
  /// The format it was read from.
  public var format: DocumentFormat
  /// What sort of writing it is.
  public var kind: DocumentKind
  /// The title or subject.
  public var title: String?
  /// The author, sender or poster.
  public var author: String?
  /// The site, outlet or feed it was published on.
  public var site: String?
  /// The publication or sending date, ISO 8601 (a date, or a date and time with offset).
  public var published: String?
  /// The language of the text.
  public var language: Language
  /// The clean text: Unicode NFC, whitespace collapsed within blocks, blocks separated by a blank line.
  public var text: String
  /// The blocks, in text order.
  public var blocks: [Block]
  /// Other metadata by name, such as `to`, `cc`, `url`, `post-id`, `attachments`.
  public var metadata: [String: String]
  /// Remarks about how the document was read.
  public var warnings: [Diagnostic]
  /// Maps offsets of `text` to lines and columns of the source file.
  public var sourceMap: SourceMap

  /// Creates a document.
  public init(
    id: String, path: String, format: DocumentFormat, kind: DocumentKind, title: String? = nil,
    author: String? = nil, site: String? = nil, published: String? = nil,
    language: Language = .und, text: String, blocks: [Block], metadata: [String: String] = [:],
    warnings: [Diagnostic] = [], sourceMap: SourceMap = SourceMap()
  ) {
    self.id = id
    self.path = path
    self.format = format
    self.kind = kind
    self.title = title
    self.author = author
    self.site = site
    self.published = published
    self.language = language
    self.text = text
    self.blocks = blocks
    self.metadata = metadata
    self.warnings = warnings
    self.sourceMap = sourceMap
  }

  /// The source position of a UTF-8 byte offset into `text`.
  public func position(of offset: Int) -> SourcePosition {
    sourceMap.position(of: offset, in: text)
  }

  /// The text of a span.
  public func text(of span: TextSpan) -> Substring {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: span.start)
    let end = utf8.index(start, offsetBy: span.length)
    return text[start..<end]
  }
}
