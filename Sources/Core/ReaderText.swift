import Foundation

/// Figures as a reader writes them: money scaled ("$875 million", « 8,1 milliards de dollars »),
/// counts grouped with their item in the plural ("12,000 H100 GPUs"), periods in words ("March
/// 2024", "Q1 2025"), and how far apart two figures are ("11× the ledger's figure").
public enum ReaderText {
  /// The claim's figure as written, with its qualifier and item: "about $10 billion", "50,000
  /// H100s", « 12 000 nœuds HX8 ».
  public static func figure(of claim: Claim) -> String {
    let item = claim.item.map {
      " " + plural($0, count: claim.stated.high, language: claim.language)
    }
    switch claim.unit {
    case .count: return "\(claim.qualifierText)\(claim.surface)\(item ?? "")"
    case .currency: return "\(claim.qualifierText)\(claim.surface)"
    case .percent, .percentagePoint:
      return "\(claim.qualifierText)\(claim.surface) \(claim.unitText)".trimmingCharacters(
        in: .whitespaces)
    }
  }

  /// A ledger figure in the claim's unit and language: "$875 million", « 875 millions de
  /// dollars », "25,000 H100s".
  public static func amount(_ value: Decimal, of claim: Claim) -> String {
    switch claim.unit {
    case .currency(let code): money(value, code: code, language: claim.language)
    case .count:
      NumberText.grouped(value)
        + (claim.item.map { " " + plural($0, count: value, language: claim.language) } ?? "")
    case .percent: NumberText.grouped(value) + " %"
    case .percentagePoint: NumberText.grouped(value) + " points"
    }
  }

  /// Money scaled to millions or billions: "$875 million", "€3.6 million", "CHF 12 billion",
  /// "£420,500"; in French « 875 millions de dollars », « 3,6 millions d'euros ».
  public static func money(_ value: Decimal, code: String, language: Language = .en) -> String {
    let magnitude = abs(value)
    let scales: [(Decimal, String, String)] = [
      (1_000_000_000_000, "trillion", "billion"), (1_000_000_000, "billion", "milliard"),
      (1_000_000, "million", "million"),
    ]
    let scale = scales.first { magnitude >= $0.0 }
    let scaled = scale.map { value / $0.0 } ?? value
    var number = NumberText.grouped(scaled, places: scale == nil ? 2 : 1)
    if language == .fr {
      // « 8,1 milliards », « 12 000 » with a no-break space.
      number = number.replacingOccurrences(of: ",", with: "\u{202F}")
        .replacingOccurrences(of: ".", with: ",")
      let names = [
        "USD": "dollars", "EUR": "euros", "GBP": "livres sterling", "CAD": "dollars canadiens",
        "CHF": "francs suisses",
      ]
      let name = names[code] ?? code
      guard let scale else { return "\(number) \(name)" }
      let word = scaled > 1 || scaled < -1 ? scale.2 + "s" : scale.2
      let elided = name.first.map { "aeiouy".contains($0) } == true ? "d'" : "de "
      return "\(number) \(word) \(elided)\(name)"
    }
    let symbols = ["USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"]
    let text = number + (scale.map { " " + $0.1 } ?? "")
    return symbols[code].map { $0 + text } ?? "\(code) \(text)"
  }

  /// An item's name for `count` of it: "H100s", "heat pumps", « nœuds HX8 », « pompes à
  /// chaleur »; one of it keeps its name.
  ///
  /// English puts the last word in the plural, French the first (its noun comes first); a word
  /// already plural, or a model name ending in a capital or a digit in French, stays as it is.
  public static func plural(_ item: String, count: Decimal?, language: Language) -> String {
    guard let count, count != 1, count != -1 else { return item }
    var words = item.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard !words.isEmpty else { return item }
    let index = language == .fr ? 0 : words.count - 1
    words[index] = pluralWord(words[index], language: language)
    return words.joined(separator: " ")
  }

