import Core
import Foundation

/// The ledger indexed for a hash join: rows by (customer, item, status), each series sorted by
/// date with running sums, so that a claim's sum over any period costs two binary searches.
struct LedgerIndex {
  struct Key: Hashable {
    var customer: String
    var item: String
    var status: BookingStatus
  }

  /// One (customer, item, status) series, sorted by start day.
  ///
  /// A class: a lookup per claim and series must not copy (and retain) its arrays.
  final class Series {
    /// The rows, as positions in `LedgerIndex.rows`.
    var rows: [Int] = []
    var startDays: [Int] = []
    var endDays: [Int] = []
    /// Running sums of quantities and of amounts per currency: `sum[i]` covers rows `0..<i`.
    var quantitySums: [Decimal] = [0]
    var quantityCounts: [Int] = [0]
    var amountSums: [String: [Decimal]] = [:]
    var amountCounts: [String: [Int]] = [:]
    /// The longest row period, in days: how far back a row can start and still reach a date.
    var longest = 0
  }

  private(set) var series: [Key: Series] = [:]
  /// Every row, in ledger order (file, line, id): evidence is listed in this order.
  let rows: [Booking]
  /// Every currency the ledger's amounts are in.
  private(set) var currencies: Set<String> = []
  private(set) var customers: [String: String] = [:]
  /// The key of every supplier the ledger names (its `supplier` column), as entity keys.
  private(set) var suppliers: Set<String> = []
  private(set) var items: Set<String> = []
  /// The item keys whose rows give money and never a quantity: contracts and services.
  private(set) var moneyOnlyItems: Set<String> = []
  /// Each item key's name as the ledger (or configuration) writes it.
  private(set) var itemNames: [String: String] = [:]
  /// Each site key's customers, as keys: "Lanvoy" is Énergies du Ponant's farm.
  ///
  /// Rows redirected elsewhere do not count: their site may be where the goods were going or
  /// where they went.
  private(set) var siteCustomers: [String: Set<String>] = [:]
  /// Each item key's words, as keys ("H100 SXM" → h100, sxm).
  private(set) var itemWords: [String: Set<String>] = [:]
  /// Item keys by the model names in them ("h100" → h100sxm, h100pcie).
  private(set) var itemsByModel: [String: Set<String>] = [:]

  init(
    _ bookings: [Booking], customerKey: (String) -> String,
    siteKey: (String) -> String = LedgerIndex.siteKey, itemKeys: (String) -> Set<String>
  ) {
    rows = bookings.sorted { ($0.file, $0.line, $0.id) < ($1.file, $1.line, $1.id) }
    var grouped: [Key: [Int]] = [:]
    var counted: Set<String> = []
    for (position, booking) in rows.enumerated() {
      let customer = customerKey(booking.customer)
      if customers[customer] == nil { customers[customer] = booking.customer }
      if let supplier = booking.supplier { suppliers.insert(customerKey(supplier)) }
      // A row with a site is also filed under the site, so that "50,000 H100s at Giga Texas"
      // links to the rows for that site.
      var parties = [customer]
      if let site = booking.site.map(siteKey), !site.isEmpty {
        parties.append(site)
        if booking.redirectedTo == nil { siteCustomers[site, default: []].insert(customer) }
        if customers[site] == nil {
          customers[site] = "\(booking.site ?? "") (\(booking.customer))"
        }
      }
      for party in parties {
        for item in itemKeys(booking.item) {
          if items.insert(item).inserted {
            itemNames[item] = booking.item
            itemWords[item] = Set(
              booking.item.split(separator: " ").map { Reconciler.key(String($0)) })
            for word in booking.item.split(separator: " ") where Reconciler.isModelName(word) {
              itemsByModel[Reconciler.key(String(word)), default: []].insert(item)
            }
          }
          grouped[Key(customer: party, item: item, status: booking.status), default: []].append(
            position)
          if booking.quantity != nil { counted.insert(item) }
        }
      }
    }
    moneyOnlyItems = items.subtracting(counted)
    for (key, positions) in grouped {
      let entry = Series()
      let sorted = positions.sorted { (rows[$0].period.start, $0) < (rows[$1].period.start, $1) }
      let currencies = Set(sorted.compactMap { rows[$0].amount == nil ? nil : rows[$0].currency })
      self.currencies.formUnion(currencies)
      for currency in currencies {
        entry.amountSums[currency] = [0]
        entry.amountCounts[currency] = [0]
      }
      for position in sorted {
        let row = rows[position]
        let start = Self.day(row.period.start)
        let end = Self.day(row.period.end)
        entry.rows.append(position)
        entry.startDays.append(start)
        entry.endDays.append(end)
        entry.longest = max(entry.longest, end - start)
        entry.quantitySums.append((entry.quantitySums.last ?? 0) + (row.quantity ?? 0))
        entry.quantityCounts.append(
          (entry.quantityCounts.last ?? 0) + (row.quantity == nil ? 0 : 1))
        for currency in currencies {
          let amount = row.currency == currency ? row.amount : nil
          let lastSum = entry.amountSums[currency]?.last ?? 0
          let lastCount = entry.amountCounts[currency]?.last ?? 0
          entry.amountSums[currency]?.append(lastSum + (amount ?? 0))
          entry.amountCounts[currency]?.append(lastCount + (amount == nil ? 0 : 1))
        }
      }
      series[key] = entry
    }
  }

