import Core
import Extract
import Foundation
import Ingest
import Reconcile
import Report

/// The parsers Tally owns, each as a function of arbitrary bytes: the fuzzing entry points.
///
/// Each target runs one parser the way the corpus reader or `tally check` does and asserts what
/// must hold for any input: every file is accounted for (read with documents, or skipped or
/// failed with a reason), spans stay inside their text, and the same bytes give the same result.
/// A failed assertion or a crash is a finding; a thrown parse error is not.
enum FuzzTarget: String, CaseIterable, Sendable {
  /// libxml2's HTML parser through the C bridge, the tree builder and the main-text extractor.
  case html
  /// Atom and RSS feeds, with escaped HTML and CDATA entries.
  case feed
  /// MIME mail and mbox threads.
  case mail
  /// Social-media exports (JSON and JSON Lines).
  case posts
  /// Markdown with front matter, and plain text.
  case markdown
  /// The CSV and JSON ledger readers.
  case ledger
  /// tally.yml.
  case config
  /// The quantity scanner and claim extraction, in English and French.
  case claims

  /// Runs the target on one input.
  func run(_ bytes: [UInt8]) {
    switch self {
    case .html: ingest(bytes, as: ["page.html", "page.htm", "page.xhtml"])
    case .feed: ingest(bytes, as: ["feed.xml", "feed.atom", "feed.rss"])
    case .mail: ingest(bytes, as: ["message.eml", "thread.mbox"])
    case .posts: ingest(bytes, as: ["posts.json", "posts.jsonl"])
    case .markdown: ingest(bytes, as: ["note.md", "note.txt"])
    case .ledger: readLedger(bytes)
    case .config: readConfig(bytes)
    case .claims: extractClaims(bytes)
    }
  }

  private static let ingestor = Ingestor(maxFileSize: 1 << 20)
  private static let extractor = ClaimExtractor()

  /// Reads the bytes as a file of one of `paths`' kinds, chosen by the input's length so that
  /// one input is one parse.
  private func ingest(_ bytes: [UInt8], as paths: [String]) {
    let path = paths[bytes.count % paths.count]
    let outcome = Self.ingestor.ingest(bytes, path: path)
    check(outcome.status == .ok || !(outcome.reason ?? "").isEmpty, "\(path): no reason")
    for document in outcome.documents {
      let length = document.text.utf8.count
      for block in document.blocks {
        check(block.span.start >= 0 && block.span.end <= length, "\(path): block out of text")
        check(block.span.start <= block.span.end, "\(path): block ends before it starts")
      }
      // Every offset maps back to a line of the source.
      _ = document.position(of: length)
    }
  }

  private func readLedger(_ bytes: [UInt8]) {
    let files = ["bookings.csv", "bookings.json", "bookings.jsonl"]
    _ = try? LedgerReader().read(bytes, file: files[bytes.count % files.count])
  }

  private func readConfig(_ bytes: [UInt8]) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    guard let config = try? ConfigReader.read(text, file: "tally.yml") else { return }
    _ = config.claimExtractor().extract(
      text: "Tesla bought 12,000 H100 GPUs in 2024.", language: Language.en)
  }

  private func extractClaims(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let length = text.utf8.count
    let language = bytes.count % 2 == 0 ? Language.en : .fr
    for claim in Self.extractor.extract(text: text, language: language, date: "2025-06-01") {
      check(claim.span.start >= 0 && claim.span.end <= length, "claim out of text")
      check(!claim.surface.isEmpty, "claim without a surface")
    }
  }

  private func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
      FileHandle.standardError.write(Data("tally-fuzz \(rawValue): \(message())\n".utf8))
      abort()
    }
  }
}
