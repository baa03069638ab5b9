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
public struct Booking: Sendable, Hashable, Codable {
  /// The row's id: its `id` column, or `line N` when the ledger has none.
  public var id: String
  /// The ledger file, as given.
  public var file: String
  /// The 1-based line the row starts on.
  public var line: Int
  public var customer: String
  public var supplier: String?
  public var item: String
  /// Units, when the row gives them.
  public var quantity: Decimal?
  /// Money, when the row gives it, in `currency`.
  public var amount: Decimal?
  /// ISO 4217.
  public var currency: String
  /// When: a day, month, quarter, year or fiscal period, as a span of days.
  public var period: Period
  public var status: BookingStatus
  public var redirectedTo: String?
  public var site: String?
  public var note: String?

  /// Creates a booking.
  public init(
    id: String, file: String, line: Int, customer: String, supplier: String? = nil, item: String,
    quantity: Decimal? = nil, amount: Decimal? = nil, currency: String = "USD", period: Period,
    status: BookingStatus, redirectedTo: String? = nil, site: String? = nil, note: String? = nil
  ) {
    self.id = id
    self.file = file
    self.line = line
    self.customer = customer
    self.supplier = supplier
    self.item = item
    self.quantity = quantity
    self.amount = amount
    self.currency = currency
    self.period = period
    self.status = status
    self.redirectedTo = redirectedTo
    self.site = site
    self.note = note
  }
}
