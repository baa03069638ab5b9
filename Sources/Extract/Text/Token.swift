import Core

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
  var lower: String {
    didSet { lowerHash = FNV1a.hash(lower.utf8) }
  }
  /// The whitespace before the token ("" when glued to the previous one).
  var gap: String
  /// FNV-1a of `lower`'s UTF-8 bytes, for `WordFilter`.
  var lowerHash: UInt64

  init(
    kind: Kind, start: Int, end: Int, text: String, lower: String, gap: String,
    lowerHash: UInt64? = nil
  ) {
    self.kind = kind
    self.start = start
    self.end = end
    self.text = text
    self.lower = lower
    self.gap = gap
    self.lowerHash = lowerHash ?? FNV1a.hash(lower.utf8)
  }

  /// Whether the token starts with a capital letter (ASCII answered without Unicode tables).
  var isCapitalised: Bool {
    guard let byte = text.utf8.first else { return false }
    if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
    return text.unicodeScalars.first?.properties.isUppercase ?? false
  }

  /// Whether the token starts with a lower-case letter.
  var startsLowercase: Bool {
    guard let byte = text.utf8.first else { return false }
    if byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
    return text.unicodeScalars.first?.properties.isLowercase ?? false
  }

  /// Whether nothing separates this token from the previous one.
  var isGlued: Bool { gap.isEmpty }

  /// Whether the lower-case text is `word`, its UTF-8 length compared first: that tells most
  /// words apart without comparing the strings (the word lists are matched byte for byte, as
  /// `WordSet` matches them).
  func lowerIs(_ word: String) -> Bool {
    lower.utf8.count == word.utf8.count && lower == word
  }

  /// For a mixed token starting with digits: the digits and what follows them.
  var leadingDigits: (digits: Substring, rest: Substring)? {
    guard kind == .mixed || kind == .number, let first = text.utf8.first,
      first >= 0x30 && first <= 0x39
    else {
      return nil
    }
    // The digits' bytes, read in place; a character can only end there if no non-ASCII scalar
    // (a combining mark) follows, else the characters are read one by one.
    let utf8 = text.utf8
    var end = utf8.startIndex
    while end < utf8.endIndex, utf8[end] >= 0x30 && utf8[end] <= 0x39 {
      end = utf8.index(after: end)
    }
    if end < utf8.endIndex, utf8[end] >= 0x80 {
      let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
      return (digits, text[digits.endIndex...])
    }
    return (text[..<end], text[end...])
  }
}

