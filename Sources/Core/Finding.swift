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

/// Why a claim was not judged: every claim ends with a verdict or one of these.
///
/// ```swift
/// // "If Tesla had bought 20,000 H100s, …"        → .hypothetical
/// // "Does that 15,000 include the units that…?"  → .question
/// // "Revenue was $25 billion."                    → .metricOutsideLedger
/// // "Domvia ordered 300 pumps" (ledger: "Domvia Habitat") → .partyNotInLedger, with a hint
/// ```
public enum NotJudgedReason: String, Sendable, Hashable, Codable, CaseIterable {
  /// Supposed, not stated ("if", « si »).
  case hypothetical
  /// Denied ("did not", « n'a pas »).
  case negated
  /// Asked, not stated.
  case question
  /// Too vague for any single figure to contradict ("thousands of").
  case vague
  /// A percentage or percentage points: the ledger books counts and amounts.
  case percentage
  /// What it measures is not what the ledger books (revenue, valuation, headcount, capital
  /// expenditure…), or money with nothing that ties it to a purchase.
  case metricOutsideLedger = "metric-outside-ledger"
  /// The sentence and its document name no party.
  case noParty = "no-party"
  /// The party it is about is not a customer or site of the ledger.
  case partyNotInLedger = "party-not-in-ledger"
  /// Bought from a seller that supplies none of the ledger's rows.
  case sellerNotInLedger = "seller-not-in-ledger"
  /// The sentence speaks of a period it does not say ("the quarter before").
  case periodUnclear = "period-unclear"
  /// A count of something that the sentence does not name.
  case noItem = "no-item"
  /// A count of something that no ledger row books.
  case itemNotInLedger = "item-not-in-ledger"
  /// Money that its sentence ties to no ledger item, supplier or configured topic (a company's
  /// revenue, cash or total budget).
  case moneyNotTied = "money-not-tied"
  /// Money, against rows that have no amounts.
  case ledgerHasNoAmounts = "ledger-has-no-amounts"
  /// Money, against rows whose amounts are in other currencies with no configured rate.
  case noExchangeRate = "no-exchange-rate"
  /// A count, against rows that have no quantities.
  case ledgerHasNoQuantities = "ledger-has-no-quantities"
  /// No ledger was given.
  case noLedger = "no-ledger"
  /// The price of one unit ("£46,000 a charger"): the ledger books totals.
  case unitPrice = "unit-price"
  /// An amount per span of time ("£800,000 a year"): the ledger books totals.
  case rate = "rate"
  /// A difference between two figures ("short by 350"): the ledger books totals.
  case difference = "difference"

  /// The reason in a reader's words, for summaries: "no party named".
  public var phrase: String {
    switch self {
    case .hypothetical: "hypothetical"
    case .negated: "negated"
    case .question: "question"
    case .vague: "too vague"
    case .percentage: "percentage"
    case .metricOutsideLedger: "not a ledger metric"
    case .noParty: "no party named"
    case .partyNotInLedger: "party not in the ledger"
    case .sellerNotInLedger: "seller not in the ledger"
    case .periodUnclear: "period unclear"
    case .noItem: "no item named"
    case .itemNotInLedger: "item not in the ledger"
    case .moneyNotTied: "money not tied to the ledger"
    case .ledgerHasNoAmounts: "ledger has no amounts"
    case .noExchangeRate: "no exchange rate"
    case .ledgerHasNoQuantities: "ledger has no quantities"
    case .noLedger: "no ledger"
    case .unitPrice: "price for one unit"
    case .rate: "amount per period"
    case .difference: "a difference, not a total"
    }
  }
}

