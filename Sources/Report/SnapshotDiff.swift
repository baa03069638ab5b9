import Core
import Foundation

/// What `tally diff` compares: the claims and findings of a corpus, as the JSON report records
/// them (`tally check --format json`).
public struct Snapshot: Sendable, Decodable {
  public struct Claim: Sendable, Decodable, Hashable {
    public struct Span: Sendable, Decodable, Hashable {
      public var start: String
      public var end: String
    }
    public var id: String
    public var document: String
    public var path: String?
    public var line: Int?
    public var column: Int?
    public var text: String
    public var sentence: String
    public var low: Decimal?
    public var high: Decimal?
    public var qualifier: String
    public var unit: String
    public var item: String?
    public var subject: String?
    public var metric: String
    public var period: Span?
    public var modality: String
    public var verdict: String?

    /// `path:line:column`, or the document id.
    public var location: String {
      guard let line else { return path ?? document }
      return "\(path ?? document):\(line)\(column.map { ":\($0)" } ?? "")"
    }

    /// The figure as written, with its qualifier and item: "at least $450 million", "11,000
    /// H100 GPUs".
    public var said: String {
      let qualifiers = ["approximate": "about ", "at-least": "at least ", "at-most": "at most "]
      let counted =
        unit == "count"
        ? item.map { " " + ReaderText.plural($0, count: high ?? low, language: .en) } ?? "" : ""
      return (qualifiers[qualifier] ?? "") + text + counted
    }

    /// The reading for people: "12,000 H100 GPU (exact, Tesla)".
    public var reading: String {
      let value: String
      switch (low, high) {
      case (let low?, let high?) where low == high: value = NumberText.grouped(low)
      case (let low?, let high?): value = "\(NumberText.grouped(low))–\(NumberText.grouped(high))"
      case (let low?, nil): value = "≥ \(NumberText.grouped(low))"
      case (nil, let high?): value = "≤ \(NumberText.grouped(high))"
      case (nil, nil): value = "?"
      }
      let what = unit == "count" ? (item ?? "") : unit
      return "\(value) \(what) (\(qualifier)\(subject.map { ", \($0)" } ?? ""))"
    }
  }

  public struct Finding: Sendable, Decodable, Hashable {
    public var id: String
    public var rule: String
    public var severity: String
    public var message: String
    public var claims: [String]
    /// The ledger's side of a `REC001` or `REC004` finding: the rows' sum, in the claim's unit.
    public var comparison: Comparison?
  }

  public struct Comparison: Sendable, Decodable, Hashable {
    public var sum: Decimal?
    public var rows: Int?
  }

  public var schemaVersion: Int
  public var claims: [Claim]
  public var findings: [Finding]

  /// Reads a snapshot file's bytes; `file` names it in errors.
  public init(json: Data, file: String) throws(SnapshotError) {
    struct Header: Decodable { var schemaVersion: Int? }
    guard let header = try? JSONDecoder().decode(Header.self, from: json) else {
      throw SnapshotError(
        file: file, message: "not a JSON object; write snapshots with 'tally check --format json'")
    }
    // Version 3 changed only what `summary.contradictions` counts: claims and findings read
    // the same from 2 and 3.
    guard let version = header.schemaVersion, (2...3).contains(version) else {
      throw SnapshotError(
        file: file,
        message:
          "snapshot schemaVersion \(header.schemaVersion.map(String.init) ?? "missing"), this tally reads 2 and 3; write it again with 'tally check --format json'"
      )
    }
    do {
      self = try JSONDecoder().decode(Snapshot.self, from: json)
    } catch {
      throw SnapshotError(file: file, message: "not a tally snapshot: \(Self.describe(error))")
    }
  }

  /// The snapshot of a run, exactly as its JSON report would give it.
  public init(_ run: CheckRun) {
    // The JSON report is the one definition of a snapshot; reading it back keeps both in step.
    self =
      (try? Snapshot(json: Data(run.json()), file: "run"))
      ?? Snapshot(schemaVersion: 3, claims: [], findings: [])
  }

