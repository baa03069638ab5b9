import Core

/// Reads the period of a claim from its sentence: dates, months, quarters, halves, years and fiscal
/// years, and relative ones ("this year", « d'ici la fin de 2024 ») resolved against the document's
/// date.
///
/// The period nearest the quantity wins.
struct PeriodResolver {
  let tokens: [Token]
  private let shared: SharedLexicon
  var lexicon: Lexicon { shared.lexicon }
  /// The document's date, `YYYY-MM-DD…`, if known.
  let documentDate: String?
  /// The first month of the fiscal year (1–12); a fiscal year is named by the year it ends in.
  let fiscalYearStartMonth: Int?
  /// The periods the sentence mentions, found once.
  private var found: [(Period, ClosedRange<Int>, yearless: Bool)] = []
  /// The document's year, month and day, read once rather than at every token.
  private let documentYear: Int?
  private let documentMonth: Int?
  private let documentDay: String?
  /// The document's day as days since 1970-01-01, for "yesterday" and "on Tuesday".
  private let documentDays: Int?

  /// Where new clauses start (`ClauseFields.clauseBreaks`, when the caller has them).
  private let clauseBreaks: ClauseBreaks

  init(
    tokens: [Token], lexicon shared: SharedLexicon, documentDate: String?,
    fiscalYearStartMonth: Int?, clauseBreaks: ClauseBreaks? = nil
  ) {
    self.tokens = tokens
    self.clauseBreaks = clauseBreaks ?? ClauseBreaks(tokens)
    self.shared = shared
    self.documentDate = documentDate
    self.fiscalYearStartMonth = fiscalYearStartMonth
    documentYear = documentDate.flatMap { Int($0.prefix(4)) }
    documentMonth = documentDate.flatMap { date in
      date.count >= 7 ? Int(date.dropFirst(5).prefix(2)) : nil
    }
    let day = documentDate.flatMap { date in date.count >= 10 ? String(date.prefix(10)) : nil }
    documentDay = day
    documentDays = day.flatMap(Period.dayNumber)
    var colons = [0]
    for token in tokens { colons.append((colons.last ?? 0) + (token.text == ":" ? 1 : 0)) }
    self.colons = colons
    found = candidates()
  }

  /// For each token index (and one past the end), how many colons come before it.
  private let colons: [Int]

  /// The first period the text mentions ("Musk post, April 2024" → April 2024).
  var first: Period? { found.first?.0 }

  /// The first period the text mentions outside `range`, a year earlier: "700 beds in the
  /// first quarter, against 520 a year earlier" dates the 520 by the first quarter of the year
  /// before.
  func yearEarlier(than range: ClosedRange<Int>) -> Period? {
    guard let (period, _, _) = found.first(where: { !$0.1.overlaps(range) }),
      let start = Self.parts(period.start), let end = Self.parts(period.end)
    else { return nil }
    return Period(
      start: Self.date(start.0 - 1, start.1, min(start.2, Self.lastDay(start.0 - 1, start.1))),
      end: Self.date(end.0 - 1, end.1, min(end.2, Self.lastDay(end.0 - 1, end.1))))
  }

  /// Whether a semicolon ends a clause (not between the cells of a table row).
  var semicolonsCloseClauses = true