/// A finding: a contradiction, an ambiguity or an unverifiable claim, with its evidence.
///
/// A finding keeps its figures, not prose: `message` and `arithmetic` are written from them
/// when asked, so that reconciling a million claims does not format a million sentences.
///
/// ```swift
/// finding.rule        // "REC001"
/// finding.severity    // .error
/// finding.message     // "claim of 50,000 H100 for Tesla is outside the ledger's 35,000 (…)"
/// finding.claims      // the claim(s), with document, span and sentence
/// finding.bookings    // the ledger rows summed, with file and line
/// finding.arithmetic  // "sum of 2 rows = 35,000; claim bounds [49,500, 50,500] (…)"
/// ```
public struct Finding: Sendable, Hashable {
  /// A stable id: the rule and the ids of the claims and rows it cites.
  public var id: String
  /// The rule code: `REC001` contradicts the ledger, `REC002` claims contradict each other,
  /// `REC003` ambiguous link, `REC004` unverifiable.
  public var rule: String
  /// Error for an asserted claim contradicted; warning for forecasts and hedged claims; note otherwise.
  public var severity: Severity
  /// The claims it is about.
  public var claims: [Claim]
  /// The ledger rows it compares with (the first few when there are many).
  public var bookings: [Booking]
  /// What was compared, and how.
  public var evidence: Evidence

  /// Creates a finding.
  public init(
    id: String, rule: String, severity: Severity, claims: [Claim], bookings: [Booking],
    evidence: Evidence
  ) {
    self.id = id
    self.rule = rule
    self.severity = severity
    self.claims = claims
    self.bookings = bookings
    self.evidence = evidence
  }
}

/// What a finding compared.
public enum Evidence: Sendable, Hashable {
  /// A claim against the sum of its linked ledger rows (`REC001`), or against none (`REC004`).
  case ledger(LedgerComparison)
  /// Two claims whose bounds do not overlap (`REC002`), about `party` when their sentences do
  /// not name a move.
  case conflict(party: String?)
  /// More than one reasonable link (`REC003`): the candidates, and what they are.
  case ambiguous(kind: AmbiguityKind, candidates: [String])
}

/// What a `REC003` finding could not settle.
public enum AmbiguityKind: String, Sendable, Hashable {
  /// The sentence describes more than one entity ("the automaker", "the chipmaker").
  case entity
  /// The claim's item names more than one ledger item ("H100": "H100 SXM", "H100 PCIe").
  case item
}

/// How a claim's party was found.
public enum PartySource: String, Sendable, Hashable {
  /// The sentence names it: a subject, or where a move came from.
  case named
  /// The sentence describes it ("the automaker").
  case described
  /// The sentence names no party, or only a person: the party its document names most.
  case document
}

/// A claim's link into the ledger and the sum it found there.
public struct LedgerComparison: Sendable, Hashable {
  /// The ledger's name for the party.
  public var customer: String
  /// How the party was found.
  public var partySource: PartySource
  /// The statuses summed.
  public var statuses: [BookingStatus]
  /// The days summed over, when the claim or its document gave them.
  public var period: Period?
  /// The sum of the linked rows' figures, in the claim's unit.
  public var sum: Decimal
  /// The part of `sum` from rows that reach outside `period`: any share of them, from none to
  /// all, may fall inside it, so the ledger's figure is anything from `sum - partial` to `sum`.
  public var partial: Decimal = 0
  /// How many rows linked, and how many of them gave no comparable figure.
  public var rowCount: Int
  public var excluded: Int
  /// The widening applied for an approximate claim (0.1 for ±10 %), if any.
  public var widening: Decimal?
  /// Other currencies counted through exchange rates, as "EUR at 1.08".
  public var converted: [String]

  /// Creates a comparison.
  public init(
    customer: String, statuses: [BookingStatus], period: Period?, sum: Decimal, rowCount: Int,
    excluded: Int,
    widening: Decimal? = nil, converted: [String] = [], partySource: PartySource = .named
  ) {
    self.customer = customer
    self.partySource = partySource
    self.statuses = statuses
    self.period = period
    self.sum = sum
    self.rowCount = rowCount
    self.excluded = excluded
    self.widening = widening
    self.converted = converted
  }

