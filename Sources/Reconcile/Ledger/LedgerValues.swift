import Core
import Foundation

/// Numbers as ledgers write them: `12000`, `12,000.50`, and in `;`-separated French exports
/// `12 000,50` or `12.000,50`.
enum LedgerNumber {
  static func parse(_ text: String, decimalComma: Bool) -> Decimal? {
    var cleaned = ""
    for character in text {
      switch character {
      case " ", "\u{00A0}", "\u{202F}", "'", "’": continue
      case ",": cleaned.append(decimalComma ? "." : ",")
      case ".": cleaned.append(decimalComma ? "," : ".")
      default: cleaned.append(character)
      }
    }
    // What is left as "," groups thousands.
    cleaned.removeAll { $0 == "," }
    if cleaned.hasPrefix("$") || cleaned.hasPrefix("€") { cleaned.removeFirst() }
    guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }),
      cleaned.filter({ $0 == "." }).count <= 1, cleaned.dropFirst().allSatisfy({ $0 != "-" })
    else { return nil }
    if cleaned.utf8.count <= 18, !cleaned.contains("."), let integer = Int64(cleaned) {
      return Decimal(integer)
    }
    return Decimal(string: cleaned, locale: posix)
  }

  private static let posix = Locale(identifier: "en_US_POSIX")
}

/// Dates and periods as ledgers write them: `2024-01-15`, `15/01/2024`, `2024-01`, `2024-Q1`,
/// `Q1 2024`, `2024-H1`, `2024`, `FY2025` (through the fiscal calendar of the supplier, else the customer).
enum LedgerPeriod {
  static func parse(_ text: String, fiscalYearStartMonth: Int?) -> Period? {
    let value = text.trimmingCharacters(in: .whitespaces).uppercased()
    let parts = value.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == "/" }).map(
      String.init)
    func year(_ part: String) -> Int? {
      part.count == 4 ? Int(part).flatMap { (1900...2199).contains($0) ? $0 : nil } : nil
    }
    if value.hasPrefix("FY"),
      let number = Int(value.dropFirst(2).trimmingCharacters(in: .whitespaces))
    {
      let fiscal = number < 100 ? 2000 + number : number
      guard let start = fiscalYearStartMonth, start > 1 else { return yearPeriod(fiscal) }
      return Period(
        start: date(fiscal - 1, start, 1), end: date(fiscal, start - 1, lastDay(fiscal, start - 1)))
    }
    switch parts.count {
    case 1:
      return year(parts[0]).map(yearPeriod)
    case 2:
      if let y = year(parts[0]) {
        if let month = Int(parts[1]), (1...12).contains(month) { return Period.month(y, month) }
        return quarterOrHalf(parts[1], y)
      }
      if let y = year(parts[1]) { return quarterOrHalf(parts[0], y) }
      return nil
    case 3:
      if let y = year(parts[0]), let month = Int(parts[1]), let dayValue = Int(parts[2]) {
        return singleDay(y, month, dayValue)
      }
      if let y = year(parts[2]), let dayValue = Int(parts[0]), let month = Int(parts[1]) {
        return singleDay(y, month, dayValue)
      }
      return nil
    default:
      return nil
    }
  }

  private static func singleDay(_ year: Int, _ month: Int, _ day: Int) -> Period? {
    guard (1...12).contains(month), (1...lastDay(year, month)).contains(day) else { return nil }
    let text = date(year, month, day)
    return Period(start: text, end: text)
  }

  private static func quarterOrHalf(_ text: String, _ year: Int) -> Period? {
    guard text.count == 2, let number = Int(text.dropFirst()) else { return nil }
    switch text.first {
    case "Q", "T": return (1...4).contains(number) ? Period.quarter(year, number) : nil
    case "H", "S": return (1...2).contains(number) ? Period.half(year, number) : nil
    default: return nil
    }
  }

  private static func yearPeriod(_ year: Int) -> Period { Period.year(year) }
  private static func date(_ year: Int, _ month: Int, _ day: Int) -> String {
    Period.isoDate(year, month, day)
  }
  private static func lastDay(_ year: Int, _ month: Int) -> Int { Period.lastDay(year, month) }
}