  /// The period nearest the quantity at `first...last`, if the sentence gives one; a period
  /// after it counts only before `reach` (where the next figure starts).
  ///
  /// A month or a day named without its year lies ahead of the document for a figure whose
  /// clause points ahead (`ahead`): « elle recevra en mars 300 bornes », read in May, is next
  /// March; read so otherwise, it is the last March.
  func period(
    first: Int, last: Int, reach: Int = .max, ahead: Bool = false, onlyAfter: Bool = false
  ) -> Period? {
    var best: (Period, Int)?
    var ownBest: (Period, Int)?
    for (period, range, yearless) in found where !onlyAfter || range.lowerBound > last {
      // Only a period in the figure's own stretch of the clause: in "six in February and eight
      // in May, and the last ten will reach Inverness" the future is not May's.
      func own() -> Bool {
        range.lowerBound > last
          || (range.upperBound < first
            && !tokens[range.upperBound..<first].contains {
              $0.text == ","
                || FrameRules.forLanguage(shared.language).coordinators.contains($0)
            })
      }
      let period = ahead && yearless && own() ? self.ahead(period) : period
      if range.contains(first) { continue }
      // "CAD 2.24 million for the February tablets and CAD 1.05 million for the carts": a
      // period that qualifies a noun after an article dates that noun, not a later conjunct.
      if range.upperBound + 1 < first, range.lowerBound > 0,
        FrameRules.forLanguage(shared.language).articles.contains(
          tokens[range.lowerBound - 1].lower),
        tokens[range.upperBound + 1].kind == .word, tokens[range.upperBound + 1].startsLowercase,
        tokens[(range.upperBound + 1)..<first].contains(where: {
          FrameRules.forLanguage(shared.language).coordinators.contains($0)
        })
      {
        continue
      }
      if range.lowerBound > last, range.lowerBound >= reach { continue }
      // A period after the figure speaks for it only in the same clause: "35,000 active now,
      // and 85,000 by the end of the year".
      if range.lowerBound > last, clauseBreaks.between(last, range.lowerBound) { continue }
      // Nor in a subordinate clause after a comma: "now has four pontoons, after Tremblaye
      // moored the last of them on August 20".
      if range.lowerBound > last,
        (last + 1..<range.lowerBound).contains(where: { index in
          tokens[index].text == "," && index + 1 < range.lowerBound
            && lexicon.subordinators.contains(tokens[index + 1])
        })
      {
        continue
      }
      // Nor past a comma and another figure with a participle of its own: « six locomotives
      // livrées, huit autres attendues en 2027 », "six delivered, eight more due in 2027".
      if range.lowerBound > last, ownsLaterFigure(from: last + 1, to: range.lowerBound) { continue }
      // Nor past a colon, which opens a breakdown: "650 bikes in the half: 180 in January".
      if range.lowerBound > last, colons[range.lowerBound] > colons[last + 1] { continue }
      // Nor does a clause of result after a comma: "took its second lot on 22 April, so there
      // are 300 in service" does not date the 300 by 22 April.
      if range.upperBound < first,
        (range.upperBound..<first).contains(where: { index in
          tokens[index].text == "," && index + 1 < first
            && lexicon.resultConnectives.contains(tokens[index + 1])
        })
      {
        continue
      }
      // A semicolon closes the clause before it: "… another 240 in June; the Q3 statement lists
      // 440" does not date the 440 by June.
      if semicolonsCloseClauses, range.upperBound < first,
        tokens[range.upperBound..<first].contains(where: { $0.text == ";" })
      {
        continue
      }
      // So does a second clause of what someone says: "… would deliver 14 in 2026 and that the
      // airline had ordered six", « … en 2026 et que la compagnie avait commandé six ».
      if range.upperBound < first, opensSecondClause(from: range.upperBound, to: first) { continue }
      // And a clause with its own subject and verb: "six more shipped last week, and
      // Kilbrannoch now holds 12" (not past a period that opens the sentence: "In the second
      // quarter, Manche Lignes paid us €2.73 million …, and Skarvfjell paid us …").
      if range.upperBound < first, range.lowerBound > 2,
        FrameRules.forLanguage(shared.language).opensClauseWithSubject(
          in: tokens, from: range.upperBound, to: first)
      {
        continue
      }
      let distance = range.upperBound < first ? first - range.upperBound : range.lowerBound - last
      // A tie goes to the period after the figure: "9,000 in January and 6,000 in March".
      if distance < best?.1 ?? Int.max || (distance == best?.1 && range.lowerBound > last) {
        best = (period, distance)
      }
      // A period of the conjunct or the whole before it loses to one of the figure's own: "400
      // in July and 500 to Dunmere in November", "900 last year: 400 … in July". (A period
      // opening the sentence before a comma, « Au premier trimestre, … », is the figure's.)
      // (Nor does one before a comma, unless it opens the sentence: "completed phase one in
      // April, with 26,000 meters delivered since February".)
      let beforeConjunct =
        range.upperBound < first
        && tokens[range.upperBound..<first].contains {
          $0.text == ":" || FrameRules.forLanguage(shared.language).coordinators.contains($0)
            || ($0.text == "," && range.lowerBound > 1)
        }
      if !beforeConjunct,
        distance < ownBest?.1 ?? Int.max || (distance == ownBest?.1 && range.lowerBound > last)
      {
        ownBest = (period, distance)
      }
    }
    return (ownBest ?? best)?.0
  }

  /// Whether, between `start` and `end`, a comma is followed by another figure and then a
  /// participle: a conjunct with its own verb, whose period is its own.
  private func ownsLaterFigure(from start: Int, to end: Int) -> Bool {
    let rules = FrameRules.forLanguage(shared.language)
    guard let comma = (start..<end).first(where: { tokens[$0].text == "," }),
      let figure = ((comma + 1)..<min(end, comma + 4)).first(where: {
        (tokens[$0].kind == .number && !tokens[$0].isGlued)
          || lexicon.numberWordStarters.contains(tokens[$0])
      })
    else { return false }
    return ((figure + 1)..<end).contains { index in
      tokens[index].kind == .word && tokens[index].startsLowercase
        && rules.isParticiple(tokens[index].lower)
    }
  }

  private func opensSecondClause(from start: Int, to end: Int) -> Bool {
    FrameRules.forLanguage(shared.language).opensSecondClause(in: tokens, from: start, to: end)
  }

  /// Every period the sentence mentions, with the tokens it spans.
  private func candidates() -> [(Period, ClosedRange<Int>, yearless: Bool)] {
    var found: [(Period, ClosedRange<Int>, yearless: Bool)] = []
    var used = Set<Int>()
    var index = 0
    while index < tokens.count {
      if let (period, end) = match(at: index) {
        // A dateline ("June 4, 2024 - …", "PARIS, June 4 — …") dates the text, not a figure.
        // "LONDON, March 2, 2026 (Skyline Wire) -": the wire's name may come between.
        var afterDate = end + 1
        if afterDate < tokens.count, tokens[afterDate].text == "(",
          let close = tokens[afterDate...].prefix(8).firstIndex(where: { $0.text == ")" })
        {
          afterDate = close + 1
        }
        // The city may be long and hyphenated, with a region and an article after it
        // ("SAINT-LUDGER-DES-BLEUETS, le 5 juin 2026 –", "EBERMATT, France, July 20, 2026 -").
        let articles = FrameRules.forLanguage(shared.language).articles
        let dateline =
          afterDate < tokens.count && ["-", "—", "–"].contains(tokens[afterDate].text)
          && (index <= 4
            || (index <= 16 && tokens[0].text == tokens[0].text.uppercased()
              && tokens[..<index].allSatisfy {
                $0.kind == .symbol || $0.kind == .number || $0.isCapitalised
                  || articles.contains($0)
              }))
        // "its March 3 statement" dates the saying; "its Q3 statement", "the 2024 annual
        // report" name the period they report on.
        let reportsOn =
          period.start.prefix(7) != period.end.prefix(7) && end + 1 < tokens.count
          && shared.lexicon.reportNouns.contains(tokens[end + 1])
        // "Musk followed up on X yesterday: roughly $10B …": a day before a colon dates the
        // saying of what the colon introduces ("this year: about $10 billion" is the figure's).
        let dayBeforeColon =
          period.start == period.end && end + 1 < tokens.count && tokens[end + 1].text == ":"
        if !dateline && !dayBeforeColon && (reportsOn || !datesSaying(index, end)) {
          let yearless =
            (index...end).contains { lexicon.months[tokens[$0]] != nil }
            && !(index...end).contains { year(at: $0) != nil }
            && (end + 1 >= tokens.count || year(at: end + 1) == nil)
            && !datesAParticiple(before: index)
          found.append((period, index...end, yearless))
        }
        for position in index...end { used.insert(position) }
        index = end + 1
      } else {
        index += 1
      }
    }
    return found
  }

