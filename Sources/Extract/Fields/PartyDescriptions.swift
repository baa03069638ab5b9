import Core

/// Phrases that stand for a configured entity ("the automaker", « le constructeur »), so that a
/// move told by description ("booked for the automaker to the social app", « réservées au
/// constructeur ») has its parties.
struct PartyDescriptions: Sendable {
  /// Each phrase as lower-case token words, longest first, with the entity it names.
  private let phrases: [(words: [String], name: String)]

  /// `descriptions`: each phrase, as configured, to the entity's name.
  init(_ descriptions: [String: String]) {
    phrases = descriptions.compactMap { phrase, name -> (words: [String], name: String)? in
      let tokens = Tokenizer.tokenize(phrase.lowercased()[...], baseOffset: 0)
      return tokens.isEmpty ? nil : (tokens.map(\.lower), name)
    }
    // A total order, so that the order of tally.yml's mapping never shows.
    .sorted {
      ($0.words.count, $0.name, $0.words.joined(separator: " "))
        > ($1.words.count, $1.name, $1.words.joined(separator: " "))
    }
  }

  var isEmpty: Bool { phrases.isEmpty }

  /// The entity a description starting at `index` names, and its last token.
  ///
  /// After « au », « aux », « du » or « des », the description's article is in the contraction
  /// (« au constructeur » for « le constructeur »).
  func match(at index: Int, in tokens: [Token]) -> (String, Int)? {
    guard index < tokens.count else { return nil }
    let contracted = index > 0 && Self.contractions.contains(tokens[index - 1].lower)
    // The longest match wins, counted as matched (« au constructeur » is one word long).
    var best: (name: String, end: Int)?
    for (words, name) in phrases {
      var wanted = words[...]
      if contracted, let first = wanted.first, Self.articles.contains(first), wanted.count > 1 {
        wanted = wanted.dropFirst()
      }
      let end = index + wanted.count
      guard end <= tokens.count, end - 1 > best?.end ?? -1,
        zip(wanted, tokens[index..<end]).allSatisfy({ $0 == $1.lower })
      else { continue }
      best = (name, end - 1)
    }
    return best
  }

  private static let contractions: Set<String> = ["au", "aux", "du", "des"]
  private static let articles: Set<String> = ["le", "la", "les"]
}
