import Core

/// Phrases that stand for a configured entity ("the automaker", « le constructeur »), so that a
/// move told by description ("booked for the automaker to the social app", « réservées au
/// constructeur ») has its parties.
struct PartyDescriptions: Sendable {
  /// Each phrase as lower-case token words, longest first, with the entity it names.
  private let phrases: [(words: [String], name: String)]
  /// The common noun at the head of each entity's descriptions and aliases ("group" in "the
  /// French group", « clinique » in « clinique des Tanneurs »), to the entities it heads.
  private let heads: [String: [String]]
  /// Entities by how recently the document named them, the latest highest: "the group" is
  /// the group named last.
  var recent: [String: Int] = [:]
  /// The organisation of whoever says the sentence, and the nouns any organisation goes by
  /// ("the company", « la société »): in what a company's people say, such a noun is theirs.
  var speakerParty: String?
  var organisationNouns: WordSet = []

  /// `descriptions`: each phrase, as configured, to the entity's name; `aliases`: each name
  /// and alias to the entity's name.
  init(_ descriptions: [String: String], aliases: [String: String] = [:]) {
    // An alias written lower-case (« clinique des Tanneurs ») is found as a description is.
    let lowerCaseAliases = aliases.filter { $0.key.first?.isLowercase == true }
    phrases = descriptions.merging(lowerCaseAliases, uniquingKeysWith: { first, _ in first })
      .compactMap { phrase, name -> (words: [String], name: String)? in
        let tokens = Tokenizer.tokenize(phrase.lowercased()[...], baseOffset: 0)
        return tokens.isEmpty ? nil : (tokens.map(\.lower), name)
      }
      // A total order, so that the order of tally.yml's mapping never shows.
      .sorted {
        ($0.words.count, $0.name, $0.words.joined(separator: " "))
          > ($1.words.count, $1.name, $1.words.joined(separator: " "))
      }
    var heads: [String: WordSet] = [:]
    for (phrase, name) in descriptions.merging(aliases, uniquingKeysWith: { first, _ in first }) {
      if let head = Self.head(of: phrase) { heads[head, default: []].insert(name) }
    }
    self.heads = heads.mapValues { $0.sorted() }
    // « Société de transport de la Batiscan »: a configured name with lower-case words inside
    // is more than a run of capitalised words finds; so is one of more than three words ("Red
    // Coulee Custom Harvesting").
    longNames = aliases.compactMap { phrase, name -> (words: [String], name: String)? in
      let tokens = Tokenizer.tokenize(phrase[...], baseOffset: 0)
      guard tokens.count >= 3, tokens.first?.isCapitalised == true,
        tokens.dropFirst().contains(where: {
          $0.kind == .word && $0.startsLowercase && $0.text.count >= 2
        }) || tokens.filter({ $0.kind == .word }).count > 3
      else { return nil }
      return (tokens.map(\.lower), name)
    }
    .sorted {
      ($0.words.count, $0.name, $0.words.joined(separator: " "))
        > ($1.words.count, $1.name, $1.words.joined(separator: " "))
    }
    names = Dictionary(
      aliases.map { (FirstPerson.key($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
  }

  /// Configured names and aliases with lower-case words inside, as lower-case token words,
  /// longest first, with the entity each names.
  private let longNames: [(words: [String], name: String)]

  /// The entity a configured name with lower-case words inside names, when one starts at
  /// `index` (« Société de transport de la Batiscan » is one name, not « Société »), and its
  /// last token.
  func longName(at index: Int, in tokens: [Token]) -> (String, Int)? {
    guard !longNames.isEmpty, index < tokens.count, tokens[index].isCapitalised else {
      return nil
    }
    for (words, name) in longNames
    where index + words.count <= tokens.count && words[0] == tokens[index].lower {
      if tokens.lowers(index..<tokens.count, spell: words) {
        return (name, index + words.count - 1)
      }
    }
    return nil
  }

  /// Each entity's name and aliases, as `FirstPerson.key`s, to its name.
  private let names: [String: String]

  var isEmpty: Bool { phrases.isEmpty && heads.isEmpty && longNames.isEmpty }

  /// Whether `name` is a configured entity's name or alias.
  func isEntity(_ name: String) -> Bool { names[FirstPerson.key(name)] != nil }

  /// The head noun of a phrase: after an article or when it opens the phrase, the first
  /// lower-case word (« le groupe tourangeau », « clinique des Tanneurs »); else the last
  /// ("the French group", "Tanneurs clinic").
  private static func head(of phrase: String) -> String? {
    let tokens = Tokenizer.tokenize(phrase[...], baseOffset: 0).filter { $0.kind == .word }
    var words = tokens[...]
    if let first = words.first, articles.contains(first) || first.lower == "l" {
      words = words.dropFirst()
    }
    let lower = words.filter {
      $0.text == $0.lower && $0.text.count > 2 && !functionWords.contains($0)
    }
    guard let first = words.first, !lower.isEmpty else { return nil }
    // French puts the noun first: after « le », « la », « les », or as the phrase's first word.
    let frenchOrder =
      first.text == first.lower
      || tokens.first.map { articles.contains($0) && $0.lower != "the" } == true
    return frenchOrder ? lower.first?.lower : lower.last?.lower
  }

  /// The entity a description starting at `index` names, and its last token.
  ///
  /// After « au », « aux », « du » or « des », the description's article is in the contraction
  /// (« au constructeur » for « le constructeur »).
  func match(at index: Int, in tokens: [Token]) -> (String, Int)? {
    guard index < tokens.count else { return nil }
    let contracted = index > 0 && Self.contractions.contains(tokens[index - 1])
    // « un opérateur britannique », "a Lyon courier": the description with an indefinite article
    // (its noun and what follows, after the article).
    let indefinite = ClauseFields.indefiniteArticles.contains(tokens[index])
    // « à la coopérative agricole Oued Tamda »: an alias written without its article, after
    // one, is matched whole before the article's noun alone is (`headMatch`).
    var afterArticle: Int?
    if Self.articles.contains(tokens[index]) {
      afterArticle = index + 1
    } else if tokens[index].lower == "l", index + 1 < tokens.count,
      ["'", "’"].contains(tokens[index + 1].text)
    {
      afterArticle = index + 2
    }
    // The longest match wins, counted as matched (« au constructeur » is one word long).
    var best: (name: String, end: Int)?
    for (words, name) in phrases {
      if let afterArticle, !Self.articles.contains(words.first ?? ""), words.first != "l",
        case let end = afterArticle + words.count, end <= tokens.count, end - 1 > best?.end ?? -1,
        tokens.lowers(afterArticle..<end, spell: words)
      {
        best = (name, end - 1)
      }
      var wanted = words[...]
      var start = index
      if contracted, let first = wanted.first, Self.articles.contains(first), wanted.count > 1 {
        wanted = wanted.dropFirst()
      } else if indefinite, let first = wanted.first, Self.articles.contains(first) || first == "l"
      {
        wanted = wanted.dropFirst()
        if first == "l", let mark = wanted.first, ["'", "’"].contains(mark) {
          wanted = wanted.dropFirst()
        }
        guard wanted.count > 1 else { continue }
        start = index + 1
      } else if indefinite {
        continue
      }
      let end = start + wanted.count
      guard end <= tokens.count, end - 1 > best?.end ?? -1,
        tokens.lowers(start..<end, spell: wanted)
      else { continue }
      best = (name, end - 1)
    }
    return best ?? headMatch(at: index, in: tokens, contracted: contracted)
  }

  /// "the group", « le groupe », « au réseau », « l'hôpital »: the one entity the noun heads a
  /// description or alias of, else of those it heads the one the document named last.
  private func headMatch(at index: Int, in tokens: [Token], contracted: Bool) -> (String, Int)? {
    guard !heads.isEmpty || speakerParty != nil else { return nil }
    var probe = index
    if !contracted {
      guard Self.articles.contains(tokens[index]) || tokens[index].lower == "l" else {
        return nil
      }
      probe += 1
      if tokens[index].lower == "l" {
        guard probe < tokens.count, ["'", "’"].contains(tokens[probe].text) else { return nil }
        probe += 1
      }
    }
    guard probe < tokens.count, tokens[probe].startsLowercase else { return nil }
    // "Sorvent's chief executive told analysts that the company delivered 40": Sorvent.
    if let speakerParty, organisationNouns.contains(tokens[probe]) {
      return (speakerParty, probe)
    }
    guard let entities = heads[tokens[probe].lower] else { return nil }
    if entities.count == 1 { return (entities[0], probe) }
    // One of them named earlier in the sentence: « Brevant livrerait 14 BT-70 à Bluefin et la
    // compagnie avait commandé six biréacteurs ».
    for end in stride(from: index - 1, through: 0, by: -1) {
      for start in stride(from: end, through: max(0, end - 2), by: -1) {
        let words = tokens[start...end].map(\.text).joined(separator: " ")
        if let entity = names[FirstPerson.key(words)], entities.contains(entity) {
          return (entity, probe)
        }
      }
    }
    let latest = entities.max { (recent[$0] ?? -1) < (recent[$1] ?? -1) }
    guard let latest, recent[latest] != nil else { return nil }
    return (latest, probe)
  }

  private static let contractions: WordSet = ["au", "aux", "du", "des"]
  private static let articles: WordSet = ["the", "le", "la", "les"]
  /// Words that join the parts of a name ("Hôpital des Anges"), never its head.
  private static let functionWords: WordSet = [
    "and", "for", "the", "des", "les", "aux", "sur", "une", "del", "der", "den", "von", "van",
  ]
}
