import Core
import Foundation

/// Reads transcripts: paragraphs that open with a speaker's name, as in `Elon Musk: …`,
/// `**Operator** — …` or `[00:12:03] Vaibhav Taneja: …`.
enum TranscriptReader {
  /// A speaker label at the start of a line: the name, and where the spoken text starts.
  struct Label {
    var speaker: String
    var textStart: Int
  }

  /// Whether the lines read as speaker turns: at least two labelled lines, by two
  /// speakers or three turns, making up two fifths of the paragraphs or more.
  static func looksLikeTranscript(_ source: [UInt8], _ lines: [Range<Int>]) -> Bool {
    var labelled = 0
    var speakers: Set<String> = []
    var paragraphs = 0
    var previousBlank = true
    for line in lines {
      let blank = LineScanner.isBlank(source, line)
      if let label = label(source, line) {
        labelled += 1
        speakers.insert(label.speaker)
        paragraphs += 1
      } else if !blank && previousBlank {
        paragraphs += 1
      }
      previousBlank = blank
    }
    guard labelled >= 2, speakers.count >= 2 || labelled >= 3 else { return false }
    return labelled * 5 >= paragraphs * 2
  }

  /// Writes each turn as blocks carrying its speaker; returns the heading above the first turn:
  /// its title line, and the day of a line that is a date alone ("23 July 2026", « 14 mai 2026 »,
  /// "Tuesday 28 April 2026, 09:00 CET").
  static func write(_ source: [UInt8], _ lines: [Range<Int>], into builder: inout TextBuilder)
    -> (title: String?, date: String?)
  {
    var speaker: String?
    var titleLines: [Range<Int>] = []
    var headingLines: [Range<Int>] = []
    var sawTurn = false
    for line in lines {
      if LineScanner.isBlank(source, line) {
        builder.closeBlock()
        continue
      }
      var textStart = line.lowerBound
      let label = label(source, line)
      if label == nil, !sawTurn { headingLines.append(line) }
      if let label {
        speaker = label.speaker
        sawTurn = true
        textStart = label.textStart
        builder.openBlock(.paragraph, speaker: speaker)
      } else if !builder.isInBlock {
        builder.openBlock(.paragraph, speaker: speaker)
        if !sawTurn { titleLines.append(line) }
      }
      source.withUnsafeBufferPointer { buffer in
        builder.append(
          UnsafeBufferPointer(rebasing: buffer[textStart..<line.upperBound]),
          origin: .verbatim(textStart))
      }
      builder.appendSpace()
    }
    builder.closeBlock()
    let dateLine = headingLines.lazy.compactMap { line -> (Range<Int>, String)? in
      var text = MarkdownReader.plainText(source, line).trimmingCharacters(in: .whitespaces)
      // "Tuesday 28 April 2026, 09:00 CET", « mardi 28 avril 2026, 9 h »: the day, then its hour.
      if let comma = text.lastIndex(of: ","),
        case let hour = text[text.index(after: comma)...].split(separator: " "),
        let first = hour.first, first.first?.isNumber == true,
        first.contains(":") || first.hasSuffix("h") || hour.dropFirst().first == "h"
      {
        text = String(text[..<comma])
      }
      guard text.split(separator: " ").count <= 5, let day = DateParsing.iso8601(text),
        day.count == 10
      else { return nil }
      return (line, day)
    }.first
    let date = dateLine?.1
    titleLines.removeAll { $0 == dateLine?.0 }
    guard titleLines.count == 1, let line = titleLines.first else { return (nil, date) }
    return (MarkdownReader.plainText(source, line), date)
  }

