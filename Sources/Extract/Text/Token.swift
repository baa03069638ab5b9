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

  /// Whether the token starts with a capital letter.
  var isCapitalised: Bool { text.first?.isUppercase ?? false }

  /// Whether nothing separates this token from the previous one.
  var isGlued: Bool { gap.isEmpty }

  /// For a mixed token starting with digits: the digits and what follows them.
  var leadingDigits: (digits: Substring, rest: Substring)? {
    guard kind == .mixed || kind == .number, let first = text.first, first.isASCII, first.isNumber else {
      return nil
    }
    let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
    return (digits, text[digits.endIndex...])
  }
}

/// Splits a sentence into tokens, recording the whitespace before each.
enum Tokenizer {
  static let currencyCodes: Set<String> = ["USD", "EUR", "GBP", "JPY", "CHF", "CNY", "CAD", "AUD"]

  static func tokenize(_ text: Substring, baseOffset: Int) -> [Token] {
    var tokens: [Token] = []
    var gap = ""
    var current = ""
    var currentStart = 0
    var currentHasLetter = false
    var currentHasDigit = false
    var offset = baseOffset

    func flush() {
      guard !current.isEmpty else { return }
      // "USD200m", "EUR5bn": a currency code glued to an amount is two tokens.
      if currentHasLetter, currentHasDigit, current.count > 3,
        Self.currencyCodes.contains(String(current.prefix(3))),
        current.dropFirst(3).first?.isNumber == true
      {
        let code = String(current.prefix(3))
        tokens.append(Token(kind: .word, start: currentStart, end: currentStart + 3, text: code, lower: code.lowercased(), gap: gap))
        gap = ""
        currentStart += 3
        current.removeFirst(3)
        currentHasLetter = current.contains(where: \.isLetter)
      }
      let kind: Token.Kind =
        currentHasLetter && currentHasDigit ? .mixed : (currentHasDigit ? .number : .word)
      tokens.append(
        Token(
          kind: kind, start: currentStart, end: offset, text: current,
          lower: current.lowercased(), gap: gap))
      gap = ""
      current = ""
      currentHasLetter = false
      currentHasDigit = false
    }

    for character in text {
      let width = character.utf8.count
      if character.isWhitespace {
        flush()
        gap.append(character)
      } else if character.isLetter || (character.isNumber && character.isASCII) {
        if current.isEmpty { currentStart = offset }
        current.append(character)
        if character.isLetter { currentHasLetter = true } else { currentHasDigit = true }
      } else {
        flush()
        let text = String(character)
        let lower = character == "’" ? "'" : text
        tokens.append(Token(kind: .symbol, start: offset, end: offset + width, text: text, lower: lower, gap: gap))
        gap = ""
      }
      offset += width
    }
    flush()
    return tokens
  }
}