  /// What a claim links to in one series: the sum, how many rows gave a comparable figure,
  /// how many did not, and the rows themselves (positions in `rows`, the first `evidenceLimit`).
  struct Slice {
    var sum: Decimal = 0
    /// The part of `sum` from rows that reach outside the period ("January" against a claim
    /// for 21 January): the ledger cannot say how much of them falls inside it.
    var partial: Decimal = 0
    var counted = 0
    var excluded = 0
    var rows: [Int] = []
    var rowCount = 0
    /// Which rows it covers, for the rows no claim mentions: rows added one by one (by index
    /// into `LedgerIndex.rows`), and a run of its series counted by running sums.
    var touched: [Int] = []
    var run: (key: Key, range: Range<Int>)?
  }

  /// The rows no slice in `slices` covers, in ledger order: linear in rows and slices.
  func uncovered(by slices: [Slice]) -> [Booking] {
    var used = [Bool](repeating: false, count: rows.count)
    var runs: [Key: [Range<Int>]] = [:]
    for slice in slices {
      for row in slice.touched { used[row] = true }
      if let run = slice.run { runs[run.key, default: []].append(run.range) }
    }
    for (key, ranges) in runs {
      guard let entry = series[key] else { continue }
      // A difference array over the series: each run adds one at its start, takes it at its end.
      var depth = [Int](repeating: 0, count: entry.rows.count + 1)
      for range in ranges {
        depth[range.lowerBound] += 1
        depth[range.upperBound] -= 1
      }
      var open = 0
      for index in entry.rows.indices {
        open += depth[index]
        if open > 0 { used[entry.rows[index]] = true }
      }
    }
    return rows.indices.filter { !used[$0] }.map { rows[$0] }
  }

  static let evidenceLimit = 10

  /// The rows of `key` overlapping `period` (all rows when nil), summed in `unit`.
  func slice(
    _ key: Key, period: Period?, unit: QuantityUnit,
    where include: (Booking) -> Bool = { _ in true },
    filtered: Bool = false
  ) -> Slice? {
    guard let entry = series[key] else { return nil }
    let from = period.map { Self.day($0.start) } ?? Int.min / 2
    let to = period.map { Self.day($0.end) } ?? Int.max / 2
    // Rows starting inside the period all overlap it; rows starting up to `longest` days
    // before it may still reach into it.
    let firstInside = Self.lowerBound(entry.startDays, from)
    let past = Self.lowerBound(entry.startDays, to + 1)
    let reachBack = Self.lowerBound(entry.startDays, from - entry.longest)
    var slice = Slice()
    // The running sums in the claim's unit: quantities, or amounts in its currency (none when
    // no row of the series has an amount in it).
    let sums: [Decimal]?
    let counts: [Int]?
    if case .currency(let code) = unit {
      (sums, counts) = (entry.amountSums[code], entry.amountCounts[code])
    } else {
      (sums, counts) = (entry.quantitySums, entry.quantityCounts)
    }
    // One row's figure is the step of the running sums at it: no row is copied to read it.
    func add(_ index: Int) {
      slice.rowCount += 1
      slice.touched.append(entry.rows[index])
      if slice.rows.count < Self.evidenceLimit { slice.rows.append(entry.rows[index]) }
      if let sums, let counts, counts[index + 1] > counts[index] {
        slice.sum += sums[index + 1] - sums[index]
        if entry.startDays[index] < from || entry.endDays[index] > to {
          slice.partial += sums[index + 1] - sums[index]
        }
        slice.counted += 1
      } else {
        slice.excluded += 1
      }
    }
    for index in reachBack..<min(firstInside, past)
    where entry.endDays[index] >= from && include(rows[entry.rows[index]]) {
      add(index)
    }
    guard firstInside < past else { return slice }
    if filtered {
      for index in firstInside..<past where include(rows[entry.rows[index]]) { add(index) }
      return slice
    }
    // The rest by running sums; the rows are listed only up to the evidence limit.
    let count = past - firstInside
    let counted = counts.map { $0[past] - $0[firstInside] } ?? 0
    slice.sum += sums.map { $0[past] - $0[firstInside] } ?? 0
    // Rows starting inside that end after it: only those starting within `longest` days of its
    // end can.
    if let sums, let counts {
      for index in max(firstInside, Self.lowerBound(entry.startDays, to - entry.longest))..<past
      where entry.endDays[index] > to && counts[index + 1] > counts[index] {
        slice.partial += sums[index + 1] - sums[index]
      }
    }
    slice.counted += counted
    slice.excluded += count - counted
    slice.rowCount += count
    slice.run = (key, firstInside..<past)
    let room = max(0, Self.evidenceLimit - slice.rows.count)
    slice.rows += entry.rows[firstInside..<min(past, firstInside + room)]
    return slice
  }

  private static func lowerBound(_ values: [Int], _ target: Int) -> Int {
    var low = 0
    var high = values.count
    while low < high {
      let middle = (low + high) / 2
      if values[middle] < target { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The key a site is filed under: apart from every customer's.
  static func siteKey(_ site: String) -> String {
    let key = Reconciler.key(site)
    return key.isEmpty ? "" : "@" + key
  }

  /// Days since 1970-01-01 of a ledger period's ISO date (always well formed).
  static func day(_ date: String) -> Int { Period.dayNumber(date) ?? 0 }
}