  /// Reads a speaker label at the start of `line`, if there is one.
  static func label(_ source: [UInt8], _ line: Range<Int>) -> Label? {
    var index = line.lowerBound
    let end = line.upperBound
    func skipSpaces() {
      while index < end, source[index] == 0x20 || source[index] == 0x09 { index += 1 }
    }
    skipSpaces()
    // An optional timestamp: [00:12:03] or (12:03).
    if index < end, source[index] == UInt8(ascii: "[") || source[index] == UInt8(ascii: "(") {
      let close = source[index] == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")
      var probe = index + 1
      while probe < end, (source[probe] >= 0x30 && source[probe] <= 0x3A) || source[probe] == 0x2E {
        probe += 1
      }
      if probe < end, source[probe] == close, probe > index + 3 {
        index = probe + 1
        skipSpaces()
      }
    }
    var bold = false
    if index + 1 < end, source[index] == UInt8(ascii: "*"), source[index + 1] == UInt8(ascii: "*") {
      bold = true
      index += 2
    }
    let nameStart = index
    while index < end, index - nameStart <= 48 {
      let byte = source[index]
      if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "*") { break }
      index += 1
    }
    guard index < end, index > nameStart else { return nil }
    var nameEnd = index
    while nameEnd > nameStart, source[nameEnd - 1] == 0x20 || source[nameEnd - 1] == 0x09 {
      nameEnd -= 1
    }
    // French typography puts a no-break space before the colon.
    if nameEnd - 2 >= nameStart, source[nameEnd - 2] == 0xC2, source[nameEnd - 1] == 0xA0 {
      nameEnd -= 2
    }
    if nameEnd - 3 >= nameStart, source[nameEnd - 3] == 0xE2, source[nameEnd - 2] == 0x80,
      source[nameEnd - 1] == 0xAF
    {
      nameEnd -= 3
    }
    let name = String(decoding: source[nameStart..<nameEnd], as: UTF8.self)
    if bold {
      // **Name** followed by ":", "—", "–" or "-"; or **Name:**
      var probe = index
      if probe < end, source[probe] == UInt8(ascii: ":") { probe += 1 }
      guard probe + 1 < end, source[probe] == UInt8(ascii: "*"),
        source[probe + 1] == UInt8(ascii: "*")
      else { return nil }
      probe += 2
      while probe < end, source[probe] == 0x20 { probe += 1 }
      if probe < end, source[probe] == UInt8(ascii: ":") || source[probe] == UInt8(ascii: "-") {
        probe += 1
      } else if probe + 2 < end, source[probe] == 0xE2, source[probe + 1] == 0x80,
        source[probe + 2] == 0x94 || source[probe + 2] == 0x93
      {
        probe += 3
      } else if source[index] != UInt8(ascii: ":") {
        return nil
      }
      guard isSpeakerName(name) else { return nil }
      return Label(speaker: name, textStart: probe)
    }
    guard source[index] == UInt8(ascii: ":"), isSpeakerName(name) else { return nil }
    var textStart = index + 1
    guard textStart == end || source[textStart] == 0x20 || source[textStart] == 0x09 else {
      return nil
    }
    while textStart < end, source[textStart] == 0x20 { textStart += 1 }
    return Label(speaker: name, textStart: textStart)
  }

  /// A name is one to five words, each capitalised (or a particle such as "de" or "van"),
  /// of letters and `.'-&`, with an optional role in parentheses; not a prose label like "Note".
  static func isSpeakerName(_ name: String) -> Bool {
    guard !name.isEmpty, name.utf8.count <= 48 else { return false }
    var words = name.split(separator: " ")
    if let last = words.last, last.hasSuffix(")"),
      let open = words.lastIndex(where: { $0.hasPrefix("(") })
    {
      words.removeSubrange(open...)
    }
    guard (1...5).contains(words.count) else { return false }
    guard !notSpeakers.contains(words.joined(separator: " ").lowercased()) else { return false }
    for (position, word) in words.enumerated() {
      guard let first = word.first else { return false }
      let isParticle = position > 0 && particles.contains(word.lowercased())
      guard first.isUppercase || isParticle else { return false }
      guard
        word.allSatisfy({
          $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "&"
        })
      else { return false }
    }
    return true
  }

  private static let particles: Set<String> = [
    "de", "du", "van", "von", "der", "da", "di", "le", "la", "bin", "al",
  ]
  private static let notSpeakers: Set<String> = [
    "note", "notes", "update", "source", "sources", "subject", "date", "from", "to", "cc", "re",
    "fwd",
    "example", "warning", "correction", "editor's note", "disclaimer", "summary", "résumé", "objet",
    "de", "à", "mise à jour", "attention", "important", "p.s", "ps", "nb", "n.b", "tl;dr", "edit",
    "bottom line", "context", "background", "why it matters", "what's next", "the big picture",
    "key points", "highlights", "agenda", "action items", "title", "author", "tags", "q1", "q2",
    "q3",
    "q4", "h1", "h2", "fy", "total", "sent", "envoyé", "copie",
  ]
}