  /// Whether the period at `index` dates a participle that tells what was done: "the contract
  /// signed on 9 April", « livrées en mars » (not "will be delivered in March").
  private func datesAParticiple(before index: Int) -> Bool {
    var probe = index - 1
    while probe >= 0, index - probe <= 3,
      tokens[probe].kind == .number
        || (tokens[probe].kind == .word && tokens[probe].startsLowercase
          && !FrameRules.forLanguage(shared.language).isParticiple(tokens[probe].lower))
    {
      probe -= 1
    }
    let rules = FrameRules.forLanguage(shared.language)
    guard probe >= 0, tokens[probe].kind == .word, tokens[probe].startsLowercase,
      rules.isParticiple(tokens[probe].lower)
    else { return false }
    // After a count or a determiner it is a noun: « trois unités en juillet », "the units".
    if probe > 0,
      tokens[probe - 1].kind == .number || lexicon.units[tokens[probe - 1]] != nil
        || rules.determiners.contains(tokens[probe - 1])
    {
      return false
    }
    return probe == 0
      || !FrameRules.forLanguage(shared.language).passiveAuxiliaries.contains(
        tokens[probe - 1].lower)
  }

  /// A period named without its year, moved a year on when it lies before the document's month
  /// (or day, for a day).
  private func ahead(_ period: Period) -> Period {
    guard let documentYear, let documentMonth, let documentDay else { return period }
    let floor =
      period.start == period.end ? documentDay : Self.date(documentYear, documentMonth, 1)
    guard period.start < floor, let start = Self.parts(period.start),
      let end = Self.parts(period.end)
    else { return period }
    return Period(
      start: Self.date(start.0 + 1, start.1, min(start.2, Self.lastDay(start.0 + 1, start.1))),
      end: Self.date(end.0 + 1, end.1, min(end.2, Self.lastDay(end.0 + 1, end.1))))
  }

  /// The year, month and day of an ISO date.
  private static func parts(_ date: String) -> (Int, Int, Int)? {
    let fields = date.split(separator: "-").compactMap { Int($0) }
    return fields.count == 3 ? (fields[0], fields[1], fields[2]) : nil
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
    if probe < tokens.count, [",", "of", "de", "du", "en"].contains(tokens[probe].lower) {
      probe += 1
    }
    if let year = year(at: probe) { return (year, probe) }
    // "the first quarter of last year", « le premier trimestre de l'an dernier ».
    if let documentYear {
      for (phrases, offset) in [
        (lexicon.lastYear, -1), (lexicon.nextYear, 1), (lexicon.thisYear, 0),
      ] {
        if let end = phraseEnd(phrases, at: probe) { return (documentYear + offset, end - 1) }
      }
    }
    return nil
  }

  /// Whether a word that points ahead comes right before the month at `index`: "slated for",
  /// "due in", « prévues pour ».
  private func scheduled(before index: Int) -> Bool {
    var probe = index - 1
    if probe >= 0, ["for", "in", "pour", "en", "de", "d", "'"].contains(tokens[probe].lower) {
      probe -= 1
    }
    if probe >= 0 && Self.scheduling.contains(tokens[probe]) { return true }
    // "ordered for June delivery": the month of a delivery named after it.
    return index > 0 && index + 1 < tokens.count
      && ["for", "pour"].contains(tokens[index - 1].lower)
      && Self.deliveryNouns.contains(tokens[index + 1])
  }

  /// Nouns of a delivery, which a month before or after schedules: "delivery in June", "for
  /// June delivery", « livraison en juin ».
  private static let deliveryNouns: WordSet = [
    "delivery", "deliveries", "shipment", "shipments", "handover", "livraison", "livraisons",
  ]

  /// Words before a month that make it a deadline: "by June", "until March", « d'ici juin ».
  private static let deadlines: WordSet = ["by", "until", "till", "ici", "jusqu'en"]

  private static let scheduling: WordSet = deliveryNouns.union([
    "slated", "scheduled", "due", "planned", "expected", "set", "order", "prévu", "prévue",
    "prévus", "prévues", "programmé", "programmée", "programmés", "programmées", "attendu",
    "attendus",
  ])

