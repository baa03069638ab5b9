import Core
import Testing

@testable import Extract

/// The metric a word triggers, looked up by whole word and by the first two bytes of a prefix
/// (told apart first by one bit), against the trigger lists read in order as they are written.
@Suite struct MetricTriggerTests {
  /// The first trigger, as listed, that the word is, else the first prefix (of two bytes or
  /// more) that starts it.
  private func listed(_ word: String, in words: LexiconWords) -> Metric? {
    if let exact = words.metricTriggers.first(where: { $0.word == word }) { return exact.metric }
    return words.metricTriggers.first { trigger in
      trigger.word.hasSuffix("*") && trigger.word.utf8.count > 2
        && word.hasPrefix(String(trigger.word.dropLast()))
    }?.metric
  }

  @Test(
    "each trigger, its forms and near misses give the listed metric", arguments: [Language.en, .fr])
  func asListed(language: Language) {
    let words = language == .en ? LexiconWords.english : LexiconWords.french
    let lexicon = SharedLexicon.forLanguage(language).lexicon
    var probes = ["", "a", "the", "le", "tesla", "x"]
    for trigger in words.metricTriggers {
      let stem = trigger.word.hasSuffix("*") ? String(trigger.word.dropLast()) : trigger.word
      probes += [stem, stem + "s", stem + "ing", stem + "\u{0301}", String(stem.dropLast())]
      probes.append("z" + stem)
    }
    for probe in probes {
      let token = Token(
        kind: .word, start: 0, end: probe.utf8.count, text: probe, lower: probe, gap: "")
      #expect(
        lexicon.metric(triggeredBy: token) == listed(probe, in: words), "\(language): \(probe)")
    }
  }
}