  /// How far the ledger's figure (`sum - partial` to `sum`) lies outside `bounds` (0 inside).
  public func difference(from bounds: Interval) -> Decimal {
    if let high = bounds.high, sum - partial > high { return sum - partial - high }
    if let low = bounds.low, sum < low { return low - sum }
    return 0
  }

  /// The end of the ledger's figure a claim lies beyond: `sum` above it, `sum - partial` below,
  /// with how rows that reach outside the period were counted, when any do.
  public func nearest(to bounds: Interval) -> (figure: Decimal, note: String) {
    guard partial > 0 else { return (sum, "") }
    if let high = bounds.high, sum - partial > high {
      return (sum - partial, " (not counting rows that reach outside the period)")
    }
    return (sum, " (counting in full rows that reach outside the period)")
  }
}

extension Finding {
  /// One sentence with the numbers in it, documents named by their ids.
  public var message: String { message(naming: \.document) }

  /// One sentence with the numbers in it, in a reader's words: the claim's figure as written,
  /// the ledger's scaled the same way ("$875 million", « 875 millions de dollars »), its period
  /// as the ledger writes it (FY2025), and how far apart they are from the claim's own figure,
  /// not its rounding bound; `document` names the document a claim is in (its path).
  public func message(naming document: (Claim) -> String) -> String {
    guard let claim = claims.first else { return rule }
    let what = ReaderText.figure(of: claim)
    switch evidence {
    case .ledger(let link) where link.rowCount == 0:
      return
        "claim of \(what) for \(link.partyText) has no \(link.statusText) row in the ledger\(link.periodText)"
    case .ledger(let link):
      let (figure, note) = link.nearest(to: claim.bounds)
      let own = ReaderText.ownFigure(of: claim, near: figure) ?? figure
      let gap = ReaderText.amount(abs(own - figure), of: claim)
      let comparison = ReaderText.comparison(claim: claim, ledger: figure).map { ", \($0)" } ?? ""
      let ledger = "the ledger's \(ReaderText.amount(figure, of: claim)) \(link.statusText)"
      if let label = rowsPeriod, let period = link.period {
        let counted =
          note.isEmpty ? "" : note.contains("not counting") ? ", not counted" : ", counted in full"
        return
          "claim of \(what)\(period.inText) for \(link.partyText) is outside \(ledger) for \(label)\(counted): off by \(gap)\(comparison)"
      }
      return
        "claim of \(what) for \(link.partyText) is outside \(ledger)\(link.periodText)\(note): off by \(gap)\(comparison)"
    case .conflict(let named):
      let other = claims.count > 1 ? claims[1] : claim
      let party =
        claim.flow.map { "from \($0.from ?? "?") to \($0.to ?? "?")" }
        ?? "for \(named ?? claim.subject ?? "the same party")"
      func source(_ claim: Claim) -> String {
        document(claim) + (claim.speaker.map { " (\($0))" } ?? "")
      }
      return
        "\(source(claim)) says \(what) but \(source(other)) says \(ReaderText.figure(of: other)) \(party)"
    case .ambiguous(.item, let candidates):
      return
        "claim of \(what) could be about \(candidates.joined(separator: " or ")): its item names each; configure one to check it"
    case .ambiguous(_, let candidates):
      return
        "claim of \(what) could be about \(candidates.joined(separator: " or ")): the sentence describes each; name one to check it"
    }
  }

  /// The period its ledger rows share as the ledger names it, when it is not the claim's: a
  /// "forecast for FY2025" set against a claim about 2024.
  public var rowsPeriod: String? {
    guard case .ledger(let link) = evidence, link.rowCount > 0, bookings.count == link.rowCount,
      let period = link.period
    else { return nil }
    let labels = Set(bookings.map(\.periodLabel))
    guard labels.count == 1, let label = labels.first, label != period.readable else { return nil }
    return label
  }

