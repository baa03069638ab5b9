import Core

/// Reads the parties of a figure by their roles from the verb that governs it: its subject (or,
/// in the passive, its agent), a party right after it, and the parties its prepositions
/// introduce, as the language's frame table says (`FrameRules`).
///
/// "Nordhavn ordered 6 vessels from Kessler Yards" → buyer Nordhavn, seller Kessler Yards;
/// "4 vessels were delivered to Nordhavn by Kessler Yards" → the same roles;
/// « Kessler Yards a livré 4 navires à Nordhavn » → the same again.
struct FrameMatcher {
  private let tokens: [Token]
  private let rules: FrameRules
  private let lexicon: Lexicon
  private let descriptions: PartyDescriptions?
  /// Whom "we" and « nous » stand for, when the document says.
  private let firstPersonParty: String?
  private let clauseBreaks: ClauseBreaks
  /// Names that say, host or make rather than take part ("Musk's post", "Nvidia hardware").
  private let isBystander: (Int) -> Bool
  /// The sentence's verbs that open a frame, in order, found once.
  private let verbs: [(index: Int, frame: Frame, passive: Bool)]

  init(
    tokens: [Token], language: Language, lexicon: Lexicon, descriptions: PartyDescriptions?,
    firstPersonParty: String?, clauseBreaks: ClauseBreaks, isBystander: @escaping (Int) -> Bool
  ) {
    self.tokens = tokens
    let rules = FrameRules.forLanguage(language)
    self.rules = rules
    self.lexicon = lexicon
    self.descriptions = descriptions
    self.firstPersonParty = firstPersonParty
    self.clauseBreaks = clauseBreaks
    self.isBystander = isBystander
    hasNominals =
      !rules.nominals.isEmpty
      && tokens.contains {
        rules.nominalFilter.mayContain($0.lowerHash) && rules.nominals[$0.lower] != nil
      }
    var verbs: [(Int, Frame, Bool)] = []
    var objectNoun: [Int: Int] = [:]
    // The object nouns frames took ("passé commande"): nouns, not verbs of their own.
    var objects = Set<Int>()
    for (index, token) in tokens.enumerated()
    where token.kind == .word && rules.verbFilter.mayContain(token.lowerHash) {
      guard let frames = rules.framesByVerb[token.lower], !objects.contains(index) else { continue }
      // "(Skyline Wire)", "Global Supply": a capital inside a sentence is a name, not a verb.
      if index > 0, token.isCapitalised,
        ![":", "«", "“", "\"", "(", "-", "—", "–"].contains(tokens[index - 1].text)
      {
        continue
      }
      // "data-hosting contract", "Nvidia-made": the second half of a compound is no verb.
      if index > 1, tokens[index - 1].text == "-", tokens[index - 1].isGlued, token.isGlued,
        tokens[index - 2].kind == .word
      {
        continue
      }
      // "the order", « une commande », "whose order": a noun, not the verb; so is a sentence's
      // first word ("Orders from X might reach 50,000"): a report's verb has a subject before it.
      if index > 0,
        rules.determiners.contains(tokens[index - 1]) || tokens[index - 1].lower == "whose"
      {
        continue
      }
      // "our order book", "the delivery schedule": after such a noun, the second noun of a
      // compound ("book" is no booking).
      if index > 1, rules.framesByVerb[tokens[index - 1].lower] != nil,
        rules.determiners.contains(tokens[index - 2])
      {
        continue
      }
      // "from a Valmor order", « d'une commande »: after an indefinite article and a name, a
      // noun ("The Vinga Line ordered" keeps its verb).
      if index > 1, tokens[index - 1].isCapitalised,
        let (_, start) = Names.name(endingAt: index - 1, in: tokens, lexicon: lexicon), start > 0,
        ClauseFields.indefiniteArticles.contains(tokens[start - 1])
      {
        continue
      }
      // "an €8 million refund", "a 500-unit order": right after a figure, a noun.
      if index > 0,
        tokens[index - 1].kind == .number || lexicon.scales[tokens[index - 1]] != nil
      {
        continue
      }
      // "X's order of 12,000": a possessive owns a noun.
      if index > 1, tokens[index - 1].lower == "s", ["'", "’"].contains(tokens[index - 2].text) {
        continue
      }
      if tokens[..<index].allSatisfy({ $0.kind == .symbol }) { continue }
      // "won a €700 million contract", « a reçu une commande »: the object noun may follow the
      // figure of its value; past the party it comes from, further (« a décroché auprès
      // d'Énergie Pyrène un contrat »), but not past another figure.
      // An apposition on the party (« avec Armorine Mobilités, exploitant du réseau, un
      // contrat ») does not count in that reach.
      var reach = index + 1
      var counted = 0
      while reach < tokens.count, counted < 10 {
        if let close = Self.appositionEnd(at: reach, in: tokens) {
          reach = close + 1
          continue
        }
        reach += 1
        counted += 1
      }
      var after = tokens[(index + 1)..<min(tokens.count, index + 7)]
      // (A figure in words counts: « a reçu quatre kits, premier lot de sa commande » received
      // kits, not an order.)
      if let number = ((index + 1)..<reach).first(where: {
        (tokens[$0].kind == .number && !Self.isDate($0, in: tokens, lexicon: lexicon))
          || (lexicon.startsNumberWords(tokens[$0]) && !rules.determiners.contains(tokens[$0])
            // ("a four-year contract" is the contract.)
            && !($0 + 1 < tokens.count && tokens[$0 + 1].text == "-" && tokens[$0 + 1].isGlued))
      }) {
        // The figure's own noun phrase still counts: "signed a €52.5 million supply contract".
        var figureEnd = number
        while figureEnd + 1 < tokens.count,
          tokens[figureEnd + 1].kind == .number || [".", ","].contains(tokens[figureEnd + 1].text)
            || lexicon.scales[tokens[figureEnd + 1]] != nil
        {
          figureEnd += 1
        }
        after = tokens[(index + 1)..<min(tokens.count, max(figureEnd + 4, after.endIndex))]
      } else {
        after = tokens[(index + 1)..<reach]
      }
      guard
        let frame = frames.first(where: { frame in
          frame.objectNouns.isEmpty || after.contains { frame.objectNouns.contains($0) }
        })
      else { continue }
      if !frame.objectNouns.isEmpty,
        let noun = after.indices.first(where: { frame.objectNouns.contains(tokens[$0]) })
      {
        objects.insert(noun)
        objectNoun[index] = noun
      }
      // Passive: a form of "be" right before the verb, adverbs and negation aside ("were not
      // delivered", « ont déjà été livrées »); « est prête à acheter » is active.
      var probe = index - 1
      while probe >= 0, index - probe <= 3, rules.auxiliaryAdverbs.contains(tokens[probe]) {
        probe -= 1
      }
      // « s'est procuré 30 tracteurs »: a reflexive verb is active.
      var reflexive = false
      if probe >= 1 {
        var clitic = probe - 1
        if clitic >= 1, ["'", "’"].contains(tokens[clitic].text) { clitic -= 1 }
        reflexive = rules.reflexivePronouns.contains(tokens[clitic])
      }
      // Only a participle is passive: "is receiving 1,300 lanterns" is active.
      let passive =
        probe >= 0 && rules.passiveAuxiliaries.contains(tokens[probe]) && !reflexive
        && rules.isParticiple(tokens[index].lower)
      verbs.append((index, frame, passive))
    }
    self.verbs = verbs
    self.objectNoun = objectNoun
  }

