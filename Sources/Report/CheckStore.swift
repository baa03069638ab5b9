import Core
import Foundation
import Ingest
import Store

/// A check's use of the store: the files it need not read again, and the run recorded.
///
/// A file is reused when the store holds it under the same context (Tally's build, the corpus
/// as named, the configuration and ledger bytes: everything reading a file depends on) and
/// either its size and modification time, or else its bytes' SHA-256, are unchanged.
struct CheckStore {
  let store: Store
  /// What the documents are read under: `StoredRun.context`.
  let context: String
  /// What the store held under `context` when the run began, by path.
  private let known: [String: [StoredDocument]]
  /// Each readable entry's signature, and its SHA-256 once worked out, by path.
  private(set) var signatures: [String: String] = [:]
  private(set) var hashes: [String: String] = [:]

  /// Opens the store for a run prepared as `prepared`.
  init(store: Store, prepared: CheckPipeline.Prepared, corpus: String, version: String) throws {
    self.store = store
    var fingerprint: [UInt8] = []
    func add(_ text: String) { fingerprint += Array(text.utf8) + [0] }
    func addFile(_ path: String?) {
      add(path ?? "-")
      if let path, let data = FileManager.default.contents(atPath: path) {
        fingerprint += SHA256.digest([UInt8](data))
      }
    }
    add("tally store \(Store.schemaVersion)")
    add(version)
    // A new build of Tally may read the same bytes differently.
    add(Bundle.main.executablePath.flatMap(Self.signature(of:)) ?? "")
    add(corpus)
    add(prepared.reader.corpusIsFile ? "file" : "folder")
    addFile(prepared.configPath)
    addFile(prepared.run.ledger)
    context = SHA256.hex(SHA256.digest(fingerprint))
    known = try store.documents(context: context)
  }

  /// The size and modification time of the file at `path`, or nil when it cannot be read.
  static func signature(of path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return "\(info.st_size):\(time.tv_sec).\(time.tv_nsec)"
  }

  /// The files read with the files of `folder` (`Ingestor.siblingNames`) that are there.
  private static func siblings(in folder: String) -> [String] {
    Ingestor.siblingNames.map { (folder as NSString).appendingPathComponent($0) }
      .filter { FileManager.default.fileExists(atPath: $0) }
  }

  /// The results the store holds for `entries` that have not changed.
  mutating func reusable(_ entries: [CorpusEntry]) throws -> [String: FileResult] {
    let paths = unchanged(entries)
    guard !paths.isEmpty else { return [:] }
    let decoder = JSONDecoder()
    var found: [String: FileResult] = [:]
    for (path, versions) in try store.results(context: context) where paths.contains(path) {
      if let hash = hashes[path], let data = versions[hash],
        let result = try? decoder.decode(FileResult.self, from: data)
      {
        found[path] = result
      }
    }
    return found
  }

  /// The key of everything a run's output depends on in the corpus: the context, then each
  /// entry's path and the hash of its bytes (or why the walk refused it); nil while an entry's
  /// hash is not known (`unchanged(_:)` works them out).
  func inputKey(_ entries: [CorpusEntry], reused: Set<String>? = nil) -> String? {
    guard !unsteady else { return nil }
    // A run whose every readable file came from the store or was kept gives its key; one in
    // which a file failed (perhaps the machine's doing) does not.
    if let reused {
      let kept = Set(self.kept)
      guard
        entries.allSatisfy({
          $0.problem != nil || reused.contains($0.path) || kept.contains($0.path)
        })
      else { return nil }
    }
    var bytes = Array(context.utf8)
    for entry in entries {
      bytes += Array(entry.path.utf8) + [0]
      if let problem = entry.problem {
        bytes += Array("\(problem.rawValue) \(entry.reason ?? "")".utf8) + [0]
      } else {
        guard let hash = hashes[entry.path] else { return nil }
        bytes += Array(hash.utf8) + [0]
      }
    }
    return SHA256.hex(SHA256.digest(bytes))
  }

  /// The paths of `entries` the store holds unchanged; works out the signature (and, where it
  /// changed, the hash) of every entry the walk did not refuse.
  mutating func unchanged(_ entries: [CorpusEntry]) -> Set<String> {
    var found = Set<String>()
    // Looked for once per folder: a corpus's files share a few folders.
    var siblings: [String: [String]] = [:]
    for entry in entries where entry.problem == nil && entry.rawPath == nil {
      let path = entry.url.path
      let folder = (path as NSString).deletingLastPathComponent
      if siblings[folder] == nil { siblings[folder] = Self.siblings(in: folder) }
      let files = [path] + (siblings[folder] ?? []).filter { $0 != path }
      let parts = files.map { Self.signature(of: $0) }
      guard parts.allSatisfy({ $0 != nil }) else { continue }
      let signature = parts.compactMap { $0 }.joined(separator: " ")
      signatures[entry.path] = signature
      let versions = known[entry.path] ?? []
      if let same = versions.first(where: { $0.signature == signature }) {
        hashes[entry.path] = same.sha256
        found.insert(entry.path)
        continue
      }
      var bytes: [UInt8] = []
      for file in files {
        guard let data = FileManager.default.contents(atPath: file) else { continue }
        bytes += SHA256.digest([UInt8](data))
      }
      let hash = SHA256.hex(SHA256.digest(bytes))
      hashes[entry.path] = hash
      if versions.contains(where: { $0.sha256 == hash }) {
        found.insert(entry.path)
        rehashed.append(entry.path)
      }
    }
    return found
  }

