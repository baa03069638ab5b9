import Core
import Testing

@Suite struct LowercasingTests {
  /// Every form below must come out as `lowercased()` gives it: ASCII, Latin-1 (with × and ÷,
  /// which have no case, µ and ß, whose upper case is elsewhere), and scalars past U+00FF whose
  /// mapping is one scalar (Œ, Ł, Greek, Cyrillic) or more (İ), or none.
  @Test(arguments: [
    "", "Tesla", "ÉCOLE DES MINES", "Vérel a reçu 1 800 pompes", "À L'ÎLE-D'ORLÉANS",
    "× ÷ µ ß ÿ Þ þ Ø", "ŒUVRE Œuvre", "ŁÓDŹ", "ΣΟΦΊΑ ΌΣΟΣ", "МОСКВА", "İSTANBUL",
    "ǅungla ǈ", "12 000 € — 2,8 Md$ (+20,5 %)", "e\u{301}COLE", "👍🏽 OK", "ﬁ ﬂ",
  ])
  func sameAsLowercased(text: String) {
    #expect(text.lowercasedByScalar() == text.lowercased())
    #expect(Array(text.lowercasedByScalar().utf8) == Array(text.lowercased().utf8))
    #expect(text[...].lowercasedByScalar() == text.lowercased())
  }

  /// Every scalar of the Basic Multilingual Plane, one at a time.
  @Test func everyScalarOfThePlane() {
    var differing: [UInt32] = []
    for value in UInt32(0)..<0x1_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = String(Character(scalar))
      if Array(text.lowercasedByScalar().utf8) != Array(text.lowercased().utf8) {
        differing.append(value)
      }
    }
    #expect(differing.isEmpty)
  }
}
