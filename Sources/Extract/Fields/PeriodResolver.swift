import Core

/// Reads the period of a claim from its sentence: dates, months, quarters, halves, years and
/// fiscal years, and relative ones ("this year", « d'ici la fin de 2024 ») resolved against the
/// document's date. The period nearest the quantity wins.
struct PeriodResolver {
  let tokens: [Token]
  let lexicon: Lexicon
  /// The document's date, `YYYY-MM-DD…`, if known.
  let documentDate: String?
  /// The first month of the fiscal year (1–12); a fiscal year is named by the year it ends in.
  let fiscalYearStartMonth: Int?

  private var documentYear: Int? { documentDate.flatMap { Int($0.prefix(4)) } }
  private var documentMonth: Int? {
    guard let date = documentDate, date.count >= 7 else { return nil }
    return Int(date.dropFirst(5).prefix(2))
  }

  /// The period nearest the quantity at `first...last`, if the sentence gives one.
  func period(first: Int, last: Int) -> Period? {
    var best: (Period, Int)?
    for (period, range) in candidates() {
      if range.contains(first) { continue }
      let distance = range.upperBound < first ? first - range.upperBound : range.lowerBound - last
      if best == nil || distance < best!.1 { best = (period, distance) }
    }
    return best?.0
  }

  /// Every period the sentence mentions, with the tokens it spans.
  private func candidates() -> [(Period, ClosedRange<Int>)] {
    var found: [(Period, ClosedRange<Int>)] = []
    var used = Set<Int>()
    var index = 0
    while index < tokens.count {
      if let (period, end) = match(at: index) {
        found.append((period, index...end))
        for position in index...end { used.insert(position) }
        index = end + 1
      } else {
        index += 1
      }
    }
    return found
  }

  private func year(at index: Int) -> Int? {
    guard index < tokens.count, tokens[index].kind == .number, tokens[index].text.count == 4,
      let year = Int(tokens[index].text), (1900...2199).contains(year)
    else { return nil }
    return year
  }

  /// A year after `index`, skipping "of" / « de » / a comma.
  private func yearAfter(_ index: Int) -> (Int, Int)? {
    var probe = index
    if probe < tokens.count, [",", "of", "de", "du", "en"].contains(tokens[probe].lower) { probe += 1 }
    if let year = year(at: probe) { return (year, probe) }
    return nil
  }

