/// Finds the counted item after a count: "12,000 H100 GPUs" → `H100 GPU`; « 12 000 GPU H100 »
/// → `H100 GPU`; « 100 000 puces » → `puce`.
enum ItemFinder {
  /// The item as written and in canonical form (singular, model names first).
  ///
  /// `known` holds the configured items and aliases (as `FirstPerson.key`s): in French an
  /// adjective after the noun belongs to the item when they name one together (« autobus
  /// électriques » for the alias « autobus électrique »).
  static func item(
    after index: Int, in tokens: [Token], lexicon: Lexicon, known: WordSet = []
  ) -> (
    surface: String, canonical: String
  )? {
    var position = index
    // "of" / « de » between a vague count and its noun: "tens of thousands of GPUs"; and a part
    // of goods named after it: "three of the Kerlys stations", « trois des bornes Kerlys ».
    if position < tokens.count, ["of", "de", "d", "des"].contains(tokens[position].lower),
      position + 1 < tokens.count
    {
      position += tokens[position + 1].text == "'" || tokens[position + 1].text == "’" ? 2 : 1
      if position + 1 < tokens.count, partDeterminers.contains(tokens[position]) {
        position += 1
      }
    }
    while position < tokens.count {
      if lexicon.itemAdjectives.contains(tokens[position]) {
        position += 1
        continue
      }
      // "12,000 reserved H100 GPUs", "40 refurbished scanners": in English a participle before
      // the noun qualifies it and is not part of the item's name.
      let word = tokens[position].lower
      if !lexicon.nounBeforeModel, tokens[position].kind == .word,
        tokens[position].startsLowercase, word.count >= 5, word.hasSuffix("ed"),
        !word.hasSuffix("eed"), position + 1 < tokens.count,
        isModel(tokens[position + 1]) || isNoun(tokens[position + 1], lexicon: lexicon)
          || (tokens[position + 1].kind == .word && tokens[position + 1].isCapitalised)
      {
        position += 1
        continue
      }
      // "Two brand-new Héron cranes", "second-hand": a compound adjective, whole or by its
      // last word.
      guard position + 2 < tokens.count, tokens[position].kind == .word,
        tokens[position].startsLowercase, tokens[position + 1].text == "-",
        tokens[position + 1].isGlued, tokens[position + 2].isGlued,
        tokens[position + 2].kind == .word,
        lexicon.itemAdjectives.contains(tokens[position].lower + "-" + tokens[position + 2].lower)
          || lexicon.itemAdjectives.contains(tokens[position + 2])
      else { break }
      position += 3
    }
    // "6 of Ligéria's Lumio sets": the owner named before the goods.
    if position > index,
      let (_, end) = Names.name(startingAt: position, in: tokens, lexicon: lexicon),
      let next = Names.afterPossessive(end, in: tokens)
    {
      position = next
    }
    var models: [String] = []
    var nouns: [String] = []
    var complement = ""
    var first: Int?
    var last = position - 1
    var probe = position
    while probe < tokens.count, models.count + nouns.count < 4 {
      let token = tokens[probe]
      if probe > position, !["", " ", "\u{00A0}"].contains(token.gap) { break }
      if isModel(token) {
        let singular = modelSingular(token.text)
        models.append(singular)
        // « nœuds HX8 réservés »: in French a model after its noun ends the item.
        if lexicon.nounBeforeModel, !nouns.isEmpty {
          last = probe
          break
        }
        // A model in the plural ends the item: "35,000 H100s active for training".
        if singular != token.text {
          if first == nil { first = probe }
          last = probe
          break
        }
      } else if token.kind == .word, token.isCapitalised, nouns.isEmpty, probe + 1 < tokens.count,
        isModel(tokens[probe + 1]), !genericAcronyms.contains(token.text.uppercased())
      {
        // A brand before a model ("Nvidia H100"): not part of the item.
        probe += 1
        continue
      } else if token.kind == .word, token.isCapitalised, nouns.isEmpty, models.isEmpty,
        probe + 1 < tokens.count,
        isNoun(tokens[probe + 1], lexicon: lexicon),
        !lexicon.capitalisedFunctionWords.contains(token),
        !genericAcronyms.contains(token.text.uppercased()), token.text != token.text.uppercased()
      {
        // A product family before a noun ("Blackwell GPUs").
        models.append(token.text)
      } else if token.kind == .word, token.isCapitalised, nouns.isEmpty, models.isEmpty,
        probe == position, known.contains(FirstPerson.key(token.text)),
        !known.contains(FirstPerson.key(String(token.text.dropLast()))),
        probe + 1 < tokens.count, tokens[probe + 1].kind == .word,
        tokens[probe + 1].startsLowercase
      {
        // A configured product that ends in "s" before its noun: "300 Relais charging carts"
        // (not the plural of one: "two Vigies built for Oosterdam").
        models.append(token.text)
      } else if token.kind == .word, token.isCapitalised, nouns.isEmpty, models.isEmpty,
        probe == position,
        token.text.hasSuffix("s"), !lexicon.capitalisedFunctionWords.contains(token)
      {
        // A product in the plural ("20,000 Cybertrucks"); a name in "-us" or "-ss" is one as
        // written ("two Airbus", "three Prius").
        let singular = token.text.hasSuffix("us") || token.text.hasSuffix("ss")
        models.append(singular ? token.text : String(token.text.dropLast()))
        first = probe
        last = probe
        break
      } else if let (word, end) = noun(at: probe, in: tokens, lexicon: lexicon) {
        nouns.append(word)
        if first == nil { first = probe }
        last = end
        probe = end + 1
        // A French noun takes its complement after it: « pompes à chaleur », « centres de
        // données » (the head is counted, the complement stays as written).
        if lexicon.nounBeforeModel, complement.isEmpty,
          let (text, end) = frenchComplement(at: probe, in: tokens, lexicon: lexicon)
        {
          complement = " " + text
          last = end
          probe = end + 1
        }
        // Nouns continue a compound ("graphics cards", "data centres"), or a model follows (« GPU H100 »).
        if probe < tokens.count, probe - position < 4, tokens[probe].gap == " ", !isPlural(word),
          noun(at: probe, in: tokens, lexicon: lexicon) != nil, nouns.count < 2,
          !lexicon.nounBeforeModel
        {
          continue
        }
        if probe < tokens.count, isModel(tokens[probe]) { continue }
        // In French a model or a product name may follow its noun, after one complement:
        // « pompes à chaleur AW-9 », « navires Helix », « rames Lumio ».
        if lexicon.nounBeforeModel, models.isEmpty,
          let (name, end) = productName(after: probe, in: tokens, lexicon: lexicon)
        {
          models.append(name)
          last = end
        }
        break
      } else {
        break
      }
      if first == nil { first = probe }
      last = probe
      probe += 1
    }
    guard let first, last >= first, !(models.isEmpty && nouns.isEmpty) else { return nil }
    var canonicalNouns = nouns
    if let lastNoun = canonicalNouns.popLast() {
      canonicalNouns =
        canonicalNouns.map { $0.lowercased() == $0 ? $0 : $0 } + [
          singular(lastNoun, lexicon: lexicon)
        ]
    }
    var canonical = (models + canonicalNouns).joined(separator: " ") + complement
    // « lanternes Orbis » for the alias « lanterne Orbis »: a configured name in the order it
    // is written is the item's name.
    if lexicon.nounBeforeModel, !models.isEmpty, !canonicalNouns.isEmpty,
      !known.contains(FirstPerson.key(canonical)),
      case let written =
        (canonicalNouns.joined(separator: " ") + complement + " "
        + models.joined(separator: " ")),
      known.contains(FirstPerson.key(written))
    {
      canonical = written
    }
    var surfaceEnd = last
    if lexicon.nounBeforeModel, !known.isEmpty, !known.contains(FirstPerson.key(canonical)) {
      // « lits électriques Astrée » for the alias « lit électrique Astrée », « fourgons
      // pompe-tonne Hohneck », « camions-citernes feux de forêts Sylva »: adjectives and
      // complements, then the product's name, each word singular or as written.
      var extended = canonical
      var written = canonical
      var probe = last + 1
      var words = 0
      while probe < tokens.count, words < 5, tokens[probe].kind == .word,
        tokens[probe].startsLowercase || words > 0, tokens[probe].gap == " "
      {
        let (word, end) =
          noun(at: probe, in: tokens, lexicon: lexicon) ?? (tokens[probe].text, probe)
        extended += " " + (tokens[probe].startsLowercase ? singular(word, lexicon: lexicon) : word)
        written += " " + word
        if known.contains(FirstPerson.key(extended)) || known.contains(FirstPerson.key(written)) {
          canonical = known.contains(FirstPerson.key(extended)) ? extended : written
          surfaceEnd = end
        }
        probe = end + 1
        words += 1
      }
    }
    let surface = tokens[first...surfaceEnd].map(\.text).joined(separator: " ")
    return (surface, canonical)
  }

