import Core
import Extract
import Foundation
import Ingest
import Reconcile
import Store

/// The whole of `tally check` short of rendering, as a library call: reads the configuration
/// and ledger, reads and extracts every document, places people across the corpus, and
/// reconciles.
///
/// `tally check`, `diff` and `eval` run it, and so can tests, without a process.
///
/// ```swift
/// let run = try CheckPipeline(corpus: "Corpus").run()
/// run.findings.count
/// ```
public struct CheckPipeline {
  /// The corpus folder or file.
  public var corpus: String
  /// The ledger (default: bookings.csv, .json or .jsonl at the corpus root).
  public var ledger: String?
  /// The configuration (default: tally.yml at the corpus root).
  public var config: String?
  /// Whether a bad ledger row fails the run.
  public var strict = false
  /// Files read at once.
  public var jobs = 1
  /// Called once with the corpus's entries before any is read, then once per file, in corpus
  /// order, with the file's outcome and how many claims it gave.
  public var onStart: (([CorpusEntry]) -> Void)?
  public var onFile: ((IngestSummary.Line, Int) -> Void)?
  /// The store that keeps what each file gave (`docs/store.md`); nil: no store.
  ///
  /// A file unchanged since a run that recorded it is not read again; every run is recorded.
  public var store: String?
  /// Tally's version, as the store records it.
  public var version = ""

  /// Why a run could not start.
  public enum Failure: Error, CustomStringConvertible {
    /// The configuration or the ledger cannot be read.
    case unreadable(String)
    /// With `strict`, the ledger has bad rows.
    case badLedgerRows([LedgerIssue])

    public var description: String {
      switch self {
      case .unreadable(let message): message
      case .badLedgerRows(let issues):
        "\(issues.count) bad ledger row\(issues.count == 1 ? "" : "s")"
      }
    }
  }

  /// Creates a pipeline over `corpus`.
  public init(
    corpus: String, ledger: String? = nil, config: String? = nil, strict: Bool = false,
    jobs: Int = 1
  ) {
    self.corpus = corpus
    self.ledger = ledger
    self.config = config
    self.strict = strict
    self.jobs = jobs
  }

  /// The first of `names` at the root of the folder `corpus`, when there is one.
  ///
  /// Throws when it is there but may not be read (a link out of the corpus, a broken link, not a
  /// regular file): a file named explicitly (`--ledger`, `--config`) is the user's choice, a
  /// default one must come from the corpus itself.
  public static func defaultFile(_ names: [String], in corpus: String) throws(Failure) -> String? {
    for name in names {
      let path = (corpus as NSString).appendingPathComponent(name)
      if let reason = CorpusWalker.refusal(ofDefault: path, root: corpus) {
        let option = name == "tally.yml" ? "--config" : "--ledger"
        throw Failure.unreadable("\(path): not read: \(reason) (name it with \(option) to use it)")
      }
      if FileManager.default.fileExists(atPath: path) { return path }
    }
    return nil
  }

  /// The run.
  ///
  /// Throws `Failure` when the configuration or ledger cannot be read, or (with `strict`) when
  /// the ledger has bad rows; bad rows otherwise are in `CheckRun.ledgerIssues`. Files are read
  /// by `readFile` when it is set (`tally check` reads them in worker processes), else here.
  public func run(
    readFile: (@Sendable (CorpusEntry, FileReader) -> FileResult)? = nil
  ) throws -> CheckRun {
    let prepared = try prepare()
    var run = prepared.run
    let reader = prepared.reader
    var directory: [String: String] = [:]
    // A store that cannot be opened or read costs the run its reuse, nothing else.
    var cache: CheckStore?
    if let store {
      do {
        cache = try CheckStore(
          store: Store(path: store), prepared: prepared, corpus: corpus, version: version)
      } catch {
        run.storeProblem = "\(error)"
      }
    }
    var kept: [String: FileResult] = [:]
    do {
      kept = try cache?.reusable(reader.entries) ?? [:]
    } catch {
      run.storeProblem = "\(store ?? ""): not read: \(error)"
      cache = nil
    }
    let reused = kept
    onStart?(reader.entries)
    var position = 0
    try ParallelBatches.run(reader.entries, jobs: jobs) { entry in
      reused[entry.path] ?? readFile?(entry, reader) ?? reader.read(entry)
    } consume: { result in
      let entry = reader.entries[position]
      position += 1
      // A failure may be the machine's (a timeout, a crash, memory): the file is read again.
      if cache != nil, reused[entry.path] == nil, entry.problem == nil,
        result.line.status != .failed
      {
        do {
          try cache?.keep(result, as: entry.path, at: entry.url.path)
        } catch {
          run.storeProblem = "\(store ?? ""): not written: \(error)"
          cache = nil
        }
      }
      Self.add(result, to: &run, directory: &directory)
      onFile?(result.line, result.claims.count)
    }
    run = finish(run, directory: directory, prepared: prepared)
    run.filesReused = reused.count
    do {
      try cache?.flush()
      run.inputKey = cache?.inputKey(reader.entries, reused: Set(reused.keys))
      run.storeRun = try cache?.record(
        run, reused: Array(reused.keys), version: version, config: prepared.configPath)
    } catch {
      run.storeProblem = "\(store ?? ""): not written: \(error)"
    }
    return run
  }

