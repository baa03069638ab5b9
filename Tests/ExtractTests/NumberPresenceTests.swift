import Testing

@testable import Extract

/// `NumberPresence`: whether a block can hold a quantity, told from its bytes.
@Suite struct NumberPresenceTests {
  @Test(
    "a digit, or a word that starts a number in words, anywhere in the text",
    arguments: [
      ("Tesla bought 5 chips.", true), ("H100", true), ("été 2024", true), ("é5", true),
      ("Tesla bought four chips.", true), ("FOUR", true), ("about a dozen boards", true),
      ("Domvia a reçu douze pompes", true), ("une centaine de bornes", true),
      ("Quatre-vingts rames", true), ("the last word is four", true),
      ("Tesla bought chips.", false), ("a chip", false), ("des pompes de Domvia", false),
      ("l'été", false), ("", false), ("fourteenth-century", false), ("four’s", false),
    ])
  func examples(text: String, holds: Bool) {
    #expect(NumberPresence.mayHoldQuantities(text[...]) == holds)
  }

  /// Words as the scan reads them: runs of ASCII letters and bytes of non-ASCII characters.
  private func words(_ text: String) -> [String] {
    var words: [String] = []
    var current: [UInt8] = []
    for byte in text.utf8 {
      if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 {
        current.append(byte)
      } else if !current.isEmpty {
        words.append(String(decoding: current, as: UTF8.self))
        current = []
      }
    }
    if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
    return words
  }

  @Test("a text may hold a quantity when it has a digit or one of its words may")
  func wordByWord() {
    let pieces = [
      "Four", "bought", "douze", "a", "dozen", "chips", "5", "été", "-", " ", ",", "\n", "cent",
      "Über", "trois", "x",
    ]
    // Every sequence of three pieces, joined with and without spaces.
    for first in pieces {
      for second in pieces {
        for third in pieces {
          for text in [first + second + third, [first, second, third].joined(separator: " ")] {
            let expected =
              text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
              || words(text).contains { NumberPresence.mayHoldQuantities($0[...]) }
            #expect(NumberPresence.mayHoldQuantities(text[...]) == expected, "\(text)")
          }
        }
      }
    }
  }
}
