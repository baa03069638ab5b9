/// Whether a capitalised word that opens a sentence is a name, from what a document and the
/// configuration say of it.
///
/// A capital at the start of a sentence, a list item or a table cell says nothing: "Share going
/// to Nvidia hardware", « Post d'avril », "Delayed Tesla GPU deliveries". When Tally knows the
/// parties (names from `tally.yml` and the ledger), such a word is a name only if it begins a
/// known name or the document also writes it with a capital inside a sentence ("…went from
/// Tesla to X"). Knowing no parties, every capitalised opener stays a name.
///
/// One per document; it reads the document once, when first asked, and also tells a known
/// party's name ("Tesla GPU deliveries" are Tesla's, not goods Tesla makes).
final class OpeningNames {
  private let text: String
  /// The known names, and their first words.
  private let parties: Set<String>
  private let known: Set<String>

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
    return writtenInside.contains(word[...])
  }

  /// The capitalised words the document writes inside a sentence, found in one pass when
  /// first needed.
  private lazy var writtenInside: Set<Substring> = Self.wordsWrittenInside(text)

  /// Capitalised words after a lower-case letter, a digit or a comma (spaces, U+00A0 and
  /// U+202F between): "…went from Tesla to X" gives Tesla and X.
  static func wordsWrittenInside(_ text: String) -> Set<Substring> {
    var found = Set<Substring>()
    let scalars = text.unicodeScalars
    var previous: Unicode.Scalar = "\n"
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let properties = scalar.properties
      guard properties.isAlphabetic || properties.numericType != nil else {
        if !["\u{20}", "\u{A0}", "\u{202F}"].contains(scalar) { previous = scalar }
        index = scalars.index(after: index)
        continue
      }
      // A word: letters and digits.
      let start = index
      while index < scalars.endIndex,
        scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil
      {
        index = scalars.index(after: index)
      }
      let inside =
        previous.properties.isLowercase || previous.properties.numericType != nil
        || previous == ","
      if inside, properties.isUppercase {
        found.insert(text[start..<index])
      }
      previous = scalars[scalars.index(before: index)]
    }
    return found
  }
}