  /// Whether the period at `start...end` dates what was said rather than a figure: "his April
  /// post", "the December memo", « post d'avril », « un post publié en avril ».
  private func datesSaying(_ start: Int, _ end: Int) -> Bool {
    let lexicon = shared.lexicon
    if end + 1 < tokens.count, lexicon.communicationNouns.contains(tokens[end + 1]) {
      return true
    }
    // "ahead of a December 19 opening", « avant l'ouverture du 19 décembre »: the date of an
    // event, not of the figure.
    // (« l'ouverture » may be one token.)
    func isEvent(_ index: Int) -> Bool {
      let word = tokens[index].lower
      let elided = word.split(whereSeparator: { $0 == "'" || $0 == "’" }).last.map(String.init)
      return lexicon.eventNouns.contains(word) || elided.map(lexicon.eventNouns.contains) == true
    }
    if end + 1 < tokens.count, isEvent(end + 1) { return true }
    // (A month's day may stand before the month the period starts at: « du 19 décembre ».)
    var first = start
    // (« du 1er mars »: a day with its ordinal suffix too.)
    if first >= 1 {
      let day = tokens[first - 1].lower
      let digits = day.prefix(while: \.isNumber)
      if (1...2).contains(digits.count),
        digits.count == day.count
          || lexicon.ordinalSuffixes.contains(String(day.dropFirst(digits.count)))
      {
        first -= 1
      }
    }
    let article = ["du", "de", "d", "le"]
    if first >= 2, article.contains(tokens[first - 1].lower), isEvent(first - 2) { return true }
    if first >= 1, article.contains(tokens[first].lower), isEvent(first - 1) { return true }
    // "On Friday its CTO, Leif Amundsen, posted that …": a day opening a sentence whose verb
    // is a saying dates the saying.
    if start <= 1,
      let verb = tokens[(end + 1)..<min(tokens.count, end + 10)].firstIndex(where: {
        lexicon.reportingVerbs.contains($0) || lexicon.postingVerbs.contains($0)
      }),
      verb + 1 < tokens.count, ["that", "que", "qu"].contains(tokens[verb + 1].lower)
    {
      return true
    }
    // "Tuesday's call": the day of a saying.
    if end + 3 < tokens.count, ["'", "’"].contains(tokens[end + 1].text),
      tokens[end + 2].lower == "s", lexicon.communicationNouns.contains(tokens[end + 3])
    {
      return true
    }
    // "wrote last month that …", « a déclaré mardi que … », "told Le Phare de l'Iroise on
    // Thursday that": when it was said.
    if end + 1 < tokens.count, ["that", "que", "qu"].contains(tokens[end + 1].lower),
      let verb = tokens[max(0, start - 9)..<start].lastIndex(where: {
        lexicon.reportingVerbs.contains($0) || lexicon.postingVerbs.contains($0)
      }),
      !tokens[verb..<start].contains(where: { $0.text == "," })
    {
      return true
    }
    var probe = start - 1
    // "dated 24 April": the day before the month.
    if probe >= 1, tokens[probe].kind == .number,
      lexicon.postingVerbs.contains(tokens[probe - 1])
    {
      return true
    }
    // « a annoncé l'exploitant mercredi. », "said the company on Wednesday.": a saying whose
    // subject follows it, the day closing the sentence.
    if end + 1 >= tokens.count || [".", ",", "!", "?"].contains(tokens[end + 1].text) {
      var back = start - 1
      while back >= max(0, start - 6), tokens[back].kind != .number,
        ![",", ";", ":", "que", "qu", "that"].contains(tokens[back].lower)
      {
        if lexicon.reportingVerbs.contains(tokens[back]) { return true }
        back -= 1
      }
    }
    var skipped = 0
    while probe >= 0, skipped < 3, Self.linking.contains(tokens[probe]) {
      probe -= 1
      skipped += 1
    }
    guard skipped > 0, probe >= 0 else { return false }
    let word = tokens[probe].lower
    return lexicon.communicationNouns.contains(word) || lexicon.postingVerbs.contains(word)
      || lexicon.reportingVerbs.contains(word)
  }

  private static let linking: WordSet = ["of", "from", "in", "on", "d", "'", "de", "du", "en"]

  /// Words before a period that it reaches up to ("by June 2025", « jusqu'en 2026 »).
  private static let untilWords: WordSet = [
    "by", "d'ici", "d’ici", "until", "jusqu'en", "jusqu’en", "through",
  ]

  /// "By year end": the end of the document's year.
  private static let byYearEnd = Lexicon.tokenized([
    ["by", "year", "end"], ["by", "the", "year", "end"], ["by", "year's", "end"],
  ])

  /// "Since the start of the year", « depuis le début de l'année »: from January 1 to the
  /// document's date.
  private static let yearToDate = Lexicon.tokenized([
    ["since", "the", "start", "of", "the", "year"],
    ["since", "the", "beginning", "of", "the", "year"],
    ["since", "the", "start", "of", "this", "year"], ["year", "to", "date"],
    ["so", "far", "this", "year"],
    ["depuis", "le", "début", "de", "l'année"], ["depuis", "le", "début", "de", "cette", "année"],
    ["depuis", "le", "début", "d'année"], ["depuis", "début", "d'année"],
  ])

  /// Whether the words after "for the year", « sur l'année » make it another year than the
  /// current one: a year number ("for the year 2024"), an anchor ("the year to March", "the
  /// year before") or a word that moves it (« l'année dernière », « l'année suivante »).
  private func namesAnotherYear(at index: Int) -> Bool {
    guard index < tokens.count else { return false }
    return year(at: index) != nil || Self.yearMovers.contains(tokens[index])
      || lexicon.months[tokens[index]] != nil
  }