  /// The verb of a relative clause without its pronoun on the figure at `first...last`, where
  /// the language allows one: "the 24 it ordered", "the 12,000 Tesla booked" (a subject right
  /// before a verb a few words on).
  func contactRelative(first: Int, last: Int) -> (index: Int, frame: Frame, passive: Bool)? {
    verbs.first { $0.index > last && $0.index - last <= 6 }.flatMap { verb in
      rules.contactRelatives && first > 0
        && rules.articles.contains(tokens[first - 1]) && verb.index - 1 > last
        && ((last + 1)..<verb.index).allSatisfy { tokens[$0].kind == .word }
        && (rules.pronouns.contains(tokens[verb.index - 1])
          || rules.firstPerson.contains(tokens[verb.index - 1])
          || tokens[verb.index - 1].isCapitalised)
        && !verb.passive ? verb : nil
    }
  }

  /// The object noun each verb that takes one took, by the verb's index: a figure is near its
  /// verb when it is near that noun (« a signé le 17 février avec Meuvane un contrat de
  /// maintenance et de recharge de 12 millions d'euros »).
  private let objectNoun: [Int: Int]

  /// Whether the sentence has a verb or a noun that opens a frame.
  var isEmpty: Bool { verbs.isEmpty && !hasNominals }
  /// Whether the tokens are a table row's cells, joined by semicolons: a noun in the first cell
  /// governs the figure in another ("Payments to Nordane | €21.0m").
  var isTableRow = false
  /// Whom "you" and « vous » stand for, when the document says (a transcript's company).
  var secondPersonParty: String?
  /// The subject of the paragraph's sentence before, for "it" in a sentence that "we" opens:
  /// "Liffey Hall now holds 36 racks. We expect it to house 64 racks by June."
  var previousSubject: String?
  private let hasNominals: Bool

  /// Whether the verb at `index` follows a word of intention ("were meant to equip", « devaient
  /// équiper »).
  private func isIntended(_ index: Int) -> Bool {
    var probe = index - 1
    if probe >= 0, rules.infinitiveMarkers.contains(tokens[probe]) { probe -= 1 }
    return probe >= 0 && lexicon.intentionModals.contains(tokens[probe])
  }

  /// The closing comma of a relative clause set off by commas within a few words after the
  /// figure (", which were due in April,", « , qui devaient arriver en avril, »).
  private func relativeClauseEnd(after last: Int) -> Int? {
    var index = last + 1
    while index < tokens.count, index - last <= 4, tokens[index].text != "," {
      guard tokens[index].kind == .word || tokens[index].text == "'" || tokens[index].text == "’"
      else { return nil }
      index += 1
    }
    guard index + 1 < tokens.count, tokens[index].text == ",",
      rules.clauseRelatives.contains(tokens[index + 1])
    else { return nil }
    var close = index + 2
    while close < tokens.count, close - index <= 20 {
      if tokens[close].text == ";" { return nil }
      if tokens[close].text == "," { return close }
      close += 1
    }
    return nil
  }

  /// Whether the verb at `verb` has a thing for its subject: a subject relative pronoun right
  /// before it (past auxiliaries and adverbs) whose antecedent is a common noun, not a party
  /// (« huit conteneurs terminés qui attendent le lot de mai de Valmorin »: the containers wait;
  /// no one receives them from Valmorin).
  private func hasThingForSubject(_ verb: Int) -> Bool {
    var relative = verb - 1
    while relative >= 1, rules.subjectGlue.contains(tokens[relative]),
      !rules.clauseRelatives.contains(tokens[relative])
    {
      relative -= 1
    }
    guard relative >= 1, rules.clauseRelatives.contains(tokens[relative]),
      // (A subject relative, not « que », « dont », "whose".)
      !["que", "qu", "dont", "whose", "whom"].contains(tokens[relative].lower),
      tokens[relative - 1].kind == .word, tokens[relative - 1].startsLowercase,
      !rules.organisationNouns.contains(tokens[relative - 1]),
      ![rules.pronouns, rules.firstPerson, rules.secondPerson, rules.objectPronouns].contains(
        where: { $0.contains(tokens[relative - 1]) }),
      descriptions?.match(at: max(0, relative - 4), in: tokens)?.1 != relative - 1
    else { return false }
    return party(at: relative - 1) == nil
  }

  /// The subject of a verb that no frame reads ("Oxbow will put $300 million into …"): the
  /// nearest party before it in its clause, as for a frame's verb.
  func subjectOf(verb: Int) -> String? {
    subject(before: verb).0
  }

