import Core

/// Reads Markdown into blocks, dropping its markup while every text byte keeps its source position.
///
/// Block forms: ATX and setext headings, paragraphs, `>` quotes, `-`/`*`/`+`/`1.` list
/// items, pipe tables (one block per row, cells separated by "; "), fenced code. Inline markup removed:
/// emphasis, strong, strikethrough, links and images (their text or alt text is kept),
/// inline code ticks, autolink brackets and backslash escapes.
enum MarkdownReader {
  /// Writes the blocks; returns the text of the first level-1 heading, as a title.
  static func write(_ source: [UInt8], _ lines: [Range<Int>], into builder: inout TextBuilder)
    -> String?
  {
    var title: String?
    var index = 0
    var paragraphRole: BlockRole?
    func closeParagraph() {
      builder.closeBlock()
      paragraphRole = nil
    }
    while index < lines.count {
      let line = lines[index]
      let content = firstNonSpace(source, line)
      let indent = content - line.lowerBound
      if LineScanner.isBlank(source, line) {
        closeParagraph()
        index += 1
        continue
      }
      // Fenced code.
      if indent < 4, let fence = fenceMarker(source, from: content, end: line.upperBound) {
        closeParagraph()
        builder.openBlock(.code)
        index += 1
        while index < lines.count {
          let codeLine = lines[index]
          let codeStart = firstNonSpace(source, codeLine)
          if fenceMarker(source, from: codeStart, end: codeLine.upperBound) == fence { break }
          appendVerbatim(source, codeLine, into: &builder)
          builder.appendSpace()
          index += 1
        }
        builder.closeBlock()
        index += 1
        continue
      }
      // Reference definitions: [id]: url
      if source[content] == UInt8(ascii: "["),
        isReferenceDefinition(source, content, line.upperBound)
      {
        closeParagraph()
        index += 1
        continue
      }
      // ATX heading.
      if indent < 4,
        let (level, textStart) = atxHeading(source, from: content, end: line.upperBound)
      {
        closeParagraph()
        builder.openBlock(.heading)
        var textEnd = line.upperBound
        while textEnd > textStart,
          source[textEnd - 1] == UInt8(ascii: "#") || source[textEnd - 1] == 0x20
        {
          textEnd -= 1
        }
        writeInline(source, textStart..<textEnd, into: &builder)
        builder.closeBlock()
        if level == 1, title == nil { title = plainText(source, textStart..<textEnd) }
        index += 1
        continue
      }
      // Thematic break, or a setext underline for the paragraph above.
      if indent < 4, isRule(source, from: content, end: line.upperBound) {
        if paragraphRole == .paragraph,
          source[content] == UInt8(ascii: "-") || source[content] == UInt8(ascii: "=")
        {
          builder.relabelOpenBlock(.heading)
        }
        closeParagraph()
        index += 1
        continue
      }
      if paragraphRole == .paragraph, indent < 4,
        isSetextEquals(source, from: content, end: line.upperBound)
      {
        builder.relabelOpenBlock(.heading)
        closeParagraph()
        index += 1
        continue
      }
      // Table: a header row, a delimiter row, then body rows. A header has a pipe: without
      // one ("Intro" over "---|---") no row would be read and the line never passed.
      if source[lines[index]].contains(UInt8(ascii: "|")),
        source[content] == UInt8(ascii: "|")
          || (paragraphRole == nil && index + 1 < lines.count
            && isTableDelimiter(source, lines[index + 1]))
      {
        if index + 1 < lines.count,
          isTableDelimiter(source, lines[index + 1]) || source[content] == UInt8(ascii: "|")
        {
          closeParagraph()
          // A header row (the one before the delimiter) names the columns of the rows below it.
          var columns: [String]?
          if index + 1 < lines.count, isTableDelimiter(source, lines[index + 1]) {
            columns = tableCells(source, lines[index]).map { cell in
              String(decoding: source[cell], as: UTF8.self)
            }
          }
          var row = 0
          while index < lines.count, !LineScanner.isBlank(source, lines[index]),
            source[lines[index]].contains(UInt8(ascii: "|"))
          {
            if !isTableDelimiter(source, lines[index]) {
              writeTableRow(
                source, lines[index], columns: row > 0 ? columns : nil, into: &builder)
              row += 1
            }
            index += 1
          }
          continue
        }
      }
      // Block quote: strip the markers, read the rest as a quote paragraph.
      if source[content] == UInt8(ascii: ">") {
        if paragraphRole != .quote {
          closeParagraph()
          builder.openBlock(.quote, quoted: false)
          paragraphRole = .quote
        }
        var textStart = content
        while textStart < line.upperBound,
          source[textStart] == UInt8(ascii: ">") || source[textStart] == 0x20
        {
          textStart += 1
        }
        if textStart >= line.upperBound {
          closeParagraph()
        } else {
          writeInline(source, textStart..<line.upperBound, into: &builder)
          builder.appendSpace()
        }
        index += 1
        continue
      }
      // List item.
      if let textStart = listItemStart(source, from: content, end: line.upperBound) {
        closeParagraph()
        builder.openBlock(.listItem)
        paragraphRole = .listItem
        writeInline(source, textStart..<line.upperBound, into: &builder)
        builder.appendSpace()
        index += 1
        continue
      }
      // Paragraph text, or the continuation of a list item or quote.
      if paragraphRole == nil {
        builder.openBlock(.paragraph)
        paragraphRole = .paragraph
      }
      writeInline(source, content..<line.upperBound, into: &builder)
      builder.appendSpace()
      index += 1
    }
    builder.closeBlock()
    return title
  }

