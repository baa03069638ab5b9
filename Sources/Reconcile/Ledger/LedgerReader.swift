import Core
import Foundation

/// A row of a ledger that could not be used, and why.
public struct LedgerIssue: Error, Sendable, Hashable, CustomStringConvertible {
  /// The ledger file.
  public var file: String
  /// The 1-based line the row starts on.
  public var line: Int
  /// What is wrong, in lower case.
  public var reason: String

  /// Creates an issue.
  public init(file: String, line: Int, reason: String) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  /// `file:line: reason`.
  public var description: String { "\(file):\(line): \(reason)" }
}

/// Why a ledger could not be read at all.
public struct LedgerError: Error, Sendable, CustomStringConvertible {
  /// The ledger file.
  public var file: String
  /// The line, when the fault has one (a header, a malformed JSON line).
  public var line: Int?
  /// What happened and what to do.
  public var message: String

  public var description: String {
    line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
  }
}

extension LedgerError {
  /// A value from the file as a message may quote it: at most `limit` characters, with control
  /// and invisible characters escaped, so an error never replays a file's contents.
  public static func excerpt(_ text: String, limit: Int = 32) -> String {
    var out = ""
    for (index, character) in text.enumerated() {
      guard index < limit else {
        out += "…"
        break
      }
      let scalars = character.unicodeScalars
      if scalars.count == 1, let scalar = scalars.first,
        scalar.properties.generalCategory == .control
          || scalar.properties.generalCategory == .format
      {
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      } else {
        out.append(character)
      }
    }
    return out
  }
}

/// A ledger read from a file: its usable rows, and the rows that were not.
public struct Ledger: Sendable {
  public var bookings: [Booking]
  public var issues: [LedgerIssue]
  /// Columns (or JSON keys) the reader does not know, sorted: read by nothing, so a misspelt
  /// `quantiy` is said, not silently left out.
  public var unknownColumns: [String] = []
}

/// Reads bookings ledgers: CSV (RFC 4180; also the `;`-separated, decimal-comma files that
/// French spreadsheets export), a JSON array of objects, or JSON Lines.
///
/// Every row is checked; a bad row becomes a `LedgerIssue` with its line and the rest is used.
/// Header names are case-insensitive and in any order: `id`, `customer` (required), `supplier`,
/// `item` (required), `quantity` and/or `amount` (one at least), `currency` (default USD),
/// `date` or `period`, `status`, `redirected_to`, `site`, `note`.
public struct LedgerReader: Sendable {
  /// The first month of the fiscal year, per supplier (or customer, when a row names no
  /// supplier), lower-cased, for `FY2025`-style periods.
  public var fiscalYearStartMonth: @Sendable (String) -> Int?

  /// Creates a reader.
  public init(fiscalYearStartMonth: @escaping @Sendable (String) -> Int? = { _ in nil }) {
    self.fiscalYearStartMonth = fiscalYearStartMonth
  }

  /// Reads the ledger at `path`.
  public func read(path: String) throws(LedgerError) -> Ledger {
    guard FileManager.default.fileExists(atPath: path) else {
      throw LedgerError(file: path, message: "no such ledger file; give one with --ledger")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LedgerError(file: path, message: "the ledger cannot be read (permissions?)")
    }
    return try read([UInt8](data), file: path)
  }

