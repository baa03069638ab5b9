import Foundation

/// Proper names in a sentence: runs of capitalised tokens ("Giga Texas", "X Corp") and
/// camel-case names ("xAI"), without sentence-initial function words.
enum Names {
  /// Whether a token can be part of a name.
  static func isNameToken(_ token: Token, lexicon: Lexicon) -> Bool {
    guard token.kind == .word || token.kind == .mixed else { return false }
    if isCamelCase(token.text) { return true }
    guard token.isCapitalised else { return false }
    if lexicon.capitalisedFunctionWords.contains(token) { return false }
    if lexicon.months[token] != nil { return false }
    // "Three BT-70s built for …", « Huit rames … »: a number word opening a sentence.
    if lexicon.units[token] != nil { return false }
    if ItemFinder.isModel(token) { return false }
    if titles.contains(token.text) { return false }
    // "GPU", "CPU": a generic acronym is no name (only all-capital words are looked up).
    if token.text.utf8.count <= 5, token.text.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
      ItemFinder.genericAcronyms.contains(token.text) || QuantityScanner.isCurrencyCode(token.text)
    {
      return false
    }
    // "GPUs", "CPUs": an acronym in the plural is a common noun.
    if token.text.utf8.count >= 3, token.text.utf8.last == UInt8(ascii: "s"),
      token.text.utf8.dropLast().allSatisfy({ $0 >= 0x41 && $0 <= 0x5A })
    {
      return false
    }
    return true
  }

  /// Whether a word starts lower-case and has a capital after ("xAI", "iPhone").
  private static func isCamelCase(_ text: String) -> Bool {
    // Scalar by scalar, ASCII answered without Unicode case tables: this runs on every word.
    var scalars = text.unicodeScalars.makeIterator()
    guard let first = scalars.next(),
      first.isASCII ? first.value >= 0x61 && first.value <= 0x7A : first.properties.isLowercase
    else { return false }
    while let scalar = scalars.next() {
      if scalar.isASCII
        ? scalar.value >= 0x41 && scalar.value <= 0x5A : scalar.properties.isUppercase
      {
        // (Capitals to the end, or three letters from the capital on: "xAI", "iPhone", "eBay";
        // not units such as "kW", "kWh" or "mAh".)
        var letters = 1
        var allCapitals = true
        while let next = scalars.next(), next.properties.isAlphabetic {
          letters += 1
          allCapitals = allCapitals && next.properties.isUppercase
        }
        return letters >= 3 || (letters == 2 && allCapitals)
      }
    }
    return false
  }

  /// Job titles written in capitals: not names.
  static let titles: WordSet = [
    "PDG", "DG", "CEO", "CFO", "COO", "CTO", "DRH", "DAF", "VP", "SVP", "EVP", "CIO", "Chief",
    "Président", "Présidente", "Directeur", "Directrice",
  ]

  /// The name that ends at `index` (inclusive), reading backwards, if any.
  static func name(endingAt index: Int, in tokens: [Token], lexicon: Lexicon) -> (String, Int)? {
    // "Harrowfield Co-op": a lower-case part hyphenated to the last word of a name of two
    // words or more ("Nvidia-made" is one word, no name).
    if index >= 3, index < tokens.count, isLowerHyphenPart(at: index, in: tokens),
      let (_, start) = name(endingAt: index - 2, in: tokens, lexicon: lexicon), start < index - 2,
      !tokens[start..<(index - 2)].contains(where: { $0.text == "-" })
    {
      return (text(of: tokens[start...index]), start)
    }
    guard index >= 0, index < tokens.count, isNameToken(tokens[index], lexicon: lexicon),
      !isDemonym(at: index, in: tokens, lexicon: lexicon),
      !opensPeriod(at: index, in: tokens, lexicon: lexicon)
    else {
      return nil
    }
    var start = index
    var words = 1
    while start > 0 {
      if isHyphen(before: start, in: tokens, lexicon: lexicon) {
        start -= 2
      } else if let first = particleRun(before: start, in: tokens, lexicon: lexicon) {
        start = first
        words += 1
      } else if words < 3, isNameToken(tokens[start - 1], lexicon: lexicon),
        tokens[start].gap == " ", !opensPeriod(at: start - 1, in: tokens, lexicon: lexicon)
      {
        start -= 1
        words += 1
      } else {
        break
      }
    }
    return (text(of: tokens[start...index]), start)
  }