  /// The roles of the figure at `first...last`, from the verb that governs it: the nearest one
  /// before it in its clause ("ordered 6 vessels"), else the nearest after it ("6 vessels were
  /// delivered", "the 6 vessels that Nordhavn ordered").
  ///
  /// Also says which role the verb's own subject filled, if any: a seller read from "from
  /// Nvidia" is not whom the figure is about, a seller who "delivered" it may be.
  func roles(first: Int, last: Int) -> Reading? {
    // An apposition on a party between them does not count in the distance (« a livré mardi
    // à Calderbrook Water, dans le nord de l'Angleterre, 5 000 compteurs »).
    // Nor, then, does a long name beyond its first word (« à la Coopérative agricole de la
    // Rivière-aux-Saules, à Saint-Césaire (Québec), douze tracteurs »).
    let before = verbs.last {
      guard $0.index < first else { return false }
      let anchor = objectNoun[$0.index] ?? $0.index
      guard first - anchor > 12 else { return true }
      let apposition = appositionLength(from: anchor, to: first)
      return first - anchor <= 36 && apposition > 0
        && first - anchor - apposition - namesLength(from: anchor, to: first) <= 12
    }
    // (Not a verb whose subject is a thing: « huit conteneurs qui attendent le lot de mai ».)
    func thingActs(_ verb: (index: Int, frame: Frame, passive: Bool)) -> Bool {
      !verb.passive && [Role.buyer, .seller, .payer, .payee].contains(verb.frame.agent)
        && hasThingForSubject(verb.index)
    }
    let after = verbs.first { $0.index > last && $0.index - last <= 8 }.flatMap {
      thingActs($0) ? nil : $0
    }
    // Only a verb with no comma between it and the figure governs it: "If Tesla bought 5,000
    // more, the cluster would reach 40,000" and "Domvia, which runs 40 sites, ordered" are
    // other clauses.
    // An apposition on a party between the two ("signé avec Armorine Mobilités, exploitant du
    // réseau de Lorient, un contrat de 9,6 millions") separates nothing.
    // In a table row, the cells between a figure and the verb of a cell before it do not
    // separate them: "| BT-70s Brevant will deliver to Bluefin in 2026 | Quayle | 14 |" (the
    // figure stands for the noun that opens the row).
    func separated(_ from: Int, _ to: Int, acrossCells: Bool = false) -> Bool {
      var index = from
      while index < to {
        if tokens[index].text == ";", !(acrossCells && isTableRow) { return true }
        if tokens[index].text == "," {
          guard let close = Self.appositionEnd(at: index, in: tokens), close < to,
            verbs.allSatisfy({ !(index..<close).contains($0.index) }),
            // (An apposition that a relative clause follows ends the verb's reach: « équipe
            // l'autorité d'Ardlow, en Nouvelle-Écosse, dont la commande porte sur six bornes ».)
            close + 1 >= to || !Self.opensRelative(tokens[close + 1], rules: rules)
          else { return true }
          index = close + 1
          continue
        }
        index += 1
      }
      return false
    }
    // "the 10 trains that we ordered from Trevane": a relative clause on the figure's noun has
    // the verb that governs it, whatever verb comes before; its subject may be long ("3,500
    // tablets that the Valmorin education authority had ordered").
    // "bikes that were meant to equip Larkfield" tell whom the goods were for, not who sold
    // them (`ClauseFields.reservedFor`).
    let relative =
      verbs.first { $0.index > last && $0.index - last <= 14 && !isIntended($0.index) }.flatMap {
        verb in
        tokens[(last + 1)..<verb.index].prefix(4).contains {
          rules.relativePronouns.contains($0)
        }
          && !separated(last, verb.index) && !thingActs(verb) ? verb : nil
      }
      ?? contactRelative(first: first, last: last)
    // "Three of them, which were due in April, were sold by Arzenn to Alvery", « trois d'entre
    // elles, qui devaient arriver en avril, ont été cédées … »: a relative clause between
    // commas on the figure's noun is passed over to the verb after it.
    let afterRelative = relativeClauseEnd(after: last).flatMap { close in
      verbs.first { $0.index > close && $0.index - close <= 8 && !separated(close + 1, $0.index) }
    }
    let governing =
      relative
      ?? before.flatMap { separated($0.index, first, acrossCells: true) ? nil : $0 }
      ?? after.flatMap { separated(last, $0.index) ? nil : $0 }
      ?? afterRelative
    guard let (verb, frame, voice) = governing else {
      return hasNominals ? nominalRoles(first: first, last: last) : nil
    }
    // "the 9 scanners supplied to St Aldric by Quillon", « 900 pompes livrées par Calorisol »:
    // a participle right after the figure's noun, with no relative pronoun, is passive.
    let reducedRelative =
      relative == nil && verb > last && verb - last <= 4
      // (The product named with the count may be capitalised, « 9 Arolle commandées »,
      // « lanternes Orbis commandées », or a model, « lanternes LX-3 commandées ».)
      && ((last + 1)..<verb).allSatisfy { index in
        (tokens[index].kind != .symbol || (tokens[index].text == "-" && tokens[index].isGlued))
          && (!tokens[index].isCapitalised || index == last + 1 || party(at: index) == nil)
          // ("6 vessels were delivered" is the clause's own passive.)
          && !rules.passiveAuxiliaries.contains(tokens[index])
      }
      && isParticiple(tokens[verb].lower)
    // "| Rames Lumio livrées à Ligéria | … | 8 |": a participle right after the noun that opens
    // a row, with the figure in a later cell, is passive in the same way.
    let rowRelative =
      isTableRow && verb < first && tokens[verb..<first].contains { $0.text == ";" }
      && (0..<verb).allSatisfy { index in
        (tokens[index].kind == .word || (tokens[index].text == "-" && tokens[index].isGlued))
          && !rules.passiveAuxiliaries.contains(tokens[index])
          // ("| Sterenn lifeboats Scatarie Marine received in July | … | 8 |" has a subject.)
          && (index == 0 || !tokens[index].isCapitalised || party(at: index) == nil)
      }
      && isParticiple(tokens[verb].lower)
    let passive = voice || reducedRelative || rowRelative
    var parties: [Role: String] = [:]
    var agent: Role?
    let (subjectName, clitic) = subject(before: verb)
    if !passive, let name = subjectName {
      parties[frame.agent] = name
      agent = frame.agent
    }
    if passive, let role = frame.passiveSubject, let name = subjectName {
      parties[role] = name
    }
    // « Thermalys nous a vendu 500 pompes »: "nous" takes the role « à » would give.
    if let clitic, let role = frame.prepositions[["à"]] ?? frame.object { parties[role] = clitic }
    // « les 440 nœuds que Nimbara lui a livrés »: « lui » is the party named last before the
    // clause, other than its subject.
    if clitic == nil, !passive, let subjectName,
      let role = frame.prepositions[["à"]] ?? frame.object, parties[role] == nil,
      let referent = thirdPersonReferent(before: verb, subject: subjectName)
    {
      parties[role] = referent
    }
    // A party right after the verb, then the figure or a linking word: "sold Harrowfield 25
    // tractors", "supplied Grenmark with 60 turbines", « a équipé Pyrène de 60 éoliennes ».
    // "awarded Lignère a €3.12 million contract": a party, then the object noun's phrase.
    if let role = frame.object, let (name, end) = party(at: verb + 1), end + 1 < tokens.count,
      end < first,
      rules.objectLinks.contains(tokens[end + 1])
        || (first - end - 1 <= 2
          && tokens[(end + 1)..<first].allSatisfy { $0.kind == .word && $0.startsLowercase })
        || (!frame.objectNouns.isEmpty && rules.determiners.contains(tokens[end + 1]))
    {
      parties[role] = name
    }
    // "The €20 million that Hearthstead paid Veyra Heat": in a relative clause on the figure, a
    // party right after the verb is its object.
    if let role = frame.object, relative != nil, parties[role] == nil,
      let (name, _) = party(at: verb + 1)
    {
      parties[role] = name
    }
    // "Aerolis, to which Skyvane paid $45 million", « Aérolys, à qui Air Sorlingue a versé »,
    // "Ostra, which Marrow Valley paid $4 million": the name a relative clause hangs on takes
    // the role its pronoun has in the clause.
    if let (role, name) = antecedent(of: verb, frame: frame, before: first), parties[role] == nil {
      parties[role] = name
    }
    // The verb's prepositions, to the end of its clause: those after the figure first, so that
    // "delivered 500 to Domvia and 300 to Calder" gives each figure its own.
    let end = clauseEnd(after: verb)
    // With no subject, "by X" is the agent whatever the voice: "the 40 buses ordered by
    // Eastvale", « 900 pompes livrées par Calorisol ».
    let agentMissing = parties[frame.agent] == nil
    // A colon after the figure opens a list that breaks it down: in "delivered 650 bikes in
    // the half: 180 to Larkfield, 200 to Lyvéo", "to Larkfield" is the 180's, not the 650's;
    // so does another figure after a comma: "has taken 20 chargers this year, 16 of them
    // diverted from Ardan's order", "…, including 16 diverted from Ardan".
    let listStart = ((max(last, verb) + 1)..<max(end, max(last, verb) + 1)).first { index in
      tokens[index].text == ":" || Self.opensPart(at: index, in: tokens, lexicon: lexicon)
    }
    for (start, stop) in [(max(last, verb) + 1, listStart ?? end), (verb + 1, min(first, end))] {
      var index = start
      while index < stop {
        if passive || agentMissing, rules.agentPrepositions.contains(tokens[index]),
          let (name, nameEnd) = party(at: index + 1)
        {
          if parties[frame.agent] == nil { parties[frame.agent] = name }
          index = nameEnd + 1
          continue
        }
        if tokens[index].kind == .word,
          let (words, role) = frame.prepositionsByFirstWord[tokens[index].lower]?.first(where: {
            matches($0.words, at: index)
          }),
          let (name, nameEnd) = party(at: index + words.count)
        {
          if parties[role] == nil {
            parties[role] = name
          } else if role == frame.agent, agent == frame.agent, let displaced = frame.displacedAgent,
            parties[displaced] == nil
          {
            // "Corvane booked 8,000 K9s for Halden": Halden buys, Corvane sells.
            parties[displaced] = parties[role]
            parties[role] = name
            agent = displaced
          }
          index = nameEnd + 1
          continue
        }
        index += 1
      }
    }
    // « a réceptionné 900 pompes livrées par Calorisol », "received 40 boilers supplied by
    // Calder": a participle on the figure's noun names, by its agent, the other side.
    if let next = after, next.index != verb, next.index - last <= 4,
      tokens[(last + 1)..<next.index].allSatisfy({ $0.kind == .word && $0.startsLowercase }),
      isParticiple(tokens[next.index].lower), next.index + 1 < tokens.count,
      rules.agentPrepositions.contains(tokens[next.index + 1]),
      let (name, _) = party(at: next.index + 2),
      parties[next.frame.agent] == nil, !parties.values.contains(name)
    {
      parties[next.frame.agent] = name
    }
    return parties.isEmpty
      ? nil
      : Reading(
        roles: Roles(frame: frame.id, parties: parties), agent: agent, tellsMoves: frame.tellsMoves,
        modifier: reducedRelative || relative != nil ? verb : nil, verb: verb, past: isPast(verb),
        passive: passive)
  }

