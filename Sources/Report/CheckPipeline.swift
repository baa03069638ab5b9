import Core
import Extract
import Foundation
import Ingest
import Reconcile

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
  /// the ledger has bad rows; bad rows otherwise are in `CheckRun.ledgerIssues`.
  public func run() throws -> CheckRun {
    // Paths stay as the user wrote them: no absolute paths in reports.
    let ledgerPath =
      try ledger
      ?? Self.defaultFile(["bookings.csv", "bookings.json", "bookings.jsonl"], in: corpus)
    let configPath = try config ?? Self.defaultFile(["tally.yml"], in: corpus)
    let settings = try configPath.map(Self.readConfig) ?? TallyConfig()
    let calendars = settings
    var run = CheckRun()
    run.ledger = ledgerPath
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
    let extractor = placing
    var directory: [String: String] = [:]
    let ingestor = Ingestor()
    // Files tally.yml excludes are accounted for as skipped, with the pattern that excluded them.
    var entries = CorpusWalker.walk([corpus])
    for index in entries.indices where entries[index].problem == nil {
      if let pattern = settings.exclusion(of: entries[index].path) {
        entries[index].problem = .skipped
        entries[index].reason = "excluded by \(configPath ?? "tally.yml") ('\(pattern)')"
      }
    }
    // Document ids are relative to the corpus root (so ids survive a move); places are paths a
    // reader can open, as the corpus was named.
    let root = corpus
    onStart?(entries)
    var isFolder: ObjCBool = false
    let corpusIsFile =
      FileManager.default.fileExists(atPath: corpus, isDirectory: &isFolder) && !isFolder.boolValue
    let place: @Sendable (Document) -> String = { document in
      corpusIsFile ? root : (root as NSString).appendingPathComponent(document.path)
    }
    try ParallelBatches.run(entries, jobs: jobs) { entry in
      let outcome = ingestor.ingest(entry)
      var found: [(Claim, ClaimPlace)] = []
      var documents: [(id: String, info: CheckRun.DocumentInfo)] = []
      var people: [String: String] = [:]
      for document in outcome.documents {
        people.merge(ClaimExtractor.peopleDirectory(of: document)) { first, _ in first }
        let info = CheckRun.DocumentInfo(
          path: place(document), format: document.format.rawValue,
          language: document.language.rawValue, published: document.published,
          mainParty: mainParty.of(document))
        documents.append((document.id, info))
        for claim in extractor.extract(from: document) {
          let position = document.position(of: claim.span.start)
          found.append(
            (claim, ClaimPlace(path: place(document), line: position.line, column: position.column))
          )
        }
      }
      return (IngestSummary.Line(outcome), found, documents, people)
    } consume: { line, found, documents, people in
      directory.merge(people) { first, _ in first }
      for (id, info) in documents { run.documentInfo[id] = info }
      run.files += 1
      for format in line.formats { run.documentsByFormat[format.rawValue, default: 0] += 1 }
      if line.status != .ok {
        run.problems.append(
          CheckRun.FileProblem(
            path: line.path, status: line.status.rawValue, reason: line.reason ?? ""))
      }
      for (claim, place) in found {
        run.claims.append(claim)
        run.places[claim.id] = place
      }
      onFile?(line, found.count)
    }
    ClaimExtractor.resolveFirstPerson(&run.claims, directory: directory)
    let result = Reconciler(config: settings).reconcile(
      run.claims, against: bookings, documentDates: run.documentInfo.compactMapValues(\.published),
      mainParties: run.documentInfo.compactMapValues(\.mainParty))
    run.verdicts = result.verdicts
    run.reasons = result.reasons
    run.hints = result.hints
    run.items = result.items
    run.parties = result.parties
    run.findings = result.findings
    return run
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