  /// A French noun's complement at `index`: « à chaleur », « de recharge », « d'œuvre »: a
  /// preposition and one lower-case noun without a determiner, not a verb (« à livrer »).
  private static func frenchComplement(at index: Int, in tokens: [Token], lexicon: Lexicon) -> (
    String, Int
  )? {
    guard index + 1 < tokens.count, ["à", "de", "d"].contains(tokens[index].lower),
      tokens[index].gap == " "
    else { return nil }
    var word = index + 1
    if tokens[index].lower == "d" {
      guard ["'", "’"].contains(tokens[word].text), word + 1 < tokens.count else { return nil }
      word += 1
    } else if tokens[word].gap != " " {
      return nil
    }
    let token = tokens[word]
    // A verb of a frame is a noun after « de » unless it is an infinitive: « armoires de
    // commande », not « capables de livrer ».
    let verbal = FrameRules.french.framesByVerb[token.lower] != nil
    guard token.text == token.lower,
      verbal
        ? tokens[index].lower != "à"
          && !["er", "ir", "re"].contains(where: { token.lower.hasSuffix($0) })
        : isNoun(token, lexicon: lexicon)
    else { return nil }
    let text = tokens[index...word].enumerated().map { offset, token in
      (offset == 0 || token.isGlued ? "" : " ") + token.text
    }.joined()
    return (text, word)
  }