  /// The frame of the verb that governs the figure at `first` from before it in its clause (no
  /// comma, semicolon or colon between, at most 12 words back): "took delivery of all 12 …",
  /// « a pris livraison des 12 … ».
  func frameBefore(_ first: Int) -> Frame? {
    guard let verb = verbs.last(where: { $0.index < first && first - $0.index <= 12 }),
      !tokens[verb.index..<first].contains(where: { [",", ";", ":"].contains($0.text) })
    else { return nil }
    return verb.frame
  }

  /// The parties a figure's own words name by the prepositions of the frame `frameID`, from
  /// the figure to the next figure or the clause's end.
  ///
  /// For a figure in a list that shares an earlier figure's verb: in "delivered 180 to
  /// Larkfield, 200 to Lyvéo and 150 to Boréal", « 180 à Larkfield, 200 à Lyvéo », "to Lyvéo"
  /// names the 200's buyer.
  func ownParties(frameID: String, after last: Int) -> [Role: String] {
    guard let frame = rules.frames.first(where: { $0.id == frameID }) else { return [:] }
    var parties: [Role: String] = [:]
    var index = last + 1
    while index < tokens.count, tokens[index].kind != .number, !clauseBreaks.between(last, index),
      !Self.stops.contains(tokens[index].text), tokens[index].text != ";"
    {
      if tokens[index].kind == .word,
        let (words, role) = frame.prepositionsByFirstWord[tokens[index].lower]?.first(where: {
          matches($0.words, at: index)
        }),
        let (name, nameEnd) = party(at: index + words.count)
      {
        if parties[role] == nil { parties[role] = name }
        index = nameEnd + 1
        continue
      }
      index += 1
    }
    return parties
  }

  /// The roles a noun of a frame gives a figure after it in its clause, when no verb does:
  /// "Kessler's deliveries to Nordhavn totalled 9 vessels", "our order of 500,000 chips from
  /// Tessary", « la commande de 6 navires passée par Armor Ferries auprès de Morvan Naval »,
  /// « Ventura, dont la commande de 400 000 puces auprès de Puces Cévenoles ».
  private func nominalRoles(first: Int, last: Int) -> Reading? {
    var noun = first - 1
    // "Northmoor's order with Taurentis, 20 Lumio trainsets worth £230 million, has run late":
    // an apposition that opens with a count tells what the noun before its comma holds.
    let nounReach = 14
    var reach = nounReach
    let breaks = [",", ";", ":", ".", "(", ")"]
    while noun >= 0, first - noun <= reach {
      let token = tokens[noun]
      if token.kind == .symbol, breaks.contains(token.text), !(isTableRow && token.text == ";") {
        guard token.text == ",", reach == nounReach, noun + 1 < tokens.count,
          tokens[noun + 1].kind == .number,
          !tokens[(noun + 1)..<first].contains(where: {
            breaks.contains($0.text) || rules.framesByVerb[$0.lower] != nil
          })
        else { return nil }
        reach = first - noun + nounReach
      }
      if rules.nominalFilter.mayContain(token.lowerHash), rules.nominals[token.lower] != nil {
        break
      }
      noun -= 1
    }
    guard noun >= 0, first - noun <= reach, let nominal = rules.nominals[tokens[noun].lower]
    else {
      return nil
    }
    // "our order book": the frame noun qualifies another noun, the compound's head; no order.
    if noun + 1 < first, rules.framesByVerb[tokens[noun + 1].lower] != nil,
      tokens[noun + 1].kind == .word, tokens[noun + 1].startsLowercase
    {
      return nil
    }
    var parties: [Role: String] = [:]
    // The possessor: "Kessler's", "our", « notre », « dont la commande » (the name before),
    // « les livraisons de Morvan Naval ».
    var before = noun - 1
    if before >= 0, rules.determiners.contains(tokens[before]),
      !rules.firstPerson.contains(tokens[before]),
      !rules.secondPerson.contains(tokens[before])
    {
      before -= 1
    }
    if before >= 0, rules.firstPerson.contains(tokens[before]), let firstPersonParty {
      parties[nominal.agent] = firstPersonParty
    } else if before >= 0, rules.secondPerson.contains(tokens[before]),
      let secondPersonParty
    {
      parties[nominal.agent] = secondPersonParty
    } else if before >= 2, tokens[before].lower == "s",
      ["'", "’"].contains(tokens[before - 1].text),
      let (name, _) = Names.name(endingAt: before - 2, in: tokens, lexicon: lexicon)
    {
      parties[nominal.agent] = name
    } else if before >= 2, Self.opensRelative(tokens[before], rules: rules),
      tokens[before - 1].text == ",",
      let name = nameBefore(comma: before - 1)
    {
      parties[nominal.agent] = name
    } else if noun + 1 < first, rules.objectLinks.contains(tokens[noun + 1]),
      let (name, _) = party(at: noun + 2)
    {
      parties[nominal.agent] = name
    }
    // Its prepositions, and "by X" / « par X » for its agent, to the end of the clause.
    let end = min(tokens.count, noun + 24)
    var index = noun + 1
    while index < end {
      let token = tokens[index]
      if token.kind == .symbol,
        [".", "(", ")"].contains(token.text)
          || (token.text == ";" && !isTableRow)
      {
        break
      }
      if token.text == ",", index > last { break }
      if token.kind == .word, let role = nominal.prepositions[token.lower] {
        // « auprès de X », « auprès d'X »: the preposition's second word.
        var start = index + 1
        if start < tokens.count,
          rules.objectLinks.contains(tokens[start])
            || tokens[start].lower == "du"
        {
          start += 1
          // « auprès d'Orvia »
          if start < tokens.count, ["'", "’"].contains(tokens[start].text) { start += 1 }
        }
        if let (name, nameEnd) = party(at: start) {
          // "an order from Vinga" is Vinga's; "our order from Tessary" is ours, and Tessary
          // sells: once the possessor holds the role, the preposition names the other side.
          if parties[role] == nil {
            parties[role] = name
          } else if role == nominal.agent, let other = role.counterpart, parties[other] == nil {
            parties[other] = name
          }
          index = nameEnd + 1
          continue
        }
      }
      index += 1
    }
    // "Tesla's delivery of $500 million in chips" is a delivery to Tesla; "Kessler's
    // deliveries to Nordhavn" are Kessler's: a seller's possessor needs its buyer named.
    if nominal.agent == .seller, parties[.buyer] == nil { return nil }
    return parties.isEmpty
      ? nil
      : Reading(
        // A move told of the order ("X's own order of 12,000 went to Tesla") stands.
        roles: Roles(frame: nominal.frame, parties: parties), agent: nil, tellsMoves: true)
  }