  /// The text of a line with its inline markup removed.
  static func plainText(_ source: [UInt8], _ range: Range<Int>) -> String {
    var builder = TextBuilder(source: source)
    writeInline(source, range, into: &builder)
    return builder.finish().text
  }

  // MARK: - Inline markup

  /// Writes a line's text without emphasis, link and code markup, as verbatim runs.
  static func writeInline(_ source: [UInt8], _ range: Range<Int>, into builder: inout TextBuilder) {
    var runStart = range.lowerBound
    var index = range.lowerBound
    let end = range.upperBound
    func flush(to stop: Int) {
      if stop > runStart {
        source.withUnsafeBufferPointer { buffer in
          builder.append(
            UnsafeBufferPointer(rebasing: buffer[runStart..<stop]), origin: .verbatim(runStart))
        }
      }
    }
    func skip(_ count: Int) {
      flush(to: index)
      index += count
      runStart = index
    }
    while index < end {
      let byte = source[index]
      switch byte {
      case UInt8(ascii: "\\"):
        if index + 1 < end, isPunctuation(source[index + 1]) {
          skip(1)
          index += 1
        } else {
          index += 1
        }
      case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
        var runEnd = index
        while runEnd < end, source[runEnd] == byte { runEnd += 1 }
        let before: UInt8 = index > range.lowerBound ? source[index - 1] : 0x20
        let after: UInt8 = runEnd < end ? source[runEnd] : 0x20
        let opens =
          !isSpace(after) && (byte != UInt8(ascii: "_") || isSpace(before) || isPunctuation(before))
        let closes =
          !isSpace(before) && (byte != UInt8(ascii: "_") || isSpace(after) || isPunctuation(after))
        let isTildeRun = byte == UInt8(ascii: "~") && runEnd - index < 2
        if (opens || closes) && !isTildeRun {
          skip(runEnd - index)
        } else {
          index = runEnd
        }
      case UInt8(ascii: "`"):
        var ticks = index
        while ticks < end, source[ticks] == UInt8(ascii: "`") { ticks += 1 }
        let count = ticks - index
        if let close = findRun(source, of: UInt8(ascii: "`"), count: count, from: ticks, end: end) {
          skip(count)
          index = close
          flush(to: index)
          index += count
          runStart = index
        } else {
          index = ticks
        }
      case UInt8(ascii: "!"):
        if index + 1 < end, source[index + 1] == UInt8(ascii: "["),
          let (textEnd, linkEnd) = linkParts(source, from: index + 1, end: end)
        {
          skip(2)
          index = textEnd
          flush(to: index)
          index = linkEnd
          runStart = index
        } else {
          index += 1
        }
      case UInt8(ascii: "["):
        if let (textEnd, linkEnd) = linkParts(source, from: index, end: end) {
          skip(1)
          // The link text may hold emphasis of its own.
          let inner = index..<textEnd
          flush(to: index)
          writeInline(source, inner, into: &builder)
          index = linkEnd
          runStart = index
        } else {
          index += 1
        }
      case UInt8(ascii: "<"):
        var close = index + 1
        while close < end, source[close] != UInt8(ascii: ">"), source[close] != 0x20 { close += 1 }
        let inner = String(decoding: source[(index + 1)..<min(close, end)], as: UTF8.self)
        if close < end, source[close] == UInt8(ascii: ">"),
          inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:")
        {
          skip(1)
          index = close
          flush(to: index)
          index += 1
          runStart = index
        } else {
          index += 1
        }
      default:
        index += 1
      }
    }
    flush(to: end)
  }

