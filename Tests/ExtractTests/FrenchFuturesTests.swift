import Core
import Testing

@testable import Extract

/// The French future and conditional endings are matched on packed bytes; these cases check
/// that the verbs found are those a character-by-character suffix test finds.
@Suite struct FrenchFuturesTests {
  /// Each ending as a character suffix, in order, as the rule is written.
  private static func expected(_ word: String) -> Modality? {
    guard word.count > 5, !["environs", "minerai", "minerais", "escadrons"].contains(word) else {
      return nil
    }
    for stem in ["er", "ir", "dr", "rr", "evr"] {
      for (ending, modality) in ["ai", "a", "ons", "ez", "ont", "ait", "aient"].map({
        ($0, Modality.forecast)
      }) + ["ais", "ions", "iez"].map({ ($0, Modality.hypothetical) })
      where word.hasSuffix(stem + ending) {
        return modality
      }
    }
    return nil
  }

  @Test(arguments: [
    "livrera", "livrerons", "fournirez", "prendront", "enverrait", "recevraient", "livrerais",
    "livrerions", "fourniriez", "dépenserons", "commandera", "accepteriez", "livrons", "livrez",
    "environs", "minerai", "escadrons", "Tesla", "erai", "livrer", "évaluera",
    // A prepend letter (U+0D4E, U+111C2) joins the next letter into one character: the bytes
    // end as a future does, the characters do not.
    "abc\u{0D4E}era", "od\u{111C2}erai", "t\u{0D4E}evraient", "livr\u{0D4E}erons",
    // A combining mark after the last letter: no character ends as the ending does.
    "livrera\u{0301}", "livrere\u{0301}z",
  ])
  func sameAsCharacterSuffix(word: String) {
    let tokens = Tokenizer.tokenize(word[...], baseOffset: 0)
    let found = ClauseFields.frenchFutures(tokens)
    let wanted = tokens.indices.compactMap { index in
      Self.expected(tokens[index].lower).map { (index, $0) }
    }
    #expect(found.map(\.0) == wanted.map(\.0), "\(word)")
    #expect(found.map(\.1) == wanted.map(\.1), "\(word)")
  }
}
