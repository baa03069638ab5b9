import Foundation

/// What happened to a booking.
public enum BookingStatus: String, Sendable, Hashable, Codable, CaseIterable {
  case booked, shipped, delivered, redirected, cancelled, forecast
}

/// One row of a bookings ledger, with where it was read.
///
/// ```swift
/// // bookings.csv line 7: B-0107,Tesla,Nvidia,H100,12000,,USD,2023-12,redirected,X,,
/// booking.customer   // "Tesla"
/// booking.period     // 2023-12-01 … 2023-12-31
/// booking.status     // .redirected, booking.redirectedTo "X"
/// ```
public struct Booking: Sendable, Hashable {
  /// The row's fields, shared between copies until one of them changes: a finding lists up
  /// to ten rows, and a million findings must not copy ten million rows.
  private final class Storage: @unchecked Sendable {
    var fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  private struct Fields: Hashable {
    var id, file: String
    var line: Int
    var customer: String
    var supplier: String?
    var item: String
    var quantity, amount: Decimal?
    var currency: String
    var period: Period
    var status: BookingStatus
    var redirectedTo, site, note: String?
    var dateText: String?
  }

  private var storage: Storage

  private mutating func change(_ body: (inout Fields) -> Void) {
    if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    body(&storage.fields)
  }

  /// The row's id: its `id` column, or `line N` when the ledger has none.
  public var id: String {
    get { storage.fields.id }
    set { change { $0.id = newValue } }
  }
  /// The ledger file, as given.
  public var file: String {
    get { storage.fields.file }
    set { change { $0.file = newValue } }
  }
  /// The 1-based line the row starts on.
  public var line: Int {
    get { storage.fields.line }
    set { change { $0.line = newValue } }
  }
  public var customer: String {
    get { storage.fields.customer }
    set { change { $0.customer = newValue } }
  }
  public var supplier: String? {
    get { storage.fields.supplier }
    set { change { $0.supplier = newValue } }
  }
  public var item: String {
    get { storage.fields.item }
    set { change { $0.item = newValue } }
  }
  /// Units, when the row gives them.
  public var quantity: Decimal? {
    get { storage.fields.quantity }
    set { change { $0.quantity = newValue } }
  }
  /// Money, when the row gives it, in `currency`.
  public var amount: Decimal? {
    get { storage.fields.amount }
    set { change { $0.amount = newValue } }
  }
  /// ISO 4217.
  public var currency: String {
    get { storage.fields.currency }
    set { change { $0.currency = newValue } }
  }
  /// When: a day, month, quarter, year or fiscal period, as a span of days.
  public var period: Period {
    get { storage.fields.period }
    set { change { $0.period = newValue } }
  }
  public var status: BookingStatus {
    get { storage.fields.status }
    set { change { $0.status = newValue } }
  }
  public var redirectedTo: String? {
    get { storage.fields.redirectedTo }
    set { change { $0.redirectedTo = newValue } }
  }
  public var site: String? {
    get { storage.fields.site }
    set { change { $0.site = newValue } }
  }
  public var note: String? {
    get { storage.fields.note }
    set { change { $0.note = newValue } }
  }
  /// The date or period as the ledger writes it ("FY2025", "2024-Q1"), when read from one.
  public var dateText: String? {
    get { storage.fields.dateText }
    set { change { $0.dateText = newValue } }
  }

  /// Its period as the ledger names it ("FY2025", "2024-Q1"), or in words when the ledger gives
  /// a date ("2024-03" is "March 2024").
  public var periodLabel: String {
    guard let dateText, dateText.contains(where: \.isLetter) else { return period.readable }
    return dateText
  }

  /// Creates a booking.
  public init(
    id: String, file: String, line: Int, customer: String, supplier: String? = nil, item: String,
    quantity: Decimal? = nil, amount: Decimal? = nil, currency: String = "USD", period: Period,
    status: BookingStatus, redirectedTo: String? = nil, site: String? = nil, note: String? = nil,
    dateText: String? = nil
  ) {
    storage = Storage(
      Fields(
        id: id, file: file, line: line, customer: customer, supplier: supplier, item: item,
        quantity: quantity,
        amount: amount, currency: currency, period: period, status: status,
        redirectedTo: redirectedTo, site: site,
        note: note, dateText: dateText))
  }

  public static func == (lhs: Booking, rhs: Booking) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }
}