  private static func pluralWord(_ word: String, language: Language) -> String {
    guard let last = word.last, last.isLetter || last.isNumber else { return word }
    if language == .fr {
      if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") { return word }
      if word.hasSuffix("eau") || word.hasSuffix("eu") { return word + "x" }
      if word.hasSuffix("al") { return String(word.dropLast()) + "ux" }
      // A model name (« HX8 ») has no plural.
      if word.contains(where: \.isNumber) || word == word.uppercased() { return word }
      return word + "s"
    }
    if ["ss", "x", "z", "ch", "sh"].contains(where: { word.hasSuffix($0) }) { return word + "es" }
    // Already plural ("systems", "GPUs"), or one of many ("series").
    if word.hasSuffix("s") { return word }
    if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
      return String(word.dropLast()) + "ies"
    }
    return word + "s"
  }

  /// How the claim's own figure compares with the ledger's: "11× the ledger's figure", "twice
  /// the ledger's figure", "half the ledger's figure", "19 % above the ledger's figure"; nil
  /// when either is zero.
  ///
  /// The claim's own figure is the end of what it states nearest the ledger's, not its rounding
  /// bound: "50,000" against 25,000 is twice, whatever ±500 its writing allows.
  public static func comparison(claim: Claim, ledger: Decimal) -> String? {
    comparison(stated: [claim.stated.low, claim.stated.high].compactMap { $0 }, ledger: ledger)
  }

  /// How a figure stated as `stated` (one value, or a range's two ends) compares with the
  /// ledger's (`comparison(claim:ledger:)`).
  public static func comparison(stated: [Decimal], ledger: Decimal) -> String? {
    guard ledger > 0, let own = stated.min(by: { abs($0 - ledger) < abs($1 - ledger) }), own > 0
    else { return nil }
    let ratio = NSDecimalNumber(decimal: own / ledger).doubleValue
    if ratio >= 2 {
      return abs(ratio - 2) < 0.05
        ? "twice the ledger's figure" : "\(format(ratio))× the ledger's figure"
    }
    if ratio <= 0.5 {
      let parts = [
        2: "half", 3: "a third of", 4: "a quarter of", 5: "a fifth of", 10: "a tenth of",
      ]
      let inverse = Int((1 / ratio).rounded())
      if abs(1 / ratio - Double(inverse)) < 0.05, let part = parts[inverse] {
        return "\(part) the ledger's figure"
      }
      return "the ledger's figure is \(format(1 / ratio))× as large"
    }
    let percent = Int(((ratio - 1) * 100).rounded())
    return percent >= 0
      ? "\(percent) % above the ledger's figure" : "\(-percent) % below the ledger's figure"
  }

  /// The end of the claim's stated figure nearest `ledger`.
  public static func ownFigure(of claim: Claim, near ledger: Decimal) -> Decimal? {
    [claim.stated.low, claim.stated.high].compactMap { $0 }
      .min { abs($0 - ledger) < abs($1 - ledger) }
  }

  /// A ratio with one decimal below 10 and none above: "2.5", "11".
  private static func format(_ ratio: Double) -> String {
    if ratio >= 9.95 { return String(Int(ratio.rounded())) }
    let tenths = Int((ratio * 10).rounded())
    return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
  }
}

extension Period {
  private static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// The first day of a period that runs from the beginning of the records: everything up to
  /// its end ("what reached Tesla by 25 April 2024").
  public static let beginning = "0001-01-01"
  /// The last day of a period that runs on with no end ("from 2025 on").
  public static let noEnd = "9999-12-31"

  /// The period as a reader says it: "2024", "March 2024", "Q1 2025", "H2 2025", "25 April
  /// 2024", "1 November 2023 to 25 April 2024", "by 25 April 2024", "by the end of 2024" (from
  /// a day within that year), or "January 2025 onward".
  public var readable: String {
    guard let (y1, m1, d1) = Self.parts(start), let (y2, m2, d2) = Self.parts(end) else {
      return text
    }
    func day(_ y: Int, _ m: Int, _ d: Int) -> String { "\(d) \(Self.monthNames[m - 1]) \(y)" }
    if start == end { return day(y1, m1, d1) }
    if start == Self.beginning {
      return end == Self.noEnd ? "at any time" : "by \(day(y2, m2, d2))"
    }
    if end == Self.noEnd {
      return d1 == 1 ? "\(Self.monthNames[m1 - 1]) \(y1) onward" : "\(day(y1, m1, d1)) onward"
    }
    let wholeMonths = d1 == 1 && d2 == Self.lastDay(y2, m2)
    if wholeMonths, y1 == y2 {
      if m1 == 1, m2 == 12 { return "\(y1)" }
      if m1 == m2 { return "\(Self.monthNames[m1 - 1]) \(y1)" }
      if m2 - m1 == 2, (m1 - 1) % 3 == 0 { return "Q\((m1 - 1) / 3 + 1) \(y1)" }
      if m2 - m1 == 5, m1 == 1 || m1 == 7 { return "H\(m1 == 1 ? 1 : 2) \(y1)" }
      return "\(Self.monthNames[m1 - 1]) to \(Self.monthNames[m2 - 1]) \(y1)"
    }
    if wholeMonths {
      return "\(Self.monthNames[m1 - 1]) \(y1) to \(Self.monthNames[m2 - 1]) \(y2)"
    }
    // "85,000 by the end of the year", said on 23 April.
    if y1 == y2, m2 == 12, d2 == 31 { return "by the end of \(y1)" }
    return "\(day(y1, m1, d1)) to \(day(y2, m2, d2))"
  }

  /// The period after a preposition, as a sentence goes on: " in 2024", " in March 2024", " on
  /// 25 April 2024", " from 1 November 2023 to 25 April 2024", " by 25 April 2024", " from
  /// January 2025 onward".
  public var inText: String {
    let words = readable
    if start == end { return " on \(words)" }
    if words.hasPrefix("by ") || words == "at any time" { return " \(words)" }
    return words.contains(" to ") || words.hasSuffix(" onward") ? " from \(words)" : " in \(words)"
  }

  private static func parts(_ date: String) -> (Int, Int, Int)? {
    let fields = date.split(separator: "-").compactMap { Int($0) }
    guard fields.count == 3, (1...12).contains(fields[1]) else { return nil }
    return (fields[0], fields[1], fields[2])
  }
}
