import Core
import Foundation

/// Finds the quantities of one sentence: numerals or number words, with their currency,
/// scale, percent sign, range partner and qualifier, and leaves out numbers that are not
/// quantities (years, dates, times, model names, references, phone numbers, addresses…).
struct QuantityScanner {
  let tokens: [Token]
  let language: Language
  private let shared: SharedLexicon
  var lexicon: Lexicon { shared.lexicon }
  private var masked: [Bool]
  private let approximateBefore: [[String]]
  private let atLeastBefore: [[String]]
  private let atMostBefore: [[String]]

  /// The currency a bare `$` stands for (USD unless the configuration says otherwise).
  let dollar: String
  /// The currencies in play (the ledger's and tally.yml's), which a bare « dirhams » or
  /// "kroner" may name when only one of them is so called.
  let currencies: Set<String>
  /// The last words of the known parties' names, lower-case: a number after one counts what
  /// follows it ("delivered to Verdalp 16 chargers"), it is not a product's name.
  let partyEnds: WordSet

  init(
    tokens: [Token], language: Language, dollar: String = "USD", currencies: Set<String> = [],
    partyEnds: WordSet = []
  ) {
    self.tokens = tokens
    self.language = language
    self.dollar = dollar
    self.currencies = currencies
    self.partyEnds = partyEnds
    shared = SharedLexicon.forLanguage(language)
    approximateBefore = shared.lexicon.approximateBefore
    atLeastBefore = shared.lexicon.atLeastBefore
    atMostBefore = shared.lexicon.atMostBefore
    masked = Array(repeating: false, count: tokens.count)
    maskIdentifiers()
  }

  /// Whether a sentence may hold a quantity at all: a digit, or a word that starts a number.
  static func mayHoldQuantities(_ tokens: [Token], lexicon: Lexicon) -> Bool {
    tokens.contains { token in
      token.kind == .number || token.kind == .mixed || lexicon.startsNumberWords(token)
    }
  }

  /// The quantities, in text order.
  func scan() -> [FoundQuantity] {
    var found: [FoundQuantity] = []
    var index = 0
    while index < tokens.count {
      if !masked[index], mayStart(at: index), let quantity = quantity(at: index) {
        // A temperature, even a range of them ("down to −30 °C", « entre 2 et 8 °C »), is no
        // figure.
        if quantity.next >= tokens.count || !Self.degreeSigns.contains(tokens[quantity.next].text) {
          found.append(quantity)
        }
        index = max(quantity.next, index + 1)
      } else {
        index += 1
      }
    }
    // « 42 millions d'euros …, et non de 55,6 millions », "$3.6 billion, not 4.1 billion": a
    // scaled figure with no unit and nothing counted after it is in the money before it.
    var currency: QuantityUnit?
    for position in found.indices {
      if case .currency = found[position].unit {
        currency = found[position].unit
        continue
      }
      let quantity = found[position]
      guard let currency, quantity.unit == .count,
        tokens[quantity.first...quantity.last].contains(where: { lexicon.scales[$0] != nil }),
        quantity.next >= tokens.count || tokens[quantity.next].kind != .word
          || !tokens[quantity.next].startsLowercase
          || lexicon.itemStopWords.contains(tokens[quantity.next]),
        !countsAfter(quantity.next)
      else { continue }
      found[position].unit = currency
    }
    return found
  }

  /// Whether « de » or "of" at `index` brings in what a scaled figure counts: « 12 millions de
  /// clients », "12 million of its users" (not a currency: « 55,6 millions d'euros »).
  private func countsAfter(_ index: Int) -> Bool {
    guard index < tokens.count, ["de", "d", "of"].contains(tokens[index].lower) else {
      return false
    }
    var probe = index + 1
    while probe < tokens.count,
      ["'", "’", "its", "their", "the", "ses", "leurs"].contains(tokens[probe].lower)
    {
      probe += 1
    }
    guard probe < tokens.count, tokens[probe].kind == .word, tokens[probe].startsLowercase else {
      return false
    }
    let word = tokens[probe].lower
    return lexicon.currencyWords[word] == nil && lexicon.minorUnits[word] == nil
  }

  /// Whether a quantity can start at the token at `index`: digits, a currency, a sign, a range
  /// opener or a number word.
  ///
  /// Most tokens are none of these; they cost one lookup. (The token is read in place, by its
  /// index: a copy of it would cost more than most of these tests.)
  private func mayStart(at index: Int) -> Bool {
    switch tokens[index].kind {
    case .number, .mixed: return true
    case .symbol:
      let text = tokens[index].text
      return Self.currencySymbols[text] != nil || ["~", "-", "−"].contains(text)
    case .word:
      // Currency codes and dollar prefixes are capitalised: most words skip those two lookups.
      return lexicon.startsNumberWords(tokens[index]) || lexicon.opensRange(tokens[index])
        || (tokens[index].isCapitalised
          && (Self.currencyCodes[tokens[index].text] != nil
            || Self.dollarPrefixes[tokens[index].text] != nil))
    }
  }

  // MARK: - Masks

  /// URLs, e-mail addresses, versions, phone numbers: runs of glued tokens never read as numbers.
  private mutating func maskIdentifiers() {
    var runStart = 0
    for index in 0...tokens.count {
      if index < tokens.count, index > runStart, tokens[index].isGlued { continue }
      if index > runStart { maskRunIfIdentifier(runStart..<index) }
      runStart = index
    }
    maskPhoneNumbers()
    maskCodedNumbers()
  }

  /// "MSN 1047 to 1049", "REF 20417": a number after a code in capitals (three to five letters,
  /// no currency) is a serial or a reference, and so is the end of its range.
  private mutating func maskCodedNumbers() {
    for index in tokens.indices.dropLast() where tokens[index].kind == .word {
      // (The number after the word first: most words have none.)
      guard tokens[index + 1].kind == .number, !tokens[index + 1].isGlued else { continue }
      let code = tokens[index].text
      guard (3...5).contains(code.count), code.allSatisfy({ $0.isUppercase && $0.isLetter }),
        Self.currencyCodes[code] == nil, Self.dollarPrefixes[code] == nil
      else { continue }
      var probe = index + 1
      while probe < tokens.count, tokens[probe].kind == .number || tokens[probe].isGlued {
        masked[probe] = true
        probe += 1
      }
      if probe + 1 < tokens.count, ["to", "à", "-", "–"].contains(tokens[probe].lower),
        tokens[probe + 1].kind == .number
      {
        masked[probe + 1] = true
      }
    }
  }