  /// The key of the corpus's inputs (`CheckRun.inputKey`) when the store holds every file
  /// unchanged, without reading any; nil when a file is new or changed, or there is no store.
  ///
  /// An unchanged corpus under the same context gives the same run: what a run printed can be
  /// printed again (`Store.outcome(key:)`).
  ///
  /// Comes with the run as prepared (the ledger read, its issues found), for what a run says
  /// before it reads.
  public func unchangedInputs() throws -> Unchanged? {
    guard let store else { return nil }
    let prepared = try prepare()
    if strict && !prepared.run.ledgerIssues.isEmpty { return nil }
    var cache = try CheckStore(
      store: Store(path: store), prepared: prepared, corpus: corpus, version: version)
    let entries = prepared.reader.entries
    let readable = entries.filter { $0.problem == nil }.count
    guard cache.unchanged(entries).count == readable, let key = cache.inputKey(entries) else {
      return nil
    }
    return Unchanged(
      key: key, prepared: prepared.run, context: cache.context, refreshed: cache.refreshed)
  }

  /// A corpus the store holds unchanged (`unchangedInputs()`).
  public struct Unchanged {
    /// The key of its inputs.
    public var key: String
    /// The run as prepared: the ledger read, its issues found.
    public var prepared: CheckRun
    /// What its documents are read under, and those whose size or time changed with their
    /// bytes the same (a `touch`, a checkout): their new signatures, to record.
    public var context: String
    public var refreshed: [(path: String, sha256: String, signature: String)]
  }

  /// The run from files another process read (`tally stage`), in corpus order: the same
  /// reconciliation and reports as `run()` over the corpus they came from.
  ///
  /// The ledger and configuration are the ones given (`ledger`, `config`); none is looked for.
  public func run(results: [FileResult]) throws -> CheckRun {
    let prepared = try prepare(walk: false)
    var run = prepared.run
    var directory: [String: String] = [:]
    for result in results { Self.add(result, to: &run, directory: &directory) }
    return finish(run, directory: directory, prepared: prepared)
  }

  /// One file's result, added to the run in corpus order.
  private static func add(
    _ result: FileResult, to run: inout CheckRun, directory: inout [String: String]
  ) {
    directory.merge(result.people) { first, _ in first }
    for (id, info) in result.documents { run.documentInfo[id] = info }
    run.files += 1
    for format in result.line.formats { run.documentsByFormat[format.rawValue, default: 0] += 1 }
    if result.line.status != .ok {
      run.problems.append(
        CheckRun.FileProblem(
          path: result.line.path, status: result.line.status.rawValue,
          reason: result.line.reason ?? ""))
    }
    for (claim, place) in zip(result.claims, result.places) {
      run.claims.append(claim)
      run.places[claim.id] = place
    }
  }

  /// The reconciliation of everything read.
  private func finish(_ read: CheckRun, directory: [String: String], prepared: Prepared)
    -> CheckRun
  {
    var run = read
    ClaimExtractor.resolveFirstPerson(&run.claims, directory: directory)
    let result = Reconciler(config: prepared.settings).reconcile(
      run.claims, against: prepared.bookings,
      documentDates: run.documentInfo.compactMapValues(\.published),
      mainParties: run.documentInfo.compactMapValues(\.mainParty))
    run.verdicts = result.verdicts
    run.reasons = result.reasons
    run.hints = result.hints
    run.items = result.items
    run.parties = result.parties
    run.findings = prepared.settings.applyingRules(to: result.findings)
    run.unusedRows = result.unusedRows
    return run
  }

  /// A check ready to read its files: the configuration and ledger read, the corpus walked.
  public struct Prepared: Sendable {
    public var settings: TallyConfig
    public var bookings: [Booking]
    /// The run so far: the ledger and its issues, the configured names.
    public var run: CheckRun
    public var reader: FileReader
    /// The configuration read, when there is one.
    public var configPath: String?
  }

