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

  /// The sentences' ranges in `text`, as offsets of its UTF-8 view.
  static func split(_ text: Substring) -> [Range<String.Index>] {
    var sentences: [Range<String.Index>] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      guard character == "." || character == "!" || character == "?" || character == "…" else {
        index = text.index(after: index)
        continue
      }
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
      let startsSentence = following.isUppercase || following.isNumber || "\"“«'‘(-–—".contains(following)
      // « L. 1233-3 », "No. 5": a lone capital before a number is a reference, not a sentence's end.
      let before = text[start..<index]
      let loneCapital = before.last?.isUppercase == true
        && (before.dropLast().last.map { $0.isWhitespace || $0 == "(" } ?? true)
      if startsSentence, character != "." || (!endsWithAbbreviation(before) && !(loneCapital && following.isNumber)) {
        sentences.append(start..<end)
        start = next
      }
      index = next
    }
    if start < text.endIndex {
      var end = text.endIndex
      while end > start, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
      if start < end { sentences.append(start..<end) }
    }
    return sentences
  }

  private static func endsWithAbbreviation(_ text: Substring) -> Bool {
    let word = text.reversed().prefix(while: { !$0.isWhitespace && $0 != "(" })
    let lower = String(word.reversed()).lowercased().trimmingCharacters(in: .punctuationCharacters.subtracting(.init(charactersIn: ".")))
    return abbreviations.contains(lower) || abbreviations.contains(lower.trimmingCharacters(in: .init(charactersIn: ".")))
  }
}

import Foundation