  /// Reads a ledger's bytes; `file` names it in messages and decides the format by extension.
  public func read(_ bytes: [UInt8], file: String) throws(LedgerError) -> Ledger {
    var bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let text =
      String(bytes: bytes, encoding: .utf8) ?? String(bytes: bytes, encoding: .windowsCP1252) ?? ""
    let lower = file.lowercased()
    let records: [LedgerRecord]
    let decimalComma: Bool
    if lower.hasSuffix(".json") {
      records = try JSONLedger.records(text, file: file, lines: false)
      decimalComma = false
    } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
      records = try JSONLedger.records(text, file: file, lines: true)
      decimalComma = false
    } else {
      let table = try CSVTable(text, file: file)
      records = table.records
      decimalComma = table.delimiter == ";"
    }
    var bookings: [Booking] = []
    var issues: [LedgerIssue] = []
    for record in records {
      switch booking(from: record, file: file, decimalComma: decimalComma) {
      case .success(let booking): bookings.append(booking)
      case .failure(let issue): issues.append(issue)
      }
    }
    var columns = Set<String>()
    for record in records { columns.formUnion(record.fields.keys.map { $0.lowercased() }) }
    return Ledger(
      bookings: bookings, issues: issues,
      unknownColumns: columns.subtracting(Self.knownColumns).sorted())
  }

  /// Every column name a row is read from, in English and French.
  static let knownColumns = Set(Column.all.joined())

  /// The names each field of a row may be read from, in English and French.
  enum Column {
    static let id = ["id", "booking_id", "ref"]
    static let customer = ["customer", "client"]
    static let supplier = ["supplier", "fournisseur"]
    static let item = ["item", "product", "produit"]
    static let quantity = ["quantity", "qty", "units", "quantité"]
    static let amount = ["amount", "value", "montant"]
    static let currency = ["currency", "devise"]
    static let date = ["date", "period", "période"]
    static let status = ["status", "statut"]
    static let redirectedTo = ["redirected_to", "redirectedto", "redirected to", "redirigé_vers"]
    static let site = ["site"]
    static let note = ["note", "notes", "comment"]
    static let all = [
      id, customer, supplier, item, quantity, amount, currency, date, status, redirectedTo, site,
      note,
    ]
  }

  private func booking(from record: LedgerRecord, file: String, decimalComma: Bool) -> Result<
    Booking, LedgerIssue
  > {
    func issue(_ reason: String) -> Result<Booking, LedgerIssue> {
      .failure(LedgerIssue(file: file, line: record.line, reason: reason))
    }
    func value(_ names: [String]) -> String? {
      for name in names {
        guard let raw = record.fields[name], !raw.isEmpty else { continue }
        // CSV fields come trimmed; JSON values may not.
        let value =
          raw.first == " " || raw.last == " " ? raw.trimmingCharacters(in: .whitespaces) : raw
        if !value.isEmpty { return value }
      }
      return nil
    }
    guard let customer = value(Column.customer) else { return issue("missing customer") }
    guard let item = value(Column.item) else { return issue("missing item") }
    var quantity: Decimal?
    if let text = value(Column.quantity) {
      guard let number = LedgerNumber.parse(text, decimalComma: decimalComma) else {
        return issue("quantity '\(LedgerError.excerpt(text))' is not a number")
      }
      quantity = number
    }
    var amount: Decimal?
    if let text = value(Column.amount) {
      guard let number = LedgerNumber.parse(text, decimalComma: decimalComma) else {
        return issue("amount '\(LedgerError.excerpt(text))' is not a number")
      }
      amount = number
    }
    guard quantity != nil || amount != nil else {
      return issue("neither quantity nor amount is given")
    }
    let currency = (value(Column.currency) ?? "USD").uppercased()
    guard currency.count == 3, currency.allSatisfy(\.isLetter) else {
      return issue("currency '\(LedgerError.excerpt(currency))' is not an ISO 4217 code")
    }
    guard let when = value(Column.date) else {
      return issue("missing date or period")
    }
    // A ledger is its supplier's books: FY2025 is the supplier's fiscal year when the row names
    // one, else the customer's.
    let calendarOwner = value(Column.supplier) ?? customer
    guard
      let period = LedgerPeriod.parse(
        when, fiscalYearStartMonth: fiscalYearStartMonth(calendarOwner.lowercased()))
    else {
      return issue(
        "date or period '\(LedgerError.excerpt(when))' is not understood (use 2024-01-15, 2024-01, 2024-Q1, 2024 or FY2025)"
      )
    }
    let statusText = value(Column.status) ?? "booked"
    guard let status = BookingStatus(ledgerText: statusText) else {
      let known = BookingStatus.allCases.map(\.rawValue).joined(separator: ", ")
      return issue("unknown status '\(LedgerError.excerpt(statusText))' (known: \(known))")
    }
    return .success(
      Booking(
        id: value(Column.id) ?? "line \(record.line)", file: file,
        line: record.line,
        customer: customer, supplier: value(Column.supplier), item: item,
        quantity: quantity,
        amount: amount, currency: currency, period: period, status: status,
        redirectedTo: value(Column.redirectedTo),
        site: value(Column.site), note: value(Column.note), dateText: when))
  }
}

/// One ledger row by lower-cased column name, and the line it starts on.
struct LedgerRecord {
  var fields: [String: String]
  var line: Int
}

extension BookingStatus {
  /// Reads a status as ledgers write it, in English or French.
  init?(ledgerText text: String) {
    let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
    if let status = BookingStatus(rawValue: lower) {
      self = status
      return
    }
    switch lower {
    case "réservé", "reserve", "réservée", "commandé", "ordered", "confirmed": self = .booked
    case "expédié", "expédiée", "expedie", "in transit": self = .shipped
    case "livré", "livrée", "livre": self = .delivered
    case "redirigé", "redirigée", "redirige", "reallocated", "diverted": self = .redirected
    case "annulé", "annulée", "annule", "canceled": self = .cancelled
    case "prévision", "prevision", "prévu", "planned", "forecasted": self = .forecast
    default: return nil
    }
  }
}
