import Testing

@testable import Extract

@Suite struct FingerprintTests {
  @Test(
    "a streamed claim id equals the id of the normalised sentence, whatever its whitespace and case",
    arguments: [
      "Tesla will spend $10B on AI.",
      "  Leading\tand trailing\r\nwhitespace, doubled  spaces \n",
      "Nvidia vaut 2,8 billions de dollars d’ici 2025.",
      "Le groupe a commandé 12\u{202F}000 GPU\u{00A0}H100 À PARIS.",
      "A space with a mark \u{301}after it, and e\u{301}té.",
      "ΟΔΟΣ, İSTANBUL, Straße ẞ, ǅ and ﬃ.",
      "\u{600} 12 after a prepended mark",
      "",
      " \u{2003}\u{3000} ",
      "Ça coûte 12\u{202F}000\u{00A0}€ — « ÉTÉ », Œuvre, Ÿ, ĲSSEL, İ and ſ\r\n…",
      "Crème brûlée\r\n\u{301} then a mark",
    ])
  func streamedIDs(sentence: String) {
    for ordinal in [0, 1, 12] {
      let streamed = ClaimExtractor.fingerprint(
        prefix: ClaimExtractor.fingerprintPrefix("doc/1.html", sentence), ordinal)
      #expect(streamed == ClaimExtractor.fingerprint("doc/1.html", sentence, ordinal))
    }
  }
}