  /// What a frame read of a figure.
  struct Reading {
    var roles: Roles
    /// The role the verb's own subject filled, if any.
    var agent: Role?
    /// Whether the frame may tell of a move (`Frame.tellsMoves`).
    var tellsMoves: Bool
    /// The verb's index when it only describes the goods ("3,500 tablets that the authority had
    /// ordered were sent to Lesse", « commandées par le rectorat »): the sentence's own verb
    /// may still tell of a move.
    var modifier: Int? = nil
    /// The governing verb's index; none for a noun's roles ("Tesla's order of 12,000").
    var verb: Int? = nil
    /// Whether the verb tells of the past ("paid", « a versé »): spending it reports is done,
    /// even over a period that has not ended.
    var past = false
    /// Whether the verb is passive ("were ordered from Altmann"): it has no subject to name.
    var passive = false
  }

  /// Where the clause of the verb at `verb` ends.
  ///
  /// A sentence end, a bracket, or a new clause, at most 24 tokens on; a point between digits
  /// ("4.2") ends nothing.
  private func clauseEnd(after verb: Int) -> Int {
    var index = verb + 1
    let end = min(tokens.count, verb + 24)
    while index < end, !clauseBreaks.between(verb, index + 1) {
      // Another verb's arguments are its own: "the 12,000 that X had ordered were reassigned
      // to Tesla", « … que X avait commandés ont été réattribués à Tesla ».
      if tokens[index].kind == .word,
        rules.passiveAuxiliaries.contains(tokens[index])
          || verbs.contains(where: { $0.index == index })
      {
        break
      }
      let text = tokens[index].text
      if tokens[index].kind == .symbol, Self.stops.contains(text) {
        let decimal =
          text == "." && index > 0 && index + 1 < tokens.count
          && tokens[index - 1].kind == .number && tokens[index + 1].kind == .number
          && tokens[index + 1].isGlued
        if !decimal { break }
      }
      index += 1
    }
    return index
  }

  /// Whom a third-person object pronoun right before the verb (past its auxiliaries) stands
  /// for: the nearest party named before the pronoun that is not the verb's subject.
  private func thirdPersonReferent(before verb: Int, subject: String) -> String? {
    guard !rules.thirdPersonObjectPronouns.isEmpty else { return nil }
    var pronoun = verb - 1
    while pronoun > 0,
      rules.perfectAuxiliaries.contains(tokens[pronoun])
        || rules.passiveAuxiliaries.contains(tokens[pronoun])
    {
      pronoun -= 1
    }
    guard pronoun > 0, pronoun < verb,
      rules.thirdPersonObjectPronouns.contains(tokens[pronoun])
    else { return nil }
    let subjectKey = FirstPerson.key(subject)
    var probe = pronoun - 1
    while probe >= max(0, pronoun - 40) {
      if let (name, end) = party(at: probe, owned: false), end < pronoun,
        FirstPerson.key(name) != subjectKey
      {
        return name
      }
      probe -= 1
    }
    return nil
  }

  /// The subject of the verb at `verb`: the nearest party before it in its clause, past glue
  /// words ("which", "has"), an apposition between commas, and a possessive that belongs to
  /// another noun ("Nordhavn's Swedish rival Vinga Line ordered 3").
  ///
  /// Also the party of an object pronoun between the subject and the verb (« Thermalys nous a
  /// vendu »), when there is one.
  private func subject(before verb: Int) -> (String?, clitic: String?) {
    var clitic: String?
    let name = subject(before: verb, clitic: &clitic)
    return (name, clitic)
  }