  private mutating func maskRunIfIdentifier(_ run: Range<Int>) {
    // Only runs with a digit or an address sign can be identifiers.
    guard run.count > 1,
      run.contains(where: { index in
        let token = tokens[index]
        return token.kind == .number || token.kind == .mixed || token.text == "@"
          || (token.kind == .word
            && (token.lower == "www" || token.lower == "http" || token.lower == "https"))
      })
    else { return }
    // Every test below needs one of these signs or words: "$4" and "12,000" stop here.
    guard
      run.contains(where: { index in
        let token = tokens[index]
        return token.kind == .symbol
          ? Self.identifierSigns.contains(token.text)
          : token.lower.hasPrefix("www") || token.lower.hasPrefix("http")
      })
    else { return }
    let text = run.map { tokens[$0].text }.joined()
    let lower = text.lowercased()
    let words = run.map { tokens[$0].lower }
    var mask =
      words.contains("@") || lower.hasPrefix("www") || lower.hasPrefix("http")
      || zip(words, words.dropFirst()).contains {
        $0 == "." && ["com", "org", "net", "fr", "io"].contains($1)
      }
    // Versions and dotted dates: digits with two or more dots (2.3.1, 04.06.2024).
    let dots = text.filter { $0 == "." }.count
    let groups = text.split(separator: ".", omittingEmptySubsequences: false)
    let isThousands =
      groups.count >= 3
      && groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isNumber) }
      && (1...3).contains(groups[0].count) && language == .fr
    if dots >= 2, !isThousands, text.first?.isNumber == true || lower.hasPrefix("v"),
      !text.contains(" "),
      groups.allSatisfy({ $0.allSatisfy(\.isNumber) || $0.hasPrefix("v") || $0.hasPrefix("V") })
    {
      mask = true
    }
    // Dates, ratios and times: 2024-06-04, 04/06/2024, 24/7, 9:30 (and "4/5/2026," before the
    // comma that ends its phrase).
    let core = text.reversed().drop { ",;.)".contains($0) }.reversed()
    if core.contains("/") || core.contains(":"), core.first?.isNumber == true,
      core.allSatisfy({
        $0.isNumber || $0 == "/" || $0 == ":" || $0 == "-" || $0 == "." || $0 == "h"
      })
    {
      mask = true
    }
    let parts = text.split(separator: "-")
    if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), parts[0].count == 4 {
      mask = true
    }
    // "2024-123", "2023-24": a year and a number joined by a hyphen are a code or a period.
    if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
      parts[0].count == 4,
      let year = Int(parts[0]), (1900...2199).contains(year)
    {
      mask = true
    }
    // Phone-like: 555-0100.
    if parts.count == 2, parts[0].count == 3, parts[1].count == 4,
      parts.allSatisfy({ $0.allSatisfy(\.isNumber) })
    {
      mask = true
    }
    if mask { for index in run { masked[index] = true } }
  }

  /// "+33 1 23 45 67 89", "01 23 45 67 89", "(555) 123-4567", "+1 415 555 0100".
  private mutating func maskPhoneNumbers() {
    var index = 0
    while index < tokens.count {
      // Only a symbol ("+", "(") or a number opens one: a word is passed without a copy.
      let kind = tokens[index].kind
      guard kind == .symbol || kind == .number else {
        index += 1
        continue
      }
      let token = tokens[index]
      var start = index
      var isPhone = false
      // ("+" and "(" are symbols: a number is told so without comparing its text.)
      if token.kind == .symbol, token.text == "+", index + 1 < tokens.count,
        tokens[index + 1].kind == .number, tokens[index + 1].isGlued
      {
        start = index
        isPhone = true
      } else if token.kind == .symbol, token.text == "(", index + 2 < tokens.count,
        tokens[index + 1].kind == .number,
        tokens[index + 1].text.count == 3, tokens[index + 2].text == ")", index + 3 < tokens.count,
        tokens[index + 3].kind == .number
      {
        isPhone = true
      } else if token.kind == .number, token.text.hasPrefix("0"), token.text.count >= 3,
        index + 2 < tokens.count,
        tokens[index + 1].kind == .number, tokens[index + 2].kind == .number,
        tokens[index + 1].gap == " ", tokens[index + 2].gap == " "
      {
        // "0800 123 4567"
        isPhone = true
      } else if token.kind == .number, token.text.count == 2, token.text.hasPrefix("0") {
        // French style: five pairs.
        var pairs = 1
        var probe = index + 1
        while probe < tokens.count, tokens[probe].kind == .number, tokens[probe].text.count == 2,
          tokens[probe].gap == " " || tokens[probe].gap == "\u{00A0}"
            || tokens[probe - 1].text == "."
        {
          pairs += 1
          probe += 1
        }
        isPhone = pairs >= 4
      }
      guard isPhone else {
        index += 1
        continue
      }
      var end = start + 1
      while end < tokens.count,
        tokens[end].kind == .number || ["-", ".", "(", ")"].contains(tokens[end].text),
        tokens[end].gap.count <= 1
      {
        end += 1
      }
      for position in start..<end { masked[position] = true }
      index = end
    }
  }

  // MARK: - One quantity

  /// An amount: an optional currency before, a numeral or number words, a glued suffix.
  private struct Amount {
    var first: Int
    var last: Int
    var value: Decimal
    /// Half the unit of the last written digit, before scaling.
    var halfStep: Decimal
    var scale: Decimal?
    var currency: String?
    var percent = false
    var ambiguous = false
    var words = false
    var approximate = false
    var spanHigh: Decimal?
    var numeral: Numeral?
    /// Number words that already carry their scale ("half a million").
    var fixed = false
    /// The multiplier word that ended number words (« milliards » in « quatre milliards »).
    var wordMultiplier: Decimal?
  }

  private func quantity(at index: Int) -> FoundQuantity? {
    if isPlainYear(at: index) { return nil }
    var opener: String?
    var start = index
    if let closer = lexicon.rangeOpeners[tokens[index].lower], index + 1 < tokens.count,
      !(index > 0 && Self.changeVerbs.contains(tokens[index - 1]))
    {
      opener = closer
      start = index + 1
    }
    guard var first = amount(at: start) else { return nil }
    if opener == nil, isTrap(first) { return nil }
    var cursor = first.last + 1
    let firstSuffix = suffixes(after: cursor, amount: &first)
    cursor = firstSuffix

    // A range: "$3–4 billion", "3 to 4", "between 3 and 4", « de 3 à 4 ».
    var second: Amount?
    if cursor < tokens.count {
      let connector = tokens[cursor].lower
      let expected = opener
      let isConnector: Bool
      if let expected {
        isConnector =
          connector == expected || (expected == "to" && ["-", "–", "—"].contains(connector))
          || (expected == "à" && ["-", "–", "—", "a"].contains(connector))
      } else {
        let isChange =
          start > 1 && lexicon.rangeOpeners[tokens[start - 1].lower] != nil
          && Self.changeVerbs.contains(tokens[start - 2])
        isConnector =
          lexicon.rangeConnectors.contains(connector) && connector != "and" && connector != "et"
          && !isChange
      }
      if isConnector, cursor + 1 < tokens.count,
        var candidate = amount(at: cursor + 1, rangeEnd: true),
        !(candidate.words != first.words && !first.words && candidate.scale == nil)
      {
        let end = suffixes(after: candidate.last + 1, amount: &candidate)
        // "grew 38% to $4.2 billion" is a change, not a range: the units must agree.
        let unitsClash =
          (first.percent && candidate.currency != nil)
          || (first.currency != nil && candidate.percent)
          || (first.currency != nil && candidate.currency != nil
            && first.currency != candidate.currency)

        if unitsClash {
          return finish(first: first, second: nil, opener: opener, index: index, cursor: cursor)
        }
        if first.scale == nil { first.scale = candidate.scale }
        // « trois à quatre milliards »: the second's multiplier word scales the first.
        if first.scale == nil, first.wordMultiplier == nil,
          let multiplier = candidate.wordMultiplier,
          first.value * multiplier <= candidate.value
        {
          first.value *= multiplier
        }
        if first.currency == nil { first.currency = candidate.currency }
        if !first.percent { first.percent = candidate.percent }
        if candidate.currency == nil { candidate.currency = first.currency }
        if candidate.scale == nil && first.scale != nil && candidate.value >= first.value {
          candidate.scale = first.scale
        }
        // Years and dates are not ranges of quantities: 2023-2024.
        if !(isYear(first) && isYear(candidate)) {
          second = candidate
          cursor = end
        }
      }
    }
    if opener != nil && second == nil {
      // "from 3" alone: read again without the opener.
      return nil
    }
    return finish(first: first, second: second, opener: opener, index: index, cursor: cursor)
  }

  /// Builds the quantity from one amount, or two for a range, and reads the qualifier.
  private func finish(first: Amount, second: Amount?, opener: String?, index: Int, cursor: Int)
    -> FoundQuantity?
  {
    var cursor = cursor
    // The unit: a currency, a percent, percentage points, or a count.
    var unit: QuantityUnit = .count
    var rule = "count/1"
    if let currency = first.currency {
      unit = .currency(currency)
      rule = "money/1"
    } else if first.percent {
      unit = .percent
      rule = "percent/1"
    }
    if case .percent = unit, let points = phrase(lexicon.percentagePointWords, at: cursor) {
      unit = .percentagePoint
      cursor = points
    }
    if unit == .count, !first.percent, let points = phrase(lexicon.percentagePointWords, at: cursor)
    {
      unit = .percentagePoint
      rule = "percent/1"
      cursor = points
    }
    // Most figures have no scale word: their values are kept as read, not multiplied by one
    // (the same Decimal, at a cost of thousands of instructions a product).
    func scaled(_ value: Decimal, by scale: Decimal?) -> Decimal {
      guard let scale else { return value }
      return Self.product(value, scale)
    }
    let scale = first.scale
    var low: Decimal? = scaled(first.value, by: scale)
    var high: Decimal? = scaled(first.spanHigh ?? first.value, by: scale)
    let lowStep = scaled(first.halfStep, by: scale)
    var highStep = lowStep
    var qualifier: Qualifier = first.approximate ? .approximate : .exact
    if let second {
      high = scaled(second.value, by: second.scale ?? scale)
      highStep = scaled(second.halfStep, by: second.scale ?? scale)
      qualifier = .range
      rule = String(rule.dropLast(2)) + "-range/1"
    } else if first.spanHigh != nil {
      qualifier = .approximate
    }
    let quantityFirst = first.first
    var quantityLast = max(first.last, (second?.last ?? first.last))
    quantityLast = max(quantityLast, cursor - 1)

    // Qualifiers before ("about", « plus de ») and after ("or more").
    if qualifier != .range {
      let before = opener == nil ? quantityFirst : index
      if let found = qualifierBefore(before) {
        qualifier = found
      }
      if let (found, end) = qualifierAfter(cursor) {
        qualifier = found
        cursor = end
      } else {
        // "10,000 GPUs or more": the qualifier may follow the counted noun.
        var probe = cursor
        while probe < tokens.count, probe - cursor < 3, tokens[probe].kind != .symbol {
          probe += 1
          if let (found, _) = qualifierAfter(probe), found == .atLeast || found == .atMost {
            qualifier = found
            break
          }
        }
      }
    }
    switch qualifier {
    case .atLeast: high = nil
    case .atMost: low = nil
    default: break
    }
    if qualifier == .atMost { highStep = lowStep }
    return FoundQuantity(
      first: quantityFirst, last: quantityLast, low: low, high: high, qualifier: qualifier,
      unit: unit,
      lowHalfStep: lowStep, highHalfStep: highStep,
      ambiguous: first.ambiguous || (second?.ambiguous ?? false), rule: rule, next: cursor)
  }

  /// The amount starting at `index`: `$`/`US$`/`USD`/`€` before, then digits or number words.
  private func amount(at index: Int, rangeEnd: Bool = false) -> Amount? {
    guard index < tokens.count, !masked[index] else { return nil }
    var position = index
    var currency: String?
    // "US$", "C$", "A$", "HK$": letters glued to "$".
    if tokens[position].kind == .word, position + 1 < tokens.count,
      tokens[position + 1].text == "$",
      tokens[position + 1].isGlued, let code = Self.dollarPrefixes[tokens[position].text]
    {
      currency = code
      position += 2
    } else if let code = Self.currencySymbols[tokens[position].text] {
      currency = tokens[position].text == "$" ? dollar : code
      position += 1
    } else if let code = currencyCode(tokens[position].text), position + 1 < tokens.count,
      tokens[position + 1].kind != .word
    {
      currency = code
      position += 1
    } else if tokens[position].text == "~", position + 1 < tokens.count,
      tokens[position + 1].isGlued
    {
      // "~$10B": the tilde is a qualifier, read by qualifierBefore.
      return nil
    }
    guard position < tokens.count, !masked[position] else { return nil }
    if currency != nil, position > index, tokens[position].gap.count > 1 { return nil }

    // A minus sign glued to the digits, not a range's dash: "-4%".
    var negative = false
    if ["-", "−"].contains(tokens[position].text), position + 1 < tokens.count,
      tokens[position + 1].isGlued,
      tokens[position + 1].kind == .number,
      position == 0 || !tokens[position].isGlued || tokens[position - 1].kind == .symbol
    {
      negative = true
      position += 1
    }
    if var amount = digits(at: position, rangeEnd: rangeEnd)
      ?? (negative ? nil : numberWords(at: position))
    {
      amount.first = index
      if let currency { amount.currency = currency }
      if negative { amount.value = -amount.value }
      // A sign in words: "negative $2.5 billion", "minus 3%".
      if !negative, index > 0, lexicon.negativeWords.contains(tokens[index - 1]) {
        amount.value = -amount.value
        amount.first = index - 1
      }
      return amount
    }
    return nil
  }

  /// Signs that can make a glued run an identifier: an address, a version, a date, a time, a code.
  private static let identifierSigns: WordSet = ["@", ".", "/", ":", "-"]

  private static let modelSuffixes: WordSet = [
    "Max", "Pro", "Ultra", "Plus", "Mini", "Air", "Neo", "Lite", "Turbo",
  ]

  /// "rose from 3 to 4", « est passé de 38 % à 41 % »: a change between two values, not a range.
  private static let changeVerbs: WordSet = [
    "rose", "grew", "fell", "went", "increased", "decreased", "jumped", "climbed", "dropped",
    "declined",
    "rising", "falling", "growing", "up", "down", "passé", "passée", "passés", "passées",
    "augmenté",
    "baissé", "progressé", "reculé", "grimpé", "chuté", "bondi", "glissé", "évolué",
  ]

  private static let currencySymbols: WordMap<String> = [
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₣": "CHF",
  ]
  /// Whether a currency word is the bare dollar, whose country the configuration says.
  private static func isDollarWord(_ word: String) -> Bool {
    ["dollars", "dollar", "bucks", "buck"].contains(word)
  }

  /// The code of a currency word: a bare "dollars" is the configured dollar, as a bare "$" is,
  /// and a bare "francs" the configured franc ("Canadian dollars", « francs CFA » say which).
  private func currency(named word: String, _ code: String) -> String {
    if Self.isDollarWord(word) { return dollar }
    return code == "CHF" && (word == "francs" || word == "franc") ? franc : code
  }

  private static let dollarPrefixes: WordMap<String> = [
    "US": "USD", "U.S.": "USD", "C": "CAD", "CA": "CAD", "A": "AUD", "AU": "AUD", "HK": "HKD",
    "S": "SGD", "NZ": "NZD", "R": "BRL", "MX": "MXN", "NT": "TWD",
  ]

  /// A currency symbol at `index`, with the country code that may follow a dollar sign
  /// (« 7,2 millions de $ CA », « 5 millions de $ US », « 310 millions de $ CAD »): its ISO code
  /// and last token.
  private func symbol(at index: Int) -> (code: String, end: Int)? {
    guard index < tokens.count, let code = Self.currencySymbols[tokens[index].text] else {
      return nil
    }
    guard tokens[index].text == "$" else { return (code, index) }
    if index + 1 < tokens.count, tokens[index + 1].gap.count == 1 || tokens[index + 1].isGlued,
      tokens[index + 1].text.count >= 2, tokens[index + 1].text.allSatisfy(\.isUppercase),
      let region = Self.dollarPrefixes[tokens[index + 1].text]
        ?? Self.currencyCodes[tokens[index + 1].text]
    {
      return (region, index + 1)
    }
    return (dollar, index)
  }

  /// A minor unit of a currency at `index` ("cents", "pence", « centimes »), with the currency
  /// a following "of a euro" or « d'euro » names: its ISO code and last token.
  private func minorUnit(at index: Int) -> (code: String, end: Int)? {
    guard index < tokens.count, let major = lexicon.minorUnits[tokens[index].lower] else {
      return nil
    }
    var code =
      major == "$" ? dollar : (major == "EUR" && Self.francCodes.contains(dollar) ? dollar : major)
    var end = index
    // « 80 centimes d'euro », "50 cents of a euro".
    var probe = index + 1
    while probe < tokens.count, probe - index <= 3,
      ["de", "d", "of", "a", "an", "'", "’"].contains(tokens[probe].lower)
    {
      probe += 1
    }
    if probe < tokens.count, probe > index + 1,
      let named = lexicon.currencyWords[tokens[probe]]
    {
      code = currency(named: tokens[probe].lower, named)
      end = probe
    }
    return (code, end)
  }
  private static let dollarAdjectives: [String: String] = [
    "us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
    "singapore": "SGD", "hong": "HKD", "new": "NZD",
  ]
  /// « dollars canadiens »: an adjective after the currency word.
  private static let currencyAdjectivesAfter: [String: String] = [
    "canadiens": "CAD", "canadien": "CAD", "australiens": "AUD", "américains": "USD",
    "américain": "USD", "singapouriens": "SGD", "hongkongais": "HKD", "suisses": "CHF",
  ]
  /// Every ISO 4217 code in common use, from CLDR through Foundation ("XOF 1.18 billion",
  /// "12 MAD"), but those that are also words or names written in capitals ("ALL", "TOP",
  /// "AMD"), and the CFA franc written as one word (« 1 180 000 000 FCFA »).
  private static let currencyCodes: WordMap<String> = {
    let words: WordSet = [
      "ALL", "AMD", "BAM", "CUP", "GEL", "MOP", "PEN", "SAR", "SOS", "TOP", "TRY",
    ]
    var codes = [
      "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "CAD", "AUD", "HKD", "INR", "KRW", "SGD",
    ]
    codes += Locale.commonISOCurrencyCodes.filter { $0.count == 3 && !words.contains($0) }
    var table = Dictionary(codes.map { ($0, $0) }, uniquingKeysWith: { first, _ in first })
    table["FCFA"] = "XOF"
    // The renminbi's common abbreviation, which is no ISO code ("RMB 5 billion", "Rmb 5bn").
    table["RMB"] = "CNY"
    table["Rmb"] = "CNY"
    return WordMap(table)
  }()

  /// `value * scale`, made by moving the exponent when the scale is a power of ten.
  ///
  /// Every scale word is one, as is the cent. The Decimal made is the one the product makes
  /// (exponent, significand and all), for a hundredth of the product's cost of about 3,000
  /// instructions.
  static func product(_ value: Decimal, _ scale: Decimal) -> Decimal {
    guard scale.sign == .plus, scale.significand == 1, !value.isNaN,
      abs(value.exponent + scale.exponent) < 100
    else { return value * scale }
    return Decimal(
      sign: value.sign, exponent: value.exponent + scale.exponent, significand: value.significand)
  }

  /// Whether a word is a currency code ("XOF", « FCFA »): no party is named so.
  static func isCurrencyCode(_ text: String) -> Bool { currencyCodes[text] != nil || text == "CFA" }

  /// The ISO codes of francs: a bare « francs » is the configured currency when it is one.
  private static let francCodes: WordSet = [
    "CHF", "XOF", "XAF", "XPF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF",
  ]

  /// The franc a bare "francs" means: the configured currency if it is a franc, else the Swiss.
  private var franc: String { Self.francCodes.contains(dollar) ? dollar : "CHF" }

  /// The CFA franc a text means: the Central African one if configured, else the West African.
  private var cfaFranc: String { dollar == "XAF" ? "XAF" : "XOF" }

  /// The currency a code written beside a figure names: « FCFA » is the configured CFA franc,
  /// "XOF" and "XAF" are what they say.
  private func currencyCode(_ text: String) -> String? {
    text == "FCFA" ? cfaFranc : Self.currencyCodes[text]
  }

  private func digits(at index: Int, rangeEnd: Bool = false) -> Amount? {
    guard let numeral = NumeralReader.read(tokens, at: index, language: language) else {
      return nil
    }
    // Glued to letters on the left: part of a name (H100, GPT-4, FY2025, Q1).
    if index > 0, tokens[index].isGlued {
      let previous = tokens[index - 1]
      if (previous.kind == .word || previous.kind == .mixed)
        && Self.currencyCodes[previous.text] == nil
      {
        return nil
      }
      if ["-", "_", "/", "#", "°", "."].contains(previous.text), index > 1,
        tokens[index - 1].isGlued,
        tokens[index - 2].kind != .symbol || tokens[index - 2].text == ")"
      {
        if previous.text != "-" || tokens[index - 2].kind == .word
          || tokens[index - 2].kind == .mixed
        {
          return nil
        }
      }
    }
    // The number after a hyphen glued to another number: part of that one ("1233-3"), read there.
    if !rangeEnd, index > 1, tokens[index].isGlued, ["-", "–"].contains(tokens[index - 1].text),
      tokens[index - 1].isGlued, tokens[index - 2].kind == .number
    {
      return nil
    }
    var amount = Amount(
      first: index, last: numeral.last, value: numeral.value, halfStep: halfStep(numeral),
      ambiguous: numeral.ambiguous, numeral: numeral)
    if let suffix = numeral.suffix {
      if let scale = lexicon.exactScales[suffix] ?? lexicon.scales[suffix.lowercased()]
        ?? Lexicon.english.scales[suffix.lowercased()]
      {
        guard suffix.count <= 3 else { return nil }
        amount.scale = scale
        amount.halfStep = halfStep(numeral, scaled: true)
      } else {
        return nil
      }
    }
    return amount
  }

  /// Half the unit of the last written digit: `2.8` → 0.05; `12,437` → 0; `12,000` → 500.
  ///
  /// With a scale word the mantissa is taken as written to its last digit: `$10B` → 0.5 (billion).
  private func halfStep(_ numeral: Numeral, scaled: Bool = false) -> Decimal {
    // Written as 5 × 10ⁿ rather than divided: Decimal division was a hot spot, and the two
    // give the same Decimal bit for bit.
    if numeral.fractionDigits > 0 {
      return Decimal(sign: .plus, exponent: -numeral.fractionDigits - 1, significand: 5)
    }
    if scaled { return Decimal(sign: .plus, exponent: -1, significand: 5) }
    // (`value >= 1000`, told by its digits: a Decimal comparison costs thousands of
    // instructions.)
    guard numeral.significantIntegerDigits >= 4, numeral.trailingZeros > 0 else { return 0 }
    return Decimal(sign: .plus, exponent: numeral.trailingZeros - 1, significand: 5)
  }

  /// Spaced suffixes after an amount: scale words, « de dollars », currency words, codes and signs,
  /// `%` and percent words.
  ///
  /// Returns the index after them.
  private func suffixes(after start: Int, amount: inout Amount) -> Int {
    var cursor = start
    if amount.scale == nil, !amount.fixed, cursor < tokens.count {
      let token = tokens[cursor]
      if token.gap.count <= 1,
        let scale = lexicon.exactScales[token.text] ?? lexicon.scales[token]
      {
        // "m", "k", "M" alone after a space are scales only beside money; words always are.
        let isWord =
          token.text.count > 2 || token.lower == "mn" || token.lower == "bn" || token.lower == "md"
          || token.lower == "tn" || token.lower == "mds" || token.lower == "mrd"
          || token.text == "Md"
          || (token.text == "M" && language == .fr)
        if isWord || amount.currency != nil || isCurrencyAhead(cursor + 1) || token.isGlued {
          amount.scale = scale
          if let numeral = amount.numeral { amount.halfStep = halfStep(numeral, scaled: true) }
          if amount.words { amount.halfStep = 0 }
          cursor += 1
        }
      }
    }
    if cursor < tokens.count {
      // « de dollars », « d'euros »
      var probe = cursor
      if ["de", "d", "d'", "d’"].contains(tokens[probe].lower), probe + 1 < tokens.count {
        probe += 1
        if ["'", "’"].contains(tokens[probe].text), probe + 1 < tokens.count { probe += 1 }
        // « 36 millions de couronnes norvégiennes »: a currency's name in two words; « de
        // dirhams », the one dirham in play.
        if let (code, end) = CurrencyNames.currency(at: probe, in: tokens), language == .fr {
          amount.currency = amount.currency ?? code
          return end + 1
        }
        if lexicon.currencyWords[tokens[probe]] == nil, amount.scale != nil,
          let code = CurrencyNames.currency(noun: probe, in: tokens, known: currencies),
          language == .fr
        {
          amount.currency = amount.currency ?? code
          return probe + 1
        }
        // « 300 millions de livres (sterling) »: pounds only after a scale; « trois livres » are books.
        if ["livre", "livres"].contains(tokens[probe].lower), amount.scale != nil, language == .fr {
          amount.currency = amount.currency ?? "GBP"
          cursor = probe + 1
          if cursor < tokens.count, tokens[cursor].lower == "sterling" { cursor += 1 }
          return cursor
        }
        // « 64 millions de $ », « 7,2 millions de $ CA », « 3 milliards d'€ ».
        if amount.scale != nil, let (code, end) = symbol(at: probe), language == .fr {
          amount.currency = amount.currency ?? code
          return end + 1
        }
        // « 2 milliards de CNY », « 40 millions de RMB »: a currency's code after a scale.
        if amount.scale != nil, language == .fr, let code = currencyCode(tokens[probe].text) {
          amount.currency = amount.currency ?? code
          return probe + 1
        }
        if let word = lexicon.currencyWords[tokens[probe]], language == .fr {
          amount.currency = amount.currency ?? currency(named: tokens[probe].lower, word)
          cursor = probe + 1
          if cursor < tokens.count,
            let adjusted = Self.currencyAdjectivesAfter[tokens[cursor].lower]
          {
            amount.currency = adjusted
            cursor += 1
          } else if cursor < tokens.count, tokens[cursor].text == "CFA", word == "CHF" {
            amount.currency = cfaFranc
            cursor += 1
          }
        }
      }
    }
    // « livres sterling »
    if cursor + 1 < tokens.count, ["livre", "livres", "pounds"].contains(tokens[cursor].lower),
      tokens[cursor + 1].lower == "sterling"
    {
      amount.currency = amount.currency ?? "GBP"
      return cursor + 2
    }
    // "US dollars", "U.S. dollars", "Canadian dollars"; "US$" after the number.
    if cursor + 1 < tokens.count, let code = Self.dollarAdjectives[tokens[cursor].lower],
      ["dollars", "dollar"].contains(tokens[cursor + 1].lower)
    {
      amount.currency = amount.currency ?? code
      cursor += 2
      return cursor
    }
    if cursor + 1 < tokens.count, let code = Self.dollarPrefixes[tokens[cursor].text],
      tokens[cursor + 1].text == "$",
      tokens[cursor + 1].isGlued, amount.currency == nil
    {
      amount.currency = code
      return cursor + 2
    }
    // "36 million Norwegian kroner", « 12 millions couronnes suédoises »: a name in two words;
    // "36 million kroner", the one krone in play.
    if let (code, end) = CurrencyNames.currency(at: cursor, in: tokens),
      amount.currency == nil || amount.currency == code
    {
      amount.currency = code
      return end + 1
    }
    if amount.currency == nil, cursor < tokens.count,
      lexicon.currencyWords[tokens[cursor]] == nil,
      let code = CurrencyNames.currency(noun: cursor, in: tokens, known: currencies)
    {
      amount.currency = code
      return cursor + 1
    }
    if cursor < tokens.count {
      let token = tokens[cursor]
      if let word = lexicon.currencyWords[token]
        ?? Lexicon.english.currencyWords[token]
      {
        // A bare "dollars" is the configured dollar, as a bare "$" is ("Canadian dollars",
        // « dollars américains » say which).
        let code = currency(named: token.lower, word)
        if amount.currency == nil || amount.currency == code {
          amount.currency = code
          cursor += 1
          if cursor < tokens.count,
            let adjusted = Self.currencyAdjectivesAfter[tokens[cursor].lower],
            word == "USD" || word == "CHF"
          {
            amount.currency = adjusted
            cursor += 1
          } else if cursor < tokens.count, tokens[cursor].text == "CFA", word == "CHF" {
            amount.currency = cfaFranc
            cursor += 1
          }
        }
      } else if token.gap.count <= 1, let (code, end) = symbol(at: cursor) {
        if amount.currency == nil {
          amount.currency = code
          cursor = end + 1
        }
      } else if amount.currency == nil, amount.scale == nil, !amount.percent,
        let (code, end) = minorUnit(at: cursor)
      {
        // "75 cents", "2.40 cents", "18 pence", « 80 centimes »: the value in the major unit,
        // the written unit kept in the claim's text.
        amount.currency = code
        amount.scale = Decimal(string: "0.01")
        cursor = end + 1
      } else if let code = currencyCode(token.text), token.gap.count <= 1 {
        if amount.currency == nil {
          amount.currency = code
          cursor += 1
        }
      } else if token.text == "F", cursor + 1 < tokens.count, tokens[cursor + 1].text == "CFA" {
        // « 450 F CFA »
        if amount.currency == nil {
          amount.currency = cfaFranc
          cursor += 2
        }
      } else if token.text == "%", token.gap.count <= 1 {
        amount.percent = true
        cursor += 1
      } else if let end = phrase(lexicon.percentWords, at: cursor)
        ?? phrase(Lexicon.english.percentWords, at: cursor)
      {
        amount.percent = true
        cursor = end
      }
    }
    return cursor
  }

  private func isCurrencyAhead(_ index: Int) -> Bool {
    guard index < tokens.count else { return false }
    return Self.currencySymbols[tokens[index].text] != nil
      || Self.currencyCodes[tokens[index].text] != nil
      || lexicon.currencyWords[tokens[index]] != nil
      || (["de", "d"].contains(tokens[index].lower) && index + 1 < tokens.count
        && (lexicon.currencyWords[tokens[index + 1]] != nil
          || (index + 2 < tokens.count && lexicon.currencyWords[tokens[index + 2]] != nil)))
  }

  // MARK: - Number words

  private func numberWords(at index: Int) -> Amount? {
    guard lexicon.numberWordStarters.contains(tokens[index]) else { return nil }
    // « CISSS des Deux-Rives », « Trois-Rivières »: a number word hyphenated to a capitalised
    // word is part of a name.
    if tokens[index].isCapitalised, index + 2 < tokens.count, tokens[index + 1].text == "-",
      tokens[index + 1].isGlued, tokens[index + 2].isGlued, tokens[index + 2].isCapitalised,
      lexicon.units[tokens[index + 2]] == nil
    {
      return nil
    }
    let word = tokens[index].lower
    // A phrase starts with this very word (its first word is never a glued hyphen).
    for phrase in lexicon.approximatePhrases where phrase.words.first == word {
      if let end = self.phrase(words: phrase.words, at: index) {
        var amount = Amount(
          first: index, last: end - 1, value: phrase.low, halfStep: 0, words: true)
        amount.approximate = phrase.approximate
        if phrase.high != phrase.low { amount.spanHigh = phrase.high }
        amount.fixed = true
        // "a dozen" and « une centaine » need something counted or scaled after them.
        return amount
      }
    }
    // "half a percentage point", « un demi-point de pourcentage »: a fraction of a point.
    for fraction in lexicon.pointFractions where fraction.words.first == word {
      guard let end = self.phrase(words: fraction.words, at: index),
        phrase(lexicon.percentagePointWords, at: end) != nil
      else { continue }
      var amount = Amount(
        first: index, last: end - 1, value: fraction.value, halfStep: 0, words: true)
      amount.fixed = true
      return amount
    }
    // A share: "half of", "more than a tenth of", "about half is internal".
    for fraction in lexicon.fractions where fraction.words.first == word {
      guard let end = self.phrase(words: fraction.words, at: index) else { continue }
      let shareOf = end < tokens.count && lexicon.shareOf.contains(tokens[end])
      guard shareOf || qualifierBefore(index) != nil else { continue }
      // "in the first half of the year": a period, not a share.
      if index > 0, lexicon.quarterWords[tokens[index - 1]] != nil { continue }
      var amount = Amount(
        first: index, last: end - 1, value: fraction.percent, halfStep: 0, words: true)
      amount.percent = true
      amount.fixed = true
      return amount
    }
    var total: Decimal = 0
    var group: Decimal = 0
    var last = -1
    var sawWord = false
    var lastMultiplier: Decimal?
    var position = index
    while position < tokens.count {
      let token = tokens[position]
      if position > index, token.text == "-", token.isGlued, position + 1 < tokens.count,
        tokens[position + 1].isGlued
      {
        position += 1
        continue
      }
      let word = token.lower
      if let value = lexicon.units[word] {
        // "a"/"an"/"un"/"une" count only before hundred/thousand/million, or a currency (« un euro »).
        if value == 1, ["a", "an"].contains(word) || ((word == "un" || word == "une") && !sawWord) {
          guard position + 1 < tokens.count,
            lexicon.hundreds[tokens[position + 1].lower] != nil
              || lexicon.multipliers[tokens[position + 1].lower] != nil
              || (!["a", "an"].contains(word)
                && lexicon.currencyWords[tokens[position + 1]] != nil)
          else { break }
        }
        // « quatre-vingt(s) », « soixante-dix »: a ten after a unit multiplies or adds.
        if word == "vingt" || word == "vingts", group > 0, group < 10 {
          group *= 20
        } else if sawWord, position > index,
          tokens[position].isGlued || tokens[position - 1].text == "-",
          group >= 60, value >= 10, value < 20
        {
          group += Decimal(value)
        } else {
          // A word fills a place the group leaves empty: "twenty-five", « cent douze », but
          // "nine two" or « neuf deux » are two numbers (« soixante et onze » is one).
          let filled = NSDecimalNumber(decimal: group).intValue
          var place = 1
          while filled > 0, filled % (place * 10) == 0 { place *= 10 }
          let frenchTeen = filled >= 60 && filled % 20 == 0 && (10..<20).contains(value)
          guard filled == 0 || value < place || frenchTeen else { break }
          group += Decimal(value)
        }
        sawWord = true
        last = position
      } else if let hundred = lexicon.hundreds[word] {
        group = (group == 0 ? 1 : group) * Decimal(hundred)
        sawWord = true
        last = position
      } else if let multiplier = lexicon.multipliers[word], sawWord {
        total += (group == 0 ? 1 : group) * multiplier
        group = 0
        last = position
        lastMultiplier = multiplier
      } else if word == "mille", !sawWord {
        total += 1000
        sawWord = true
        last = position
      } else if lexicon.numberJoiners.contains(word), sawWord, position + 1 < tokens.count,
        lexicon.units[tokens[position + 1]] != nil
          || (tokens[position + 1].text == "-" && position + 2 < tokens.count
            && lexicon.units[tokens[position + 2]] != nil)
      {
        position += tokens[position + 1].text == "-" ? 2 : 1
        continue
      } else {
        break
      }
      position += 1
    }
    guard sawWord, last >= index else { return nil }
    // "half a million": handled by phrases; "one" alone is a pronoun more often than a count.
    var value = total + group
    // "two and a half billion", "one and a half million"
    if last + 4 < tokens.count, tokens[last + 1].lower == "and", tokens[last + 2].lower == "a",
      tokens[last + 3].lower == "half", let multiplier = lexicon.multipliers[tokens[last + 4].lower]
    {
      value = (group + Decimal(sign: .plus, exponent: -1, significand: 5)) * multiplier + total
      var amount = Amount(first: index, last: last + 4, value: value, halfStep: 0, words: true)
      amount.fixed = true
      return amount
    }
    if last == index, value == 1,
      !(last + 1 < tokens.count && lexicon.currencyWords[tokens[last + 1]] != nil)
    {
      // "one supercomputer": English "one" before a noun; never the articles a/an/un/une.
      guard tokens[index].lower == "one", last + 1 < tokens.count, tokens[last + 1].kind == .word,
        tokens[last + 1].startsLowercase, !lexicon.itemStopWords.contains(tokens[last + 1])
      else { return nil }
    }
    // « neuf » is also "new", an adjective that follows its noun: a number only before a plural
    // noun, a name or model (« neuf BT-70 », « neuf Airbus »), a scale or a currency.
    if last == index, tokens[index].lower == "neuf" {
      guard last + 1 < tokens.count else { return nil }
      let following = tokens[last + 1].lower
      let isPluralNoun = following.hasSuffix("s") || following.hasSuffix("x")
      guard
        isPluralNoun || tokens[last + 1].isCapitalised || lexicon.multipliers[following] != nil
          || lexicon.currencyWords[following] != nil,
        index == 0 || !["à", "a"].contains(tokens[index - 1].lower)
      else { return nil }
    }
    // Number words glued after a hyphen are part of a name: "7-Eleven".
    if index > 0, tokens[index].isGlued, tokens[index - 1].text == "-" { return nil }
    var amount = Amount(first: index, last: last, value: value, halfStep: 0, words: true)
    amount.wordMultiplier = lastMultiplier
    return amount
  }

  // MARK: - Traps

  /// Numbers that are not quantities: years, days of a month, times, references, streets,
  /// postal codes, names with numbers, codes with leading zeros, ordinals.
  private func isTrap(_ amount: Amount) -> Bool {
    guard let numeral = amount.numeral else { return false }
    let plain = amount.currency == nil && amount.scale == nil && numeral.suffix == nil
    let next = numeral.last + 1
    let nextToken = next < tokens.count ? tokens[next] : nil
    let previous = amount.first > 0 ? tokens[amount.first - 1] : nil
    if numeral.hasLeadingZero { return true }
    // Footnotes "[3]", tickers "9984.T", codes "10-K", "7-Eleven".
    if let previous, previous.text == "[", previous.isGlued || tokens[amount.first].isGlued,
      let nextToken, nextToken.text == "]"
    {
      return true
    }
    if !numeral.grouped, let nextToken, nextToken.isGlued,
      nextToken.text == "-" || nextToken.text == ".", next + 1 < tokens.count,
      tokens[next + 1].isGlued, tokens[next + 1].kind == .word,
      phrase(lexicon.percentagePointWords + lexicon.percentWords, at: next + 1) == nil,
      lexicon.scales[tokens[next + 1]] == nil || tokens[next + 1].text.count == 1
    {
      return true
    }
    // "737 Max", "15 Pro": a model's name, not a count.
    if let nextToken, Self.modelSuffixes.contains(nextToken.text), numeral.suffix == nil,
      !numeral.grouped
    {
      return true
    }
    // "3M", "4K": a glued capital with no currency on a one-digit number is a name or a resolution.
    if let suffix = numeral.suffix, suffix.count == 1, suffix == suffix.uppercased(),
      amount.currency == nil,
      numeral.value < 10, numeral.fractionDigits == 0
    {
      return true
    }
    if let suffix = numeral.suffix,
      lexicon.ordinalSuffixes.contains(suffix.lowercased())
        || Lexicon.english.ordinalSuffixes.contains(suffix.lowercased())
        || suffix.lowercased() == "h"
    {
      return true
    }
    let isPercent =
      nextToken.map { $0.text == "%" || lexicon.percentWords.contains([$0.lower]) } ?? false
    guard plain, !isPercent else { return false }
    let followedByScaleOrMoney =
      nextToken.map {
        lexicon.scales[$0] != nil || lexicon.exactScales[$0.text] != nil
          || isCurrencyAhead(next)
      } ?? false
    if followedByScaleOrMoney { return false }
    // Years.
    if isYear(amount) { return true }
    // Minutes after « h »: « 9 h 30 ».
    if let previous, previous.lower == "h", amount.first > 1,
      tokens[amount.first - 2].kind == .number
    {
      return true
    }
    // Law articles: « L. 1233-3 ».
    if let previous, previous.text == ".", amount.first > 1,
      tokens[amount.first - 2].text.count == 1,
      tokens[amount.first - 2].isCapitalised
    {
      return true
    }
    // Days in a span of dates: « du 3 au 5 juin », "June 3 to 5".
    if !numeral.grouped, numeral.fractionDigits == 0, numeral.value >= 1, numeral.value <= 31 {
      var probe = next
      while probe < tokens.count, probe - next < 4,
        ["au", "to", "-", "–", "et", "and", "à"].contains(tokens[probe].lower)
          || tokens[probe].kind == .number
      {
        probe += 1
      }
      if probe > next, probe < tokens.count,
        lexicon.months[tokens[probe]] != nil
          || Lexicon.english.months[tokens[probe]] != nil
      {
        return true
      }
    }
    // Days: "May 6", « 6 mai », « le 26 mai ».
    if !numeral.grouped, numeral.fractionDigits == 0, numeral.value >= 1, numeral.value <= 31 {
      let monthBefore = previous.map {
        $0.text == "." && amount.first > 1 ? tokens[amount.first - 2] : $0
      }
      // Only an English month comes before its day: « en février 20 bornes » counts 20.
      if let monthBefore, Lexicon.english.months[monthBefore.lower] != nil {
        return true
      }
      if let nextToken,
        lexicon.months[nextToken] != nil || Lexicon.english.months[nextToken] != nil
      {
        return true
      }
    }
    // Clock times: "09:14", "9:30".
    if let previous, previous.text == ":", previous.isGlued, tokens[amount.first].isGlued,
      amount.first > 1,
      tokens[amount.first - 2].kind == .number
    {
      return true
    }
    if let nextToken, nextToken.text == ":", nextToken.isGlued, next + 1 < tokens.count,
      tokens[next + 1].isGlued,
      tokens[next + 1].kind == .number
    {
      return true
    }
    // List markers: "1." or "2)" opening a sentence, alone or before a capital.
    if amount.first == 0, !numeral.grouped, numeral.fractionDigits == 0, let nextToken,
      nextToken.text == "." || nextToken.text == ")",
      next + 1 == tokens.count || tokens[next + 1].isCapitalised
    {
      return true
    }
    // Times: "9 a.m.", « 9 h 30 », "14 h".
    if let nextToken,
      lexicon.timeWords.contains(nextToken.lower)
        || (nextToken.lower == "a" || nextToken.lower == "p")
          && next + 2 < tokens.count && tokens[next + 1].text == "."
          && tokens[next + 2].lower == "m"
    {
      return true
    }
    // A numbered heading or paragraph: "5.2 The engineering director said …", « 3.1 Le
    // conseil … ».
    if plain, previous == nil, numeral.fractionDigits > 0, !numeral.grouped, let nextToken,
      nextToken.kind == .word, nextToken.isCapitalised
    {
      return true
    }
    // The same in French text, where the point is no decimal sign: « 2.1 Le conseil … ».
    if plain, previous == nil, next + 2 < tokens.count, tokens[next].text == ".",
      tokens[next].isGlued, tokens[next + 1].kind == .number, tokens[next + 1].isGlued,
      tokens[next + 2].kind == .word, tokens[next + 2].isCapitalised
    {
      return true
    }
    // Ages: "Helen Marks, 58, said", « Hélène Marquet, 58 ans, présidente », "aged 61",
    // « âgé de 61 ans », "a 58-year-old engineer".
    if plain, !numeral.grouped, numeral.fractionDigits == 0, amount.value <= 130 {
      let apposition =
        amount.first >= 2 && previous?.text == "," && tokens[amount.first - 2].isCapitalised
        && tokens[amount.first - 2].kind == .word
        && nextToken.map { Self.ageAfter.contains($0) } == true
        && (nextToken?.lower != "years" && nextToken?.lower != "year"
          || (next + 1 < tokens.count && tokens[next + 1].lower == "old"))
        && (nextToken?.lower != "ans" || next + 1 == tokens.count || tokens[next + 1].text == ","
          || tokens[next + 1].text == ")")
      let aged =
        previous.map { Self.agedWords.contains($0) } == true
        || (amount.first >= 2 && previous?.lower == "de"
          && Self.agedWords.contains(tokens[amount.first - 2]))
      let yearOld =
        next + 4 < tokens.count && tokens[next].text == "-" && tokens[next + 1].lower == "year"
        && tokens[next + 3].lower == "old"
      // « raconte la dirigeante, 51 ans, qui … »: « N ans » between commas is an age, whoever
      // it follows.
      let frenchAge =
        previous?.text == "," && nextToken?.lower == "ans"
        && (next + 1 == tokens.count || [",", ")"].contains(tokens[next + 1].text))
      if apposition || aged || yearOld || frenchAge { return true }
    }
    // References: "page 12", "section 4", « article 3 », "No. 5", "#3".
    if let previous {
      let word = previous.lower
      if lexicon.referenceWords.contains(word) || Lexicon.english.referenceWords.contains(word) {
        return true
      }
      if word == ".", amount.first > 1,
        lexicon.referenceWords.contains(tokens[amount.first - 2])
      {
        return true
      }
      if word == "°" || word == "#" || word == "§" { return true }
      // "lines 11 and 14", « lignes 11, 12 et 14 »: every number of a list after the word.
      if Self.listJoiners.contains(word) {
        var probe = amount.first - 2
        while probe >= 0, tokens[probe].kind == .number || Self.listJoiners.contains(tokens[probe])
        {
          probe -= 1
        }
        if probe >= 0, probe < amount.first - 2, tokens[probe + 1].kind == .number,
          lexicon.referenceWords.contains(tokens[probe])
            || Lexicon.english.referenceWords.contains(tokens[probe])
        {
          return true
        }
      }
    }
    // Streets: "12 rue de la Paix", "1600 Pennsylvania Avenue" (not an acronym in capitals:
    // "3 CT scanners", "3 Orbis CT scanners" are no court).
    func isStreetWord(_ token: Token) -> Bool {
      lexicon.streetWords.contains(token)
        && !(token.text.count > 1 && token.text == token.text.uppercased())
    }
    if let nextToken, isStreetWord(nextToken) { return true }
    if next + 1 < tokens.count, nextToken?.isCapitalised == true, isStreetWord(tokens[next + 1]) {
      return true
    }
    if let nextToken, nextToken.text == ",", next + 1 < tokens.count,
      lexicon.streetWords.contains(tokens[next + 1])
    {
      return true
    }
    // Postal codes: five digits before a capitalised place, or after a state code.
    if !numeral.grouped, numeral.fractionDigits == 0, tokens[amount.first].text.count == 5 {
      if let nextToken, nextToken.isCapitalised { return true }
      if let previous, previous.text.count == 2, previous.text == previous.text.uppercased(),
        previous.kind == .word
      {
        return true
      }
    }
    // Names with numbers: "Fortune 500", "Model 3", « CAC 40 », "S&P 500", "Claude 3.5". Not a
    // count of things after a name of two words, the receiver of a sale: « a commandé à
    // Sorvent Wind 24 éoliennes », "sold Harrowfield Co-op 25 tractors"; nor, where a name
    // that qualifies a noun follows it (French), after a party a frame's preposition brings in:
    // « a livré à Valcrête 20 lanternes » (but "moved to Windows 11 machines").
    let countsAfterName =
      amount.first >= 2
      && ((tokens[amount.first - 2].isCapitalised && tokens[amount.first - 2].kind == .word
        && !lexicon.capitalisedFunctionWords.contains(tokens[amount.first - 2]))
        || (lexicon.nounBeforeModel
          && FrameRules.forLanguage(language).partyPrepositions.contains(
            tokens[amount.first - 2].lower)))
      && nextToken.map { $0.kind == .word && $0.startsLowercase && $0.text.count > 2 } == true
    let afterParty =
      previous.map { partyEnds.contains($0) } == true
      && nextToken.map { $0.kind == .word || $0.kind == .mixed } == true
    if let previous, !numeral.grouped, !countsAfterName, !afterParty,
      previous.isCapitalised || previous.text == "&",
      !lexicon.capitalisedFunctionWords.contains(previous),
      !Lexicon.english.capitalisedFunctionWords.contains(previous),
      lexicon.months[previous] == nil,
      !isQualifierWord(previous.lower)
    {
      return true
    }
    return false
  }

  /// What follows an age given in apposition ("Helen Marks, 58, said", « 58 ans »).
  private static let ageAfter: WordSet = ["ans", "years", "year", ",", ")"]
  /// Words before an age: "aged 61", « âgé de 61 ans ».
  private static let agedWords: WordSet = ["aged", "âgé", "âgée", "âgés", "âgées"]
  /// Words between the numbers of a list after a reference word ("lines 11 and 14").
  private static let listJoiners: WordSet = ["and", "or", "et", "ou", ",", "&"]
  /// Signs that make a figure before them a temperature (`scan()`).
  private static let degreeSigns: WordSet = ["°", "º", "℃", "℉"]

  /// Words of time that are also qualifiers ("over", « depuis »): a year after one is a year.
  private static let timeQualifiers: WordSet = [
    "over", "after", "before", "since", "until", "through", "throughout", "après", "avant",
    "depuis", "jusqu",
  ]

  /// A quick answer for the commonest number in news text: a bare year ("in 2024"), with no
  /// currency, sign, scale, percent or qualifier around it.
  private func isPlainYear(at index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .number, token.text.utf8.count == 4, let year = Int(token.text),
      (1800...2199).contains(year)
    else { return false }
    if index > 0 {
      let previous = tokens[index - 1]
      // "deliveries spread over 2026.", « jusqu'après 2027, »: a year after a word of time that
      // is also a qualifier, with nothing counted after it, is still a year.
      if Self.timeQualifiers.contains(previous),
        index + 1 == tokens.count || tokens[index + 1].kind == .symbol
      {
        return true
      }
      if previous.isGlued && token.isGlued || Self.currencySymbols[previous.text] != nil
        || isQualifierWord(previous.lower)
      {
        return false
      }
    }
    guard index + 1 < tokens.count else { return true }
    let next = tokens[index + 1]
    if next.isGlued && next.kind == .symbol { return false }
    return next.text != "%" && lexicon.scales[next] == nil
      && lexicon.exactScales[next.text] == nil
      && lexicon.currencyWords[next] == nil && Self.currencyCodes[next.text] == nil
      && lexicon.percentWords.first(where: { $0.first == next.lower }) == nil
  }

  private func isYear(_ amount: Amount) -> Bool {
    guard let numeral = amount.numeral, amount.currency == nil, amount.scale == nil,
      !amount.percent,
      !numeral.grouped, numeral.fractionDigits == 0, numeral.suffix == nil
    else { return false }
    let text = tokens[numeral.first].text
    guard text.count == 4, let year = Int(text), (1800...2199).contains(year) else { return false }
    return qualifierBefore(amount.first) == nil
  }

  private func isQualifierWord(_ word: String) -> Bool {
    lexicon.qualifierLastWords.contains(word)
  }

  // MARK: - Qualifiers and phrases

  /// The qualifier of the words just before `index`, the longest phrase first.
  private func qualifierBefore(_ index: Int) -> Qualifier? {
    // Only phrases ending in the word just before can match: most words end none.
    guard index > 0, lexicon.qualifierLastWords.contains(tokens[index - 1]) else { return nil }
    let previous = tokens[index - 1]
    var best: (Qualifier, Int)?
    for (qualifier, phrases) in [
      (Qualifier.atLeast, atLeastBefore), (.atMost, atMostBefore),
      (.approximate, approximateBefore),
    ] {
      for phrase in phrases
      where phrase.count <= index && phrase.last.map(previous.lowerIs) == true {
        let start = index - phrase.count
        let matches = tokens.lowers(start..<index, spell: phrase)
        if matches, phrase.count > (best?.1 ?? 0) { best = (qualifier, phrase.count) }
      }
    }
    return best?.0
  }

  private func qualifierAfter(_ index: Int) -> (Qualifier, Int)? {
    for (qualifier, phrases) in [
      (Qualifier.atLeast, lexicon.atLeastAfter), (.atMost, lexicon.atMostAfter),
      (.approximate, lexicon.approximateAfter),
    ] {
      if let end = phrase(phrases, at: index) { return (qualifier, end) }
    }
    return nil
  }

  /// The index after the first of `phrases` that starts at `index`, if any.
  func phrase(_ phrases: [[String]], at index: Int) -> Int? {
    for words in phrases {
      if let end = phrase(words: words, at: index) { return end }
    }
    return nil
  }

  /// Where one phrase ends when it starts at `index`, as `phrase([words], at: index)`, without
  /// the array of one phrase.
  func phrase(words: [String], at index: Int) -> Int? {
    guard index + words.count <= tokens.count else { return nil }
    var position = index
    for (offset, word) in words.enumerated() {
      // "15-percentage-point": glued hyphens may join the words. (Most tokens are not glued:
      // that is told before their text is compared.)
      if position < tokens.count, tokens[position].isGlued, tokens[position].text == "-",
        word != "-",
        offset > 0 || position > index
      {
        position += 1
      }
      guard position < tokens.count, tokens[position].lowerIs(word) else { return nil }
      position += 1
    }
    return position
  }
}
