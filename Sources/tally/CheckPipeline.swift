import ArgumentParser
import Core
import Extract
import Foundation
import Ingest
import Reconcile
import Report

/// The whole of `tally check` short of rendering: reads the configuration and ledger, reads and
/// extracts every document, and reconciles.
///
/// `tally diff` runs it on each corpus it compares.
struct CheckPipeline {
  var corpus: String
  var ledger: String?
  var config: String?
  var strict = false
  var jobs = 1
  var progress = Progress.Mode.off

  /// The run; a configuration or ledger error (or, with `strict`, a bad ledger row) is printed
  /// on standard error and exits 2.
  func run() throws -> CheckRun {
    // Paths stay as the user wrote them: no absolute paths in reports.
    let ledgerPath =
      ledger
      ?? ["bookings.csv", "bookings.json", "bookings.jsonl"]
      .map { (corpus as NSString).appendingPathComponent($0) }
      .first { FileManager.default.fileExists(atPath: $0) }
    let configPath =
      config
      ?? [(corpus as NSString).appendingPathComponent("tally.yml")]
      .first { FileManager.default.fileExists(atPath: $0) }
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
        Self.printError("\(error)")
        throw ExitCode(2)
      }
    }
    run.ledgerRows = bookings.count
    for issue in run.ledgerIssues {
      FileHandle.standardError.write(
        Data(
          "\(issue.file):\(issue.line): \(strict ? "error" : "warning"): bad ledger row, skipped: \(issue.reason)\n"
            .utf8))
    }
    if strict && !run.ledgerIssues.isEmpty { throw ExitCode(2) }

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
    var progress = Progress(mode: self.progress, entries: entries)
    // Document ids are relative to the corpus root (so ids survive a move); places are paths a
    // reader can open, as the corpus was named.
    let root = corpus
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
      progress.advance(line, found: "\(found.count) claim\(found.count == 1 ? "" : "s")")
    }
    progress.finish()
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

  /// The tally.yml at `path`; an error is printed on standard error and exits 2.
  static func readConfig(_ path: String) throws -> TallyConfig {
    do {
      return try ConfigReader.read(path: path)
    } catch {
      printError("\(error)")
      throw ExitCode(2)
    }
  }

  static func printError(_ message: String) {
    FileHandle.standardError.write(Data("tally: error: \(message)\n".utf8))
  }
}