  private static let yearMovers: WordSet = [
    "to", "before", "after", "since", "ending", "ended", "through", "earlier", "later",
    "dernière", "précédente", "suivante", "prochaine", "passée", "d'avant", "d'après",
    "jusqu'à", "jusqu'en", "close", "clôturée", "achevée",
  ]

  /// "The year" after "the end of": the current one.
  private static let theYear = Lexicon.tokenized([
    ["the", "year"], ["year"], ["l'année"], ["de", "l'année"], ["d'année"],
  ])

  private func match(at index: Int) -> (Period, Int)? {
    let token = tokens[index]
    let word = token.lower
    // Most tokens start no period: only numbers, codes (Q1, FY2025) and known words do.
    guard token.kind != .symbol, token.kind != .word || lexicon.startsPeriod(token) else {
      return nil
    }
    // "signed on Tuesday", « a signé mardi »: the latest such day up to the document's date
    // (not when a date follows: "Tuesday, March 3").
    if let weekday = lexicon.weekdays[token], let documentDays,
      // "Black Friday" is a name, not a day of this week.
      index == 0 || !tokens[index - 1].isCapitalised || tokens[index - 1].lower == "on",
      // A figure after the day is no date (« a reçu mardi 120 vélos », « lundi 24 tracteurs »)
      // unless a month follows: « mardi 12 mai ».
      !tokens[(index + 1)..<min(tokens.count, index + 4)].contains(where: {
        lexicon.months[$0] != nil
      }),
      case let day = Self.weekdayBefore(weekday, onOrBefore: documentDays)
    {
      return (Period(start: day, end: day), index)
    }
    // "yesterday", « demain »: a day from the document's date.
    if let days = documentDays {
      for (words, offset) in lexicon.relativeDays where words[0] == word {
        if let last = phraseEnd([words], at: index) {
          let date = Period.isoDate(dayNumber: days + offset)
          return (Period(start: date, end: date), last - 1)
        }
      }
    }
    // "by June 2025", "by the end of 2024": from the document's date to then.
    if Self.untilWords.contains(token),
      index + 1 < tokens.count,
      phraseEnd(lexicon.endOf, at: index) == nil, let (period, end) = match(at: index + 1)
    {
      return (
        Period(start: documentDay.map { min($0, period.start) } ?? period.start, end: period.end),
        end
      )
    }
    if let last = phraseEnd(Self.yearToDate, at: index), let year = documentYear, let documentDay {
      return (Period(start: "\(year)-01-01", end: documentDay), last - 1)
    }
    // Relative quarters and months: "this quarter", "last quarter", "next month", « ce trimestre ».
    if let (period, end) = relativeQuarterOrMonth(at: index) { return (period, end) }
    // "For the year", « pour l'année »: the year a text reports on, as for "the quarter".
    // Read from the noun back, so that "for" and « pour » need not start a period.
    if word == "year" || word == "année", let month = documentMonth, let year = documentYear,
      reportedYear(endingAt: index), !namesAnotherYear(at: index + 1)
    {
      return (Self.year(month > 2 ? year : year - 1), index)
    }
    // Relative years. (Tried in turn without an array of the three lists: this runs for most
    // numbers of every sentence with a figure.)
    func relativeYear(_ phrases: PhraseList, _ offset: Int) -> (Period, Int)? {
      guard let end = phraseEnd(phrases, at: index), let year = documentYear,
        !namesAnotherYear(at: end)
      else { return nil }
      return (Self.year(year + offset), end - 1)
    }
    if let found = relativeYear(lexicon.thisYear, 0) ?? relativeYear(lexicon.lastYear, -1)
      ?? relativeYear(lexicon.nextYear, 1)
    {
      return found
    }
    // "by the end of 2024", « d'ici la fin de 2024 »
    if let end = phraseEnd(lexicon.endOf, at: index),
      let (year, yearIndex) = yearAfter(end) ?? year(at: end).map({ ($0, end) })
    {
      let start = documentDay.flatMap { $0 <= "\(year)-12-31" ? $0 : nil } ?? "\(year)-01-01"
      return (Period(start: start, end: "\(year)-12-31"), yearIndex)
    }
    // "by the end of the year", « d'ici la fin de l'année », "by year end": the document's
    // year, from its date.
    if let year = documentYear,
      let last = phraseEnd(Self.byYearEnd, at: index)
        ?? phraseEnd(lexicon.endOf, at: index).flatMap({
          phraseEnd(lexicon.thisYear.phrases + Self.theYear, at: $0)
        })
    {
      let start = documentDay ?? "\(year)-01-01"
      return (Period(start: start, end: "\(year)-12-31"), last - 1)
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
        if let (fiscal, end) = fiscalYearAfter(index + 1) {
          return (fiscalQuarter(fiscal, number), end)
        }
        let (year, end) = yearAfter(index + 1) ?? (documentYear ?? 0, index)
        return year > 0 ? (Self.quarter(year, number), end) : nil
      }
      if (kind == "h" || kind == "s") && (1...2).contains(number) {
        let (year, end) = yearAfter(index + 1) ?? (documentYear ?? 0, index)
        return year > 0 ? (Self.half(year, number), end) : nil
      }
    }
    if let ordinal = lexicon.quarterWords[token], index + 1 < tokens.count {
      // "first-quarter payments": a glued hyphen may join the words.
      let at =
        tokens[index + 1].text == "-" && tokens[index + 1].isGlued && index + 2 < tokens.count
        ? index + 2 : index + 1
      let noun = tokens[at].lower
      // "over the second and third quarters", « aux deuxième et troisième trimestres »: the
      // quarters from the first to the last.
      if ["and", "et", "to", "à"].contains(noun), at + 2 < tokens.count,
        let last = lexicon.quarterWords[tokens[at + 1]], last > ordinal,
        lexicon.quarterNoun.contains(where: { tokens[at + 2].lower == $0 + "s" })
      {
        let (year, end) = yearAfter(at + 3) ?? (documentYear ?? 0, at + 2)
        guard year > 0 else { return nil }
        return (
          Period(
            start: Self.quarter(year, ordinal).start, end: Self.quarter(year, last).end), end
        )
      }
      if lexicon.quarterNoun.contains(noun) {
        let (year, end) = yearAfter(at + 1) ?? (documentYear ?? 0, at)
        return year > 0 ? (Self.quarter(year, ordinal), end) : nil
      }
      if ["half", "semestre"].contains(noun), let half = lexicon.halfWords[word] {
        let (year, end) = yearAfter(at + 1) ?? (documentYear ?? 0, at)
        return year > 0 ? (Self.half(year, half), end) : nil
      }
      // "C$7.75 million in the second quarter and C$6.2 million in the third", « au deuxième
      // trimestre et 6,2 millions au troisième »: the noun left out is the one of the period
      // before it.
      if index > 0, ["the", "au", "le"].contains(tokens[index - 1].lower),
        !tokens[at].isCapitalised, tokens[at].kind != .word || !lexicon.periodNouns.contains(noun),
        let earlier = (1..<index).last(where: { probe in
          lexicon.quarterWords[tokens[probe - 1]] != nil
            && (lexicon.quarterNoun.contains(tokens[probe])
              || ["half", "semestre"].contains(tokens[probe].lower))
        })
      {
        let (year, _) = yearAfter(earlier + 1) ?? (documentYear ?? 0, earlier)
        if lexicon.quarterNoun.contains(tokens[earlier]) {
          return year > 0 ? (Self.quarter(year, ordinal), index) : nil
        }
        if let half = lexicon.halfWords[word] {
          return year > 0 ? (Self.half(year, half), index) : nil
        }
      }
    }
    // Days and months: "May 26", « le 26 mai 2024 », "December 2023", "January and June".
    if let month = lexicon.months[token] ?? Lexicon.english.months[token],
      token.isCapitalised || lexicon.nounBeforeModel
    {
      if word == "may" && !token.isCapitalised { return nil }
      var end = index
      var day: Int?
      // "March 3" (a French day comes first: « en février 20 bornes » is no date).
      if index + 1 < tokens.count, tokens[index + 1].kind == .number,
        Lexicon.english.months[tokens[index]] != nil,
        let value = Int(tokens[index + 1].text), (1...31).contains(value)
      {
        day = value
        end = index + 1
      } else if index > 0, tokens[index - 1].kind == .number || tokens[index - 1].kind == .mixed,
        let value = Int(tokens[index - 1].text.prefix(while: \.isNumber)), (1...31).contains(value)
      {
        day = value
      }
      var lastMonth = month
      if day == nil, end + 2 < tokens.count,
        ["and", "et", "to", "à", "-", "–"].contains(tokens[end + 1].lower)
      {
        var probe = end + 2
        if probe < tokens.count, tokens[probe].lower == "en" || tokens[probe].lower == "in" {
          probe += 1
        }
        if probe < tokens.count,
          let other = lexicon.months[tokens[probe]]
            ?? Lexicon.english.months[tokens[probe]], other > month
        {
          lastMonth = other
          end = probe
        }
      }
      var year = documentYear
      if let (explicit, yearIndex) = yearAfter(end + 1) {
        year = explicit
        end = yearIndex
      } else if let documentYear, let documentMonth, index > 0,
        Self.deadlines.contains(tokens[index - 1])
          // "by the end of June", « d'ici la fin de juin » (not "at the end of June").
          || (index > 2 && ["of", "de"].contains(tokens[index - 1].lower)
            && ["end", "fin"].contains(tokens[index - 2].lower)
            && tokens[max(0, index - 5)..<(index - 2)].contains {
              Self.deadlines.contains($0)
            })
      {
        // "by June", « d'ici juin »: a deadline lies ahead (next June, read in October).
        year = month >= documentMonth ? documentYear : documentYear + 1
      } else if let documentYear, let documentMonth, scheduled(before: index) {
        // "slated for January": the nearest January, ahead on a tie (next January, read in
        // December; last January, read in June).
        let now = documentYear * 12 + documentMonth
        year = [documentYear + 1, documentYear, documentYear - 1].min { first, second in
          abs(first * 12 + month - now) < abs(second * 12 + month - now)
        }
      } else if let documentYear, let documentMonth, month > documentMonth,
        day != nil || lastMonth == month
      {
        // "in December", read in June: last December.
        year = documentYear - 1
      }
      guard let year else { return nil }
      // "since January", « depuis janvier »: from that month to the document's date.
      if day == nil, lastMonth == month, index > 0,
        ["since", "depuis"].contains(tokens[index - 1].lower), let documentDay,
        Self.date(year, month, 1) <= documentDay
      {
        return (Period(start: Self.date(year, month, 1), end: documentDay), end)
      }
      if let day {
        let date = Self.date(year, month, day)
        // "As of March 31, we had delivered 15,000", « Au 31 mars, nous avons livré 15 000 »:
        // a date that opens the sentence before a comma closes a year to date.
        if end + 1 < tokens.count, tokens[end + 1].text == ",",
          let opener = lexicon.asOfPhrases.first(where: { phrase in
            // « 31 mars »: the day before the month; "March 31": the month first.
            let first =
              end == index && index > 0 && tokens[index - 1].kind == .number ? index - 1 : index
            let start = first - phrase.count
            return start >= 0
              && (start == 0 || [".", ":", ";"].contains(tokens[start - 1].text))
              && tokens.lowers(start..<first, spell: phrase)
          }), !opener.isEmpty
        {
          return (Period(start: Self.date(year, 1, 1), end: date), end)
        }
        return (Period(start: date, end: date), end)
      }
      return (
        Period(
          start: Self.date(year, month, 1),
          end: Self.date(year, lastMonth, Self.lastDay(year, lastMonth))), end
      )
    }
    if let (date, end) = numericDate(at: index) { return (Period(start: date, end: date), end) }
    // A bare year: "in 2024".
    if let year = year(at: index),
      index == 0 || !(tokens[index - 1].text == "$" || tokens[index - 1].text == "€")
    {
      return (Self.year(year), index)
    }
    return nil
  }

  /// A date written in digits, and the index of its last token: ISO 8601 "2026-04-30", or
  /// "30/04/2026", day first in French; in English only when the order cannot be mistaken
  /// ("30/04/2026", "04/30/2026"), not "04/05/2026".
  private func numericDate(at index: Int) -> (String, Int)? {
    guard index + 4 < tokens.count, tokens[index].kind == .number,
      let separator = ["-", "/"].first(where: { $0 == tokens[index + 1].text }),
      tokens[index + 3].text == separator,
      tokens[(index + 1)...(index + 4)].allSatisfy(\.isGlued),
      [tokens[index + 2], tokens[index + 4]].allSatisfy({ $0.kind == .number }),
      let first = Int(tokens[index].text), let second = Int(tokens[index + 2].text),
      let third = Int(tokens[index + 4].text)
    else { return nil }
    let parts: (year: Int, month: Int, day: Int)?
    if separator == "-", tokens[index].text.count == 4 {
      parts = (first, second, third)
    } else if separator == "/", tokens[index + 4].text.count == 4 {
      if shared.language == .fr || first > 12 {
        parts = (third, second, first)
      } else if second > 12 {
        parts = (third, first, second)
      } else {
        parts = nil
      }
    } else {
      parts = nil
    }
    guard let parts, (1900...2199).contains(parts.year), (1...12).contains(parts.month),
      (1...Self.lastDay(parts.year, parts.month)).contains(parts.day)
    else { return nil }
    return (Self.date(parts.year, parts.month, parts.day), index + 4)
  }

  /// "FY2025", "fiscal 2025", "of fiscal year 2025", « de l'exercice 2025 » after a quarter.
  private func fiscalYearAfter(_ index: Int) -> (Int, Int)? {
    var probe = index
    while probe < tokens.count,
      ["of", "de", "du", "l", "'", "’", "the"].contains(tokens[probe].lower)
    { probe += 1 }
    guard probe < tokens.count else { return nil }
    if tokens[probe].kind == .mixed, tokens[probe].lower.hasPrefix("fy"),
      let number = Int(tokens[probe].lower.dropFirst(2))
    {
      return (number < 100 ? 2000 + number : number, probe)
    }
    if lexicon.fiscalYearWords.contains(tokens[probe]) || tokens[probe].lower == "fiscal" {
      var next = probe + 1
      if next < tokens.count, tokens[next].lower == "year" { next += 1 }
      if let year = year(at: next) { return (year, next) }
    }
    return nil
  }

  private func fiscalQuarter(_ year: Int, _ quarter: Int) -> Period {
    let start = fiscalYearStartMonth ?? 1
    var month = start + (quarter - 1) * 3
    var startYear = start > 1 ? year - 1 : year
    while month > 12 {
      month -= 12
      startYear += 1
    }
    var endMonth = month + 2
    var endYear = startYear
    if endMonth > 12 {
      endMonth -= 12
      endYear += 1
    }
    return Period(
      start: Self.date(startYear, month, 1),
      end: Self.date(endYear, endMonth, Self.lastDay(endYear, endMonth)))
  }

  private static let relativeQuarters: [[String]: Int] = [
    ["this", "quarter"]: 0, ["the", "current", "quarter"]: 0, ["last", "quarter"]: -1,
    ["the", "previous", "quarter"]: -1, ["next", "quarter"]: 1, ["ce", "trimestre"]: 0,
    ["le", "trimestre", "dernier"]: -1, ["le", "trimestre", "prochain"]: 1,
    ["au", "trimestre", "dernier"]: -1,
    ["au", "trimestre", "prochain"]: 1,
  ]
  private static let relativeMonths: [[String]: Int] = [
    ["this", "month"]: 0, ["last", "month"]: -1, ["next", "month"]: 1, ["ce", "mois"]: 0,
    ["ce", "mois-ci"]: 0, ["le", "mois", "dernier"]: -1, ["le", "mois", "prochain"]: 1,
    ["au", "mois", "prochain"]: 1, ["au", "mois", "dernier"]: -1,
  ]
  /// Weeks run Monday to Sunday.
  private static let relativeWeeks: [[String]: Int] = [
    ["this", "week"]: 0, ["last", "week"]: -1, ["next", "week"]: 1,
    ["the", "previous", "week"]: -1,
    ["cette", "semaine"]: 0, ["la", "semaine", "dernière"]: -1, ["la", "semaine", "prochaine"]: 1,
    ["la", "semaine", "précédente"]: -1,
  ]

  /// Words after "the quarter" that make it another one ("the quarter before", « le trimestre
  /// dernier »), read by the other tables.
  private static let quarterQualifiers: WordSet = [
    "before", "after", "ahead", "dernier", "prochain", "précédent", "suivant", "ended", "to",
    "of",
  ]

  /// Whether "year" at `index` ends "for the year", « pour l'année », « au cours de l'année »:
  /// the year a text reports on, the one before a text of January or February (a results call
  /// in February speaks of the year just ended).
  private func reportedYear(endingAt index: Int) -> Bool {
    Self.reportedYear.contains { phrase in
      index + 1 >= phrase.count
        && tokens.lowers((index + 1 - phrase.count)..<index + 1, spell: phrase)
    }
  }

  private static let reportedYear = Lexicon.tokenized([
    ["for", "the", "year"], ["over", "the", "year"], ["during", "the", "year"],
    ["in", "the", "year"], ["pour", "l'année"], ["dans", "l'année"],
    ["au", "cours", "de", "l'année"],
    ["durant", "l'année"], ["pendant", "l'année"],
  ])

  private static let relativeNouns: WordSet = [
    "quarter", "month", "current", "previous", "trimestre", "mois", "mois-ci", "week", "semaine",
  ]

  /// "The quarter" with no other word: the quarter a text reports on, which ended before it
  /// was written ("capital expenditure for the quarter", on a call in July: the second
  /// quarter) unless the text is written late in a quarter, about that quarter.
  private static let reportedQuarter: [[String]] = [
    ["the", "quarter"], ["le", "trimestre"], ["au", "trimestre"], ["du", "trimestre"],
  ]

  private func relativeQuarterOrMonth(at index: Int) -> (Period, Int)? {
    guard let year = documentYear, let month = documentMonth, index + 1 < tokens.count,
      Self.relativeNouns.contains(tokens[index + 1])
        || (index + 2 < tokens.count && Self.relativeNouns.contains(tokens[index + 2]))
    else { return nil }
    if let end = phraseEnd(Self.reportedQuarter, at: index),
      end >= tokens.count || !Self.quarterQualifiers.contains(tokens[end])
    {
      // Two months back from the document's month: a call or report weeks after the
      // quarter's end speaks of it; a text late in a quarter, of that quarter.
      var reportedMonth = month - 2
      var reportedYear = year
      if reportedMonth < 1 {
        reportedMonth += 12
        reportedYear -= 1
      }
      return (Self.quarter(reportedYear, (reportedMonth - 1) / 3 + 1), end - 1)
    }
    for (phrase, offset) in Self.relativeQuarters {
      if let end = phraseEnd([phrase], at: index) {
        var quarter = (month - 1) / 3 + 1 + offset
        var quarterYear = year
        if quarter < 1 {
          quarter += 4
          quarterYear -= 1
        } else if quarter > 4 {
          quarter -= 4
          quarterYear += 1
        }
        return (Self.quarter(quarterYear, quarter), end - 1)
      }
    }
    for (phrase, offset) in Self.relativeMonths {
      if let end = phraseEnd([phrase], at: index) {
        var target = month + offset
        var targetYear = year
        if target < 1 {
          target += 12
          targetYear -= 1
        } else if target > 12 {
          target -= 12
          targetYear += 1
        }
        return (
          Period(
            start: Self.date(targetYear, target, 1),
            end: Self.date(targetYear, target, Self.lastDay(targetYear, target))), end - 1
        )
      }
    }
    if let days = documentDays {
      for (phrase, offset) in Self.relativeWeeks {
        guard let end = phraseEnd([phrase], at: index),
          let monday = Period.dayNumber(Self.weekdayBefore(1, onOrBefore: days))
        else { continue }
        let start = monday + offset * 7
        return (
          Period(
            start: Period.isoDate(dayNumber: start), end: Period.isoDate(dayNumber: start + 6)),
          end - 1
        )
      }
    }
    return nil
  }

  private func fiscalYear(_ year: Int) -> Period {
    guard let start = fiscalYearStartMonth, start > 1 else { return Self.year(year) }
    let endMonth = start - 1
    return Period(
      start: Self.date(year - 1, start, 1),
      end: Self.date(year, endMonth, Self.lastDay(year, endMonth)))
  }

  private func phraseEnd(_ phrases: [[String]], at index: Int) -> Int? {
    guard index < tokens.count else { return nil }
    return ClauseFields.phraseEnd(phrases, at: index, in: tokens)
  }

  private func phraseEnd(_ phrases: PhraseList, at index: Int) -> Int? {
    phrases.end(at: index, in: tokens)
  }

  /// The last day up to the day `days` after 1970-01-01 that falls on `weekday` (1 is Monday).
  static func weekdayBefore(_ weekday: Int, onOrBefore days: Int) -> String {
    // 1970-01-01, day 0, was a Thursday.
    let today = ((days % 7) + 7 + 3) % 7 + 1
    return Period.isoDate(dayNumber: days - (today - weekday + 7) % 7)
  }

  static func year(_ year: Int) -> Period { Period.year(year) }
  static func quarter(_ year: Int, _ quarter: Int) -> Period { Period.quarter(year, quarter) }
  static func half(_ year: Int, _ half: Int) -> Period { Period.half(year, half) }
  static func date(_ year: Int, _ month: Int, _ day: Int) -> String {
    Period.isoDate(year, month, day)
  }
  static func lastDay(_ year: Int, _ month: Int) -> Int { Period.lastDay(year, month) }
}
