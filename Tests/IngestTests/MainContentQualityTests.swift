import Core
import Foundation
import Testing

@testable import Ingest

/// Main-content extraction against article pages of our own making, each with the text a reader
/// would want beside it (see Fixtures/articles/README.md).
///
/// Floors only go up.
@Suite struct MainContentQualityTests {
  static let folder = Bundle.module.url(forResource: "Fixtures/articles", withExtension: nil)

  static var pages: [String] {
    guard let folder,
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return [] }
    return names.filter { $0.hasSuffix(".html") }.sorted()
  }

  /// Token-level F1 of the extracted text against the expected text, tokens being
  /// whitespace-separated words compared as multisets.
  static func f1(page: String) throws -> Double {
    let folder = try #require(folder)
    let html = try Data(contentsOf: folder.appendingPathComponent(page))
    let expected = try String(
      contentsOf: folder.appendingPathComponent(
        page.replacingOccurrences(of: ".html", with: ".expected.txt")),
      encoding: .utf8)
    let outcome = Ingestor().ingest([UInt8](html), path: "articles/" + page)
    let document = try #require(outcome.documents.first)
    return tokenF1(document.text, expected)
  }

  static func tokenF1(_ extracted: String, _ expected: String) -> Double {
    var counts: [Substring: Int] = [:]
    for token in expected.split(whereSeparator: \.isWhitespace) { counts[token, default: 0] += 1 }
    let expectedCount = counts.values.reduce(0, +)
    var extractedCount = 0
    var common = 0
    for token in extracted.split(whereSeparator: \.isWhitespace) {
      extractedCount += 1
      if let remaining = counts[token], remaining > 0 {
        common += 1
        counts[token] = remaining - 1
      }
    }
    guard common > 0 else { return 0 }
    let precision = Double(common) / Double(extractedCount)
    let recall = Double(common) / Double(expectedCount)
    return 2 * precision * recall / (precision + recall)
  }

  @Test("there are at least 20 article pages to score")
  func enoughPages() {
    #expect(Self.pages.count >= 20)
  }

  @Test("no page scores under 0.85 token F1", arguments: pages)
  func pageFloor(page: String) throws {
    let score = try Self.f1(page: page)
    #expect(score >= 0.85, "\(page): F1 \(score)")
  }

  @Test("the pages average at least 0.97 token F1 (the issue asks 0.95; 0.99 when set)")
  func averageFloor() throws {
    let scores = try Self.pages.map { try Self.f1(page: $0) }
    let mean = scores.reduce(0, +) / Double(max(1, scores.count))
    #expect(mean >= 0.97, "mean F1 \(mean)")
  }

  /// The French pages, as the fixtures' README lists them.
  static let frenchPages: Set<String> = [
    "03", "06", "09", "12", "14", "18", "21", "24", "26", "28", "29", "32",
  ]

  @Test("metadata stays right on every page: title, author, date and language", arguments: pages)
  func metadata(page: String) throws {
    let folder = try #require(Self.folder)
    let html = try Data(contentsOf: folder.appendingPathComponent(page))
    let document = try #require(
      Ingestor().ingest([UInt8](html), path: "articles/" + page).documents.first)
    #expect(document.title?.isEmpty == false, "\(page): no title")
    #expect(document.author?.isEmpty == false, "\(page): no author")
    #expect(document.published?.hasPrefix("20") == true, "\(page): no date")
    let french = Self.frenchPages.contains(String(page.prefix(2)))
    #expect(document.language == (french ? .fr : .en), "\(page): \(document.language)")
  }

  @Test("the F1 measure itself: identical texts score 1, disjoint ones 0")
  func measure() {
    #expect(Self.tokenF1("a b c", "a b c") == 1)
    #expect(Self.tokenF1("x y", "a b") == 0)
    #expect(abs(Self.tokenF1("a b", "a b c d") - 2.0 / 3.0) < 1e-9)
  }
}
