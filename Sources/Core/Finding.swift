import Foundation

/// How a claim fares against the records.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
  /// Its bounds hold the ledger's sum.
  case consistent
  /// Its bounds miss the ledger's sum, or another source's claim.
  case contradicted
  /// No ledger row links to it.
  case unverifiable
  /// It links to rows in more than one reasonable way.
  case ambiguous
}

/// A finding: a contradiction, an ambiguity or an unverifiable claim, with its evidence.
///
/// ```swift
/// finding.rule      // "REC001"
/// finding.severity  // .error
/// finding.message   // "claim of 50,000 H100 for Tesla is outside the ledger's 35,000 (…)"
/// finding.claims    // the claim(s), with document, span and sentence
/// finding.bookings  // the ledger rows summed, with file and line
/// ```
public struct Finding: Sendable, Hashable, Codable {
  /// A stable id: the rule and the ids of the claims and rows it cites.
  public var id: String
  /// The rule code: `REC001` contradicts the ledger, `REC002` claims contradict each other,
  /// `REC003` ambiguous link, `REC004` unverifiable.
  public var rule: String
  /// Error for an asserted claim contradicted; warning for forecasts and hedged claims; note otherwise.
  public var severity: Severity
  /// One sentence with the numbers in it.
  public var message: String
  /// The claims it is about.
  public var claims: [Claim]
  /// The ledger rows it compares with.
  public var bookings: [Booking]
  /// The arithmetic, spelled out: the sum, the bounds, the tolerance that applied.
  public var arithmetic: String

  /// Creates a finding.
  public init(
    id: String, rule: String, severity: Severity, message: String, claims: [Claim], bookings: [Booking],
    arithmetic: String
  ) {
    self.id = id
    self.rule = rule
    self.severity = severity
    self.message = message
    self.claims = claims
    self.bookings = bookings
    self.arithmetic = arithmetic
  }
}