  /// A noun at `index`, hyphenated words joined ("sign-ups"); its text and last token.
  static func noun(at index: Int, in tokens: [Token], lexicon: Lexicon) -> (String, Int)? {
    var end = index
    var text = tokens[index].text
    while end + 2 < tokens.count, tokens[end + 1].text == "-", tokens[end + 1].isGlued,
      tokens[end + 2].isGlued,
      tokens[end + 2].kind == .word
    {
      text += "-" + tokens[end + 2].text
      end += 2
    }
    var joined = tokens[index]
    joined.text = text
    joined.lower = text.lowercased()
    // "-ing" words name things only before another noun ("charging stations").
    if !lexicon.nounBeforeModel, end == index, joined.lower.hasSuffix("ing"),
      joined.startsLowercase,
      end + 1 < tokens.count, tokens[end + 1].gap == " ", isNoun(tokens[end + 1], lexicon: lexicon)
    {
      return (text, end)
    }
    if end == index {
      guard isNoun(joined, lexicon: lexicon) else { return nil }
    } else if !joined.startsLowercase {
      return nil
    }
    return (text, end)
  }

  /// A model ("AW-9") or a one-word product name ("Helix") at `index`, or after a complement
  /// of the noun before it (« à chaleur », « de rechange »); its text and last token.
  ///
  /// A name of two capitalised words ("Kessler Yards") is a company, not a product.
  private static func productName(after index: Int, in tokens: [Token], lexicon: Lexicon) -> (
    String, Int
  )? {
    var probe = index
    if probe + 2 < tokens.count, ["à", "de", "d"].contains(tokens[probe].lower),
      tokens[probe + 1].startsLowercase, isNoun(tokens[probe + 1], lexicon: lexicon),
      isModel(tokens[probe + 2])
        || (tokens[probe + 2].isCapitalised && tokens[probe + 2].kind == .word)
    {
      probe += 2
    }
    guard probe < tokens.count, tokens[probe].gap == " " || tokens[probe].gap == "\u{00A0}" else {
      return nil
    }
    // « pinces débrayables TX-9 », « pompes électriques AW-9 »: an adjective between the noun
    // and its model.
    if probe + 1 < tokens.count, tokens[probe].kind == .word, tokens[probe].startsLowercase,
      tokens[probe].text.count > 3, !lexicon.itemStopWords.contains(tokens[probe]),
      tokens[probe + 1].gap == " " || tokens[probe + 1].gap == "\u{00A0}",
      isModel(tokens[probe + 1])
    {
      probe += 1
    }
    let token = tokens[probe]
    if isModel(token) { return (modelSingular(token.text), probe) }
    let nextIsName =
      probe + 1 < tokens.count && tokens[probe + 1].gap == " " && tokens[probe + 1].isCapitalised
    guard token.kind == .word, token.isCapitalised, !nextIsName,
      token.text != token.text.uppercased(),
      !lexicon.capitalisedFunctionWords.contains(token), lexicon.months[token] == nil
    else { return nil }
    return (token.text, probe)
  }