  /// The name part after a particle that joins it to the name ending at `end` (« de Valmont »,
  /// « de l'Estuaire »): its index, or nil.
  private static func particleRun(after end: Int, in tokens: [Token], lexicon: Lexicon) -> Int? {
    guard !lexicon.nameParticles.isEmpty, end + 2 < tokens.count,
      lexicon.nameParticles.contains(tokens[end + 1]), tokens[end + 1].startsLowercase,
      tokens[end + 1].gap == " "
    else { return nil }
    var probe = end + 2
    // « de l'Estuaire », « d'Armor »: the elided article and its apostrophe.
    if probe + 1 < tokens.count, ["'", "’"].contains(tokens[probe].text) { probe += 1 }
    if probe + 2 < tokens.count, ["l"].contains(tokens[probe].lower),
      ["'", "’"].contains(tokens[probe + 1].text)
    {
      probe += 2
    }
    guard probe < tokens.count, isNameToken(tokens[probe], lexicon: lexicon),
      tokens[probe].kind == .word
    else { return nil }
    return probe
  }

  /// The start of the name part a particle joins before `start` (« CHU de » before
  /// « Valmont », « Voies de l' » before « Estuaire »): its index, or nil.
  private static func particleRun(before start: Int, in tokens: [Token], lexicon: Lexicon) -> Int? {
    guard !lexicon.nameParticles.isEmpty, start >= 2 else { return nil }
    var probe = start - 1
    // « de l'Estuaire », « d'Armor »: the elided article and its apostrophe.
    if ["'", "’"].contains(tokens[probe].text), probe >= 2 {
      probe -= 1
      if tokens[probe].lower == "l", probe >= 2,
        lexicon.nameParticles.contains(tokens[probe - 1])
      {
        probe -= 1
      }
    }
    guard lexicon.nameParticles.contains(tokens[probe]), tokens[probe].startsLowercase,
      probe >= 1, isNameToken(tokens[probe - 1], lexicon: lexicon), tokens[probe - 1].kind == .word,
      tokens[probe].gap == " "
    else { return nil }
    var first = probe - 1
    while first > 0, isNameToken(tokens[first - 1], lexicon: lexicon), tokens[first].gap == " " {
      first -= 1
    }
    return first
  }

  /// Whether a glued hyphen and a name part stand before `index`: "Sainte-Aure",
  /// "Meuse-Sambre" are one name.
  private static func isHyphen(before index: Int, in tokens: [Token], lexicon: Lexicon) -> Bool {
    index >= 2 && tokens[index - 1].text == "-" && tokens[index - 1].isGlued
      && tokens[index].isGlued && isNameToken(tokens[index - 2], lexicon: lexicon)
  }

  /// Whether the token at `index` is a lower-case word hyphenated to the word before it
  /// ("op" in "Co-op").
  private static func isLowerHyphenPart(at index: Int, in tokens: [Token]) -> Bool {
    index >= 2 && tokens[index].kind == .word && tokens[index].startsLowercase
      && tokens[index].isGlued && tokens[index - 1].text == "-" && tokens[index - 1].isGlued
      && tokens[index - 2].isCapitalised
  }

  /// A name's tokens as written: words apart by one space, hyphenated parts joined.
  private static func text(of tokens: ArraySlice<Token>) -> String {
    var text = ""
    for (position, token) in zip(tokens.indices, tokens) {
      if position != tokens.startIndex { text += token.isGlued ? "" : " " }
      text += token.text
    }
    return text
  }

  /// Whether the token at `index` is an adjective of nationality before a common noun ("the
  /// Danish operator"), not a name.
  static func isDemonym(at index: Int, in tokens: [Token], lexicon: Lexicon) -> Bool {
    guard !lexicon.demonymEndings.isEmpty, index + 1 < tokens.count,
      tokens[index + 1].startsLowercase, tokens[index + 1].kind == .word,
      lexicon.demonyms.contains(tokens[index])
        || lexicon.demonymEndings.contains(where: { tokens[index].lower.hasSuffix($0) }),
      index == 0 || !isNameToken(tokens[index - 1], lexicon: lexicon)
    else { return false }
    // "the Danish operator", "its Swedish rival", "a French group", "for Irish patients", "a
    // storm-hit Welsh estate".
    return index > 0
      && ([
        "the", "a", "an", "its", "their", "his", "her", "our", "for", "to", "from", "with", "by",
      ]
      .contains(tokens[index - 1].lower)
        || (tokens[index - 1].kind == .word && tokens[index - 1].startsLowercase))
  }