  /// For `[text](url)` or `[text][ref]` starting at `open`: where the text ends and the link ends.
  private static func linkParts(_ source: [UInt8], from open: Int, end: Int) -> (Int, Int)? {
    var depth = 0
    var index = open
    var textEnd: Int?
    while index < end {
      if source[index] == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if source[index] == UInt8(ascii: "[") { depth += 1 }
      if source[index] == UInt8(ascii: "]") {
        depth -= 1
        if depth == 0 {
          textEnd = index
          break
        }
      }
      index += 1
    }
    guard let textEnd, textEnd + 1 < end else { return nil }
    let opener = source[textEnd + 1]
    let closer: UInt8
    switch opener {
    case UInt8(ascii: "("): closer = UInt8(ascii: ")")
    case UInt8(ascii: "["): closer = UInt8(ascii: "]")
    default: return nil
    }
    var close = textEnd + 2
    var parens = 0
    while close < end {
      if source[close] == UInt8(ascii: "(") && closer == UInt8(ascii: ")") { parens += 1 }
      if source[close] == closer {
        if parens == 0 { return (textEnd, close + 1) }
        parens -= 1
      }
      close += 1
    }
    return nil
  }

  private static func findRun(
    _ source: [UInt8], of byte: UInt8, count: Int, from start: Int, end: Int
  ) -> Int? {
    var index = start
    while index < end {
      if source[index] == byte {
        var runEnd = index
        while runEnd < end, source[runEnd] == byte { runEnd += 1 }
        if runEnd - index == count { return index }
        index = runEnd
      } else {
        index += 1
      }
    }
    return nil
  }

  // MARK: - Block helpers

  private static func appendVerbatim(
    _ source: [UInt8], _ line: Range<Int>, into builder: inout TextBuilder
  ) {
    source.withUnsafeBufferPointer { buffer in
      builder.append(
        UnsafeBufferPointer(rebasing: buffer[line]), origin: .verbatim(line.lowerBound))
    }
  }

  /// The cells of a table line, trimmed, without the outer pipes' empty cells.
  private static func tableCells(_ source: [UInt8], _ line: Range<Int>) -> [Range<Int>] {
    var cells: [Range<Int>] = []
    var cellStart = line.lowerBound
    var index = line.lowerBound
    while index <= line.upperBound {
      if index == line.upperBound
        || (source[index] == UInt8(ascii: "|")
          && (index == 0 || source[index - 1] != UInt8(ascii: "\\")))
      {
        var start = cellStart
        var end = index
        while start < end, source[start] == 0x20 || source[start] == 0x09 { start += 1 }
        while end > start, source[end - 1] == 0x20 || source[end - 1] == 0x09 { end -= 1 }
        cells.append(start..<end)
        cellStart = index + 1
      }
      index += 1
    }
    // "| a | b |": the pipes at either end open and close the row, not empty cells.
    if source[firstNonSpace(source, line)] == UInt8(ascii: "|"), cells.first?.isEmpty == true {
      cells.removeFirst()
    }
    if cells.count > 1, cells.last?.isEmpty == true,
      source[line].last(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "|")
    {
      cells.removeLast()
    }
    return cells
  }