/// Splits a sentence into tokens, recording the whitespace before each.
///
/// Works on Unicode scalars with ASCII fast paths: this runs over every sentence of a corpus.
enum Tokenizer {
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
    if let tokens = text.utf8.withContiguousStorageIfAvailable({
      tokenize(bytes: $0, baseOffset: baseOffset)
    }) {
      return tokens
    }
    var copy = String(text)
    return copy.withUTF8 { tokenize(bytes: $0, baseOffset: baseOffset) }
  }

  /// Reads UTF-8 bytes (valid, as they come from a `String`) and cuts token text straight from
  /// them: no per-scalar indexing, and ASCII words are lower-cased byte by byte.
  private static func tokenize(bytes: UnsafeBufferPointer<UInt8>, baseOffset: Int) -> [Token] {
    var tokens: [Token] = []
    // About one token per four bytes, so the array seldom grows; capped, so that a line of
    // megabytes does not reserve ahead of what it holds.
    tokens.reserveCapacity(min(bytes.count / 4 + 1, 256))
    // Where the current run of letters and digits started (-1: none), and where the gap before
    // the next token starts: the bytes between the two tokens are all spaces.
    var runStart = -1
    var gapStart = 0
    var currentHasLetter = false
    var currentHasDigit = false
    var currentIsASCII = true
    var currentHasCapital = false

    func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    func gap(before position: Int) -> String {
      if position == gapStart { return "" }
      if position == gapStart + 1 && bytes[gapStart] == 0x20 { return " " }
      return string(gapStart..<position)
    }

    func flush(at position: Int) {
      guard runStart >= 0 else { return }
      let from = runStart
      runStart = -1
      defer {
        gapStart = position
        currentHasLetter = false
        currentHasDigit = false
        currentIsASCII = true
        currentHasCapital = false
      }
      let kind: Token.Kind =
        currentHasLetter && currentHasDigit ? .mixed : (currentHasDigit ? .number : .word)
      // "USD200m", "EUR5bn", "Rmb5bn": a currency code glued to an amount (mixed runs of 4+
      // starting A–Z; any code `QuantityScanner` reads, and the renminbi's "RMB").
      if kind == .mixed, position - from > 3, bytes[from] >= 0x41, bytes[from] <= 0x5A {
        flushCurrencySplit(from: from, to: position)
        return
      }
      let text = string(from..<position)
      let lower: String
      var lowerHash: UInt64?
      if !currentIsASCII {
        lower = text.lowercasedByScalar()
      } else if !currentHasLetter || !currentHasCapital {
        // An ASCII run without capitals is its own lower case; its hash is read from its bytes.
        lower = text
        var hash = FNV1a()
        for byte in bytes[from..<position] { hash.add(byte) }
        lowerHash = hash.value
      } else {
        // ASCII letters lower-case byte by byte, as `lowercased()` would, without its overhead.
        var hash = FNV1a()
        lower = String(unsafeUninitializedCapacity: position - from) { buffer in
          for (offset, byte) in bytes[from..<position].enumerated() {
            let lowerByte = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            buffer[offset] = lowerByte
            hash.add(lowerByte)
          }
          return position - from
        }
        lowerHash = hash.value
      }
      tokens.append(
        Token(
          kind: kind, start: baseOffset + from, end: baseOffset + position, text: text,
          lower: lower,
          gap: gap(before: from), lowerHash: lowerHash))
    }

    /// The original reading of a mixed run, which may split off a leading currency code.
    func flushCurrencySplit(from: Int, to position: Int) {
      var text = string(from..<position)
      var start = baseOffset + from
      var gap = gap(before: from)
      var hasLetter = true
      if text.unicodeScalars.count > 3, QuantityScanner.isCurrencyCode(String(text.prefix(3))),
        text.dropFirst(3).first?.isNumber == true
      {
        let code = String(text.prefix(3))
        tokens.append(
          Token(
            kind: .word, start: start, end: start + 3, text: code, lower: code.lowercased(),
            gap: gap))
        gap = ""
        start += 3
        text.removeFirst(3)
        hasLetter = text.contains(where: \.isLetter)
      }
      let kind: Token.Kind = hasLetter ? .mixed : .number
      let lower = currentIsASCII && !hasLetter ? text : text.lowercased()
      tokens.append(
        Token(
          kind: kind, start: start, end: baseOffset + position, text: text, lower: lower, gap: gap))
    }

    var position = 0
    while position < bytes.count {
      let (scalar, width) = decode(bytes, at: position)
      let value = scalar.value
      if value >= 0x30 && value <= 0x39 {
        if runStart < 0 { runStart = position }
        currentHasDigit = true
      } else if isLetter(scalar) {
        if runStart < 0 { runStart = position }
        currentHasLetter = true
        if value >= 0x80 { currentIsASCII = false }
        if value >= 0x41 && value <= 0x5A { currentHasCapital = true }
      } else if isSpace(scalar) {
        flush(at: position)
      } else {
        flush(at: position)
        let symbol = string(position..<(position + width))
        let lower = value == 0x2019 ? "'" : symbol
        tokens.append(
          Token(
            kind: .symbol, start: baseOffset + position, end: baseOffset + position + width,
            text: symbol,
            lower: lower, gap: gap(before: position)))
        gapStart = position + width
      }
      position += width
    }
    flush(at: bytes.count)
    return joiningHyphenatedModels(tokens)
  }

  /// A model name written with a hyphen is one token: "NX-7", "BT-70", "F-35", « AW-9 ».
  ///
  /// A capitalised run of at most five letters, a glued hyphen and a glued run that starts with
  /// a digit become one mixed token, so the model is an item and its digits are not a figure.
  /// Digits on both sides ("2024-2025", a range) stay apart.
  private static func joiningHyphenatedModels(_ tokens: [Token]) -> [Token] {
    // Most sentences have no hyphen: nothing to copy.
    guard tokens.contains(where: { $0.kind == .symbol && $0.text == "-" }) else { return tokens }
    var joined: [Token] = []
    joined.reserveCapacity(tokens.count)
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      // Not a period: "FY-25", "Q-3", "H-1" are read by the period resolver.
      if token.kind == .word, token.isCapitalised, token.text.utf8.count <= 5,
        !["fy", "q", "h", "t", "s"].contains(token.lower),
        index + 2 < tokens.count, tokens[index + 1].text == "-", tokens[index + 1].isGlued,
        tokens[index + 2].isGlued,
        tokens[index + 2].kind == .number
          || (tokens[index + 2].kind == .mixed && tokens[index + 2].text.first?.isNumber == true)
      {
        let digits = tokens[index + 2]
        let text = token.text + "-" + digits.text
        joined.append(
          Token(
            kind: .mixed, start: token.start, end: digits.end, text: text,
            lower: token.lower + "-" + digits.lower, gap: token.gap))
        index += 3
        continue
      }
      joined.append(token)
      index += 1
    }
    return joined
  }

  /// The scalar starting at `position` of valid UTF-8, and its width in bytes.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (
    Unicode.Scalar, Int
  ) {
    let lead = UInt32(bytes[position])
    if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
    func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[position + offset] & 0x3F) }
    let value: UInt32
    let width: Int
    if lead < 0xE0 {
      value = (lead & 0x1F) << 6 | continuation(1)
      width = 2
    } else if lead < 0xF0 {
      value = (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
      width = 3
    } else {
      value = (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
      width = 4
    }
    // A `String`'s bytes always decode; U+FFFD only keeps the compiler content.
    return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
  }
}

extension [Token] {
  /// Whether the tokens of `range` spell `words` in lower case, as
  /// `zip(words, self[range]).allSatisfy { $0 == $1.lower }` says (so only as far as both
  /// reach), but without copying each token into a pair: phrases are matched everywhere.
  func lowers<Words: Sequence<String>>(_ range: Range<Int>, spell words: Words) -> Bool {
    var position = range.lowerBound
    for word in words {
      guard position < range.upperBound else { return true }
      if !self[position].lowerIs(word) { return false }
      position += 1
    }
    return true
  }
}