  /// "holds 20.5% of Tesla's shares": the item (`Tesla share`) and the holder (the clause's subject).
  static func ownedShare(
    after index: Int, in tokens: [Token], lexicon: Lexicon, fields: ClauseFields, before first: Int
  ) -> ((surface: String, canonical: String), String?)? {
    guard index + 2 < tokens.count, ["of", "de", "du", "des"].contains(tokens[index].lower) else {
      return nil
    }
    var probe = index + 1
    if ["the", "le", "la", "les", "l"].contains(tokens[probe].lower) { probe += 1 }
    guard probe < tokens.count,
      let (owner, ownerEnd) = Names.name(startingAt: probe, in: tokens, lexicon: lexicon)
    else { return nil }
    var nounIndex = ownerEnd + 1
    if nounIndex + 1 < tokens.count, ["'", "’"].contains(tokens[nounIndex].text),
      tokens[nounIndex + 1].lower == "s"
    {
      nounIndex += 2
    }
    guard nounIndex < tokens.count,
      ["shares", "share", "stock", "capital", "actions", "titres"].contains(tokens[nounIndex].lower)
    else { return nil }
    let noun = singular(tokens[nounIndex].text, lexicon: lexicon)
    let holder = fields.clauseSubject(before: first)
    return (
      (tokens[probe...nounIndex].map(\.text).joined(separator: " "), "\(owner) \(noun)"), holder
    )
  }

  /// What money pays for, when it is a named thing: "€12 million on AW-9 pumps", "$40 million
  /// worth of Helix vessels", « 12 millions d'euros en pompes AW-9 ».
  ///
  /// Only an item with a model or product name counts: "$500 million of GPUs" names no thing a
  /// ledger books by name, "of free cash flow" none at all.
  static func purchasedItem(
    after index: Int, in tokens: [Token], lexicon: Lexicon, rules: FrameRules
  )
    -> (surface: String, canonical: String)?
  {
    var probe = index
    var steps = 0
    // (A count may come before the goods: "a €52 million contract for eight Estran units",
    // « 78 millions d'euros pour huit électrolyseurs Estran ».)
    while probe < tokens.count, steps < 3,
      rules.purposePrepositions.contains(tokens[probe])
        || rules.determiners.contains(tokens[probe])
        || ["'", "’"].contains(tokens[probe].text)
        || (probe > index
          && (tokens[probe].kind == .number || lexicon.units[tokens[probe]] != nil))
    {
      probe += 1
      steps += 1
    }
    guard probe > index, let found = item(after: probe, in: tokens, lexicon: lexicon) else {
      return nil
    }
    // A model ("AW-9") or a product name ("Helix"); not a period ("FY2025", "Q3") nor an
    // acronym of a field ("AI").
    let named = found.canonical.split(separator: " ").contains { word in
      let lower = word.lowercased()
      let period =
        lower.hasPrefix("fy")
        || (word.count == 2 && "qhst".contains(lower.first ?? " ") && word.last?.isNumber == true)
      if period { return false }
      if word.contains(where: \.isNumber) && word.contains(where: \.isLetter) { return true }
      return word.first?.isUppercase == true && word != word.uppercased()
    }
    // A capitalised word alone is a party ("€4.2 million to Thermalys"), not goods.
    let words = found.canonical.split(separator: " ")
    let goods =
      words.contains { $0.first?.isLowercase == true }
      || words.contains { $0.contains(where: \.isNumber) }
    return named && goods ? found : nil
  }