  private func subject(before verb: Int, clitic: inout String?) -> String? {
    var index = verb - 1
    // « nous prévoyons de vous commander 40 bornes »: an object pronoun between « de » and the
    // verb is the verb's object; the subject is the one of the verb « de » depends on.
    if index >= 1, rules.objectPronouns.contains(tokens[index]),
      rules.infinitiveMarkers.contains(tokens[index - 1])
    {
      clitic =
        rules.secondPerson.contains(tokens[index]) ? secondPersonParty : firstPersonParty
      index -= 1
    }
    // "plans to order", « prévoit de commander », « compte d'abord acheter »: the subject is the
    // one of the verb the infinitive depends on.
    if index >= 0, ["'", "’"].contains(tokens[index].text), index >= 1,
      tokens[index - 1].lower == "d"
    {
      index -= 1
    }
    // ("expect it to house": a pronoun before "to" is the infinitive's own subject.)
    if index >= 1, rules.infinitiveMarkers.contains(tokens[index]),
      tokens[index - 1].kind == .word, tokens[index - 1].startsLowercase,
      !rules.determiners.contains(tokens[index - 1])
    {
      index -= rules.singularSubjectPronouns.contains(tokens[index - 1]) ? 1 : 2
    }
    // "Bluefin has ordered two jets from Brevant, and has booked two more": a verb after a
    // coordinator, with no subject of its own, shares the subject of the verb before it.
    var glueStart = index
    while glueStart >= 0, rules.subjectGlue.contains(tokens[glueStart]) { glueStart -= 1 }
    if glueStart >= 0, rules.coordinators.contains(tokens[glueStart]),
      let previous = verbs.last(where: { $0.index < glueStart })
    {
      return subject(before: previous.index, clitic: &clitic)
    }
    // An apposition or relative clause between commas right before the verb ("Vinga Line,
    // Nordhavn's Swedish rival, ordered") describes the subject, which stands before it.
    var glue = index
    while glue >= 0, rules.subjectGlue.contains(tokens[glue]) { glue -= 1 }
    if glue > 0, tokens[glue].text == ",",
      // (Not the comma inside "9,000".)
      let opening = (max(0, glue - 30)..<glue).last(where: { comma in
        tokens[comma].text == ","
          && !(comma > 0 && comma + 1 < tokens.count && tokens[comma - 1].kind == .number
            && tokens[comma + 1].kind == .number && tokens[comma + 1].isGlued)
      }),
      opening > 0
    {
      // "Kessler's largest customer, Nordhavn Ferries, received": the apposition is the name.
      if let (name, end) = party(at: opening + 1, owned: false), end == glue - 1 { return name }
      index = opening - 1
    }
    while index >= 0, verb - index <= 24 {
      let token = tokens[index]
      if token.kind == .symbol {
        if Self.stops.contains(token.text) || token.text == ";" || token.text == ":" {
          return nil
        }
        if token.text == ",", clauseBreaks.between(index, verb + 1) { return nil }
      } else if token.kind == .word, rules.subjectStopFilter.mayContain(token.lowerHash) {
        if rules.objectPronouns.contains(token), index > 0,
          Names.name(endingAt: index - 1, in: tokens, lexicon: lexicon) != nil
            || descriptions?.match(at: max(0, index - 3), in: tokens)?.1 == index - 1
            // « Vous nous avez réglé », « nous vous avons livré »: a pronoun subject first.
            || rules.secondPerson.contains(tokens[index - 1])
            || rules.firstPerson.contains(tokens[index - 1])
            // « quatre tramways nous seront livrés »: before a third-person auxiliary, "nous"
            // is no subject.
            || rules.passiveAuxiliaries.contains(tokens[index + 1])
        {
          // « Vinga Line vous a versé »: "you", said to a transcript's company, is the company.
          clitic = rules.secondPerson.contains(token) ? secondPersonParty : firstPersonParty
          index -= 1
          continue
        }
        if rules.firstPerson.contains(token) { return firstPersonParty }
        // "You paid us", « vous avez réglé »: whom "you" stands for, when the document says.
        if rules.secondPerson.contains(token) { return secondPersonParty }
        // "his post about spending $10 billion", "he said": the subject is a pronoun or lies
        // beyond what someone said; it is not the name further back.
        // « Armor Ferries a-t-elle commandé », « la Clinique a-t-elle versé »: the pronoun
        // after a hyphen repeats the subject before it.
        if rules.pronouns.contains(token), index > 0, tokens[index - 1].text == "-",
          tokens[index - 1].isGlued
        {
          index -= 1
          while index >= 0,
            tokens[index].text == "-" || tokens[index].lower == "t"
              || rules.subjectGlue.contains(tokens[index])
          {
            index -= 1
          }
          continue
        }
        if rules.pronouns.contains(token) {
          // "his post" is no subject; "it will receive" may stand for who says it.
          if rules.determiners.contains(token) || token.lower == "him"
            || token.lower == "them"
          {
            return nil
          }
          // « La station de Valcombe a confirmé …, pour lequel elle compte commander 116
          // sièges »: with no speaker before it, "it" / « elle » is the party that opens the
          // sentence.
          guard rules.singularSubjectPronouns.contains(token) else {
            return reporter(before: index)
          }
          // After "we" opened the sentence, "it" is not "we" ("We expect it to house 64
          // racks", « nous prévoyons qu'elle accueille 64 baies »): it continues the subject of
          // the sentence before.
          if opensWithFirstPerson(before: index) { return previousSubject }
          return reporter(before: index) ?? openingParty(before: index)
        }
        if lexicon.reportingVerbs.contains(token) {
          // « Domvia affirme avoir reçu 900 pompes », "Domvia claims to have received": the
          // one who says is the one who received.
          let between = tokens[(index + 1)..<verb].map(\.lower)
          guard !between.isEmpty, between.count <= 3,
            between.allSatisfy({ Self.infinitiveLinks.contains($0) })
          else { return nil }
          index -= 1
          continue
        }
      }
      // "we" before its verb is the subject; a name in another role is not. A configured name
      // with lower-case words inside is read whole (« l'Hôpital de Rivière-aux-Saules »).
      if let descriptions, token.kind == .word,
        let (name, _) = (max(0, index - 16)...index).lazy.compactMap({ start in
          descriptions.longName(at: start, in: tokens).flatMap { $0.1 == index ? $0 : nil }
        }).first
      {
        return name
      }
      // So is a configured description or lower-case alias that ends in a name (« le service
      // départemental d'incendie et de secours de Haute-Durance », « le carrossier d'Ebermatt »).
      if let descriptions, token.kind == .word, token.isCapitalised,
        let (name, _) = (max(0, index - 16)..<index).lazy.compactMap({ start in
          descriptions.match(at: start, in: tokens).flatMap { $0.1 == index ? $0 : nil }
        }).first
      {
        return name
      }
      if let (name, start) = Names.name(endingAt: index, in: tokens, lexicon: lexicon),
        !isBystander(start)
      {
        let possessive =
          index + 2 < tokens.count && ["'", "’"].contains(tokens[index + 1].text)
          && tokens[index + 2].lower == "s"
        if !possessive { return name }
        index = start - 1
        continue
      }
      if let descriptions {
        for start in max(0, index - 3)...index {
          if let (name, end) = descriptions.match(at: start, in: tokens), end == index {
            return name
          }
        }
      }
      index -= 1
    }
    return nil
  }

  /// Whether the first person ("we", « nous ») opens the sentence, before `index`.
  private func opensWithFirstPerson(before index: Int) -> Bool {
    let start = firstWord(before: index)
    return start < index && rules.firstPersonSubjects.contains(tokens[start])
  }

  /// Where the sentence opens, past a dateline's bystanders ("VALCOMBE, le 14 octobre 2026
  /// (AAP) –"), looking no further than `index`.
  private func firstWord(before index: Int) -> Int {
    var start = 0
    while start < min(index, 24), isBystander(start) { start += 1 }
    return start
  }