  private func match(at index: Int) -> (Period, Int)? {
    let token = tokens[index]
    let word = token.lower
    // Relative years.
    for (phrases, offset) in [(lexicon.thisYear, 0), (lexicon.lastYear, -1), (lexicon.nextYear, 1)] {
      if let end = phraseEnd(phrases, at: index), let year = documentYear {
        return (Self.year(year + offset), end - 1)
      }
    }
    // "by the end of 2024", « d'ici la fin de 2024 »
    if let end = phraseEnd(lexicon.endOf, at: index), let (year, yearIndex) = yearAfter(end) ?? year(at: end).map({ ($0, end) }) {
      let start = documentDate.map { String($0.prefix(10)) }.flatMap { $0.hasPrefix("\(year)") ? $0 : nil }
      return (Period(start: start ?? "\(year)-01-01", end: "\(year)-12-31"), yearIndex)
    }
    // Fiscal years: FY2025, FY25, "fiscal 2025", « l'exercice 2025 ».
    if token.kind == .mixed, word.hasPrefix("fy"), let number = Int(word.dropFirst(2)) {
      return (fiscalYear(number < 100 ? 2000 + number : number), index)
    }
    if lexicon.fiscalYearWords.contains(word) {
      var probe = index + 1
      if probe < tokens.count, ["year", "fiscal"].contains(tokens[probe].lower) { probe += 1 }
      if let year = year(at: probe) { return (fiscalYear(year), probe) }
      if probe < tokens.count, tokens[probe].kind == .mixed, tokens[probe].lower.hasPrefix("fy"),
        let number = Int(tokens[probe].lower.dropFirst(2))
      {
        return (fiscalYear(number < 100 ? 2000 + number : number), probe)
      }
    }
    // Quarters and halves: Q1 2024, T1, H1, S2; "first quarter of 2024", « premier trimestre ».
    if token.kind == .mixed, word.count == 2, let number = Int(word.dropFirst()) {
      let kind = word.first
      if (kind == "q" || kind == "t") && (1...4).contains(number) {
        let (year, end) = yearAfter(index + 1) ?? (documentYear ?? 0, index)
        return year > 0 ? (Self.quarter(year, number), end) : nil
      }
      if (kind == "h" || kind == "s") && (1...2).contains(number) {
        let (year, end) = yearAfter(index + 1) ?? (documentYear ?? 0, index)
        return year > 0 ? (Self.half(year, number), end) : nil
      }
    }
    if let ordinal = lexicon.quarterWords[word], index + 1 < tokens.count {
      let noun = tokens[index + 1].lower
      if lexicon.quarterNoun.contains(noun) {
        let (year, end) = yearAfter(index + 2) ?? (documentYear ?? 0, index + 1)
        return year > 0 ? (Self.quarter(year, ordinal), end) : nil
      }
      if ["half", "semestre"].contains(noun), let half = lexicon.halfWords[word] {
        let (year, end) = yearAfter(index + 2) ?? (documentYear ?? 0, index + 1)
        return year > 0 ? (Self.half(year, half), end) : nil
      }
    }
    // Days and months: "May 26", « le 26 mai 2024 », "December 2023", "January and June".
    if let month = lexicon.months[word] ?? Lexicon.english.months[word], token.isCapitalised || lexicon.nounBeforeModel {
      if word == "may" && !token.isCapitalised { return nil }
      if word == "mars" || word == "may" || word == "sept", index + 1 < tokens.count, tokens[index + 1].kind == .word, lexicon.nounBeforeModel == false, word == "may" {
        return nil
      }
      var end = index
      var day: Int?
      if index + 1 < tokens.count, tokens[index + 1].kind == .number, let value = Int(tokens[index + 1].text), (1...31).contains(value) {
        day = value
        end = index + 1
      } else if index > 0, tokens[index - 1].kind == .number || tokens[index - 1].kind == .mixed,
        let value = Int(tokens[index - 1].text.prefix(while: \.isNumber)), (1...31).contains(value)
      {
        day = value
      }
      var lastMonth = month
      if day == nil, end + 2 < tokens.count, ["and", "et", "to", "à", "-", "–"].contains(tokens[end + 1].lower) {
        var probe = end + 2
        if probe < tokens.count, tokens[probe].lower == "en" || tokens[probe].lower == "in" { probe += 1 }
        if probe < tokens.count, let other = lexicon.months[tokens[probe].lower] ?? Lexicon.english.months[tokens[probe].lower], other > month {
          lastMonth = other
          end = probe
        }
      }
      var year = documentYear
      if let (explicit, yearIndex) = yearAfter(end + 1) {
        year = explicit
        end = yearIndex
      } else if let documentYear, let documentMonth, month > documentMonth, day != nil || lastMonth == month {
        // "in December", read in June: last December.
        year = documentYear - 1
      }
      guard let year else { return nil }
      if let day {
        let date = Self.date(year, month, day)
        return (Period(start: date, end: date), end)
      }
      return (Period(start: Self.date(year, month, 1), end: Self.date(year, lastMonth, Self.lastDay(year, lastMonth))), end)
    }
    // A bare year: "in 2024".
    if let year = year(at: index), index == 0 || !(tokens[index - 1].text == "$" || tokens[index - 1].text == "€") {
      return (Self.year(year), index)
    }
    return nil
  }

  private func fiscalYear(_ year: Int) -> Period {
    guard let start = fiscalYearStartMonth, start > 1 else { return Self.year(year) }
    let endMonth = start - 1
    return Period(start: Self.date(year - 1, start, 1), end: Self.date(year, endMonth, Self.lastDay(year, endMonth)))
  }

  private func phraseEnd(_ phrases: [[String]], at index: Int) -> Int? {
    for phrase in phrases where index + phrase.count <= tokens.count {
      if zip(phrase, tokens[index..<(index + phrase.count)]).allSatisfy({ $0 == $1.lower }) {
        return index + phrase.count
      }
    }
    return nil
  }

  static func year(_ year: Int) -> Period { Period(start: "\(year)-01-01", end: "\(year)-12-31") }

  static func quarter(_ year: Int, _ quarter: Int) -> Period {
    let first = (quarter - 1) * 3 + 1
    return Period(start: date(year, first, 1), end: date(year, first + 2, lastDay(year, first + 2)))
  }

  static func half(_ year: Int, _ half: Int) -> Period {
    half == 1 ? Period(start: "\(year)-01-01", end: "\(year)-06-30") : Period(start: "\(year)-07-01", end: "\(year)-12-31")
  }

  static func date(_ year: Int, _ month: Int, _ day: Int) -> String {
    let month = month < 10 ? "0\(month)" : "\(month)"
    let day = day < 10 ? "0\(day)" : "\(day)"
    return "\(year)-\(month)-\(day)"
  }

  static func lastDay(_ year: Int, _ month: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
