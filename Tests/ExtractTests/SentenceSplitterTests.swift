import Testing

@testable import Extract

/// Where `SentenceSplitter` ends sentences: at a stop before a capital, a digit or an opening
/// quote, but not after an abbreviation, inside a number, or after a lone capital before a
/// number.
@Suite struct SentenceSplitterTests {
  private func sentences(_ text: String) -> [String] {
    SentenceSplitter.split(text[...]).map { String(text[$0]) }
  }

  @Test func endsAtStopsBeforeCapitalsDigitsAndQuotes() {
    #expect(
      sentences("Orvane shipped 40 pumps. Its rival shipped 12! Why? \"Nobody knows.\" 3 left.")
        == [
          "Orvane shipped 40 pumps.", "Its rival shipped 12!", "Why?", "\"Nobody knows.\"",
          "3 left.",
        ])
    #expect(
      sentences("The plant grew… Then it stopped.") == ["The plant grew…", "Then it stopped."])
    #expect(
      sentences("It closed (for good.) Staff left.") == ["It closed (for good.)", "Staff left."])
  }

  @Test func keepsLowercaseFollowersAndNumbersTogether() {
    #expect(
      sentences("Output was 2.8 million units. next year, more.") == [
        "Output was 2.8 million units. next year, more."
      ])
  }

  @Test func abbreviationsDoNotEndSentences() {
    #expect(
      sentences("Mr. Haldane signed for Orvane Inc. The deal closed.") == [
        "Mr. Haldane signed for Orvane Inc. The deal closed."
      ])
    // Case does not matter, nor an opening bracket or quote before the abbreviation.
    #expect(sentences("Sold to KESTREL CORP. Others waited (approx. Ten firms).").count == 1)
    #expect(
      sentences("M. Durand a signé. Puis il est parti.") == [
        "M. Durand a signé.", "Puis il est parti.",
      ])
    #expect(sentences("Voir le n°. 4 du registre.").count == 1)
  }

  @Test func aWordThatIsNoAbbreviationEndsTheSentence() {
    #expect(sentences("It rained in Inc. Nothing else.").count == 1)
    #expect(sentences("We met Incorporated. Nothing else.").count == 2)
    #expect(sentences("Contact sales@example.com. Then wait.").count == 2)
    #expect(sentences("Écrivez à l’équipe. Elle répond.").count == 2)
  }

  @Test func aLoneCapitalBeforeANumberIsAReference() {
    #expect(sentences("See article L. 1233-3 of the code.").count == 1)
    #expect(sentences("Tesla sold the stake to X. Musk confirmed it.").count == 2)
  }

  @Test func trailingSpaceIsLeftOut() {
    #expect(sentences("One sentence.  \n") == ["One sentence."])
    #expect(sentences("   ").isEmpty)
  }
}
