import Core

/// Tells English from French by their commonest words.
///
/// Counts frequent function words of each language in the first 20,000 bytes. The
/// answer is `und` when fewer than 3 such words are found or neither language
/// leads by a clear margin; a few words of text cannot be told apart reliably.
public enum LanguageDetector {
  /// The language of `text`: `en`, `fr`, or `und` when the evidence is thin or mixed.
  public static func detect(_ text: String) -> Language {
    var english = 0
    var french = 0
    var word = ""
    var seen = 0
    func score() {
      if !word.isEmpty {
        if englishWords.contains(word) { english += 1 }
        if frenchWords.contains(word) { french += 1 }
      }
      word = ""
    }
    for character in text.prefix(20_000) {
      seen += 1
      if character.isLetter || character == "'" || character == "’" {
        word.append(contentsOf: character.lowercased())
        if character == "'" || character == "’" {
          // « l'usine », « d'euros »: the elided article counts as a word.
          word.removeLast()
          if frenchElisions.contains(word) { french += 1 }
          word = ""
        }
      } else {
        score()
      }
    }
    score()
    guard english + french >= 3 else { return .und }
    if Double(english) >= Double(french) * 1.5 { return .en }
    if Double(french) >= Double(english) * 1.5 { return .fr }
    return .und
  }

  private static let englishWords: Set<String> = [
    "the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "are", "by", "this",
    "from", "have", "has", "had", "will", "would", "its", "it", "at", "be", "which", "were",
    "their", "said", "than", "more", "about", "been", "after", "they", "we", "our", "not", "but",
  ]
  private static let frenchWords: Set<String> = [
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "pour", "dans", "que", "qui",
    "sur", "au", "aux", "par", "pas", "plus", "ont", "été", "sont", "avec", "ce", "cette", "ses",
    "son", "sa", "selon", "mais", "nous", "il", "elle", "ils", "a", "leur", "entre",
  ]
  private static let frenchElisions: Set<String> = ["l", "d", "qu", "n", "s", "c", "j", "jusqu"]
}