  /// Paths the store holds under another signature with the same hash (a `touch`, a checkout):
  /// their new signature is to be recorded.
  private(set) var rehashed: [String] = []
  /// Whether a file changed while the run read it: its result is not kept, nor the run's key.
  private(set) var unsteady = false

  /// Files read afresh, waiting to be kept (`keep(_:as:)`).
  private var pending: [StoredDocument] = []
  /// The paths of the files read afresh and kept.
  private(set) var kept: [String] = []

  /// Keeps what reading the file at `path` gave, in batches as the run reads: the run does not
  /// hold every file's result until its end.
  mutating func keep(_ result: FileResult, as path: String, at location: String) throws {
    guard let signature = signatures[path], let sha256 = hashes[path] else { return }
    // A file saved again while the run read it: what was read may not be what was hashed.
    guard Self.signature(of: location) == signature.split(separator: " ").first.map(String.init)
    else {
      unsteady = true
      return
    }
    guard let data = try? JSONEncoder().encode(result) else { return }
    pending.append(
      StoredDocument(
        path: path, sha256: sha256, signature: signature, status: result.line.status.rawValue,
        reason: result.line.reason, claims: result.claims.count, result: data))
    kept.append(path)
    if pending.count >= 64 { try flush() }
  }

  /// Writes the files waiting to be kept.
  mutating func flush() throws {
    try store.keep(documents: pending, context: context)
    pending = []
  }

  /// The paths rehashed (`rehashed`), with their hash and new signature.
  var refreshed: [(path: String, sha256: String, signature: String)] { stamped(rehashed) }

  /// Each path with the hash and signature the run found for it.
  private func stamped(_ paths: [String]) -> [(path: String, sha256: String, signature: String)] {
    paths.compactMap { path in
      guard let hash = hashes[path], let signature = signatures[path] else { return nil }
      return (path, hash, signature)
    }
  }

  /// Records the run: the paths reused, and what the run found (the files read afresh are
  /// kept already).
  func record(_ run: CheckRun, reused: [String], version: String, config: String?) throws
    -> Int64
  {
    let contradictions = run.contradictions
    var grouped: [String: String] = [:]
    for contradiction in contradictions {
      for finding in contradiction.findings { grouped[finding.id] = contradiction.id }
    }
    func number(_ value: Decimal?) -> Double? {
      value.map { NSDecimalNumber(decimal: $0).doubleValue }
    }
    let claims = run.claims.map { claim in
      let place = run.places[claim.id]
      let verdict = run.verdicts[claim.id]
      return StoredClaim(
        id: claim.id, document: claim.document, path: place?.path ?? claim.document,
        line: place?.line ?? 0, column: place?.column ?? 0, text: claim.surface,
        low: number(claim.stated.low), high: number(claim.stated.high),
        unit: claim.unit.description, qualifier: claim.qualifier.rawValue, item: claim.item,
        subject: claim.subject, metric: claim.metric.rawValue, modality: claim.modality.rawValue,
        periodStart: claim.period?.start, periodEnd: claim.period?.end, speaker: claim.speaker,
        sentence: claim.sentence, verdict: verdict?.rawValue ?? "not-judged",
        reason: run.reasons[claim.id]?.rawValue)
    }
    let findings = run.findings.map { finding in
      StoredFinding(
        id: finding.id, rule: finding.rule, severity: finding.severity.rawValue,
        contradiction: grouped[finding.id], message: run.message(of: finding),
        claims: finding.claims.map(\.id), rows: finding.bookings.map(\.id))
    }
    return try store.record(
      StoredRun(
        started: run.runDate ?? "", corpus: run.corpus ?? "", ledger: run.ledger, config: config,
        version: version, context: context, files: run.files, read: kept.count,
        reused: reused.count,
        reusedDocuments: stamped((reused + kept).sorted()), claims: claims,
        findings: findings,
        contradictions: contradictions.map {
          StoredContradiction(
            id: $0.id, severity: $0.severity.rawValue, headline: $0.headline,
            findings: $0.findings.count)
        }))
  }
}
