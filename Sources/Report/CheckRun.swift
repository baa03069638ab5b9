import Core
import Foundation
import Reconcile

/// Where a claim sits in its source file: the path as the user gave it, a 1-based line and a
/// 1-based column counted in Unicode code points.
public struct ClaimPlace: Sendable, Hashable, Codable {
  public var path: String
  public var line: Int
  public var column: Int

  /// Creates a place.
  public init(path: String, line: Int, column: Int) {
    self.path = path
    self.line = line
    self.column = column
  }
}

/// Everything one `tally check` found: what was read, every claim and where it is, the verdicts and
/// findings, and the ledger.
///
/// Every report format renders one of these.
public struct CheckRun: Sendable {
  /// A file that was skipped or failed, and why.
  public struct FileProblem: Sendable, Hashable {
    public var path: String
    /// `skipped` or `failed`.
    public var status: String
    public var reason: String

    /// Creates a problem.
    public init(path: String, status: String, reason: String) {
      self.path = path
      self.status = status
      self.reason = reason
    }
  }

  /// The corpus as the user named it (`Corpus`, `article.html`), for titles.
  public var corpus: String?
  /// The day of the run (`YYYY-MM-DD`, UTC), for titles: `SOURCE_DATE_EPOCH` when set, so that a
  /// build can pin it.
  public var runDate: String?
  /// Files read, and documents by format (`html`, `email`…).
  public var files = 0
  public var documentsByFormat: [String: Int] = [:]
  /// What was read of a document besides its claims.
  public struct DocumentInfo: Sendable, Hashable, Codable {
    /// The file, as the corpus was named (`Corpus/posts/tweets.js`).
    public var path: String
    public var format: String
    public var language: String
    /// Its date (ISO 8601), when it gives one.
    public var published: String?
    /// The ledger party it names most, which a claim naming none is taken to be about.
    public var mainParty: String?
    /// The warning code when its main text was found by a fallback (`ING013`, `ING014`, `ING015`).
    public var mainTextFallback: String?

    /// Creates the information.
    public init(
      path: String, format: String, language: String, published: String? = nil,
      mainParty: String? = nil, mainTextFallback: String? = nil
    ) {
      self.path = path
      self.format = format
      self.language = language
      self.published = published
      self.mainParty = mainParty
      self.mainTextFallback = mainTextFallback
    }
  }

  /// How many documents had their main text found by each fallback, by warning code.
  public var mainTextFallbacks: [String: Int] {
    documentInfo.values.reduce(into: [:]) { counts, info in
      if let code = info.mainTextFallback { counts[code, default: 0] += 1 }
    }
  }

  /// Every document read, by id.
  public var documentInfo: [String: DocumentInfo] = [:]
  /// Every configured entity's name and alias, as written, to the entity's name ("Plant North"
  /// → "Halden Plant North"): `tally eval` compares subjects and flows through it.
  public var entityNames: [String: String] = [:]
  /// Files skipped or failed, in path order.
  public var problems: [FileProblem] = []
  /// Every claim, in corpus order, and where each is.
  public var claims: [Claim] = []
  public var places: [String: ClaimPlace] = [:]
  /// The configured or ledger item each claim names, by claim id (when it names exactly one).
  public var items: [String: String] = [:]
  /// The ledger party each linked claim was judged for, by claim id, and how it was found.
  public var parties: [String: (name: String, source: PartySource)] = [:]
  /// Verdicts by claim id, and the findings that explain them.
  public var verdicts: [String: Verdict] = [:]
  /// Why each claim without a verdict was not judged, by claim id, and what the user could do
  /// about some of them.
  public var reasons: [String: NotJudgedReason] = [:]
  /// The tally.yml fix a claim not judged points to, by claim id (`Reconciliation.hints`).
  public var hints: [String: String] = [:]
  public var findings: [Finding] = []
  /// The ledger read (as given), its usable rows and its bad ones.
  public var ledger: String?
  public var ledgerRows = 0
  public var ledgerIssues: [LedgerIssue] = []
  /// How many findings a baseline accepted, and left out (`accepting(_:)`).
  public var acceptedByBaseline = 0
  /// The ledger rows no judged claim links to: bookings no document mentions.
  public var unusedRows: [Booking] = []
  /// The ledger's columns that nothing reads (`Ledger.unknownColumns`).
  public var ledgerUnknownColumns: [String] = []
  /// The tally.yml read, if any, and its top-level keys Tally does not know, with their lines.
  public var configFile: String?
  public var configUnknownKeys: [(key: String, line: Int?)] = []
  /// Files whose result came from the store rather than a new reading.
  public var filesReused = 0
  /// Why the store could not be used, when it could not (the run goes on without it).
  public var storeProblem: String?
  /// The key of the corpus's inputs (`CheckPipeline.unchangedInputs()`) and the run's id in
  /// the store, when a store recorded it.
  public var inputKey: String?
  public var storeRun: Int64?

  /// An empty run.
  public init() {}

  /// How many documents were read.
  public var documents: Int { documentsByFormat.values.reduce(0, +) }

  /// How many files were skipped and how many failed.
  public var skipped: Int { problems.count { $0.status == "skipped" } }
  public var failed: Int { problems.count { $0.status == "failed" } }