  /// "$30,000 per H100", "£46,000 a charger", « 25 000 dollars par GPU », « 380 euros la
  /// tablette »: the thing priced (not a time: "$18 million a year" is a rate).
  static func pricedItem(after index: Int, in tokens: [Token], lexicon: Lexicon) -> (
    surface: String, canonical: String
  )? {
    guard index + 1 < tokens.count,
      lexicon.unitPriceWords.contains(tokens[index])
        || Lexicon.english.unitPriceWords.contains(tokens[index])
    else {
      return nil
    }
    var start = index + 1
    // « l'unité », « la tablette »: the elided article's apostrophe.
    if ["'", "’"].contains(tokens[start].text), start + 1 < tokens.count { start += 1 }
    if tokens[index].lower == "l", start == index + 1 { return nil }
    guard let found = item(after: start, in: tokens, lexicon: lexicon),
      !lexicon.rateNouns.contains(found.canonical.lowercased()),
      !Lexicon.english.rateNouns.contains(found.canonical.lowercased())
    else { return nil }
    return found
  }

  /// "Each Strato jet lists at $62 million", « chaque scanner coûte 1,4 million d'euros »: the
  /// thing a distributive word opens the clause with, before money.
  static func eachItem(before first: Int, in tokens: [Token], lexicon: Lexicon) -> (
    surface: String, canonical: String
  )? {
    var index = first - 1
    while index >= 0, first - index <= 10,
      ![",", ";", ":", "."].contains(tokens[index].text)
    {
      if lexicon.distributives.contains(tokens[index]) {
        return item(after: index + 1, in: tokens, lexicon: lexicon)
      }
      index -= 1
    }
    return nil
  }

  /// Acronyms that name kinds of things, not brands: "12,000 GPUs", « 12 000 GPU H100 ».
  static let genericAcronyms: WordSet = [
    "GPU", "GPUS", "CPU", "CPUS", "TPU", "TPUS", "NPU", "NPUS", "ASIC", "ASICS", "FPGA", "FPGAS",
    "SSD", "SSDS", "DPU", "DPUS", "PC", "PCS", "EV", "EVS", "LLM", "LLMS", "SOC", "SOCS",
  ]

  /// A model name: letters and digits together (H100, GB200, MI300X), not an ordinal or unit.
  static func isModel(_ token: Token) -> Bool {
    token.kind == .mixed && token.text.first?.isLetter == true
      && token.text.contains(where: \.isNumber)
  }

  /// A common noun: lower-case, or an acronym such as GPU or GPUs; not a name, verb or function word.
  static func isNoun(_ token: Token, lexicon: Lexicon) -> Bool {
    guard token.kind == .word, token.text.count > 1, !lexicon.itemStopWords.contains(token),
      !isVerbLike(token.lower, lexicon: lexicon), lexicon.months[token] == nil,
      lexicon.currencyWords[token] == nil, lexicon.scales[token] == nil
    else { return false }
    let text = token.text
    let isAcronym =
      text == text.uppercased()
      || (text.hasSuffix("s") && text.dropLast() == text.dropLast().uppercased())
    return text.first?.isLowercase == true || isAcronym
  }

  /// Whether a noun is already plural (so a following word is not part of a compound).
  private static func isPlural(_ word: String) -> Bool {
    let lower = word.lowercased()
    if ["people", "staff", "personnel", "data"].contains(lower) { return lower != "data" }
    return lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("ics")
      && !lower.hasSuffix("us")
  }