  /// Whether a capitalised ordinal at `index` names a period with the word after it: "Bluefin
  /// Regional Fourth Quarter 2025 Results" is Bluefin Regional's call, « Premier Semestre ».
  private static func opensPeriod(at index: Int, in tokens: [Token], lexicon: Lexicon) -> Bool {
    index + 1 < tokens.count && lexicon.quarterWords[tokens[index]] != nil
      && lexicon.periodNouns.contains(tokens[index + 1])
  }

  /// Where the words after a possessive "'s" on the name ending at `end` start ("France's
  /// Maronnier", "Ligéria's Lumio sets"), when one follows and a word comes after it.
  static func afterPossessive(_ end: Int, in tokens: [Token]) -> Int? {
    guard end + 3 < tokens.count, ["'", "’"].contains(tokens[end + 1].text),
      tokens[end + 1].isGlued, tokens[end + 2].lower == "s"
    else { return nil }
    return end + 3
  }

  /// The name that starts at `index`, reading forwards, if any.
  static func name(startingAt index: Int, in tokens: [Token], lexicon: Lexicon) -> (String, Int)? {
    guard index >= 0, index < tokens.count, isNameToken(tokens[index], lexicon: lexicon),
      !isDemonym(at: index, in: tokens, lexicon: lexicon),
      !opensPeriod(at: index, in: tokens, lexicon: lexicon)
    else {
      return nil
    }
    // « S'il », « L'usine »: an elided word is not a name.
    if index + 1 < tokens.count, ["'", "’"].contains(tokens[index + 1].text),
      tokens[index + 1].isGlued,
      tokens[index].text.count <= 2
    {
      return nil
    }
    var end = index
    var words = 1
    // A name with a particle runs longer: « Agence Mosane de Santé Publique ».
    var longest = 3
    while end + 1 < tokens.count {
      if end + 2 < tokens.count, isHyphen(before: end + 2, in: tokens, lexicon: lexicon),
        isNameToken(tokens[end + 2], lexicon: lexicon)
      {
        end += 2
      } else if let last = particleRun(after: end, in: tokens, lexicon: lexicon) {
        // « CHU de Valmont », « Voies de l'Estuaire »: one name.
        end = last
        words += 1
        longest = 5
      } else if words < longest, isNameToken(tokens[end + 1], lexicon: lexicon),
        tokens[end + 1].gap == " ", !opensPeriod(at: end + 1, in: tokens, lexicon: lexicon),
        // ("paid Rivebois C$7.75 million": a dollar's prefix is no word of the name.)
        !(end + 2 < tokens.count && tokens[end + 2].isGlued
          && ["$", "€", "£", "¥"].contains(tokens[end + 2].text))
      {
        end += 1
        words += 1
      } else {
        break
      }
    }
    // "Harrowfield Co-op has ordered": see `name(endingAt:)`.
    if words >= 2, end + 2 < tokens.count, isLowerHyphenPart(at: end + 2, in: tokens) {
      end += 2
    }
    return (text(of: tokens[index...end]), end)
  }
}

/// Countries and regions by their names in English and French, from CLDR through Foundation's
/// `Locale` ("United Kingdom", « Royaume-Uni », « Belgique »): a place goods go to or come from,
/// not a party, unless the configuration names it as one.
enum Countries {
  private static let names: WordSet = {
    var names = WordSet()
    for language in ["en", "fr"] {
      let locale = Locale(identifier: language)
      for region in Locale.Region.isoRegions {
        guard let name = locale.localizedString(forRegionCode: region.identifier) else { continue }
        names.insert(FirstPerson.key(name))
      }
    }
    return names
  }()

  /// Whether `name` is a country's or region's name.
  static func isCountry(_ name: String) -> Bool { names.contains(FirstPerson.key(name)) }
}
