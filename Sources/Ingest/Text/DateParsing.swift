import Foundation

/// Turns the dates documents carry into ISO 8601.
///
/// Understands ISO 8601 itself (`2024-06-04`, `2024-06-04T14:30:00Z`), RFC 5322 mail
/// dates (`Wed, 13 Dec 2023 17:22:05 -0800`), the X archive's `created_at`
/// (`Wed Apr 24 18:01:02 +0000 2024`) and plain dates (`June 4, 2024`, `4 juin 2024`).
enum DateParsing {
  /// A day written out in a heading or a dateline: "…Results Call, April 23, 2024 (excerpt)", "June
  /// 4, 2024 - Elon Musk…", « 23 avril 2024 ».
  ///
  /// `anywhere` false looks only at the start.
  ///
  /// A dateline may open with its city in capitals and a comma, and an article: "LONDON, March
  /// 2, 2026 -", « MONTRÉAL, le 14 mai 2026 – », « NAMUR, 16 septembre 2025 – ».
  static func dateline(in text: Substring, anywhere: Bool) -> String? {
    let words = text.prefix(anywhere ? 400 : 80).split(whereSeparator: \.isWhitespace)
      .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "()[]-–—:")) }
    var first = 0
    var last = 0
    if !anywhere {
      // The city: up to three words in capitals; a region or country and an article may come
      // before the date ("CHÉSALLES (Suisse), le 16 avril 2026", "EBERMATT, France, July 20").
      var probe = 0
      while probe < min(3, words.count), isCapitals(words[probe]) {
        probe += 1
        if words[probe - 1].hasSuffix(",") { break }
      }
      first = probe
      last = probe == 0 ? 0 : probe + 3
    }
    guard words.count >= first + 3 else { return nil }
    for start in first...(anywhere ? words.count - 3 : min(last, words.count - 3)) {
      let candidate = words[start..<start + 3].joined(separator: " ")
      // A day needs a month in words and a year: "2024 Financial Results" is none.
      guard words[start..<start + 3].contains(where: { monthIndex($0.lowercased()) != nil }),
        let date = iso8601(candidate), date.count == 10
      else { continue }
      return date
    }
    return nil
  }

  /// Whether a short line says nothing but when something was published or updated.
  ///
  /// "PUBLISHED: 10:48, Tue, Nov 19, 2019", "Updated November 20th, 2019 - 07:29 GMT",
  /// « Publié le 3 février 2026 à 18 h 42 », "2018-08-16". It must name a month, or give a
  /// date in digits.
  static func isDateLine(_ text: String) -> Bool {
    guard text.utf8.count <= 80, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else {
      return false
    }
    let words = text.lowercased().split(whereSeparator: {
      $0.isWhitespace || ",|:/.()-–—·".contains($0)
    })
    guard !words.isEmpty else { return false }
    var month = false
    var numbers = 0
    for word in words {
      if word.allSatisfy(\.isNumber) {
        numbers += 1
      } else if monthIndex(String(word)) != nil {
        month = true
      } else if !dateLineWords.contains(String(word)), !weekdayNames.contains(String(word)),
        !isOrdinalOrTime(word)
      {
        return false
      }
    }
    return numbers > 0 && (month || numbers >= 3)
  }

  /// Whether a line says that it dates the page: "Published …", « Mis à jour le … ».
  static func saysPublication(_ text: String) -> Bool {
    let lower = text.lowercased()
    return publicationWords.contains { lower.contains($0) }
  }

  private static let publicationWords = ["published", "posted", "updated", "publié", "mis à jour"]

  /// Words a publication line may hold besides the date itself.
  private static let dateLineWords: Set<String> = [
    "published", "updated", "posted", "modified", "last", "on", "at", "am", "pm", "a", "p", "m",
    "gmt", "utc", "cet", "cest", "bst", "edt", "est", "pst", "pdt", "et", "h", "publié", "publiée",
    "mis", "à", "jour", "le",
  ]

  /// "20th", "1st", « 1er », "10h30", "9h".
  private static func isOrdinalOrTime(_ word: Substring) -> Bool {
    let digits = word.prefix(while: \.isNumber)
    guard !digits.isEmpty else { return false }
    let rest = word.dropFirst(digits.count)
    return ["st", "nd", "rd", "th", "er", "e"].contains(String(rest))
      || (rest.first == "h" && rest.dropFirst().allSatisfy(\.isNumber))
  }

  /// Whether a word is written in capitals ("LONDON,", "MONTRÉAL,"), two letters at least.
  private static func isCapitals(_ word: String) -> Bool {
    let letters = word.filter(\.isLetter)
    return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
  }

  /// The ISO 8601 form of `raw`: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS±HH:MM` when a time is given.
  static func iso8601(_ raw: String) -> String? {
    let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    if let iso = normalizedISO(trimmed) { return iso }
    return parseWords(trimmed)
  }

  private static func normalizedISO(_ value: String) -> String? {
    let bytes = Array(value.utf8)
    func digits(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= bytes.count else { return nil }
      var number = 0
      for byte in bytes[range] {
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        number = number * 10 + Int(byte - 0x30)
      }
      return number
    }
    guard bytes.count >= 10, let year = digits(0..<4), bytes[4] == 0x2D, let month = digits(5..<7),
      bytes[7] == 0x2D, let day = digits(8..<10), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    let date = String(format4(year)) + "-" + two(month) + "-" + two(day)
    guard bytes.count > 10 else { return date }
    guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
      let hour = digits(11..<13), bytes.count >= 16, bytes[13] == UInt8(ascii: ":"),
      let minute = digits(14..<16)
    else { return date }
    var index = 16
    var second = 0
    if index + 3 <= bytes.count, bytes[index] == UInt8(ascii: ":"),
      let s = digits(index + 1..<index + 3)
    {
      second = s
      index += 3
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
      }
    }
    let zone = String(decoding: bytes[index...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
    let time = "T" + two(hour) + ":" + two(minute) + ":" + two(second)
    guard let offset = zoneOffset(zone) else { return date + time }
    return date + time + offset
  }

  private static func parseWords(_ value: String) -> String? {
    let words = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
      .map(String.init)
    var year: Int?
    var month: Int?
    var day: Int?
    var time: (Int, Int, Int)?
    var zone: String?
    for word in words {
      let lower = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
      if let offset = zoneOffset(word), word.first == "+" || word.first == "-" || word.count <= 4 {
        zone = offset
      } else if let number = Int(word) {
        if number > 31, year == nil { year = number } else if day == nil { day = number }
      } else if let ordinal = Int(lower.filter(\.isNumber)),
        lower.hasSuffix("er") || lower.hasSuffix("st")
          || lower.hasSuffix("nd") || lower.hasSuffix("rd") || lower.hasSuffix("th"),
        day == nil
      {
        day = ordinal
      } else if let index = monthIndex(lower) {
        month = index
      } else if word.contains(":") {
        let parts = word.split(separator: ":").compactMap { Int($0) }
        if parts.count >= 2 { time = (parts[0], parts[1], parts.count > 2 ? parts[2] : 0) }
      }
    }
    guard let year, let month, let day, (1000...9999).contains(year), (1...31).contains(day) else {
      return nil
    }
    let date = format4(year) + "-" + two(month) + "-" + two(day)
    guard let time else { return date }
    return date + "T" + two(time.0) + ":" + two(time.1) + ":" + two(time.2) + (zone ?? "")
  }

  private static func zoneOffset(_ zone: String) -> String? {
    let upper = zone.uppercased()
    switch upper {
    case "Z", "UT", "UTC", "GMT", "+0000", "+00:00", "-0000": return "+00:00"
    case "EST": return "-05:00"
    case "EDT": return "-04:00"
    case "CST": return "-06:00"
    case "CDT": return "-05:00"
    case "MST": return "-07:00"
    case "MDT": return "-06:00"
    case "PST": return "-08:00"
    case "PDT": return "-07:00"
    case "CET": return "+01:00"
    case "CEST": return "+02:00"
    default: break
    }
    let bytes = Array(upper.utf8)
    guard bytes.count == 5 || bytes.count == 6, bytes[0] == 0x2B || bytes[0] == 0x2D else {
      return nil
    }
    let digits = bytes.dropFirst().filter { $0 != UInt8(ascii: ":") }
    guard digits.count == 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    let text = String(decoding: digits, as: UTF8.self)
    return String(UnicodeScalar(bytes[0])) + text.prefix(2) + ":" + text.suffix(2)
  }

  private static func monthIndex(_ word: String) -> Int? { monthsByName[word] }

  /// Month names and their abbreviations, English and French, to the month's number, as CLDR
  /// writes them (through Foundation), also without accents ("fevrier", "aout"); built once (a
  /// date line is tested for every short block of a page).
  private static let monthsByName: [String: Int] = {
    var byName: [String: Int] = [:]
    for symbols in symbols(\.monthSymbols) + symbols(\.shortMonthSymbols) {
      for (index, name) in symbols.enumerated() { byName[name] = index + 1 }
    }
    // What CLDR does not write: the English "sept", the French « fév ».
    byName["sept"] = 9
    byName["fév"] = 2
    return byName
  }()

  /// Weekday names, full and short, English and French, as CLDR writes them, and the English
  /// "tues" and "thurs" it does not.
  private static let weekdayNames: Set<String> = Set(
    (symbols(\.weekdaySymbols) + symbols(\.shortWeekdaySymbols)).joined() + ["tues", "thurs"])

  /// A formatter's symbols for English and for French, lower-cased, without a final dot, each
  /// also without accents when it has some.
  private static func symbols(_ path: KeyPath<DateFormatter, [String]>) -> [[String]] {
    ["en", "fr"].flatMap { identifier -> [[String]] in
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: identifier)
      let names = formatter[keyPath: path].map {
        $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
      }
      let folded = names.map { $0.folding(options: .diacriticInsensitive, locale: nil) }
      return folded == names ? [names] : [names, folded]
    }
  }

  private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
  private static func format4(_ value: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, 4 - text.count)) + text
  }
}