  /// The party that opens the sentence, before its first verb and before `index`: "La station
  /// savoyarde de Valcombe a confirmé …", "Strathcairn Council said …".
  private func openingParty(before index: Int) -> String? {
    // (After a dateline, "VALCOMBE, le 14 octobre 2026 (AAP) –", the sentence opens past it.)
    var start = firstWord(before: index)
    if start > 0, start < tokens.count, tokens[start].kind == .symbol { start += 1 }
    let limit = min(index, verbs.first?.index ?? index, start + 8)
    while start < limit {
      // "In Queensland, Burrandah …": a name after a preposition is where, not who.
      if let (name, end) = party(at: start) {
        if start > 0, rules.purposePrepositions.contains(tokens[start - 1]) {
          start = end + 1
          continue
        }
        return name
      }
      start += 1
    }
    return nil
  }

  /// Who a pronoun subject at `index` stands for when it opens what someone says: "Domvia says
  /// it will receive 3,500", « Domvia affirme qu'elle recevra 3 500 ».
  private func reporter(before index: Int) -> String? {
    var probe = index - 1
    if probe >= 0, ["'", "’"].contains(tokens[probe].text) { probe -= 1 }
    if probe >= 0, ["that", "que", "qu"].contains(tokens[probe].lower) { probe -= 1 }
    // "told investors it would deliver", « a assuré aux investisseurs qu'il livrerait »: whom
    // it was said to stands between, or when ("said on Wednesday it had taken").
    var skipped = 0
    while probe >= 1, skipped < 3, !lexicon.reportingVerbs.contains(tokens[probe]),
      tokens[probe].kind == .word,
      tokens[probe].startsLowercase || lexicon.weekdays[tokens[probe]] != nil
        || lexicon.months[tokens[probe]] != nil
    {
      probe -= 1
      skipped += 1
    }
    guard probe >= 1, lexicon.reportingVerbs.contains(tokens[probe]) else { return nil }
    if let (name, start) = Names.name(endingAt: probe - 1, in: tokens, lexicon: lexicon),
      !isBystander(start)
    {
      return name
    }
    if let descriptions {
      for start in max(0, probe - 4)..<probe {
        if let (name, end) = descriptions.match(at: start, in: tokens), end == probe - 1 {
          return name
        }
      }
    }
    return nil
  }

  /// A party at `index`: a name, a configured description ("the operator", « l'armateur »), or
  /// "us" / « nous »; its name and last token.
  private func party(at index: Int, owned: Bool = true) -> (String, Int)? {
    guard index < tokens.count else { return nil }
    if rules.firstPerson.contains(tokens[index]), let firstPersonParty {
      return (firstPersonParty, index)
    }
    if rules.secondPerson.contains(tokens[index]), let secondPersonParty {
      return (secondPersonParty, index)
    }
    // "will spend a further €40 million with it", « auprès d'elle »: after a preposition, a
    // pronoun stands for the party named last before it.
    if rules.prepositionPronouns.contains(tokens[index]), index > 0 {
      // Right after its verb the pronoun is the verb's object, never its subject: in
      // "Grand-Sillon paid it C$3.54 million" it is whom Grand-Sillon paid.
      let subjectEnd: Int? =
        verbs.contains(where: { $0.index == index - 1 })
        ? (max(0, index - 4)..<(index - 1)).last { probe in
          Names.name(endingAt: probe, in: tokens, lexicon: lexicon) != nil
        } : nil
      var probe = index - 1
      while probe >= 0 {
        if let (name, start) = Names.name(endingAt: probe, in: tokens, lexicon: lexicon),
          !isBystander(start)
        {
          if probe == subjectEnd {
            probe = start - 1
            continue
          }
          return (name, index)
        }
        probe -= 1
      }
      return nil
    }
    if let long = descriptions?.longName(at: index, in: tokens), !isBystander(index) {
      return long
    }
    if let (name, end) = Names.name(startingAt: index, in: tokens, lexicon: lexicon),
      !isBystander(index)
    {
      // "from Germany's Halden Works": a possessor before a name only places it.
      if let next = Names.afterPossessive(end, in: tokens), tokens[next].isCapitalised,
        let owned = party(at: next, owned: false)
      {
        return owned
      }
      return (name, end)
    }
    if let described = descriptions?.match(at: index, in: tokens) { return described }
    // "to fire-hit Agrisambre": a compound adjective before a name.
    if let adjectiveEnd = ClauseFields.compoundAdjectiveEnd(at: index, in: tokens) {
      return party(at: adjectiveEnd + 1, owned: owned)
    }
    // « à la Clinique Saint-Aubier », « de l'Estuaire »: an article before the name.
    if rules.articles.contains(tokens[index]), index + 1 < tokens.count {
      let next = index + (["'", "’"].contains(tokens[index + 1].text) ? 2 : 1)
      if next < tokens.count,
        let (name, end) = descriptions?.longName(at: next, in: tokens)
          ?? Names.name(startingAt: next, in: tokens, lexicon: lexicon),
        !isBystander(next)
      {
        return (name, end)
      }
      // "to the hospitals of Marrow Valley Health".
      if owned, next < tokens.count, tokens[next].startsLowercase,
        !rules.articles.contains(tokens[next])
      {
        return party(at: next)
      }
    }
    // « d'Altmann »: the elided preposition is its own token.
    if ["'", "’"].contains(tokens[index].text), index + 1 < tokens.count {
      return party(at: index + 1)
    }
    // « aux collèges de l'académie », "to the hospitals of the group": a place or unit that
    // belongs to the party.
    if owned, tokens[index].kind == .word, tokens[index].startsLowercase,
      !rules.determiners.contains(tokens[index]), index + 2 < tokens.count,
      Self.belongsTo.contains(tokens[index + 1])
    {
      var owner = index + 2
      if ["'", "’"].contains(tokens[owner].text) { owner += 1 }
      guard owner < tokens.count, !Self.belongsTo.contains(tokens[owner]) else { return nil }
      if let (name, end) = Names.name(startingAt: owner, in: tokens, lexicon: lexicon),
        !isBystander(owner)
      {
        return (name, end)
      }
      return descriptions?.match(at: owner, in: tokens)
    }
    return nil
  }

  /// Words that tie a place or unit to its owner (« collèges de l'académie », "schools of").
  private static let belongsTo: WordSet = ["de", "du", "d", "of"]