  /// An empty snapshot: a corpus that did not exist yet.
  public static let empty = Snapshot(schemaVersion: 3, claims: [], findings: [])

  private init(schemaVersion: Int, claims: [Claim], findings: [Finding]) {
    self.schemaVersion = schemaVersion
    self.claims = claims
    self.findings = findings
  }

  private static func describe(_ error: Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, let context):
      "missing '\(key.stringValue)' at \(path(context.codingPath))"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      "unexpected value at \(path(context.codingPath))"
    case DecodingError.dataCorrupted(let context):
      "malformed JSON\(context.codingPath.isEmpty ? "" : " at \(path(context.codingPath))")"
    default: "\(error)"
    }
  }

  private static func path(_ keys: [CodingKey]) -> String {
    keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
  }
}

/// A snapshot that cannot be read.
public struct SnapshotError: Error, Sendable, CustomStringConvertible {
  public var file: String
  public var message: String
  public var description: String { "\(file): \(message)" }
}

/// Claims added, removed and changed, and findings new, resolved and unchanged, between two
/// snapshots; matched by their stable ids.
public struct SnapshotDiff: Sendable {
  public struct Change: Sendable {
    public var base: Snapshot.Claim
    public var head: Snapshot.Claim
    /// What changed: "value", "qualifier", "unit", "item", "subject", "metric", "period",
    /// "modality" (none when only the verdict did).
    public var fields: [String]
  }

  public var addedClaims: [Snapshot.Claim] = []
  public var removedClaims: [Snapshot.Claim] = []
  public var changedClaims: [Change] = []
  public var newFindings: [Snapshot.Finding] = []
  public var resolvedFindings: [Snapshot.Finding] = []
  /// Findings about a claim edited in place, before and after ("$120 million" → "$95 million"),
  /// with the same rule: the same point, still made. (One whose message and severity did not
  /// change, its sentence edited elsewhere, is unchanged.)
  public var changedFindings: [(base: Snapshot.Finding, head: Snapshot.Finding)] = []
  public var unchangedFindings: [Snapshot.Finding] = []
  /// Every claim of both sides by id, to locate findings; and each side's alone.
  var claimsByID: [String: Snapshot.Claim] = [:]
  private var baseClaimsByID: [String: Snapshot.Claim] = [:]
  private var headClaimsByID: [String: Snapshot.Claim] = [:]

  /// Which snapshot a finding comes from.
  public enum Side: Sendable { case base, head }

