import Core
import Foundation

/// Reads `.txt` and `.md` files: front matter, paragraphs or Markdown blocks, or transcript turns.
struct PlainTextReader: DocumentReader {
  /// Whether Markdown markup is read as markup.
  var markdown: Bool

  func read(_ bytes: [UInt8], _ context: ReadContext) -> Result<ReadOutput, ReadFailure> {
    let decoded = SourceDecoder.decode(bytes, declared: nil)
    let source = decoded.bytes
    let matter = FrontMatter.read(source)
    let lines = LineScanner.lines(source, from: matter?.bodyStart ?? 0)
    let isTranscript =
      matter?.kind == .transcript
      || (matter?.kind == nil && TranscriptReader.looksLikeTranscript(source, lines))
    var builder = TextBuilder(source: source)
    var title = matter?.title
    var headingDate: String?
    if isTranscript {
      let heading = TranscriptReader.write(source, lines, into: &builder)
      if title == nil { title = heading.title }
      headingDate = heading.date
    } else if markdown {
      let heading = MarkdownReader.write(source, lines, into: &builder)
      if title == nil { title = heading }
    } else {
      let heading = Self.writeParagraphs(source, lines, into: &builder)
      if title == nil { title = heading }
    }
    let (text, blocks, sourceMap) = builder.finish()
    // Without front matter, a date in the heading, or a dateline opening one of the first three
    // paragraphs (before it, a heading and a label such as "PRESS RELEASE"), dates the document.
    let datelines = blocks.prefix(3).lazy.compactMap { block in
      DateParsing.dateline(
        in: Substring(
          text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: block.span.start)...]),
        anywhere: false)
    }
    let published =
      matter?.date ?? title.flatMap { DateParsing.dateline(in: Substring($0), anywhere: true) }
      ?? headingDate ?? datelines.first
    let format: DocumentFormat = isTranscript ? .transcript : (markdown ? .markdown : .text)
    let defaultKind: DocumentKind = isTranscript ? .transcript : .other
    var document = Document(
      id: context.path, path: context.path, format: format,
      kind: matter?.kind ?? context.kindFromFolder ?? defaultKind, title: title,
      author: matter?.author ?? matter?.speaker, site: matter?.site, published: published,
      text: text, blocks: blocks, metadata: matter?.extra ?? [:],
      warnings: decoded.warnings + (matter?.warnings ?? []), sourceMap: sourceMap)
    if isTranscript, let speaker = matter?.speaker {
      for index in document.blocks.indices where document.blocks[index].speaker == nil {
        document.blocks[index].speaker = speaker
      }
    }
    document.settleLanguage(declared: matter?.language)
    return .success(ReadOutput(documents: [document]))
  }

  /// Paragraphs separated by blank lines.
  ///
  /// Returns a title: a lone short first line above the rest.
  static func writeParagraphs(
    _ source: [UInt8], _ lines: [Range<Int>], into builder: inout TextBuilder
  )
    -> String?
  {
    var title: String?
    var paragraphLines = 0
    var paragraphs = 0
    var firstParagraph: Range<Int>?
    for line in lines {
      if LineScanner.isBlank(source, line) {
        builder.closeBlock()
        if paragraphLines > 0 { paragraphs += 1 }
        paragraphLines = 0
        continue
      }
      if !builder.isInBlock {
        builder.openBlock(.paragraph)
        if paragraphs == 0 { firstParagraph = line }
      }
      paragraphLines += 1
      if paragraphs == 0 && paragraphLines > 1 { firstParagraph = nil }
      source.withUnsafeBufferPointer { buffer in
        builder.append(
          UnsafeBufferPointer(rebasing: buffer[line]), origin: .verbatim(line.lowerBound))
      }
      builder.appendSpace()
    }
    builder.closeBlock()
    if let firstParagraph, firstParagraph.count <= 120, lines.count > 2 {
      title = String(decoding: source[firstParagraph], as: UTF8.self)
        .trimmingCharacters(in: .whitespaces)
    }
    return title
  }
}
