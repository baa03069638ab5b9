import Core
import Foundation
import Ingest

/// One file of a corpus as a record a distributed engine can move: `tally pack` writes them as
/// JSON Lines shards, `tally stage` reads them (docs/spark.md).
///
/// ```json
/// {"corpus":"Corpus","docId":"5f2c…","order":3,"path":"articles/a.md","text":"# …"}
/// ```
public struct PackRecord: Codable, Sendable, Hashable {
  /// The SHA-256 of the file's bytes (of its path, for a file the walk could not read).
  public var docId: String
  /// Its place in corpus order, from 0: results are put back in this order.
  public var order: Int
  /// The corpus as the user named it (`Corpus`): places in reports start with it.
  public var corpus: String
  /// Whether the corpus was this one file.
  public var corpusIsFile: Bool?
  /// The path under the corpus root.
  public var path: String
  /// The bytes, as text when they are UTF-8, else in base64.
  public var text: String?
  public var base64: String?
  /// The files beside it its reader may open (`Ingestor.siblingNames`), in base64 by name.
  public var siblings: [String: String]?
  /// `skipped` or `failed` when the walk already knows, with the reason.
  public var status: String?
  public var reason: String?

  /// The file's bytes.
  public var bytes: [UInt8]? {
    if let text { return Array(text.utf8) }
    return base64.flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) }
  }

  /// The shard of `shards` it goes to: by its id's first 64 bits, never by a process-seeded hash.
  public func shard(of shards: Int) -> Int {
    let prefix = UInt64(docId.prefix(16), radix: 16) ?? 0
    return Int(prefix % UInt64(max(1, shards)))
  }
}

/// One line of `tally stage`'s output.
///
/// For every record, one `document` line (its status and reason, what was read of its
/// documents), then one `claim` line per claim, in document order.
public struct StageLine: Codable, Sendable {
  public var type: String
  public var docId: String
  public var order: Int
  /// `document` lines: the corpus as the pack named it.
  public var corpus: String?
  /// `document` lines: the file's result without its claims.
  public var file: FileResult?
  /// `claim` lines: the claim and where it is.
  public var claim: Claim?
  public var place: ClaimPlace?
}

extension CheckPipeline {
  /// Every file of the corpus as a record, in corpus order, with the same accounting as a check:
  /// what tally.yml excludes, links out of the root and unreadable files carry their reason.
  ///
  /// Records are handed to `each` one at a time, so that no more than one file is held.
  @discardableResult
  public func pack(each: (PackRecord) throws -> Void) throws -> Int {
    let prepared = try prepare()
    let reader = prepared.reader
    for (order, entry) in reader.entries.enumerated() {
      try each(Self.record(of: entry, order: order, corpus: corpus, isFile: reader.corpusIsFile))
    }
    return reader.entries.count
  }

  /// One walked entry as a record.
  private static func record(of entry: CorpusEntry, order: Int, corpus: String, isFile: Bool)
    -> PackRecord
  {
    let maxSize = Ingestor().maxFileSize
    return {
      var record = PackRecord(
        docId: SHA256.hex(Array(entry.path.utf8)), order: order, corpus: corpus,
        corpusIsFile: isFile ? true : nil, path: entry.path)
      if let problem = entry.problem {
        record.status = problem.rawValue
        record.reason = entry.reason
        return record
      }
      let size =
        (try? FileManager.default.attributesOfItem(atPath: entry.url.path)[.size] as? Int) ?? 0
      if size > maxSize {
        record.status = FileOutcome.Status.skipped.rawValue
        record.reason =
          "larger than the size cap (\(size) bytes > \(maxSize)); raise --max-file-size"
        return record
      }
      guard let data = FileManager.default.contents(atPath: entry.url.path) else {
        record.status = FileOutcome.Status.failed.rawValue
        record.reason = "cannot be read"
        return record
      }
      let bytes = [UInt8](data)
      record.docId = SHA256.hex(bytes)
      if let text = String(validating: bytes, as: UTF8.self) {
        record.text = text
      } else {
        record.base64 = data.base64EncodedString()
      }
      var siblings: [String: String] = [:]
      for name in Ingestor.siblingNames {
        let url = entry.url.deletingLastPathComponent().appendingPathComponent(name)
        if url.lastPathComponent != entry.url.lastPathComponent,
          let sibling = FileManager.default.contents(atPath: url.path)
        {
          siblings[name] = sibling.base64EncodedString()
        }
      }
      record.siblings = siblings.isEmpty ? nil : siblings
      return record
    }()
  }
}