  /// The name a relative clause on a party hangs on, with the role the relative pronoun has for
  /// the verb at `verb`: the preposition's before it ("to which", « à qui », « auquel »), else
  /// the verb's object ("which Marrow Valley paid", « que la clinique a payée »).
  private func antecedent(of verb: Int, frame: Frame, before first: Int) -> (Role, String)? {
    var pronoun = verb - 1
    while pronoun >= 0, verb - pronoun <= 8 {
      let word = tokens[pronoun].lower
      if tokens[pronoun].text == "," || Self.stops.contains(tokens[pronoun].text) { return nil }
      if rules.prepositionRelatives.contains(word) || rules.relativePronouns.contains(word)
        || rules.fusedRelatives[word] != nil
      {
        break
      }
      pronoun -= 1
    }
    // The clause has its own subject between the pronoun and the verb: "which delivered" is
    // the subject's relative, read as the subject.
    guard pronoun >= 2, pronoun < verb - 1, pronoun < first,
      !rules.subjectGlue.contains(tokens[pronoun + 1])
    else { return nil }
    let word = tokens[pronoun].lower
    var start = pronoun
    var role: Role?
    if let preposition = rules.fusedRelatives[word] {
      role = frame.prepositions[[preposition]]
    } else if rules.prepositionRelatives.contains(word) {
      for (words, candidate) in frame.prepositions
      where words.count < pronoun && matches(words, at: pronoun - words.count) {
        role = candidate
        start = pronoun - words.count
        break
      }
    }
    if role == nil, start == pronoun, rules.relativePronouns.contains(word) {
      role = frame.object
    }
    guard let role, start >= 2, tokens[start - 1].text == ",",
      let (name, nameStart) = Names.name(endingAt: start - 2, in: tokens, lexicon: lexicon),
      !isBystander(nameStart)
    else { return nil }
    return (role, name)
  }

  /// The name that ends before the comma at `comma`, past a place set off by commas after it:
  /// "the Ardlow Harbour Authority, in Nova Scotia, whose order", « l'autorité portuaire
  /// d'Ardlow, en Nouvelle-Écosse, dont la commande ».
  private func nameBefore(comma: Int) -> String? {
    guard let (name, start) = Names.name(endingAt: comma - 1, in: tokens, lexicon: lexicon)
    else { return nil }
    if start >= 3, Self.placePrepositions.contains(tokens[start - 1]),
      tokens[start - 2].text == ",",
      let (holder, _) = Names.name(endingAt: start - 3, in: tokens, lexicon: lexicon)
    {
      return holder
    }
    return name
  }

  private static let placePrepositions: WordSet = ["in", "at", "en", "à", "au"]

  /// A relative pronoun, or "whose" (« dont »'s English twin, which owns the noun after it).
  private static func opensRelative(_ token: Token, rules: FrameRules) -> Bool {
    rules.relativePronouns.contains(token) || token.lower == "whose"
  }

  private func matches(_ words: [String], at index: Int) -> Bool {
    guard index + words.count <= tokens.count else { return false }
    return tokens.lowers(index..<(index + words.count), spell: words)
  }

  /// Words between a verb of saying and the infinitive of the verb it reports ("to have",
  /// « avoir », « être »).
  private static let infinitiveLinks: WordSet = ["to", "have", "be", "been", "avoir", "être"]

  /// How many tokens of appositions (`appositionEnd`) lie between two tokens.
  private func appositionLength(from start: Int, to end: Int) -> Int {
    var length = 0
    var index = start
    while index < end {
      if let close = Self.appositionEnd(at: index, in: tokens), close < end {
        length += close - index
        index = close
      }
      index += 1
    }
    return length
  }

  /// How many tokens names between two tokens add to the distance between them, each name
  /// counting as one word.
  private func namesLength(from start: Int, to end: Int) -> Int {
    var length = 0
    var index = start + 1
    while index < end {
      if let (_, last) = party(at: index), last < end {
        length += last - index
        index = last
      }
      index += 1
    }
    return length
  }

  /// The closing comma of an apposition on a name that opens at the comma at `comma`
  /// ("Armorine Mobilités, exploitant du réseau de Lorient,"): a few lower-case words and no
  /// figure between two commas, right after a capitalised word.
  private static func appositionEnd(at comma: Int, in tokens: [Token]) -> Int? {
    guard comma > 0, comma + 1 < tokens.count, tokens[comma].text == ",",
      tokens[comma - 1].isCapitalised, tokens[comma + 1].startsLowercase,
      let close = tokens[(comma + 1)..<min(tokens.count, comma + 17)].firstIndex(where: {
        $0.kind == .symbol && [",", ";", ".", ":"].contains($0.text)
      }),
      tokens[close].text == ",", close > comma + 1,
      !tokens[(comma + 1)..<close].contains(where: { $0.kind == .number })
    else { return nil }
    return close
  }

  /// Whether the comma at `index` opens a part of the figure before it: "…, 16 of them
  /// diverted", "…, including 16 diverted", « …, dont 16 détournées ».
  static func opensPart(at index: Int, in tokens: [Token], lexicon: Lexicon) -> Bool {
    guard tokens[index].text == ",", index + 2 < tokens.count else { return false }
    return [index + 1, index + 2].contains { figure in
      tokens[figure].kind == .number && !isDate(figure, in: tokens, lexicon: lexicon)
        && (figure == index + 1 || lexicon.breakdownWords.contains(tokens[index + 1]))
    }
  }

  /// Whether the number at `index` is part of a date: a day next to its month ("17 février",
  /// "March 3"), or a year.
  private static func isDate(_ index: Int, in tokens: [Token], lexicon: Lexicon) -> Bool {
    let text = tokens[index].text
    if text.count == 4, let year = Int(text), (1900...2199).contains(year) { return true }
    return (index + 1 < tokens.count && lexicon.months[tokens[index + 1]] != nil)
      || (index > 0 && lexicon.months[tokens[index - 1]] != nil)
  }

  /// A past participle, in either language's table ("supplied", "sold", « livrées »).
  ///
  /// The English reduced relative ("the 9 scanners supplied to St Aldric") and the French one
  /// (« 900 pompes livrées par Calorisol ») are read in text of either language.
  private func isParticiple(_ word: String) -> Bool {
    FrameRules.english.isParticiple(word) || FrameRules.french.isParticiple(word)
  }

  /// Whether the verb at `verb` tells of the past: "paid", "has spent", « a versé », « nous
  /// avons dépensé » (not « versera », nor « est versé » each month).
  private func isPast(_ verb: Int) -> Bool {
    guard rules.isParticiple(tokens[verb].lower) else { return false }
    var probe = verb - 1
    while probe >= 0, verb - probe <= 3 {
      let word = tokens[probe].lower
      if rules.perfectAuxiliaries.contains(word) { return true }
      if rules.passiveAuxiliaries.contains(word) { return false }
      // A comma or a dash before the subject ends the search: "On our key accounts, Ardaine
      // paid us €4.2 million" is as past as "Ardaine paid us €4.2 million". Right before the
      // verb, it sets off a participle that describes ("a unit for 2027, budgeted at …").
      if tokens[probe].kind == .symbol {
        if probe == verb - 1 { return false }
        break
      }
      probe -= 1
    }
    return rules.pastWithoutAuxiliary
  }

  /// Sentence ends and brackets: no argument reaches past them.
  private static let stops: WordSet = [".", "!", "?", "(", ")", "—", "–"]

}
