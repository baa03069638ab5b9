import Core

/// What ties a money claim to the ledger: an item it names, a supplier it names or pays, or a
/// topic configured for an item ("AI infrastructure", « IA »).
///
/// Money tied to nothing (a company's revenue, cash or total budget) is not judged against a
/// supplier's bookings. Phrases are matched as whole words, case-insensitively, indexed by
/// their first word, so a sentence is read once whatever the number of phrases.
struct MoneyTies {
  /// What a matched phrase ties to: a ledger item, or a supplier (by key).
  enum Tie: Hashable {
    case item(String)
    case supplier(String)
  }

  /// Phrases as lower-case words, by first word, with what they tie to and whether they are a
  /// topic of an item ("AI infrastructure") rather than a name (of an item or a supplier).
  private let phrases: [String: [(words: [String], tie: Tie, topic: Bool)]]

  init(
    config: TallyConfig, bookings: [Booking], itemKey: (String) -> String,
    supplierKey: (String) -> String
  ) {
    var phrases: [String: [(words: [String], tie: Tie, topic: Bool)]] = [:]
    func add(_ phrase: String, _ tie: Tie, topic: Bool = false) {
      let words = Self.words(phrase)
      guard let first = words.first else { return }
      phrases[first, default: []].append((words, tie, topic))
    }
    var suppliers = Set<String>()
    var items = Set<String>()
    for booking in bookings {
      if let supplier = booking.supplier { suppliers.insert(supplier) }
      items.insert(booking.item)
    }
    for supplier in suppliers.sorted() {
      let tie = Tie.supplier(supplierKey(supplier))
      add(supplier, tie)
      for alias in config.entity(named: supplier).map({ [$0.name] + $0.aliases }) ?? [] {
        add(alias, tie)
      }
    }
    for item in items.sorted() { add(item, .item(itemKey(item))) }
    for item in config.items {
      for phrase in [item.name] + item.aliases { add(phrase, .item(itemKey(item.name))) }
      for phrase in item.topics { add(phrase, .item(itemKey(item.name)), topic: true) }
    }
    self.phrases = phrases
  }

  /// What two money claims (whose sentences matched `matches`) must share to be about the same
  /// spending: each topic phrase as written ("AI spend" is not "Nvidia hardware", though both
  /// are the H100's), and each item or supplier named, however it is named ("Meuvane Bus" and
  /// "Meuvane" are one supplier).
  static func groupKeys(_ matches: [(phrase: String, tie: Tie, topic: Bool)]) -> [String] {
    Set(
      matches.map { match in
        switch (match.topic, match.tie) {
        case (true, _): match.phrase
        case (false, .item(let key)): "item:" + key
        case (false, .supplier(let key)): "supplier:" + key
        }
      }
    ).sorted()
  }

  /// Everything `sentence` ties money to.
  func ties(in sentence: String) -> Set<Tie> {
    Set(matches(in: sentence).map(\.tie))
  }

  /// Each phrase of `sentence` that ties money to the ledger, as lower-case words, with what it
  /// ties to.
  ///
  /// Two money claims are about the same spending only when they name the same
  /// phrases ("AI spend" is not "Nvidia hardware", though both are the H100's).
  func matches(in sentence: String) -> [(phrase: String, tie: Tie, topic: Bool)] {
    let words = Self.words(sentence)
    var found: [(phrase: String, tie: Tie, topic: Bool)] = []
    for index in words.indices {
      let word = words[index]
      let singular =
        word.count > 2 && (word.hasSuffix("s") || word.hasSuffix("x"))
        ? String(word.dropLast()) : word
      for (phrase, tie, topic) in (phrases[word] ?? [])
        + (singular == word ? [] : phrases[singular] ?? [])
      where index + phrase.count <= words.count
        && words[index..<(index + phrase.count)].elementsEqual(phrase, by: Self.same)
      {
        found.append((phrase.joined(separator: " "), tie, topic))
      }
    }
    return found
  }

  /// A word of the sentence and a phrase's: equal, or the sentence's is its plural ("GPUs").
  private static func same(_ written: String, _ phrase: String) -> Bool {
    written == phrase
      || (written.count == phrase.count + 1 && written.hasPrefix(phrase)
        && (written.hasSuffix("s") || written.hasSuffix("x")))
  }

  /// Lower-case runs of letters and digits: "AI-related" is ai, related; "AW-9" is aw, 9 in a
  /// phrase and in a sentence alike; an elided article stands apart (« l'IA » → l, ia).
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        current.append(character)
      } else {
        if !current.isEmpty { words.append(current) }
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }
}