  /// Reads the configuration and the ledger and walks the corpus: everything but the files.
  ///
  /// A worker process prepares the same check as its parent and reads the files it is given.
  ///
  /// Without `walk` (files read elsewhere, `tally stage`), no default ledger or configuration is
  /// looked for and the corpus is not listed.
  public func prepare(walk: Bool = true) throws -> Prepared {
    // Paths stay as the user wrote them: no absolute paths in reports.
    let ledgerPath =
      try ledger
      ?? (walk
        ? Self.defaultFile(["bookings.csv", "bookings.json", "bookings.jsonl"], in: corpus) : nil)
    let configPath = try config ?? (walk ? Self.defaultFile(["tally.yml"], in: corpus) : nil)
    let settings = try configPath.map(Self.readConfig) ?? TallyConfig()
    let calendars = settings
    var run = CheckRun()
    run.corpus = corpus
    run.runDate = CheckRun.today()
    run.ledger = ledgerPath
    run.configFile = configPath
    run.configUnknownKeys = settings.unknownKeys
    for entity in settings.entities {
      for name in [entity.name] + entity.aliases { run.entityNames[name] = entity.name }
    }
    var bookings: [Booking] = []
    if let ledgerPath {
      // The row's supplier (else its customer) keeps the books: its fiscal calendar reads FY2025.
      let reader = LedgerReader(fiscalYearStartMonth: { owner in
        calendars.entity(named: owner)?.fiscalYearStart
      })
      do {
        let read = try reader.read(path: ledgerPath)
        bookings = read.bookings
        run.ledgerIssues = read.issues
        run.ledgerUnknownColumns = read.unknownColumns
      } catch {
        throw Failure.unreadable("\(error)")
      }
    }
    run.ledgerRows = bookings.count
    if strict && !run.ledgerIssues.isEmpty { throw Failure.badLedgerRows(run.ledgerIssues) }

    let mainParty = MainParty(config: settings, bookings: bookings)
    var placing = settings.claimExtractor(knownNames: mainParty.names, bookings: bookings)
    // A person one document introduces ("Gareth Pellow, managing director of Northmoor Rail")
    // speaks for their organisation in every document: "we" is placed once all are read.
    placing.placesFirstPersonLater = true
    // Files tally.yml excludes are accounted for as skipped, with the pattern that excluded them.
    var entries = walk ? CorpusWalker.walk([corpus]) : []
    for index in entries.indices where entries[index].problem == nil {
      if let pattern = settings.exclusion(of: entries[index].path) {
        entries[index].problem = .skipped
        entries[index].reason = "excluded by \(configPath ?? "tally.yml") ('\(pattern)')"
      }
    }
    var isFolder: ObjCBool = false
    let corpusIsFile =
      FileManager.default.fileExists(atPath: corpus, isDirectory: &isFolder) && !isFolder.boolValue
    let reader = FileReader(
      entries: entries, extractor: placing, mainParty: mainParty, root: corpus,
      corpusIsFile: corpusIsFile)
    return Prepared(
      settings: settings, bookings: bookings, run: run, reader: reader, configPath: configPath)
  }

  /// The tally.yml at `path`.
  public static func readConfig(_ path: String) throws -> TallyConfig {
    do {
      return try ConfigReader.read(path: path)
    } catch {
      throw Failure.unreadable("\(error)")
    }
  }
}

/// What reading one file gives a check: its line of the summary, its claims and where each is,
/// what was read of its documents, and the people they place with an organisation.
///
/// Codable: a worker process reads the file and sends this back.
public struct FileResult: Sendable, Codable {
  public var line: IngestSummary.Line
  public var claims: [Claim] = []
  /// The place of each claim, in the same order.
  public var places: [ClaimPlace] = []
  /// What was read of each document, by id.
  public var documents: [String: CheckRun.DocumentInfo] = [:]
  /// People to their organisation (`ClaimExtractor.peopleDirectory`).
  public var people: [String: String] = [:]

  /// A file that gave nothing: skipped or failed with the reason.
  public init(line: IngestSummary.Line) { self.line = line }
}

/// Reads one file of a check into its `FileResult`; the same in the parent and in a worker.
public struct FileReader: Sendable {
  /// The corpus's entries, in corpus order.
  public let entries: [CorpusEntry]
  let extractor: ClaimExtractor
  let mainParty: MainParty
  /// The corpus as the user named it: document ids are relative to it, places start with it.
  let root: String
  /// Whether the corpus is a single file rather than a folder.
  public let corpusIsFile: Bool
  let ingestor = Ingestor()

  /// Reads `entry`.
  public func read(_ entry: CorpusEntry) -> FileResult {
    result(of: ingestor.ingest(entry))
  }

  /// Reads a file's bytes, with the siblings its reader may open (a pack's record).
  public func read(_ bytes: [UInt8], path: String, siblings: [String: [UInt8]]) -> FileResult {
    result(of: ingestor.ingest(bytes, path: path, siblings: siblings))
  }

  private func result(of outcome: FileOutcome) -> FileResult {
    var result = FileResult(line: IngestSummary.Line(outcome))
    for document in outcome.documents {
      result.people.merge(extractor.peopleDirectory(of: document)) { first, _ in first }
      // Document ids are relative to the corpus root (so ids survive a move); places are paths
      // a reader can open, as the corpus was named.
      let place = corpusIsFile ? root : (root as NSString).appendingPathComponent(document.path)
      result.documents[document.id] = CheckRun.DocumentInfo(
        path: place, format: document.format.rawValue, language: document.language.rawValue,
        published: document.published, mainParty: mainParty.of(document),
        mainTextFallback: document.warnings.first {
          ["ING013", "ING014", "ING015"].contains($0.code)
        }?.code)
      let introduced = extractor.extract(from: document) { claim in
        let position = document.position(of: claim.span.start)
        result.claims.append(claim)
        result.places.append(ClaimPlace(path: place, line: position.line, column: position.column))
      }
      result.people.merge(introduced) { first, _ in first }
    }
    return result
  }
}