  private static func writeTableRow(
    _ source: [UInt8], _ line: Range<Int>, columns: [String]?, into builder: inout TextBuilder
  ) {
    // One block per row: "AI-related spend this year; Musk post, April 2024; ~$10 billion"
    // reads as a sentence whose figure keeps what it is and who gave it; the block keeps where
    // each cell is, and the header's name for it.
    builder.openBlock(.row)
    var spans: [TextSpan] = []
    for cell in tableCells(source, line) {
      guard !cell.isEmpty else {
        spans.append(TextSpan(start: builder.nextTextOffset, end: builder.nextTextOffset))
        continue
      }
      if builder.openBlockHasText {
        builder.append(";", origin: .near(cell.lowerBound - 1))
        builder.appendSpace()
      }
      let before = builder.byteCount
      let start = builder.nextTextOffset
      writeInline(source, cell, into: &builder)
      // A cell of markup only ("**") writes nothing: an empty span where the text stands.
      let end = builder.byteCount
      spans.append(
        end == before ? TextSpan(start: end, end: end) : TextSpan(start: start, end: end))
    }
    builder.setOpenBlockCells(spans, columns: columns)
    builder.closeBlock()
  }

  private static func firstNonSpace(_ source: [UInt8], _ line: Range<Int>) -> Int {
    var index = line.lowerBound
    while index < line.upperBound, source[index] == 0x20 || source[index] == 0x09 { index += 1 }
    return min(index, max(line.lowerBound, line.upperBound - 1))
  }

  private static func fenceMarker(_ source: [UInt8], from start: Int, end: Int) -> UInt8? {
    guard start + 3 <= end else { return nil }
    let byte = source[start]
    guard byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~"),
      source[start + 1] == byte, source[start + 2] == byte
    else { return nil }
    return byte
  }

  private static func atxHeading(_ source: [UInt8], from start: Int, end: Int) -> (Int, Int)? {
    var index = start
    while index < end, source[index] == UInt8(ascii: "#") { index += 1 }
    let level = index - start
    guard (1...6).contains(level), index == end || source[index] == 0x20 || source[index] == 0x09
    else {
      return nil
    }
    while index < end, source[index] == 0x20 || source[index] == 0x09 { index += 1 }
    return (level, index)
  }

  private static func isRule(_ source: [UInt8], from start: Int, end: Int) -> Bool {
    let byte = source[start]
    guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") else {
      return false
    }
    var count = 0
    for index in start..<end {
      if source[index] == byte {
        count += 1
      } else if source[index] != 0x20 && source[index] != 0x09 {
        return false
      }
    }
    return count >= 3
  }

  private static func isSetextEquals(_ source: [UInt8], from start: Int, end: Int) -> Bool {
    var index = start
    while index < end, source[index] == UInt8(ascii: "=") { index += 1 }
    guard index > start else { return false }
    while index < end, source[index] == 0x20 { index += 1 }
    return index == end
  }

  private static func isTableDelimiter(_ source: [UInt8], _ line: Range<Int>) -> Bool {
    var sawDash = false
    for byte in source[line] {
      switch byte {
      case UInt8(ascii: "-"): sawDash = true
      case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, 0x09: continue
      default: return false
      }
    }
    return sawDash && source[line].contains(UInt8(ascii: "|"))
  }

  private static func isReferenceDefinition(_ source: [UInt8], _ start: Int, _ end: Int) -> Bool {
    var index = start + 1
    while index < end, source[index] != UInt8(ascii: "]") { index += 1 }
    return index + 1 < end && source[index + 1] == UInt8(ascii: ":") && index > start + 1
  }

  private static func listItemStart(_ source: [UInt8], from start: Int, end: Int) -> Int? {
    let byte = source[start]
    var index = start
    if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
      index += 1
    } else {
      while index < end, source[index] >= 0x30 && source[index] <= 0x39, index - start < 9 {
        index += 1
      }
      guard index > start, index < end,
        source[index] == UInt8(ascii: ".") || source[index] == UInt8(ascii: ")")
      else { return nil }
      index += 1
    }
    guard index < end, source[index] == 0x20 || source[index] == 0x09 else { return nil }
    while index < end, source[index] == 0x20 || source[index] == 0x09 { index += 1 }
    return index < end ? index : nil
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func isPunctuation(_ byte: UInt8) -> Bool {
    (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
      || (byte >= 0x5B && byte <= 0x60)
      || (byte >= 0x7B && byte <= 0x7E)
  }
}