  /// Compares `base` with `head`.
  ///
  /// Claims match by their stable ids. A claim whose id changed is paired with one of the other
  /// side in the same document: its figure edited in place (the same sentence around another
  /// figure) is changed, not removed and added; its sentence edited elsewhere (the same figure
  /// as written) is the same claim. Pairs are made in document order.
  public init(base: Snapshot, head: Snapshot) {
    let baseClaims = Dictionary(
      base.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let headClaims = Dictionary(
      head.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    claimsByID = baseClaims.merging(headClaims) { _, head in head }
    baseClaimsByID = baseClaims
    headClaimsByID = headClaims
    let paired = Self.pairs(
      removed: base.claims.filter { headClaims[$0.id] == nil },
      added: head.claims.filter { baseClaims[$0.id] == nil })
    for claim in head.claims {
      guard let old = baseClaims[claim.id] ?? paired[claim.id] else {
        addedClaims.append(claim)
        continue
      }
      var fields: [String] = []
      if old.low != claim.low || old.high != claim.high { fields.append("value") }
      if old.qualifier != claim.qualifier { fields.append("qualifier") }
      if old.unit != claim.unit { fields.append("unit") }
      if old.item != claim.item { fields.append("item") }
      if old.subject != claim.subject { fields.append("subject") }
      if old.metric != claim.metric { fields.append("metric") }
      if old.period != claim.period { fields.append("period") }
      if old.modality != claim.modality { fields.append("modality") }
      // A claim read the same but judged otherwise changed too ("consistent → contradicted").
      if !fields.isEmpty || old.verdict != claim.verdict {
        changedClaims.append(Change(base: old, head: claim, fields: fields))
      }
    }
    let pairedBase = Set(paired.values.map(\.id))
    removedClaims = base.claims.filter { headClaims[$0.id] == nil && !pairedBase.contains($0.id) }
    let baseFindings = Set(base.findings.map(\.id))
    let headFindings = Set(head.findings.map(\.id))
    newFindings = head.findings.filter { !baseFindings.contains($0.id) }
    unchangedFindings = head.findings.filter { baseFindings.contains($0.id) }
    resolvedFindings = base.findings.filter { !headFindings.contains($0.id) }
    // A finding on claims paired across the sides, with the same rule, is the same finding.
    let headIDOfBase = Dictionary(
      paired.map { ($0.value.id, $0.key) }, uniquingKeysWith: { first, _ in first })
    var stillNew = newFindings
    var stillResolved: [Snapshot.Finding] = []
    for finding in resolvedFindings {
      let claims = Set(finding.claims.map { headIDOfBase[$0] ?? $0 })
      if let match = stillNew.firstIndex(where: {
        $0.rule == finding.rule && Set($0.claims) == claims
      }) {
        let head = stillNew.remove(at: match)
        // A sentence edited away from its figure: the same finding, word for word.
        if head.message == finding.message, head.severity == finding.severity {
          unchangedFindings.append(head)
        } else {
          changedFindings.append((finding, head))
        }
      } else {
        stillResolved.append(finding)
      }
    }
    newFindings = stillNew
    resolvedFindings = stillResolved
  }

  /// Added claims paired with removed ones of the same document, by head id: first those whose
  /// sentence is the same around their figures, then those whose figure is written the same.
  private static func pairs(removed: [Snapshot.Claim], added: [Snapshot.Claim])
    -> [String: Snapshot.Claim]
  {
    var paired: [String: Snapshot.Claim] = [:]
    var taken = Set<String>()
    var removed = removed
    var added = added
    for key in [
      { (claim: Snapshot.Claim) in
        [claim.document, claim.sentence.replacingOccurrences(of: claim.text, with: "\u{1}")]
      },
      { (claim: Snapshot.Claim) in [claim.document, claim.text, claim.unit] },
    ] {
      var waiting: [[String]: [Snapshot.Claim]] = [:]
      for claim in removed { waiting[key(claim), default: []].append(claim) }
      var unpaired: [Snapshot.Claim] = []
      for claim in added {
        let k = key(claim)
        if var queue = waiting[k], !queue.isEmpty {
          let base = queue.removeFirst()
          paired[claim.id] = base
          taken.insert(base.id)
          waiting[k] = queue
        } else {
          unpaired.append(claim)
        }
      }
      added = unpaired
      removed = removed.filter { !taken.contains($0.id) }
    }
    return paired
  }

  /// Whether anything changed at all.
  public var isEmpty: Bool {
    addedClaims.isEmpty && removedClaims.isEmpty && changedClaims.isEmpty && newFindings.isEmpty
      && resolvedFindings.isEmpty && changedFindings.isEmpty
  }

  /// Where a finding is: its first claim's place.
  public func location(of finding: Snapshot.Finding) -> String {
    finding.claims.first.flatMap { claimsByID[$0] }?.location ?? "-"
  }

  /// A finding's first claim.
  public func claim(of finding: Snapshot.Finding) -> Snapshot.Claim? {
    finding.claims.first.flatMap { claimsByID[$0] }
  }

  /// A finding's first claim as its own snapshot has it.
  public func claim(of finding: Snapshot.Finding, side: Side) -> Snapshot.Claim? {
    finding.claims.first.flatMap { (side == .base ? baseClaimsByID : headClaimsByID)[$0] }
  }
}
