import Core

/// Splits a block of text into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) before
/// whitespace and a capital, a digit or an opening quote — but not after a known
/// abbreviation ("Mr.", "Inc.", « M. ») or inside a number (`2.8`). A lone capital before
/// the stop is a name (the company X), not an initial.
enum SentenceSplitter {
  private static let abbreviations: WordSet = [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "llc", "plc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs",
    "etc", "e.g", "i.e", "approx", "no", "nos", "fig", "p", "pp", "u.s", "u.k", "a.m", "p.m",
    "m", "mme", "mmes", "mlle", "me", "cf", "env", "av", "bd", "n°", "dept", "est", "gen",
    "gov", "sen", "rep", "ca", "vol", "ed", "al", "op", "cit",
  ]

  /// The sentences' ranges in `text`.
  ///
  /// Read by bytes to the punctuation, then by Unicode scalars around it: no character
  /// (grapheme) is formed, as this runs over every block of a corpus.
  static func split(_ text: Substring) -> [Range<String.Index>] {
    // Only sentence punctuation needs a closer look: its bytes are found through a pointer
    // when the text is contiguous (a substring of a native string is), else through the view.
    let utf8 = text.utf8
    return utf8.withContiguousStorageIfAvailable { bytes in
      split(text) { index in
        var offset = utf8.distance(from: utf8.startIndex, to: index)
        while offset < bytes.count, !mayEnd(bytes[offset]) { offset += 1 }
        return utf8.index(utf8.startIndex, offsetBy: offset)
      }
    } ?? split(text) { index in utf8[index...].firstIndex(where: mayEnd) ?? utf8.endIndex }
  }

  /// Whether a byte may end a sentence: a stop, or the first byte of "…" (and of other
  /// characters, told apart after).
  private static func mayEnd(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
      || byte == 0xE2
  }

  /// `nextCandidate` gives the first index at or after an index whose byte `mayEnd`, or the
  /// end index; the scan only moves forward, so the text is read once.
  private static func split(
    _ text: Substring, nextCandidate: (String.Index) -> String.Index
  ) -> [Range<String.Index>] {
    var sentences: [Range<String.Index>] = []
    let utf8 = text.utf8
    let scalars = text.unicodeScalars
    var start = text.startIndex
    var index = utf8.startIndex
    while index < utf8.endIndex {
      index = nextCandidate(index)
      guard index < utf8.endIndex else { break }
      let byte = utf8[index]
      // (A candidate is ".", "!" or "?", or the lead byte 0xE2 of "…" and other characters.)
      let isStop = byte != 0xE2
      let isEllipsis = byte == 0xE2 && scalars[index] == "…"
      guard isStop || isEllipsis else {
        index = utf8.index(after: index)
        continue
      }
      var end = scalars.index(after: index)
      while end < scalars.endIndex, closers.contains(scalars[end].value) {
        end = scalars.index(after: end)
      }
      guard end < scalars.endIndex, isSpace(scalars[end]) else {
        index = end
        continue
      }
      var next = end
      while next < scalars.endIndex, isSpace(scalars[next]) { next = scalars.index(after: next) }
      guard next < scalars.endIndex else { break }
      let following = scalars[next]
      let startsSentence =
        isUpper(following) || following.properties.numericType != nil
        || openers.contains(following.value)
      // « L. 1233-3 », "No. 5": a lone capital before a number is a reference, not a sentence's end.
      var loneCapital = false
      if index > start {
        let last = scalars.index(before: index)
        if isUpper(scalars[last]) {
          loneCapital =
            last == start
            || {
              let previous = scalars[scalars.index(before: last)]
              return isSpace(previous) || previous == "("
            }()
        }
      }
      if startsSentence,
        byte != UInt8(ascii: ".")
          || (!endsWithAbbreviation(text[start..<index])
            && !(loneCapital && following.properties.numericType != nil))
      {
        sentences.append(start..<end)
        start = next
      }
      index = next
    }
    if start < text.endIndex {
      var end = text.endIndex
      while end > start, isSpace(scalars[scalars.index(before: end)]) {
        end = scalars.index(before: end)
      }
      if start < end { sentences.append(start..<end) }
    }
    return sentences
  }

  /// What may close a sentence after its stop: quotes, brackets, more stops.
  private static let closers: Set<UInt32> = Set("\"'”’»)].".unicodeScalars.map(\.value))
  /// What may open a sentence besides a capital or a digit: quotes, a bracket, dashes.
  private static let openers: Set<UInt32> = Set("\"“«'‘(-–—".unicodeScalars.map(\.value))

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      ? scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D)
      : scalar.properties.isWhitespace
  }

  private static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? scalar.value >= 0x41 && scalar.value <= 0x5A : scalar.properties.isUppercase
  }

  /// `endsWithAbbreviation` read from the bytes, when the last word is ASCII (nil when not):
  /// ASCII letters and digits are the only ASCII characters that are letters or numbers, and
  /// lower-casing keeps them so.
  private static func asciiEndsWithAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    var start = bytes.count
    while start > 0 {
      let byte = bytes[start - 1]
      if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == UInt8(ascii: "(") { break }
      if byte >= 0x80 { return nil }
      start -= 1
      if bytes.count - start > 12 { return false }
    }
    func isLetterOrDigit(_ byte: UInt8) -> Bool {
      (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || (byte >= 0x30 && byte <= 0x39)
    }
    var end = bytes.count
    while start < end, !isLetterOrDigit(bytes[start]) { start += 1 }
    while end > start, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    return abbreviations.contains(word.lowercased())
  }

  private static func endsWithAbbreviation(_ text: Substring) -> Bool {
    if let ascii = text.utf8.withContiguousStorageIfAvailable(asciiEndsWithAbbreviation),
      let answer = ascii
    {
      return answer
    }
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
    var lower = String(Substring(utf8[start...])).lowercasedByScalar()
    while let first = lower.first, !first.isLetter && !first.isNumber { lower.removeFirst() }
    while lower.hasSuffix(".") { lower.removeLast() }
    return abbreviations.contains(lower)
  }
}
