import Core

/// A set of lower-case words, looked up by the FNV-1a hash a token already carries.
///
/// The lexicon's word lists are looked up dozens of times for every token of every sentence
/// with a figure. A `Set<String>` hashes the word again at each lookup; a token's hash
/// (`Token.lowerHash`) is worked out once, when it is cut, so a lookup here is a probe and,
/// only when the hashes match, one comparison of the words. Words iterate in the order they
/// were first inserted.
struct WordSet: Sendable, Equatable, ExpressibleByArrayLiteral, Sequence {
  /// The words, in insertion order.
  private(set) var words: [String] = []
  /// Open addressing, at most a quarter full, so that a word that is not there (most looked up
  /// are not) is told so in about 1.4 probes (2.5 at half full): each slot holds a word's hash
  /// and its index in `words`, or -1.
  private var slots: [Slot] = []

  private struct Slot: Sendable {
    var hash: UInt64
    var index: Int32
  }
  /// 64 minus the number of bits of a slot index.
  private var shift: UInt64 = 64

  init() {}

  init(arrayLiteral words: String...) {
    self.init(words)
  }

  init<Words: Sequence<String>>(_ words: Words) {
    for word in words { insert(word) }
  }

  var count: Int { words.count }
  var isEmpty: Bool { words.isEmpty }

  func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

  /// Whether `word` is one of the words.
  func contains(_ word: String) -> Bool { index(of: word) != nil }

  /// Whether the token's lower-case text is one of the words, by the hash it carries.
  func contains(_ token: Token) -> Bool { index(of: token) != nil }

  /// Where `word` was inserted, if it was.
  func index(of word: String) -> Int? {
    guard !words.isEmpty else { return nil }
    return find(word, hash: FNV1a.hash(word.utf8))
  }

  /// Where the token's lower-case text was inserted, if it was.
  func index(of token: Token) -> Int? {
    guard !words.isEmpty else { return nil }
    return find(token.lower, hash: token.lowerHash)
  }

  /// Adds `word`; says whether it was new.
  @discardableResult
  mutating func insert(_ word: String) -> (inserted: Bool, memberAfterInsert: String) {
    let hash = FNV1a.hash(word.utf8)
    if !words.isEmpty, let index = find(word, hash: hash) { return (false, words[index]) }
    if (words.count + 1) * 4 > slots.count { grow() }
    words.append(word)
    place(Slot(hash: hash, index: Int32(words.count - 1)))
    return (true, word)
  }

  mutating func formUnion<Words: Sequence<String>>(_ other: Words) {
    for word in other { insert(word) }
  }

  func union<Words: Sequence<String>>(_ other: Words) -> WordSet {
    var union = self
    union.formUnion(other)
    return union
  }

  func subtracting<Words: Sequence<String>>(_ other: Words) -> WordSet {
    let removed = WordSet(other)
    return WordSet(words.filter { !removed.contains($0) })
  }

  func isDisjoint<Words: Sequence<String>>(with other: Words) -> Bool {
    !other.contains(where: contains)
  }

  func isSubset(of other: WordSet) -> Bool {
    words.allSatisfy(other.contains)
  }

  /// The same words, in any order.
  static func == (left: WordSet, right: WordSet) -> Bool {
    left.count == right.count && left.isSubset(of: right)
  }

  /// FNV-1a mixes its input into the high bits: spread them before taking the top ones.
  private func slot(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  private func find(_ word: String, hash: UInt64) -> Int? {
    let mask = slots.count - 1
    var position = slot(hash)
    while true {
      let found = slots[position]
      if found.index < 0 { return nil }
      if found.hash == hash, words[Int(found.index)] == word { return Int(found.index) }
      position = (position + 1) & mask
    }
  }

  private mutating func place(_ entry: Slot) {
    let mask = slots.count - 1
    var position = slot(entry.hash)
    while slots[position].index >= 0 { position = (position + 1) & mask }
    slots[position] = entry
  }

  private mutating func grow() {
    let capacity = Swift.max(8, slots.count * 2)
    let entries = slots.filter { $0.index >= 0 }
    slots = [Slot](repeating: Slot(hash: 0, index: -1), count: capacity)
    shift = UInt64(64 - capacity.trailingZeroBitCount)
    for entry in entries { place(entry) }
  }
}

/// A table from lower-case words to values, looked up by the FNV-1a hash a token already
/// carries, as `WordSet` is.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
  /// The words, in insertion order, with their values.
  private var words = WordSet()
  private var values: [Value] = []

  init() {}

  init(dictionaryLiteral elements: (String, Value)...) {
    for (word, value) in elements { self[word] = value }
  }

  init(_ dictionary: [String: Value]) {
    for word in dictionary.keys.sorted() { self[word] = dictionary[word] }
  }

  var count: Int { values.count }
  var isEmpty: Bool { values.isEmpty }
  /// The words, in insertion order.
  var keys: [String] { words.words }

  /// The value of `word`; setting adds the word or replaces its value (setting nil is not
  /// supported: the tables only grow).
  subscript(word: String) -> Value? {
    get { words.index(of: word).map { values[$0] } }
    set {
      guard let newValue else { return }
      if let index = words.index(of: word) {
        values[index] = newValue
      } else {
        words.insert(word)
        values.append(newValue)
      }
    }
  }

  /// The value of the token's lower-case text, by the hash it carries.
  subscript(token: Token) -> Value? {
    words.index(of: token).map { values[$0] }
  }
}

/// Phrases of lower-case words, found at a token by their first word.
///
/// A rule that tries a list of phrases at every token of a sentence compared each phrase's
/// first word with each token. Here the token's hash finds the phrases that start with it, in
/// list order, and only those are compared. (A class: the lexicon hands its lists out by value
/// at every token, and a class is one reference to count.)
final class PhraseList: Sendable, ExpressibleByArrayLiteral {
  /// The phrases, in the order they are tried.
  let phrases: [[String]]
  /// The phrases' distinct first words.
  private let firstWords: WordSet
  /// For the first word at index `i` of `firstWords`, `positions[starts[i]..<starts[i + 1]]`
  /// are where its phrases are in `phrases`, in order.
  private let starts: [Int]
  private let positions: [Int]

  init(_ phrases: [[String]]) {
    self.phrases = phrases
    var firstWords = WordSet()
    var byWord: [[Int]] = []
    for (position, phrase) in phrases.enumerated() {
      guard let first = phrase.first else { continue }
      if firstWords.insert(first).inserted { byWord.append([]) }
      byWord[firstWords.index(of: first) ?? 0].append(position)
    }
    var starts = [0]
    for list in byWord { starts.append(starts[starts.count - 1] + list.count) }
    self.firstWords = firstWords
    self.starts = starts
    positions = byWord.flatMap { $0 }
  }

  convenience init(arrayLiteral phrases: [String]...) {
    self.init(phrases)
  }

  var isEmpty: Bool { phrases.isEmpty }

  /// One past the last token of the first phrase, in list order, that the tokens from `index`
  /// spell.
  func end(at index: Int, in tokens: [Token]) -> Int? {
    guard index < tokens.count, let word = firstWords.index(of: tokens[index]) else { return nil }
    for position in positions[starts[word]..<starts[word + 1]] {
      let phrase = phrases[position]
      if index + phrase.count <= tokens.count,
        tokens.lowers(index..<(index + phrase.count), spell: phrase)
      {
        return index + phrase.count
      }
    }
    return nil
  }
}
