import Foundation

/// Tally's store: what each document gave when it was last read, so that an unchanged file is
/// not read again, and what every run found, in tables an analyst can query (`docs/store.md`).
///
/// One SQLite database in write-ahead-log mode: two runs may share it (a writer waits for the
/// other), and a run killed halfway leaves it as it was before the run (each run writes in one
/// transaction).
///
/// ```swift
/// let store = try Store(path: ".tally/tally.sqlite")
/// let known = try store.documents(context: context)
/// ```
public final class Store: @unchecked Sendable {
  private let connection: SQLiteConnection
  /// The store's file.
  public let path: String

  /// The layout of the tables; a store with another is emptied and laid out anew.
  public static let schemaVersion = 5

  /// How many runs the store keeps, with their verdicts and findings.
  public static let keptRuns = 20

  /// Opens the store at `path`, creating it (and its folder) when it does not exist.
  public init(path: String) throws(StoreError) {
    self.path = path
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      do {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw StoreError(path: path, reason: "cannot create its folder")
      }
    }
    do {
      connection = try SQLiteConnection(path: path)
      try useWriteAheadLog()
      try layOut()
    } catch {
      throw StoreError(path: path, reason: error.reason)
    }
  }

  /// Puts the store in write-ahead-log mode.
  ///
  /// Setting the journal mode does not wait for a lock as statements do: another run opening
  /// the same new store at the same moment is waited for here (up to 30 seconds).
  private func useWriteAheadLog() throws(StoreError) {
    var attempts = 0
    while true {
      do {
        try connection.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
        return
      } catch {
        attempts += 1
        guard attempts < 300, connection.isBusy else { throw error }
        usleep(100_000)
      }
    }
  }

  /// Runs `body` in one transaction under the write lock: committed when it returns, rolled
  /// back when it throws.
  private func transaction<Value>(_ body: () throws(StoreError) -> Value) throws(StoreError)
    -> Value
  {
    try connection.execute("BEGIN IMMEDIATE")
    do {
      let value = try body()
      try connection.execute("COMMIT")
      return value
    } catch {
      try? connection.execute("ROLLBACK")
      throw error
    }
  }

  private func layOut() throws(StoreError) {
    // Read and written under the write lock: two runs opening a new store lay it out once.
    try transaction { () throws(StoreError) in try layOutLocked() }
  }

  private func layOutLocked() throws(StoreError) {
    let version = try connection.prepare("PRAGMA user_version")
    let current = try version.next() ? Int(version.integer(0)) : 0
    // An open query would keep the tables it read from being dropped.
    version.reset()
    guard current != Self.schemaVersion else { return }
    try connection.execute(
      """
      DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS runs; DROP TABLE IF EXISTS claims;
      DROP TABLE IF EXISTS verdicts; DROP TABLE IF EXISTS findings;
      DROP TABLE IF EXISTS contradictions; DROP TABLE IF EXISTS outcomes;
      DROP TABLE IF EXISTS outcome_values;
      CREATE TABLE documents(
        context TEXT NOT NULL, path TEXT NOT NULL, sha256 TEXT NOT NULL,
        signature TEXT NOT NULL, status TEXT NOT NULL, reason TEXT, claims INTEGER NOT NULL,
        result TEXT NOT NULL, last_run INTEGER NOT NULL, PRIMARY KEY (context, path, sha256));
      CREATE TABLE runs(
        id INTEGER PRIMARY KEY, started TEXT NOT NULL, corpus TEXT NOT NULL, ledger TEXT,
        config TEXT, version TEXT NOT NULL, files INTEGER NOT NULL, read INTEGER NOT NULL,
        reused INTEGER NOT NULL, claims INTEGER NOT NULL, findings INTEGER NOT NULL,
        contradictions INTEGER NOT NULL);
      CREATE TABLE claims(
        id TEXT PRIMARY KEY, document TEXT NOT NULL, path TEXT NOT NULL, line INTEGER NOT NULL,
        column INTEGER NOT NULL, text TEXT NOT NULL, low REAL, high REAL, unit TEXT NOT NULL,
        qualifier TEXT NOT NULL, item TEXT, subject TEXT, metric TEXT NOT NULL,
        modality TEXT NOT NULL, period_start TEXT, period_end TEXT, speaker TEXT,
        sentence TEXT NOT NULL);
      CREATE TABLE verdicts(
        run INTEGER NOT NULL, claim TEXT NOT NULL, verdict TEXT NOT NULL, reason TEXT,
        PRIMARY KEY (run, claim));
      CREATE TABLE findings(
        run INTEGER NOT NULL, id TEXT NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL,
        contradiction TEXT, message TEXT NOT NULL, claims TEXT NOT NULL, rows TEXT NOT NULL,
        PRIMARY KEY (run, id));
      CREATE TABLE contradictions(
        run INTEGER NOT NULL, id TEXT NOT NULL, severity TEXT NOT NULL, headline TEXT NOT NULL,
        findings INTEGER NOT NULL, PRIMARY KEY (run, id));
      CREATE INDEX verdicts_by_claim ON verdicts(claim);
      CREATE TABLE outcomes(key TEXT PRIMARY KEY, run INTEGER NOT NULL);
      CREATE TABLE outcome_values(key TEXT PRIMARY KEY, value BLOB NOT NULL);
      PRAGMA user_version = \(Self.schemaVersion);
      """)
  }

  /// The documents the store holds for `context`, by their path in the corpus (a path may have
  /// several versions, `tally diff --git` reads two), without what reading them gave
  /// (`results(context:)`).
  public func documents(context: String) throws(StoreError) -> [String: [StoredDocument]] {
    let query = try connection.prepare(
      "SELECT path, sha256, signature, status, reason, claims FROM documents WHERE context = ?")
    query.bind([.text(context)])
    var found: [String: [StoredDocument]] = [:]
    while try query.next() {
      guard let path = query.text(0), let sha256 = query.text(1), let signature = query.text(2),
        let status = query.text(3)
      else { continue }
      found[path, default: []].append(
        StoredDocument(
          path: path, sha256: sha256, signature: signature, status: status, reason: query.text(4),
          claims: Int(query.integer(5)), result: Data()))
    }
    return found
  }

  /// What reading each document gave, for `context`, by path and SHA-256.
  public func results(context: String) throws(StoreError) -> [String: [String: Data]] {
    let query = try connection.prepare(
      "SELECT path, sha256, result FROM documents WHERE context = ?")
    query.bind([.text(context)])
    var found: [String: [String: Data]] = [:]
    while try query.next() {
      guard let path = query.text(0), let sha256 = query.text(1), let result = query.text(2)
      else { continue }
      found[path, default: [:]][sha256] = Data(result.utf8)
    }
    return found
  }

  /// What a run whose inputs and rendering had `key` printed (`keep(outcome:key:run:)`).
  public func outcome(key: String) throws(StoreError) -> (run: Int64, value: Data)? {
    let query = try connection.prepare(
      "SELECT run, value FROM outcomes JOIN outcome_values USING (key) WHERE key = ?")
    query.bind([.text(key)])
    guard try query.next() else { return nil }
    return (query.integer(0), query.blob(1))
  }

  /// Keeps what run `run` printed, under `key`.
  ///
  /// An unchanged re-run prints it again without reading. Outcomes of runs the store no longer
  /// keeps go.
  public func keep(outcome: Data, key: String, run: Int64) throws(StoreError) {
    try transaction { () throws(StoreError) in
      try connection.prepare("INSERT OR REPLACE INTO outcomes(key, run) VALUES (?, ?)")
        .run([.text(key), .integer(run)])
      try connection.prepare("INSERT OR REPLACE INTO outcome_values(key, value) VALUES (?, ?)")
        .run([.text(key), .blob(outcome)])
      try connection.prepare("DELETE FROM outcomes WHERE run < ?").run([
        .integer(run - Int64(Self.keptRuns) + 1)
      ])
      try connection.execute(
        "DELETE FROM outcome_values WHERE key NOT IN (SELECT key FROM outcomes)")
    }
  }

  /// Records a run that repeated run `previous` without reading anything, and returns its id.
  ///
  /// The same claims, verdicts, findings and contradictions are the new run's; its outcome
  /// (`key`) and documents now belong to it, and the documents in `refreshed` (under
  /// `context`) take their new signatures.
  @discardableResult
  public func recordRepeat(
    of previous: Int64, key: String, started: String, context: String,
    refreshed: [(path: String, sha256: String, signature: String)]
  ) throws(StoreError) -> Int64 {
    try transaction { () throws(StoreError) -> Int64 in
      try connection.prepare(
        """
        INSERT INTO runs(started, corpus, ledger, config, version, files, read, reused, claims,
          findings, contradictions)
        SELECT ?, corpus, ledger, config, version, files, 0, read + reused, claims, findings,
          contradictions FROM runs WHERE id = ?
        """
      ).run([.text(started), .integer(previous)])
      // The run repeated may have been pruned by another run meanwhile.
      guard connection.changes == 1 else {
        throw StoreError(path: nil, reason: "run \(previous) is no longer in the store")
      }
      let id = connection.lastInsertRowID
      for (table, columns) in [
        ("verdicts", "claim, verdict, reason"),
        ("findings", "id, rule, severity, contradiction, message, claims, rows"),
        ("contradictions", "id, severity, headline, findings"),
      ] {
        try connection.prepare(
          "INSERT INTO \(table)(run, \(columns)) SELECT ?, \(columns) FROM \(table) WHERE run = ?"
        ).run([.integer(id), .integer(previous)])
      }
      try connection.prepare("UPDATE documents SET last_run = ? WHERE last_run = ?")
        .run([.integer(id), .integer(previous)])
      try connection.prepare("UPDATE outcomes SET run = ? WHERE key = ?")
        .run([.integer(id), .text(key)])
      let signature = try connection.prepare(
        "UPDATE documents SET signature = ? WHERE context = ? AND path = ? AND sha256 = ?")
      for document in refreshed {
        try signature.run([
          .text(document.signature), .text(context), .text(document.path),
          .text(document.sha256),
        ])
      }
      try prune(before: id)
      return id
    }
  }

  /// Keeps what reading `documents` gave, under `context`, in one transaction of its own: a
  /// file's result holds whatever becomes of the run that read it.
  public func keep(documents: [StoredDocument], context: String) throws(StoreError) {
    guard !documents.isEmpty else { return }
    try transaction { () throws(StoreError) in
      let insert = try connection.prepare(
        """
        INSERT OR REPLACE INTO documents(context, path, sha256, signature, status, reason,
          claims, result, last_run)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(id), 0) + 1 FROM runs))
        """)
      for stored in documents {
        try insert.run([
          .text(context), .text(stored.path), .text(stored.sha256), .text(stored.signature),
          .text(stored.status), .text(stored.reason), .integer(Int64(stored.claims)),
          .text(String(decoding: stored.result, as: UTF8.self)),
        ])
      }
    }
  }

  /// The rows a query returns, each column as text (nil for NULL): for tests and tools that
  /// read the store as `docs/store.md` describes it.
  public func rows(_ sql: String) throws(StoreError) -> [[String?]] {
    let query = try connection.prepare(sql)
    var rows: [[String?]] = []
    while try query.next() { rows.append((0..<query.columnCount).map { query.text($0) }) }
    return rows
  }

  /// Records a run in one transaction, and returns its id.
  ///
  /// Marks the documents the run used (those read afresh were kept by `keep(documents:)` as
  /// they were read), writes the claims, verdicts, findings and contradictions; then keeps only
  /// the last `keptRuns` runs.
  @discardableResult
  public func record(_ run: StoredRun) throws(StoreError) -> Int64 {
    try transaction { () throws(StoreError) in try write(run) }
  }

  private func write(_ run: StoredRun) throws(StoreError) -> Int64 {
    try connection.prepare(
      """
      INSERT INTO runs(started, corpus, ledger, config, version, files, read, reused, claims,
        findings, contradictions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """
    ).run([
      .text(run.started), .text(run.corpus), .text(run.ledger), .text(run.config),
      .text(run.version), .integer(Int64(run.files)), .integer(Int64(run.read)),
      .integer(Int64(run.reused)), .integer(Int64(run.claims.count)),
      .integer(Int64(run.findings.count)), .integer(Int64(run.contradictions.count)),
    ])
    let id = connection.lastInsertRowID
    // A reused file whose size or time changed (a touch, a checkout) keeps its new signature,
    // so that the next run need not hash it again.
    let used = try connection.prepare(
      """
      UPDATE documents SET last_run = ?, signature = ? WHERE context = ? AND path = ? AND sha256 = ?
      """)
    for reused in run.reusedDocuments {
      try used.run([
        .integer(id), .text(reused.signature), .text(run.context), .text(reused.path),
        .text(reused.sha256),
      ])
    }
    let claim = try connection.prepare(
      """
      INSERT OR REPLACE INTO claims(id, document, path, line, column, text, low, high, unit,
        qualifier, item, subject, metric, modality, period_start, period_end, speaker, sentence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    let verdict = try connection.prepare(
      "INSERT OR REPLACE INTO verdicts(run, claim, verdict, reason) VALUES (?, ?, ?, ?)")
    for stored in run.claims {
      try claim.run([
        .text(stored.id), .text(stored.document), .text(stored.path),
        .integer(Int64(stored.line)), .integer(Int64(stored.column)), .text(stored.text),
        .real(stored.low), .real(stored.high), .text(stored.unit), .text(stored.qualifier),
        .text(stored.item), .text(stored.subject), .text(stored.metric), .text(stored.modality),
        .text(stored.periodStart), .text(stored.periodEnd), .text(stored.speaker),
        .text(stored.sentence),
      ])
      try verdict.run([.integer(id), .text(stored.id), .text(stored.verdict), .text(stored.reason)])
    }
    let finding = try connection.prepare(
      """
      INSERT OR REPLACE INTO findings(run, id, rule, severity, contradiction, message, claims, rows)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      """)
    for stored in run.findings {
      try finding.run([
        .integer(id), .text(stored.id), .text(stored.rule), .text(stored.severity),
        .text(stored.contradiction), .text(stored.message),
        .text(stored.claims.joined(separator: " ")), .text(stored.rows.joined(separator: " ")),
      ])
    }
    let contradiction = try connection.prepare(
      """
      INSERT OR REPLACE INTO contradictions(run, id, severity, headline, findings)
        VALUES (?, ?, ?, ?, ?)
      """)
    for stored in run.contradictions {
      try contradiction.run([
        .integer(id), .text(stored.id), .text(stored.severity), .text(stored.headline),
        .integer(Int64(stored.findings)),
      ])
    }
    try prune(before: id)
    return id
  }

  /// Deletes runs older than the last `keptRuns` up to `id`, with what only they referred to.
  private func prune(before id: Int64) throws(StoreError) {
    let oldest = id - Int64(Self.keptRuns) + 1
    let older = try connection.prepare("SELECT 1 FROM runs WHERE id < ? LIMIT 1")
    older.bind([.integer(oldest)])
    let any = try older.next()
    older.reset()
    guard any else { return }
    // The claims only the runs that go referred to go with them (by the index on a verdict's
    // claim: no pass over every verdict kept).
    try connection.prepare(
      """
      DELETE FROM claims WHERE id IN (SELECT claim FROM verdicts WHERE run < ?1)
        AND NOT EXISTS (SELECT 1 FROM verdicts WHERE claim = claims.id AND run >= ?1)
      """
    ).run([.integer(oldest)])
    for table in ["verdicts", "findings", "contradictions"] {
      try connection.prepare("DELETE FROM \(table) WHERE run < ?").run([.integer(oldest)])
    }
    try connection.prepare("DELETE FROM runs WHERE id < ?").run([.integer(oldest)])
    try connection.prepare("DELETE FROM documents WHERE last_run < ?").run([.integer(oldest)])
    try connection.prepare("DELETE FROM outcomes WHERE run < ?").run([.integer(oldest)])
    try connection.execute("DELETE FROM outcome_values WHERE key NOT IN (SELECT key FROM outcomes)")
  }
}

/// What reading one file gave, as the store keeps it.
public struct StoredDocument: Sendable, Hashable {
  /// The file's path in the corpus.
  public var path: String
  /// SHA-256 of the file's bytes (and of the files read with it), hex.
  public var sha256: String
  /// The file's size and modification time (and those of the files read with it): when they
  /// have not changed, the file is not even hashed.
  public var signature: String
  /// `ok`, `skipped`, `failed`…, and why.
  public var status: String
  public var reason: String?
  /// How many claims it gave.
  public var claims: Int
  /// What reading it gave, as JSON (Tally's own, not a public format).
  public var result: Data

  public init(
    path: String, sha256: String, signature: String, status: String, reason: String?,
    claims: Int, result: Data
  ) {
    self.path = path
    self.sha256 = sha256
    self.signature = signature
    self.status = status
    self.reason = reason
    self.claims = claims
    self.result = result
  }
}

/// One run, as the store records it.
public struct StoredRun: Sendable {
  /// When it started (ISO 8601), and over what.
  public var started: String
  public var corpus: String
  public var ledger: String?
  public var config: String?
  public var version: String
  /// What the documents were read under (`documents(context:)`).
  public var context: String
  /// Files in the corpus; read afresh; reused from the store.
  public var files: Int
  public var read: Int
  public var reused: Int
  /// The documents the run used, read afresh or reused: their path, hash and signature now.
  public var reusedDocuments: [(path: String, sha256: String, signature: String)]
  public var claims: [StoredClaim]
  public var findings: [StoredFinding]
  public var contradictions: [StoredContradiction]

  public init(
    started: String, corpus: String, ledger: String?, config: String?, version: String,
    context: String, files: Int, read: Int, reused: Int,
    reusedDocuments: [(path: String, sha256: String, signature: String)], claims: [StoredClaim],
    findings: [StoredFinding],
    contradictions: [StoredContradiction]
  ) {
    self.started = started
    self.corpus = corpus
    self.ledger = ledger
    self.config = config
    self.version = version
    self.context = context
    self.files = files
    self.read = read
    self.reused = reused
    self.reusedDocuments = reusedDocuments
    self.claims = claims
    self.findings = findings
    self.contradictions = contradictions
  }
}

/// A claim and its verdict in a run, as columns (`docs/store.md`).
public struct StoredClaim: Sendable {
  public var id: String
  public var document: String
  public var path: String
  public var line: Int
  public var column: Int
  public var text: String
  public var low: Double?
  public var high: Double?
  public var unit: String
  public var qualifier: String
  public var item: String?
  public var subject: String?
  public var metric: String
  public var modality: String
  public var periodStart: String?
  public var periodEnd: String?
  public var speaker: String?
  public var sentence: String
  public var verdict: String
  public var reason: String?

  public init(
    id: String, document: String, path: String, line: Int, column: Int, text: String,
    low: Double?, high: Double?, unit: String, qualifier: String, item: String?,
    subject: String?, metric: String, modality: String, periodStart: String?,
    periodEnd: String?, speaker: String?, sentence: String, verdict: String, reason: String?
  ) {
    self.id = id
    self.document = document
    self.path = path
    self.line = line
    self.column = column
    self.text = text
    self.low = low
    self.high = high
    self.unit = unit
    self.qualifier = qualifier
    self.item = item
    self.subject = subject
    self.metric = metric
    self.modality = modality
    self.periodStart = periodStart
    self.periodEnd = periodEnd
    self.speaker = speaker
    self.sentence = sentence
    self.verdict = verdict
    self.reason = reason
  }
}

/// A finding of a run.
public struct StoredFinding: Sendable {
  public var id: String
  public var rule: String
  public var severity: String
  /// The contradiction it is grouped under.
  public var contradiction: String?
  public var message: String
  public var claims: [String]
  public var rows: [String]

  public init(
    id: String, rule: String, severity: String, contradiction: String?, message: String,
    claims: [String], rows: [String]
  ) {
    self.id = id
    self.rule = rule
    self.severity = severity
    self.contradiction = contradiction
    self.message = message
    self.claims = claims
    self.rows = rows
  }
}

/// A contradiction of a run.
public struct StoredContradiction: Sendable {
  public var id: String
  public var severity: String
  public var headline: String
  public var findings: Int

  public init(id: String, severity: String, headline: String, findings: Int) {
    self.id = id
    self.severity = severity
    self.headline = headline
    self.findings = findings
  }
}