  /// The arithmetic, spelled out: the sum, the bounds, the tolerance that applied.
  public var arithmetic: String {
    guard let claim = claims.first else { return "" }
    switch evidence {
    case .ledger(let link) where link.rowCount == 0:
      return "no linked rows"
    case .ledger(let link):
      let rows = link.rowCount
      var text =
        "sum of \(rows) row\(rows == 1 ? "" : "s") = \(NumberText.grouped(link.sum)); claim bounds \(claim.bounds.text)"
      switch claim.qualifier {
      case .approximate:
        let percent = NumberText.grouped((link.widening ?? 0) * 100)
        text += " (as written, widened ±\(percent) % for 'approximate')"
      case .atLeast: text += " (at least: no upper bound)"
      case .atMost: text += " (at most: no lower bound)"
      default: text += " (the precision of how the number is written)"
      }
      if link.partial > 0 {
        text +=
          "; \(NumberText.grouped(link.partial)) of it from rows that reach outside the period, counted from none to all"
      }
      if link.excluded > 0 {
        text +=
          "; \(link.excluded) row\(link.excluded == 1 ? "" : "s") without a comparable figure left out"
      }
      if !link.converted.isEmpty {
        text += "; converted: \(link.converted.joined(separator: ", "))"
      }
      return text
    case .conflict:
      let other = claims.count > 1 ? claims[1] : claim
      return "bounds \(claim.bounds.text) and \(other.bounds.text) do not overlap"
    case .ambiguous:
      return "not compared: the link is ambiguous"
    }
  }
}

extension LedgerComparison {
  /// "booked, delivered or shipped".
  public var statusText: String {
    let names = statuses.map(\.rawValue).sorted()
    guard let last = names.last, names.count > 1 else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " or " + last
  }
  public var periodText: String { period.map(\.inText) ?? "" }
  /// The party, with how it was found when the sentence does not name it.
  var partyText: String {
    switch partySource {
    case .named: customer
    case .described: "\(customer), as the sentence describes it,"
    case .document: "\(customer) (the company this document is about)"
    }
  }
}

extension Claim {
  /// The qualifier in words, for a sentence: "about ", "at least ", "at most ", or nothing.
  public var qualifierText: String {
    switch qualifier {
    case .approximate: "about "
    case .atLeast: "at least "
    case .atMost: "at most "
    case .exact, .range: ""
    }
  }

  /// The unit after a ledger figure: " USD", " H100 GPU", or nothing.
  var sumUnit: String {
    switch unit {
    case .currency(let code): " \(code)"
    case .count: item.map { " \($0)" } ?? ""
    case .percent, .percentagePoint: ""
    }
  }

  /// What the number counts, for a sentence: "H100 GPU ", "percent ", or nothing for money.
  public var unitText: String {
    switch unit {
    case .count: item.map { "\($0) " } ?? ""
    case .currency: ""
    case .percent: "percent "
    case .percentagePoint: "points "
    }
  }
}

extension Interval {
  /// `[11,500, 12,500]`, with `−∞` and `+∞` for open ends.
  public var text: String {
    "[\(low.map { NumberText.grouped($0) } ?? "−∞"), \(high.map { NumberText.grouped($0) } ?? "+∞")]"
  }
}

/// Numbers for people.
public enum NumberText {
  /// A number with thousands grouped and at most `places` decimals: 12,000; 2,800,000,000,000; 0.5.
  public static func grouped(_ value: Decimal, places: Int = 2) -> String {
    var rounded = value
    if -value.exponent > places {
      var source = value
      NSDecimalRound(&rounded, &source, places, .plain)
    }
    let text = "\(rounded)"
    let negative = text.hasPrefix("-")
    let digits = negative ? text.dropFirst() : Substring(text)
    let parts = digits.split(separator: ".", maxSplits: 1)
    var integer = parts.first.map(String.init) ?? "0"
    var grouped = ""
    while integer.count > 3 {
      grouped = "," + integer.suffix(3) + grouped
      integer.removeLast(3)
    }
    grouped = integer + grouped
    if parts.count > 1 { grouped += "." + parts[1] }
    return (negative ? "-" : "") + grouped
  }
}
