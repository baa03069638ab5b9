import Core
import Foundation

/// Findings that make the same point, folded under one headline.
///
/// A `REC001` claim that five documents repeat against the same ledger rows is one contradiction
/// with five occurrences; so is a pair of positions (50,000 against 35,000 for Giga Texas) that
/// several `REC002` findings set against each other.
///
/// ```swift
/// contradiction.id         // "C-5d0c…": stable across runs, document order and --jobs
/// contradiction.headline   // "Tesla's spending: about $10 billion against $875 million forecast…"
/// contradiction.severity   // the strongest of its findings
/// contradiction.findings   // every finding folded under it, in report order
/// ```
public struct Contradiction: Sendable, Hashable {
  /// A stable id: a hash of what makes the point (rule, party, item, figures, ledger rows).
  public var id: String
  /// The rule of its findings (`REC001`…).
  public var rule: String
  /// The strongest severity of its findings.
  public var severity: Severity
  /// The point in a reader's words.
  public var headline: String
  /// Its findings, in report order; the first is the one its headline is written from.
  public var findings: [Finding]

  /// Every claim of its findings, once each, in report order.
  public var claims: [Claim] {
    var seen = Set<String>()
    return findings.flatMap(\.claims).filter { seen.insert($0.id).inserted }
  }

  /// Every ledger row of its findings, once each, in ledger order.
  public var bookings: [Booking] {
    var seen = Set<String>()
    return findings.flatMap(\.bookings).filter { seen.insert($0.id).inserted }
      .sorted { ($0.file, $0.line) < ($1.file, $1.line) }
  }

  /// How many documents say it.
  public var documentCount: Int { Set(claims.map(\.document)).count }

  /// Whether its findings contradict the ledger (`REC001`) or another source (`REC002`).
  ///
  /// The other points are claims the ledger cannot settle: no row to check them against
  /// (`REC004`) or more than one reading (`REC003`).
  public var contradicts: Bool { rule == "REC001" || rule == "REC002" }
}

extension [Contradiction] {
  /// How many contradict something, and how many the ledger cannot settle: "10 contradictions
  /// and 5 points the ledger cannot settle", or "10 contradictions" alone.
  var countText: String {
    let contradicting = count { $0.contradicts }
    let unsettled = count - contradicting
    let text = counted(contradicting, "contradiction")
    return unsettled == 0
      ? text : "\(text) and \(counted(unsettled, "point")) the ledger cannot settle"
  }
}

extension CheckRun {
  /// The findings grouped into contradictions, most severe first, then those said most often,
  /// then in the order of their first finding.
  ///
  /// Every finding belongs to exactly one contradiction. What a contradiction gathers does not
  /// depend on the order of documents: its key is made of the findings' figures, parties, items
  /// and ledger rows, never of positions in the run.
  public var contradictions: [Contradiction] {
    var groups: [String: Int] = [:]
    var found: [Contradiction] = []
    for finding in findings {
      let key = contradictionKey(of: finding)
      if let group = groups[key] {
        found[group].findings.append(finding)
        found[group].severity = max(found[group].severity, finding.severity)
      } else {
        groups[key] = found.count
        found.append(
          Contradiction(
            id: Self.contradictionID(key), rule: finding.rule, severity: finding.severity,
            headline: "", findings: [finding]))
      }
    }
    // Within a contradiction, the strongest findings first, then by place; the first speaks
    // for it (an asserted figure before a forecast).
    for index in found.indices {
      found[index].findings.sort {
        ($0.severity, place(of: $1)) > ($1.severity, place(of: $0))
      }
      found[index].headline = headline(of: found[index].findings[0])
    }
    return found.sorted { a, b in
      if a.severity != b.severity { return a.severity > b.severity }
      if a.findings.count != b.findings.count { return a.findings.count > b.findings.count }
      let (x, y) = (place(of: a.findings[0]), place(of: b.findings[0]))
      return x != y ? x < y : a.id < b.id
    }
  }

  /// Where a finding's first claim is, for an order that does not depend on the run's.
  private func place(of finding: Finding) -> PlaceKey {
    guard let claim = finding.claims.first else { return PlaceKey(path: "", line: 0, column: 0) }
    let place = places[claim.id]
    return PlaceKey(
      path: place?.path ?? claim.document, line: place?.line ?? 0,
      column: place?.column ?? claim.span.start)
  }