  /// "H100s" → "H100".
  private static func modelSingular(_ text: String) -> String {
    if text.hasSuffix("s"), text.dropLast().last?.isNumber == true {
      return String(text.dropLast())
    }
    return text
  }

  private static func isVerbLike(_ word: String, lexicon: Lexicon) -> Bool {
    if lexicon.nounBeforeModel {
      // French: conjugated verbs seldom follow a count directly; « salariés », « abonnés » are
      // nouns, « les 96 prêtés en septembre » a participle.
      return ["ont", "sont", "étaient", "seront", "vont", "iront", "restent", "sera", "serait"]
        .contains(word) || FrameRules.french.framesByVerb[word] != nil
        || lexicon.reservationWords.contains(word) || lexicon.sendingVerbs.contains(word)
        || lexicon.transferVerbs.contains(word)
    }
    // ("Two Vigies built for Oosterdam", "the 96 lent in September": an irregular participle
    // of making, sending or moving too.)
    return (word.hasSuffix("ed") && word.count > 4) || (word.hasSuffix("ing") && word.count > 5)
      || ["went", "were", "was", "are", "is", "came", "left", "sat", "stayed"].contains(word)
      || lexicon.makingWords.contains(word) || lexicon.sendingVerbs.contains(word)
      || (lexicon.transferVerbs.contains(word) && !word.hasSuffix("s"))
  }

  /// Determiners between "of" and the goods a part is taken from: "three of the stations",
  /// "two of their buses", « trois de nos bornes ».
  private static let partDeterminers: WordSet = [
    "the", "its", "their", "our", "his", "her", "these", "those", "ses", "leurs", "nos", "vos",
    "ces",
  ]

  private static let invariantFrench: WordSet = [
    "pays", "prix", "fois", "mois", "cours", "temps", "corps", "bras", "repas", "succès", "procès",
    "accès", "discours", "concours", "virus", "campus", "bus", "tapis", "taux", "choix", "voix",
  ]

  /// The singular of a plural noun: GPUs → GPU, chips → chip, puces → puce, travaux stays.
  static func singular(_ word: String, lexicon: Lexicon) -> String {
    let lower = word.lowercased()
    if word == word.uppercased(), word.count <= 6 {
      return word.hasSuffix("S") && word.count > 2 ? String(word.dropLast()) : word
    }
    if word.hasSuffix("s"), word.count > 3, word.dropLast().last?.isUppercase == true {
      return String(word.dropLast())  // "GPUs", "H100s"
    }
    if lexicon.nounBeforeModel {
      // « vélos-cargos », « wagons-citernes »: both nouns of a hyphenated compound agree.
      if lower.contains("-"), !lower.hasPrefix("-"), !lower.hasSuffix("-") {
        return lower.split(separator: "-", omittingEmptySubsequences: false)
          .map { singular(String($0), lexicon: lexicon) }.joined(separator: "-")
      }
      // A compound keeps its head's plural: « autobus », « minibus », « trolleybus ».
      if invariantFrench.contains(lower) || lower.hasSuffix("bus") { return lower }
      if lower.hasSuffix("aux"), lower.count > 4 { return String(lower.dropLast(3)) + "al" }
      if lower.hasSuffix("s") || lower.hasSuffix("x"), lower.count > 3 {
        return String(lower.dropLast())
      }
      return lower
    }
    if lower.hasSuffix("ies"), lower.count > 4 { return String(lower.dropLast(3)) + "y" }
    if lower.hasSuffix("sses") || lower.hasSuffix("ches") || lower.hasSuffix("shes")
      || lower.hasSuffix("xes")
    {
      return String(lower.dropLast(2))
    }
    // "-es" after a stem in "-us": "buses", "bonuses", "campuses", "viruses" (but "houses",
    // "causes", "excuses" add an "s" to "-use").
    if lower.hasSuffix("uses"), lower.count > 4 {
      let before = lower.dropLast(4).last ?? "a"
      if !"aeiouyc".contains(before) { return String(lower.dropLast(2)) }
    }
    if lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us"), lower.count > 3 {
      return String(lower.dropLast())
    }
    if lower == "people" { return "person" }
    if lower == "men" { return "man" }
    return lower
  }
}
