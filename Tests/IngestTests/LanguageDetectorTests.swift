import Core
import Ingest
import Testing

/// The language of a text, told by its function words (and, in French, its accents), or left
/// undetermined when the evidence is thin or mixed.
@Suite struct LanguageDetectorTests {
  @Test(
    "a text's function words tell its language",
    arguments: [
      ("The board said that the depot will take 40 trams by the end of the year.", Language.en),
      ("Le conseil a indiqué que le dépôt recevra 40 rames d'ici la fin de l'année.", .fr),
    ])
  func longText(_ text: String, language: Language) {
    #expect(LanguageDetector.detect(text) == language)
  }

  @Test(
    "a short text with words of one language only is that language",
    arguments: [
      ("Orvane bought 5,000 pumps in 2024.", Language.en),
      ("Domvia a reçu 2 500 pompes", .fr),
      // An accented lower-case word is French evidence; an accented name is not.
      ("Livraisons réservées : 300", .fr),
      ("Ligéria Mobilités bought 12 trains.", .und),
    ])
  func shortText(_ text: String, language: Language) {
    #expect(LanguageDetector.detect(text) == language)
  }

  @Test("a short text with words of both, or none, is not known")
  func undetermined() {
    #expect(LanguageDetector.detect("Orvane, 2 500") == .und)
    #expect(LanguageDetector.detect("le stock in Leeds") == .und)
  }
}
