import Foundation

/// How a quantity was stated.
public enum Qualifier: String, Sendable, Hashable, Codable, CaseIterable {
  case exact
  case approximate
  case atLeast = "at-least"
  case atMost = "at-most"
  case range
}

/// What a quantity counts or measures: a currency (ISO 4217), a percentage, percentage points, or things.
public enum QuantityUnit: Sendable, Hashable, Codable, CustomStringConvertible {
  case currency(String)
  case percent
  case percentagePoint
  case count

  /// The unit as written in JSON: an ISO 4217 code, `percent`, `percentage-point` or `count`.
  public var description: String {
    switch self {
    case .currency(let code): code
    case .percent: "percent"
    case .percentagePoint: "percentage-point"
    case .count: "count"
    }
  }

  /// Reads the JSON spelling back.
  public init(_ text: String) {
    switch text {
    case "percent": self = .percent
    case "percentage-point": self = .percentagePoint
    case "count": self = .count
    default: self = .currency(text)
    }
  }

  public init(from decoder: Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// What a number measures.
public enum Metric: String, Sendable, Hashable, Codable, CaseIterable {
  case spend, order, shipment, transfer, capacity, ownership, valuation, funding, revenue
  case headcount
  case priceChange = "price-change"
  /// A company's capital expenditure ("capex", "capital expenditures", « investissements »):
  /// company-wide, not what a supplier's ledger books.
  case capitalExpenditure = "capital-expenditure"
  case other
}

/// Whether a claim is stated as fact, forecast, hedged, denied, supposed or asked.
public enum Modality: String, Sendable, Hashable, Codable, CaseIterable {
  case asserted, forecast, hedged, negated, hypothetical
  /// Asked, not stated: "Does that 15,000 include the units that went elsewhere?"
  case question
}

/// A span of days, both ends inclusive, as ISO 8601 dates.
public struct Period: Sendable, Hashable, Codable {
  /// The first day, `YYYY-MM-DD`.
  public var start: String
  /// The last day, `YYYY-MM-DD`.
  public var end: String

  /// Creates a period.
  public init(start: String, end: String) {
    self.start = start
    self.end = end
  }
}

/// Where something moved from and to ("redirected 12,000 H100s from Tesla to X").
public struct Flow: Sendable, Hashable, Codable {
  /// The party it left.
  public var from: String?
  /// The party it reached.
  public var to: String?

  /// Creates a flow.
  public init(from: String?, to: String?) {
    self.from = from
    self.to = to
  }
}

/// What a party is to a figure, as the clause that governs it says.
public enum Role: String, Sendable, Hashable, Codable, CodingKeyRepresentable, CaseIterable {
  /// Who orders, buys, books or receives goods, and who they are delivered to.
  case buyer
  /// Who sells, supplies, ships or delivers them.
  case seller
  /// Where moved goods come from, and where they go.
  case source, target
  /// Who pays money, and who is paid.
  case payer, payee
  /// Where goods are held, and whose site it is.
  case site, holder

  /// The other side of the same exchange: the seller of a buyer, the payee of a payer, the
  /// target of a source.
  public var counterpart: Role? {
    switch self {
    case .buyer: .seller
    case .seller: .buyer
    case .payer: .payee
    case .payee: .payer
    case .source: .target
    case .target: .source
    case .site, .holder: nil
    }
  }
}

/// The parties of a figure by their roles, and the frame (a verb and its arguments, or a move)
/// that gave them.
///
/// ```swift
/// // "Nordhavn Ferries ordered 6 vessels from Kessler Yards."
/// roles.frame           // "purchase.from/1"
/// roles.parties         // [.buyer: "Nordhavn Ferries", .seller: "Kessler Yards"]
/// // « Kessler Yards a livré 4 navires à Nordhavn. »
/// roles.frame           // "sale.to/1"
/// roles.parties         // [.seller: "Kessler Yards", .buyer: "Nordhavn"]
/// ```
public struct Roles: Sendable, Hashable, Codable {
  /// The id of the rule that read them, such as `purchase.from/1`.
  public var frame: String
  /// Each role's party, as the text names it (or the entity "we" or a description stands for).
  public var parties: [Role: String]

  /// Creates roles.
  public init(frame: String, parties: [Role: String]) {
    self.frame = frame
    self.parties = parties
  }

  /// The party in a role.
  public subscript(role: Role) -> String? { parties[role] }
}

/// An interval of values; a nil end is open.
public struct Interval: Sendable, Hashable, Codable {
  /// The lower end, or nil when open.
  public var low: Decimal?
  /// The upper end, or nil when open.
  public var high: Decimal?

  /// Creates an interval.
  public init(low: Decimal?, high: Decimal?) {
    self.low = low
    self.high = high
  }
}

/// One numeric statement found in a document, as a full record.
///
/// ```swift
/// // "Musk redirected 12,000 H100 GPUs from Tesla to X."
/// claim.surface    // "12,000"
/// claim.stated     // 12000...12000
/// claim.bounds     // 11500...12500 (written to the nearest thousand)
/// claim.unit       // .count, claim.item "H100 GPU"
/// claim.flow       // from "Tesla" to "X"; claim.metric .transfer
/// ```
public struct Claim: Sendable, Hashable, Codable {
  /// A fingerprint of the document id, the normalised sentence and the quantity's ordinal in it.
  public var id: String
  /// The document's id.
  public var document: String
  /// The quantity's span in the document's text (UTF-8 bytes, half-open).
  public var span: TextSpan
  /// The quantity as written.
  public var surface: String
  /// The sentence around it.
  public var sentence: String
  /// The interval the text states.
  public var stated: Interval
  /// How it was stated.
  public var qualifier: Qualifier
  /// The interval that the writing's precision and the qualifier allow.
  public var bounds: Interval
  /// The unit.
  public var unit: QuantityUnit
  /// What is counted, in canonical form (singular, model name first).
  public var item: String?
  /// The counted noun phrase as written.
  public var itemSurface: String?
  /// Whom the quantity is about.
  public var subject: String?
  /// Where it moved from and to.
  public var flow: Flow?
  /// The parties by role (buyer and seller, payer and payee, source and target…), when the
  /// clause that governs the figure names them.
  public var roles: Roles?
  /// What it measures.
  public var metric: Metric
  /// When.
  public var period: Period?
  /// Whether the sentence speaks of a period it does not say ("in the quarter before", "that
  /// month"): such a claim is not judged against the document's whole year.
  public var periodUnclear: Bool = false
  /// Whether money is the price of one unit ("£46,000 a charger", « 380 euros la tablette »,
  /// "each jet lists at $62 million"): not a total that the ledger's rows sum to.
  public var perUnit: Bool = false
  /// Whether money is an amount per span of time ("£800,000 a year", « 260 000 $ par année »):
  /// not a total that the ledger's rows sum to.
  public var perPeriod: Bool = false
  /// Whether the figure is a difference between two others ("short of her figure by 350", «
  /// inférieur de 350 », « 200 pompes de moins »): no total that the ledger's rows sum to.
  public var isDifference: Bool = false
  /// The person whose "we" or « nous » gave the claim a party the document could not place.
  ///
  /// That party is the person's name until a corpus-wide reading of who speaks for whom
  /// replaces it (`ClaimExtractor.resolveFirstPerson`). Nil once resolved.
  public var firstPersonOf: String?
  /// The figure's own clause, when its sentence has more than one: what ties money to the
  /// ledger is looked for there ("paid Ruhlmann CAD 5.68 million in the first quarter", not the
  /// contract of the clause after it).
  public var clause: String?
  /// Whether stated as fact, forecast, hedged, denied, supposed or asked.
  public var modality: Modality
  /// Who asserts it.
  public var speaker: String?
  /// The language of the text.
  public var language: Language
  /// Whether the digits' grouping could not be settled (`1.234` in undetermined text).
  public var ambiguous: Bool
  /// The extractor rule that matched, with its version, such as `money/1`.
  public var rule: String

  /// Creates a claim.
  public init(
    id: String, document: String, span: TextSpan, surface: String, sentence: String,
    stated: Interval, qualifier: Qualifier, bounds: Interval, unit: QuantityUnit,
    item: String? = nil, itemSurface: String? = nil, subject: String? = nil, flow: Flow? = nil,
    roles: Roles? = nil, metric: Metric = .other, period: Period? = nil,
    modality: Modality = .asserted,
    speaker: String? = nil, language: Language, ambiguous: Bool = false, rule: String
  ) {
    self.id = id
    self.document = document
    self.span = span
    self.surface = surface
    self.sentence = sentence
    self.stated = stated
    self.qualifier = qualifier
    self.bounds = bounds
    self.unit = unit
    self.item = item
    self.itemSurface = itemSurface
    self.subject = subject
    self.flow = flow
    self.roles = roles
    self.metric = metric
    self.period = period
    self.modality = modality
    self.speaker = speaker
    self.language = language
    self.ambiguous = ambiguous
    self.rule = rule
  }
}

extension Period {
  /// `YYYY-MM-DD` for a day of the proleptic Gregorian calendar.
  public static func isoDate(_ year: Int, _ month: Int, _ day: Int) -> String {
    let month = month < 10 ? "0\(month)" : "\(month)"
    let day = day < 10 ? "0\(day)" : "\(day)"
    return "\(year)-\(month)-\(day)"
  }

  /// Days since 1970-01-01 of a `YYYY-MM-DD` day, or nil when `date` does not start with one.
  ///
  /// The proleptic Gregorian calendar, after Howard Hinnant's civil-date algorithms.
  public static func dayNumber(_ date: String) -> Int? {
    // Year, month and day read from the bytes, with no allocation: ledgers ask this per row.
    var parts = (0, 0, 0)
    var position = 0
    for byte in date.utf8.prefix(10) {
      if position == 4 || position == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
      } else {
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        let digit = Int(byte) - 0x30
        switch position {
        case ..<4: parts.0 = parts.0 * 10 + digit
        case ..<7: parts.1 = parts.1 * 10 + digit
        default: parts.2 = parts.2 * 10 + digit
        }
      }
      position += 1
    }
    guard position == 10 else { return nil }
    let (month, day) = (parts.1, parts.2)
    let year = parts.0 - (month <= 2 ? 1 : 0)
    let era = (year >= 0 ? year : year - 399) / 400
    let yearOfEra = year - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The `YYYY-MM-DD` day `days` after 1970-01-01.
  public static func isoDate(dayNumber days: Int) -> String {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return isoDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The number of days in a month.
  public static func lastDay(_ year: Int, _ month: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// The period for people: a day, a whole month (`2024-03`), a whole year (`2024`), or
  /// `start…end`.
  public var text: String {
    if start == end { return start }
    let year = start.prefix(4)
    if start.hasSuffix("-01-01"), end == "\(year)-12-31" { return String(year) }
    if start.count == 10, start.hasSuffix("-01"), end.prefix(7) == start.prefix(7),
      let y = Int(year), let m = Int(start.dropFirst(5).prefix(2)),
      end == Self.isoDate(y, m, Self.lastDay(y, m))
    {
      return String(start.prefix(7))
    }
    return "\(start)…\(end)"
  }

  /// A whole calendar year.
  public static func year(_ year: Int) -> Period {
    Period(start: "\(year)-01-01", end: "\(year)-12-31")
  }

  /// A calendar quarter, 1–4.
  public static func quarter(_ year: Int, _ quarter: Int) -> Period {
    let first = (quarter - 1) * 3 + 1
    return Period(
      start: isoDate(year, first, 1), end: isoDate(year, first + 2, lastDay(year, first + 2)))
  }

  /// A calendar half, 1–2.
  public static func half(_ year: Int, _ half: Int) -> Period {
    half == 1
      ? Period(start: "\(year)-01-01", end: "\(year)-06-30")
      : Period(start: "\(year)-07-01", end: "\(year)-12-31")
  }

  /// A whole month.
  public static func month(_ year: Int, _ month: Int) -> Period {
    Period(start: isoDate(year, month, 1), end: isoDate(year, month, lastDay(year, month)))
  }
}