  /// Findings by severity.
  public func count(_ severity: Severity) -> Int { findings.count { $0.severity == severity } }

  /// Claims by verdict (claims the ledger could not speak to have none).
  public func count(_ verdict: Verdict) -> Int { verdicts.values.count { $0 == verdict } }

  /// The claims the ledger confirms, in corpus order.
  public var confirmedClaims: [Claim] { claims.filter { verdicts[$0.id] == .consistent } }

  /// How many claims were not judged, whatever the reason.
  public var notJudgedCount: Int { reasons.count }

  /// Claims not judged, by reason, most frequent first (ties in the reasons' order).
  public var notJudged: [(reason: NotJudgedReason, count: Int)] {
    var counts: [NotJudgedReason: Int] = [:]
    for reason in reasons.values { counts[reason, default: 0] += 1 }
    return NotJudgedReason.allCases.compactMap { reason in counts[reason].map { (reason, $0) } }
      .enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }
      .map(\.element)
  }

  /// The claims not judged for `reason`, in run order.
  public func claimsNotJudged(_ reason: NotJudgedReason) -> [Claim] {
    claims.filter { reasons[$0.id] == reason }
  }

  /// Every claim's outcome in one line: "111: 8 consistent, 39 contradicted, 11 unverifiable, 0
  /// ambiguous; 53 not judged (percentage: 25, …)".
  public var claimsText: String {
    "\(claims.count): \(count(.consistent)) consistent, \(count(.contradicted)) contradicted, \(count(.unverifiable)) unverifiable, \(count(.ambiguous)) ambiguous"
      + (notJudgedText.map { "; \($0)" } ?? "")
  }

  /// "53 not judged (percentage: 25, no party named: 12, …)", or nil when every claim was judged.
  public var notJudgedText: String? {
    let counts = notJudged
    guard !counts.isEmpty else { return nil }
    let total = counts.reduce(0) { $0 + $1.count }
    return "\(total) not judged ("
      + counts.map { "\($0.reason.phrase): \($0.count)" }.joined(separator: ", ") + ")"
  }

  /// `path:line:column` of a claim, or its document id when its place is unknown.
  public func location(of claim: Claim) -> String {
    places[claim.id].map { "\($0.path):\($0.line):\($0.column)" } ?? claim.document
  }
}

extension CheckRun {
  /// Today (UTC), or the day `SOURCE_DATE_EPOCH` names, as `YYYY-MM-DD`.
  public static func today(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String
  {
    let seconds =
      environment["SOURCE_DATE_EPOCH"].flatMap(Int.init)
      ?? Int(Date().timeIntervalSince1970)
    return Period.isoDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
  }
}

/// "1 file", "2 files".
func counted(_ count: Int, _ noun: String) -> String {
  "\(NumberText.grouped(Decimal(count))) \(noun)\(count == 1 ? "" : "s")"
}

extension Booking {
  /// Its figure for people: "12,000 H100" or "360,000,000 USD".
  public var figureText: String {
    var parts: [String] = []
    if let quantity { parts.append("\(NumberText.grouped(quantity)) \(item)") }
    if let amount { parts.append("\(NumberText.grouped(amount)) \(currency)") }
    return parts.joined(separator: ", ")
  }

  /// Its period for people, as the ledger writes it (`periodLabel`).
  public var periodText: String { periodLabel }
}

/// What each rule means, for reports that explain their rules (SARIF, HTML, Markdown).
public enum Rules {
  public struct Rule: Sendable {
    public var id: String
    public var name: String
    public var summary: String
    public var detail: String

    /// Its section of Tally's docs: `docs/reconcile.md#rec001-contradictsledger`.
    public var docsPath: String { "docs/reconcile.md#\(id.lowercased())-\(name.lowercased())" }

    /// Where Tally's own docs say more, in words rather than a link.
    ///
    /// A relative link in SARIF would resolve against the repository being scanned: "Tally's
    /// docs/reconcile.md, section 'REC001 ContradictsLedger', says more."
    public var docsReference: String {
      "Tally's docs/reconcile.md, section '\(id) \(name)', says more."
    }
  }

  public static let all: [Rule] = [
    Rule(
      id: "REC001", name: "ContradictsLedger", summary: "A claim contradicts the bookings ledger.",
      detail:
        "The claim's bounds (the precision its writing implies, widened by its qualifier) do not hold the sum of the ledger rows it links to: the same party, item, statuses and period."
    ),
    Rule(
      id: "REC002", name: "ContradictsOtherSource",
      summary: "Two sources make claims that cannot both be true.",
      detail:
        "Claims from different documents and speakers about the same party, item, metric and period have bounds that do not overlap."
    ),
    Rule(
      id: "REC003", name: "AmbiguousLink",
      summary: "A claim could link to the ledger in more than one way.",
      detail:
        "The claim's sentence describes more than one configured entity, or its item names more than one ledger item; name one (or configure it in tally.yml) to check the claim."
    ),
    Rule(
      id: "REC004", name: "Unverifiable", summary: "No ledger row links to a claim.",
      detail:
        "The ledger has no row for the claim's party, item, statuses and period, so it can neither confirm nor contradict it."
    ),
  ]

  /// The rule with this id.
  public static func rule(_ id: String) -> Rule? { all.first { $0.id == id } }
}
