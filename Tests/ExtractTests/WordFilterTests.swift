import Core
import Testing

@testable import Extract

@Suite struct WordFilterTests {
  @Test("a filter never turns away one of its own words, as tokens hash them")
  func keepsItsWords() {
    let words = ["four", "a", "douze", "jusqu", "année", "between", "émile", "'"]
    let filter = WordFilter(words)
    for token in Tokenizer.tokenize("Four A douze JUSQU’ Année BETWEEN Émile"[...], baseOffset: 0) {
      #expect(filter.mayContain(token.lowerHash), "\(token.text)")
    }
  }

  @Test(
    "a token's lower-case hash is FNV-1a of its lower-case text, on every tokenizer path",
    arguments: [
      "Tesla will spend $10B", "USD200m in H100s", "Déjà 12 000 GPU d’Émile", "Ω ΣΑ x\u{301}y",
    ])
  func tokenHashes(text: String) {
    for token in Tokenizer.tokenize(text[...], baseOffset: 0) {
      var hash = FNV1a()
      hash.add(token.lower.utf8)
      #expect(token.lowerHash == hash.value, "\(token.text)")
    }
  }
}
