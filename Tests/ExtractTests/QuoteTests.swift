import Core
import Foundation
import Testing

@testable import Extract

@Suite struct QuoteTests {
  /// A run-on sentence of `clauses` clauses, each with a figure.
  private func runOn(_ clauses: Int) -> String {
    (0..<clauses).map { "Tesla bought \($0 + 1) chips from Nvidia in the spring of 2024" }
      .joined(separator: ", ") + "."
  }

  @Test("a short sentence is quoted whole")
  func shortSentence() {
    let sentence = "Tesla bought 5,000 H100 GPUs from Nvidia in 2024."
    let claims = ClaimExtractor().extract(text: sentence, language: .en)
    #expect(claims.first?.sentence == sentence)
  }

  @Test("a long sentence is quoted as a window of whole words around each figure, marked cut")
  func longSentence() throws {
    let text = runOn(40)
    let claims = ClaimExtractor().extract(text: text, language: .en)
    #expect(claims.count >= 40)
    let utf8 = Array(text.utf8)
    for claim in claims {
      // The span stays exact in the text; the quote holds the figure and stays short.
      let surface = String(decoding: utf8[claim.span.start..<claim.span.end], as: UTF8.self)
      #expect(surface == claim.surface)
      #expect(claim.sentence.contains(claim.surface))
      #expect(claim.sentence.utf8.count <= ClaimExtractor.quoteLimit + 2 * "…".utf8.count)
      // Cut between words: what is left of a mark is a whole word of the text.
      let inner = claim.sentence.trimmingCharacters(in: CharacterSet(charactersIn: "…"))
      #expect(text.contains(inner))
      if claim.sentence.hasPrefix("…") { #expect(text.contains(" " + inner)) }
      if claim.sentence.hasSuffix("…") { #expect(text.contains(inner + " ")) }
    }
    // The first figure's window is filled on the side it can use.
    let first = try #require(claims.first)
    #expect(!first.sentence.hasPrefix("…"))
    #expect(first.sentence.utf8.count > ClaimExtractor.quoteLimit - 60)
  }

  @Test("a word longer than the window is cut on a character boundary")
  func longWord() {
    let sentence = String(repeating: "é", count: 400) + " 12 " + String(repeating: "ü", count: 400)
    let figure = sentence.utf8.count / 2 - 1
    let quote = ClaimExtractor.quote(sentence, figure: figure..<figure + 2)
    #expect(quote.contains(" 12 "))
    #expect(quote.hasPrefix("…é") && quote.hasSuffix("ü…"))
    #expect(quote.utf8.count <= ClaimExtractor.quoteLimit + 6)
  }
}