/// Reads pack records into stage lines: one process of `tally stage`.
///
/// However the records were split into partitions, its output for a record depends on the
/// record, the ledger and the configuration only.
public struct Stager {
  private let ledger: String?
  private let config: String?
  private var readers: [String: FileReader] = [:]

  /// A stager reading with this ledger and configuration (each optional).
  public init(ledger: String?, config: String?) {
    self.ledger = ledger
    self.config = config
  }

  /// The lines for one record.
  public mutating func lines(for record: PackRecord) throws -> [StageLine] {
    let key = record.corpus + (record.corpusIsFile == true ? "\u{1}" : "")
    let reader: FileReader
    if let known = readers[key] {
      reader = known
    } else {
      reader = try CheckPipeline(corpus: record.corpus, ledger: ledger, config: config)
        .prepare(walk: false).reader.rooted(at: record.corpus, isFile: record.corpusIsFile == true)
      readers[key] = reader
    }
    var result: FileResult
    if let status = record.status {
      result = FileResult(
        line: IngestSummary.Line(
          path: record.path, status: FileOutcome.Status(rawValue: status) ?? .failed,
          reason: record.reason ?? ""))
    } else if let bytes = record.bytes {
      var siblings: [String: [UInt8]] = [:]
      for (name, encoded) in record.siblings ?? [:] {
        if let data = Data(base64Encoded: encoded) { siblings[name] = [UInt8](data) }
      }
      result = reader.read(bytes, path: record.path, siblings: siblings)
    } else {
      result = FileResult(
        line: IngestSummary.Line(
          path: record.path, status: .failed, reason: "the record has no content"))
    }
    let claims = zip(result.claims, result.places).map { claim, place in
      StageLine(type: "claim", docId: record.docId, order: record.order, claim: claim, place: place)
    }
    result.claims = []
    result.places = []
    return [
      StageLine(
        type: "document", docId: record.docId, order: record.order, corpus: record.corpus,
        file: result)
    ] + claims
  }

  /// Stage lines put back together into files' results, in corpus order.
  ///
  /// Throws when a claim comes before its document's line.
  public static func results(from lines: [StageLine]) throws -> [FileResult] {
    var files: [Int: FileResult] = [:]
    for line in lines {
      switch line.type {
      case "document":
        guard let file = line.file else { throw StageError("a document line without its file") }
        files[line.order] = file
      case "claim":
        guard let claim = line.claim, let place = line.place else {
          throw StageError("a claim line without its claim and place")
        }
        guard files[line.order] != nil else {
          throw StageError("a claim of \(line.docId) before its document line")
        }
        files[line.order]?.claims.append(claim)
        files[line.order]?.places.append(place)
      default:
        throw StageError("unknown line type '\(line.type)'")
      }
    }
    return files.keys.sorted().compactMap { files[$0] }
  }
}

/// Stage output that does not hold together.
public struct StageError: Error, Sendable, CustomStringConvertible {
  public var description: String
  init(_ description: String) { self.description = description }
}

extension FileReader {
  /// The reader with places rooted at the corpus as the pack named it.
  func rooted(at root: String, isFile: Bool) -> FileReader {
    FileReader(
      entries: [], extractor: extractor, mainParty: mainParty, root: root, corpusIsFile: isFile)
  }
}