  /// What makes a finding's point, as text: the same key is the same contradiction.
  func contradictionKey(of finding: Finding) -> String {
    func item(_ claim: Claim) -> String { items[claim.id] ?? claim.item ?? "" }
    func position(_ claim: Claim) -> String {
      [
        claim.unit.description, claim.stated.low.map { "\($0)" } ?? "",
        claim.stated.high.map { "\($0)" } ?? "", item(claim),
      ].joined(separator: "/")
    }
    var parts = [finding.rule]
    switch finding.evidence {
    case .ledger(let link):
      let claim = finding.claims.first
      parts += [link.customer, claim.map(position) ?? ""]
      // The rows make the point: the statuses that found them do not ("at least $500 million"
      // against the same two rows, whether a document's verb says booked or delivered).
      if finding.bookings.isEmpty {
        parts += link.statuses.map(\.rawValue).sorted() + [link.period?.text ?? ""]
      } else {
        parts += finding.bookings.map(\.id).sorted()
      }
    case .conflict(let party):
      // Reconcile pairs only claims of one party (or one move), so either claim's side names
      // it; the configured name makes "Vérel" and "Maison Vérel" one.
      func canonical(_ name: String?) -> String { name.map { entityNames[$0] ?? $0 } ?? "" }
      let sides = finding.claims.map { claim in
        claim.flow.map { "\(canonical($0.from))→\(canonical($0.to))" }
          ?? canonical(party ?? claim.subject)
      }
      parts += [sides.min() ?? ""]
      parts += finding.claims.map(position).sorted()
    case .ambiguous(let kind, let candidates):
      parts += [kind.rawValue] + candidates.sorted() + finding.claims.map(position)
    }
    return parts.joined(separator: "\u{1F}")
  }

  /// "C-" and 16 hex digits of the key's FNV-1a hash.
  static func contradictionID(_ key: String) -> String {
    var hash = FNV1a()
    hash.add(key.utf8)
    return "C-" + hash.hex
  }

  /// A finding's message with its documents named by path (`Finding.message(naming:)`).
  public func message(of finding: Finding) -> String {
    finding.message { places[$0.id]?.path ?? $0.document }
  }

  /// A finding's point in a reader's words: "Tesla's spending: about $10 billion against $875
  /// million forecast for FY2025 in the ledger, 11× the ledger's figure".
  func headline(of finding: Finding) -> String {
    guard let claim = finding.claims.first else { return finding.rule }
    let said = ReaderText.figure(of: claim)
    // What the figure measures, after its party: "Tesla's spending", "Giga Texas's installed base".
    func whose(_ party: String) -> String {
      if claim.metric == .transfer, let flow = claim.flow {
        return "Moved from \(flow.from ?? "?") to \(flow.to ?? "?")"
      }
      guard let noun = Self.measureNoun[claim.metric] else { return party }
      return "\(party)'s \(noun)"
    }
    switch finding.evidence {
    case .ledger(let link) where link.rowCount == 0:
      return
        "\(whose(link.customer)): \(said), with no \(link.statusText) row in the ledger\(link.periodText)"
    case .ledger(let link):
      let (ledger, _) = link.nearest(to: claim.bounds)
      let figure = ReaderText.amount(ledger, of: claim)
      let comparison = ReaderText.comparison(claim: claim, ledger: ledger)
      let period = finding.rowsPeriod.map { " for \($0)" } ?? link.periodText
      return
        "\(whose(link.customer)): \(said) against \(figure) \(link.statusText)\(period) in the ledger\(comparison.map { ", \($0)" } ?? "")"
    case .conflict(let party):
      let other = finding.claims.count > 1 ? finding.claims[1] : claim
      let side =
        claim.flow.map { "Moved from \($0.from ?? "?") to \($0.to ?? "?")" }
        ?? (party ?? claim.subject).map(whose)
      func who(_ claim: Claim) -> String { claim.speaker ?? claim.document }
      return
        "\(side.map { "\($0): " } ?? "")\(said) (\(who(claim))) against \(ReaderText.figure(of: other)) (\(who(other)))"
    case .ambiguous(_, let candidates):
      return "\(said) could be about \(candidates.joined(separator: " or "))"
    }
  }
}

extension CheckRun {
  /// What a figure of each metric measures, as a headline names it after its party.
  static let measureNoun: [Metric: String] = [
    .spend: "spending", .order: "orders", .shipment: "deliveries", .capacity: "installed base",
    .ownership: "stake", .valuation: "valuation", .funding: "funding", .revenue: "revenue",
    .headcount: "headcount", .capitalExpenditure: "capital spending",
  ]
}

/// A place in the corpus, ordered by path, line and column.
struct PlaceKey: Comparable {
  var path: String
  var line: Int
  var column: Int

  static func < (a: PlaceKey, b: PlaceKey) -> Bool {
    (a.path, a.line, a.column) < (b.path, b.line, b.column)
  }
}
