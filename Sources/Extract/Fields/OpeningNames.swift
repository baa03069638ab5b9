/// Whether a capitalised word that opens a sentence is a name, from what a document and the
/// configuration say of it.
///
/// A capital at the start of a sentence, a list item or a table cell says nothing: "Share going
/// to Nvidia hardware", « Post d'avril », "Delayed Tesla GPU deliveries". When Tally knows the
/// parties (names from `tally.yml` and the ledger), such a word is a name only if it begins a
/// known name or the document also writes it with a capital inside a sentence ("…went from
/// Tesla to X"). Knowing no parties, every capitalised opener stays a name.
///
/// One per document; it remembers each word it has looked up, and also tells a known party's
/// name ("Tesla GPU deliveries" are Tesla's, not goods Tesla makes).
final class OpeningNames {
  private let text: String
  /// The known names, and their first words.
  private let parties: Set<String>
  private let known: Set<String>
  private var answers: [String: Bool] = [:]

  /// `parties`: the names of the parties Tally knows.
  init(text: String, parties: Set<String>) {
    self.text = text
    self.parties = parties
    known = Set(parties.compactMap { $0.split(separator: " ").first.map(String.init) })
  }

  /// Whether `name`, or its end ("Delayed Tesla"), is a known party, as written.
  func isParty(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    return words.indices.contains { parties.contains(words[$0...].joined(separator: " ")) }
  }

  /// Whether `word`, opening a sentence, is a name.
  func isName(_ word: String) -> Bool {
    if known.isEmpty || known.contains(word) { return true }
    if let answer = answers[word] { return answer }
    let answer = Self.isWrittenInside(word, in: text)
    answers[word] = answer
    return answer
  }

  /// Whether `text` has `word`, as a whole word, after a lower-case letter, a digit or a comma
  /// (spaces between).
  static func isWrittenInside(_ word: String, in text: String) -> Bool {
    let pattern = Array(word.utf8)
    guard let first = pattern.first else { return false }
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      var index = 1
      while index + pattern.count <= bytes.count {
        defer { index += 1 }
        guard bytes[index] == first,
          !isLetter(bytes[index - 1]),
          index + pattern.count == bytes.count || !isLetter(bytes[index + pattern.count]),
          bytes[(index + 1)..<(index + pattern.count)].elementsEqual(pattern.dropFirst())
        else { continue }
        var before = index - 1
        // Spaces, and U+00A0 / U+202F (their last bytes are 0xA0 and 0xAF).
        while before > 0, [0x20, 0xA0, 0xAF, 0xC2, 0x80, 0xE2].contains(bytes[before]) {
          before -= 1
        }
        let previous = bytes[before]
        if (previous >= 0x61 && previous <= 0x7A) || (previous >= 0x30 && previous <= 0x39)
          || previous == UInt8(ascii: ",") || previous >= 0x80
        {
          return true
        }
      }
      return false
    } ?? false
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
  }
}
