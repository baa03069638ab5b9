import ArgumentParser
import Core
import Extract
import Foundation
import Ingest
import Reconcile

/// `tally check`: finds the claims of a corpus and judges them against the bookings ledger and
/// against each other.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a corpus's numeric claims against the bookings ledger and against each other.",
    discussion: """
      Reads every document under CORPUS, extracts its claims, and reports which contradict \
      the ledger (REC001) or each other (REC002), and which the ledger cannot confirm (REC004). \
      Without --ledger, a bookings.csv, bookings.json or bookings.jsonl at the corpus root is used.

      Example:
        tally check Corpus --format json --output findings.json
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }
  enum FailOn: String, ExpressibleByArgument, CaseIterable { case error, warning, never }

  @Argument(help: "The corpus folder.")
  var corpus: String

  @Option(help: "The bookings ledger (CSV, JSON or JSON Lines).")
  var ledger: String?

  @Option(help: "The configuration (default: tally.yml at the corpus root, when there is one).")
  var config: String?

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @Option(help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  @Option(help: "Exit 1 when a finding reaches this severity: error, warning or never.")
  var failOn: FailOn = .error

  @Flag(help: "Treat any bad ledger row as an error (exit 2).")
  var strict = false

  @Option(help: "Files read at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    // Paths stay as the user wrote them: no absolute paths in reports.
    let ledgerPath = ledger ?? ["bookings.csv", "bookings.json", "bookings.jsonl"]
      .map { (corpus as NSString).appendingPathComponent($0) }
      .first { FileManager.default.fileExists(atPath: $0) }
    let configPath = config ?? [(corpus as NSString).appendingPathComponent("tally.yml")]
      .first { FileManager.default.fileExists(atPath: $0) }
    var settings = TallyConfig()
    if let configPath {
      do {
        settings = try ConfigReader.read(path: configPath)
      } catch {
        FileHandle.standardError.write(Data("tally: error: \(error)\n".utf8))
        throw ExitCode(2)
      }
    }
    let fiscalStarts = Dictionary(
      settings.entities.compactMap { entity in entity.fiscalYearStart.map { (entity.name.lowercased(), $0) } },
      uniquingKeysWith: { first, _ in first })
    let entityNames = Dictionary(
      settings.entities.flatMap { entity in ([entity.name] + entity.aliases).map { ($0.lowercased(), entity.name.lowercased()) } },
      uniquingKeysWith: { first, _ in first })
    var bookings: [Booking] = []
    var ledgerIssues: [LedgerIssue] = []
    if let ledgerPath {
      do {
        let reader = LedgerReader(fiscalYearStartMonth: { customer in fiscalStarts[entityNames[customer] ?? customer] })
        let read = try reader.read(path: ledgerPath)
        bookings = read.bookings
        ledgerIssues = read.issues
      } catch {
        FileHandle.standardError.write(Data("tally: error: \(error)\n".utf8))
        throw ExitCode(2)
      }
    }
    for issue in ledgerIssues {
      FileHandle.standardError.write(Data("\(issue.file):\(issue.line): \(strict ? "error" : "warning"): bad ledger row, skipped: \(issue.reason)\n".utf8))
    }
    if strict && !ledgerIssues.isEmpty { throw ExitCode(2) }

    let calendars = settings
    let extractor = ClaimExtractor(
      tolerance: settings.tolerance,
      fiscalCalendar: { name in calendars.entity(named: name)?.fiscalYearStart },
      dollar: settings.currency ?? "USD")
    let ingestor = Ingestor()
    var summary = IngestSummary()
    var claims: [Claim] = []
    var places: [String: ClaimPlace] = [:]
    var dates: [String: String] = [:]
    try ParallelBatches.run(CorpusWalker.walk([corpus]), jobs: jobs) { entry in
      let outcome = ingestor.ingest(entry)
      var found: [(Claim, ClaimPlace)] = []
      var documentDates: [(String, String)] = []
      for document in outcome.documents {
        if let date = document.published { documentDates.append((document.id, date)) }
        for claim in extractor.extract(from: document) {
          let position = document.position(of: claim.span.start)
          found.append((claim, ClaimPlace(path: document.path, line: position.line, column: position.column)))
        }
      }
      return (IngestSummary.Line(outcome), found, documentDates)
    } consume: { line, found, documentDates in
      summary.add(line)
      for (claim, place) in found {
        claims.append(claim)
        places[claim.id] = place
      }
      for (id, date) in documentDates { dates[id] = date }
    }
    let result = Reconciler(config: settings).reconcile(claims, against: bookings, documentDates: dates)
    let report = CheckReport(
      summary: summary, claims: claims, places: places, result: result, ledger: ledgerPath,
      bookings: bookings.count, ledgerIssues: ledgerIssues)
    let sink = try OutputSink(path: output)
    switch format {
    case .text: sink.write(report.text())
    case .json: sink.write(Data(report.json() + [0x0A]))
    }
    try sink.finish()
    let threshold: Severity? = failOn == .never ? nil : (failOn == .error ? .error : .warning)
    if let threshold, result.findings.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
  }
}

/// Where a claim sits in its source file.
struct ClaimPlace: Sendable {
  var path: String
  var line: Int
  var column: Int
}
