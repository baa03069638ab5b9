/// Splits a block of text into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) before
/// whitespace and a capital, a digit or an opening quote — but not after a known
/// abbreviation ("Mr.", "Inc.", « M. ») or inside a number (`2.8`). A lone capital before
/// the stop is a name (the company X), not an initial.
enum SentenceSplitter {
  private static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "llc", "plc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs",
    "etc", "e.g", "i.e", "approx", "no", "nos", "fig", "p", "pp", "u.s", "u.k", "a.m", "p.m",
    "m", "mme", "mmes", "mlle", "me", "cf", "env", "av", "bd", "n°", "dept", "est", "gen",
    "gov", "sen", "rep", "ca", "vol", "ed", "al", "op", "cit",
  ]

  /// The sentences' ranges in `text`.
  static func split(_ text: Substring) -> [Range<String.Index>] {
    var sentences: [Range<String.Index>] = []
    let utf8 = text.utf8
    var start = text.startIndex
    var index = utf8.startIndex
    // Only sentence punctuation needs a closer look; scan bytes for it.
    while index < utf8.endIndex {
      let byte = utf8[index]
      let isStop =
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
      let isEllipsis = byte == 0xE2 && text[index...].hasPrefix("…")
      guard isStop || isEllipsis else {
        index = utf8.index(after: index)
        continue
      }
      let character: Character = isEllipsis ? "…" : Character(UnicodeScalar(byte))
      var end = text.index(after: index)
      while end < text.endIndex, "\"'”’»)]".contains(text[end]) || text[end] == "." {
        end = text.index(after: end)
      }
      guard end < text.endIndex, text[end].isWhitespace else {
        index = end
        continue
      }
      var next = end
      while next < text.endIndex, text[next].isWhitespace { next = text.index(after: next) }
      guard next < text.endIndex else { break }
      let following = text[next]
      let startsSentence =
        following.isUppercase || following.isNumber || "\"“«'‘(-–—".contains(following)
      // « L. 1233-3 », "No. 5": a lone capital before a number is a reference, not a sentence's end.
      let before = text[start..<index]
      let loneCapital =
        before.last?.isUppercase == true
        && (before.dropLast().last.map { $0.isWhitespace || $0 == "(" } ?? true)
      if startsSentence,
        character != "." || (!endsWithAbbreviation(before) && !(loneCapital && following.isNumber))
      {
        sentences.append(start..<end)
        start = next
      }
      index = next
    }
    if start < text.endIndex {
      var end = text.endIndex
      while end > start, text[text.index(before: end)].isWhitespace {
        end = text.index(before: end)
      }
      if start < end { sentences.append(start..<end) }
    }
    return sentences
  }

  private static func endsWithAbbreviation(_ text: Substring) -> Bool {
    // The last word, found by walking bytes back to a space or "(".
    let utf8 = text.utf8
    var start = utf8.endIndex
    while start > utf8.startIndex {
      let previous = utf8.index(before: start)
      let byte = utf8[previous]
      if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == UInt8(ascii: "(") { break }
      start = previous
    }
    guard utf8.distance(from: start, to: utf8.endIndex) <= 12 else { return false }
    var lower = String(Substring(utf8[start...])).lowercased()
    while let first = lower.first, !first.isLetter && !first.isNumber { lower.removeFirst() }
    while lower.hasSuffix(".") { lower.removeLast() }
    return abbreviations.contains(lower)
  }
}
