/// A token of a sentence: a word, a run of digits, a mixed run ("H100", "12k"), or one symbol.
struct Token: Sendable {
  enum Kind: Sendable, Equatable {
    /// Letters only.
    case word
    /// ASCII digits only.
    case number
    /// Letters and digits together (`H100`, `12k`, `FY2025`, `3e`).
    case mixed
    /// Any other single character: punctuation, a currency sign, `%`.
    case symbol
  }

  var kind: Kind
  /// The token's bytes in the document's text (UTF-8 offsets, half-open).
  var start: Int
  var end: Int
  /// The token as written.
  var text: String
  /// Lower-cased, with the typographic apostrophe made plain.
  var lower: String
  /// The whitespace before the token ("" when glued to the previous one).
  var gap: String

  /// Whether the token starts with a capital letter (ASCII answered without Unicode tables).
  var isCapitalised: Bool {
    guard let byte = text.utf8.first else { return false }
    if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
    return text.first?.isUppercase ?? false
  }

  /// Whether the token starts with a lower-case letter.
  var startsLowercase: Bool {
    guard let byte = text.utf8.first else { return false }
    if byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
    return text.first?.isLowercase ?? false
  }

  /// Whether nothing separates this token from the previous one.
  var isGlued: Bool { gap.isEmpty }

  /// For a mixed token starting with digits: the digits and what follows them.
  var leadingDigits: (digits: Substring, rest: Substring)? {
    guard kind == .mixed || kind == .number, let first = text.utf8.first, first >= 0x30 && first <= 0x39 else {
      return nil
    }
    let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
    return (digits, text[digits.endIndex...])
  }
}

/// Splits a sentence into tokens, recording the whitespace before each.
///
/// Works on Unicode scalars with ASCII fast paths: this runs over every sentence of a corpus.
enum Tokenizer {
  static let currencyCodes: Set<String> = ["USD", "EUR", "GBP", "JPY", "CHF", "CNY", "CAD", "AUD"]

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
    // Latin-1 and Latin Extended-A letters (é, à, œ…) without a property lookup.
    if value >= 0xC0 && value <= 0x17F { return value != 0xD7 && value != 0xF7 }
    return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    if value == 0xA0 || value == 0x202F || value == 0x2009 { return true }
    if value < 0x2000 { return false }
    return scalar.properties.isWhitespace
  }

  static func tokenize(_ text: Substring, baseOffset: Int) -> [Token] {
    var tokens: [Token] = []
    var gap = ""
    let scalars = text.unicodeScalars
    var currentFrom = scalars.startIndex
    var currentLength = 0
    var currentStart = 0
    var currentHasLetter = false
    var currentHasDigit = false
    var currentIsASCII = true
    var offset = baseOffset

    func flush(at position: String.UnicodeScalarView.Index) {
      guard currentLength > 0 else { return }
      var text = String(scalars[currentFrom..<position])
      var start = currentStart
      // "USD200m", "EUR5bn": a currency code glued to an amount is two tokens.
      if currentHasLetter, currentHasDigit, currentLength > 3,
        currencyCodes.contains(String(text.prefix(3))), text.dropFirst(3).first?.isNumber == true
      {
        let code = String(text.prefix(3))
        tokens.append(Token(kind: .word, start: start, end: start + 3, text: code, lower: code.lowercased(), gap: gap))
        gap = ""
        start += 3
        text.removeFirst(3)
        currentHasLetter = text.contains(where: \.isLetter)
      }
      let kind: Token.Kind =
        currentHasLetter && currentHasDigit ? .mixed : (currentHasDigit ? .number : .word)
      let lower = currentIsASCII && !currentHasLetter ? text : text.lowercased()
      tokens.append(Token(kind: kind, start: start, end: offset, text: text, lower: lower, gap: gap))
      gap = ""
      currentLength = 0
      currentHasLetter = false
      currentHasDigit = false
      currentIsASCII = true
    }

    var position = scalars.startIndex
    while position < scalars.endIndex {
      let scalar = scalars[position]
      let width = UTF8.width(scalar)
      let value = scalar.value
      if value >= 0x30 && value <= 0x39 {
        if currentLength == 0 {
          currentStart = offset
          currentFrom = position
        }
        currentLength += 1
        currentHasDigit = true
      } else if isLetter(scalar) {
        if currentLength == 0 {
          currentStart = offset
          currentFrom = position
        }
        currentLength += 1
        currentHasLetter = true
        if value >= 0x80 { currentIsASCII = false }
      } else if isSpace(scalar) {
        flush(at: position)
        gap.unicodeScalars.append(scalar)
      } else {
        flush(at: position)
        let symbol = String(scalar)
        let lower = value == 0x2019 ? "'" : symbol
        tokens.append(Token(kind: .symbol, start: offset, end: offset + width, text: symbol, lower: lower, gap: gap))
        gap = ""
      }
      offset += width
      position = scalars.index(after: position)
    }
    flush(at: scalars.endIndex)
    return tokens
  }
}
