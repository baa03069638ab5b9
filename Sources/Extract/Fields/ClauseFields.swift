import Core

/// The fields of a claim read from its sentence: subject, flow, metric, modality and speaker.
struct ClauseFields {
  let tokens: [Token]
  private let shared: SharedLexicon
  var lexicon: Lexicon { shared.lexicon }
  /// Metric trigger words of the sentence, by token index (found once per sentence).
  private let triggers: [(index: Int, metric: Metric)]
  /// Modality markers of the sentence: where each starts and ends, what it marks, and whether
  /// it is part of a bound ("no more than", « pas plus de »), which marks nothing.
  private let markers: [(start: Int, end: Int, modality: Modality, inBound: Bool)]
  /// Which tokens can be part of a name, worked out once per sentence.
  private let nameTokens: [Bool]
  /// Capitals that open the sentence, a list item or a cell and were found to make no name.
  private let unnamedOpeners: [Bool]
  /// Names that are not what a figure is about: who wrote it ("Musk's post"), where it was said
  /// ("his post on X"), or who made the goods ("Nvidia hardware"); by token.
  private let bystanders: [Bool]
  /// Names that own what was said ("Musk's post about ~$10 billion"), each with its last token.
  private let writers: [(name: String, end: Int)]
  /// Configured descriptions of entities, for moves told by description.
  private let descriptions: PartyDescriptions?
  /// Where new clauses start, counted once: the metric and the period read them.
  let clauseBreaks: ClauseBreaks
  /// Sentence-wide modality hints that do not depend on the claim.
  ///
  /// Where the first "n't" is, if any.
  private let contractedNot: Int?
  /// Where the sentence's question mark is, if it asks something (`?`, French « ? » too).
  private let questionMark: Int?
  /// The verb of a headline's "Nordane to supply 1.5 million doses", which announces a deal.
  let headlineInfinitive: Int?
  /// Claims the sentence reports as someone's ("Vandamme's claim that …", « sa thèse selon
  /// laquelle … »): where each opens, its last token, and its owner when named.
  private let reportedClaims: [(start: Int, end: Int, owner: String?)]
  /// Who owns the claims the sentence reports, in order ("Leif Amundsen's line that …").
  var reportedOwners: [String] { reportedClaims.compactMap(\.owner) }

  /// Whom "us" and « nous » stand for in a move ("came to us from Hexavia"), when known.
  var firstPersonParty: String?
  /// The organisation of whoever says the sentence, where "came from Vérel" arrived.
  var speakerParty: String?
  /// The person who says the sentence when no organisation is known for them: where "came over
  /// from Vérel" arrived until another document places them.
  var unplacedSpeaker: String?
  /// Configured products, as `FirstPerson.key`s: "Lumio" in « rames Lumio » names no party.
  var products: WordSet = []
  /// Whom "you" and « vous » stand for (a mail's addressee), when known.
  var secondPersonParty: String?

  init(
    tokens: [Token], lexicon shared: SharedLexicon, openers: OpeningNames? = nil,
    descriptions: PartyDescriptions? = nil, firstPersonParty: String? = nil
  ) {
    self.tokens = tokens
    self.shared = shared
    self.descriptions = descriptions
    self.firstPersonParty = firstPersonParty
    var triggers: [(Int, Metric)] = []
    var markers: [(Int, Int, Modality)] = []
    let markersByWord = shared.lexicon.modalityMarkersByFirstWord
    for (index, token) in tokens.enumerated() {
      // Names are not triggers ("Levasseur" is no « levée »); nor is "own" after a possessive
      // ("the board's own minutes", "its own figures").
      if token.kind == .word, token.startsLowercase || index == 0,
        let metric = shared.lexicon.metric(triggeredBy: token),
        !(token.lower == "own" && index > 0
          && (tokens[index - 1].lower == "s"
            || FrameRules.forLanguage(shared.language).possessives.contains(tokens[index - 1])
            || FrameRules.forLanguage(shared.language).firstPerson.contains(tokens[index - 1])))
      {
        // "$500 million worth of processors" is the goods' value, not a valuation.
        let worthOf =
          metric == .valuation && index + 1 < tokens.count
          && shared.lexicon.shareOf.contains(tokens[index + 1])
        // "capital expenditures", "capex spending": the compound is capital expenditure.
        if let previous = triggers.last, previous.1 == .capitalExpenditure, previous.0 == index - 1
        {
          triggers.append((index, .capitalExpenditure))
        } else if !worthOf {
          triggers.append((index, metric))
        }
      }
      for (phrase, metric) in shared.lexicon.metricPhrasesByFirstWord[token] ?? []
      where index + phrase.count <= tokens.count
        && tokens.lowers(index..<tokens.count, spell: phrase)
      {
        // The phrase wins over its first word's own trigger ("handed over" over "handed").
        if phrase.count > 1, triggers.last?.0 == index { triggers.removeLast() }
        triggers.append((index, metric))
      }
      if token.text == "May", index > 0 { continue }
      guard let candidates = markersByWord[token] else { continue }
      // « le compte n'y est pas »: after an article a verb form is a noun. (A hedge stays one:
      // « selon les estimations », "an estimate of".)
      if index > 0, candidates.allSatisfy({ $0.1.count == 1 && $0.0 != .hedged }),
        !shared.lexicon.forecastNouns.contains(token),
        FrameRules.forLanguage(shared.language).articles.contains(tokens[index - 1])
      {
        continue
      }
      for (modality, phrase) in candidates where index + phrase.count <= tokens.count {
        // "delivered as planned", « se déroule comme prévu »: a plan the outcome is compared to.
        if modality == .forecast, index > 0,
          shared.lexicon.planComparisons.contains(tokens[index - 1])
        {
          continue
        }
        if tokens.lowers(index..<(index + phrase.count), spell: phrase) {
          let after = index + phrase.count
          // « l'hôpital compte 320 lits » counts; « compte recevoir 320 lits » plans.
          if modality == .forecast, phrase.count == 1,
            shared.lexicon.modalsBeforeInfinitive.contains(phrase[0]),
            !tokens[after..<min(tokens.count, after + 3)].prefix(while: { $0.kind == .word })
              .contains(where: { word in
                // (« compte quatre pontons » counts: « quatre » is no infinitive.)
                word.startsLowercase && !shared.lexicon.startsNumberWords(word)
                  && shared.lexicon.infinitiveEndings.contains(where: { word.lower.hasSuffix($0) })
              })
          {
            continue
          }
          if modality == .forecast, let last = phrase.last,
            shared.lexicon.deadlineMarkers.contains(last),
            after >= tokens.count || tokens[after].kind == .symbol
              || (FrameRules.forLanguage(shared.language).purposePrepositions.contains(
                tokens[after].lower)
                && !(after + 1 < tokens.count && tokens[after + 1].kind == .number))
          {
            continue
          }
          markers.append((index, after, modality))
        }
      }
    }
    // "Were Lumora to buy 300,000 chips, …": an auxiliary before its subject opens a condition,
    // unless the sentence asks ("Were 5,000 delivered?").
    if let opener = tokens.first, tokens.count > 2,
      shared.lexicon.conditionalInversions.contains(opener.lower), tokens[1].isCapitalised,
      tokens.last?.text != "?"
    {
      markers.append((0, 1, .hypothetical))
    }
    // « nous dépenserons », « livrera »: a French future is a forecast marker where it stands,
    // so that « Nous avons versé 70 millions et nous dépenserons 40 millions » keeps the 70.
    if shared.lexicon.nounBeforeModel {
      for (index, modality) in Self.frenchFutures(tokens) {
        // (A hypothesis of the conditional still points ahead: its dates are to come. Asked,
        // « Accepteriez-vous que nous livrions trois unités ? », it is a question.)
        markers.append((index, index + 1, .forecast))
        if modality != .forecast, !tokens[index...].contains(where: { $0.text == "?" }) {
          markers.append((index, index + 1, modality))
        }
      }
    }
    self.triggers = triggers
    self.markers = markers.map { marker in
      (
        marker.0, marker.1, marker.2,
        Self.isQualifier(at: marker.0, in: tokens, lexicon: shared.lexicon)
      )
    }
    let capitalised = tokens.map { Names.isNameToken($0, lexicon: shared.lexicon) }
    var nameTokens = capitalised
    // A capital that opens the sentence, a list item or a cell may not make a name.
    if let openers {
      for index in tokens.indices where nameTokens[index] && Self.opens(index, in: tokens) {
        // (A capital joined by a hyphen to another is a compound name: "Carré-Dorion now has".)
        let compound =
          index + 2 < tokens.count && tokens[index + 1].text == "-" && tokens[index + 1].isGlued
          && tokens[index + 2].isGlued && tokens[index + 2].isCapitalised
        // (So does a capital that opens a configured name: "Red Coulee Custom Harvesting",
        // "Signed! Ferrand Agritech will service …".)
        nameTokens[index] =
          compound || openers.isName(tokens[index].text)
          || descriptions.map { descriptions in
            descriptions.longName(at: index, in: tokens) != nil
              || Names.name(startingAt: index, in: tokens, lexicon: shared.lexicon).map {
                descriptions.isEntity($0.0)
              } == true
          } == true
      }
    }
    // « Accepteriez-vous », « Pourra-t-il »: a verb before its subject pronoun is no name.
    let rules = FrameRules.forLanguage(shared.language)
    for index in tokens.indices.dropLast(2)
    where nameTokens[index] && tokens[index + 1].text == "-" && tokens[index + 1].isGlued {
      let pronoun =
        tokens[index + 2].lower == "t" && index + 4 < tokens.count ? index + 4 : index + 2
      if [rules.pronouns, rules.firstPerson, rules.secondPerson].contains(where: {
        $0.contains(tokens[pronoun])
      }) {
        nameTokens[index] = false
      }
    }
    self.nameTokens = nameTokens
    unnamedOpeners = zip(capitalised, nameTokens).map { $0 && !$1 }
    // A headline's "Nordane to supply 1.5 million doses": a name, then "to" and the verb.
    headlineInfinitive = tokens.prefix(8).firstIndex(where: { $0.lower == "to" }).flatMap { to in
      to > 0 && to + 1 < tokens.count && rules.framesByVerb[tokens[to + 1].lower] != nil
        && tokens[..<to].allSatisfy({ $0.kind == .word && $0.isCapitalised })
        && Names.name(endingAt: to - 1, in: tokens, lexicon: shared.lexicon) != nil ? to + 1 : nil
    }
    clauseBreaks = ClauseBreaks(tokens)
    var bystanders: [Bool]
    (bystanders, writers) = Self.bystanders(
      in: tokens, lexicon: shared.lexicon, agentPrepositions: rules.agentPrepositions,
      openers: openers)
    contractedNot = Self.hasContractedNot(tokens)
    let reported = Self.reportedClaims(in: tokens, lexicon: shared.lexicon)
    reportedClaims = reported.map { ($0.start, $0.end, $0.owner) }
    // The owner of a reported claim says it; the claim is not about them.
    for claim in reported {
      if let owned = claim.ownerTokens {
        bystanders.replaceSubrange(owned, with: owned.map { _ in true })
      }
    }
    self.bystanders = bystanders
    // The question mark that ends the sentence (closing quotes and brackets aside).
    questionMark = tokens.lastIndex { !["»", "”", "\"", ")", "'", "’"].contains($0.text) }
      .flatMap { tokens[$0].text == "?" ? $0 : nil }
  }

  /// The name starting at `index`, checked against the per-sentence table first.
  private func name(startingAt index: Int) -> (String, Int)? {
    guard index >= 0, index < tokens.count, nameTokens[index],
      let (name, end) = descriptions?.longName(at: index, in: tokens)
        ?? Names.name(startingAt: index, in: tokens, lexicon: lexicon)
    else { return nil }
    // "from France's Maronnier Élévation": a possessor before a name only places it.
    if let next = Names.afterPossessive(end, in: tokens), nameTokens[next],
      let owned = self.name(startingAt: next)
    {
      return owned
    }
    return (name, end)
  }

  /// Whether the token at `index` opens a sentence, item or cell.
  ///
  /// A sentence, a list item ("2. Post d'avril"), or a part after a colon or semicolon.
  private static func opens(_ index: Int, in tokens: [Token]) -> Bool {
    if index > 0, [":", ";"].contains(tokens[index - 1].text) { return true }
    return tokens[..<index].allSatisfy { $0.kind == .symbol || $0.kind == .number }
  }

  /// Names that say, host or make rather than are the subject of a figure, and the writers
  /// among them.
  private static func bystanders(
    in tokens: [Token], lexicon: Lexicon, agentPrepositions: WordSet, openers: OpeningNames?
  ) -> (
    [Bool], [(name: String, end: Int)]
  ) {
    var marked = [Bool](repeating: false, count: tokens.count)
    var writers: [(name: String, end: Int)] = []
    func mark(_ range: ClosedRange<Int>) { for index in range { marked[index] = true } }
    // A dateline ("PORZ-KERDU, le 15 avril 2026 (AOP) –"): its city and agency say where and
    // who wrote, and name no party.
    if let first = tokens.first, first.kind == .word, first.text.count >= 2,
      first.text == first.text.uppercased(),
      let dash = tokens.prefix(24).firstIndex(where: {
        ["-", "—", "–"].contains($0.text) && !$0.isGlued
      }),
      dash > 0, tokens[..<dash].contains(where: { lexicon.months[$0] != nil })
    {
      mark(0...(dash - 1))
    }
    for (index, token) in tokens.enumerated() {
      // Most tokens are none of these words, nor a model: one bit test turns them away.
      guard lexicon.bystanderFilter.mayContain(token.lowerHash) || token.kind == .mixed else {
        continue
      }
      let word = token.lower
      // "13 escalators, made by Escaliers Rivebois", « fabriqués par Rivebois »: the maker is
      // not whom the count is about.
      if lexicon.makingWords.contains(token), index + 1 < tokens.count,
        agentPrepositions.contains(tokens[index + 1]),
        let (_, end) = Names.name(startingAt: index + 2, in: tokens, lexicon: lexicon)
      {
        mark((index + 2)...end)
      }
      // "post on X", "posted on X", « message sur X »: the venue.
      // (Only posts and their verbs: "comments on Tesla" name a topic.)
      if lexicon.venuePrepositions.contains(token), index > 0,
        Self.postNouns.contains(tokens[index - 1])
          || lexicon.postingVerbs.contains(tokens[index - 1]),
        let (_, end) = Names.name(startingAt: index + 1, in: tokens, lexicon: lexicon),
        // "remarks on Tesla's call": the call is Tesla's, not a venue.
        !(end + 2 < tokens.count && tokens[end + 1].lower == "'" && tokens[end + 2].lower == "s")
      {
        mark((index + 1)...end)
      }
      // "a Musk post", "the Nvidia memo": the writer. Not a plural, which may be a verb:
      // "Tesla posts 50,000 deliveries".
      if lexicon.communicationNouns.contains(token), !word.hasSuffix("s"), !lexicon.nounBeforeModel,
        token.gap == " ",
        let (name, start) = Names.name(endingAt: index - 1, in: tokens, lexicon: lexicon)
      {
        mark(start...(index - 1))
        writers.append((name, index - 1))
      }
      // « le message de Musk », « les relevés d'Altmann »: the writer.
      if lexicon.nounBeforeModel, lexicon.communicationNouns.contains(token),
        index + 2 < tokens.count, ["de", "du", "d"].contains(tokens[index + 1].lower)
      {
        var start = index + 2
        if ["'", "’"].contains(tokens[start].text) { start += 1 }
        if let (name, end) = Names.name(startingAt: start, in: tokens, lexicon: lexicon) {
          mark(start...end)
          writers.append((name, end))
        }
      }
      // "Musk's post", "Musk's Q1 call comments": the writer.
      if word == "'", token.isGlued, index + 1 < tokens.count, tokens[index + 1].lower == "s",
        let (name, start) = Names.name(endingAt: index - 1, in: tokens, lexicon: lexicon),
        tokens[(index + 2)..<min(tokens.count, index + 5)].prefix(while: {
          $0.kind != .symbol && !lexicon.itemStopWords.contains($0)
        }).contains(where: { lexicon.communicationNouns.contains($0) })
      {
        mark(start...(index - 1))
        writers.append((name, index - 1))
      }
      // Goods in lower case or capitals: "Arden Systems" is a name, not a maker's systems.
      let titleCase = token.isCapitalised && token.text.dropFirst().first?.isLowercase == true
      guard (lexicon.goodsNouns.contains(token) && !titleCase) || ItemFinder.isModel(token) else {
        continue
      }
      // The maker: "Nvidia hardware", "Nvidia H100s", « matériel Nvidia ». A known buyer is
      // none: "Tesla GPU deliveries" are deliveries to Tesla.
      if lexicon.nounBeforeModel {
        if let (name, end) = Names.name(startingAt: index + 1, in: tokens, lexicon: lexicon),
          tokens[index + 1].gap == " ", !(openers?.isParty(name) ?? false)
        {
          mark((index + 1)...end)
        }
      } else if token.gap == " ",
        let (name, start) = Names.name(endingAt: index - 1, in: tokens, lexicon: lexicon),
        !(openers?.isParty(name) ?? false)
      {
        mark(start...(index - 1))
      }
    }
    return (marked, writers)
  }

  /// Nouns of what is posted somewhere: a name after one and "on" / « sur » is the venue.
  private static let postNouns: WordSet = [
    "post", "posts", "tweet", "tweets", "message", "messages", "thread", "video", "blog",
    "podcast", "publication", "billet", "vidéo",
  ]

  /// Whether the name at `index` says, hosts or makes rather than takes part.
  ///
  /// "Musk's post", "his post on X", "Nvidia hardware"; also a capital that opens the
  /// sentence, a list item or a cell without making a name (« Chasse-neige Galerne à commander
  /// pour 2027 »), for readers that find names on their own.
  func isBystander(_ index: Int) -> Bool { bystanders[index] || unnamedOpeners[index] }

  /// Who wrote what the figure at `index` comes from, when a possessive says so: "Musk's post
  /// about ~$10 billion".
  func writer(before index: Int) -> String? {
    writers.last { $0.end < index }?.name
  }

  /// The name nearest before `index` in its clause, within `reach` tokens: who "put the
  /// figure at 7" in "a day after Kessler's Tom Reyes put the figure at 7".
  func nameBefore(_ index: Int, reach: Int) -> String? {
    var probe = index - 1
    while probe >= max(0, index - reach), ![",", ";", ":"].contains(tokens[probe].text) {
      if let (name, _) = Names.name(endingAt: probe, in: tokens, lexicon: lexicon) { return name }
      probe -= 1
    }
    return nil
  }

  /// The name that opens the clause holding `index` (the holder in "Musk holds 20.5% of …"), or
  /// the entity a configured description there stands for.
  func clauseSubject(before index: Int) -> String? {
    // "It was Rivalys Habitat, a landlord in Lyon, that gave up …", « C'est Rivalys qui a
    // cédé … »: a cleft puts the subject first.
    if let subject = cleftSubject(before: index) { return subject }
    var start = index - 1
    // A clause ends at punctuation, and after a verb of saying or "that": "the union says
    // Combes gave Rhônevia nine" has Combes for its subject.
    while start > 0, ![",", ";", ":", "—", "–", "("].contains(tokens[start - 1].text),
      !lexicon.reportingVerbs.contains(tokens[start - 1]),
      !["that", "que", "qu"].contains(tokens[start - 1].lower)
    {
      start -= 1
    }
    var probe = max(0, start, index - 40)
    while probe < index {
      // A configured description stands for its entity (« l'armateur normand a récupéré »).
      if let (name, _) = self.name(startingAt: probe) ?? descriptions?.match(at: probe, in: tokens),
        !products.contains(FirstPerson.key(name))
      {
        return name
      }
      probe += 1
    }
    // "Morrow Marine, a Scottish owner, ceded", « que Northgate Hospital Group, un groupe
    // irlandais, a cédées »: an apposition between commas (opening lower-case) comes between
    // the subject and its verb; the clause found is the apposition or what follows it.
    guard start >= 2, tokens[start - 1].text == "," else { return nil }
    let earlier = tokens[max(0, start - 14)..<(start - 1)].lastIndex(where: { $0.text == "," })
    for opening in [start - 1, earlier].compactMap({ $0 }) where opening > 0 {
      // The apposition opens with an article and closes with a comma followed by at most an
      // auxiliary or two (not « , dont deux ont été cédées », not « , nous avons cédé »).
      guard opening + 1 < index, Self.appositionArticles.contains(tokens[opening + 1]),
        let closing = tokens[(opening + 1)..<index].lastIndex(where: { $0.text == "," }),
        index - closing <= 3,
        tokens[(closing + 1)..<index].allSatisfy({ $0.kind == .word && $0.startsLowercase }),
        let (name, _) = Names.name(endingAt: opening - 1, in: tokens, lexicon: lexicon)
      else { continue }
      return name
    }
    return nil
  }

  // MARK: - Speaker

  /// Who the sentence says asserts it: "Musk said", "said Musk", "according to Musk", « a déclaré
  /// Musk », « selon Musk ».
  ///
  /// Nil when no person is named.
  func speaker() -> (name: String, range: ClosedRange<Int>)? {
    // (By index: most tokens are neither a source phrase nor a reporting verb, and are not
    // copied to be told so.)
    for index in tokens.indices {
      if let end = phraseEnd(lexicon.sourcePhrases, at: index), let (name, last) = nameAfter(end) {
        return (name, index...last)
      }
      guard lexicon.reportingVerbs.contains(tokens[index]) else { continue }
      let token = tokens[index]
      // Up to two auxiliaries or adverbs between the name and the verb: "Delvaux now says",
      // "Lind has also said", « Roy a aussi déclaré ».
      var before = index - 1
      while before >= 0, index - before <= 2, Self.beforeReportingVerb(tokens[before]) {
        before -= 1
      }
      let afterComma = before >= 0 && [",", "\"", "”", "»", "—", "–"].contains(tokens[before].text)
      // "Musk said", « Musk a déclaré » (an announcing verb only with "that"/« que » after it).
      let quotes =
        !lexicon.announcingVerbs.contains(token)
        || (index + 1 < tokens.count
          && ["that", "que", "qu", ":"].contains(tokens[index + 1].lower))
      if quotes, let (name, start) = Names.name(endingAt: before, in: tokens, lexicon: lexicon) {
        return (name, start...index)
      }
      // "Oxbow's chief technology officer, Leif Amundsen, wrote that": the apposition's name.
      if quotes, before > 1, tokens[before].text == ",",
        let (name, start) = Names.name(endingAt: before - 1, in: tokens, lexicon: lexicon),
        start > 0, tokens[start - 1].text == ",", name.contains(" ")
      {
        return (name, start...index)
      }
      // "Deirdre Fahy, the opposition's health spokesperson, said": the name before the
      // apposition.
      if quotes, before > 1, tokens[before].text == ",",
        let opening = tokens[max(0, before - 10)..<before].lastIndex(where: { $0.text == "," }),
        opening > 0,
        let (name, start) = Names.name(endingAt: opening - 1, in: tokens, lexicon: lexicon),
        name.contains(" ")
      {
        return (name, start...index)
      }
      // "…, said Musk", « …, a déclaré Musk », « a annoncé sa PDG, Anne Villiers ».
      if afterComma, let (name, last) = nameAfter(index + 1) {
        return (name, index...last)
      }
    }
    return nil
  }

  /// An auxiliary or adverb that may stand between a speaker's name and the verb of saying.
  private static func beforeReportingVerb(_ token: Token) -> Bool {
    guard token.kind == .word, token.startsLowercase else { return false }
    // English adverbs of manner ("publicly", "repeatedly") end in -ly.
    return auxiliariesAndAdverbs.contains(token)
      || (token.lower.count > 4 && token.lower.hasSuffix("ly") && token.lower != "only")
  }

  private static let auxiliariesAndAdverbs: WordSet = [
    "a", "has", "had", "have", "ont", "avait", "avaient", "also", "then", "later", "now", "still",
    "again", "today", "aussi", "également", "encore", "alors", "désormais", "maintenant",
    "toujours", "ensuite", "déjà", "already",
  ]

  /// A name at `index`, after at most five lower-case words, titles or commas ("sa directrice générale,").
  private func nameAfter(_ index: Int) -> (String, Int)? {
    var probe = index
    while probe < tokens.count, probe - index <= 5 {
      if let found = Names.name(startingAt: probe, in: tokens, lexicon: lexicon) { return found }
      let token = tokens[probe]
      let skippable =
        token.text == "," || Names.titles.contains(token.text)
        || (token.kind == .word && token.startsLowercase)
      guard skippable else { return nil }
      probe += 1
    }
    return nil
  }

  // MARK: - Subject and flow

  /// Where things moved, each with the tokens it spans, in sentence order.
  ///
  /// "from Tesla to X", « pour Tesla vers X », « de Tesla à X », "Tesla's H100s were redirected
  /// to X". A sentence can tell of two moves ("Tesla's went to X, and X's to Tesla").
  func flows() -> [(flow: Flow, range: ClosedRange<Int>)] {
    var found: [(flow: Flow, range: ClosedRange<Int>)] = []
    // A word that can both give and receive (« à »): after a verb of sending it receives
    // (« livrer à Brightwave »), after a word of reserving it gives (« réservés à Halden »).
    func after(_ words: WordSet, _ index: Int) -> Bool {
      index > 0 && words.contains(tokens[index - 1])
        && lexicon.flowFrom.contains(tokens[index])
        && lexicon.flowTo.contains(tokens[index])
    }
    for (index, token) in tokens.enumerated() where lexicon.flowFrom.contains(token) {
      // « à » gives only after a word of reserving: « livré 500 pompes à Logis Rhône et 300 à
      // Foncière Arvor » are two sales, « réservées à Halden, livrées à X » a move.
      let ambiguous = lexicon.flowTo.contains(token)
      // « d'Armor Ferries »: the elided preposition's apostrophe.
      let start =
        index + 1 < tokens.count && ["'", "’"].contains(tokens[index + 1].text)
        ? index + 2 : index + 1
      guard !after(lexicon.sendingVerbs, index), movesHere(before: index),
        !ambiguous || (index > 0 && lexicon.reservationWords.contains(tokens[index - 1])),
        // (« fabriqués à Lannevez pour Halvorsen »: where goods were made gives nothing.)
        !(ambiguous && index > 0 && lexicon.makingWords.contains(tokens[index - 1])),
        // « du CHU de Valmont »: a particle inside a move's name starts no other; nor one inside
        // a party's name (« commandées par Terminaux de l'Estuaire »).
        !found.contains(where: { $0.range.contains(index) }),
        !insideName(index),
        let (from, fromEnd) = party(at: start), !isPlace(from)
      else { continue }
      var probe = fromEnd + 1
      // "hand 150 units, built for the Danish line, to Sorelle": an aside set off by commas
      // that names whom the goods were for ends at its closing comma, not the move.
      var asideOpen =
        index >= 2 && tokens[index - 2].text == ","
        && lexicon.reservationWords.contains(tokens[index - 1])
      // "booked for Halden Motors for March delivery are being shipped to Brightwave".
      while probe < tokens.count, probe - fromEnd <= 8,
        !(tokens[probe].text == ";" || (tokens[probe].text == "," && !asideOpen))
      {
        if tokens[probe].text == "," { asideOpen = false }
        if lexicon.flowTo.contains(tokens[probe]), !after(lexicon.reservationWords, probe),
          let (to, toEnd) = recipient(after: probe)
        {
          found.append((Flow(from: from, to: to), index...toEnd))
          break
        }
        probe += 1
      }
    }
    // Goods reserved for one party that a verb of sending gives to another, in either order:
    // "shipped to B the 8,000 K9s reserved for A", « fait livrer à B 8 000 K9 réservés à A ».
    if found.isEmpty {
      found += reservedAndSent()
    }
    // The receiver first, after a verb of motion: "2 jets came to us from Hexavia's slot".
    if found.isEmpty {
      found += cameToFrom()
    }
    // "Eight chargers built for Armorine reached our depot": reserved for one, arrived at another.
    if found.isEmpty {
      found += reservedAndArrived()
    }
    // "Pelican Air transferred 5 jets to its subsidiary Skyvane": the holder gives.
    if found.isEmpty {
      found += transferredTo()
    }
    // "Six drones built for Corgelay are flying at Taillefer instead": reserved for one, serving
    // another.
    if found.isEmpty {
      found += reservedButInstead()
    }
    // "Our March lot of 250,000 doses was passed to Agence Mosane": ours, sent on.
    if found.isEmpty, let firstPersonParty {
      for index in tokens.indices where Self.ourWords.contains(tokens[index]) {
        var sent = false
        for probe in (index + 1)..<min(tokens.count, index + 16) {
          let word = tokens[probe].lower
          if [",", ";", "."].contains(tokens[probe].text) { break }
          if lexicon.sendingVerbs.contains(word) { sent = true }
          if sent, lexicon.flowTo.contains(word), let (to, toEnd) = recipient(after: probe),
            to != firstPersonParty
          {
            found.append((Flow(from: firstPersonParty, to: to), index...toEnd))
            break
          }
        }
        if !found.isEmpty { break }
      }
    }
    // "Tesla's H100s were redirected to X": the owner gives, the name after "to" receives.
    for index in tokens.indices.dropFirst()
    where tokens[index].text == "'" || tokens[index].text == "’" {
      guard tokens[index].isGlued, index + 1 < tokens.count, tokens[index + 1].lower == "s",
        let (from, start) = Names.name(endingAt: index - 1, in: tokens, lexicon: lexicon),
        !found.contains(where: { $0.range.contains(start) }),
        // "Vestral's records show 1,200: 700 delivered to Saint-Gatien": what the owner wrote,
        // not what it gave; "Kessler's deliveries to Nordhavn": a sale, its "to" the buyer.
        // "Ardeven's own board paper … puts its payments to Nordane at": the noun phrase the
        // possessive opens, a few words long.
        !tokens[(index + 2)..<min(tokens.count, index + 6)].prefix(while: { $0.kind == .word })
          .contains(where: { word in
            lexicon.communicationNouns.contains(word.lower)
              || [.seller, .payer].contains(
                FrameRules.forLanguage(shared.language).nominals[word.lower]?.agent)
          })
      else { continue }
      for probe in (index + 2)..<min(tokens.count, index + 24)
      where lexicon.flowTo.contains(tokens[probe]) {
        // "Domvia's supplier Veyra Heat delivered … to Calder": the possessive belongs to a
        // party named before the verb, not to the goods.
        // (A product right after the possessive is the goods: "6 of Ligéria's Lumio sets to
        // Northmoor", where a party is configured and "Lumio" is none.)
        if ((index + 2)..<probe).contains(where: { position in
          nameTokens[position]
            && !(position == index + 2
              && descriptions.map { descriptions in
                Names.name(startingAt: position, in: tokens, lexicon: lexicon).map {
                  !descriptions.isEntity($0.0)
                } ?? false
              } == true)
        }) {
          break
        }
        if let (to, toEnd) = Names.name(startingAt: probe + 1, in: tokens, lexicon: lexicon),
          to != from
        {
          found.append((Flow(from: from, to: to), start...toEnd))
          break
        }
      }
    }
    return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// Whether a name is a country (`Countries`) the configuration does not name as a party.
  private func isPlace(_ name: String) -> Bool {
    Countries.isCountry(name) && descriptions?.isEntity(name) != true
  }

  /// A party of a move at `index`: a name ("Tesla"), a configured description ("the
  /// automaker", « au constructeur »), or "us" when the speaker's party is known; its name and
  /// last token.
  private func party(at index: Int) -> (String, Int)? {
    if let firstPersonParty, index < tokens.count, ["us", "nous"].contains(tokens[index].lower) {
      return (firstPersonParty, index)
    }
    if let found = descriptions?.longName(at: index, in: tokens)
      ?? Names.name(startingAt: index, in: tokens, lexicon: lexicon)
      ?? descriptions?.match(at: index, in: tokens)
    {
      return found
    }
    // "go to fire-hit Agrisambre": a compound adjective before a name.
    if let adjectiveEnd = Self.compoundAdjectiveEnd(at: index, in: tokens) {
      return party(at: adjectiveEnd + 1)
    }
    // « destinés au britannique Larkfield Parcels »: an adjective of nationality before a
    // configured name.
    if let descriptions, index + 1 < tokens.count, tokens[index].startsLowercase,
      lexicon.demonymNounEndings.contains(where: { tokens[index].lower.hasSuffix($0) }),
      let named = descriptions.longName(at: index + 1, in: tokens)
        ?? Names.name(startingAt: index + 1, in: tokens, lexicon: lexicon),
      descriptions.isEntity(named.0)
    {
      return named
    }
    // « destinés au programme Quai des Tanneurs d'Habitat Sillon Nord »: a noun after « au ».
    if index > 0, index < tokens.count, tokens[index].kind == .word, tokens[index].startsLowercase,
      Self.contractions.contains(tokens[index - 1])
    {
      return described(from: index)
    }
    // "from a Halvorsen lot", « d'une commande Halvorsen »: goods taken from one lot or order
    // of a party (a name after an indefinite article only so).
    if index + 2 < tokens.count, Self.indefiniteArticles.contains(tokens[index]),
      tokens[index + 1].isCapitalised,
      let (name, end) = Names.name(startingAt: index + 1, in: tokens, lexicon: lexicon),
      end + 1 < tokens.count, Self.lotNouns.contains(tokens[end + 1])
    {
      return (name, end + 1)
    }
    if index + 2 < tokens.count, Self.indefiniteArticles.contains(tokens[index]),
      Self.lotNouns.contains(tokens[index + 1]),
      let (name, end) = Names.name(startingAt: index + 2, in: tokens, lexicon: lexicon)
    {
      return (name, end)
    }
    // « pour le parc éolien de Lanvoy »: a place its name stands for; « à la Ville de
    // Valcrête »: a name after its article.
    guard index < tokens.count, Self.determiners.contains(tokens[index]) else { return nil }
    // "for our colleagues at CHU de Castelrive", « pour nos collègues du CHU »: the people of an
    // organisation stand for it.
    if index + 3 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].startsLowercase,
      FrameRules.forLanguage(shared.language).organisationPrepositions.contains(
        tokens[index + 2].lower),
      let found = party(at: index + 3)
    {
      return found
    }
    // « l'Écossais Cairnmore »: the elided article's apostrophe.
    let next =
      index + 2 < tokens.count && ["'", "’"].contains(tokens[index + 1].text)
      ? index + 2 : index + 1
    if next < tokens.count, tokens[next].isCapitalised,
      let found = descriptions?.longName(at: next, in: tokens)
        ?? Names.name(startingAt: next, in: tokens, lexicon: lexicon)
    {
      // « chez l'Écossais Cairnmore »: a noun of nationality before a configured name.
      if let descriptions, !descriptions.isEntity(found.0),
        lexicon.demonymNounEndings.contains(where: { tokens[next].lower.hasSuffix($0) }),
        let named = Names.name(startingAt: next + 1, in: tokens, lexicon: lexicon),
        descriptions.isEntity(named.0)
      {
        return named
      }
      // "built for its Quai des Tanneurs programme", "for their Les Crêtes lift": a place or
      // project of the party that opens the sentence.
      // (A configured name there is such a place; another is when a noun follows it.)
      let nounAfter =
        found.1 + 1 < tokens.count && tokens[found.1 + 1].kind == .word
        && tokens[found.1 + 1].startsLowercase
      if let descriptions,
        FrameRules.forLanguage(shared.language).possessives.contains(tokens[index]),
        nounAfter || descriptions.isEntity(found.0),
        let owner = (0..<index).lazy.compactMap({ end in
          Names.name(endingAt: end, in: self.tokens, lexicon: self.lexicon).flatMap {
            descriptions.isEntity($0.0) ? $0.0 : nil
          }
        }).first
      {
        return (owner, nounAfter ? found.1 + 1 : found.1)
      }
      return owner(of: found) ?? found
    }
    return described(from: index + 1)
  }

  /// The configured party a name that is none belongs to: "Quai des Tanneurs d'Habitat Sillon
  /// Nord", "the Halswick programme of Cresswell Homes Trust".
  private func owner(of found: (String, Int)) -> (String, Int)? {
    guard let descriptions, !descriptions.isEntity(found.0) else { return nil }
    // The name may have taken its owner in: "Quai des Tanneurs d'Habitat Sillon Nord".
    for probe in stride(from: found.1 - 1, through: max(1, found.1 - 8), by: -1)
    where Self.ofWords.contains(tokens[probe]) {
      let start =
        probe + 1 < tokens.count && ["'", "’"].contains(tokens[probe + 1].text)
        ? probe + 2 : probe + 1
      if let owner = descriptions.longName(at: start, in: tokens)
        ?? Names.name(startingAt: start, in: tokens, lexicon: lexicon),
        owner.1 == found.1, descriptions.isEntity(owner.0)
      {
        return owner
      }
    }
    guard found.1 + 2 < tokens.count, Self.ofWords.contains(tokens[found.1 + 1]) else {
      return nil
    }
    let start =
      ["'", "’"].contains(tokens[found.1 + 2].text) && found.1 + 3 < tokens.count
      ? found.1 + 3 : found.1 + 2
    guard
      let owner = descriptions.longName(at: start, in: tokens)
        ?? Names.name(startingAt: start, in: tokens, lexicon: lexicon),
      descriptions.isEntity(owner.0)
    else { return nil }
    return owner
  }

  /// The party a verb of sending before `end` sends to, named before `end` too: "delivered to
  /// Oxbow the 96 nodes", « a livré en septembre au studio Oxbow les 96 nœuds ».
  func sentTo(before end: Int) -> String? {
    var index = end - 1
    while index >= 0, end - index <= 16 {
      if [";", ".", ":"].contains(tokens[index].text) { return nil }
      if lexicon.sendingVerbs.contains(tokens[index]) {
        for probe in (index + 1)..<min(end, index + 6)
        where lexicon.flowTo.contains(tokens[probe]) {
          if let (to, toEnd) = recipient(after: probe), toEnd < end { return to }
        }
        return nil
      }
      index -= 1
    }
    return nil
  }

  /// The party a verb of sending after `start` sends to: "were sent to Réseau Lesse", « sont
  /// parties en mars au réseau Lesse ».
  func sentTo(after start: Int) -> String? {
    var index = start + 1
    while index < min(tokens.count, start + 16) {
      if [";", "."].contains(tokens[index].text) { return nil }
      if lexicon.sendingVerbs.contains(tokens[index]) {
        for probe in index..<min(tokens.count, index + 5)
        where lexicon.flowTo.contains(tokens[probe]) {
          if let (to, _) = recipient(after: probe) { return to }
        }
      }
      index += 1
    }
    return nil
  }

  /// The party the goods after `start` were reserved for, if the sentence says: "5,000 meters
  /// that Kervalon had built for Sarlières", « qui devaient partir pour Sarlières ».
  func reservedFor(after start: Int) -> String? {
    var index = start + 1
    while index + 1 < min(tokens.count, start + 14) {
      // A part of the figure has its own words: "300 boilers, including 120 ordered by Orvane".
      if [";", ".", ":"].contains(tokens[index].text)
        || FrameMatcher.opensPart(at: index, in: tokens, lexicon: lexicon)
      {
        return nil
      }
      // « devaient partir en mars pour Sarlières »: a month may come between.
      var preposition = index + 1
      if preposition + 2 < tokens.count, lexicon.months[tokens[preposition + 1]] != nil {
        preposition += 2
      }
      if lexicon.makingWords.contains(tokens[index]) {
        if let (name, _) = madeFor(after: index) { return name }
      } else if lexicon.reservationWords.contains(tokens[index]),
        lexicon.flowFrom.contains(tokens[preposition])
          || lexicon.flowTo.contains(tokens[preposition]),
        !namesSeller(verb: index, preposition: preposition),
        let (name, _) = party(at: preposition + 1)
      {
        return name
      }
      if let name = intendedBuyer(at: index) { return name }
      index += 1
    }
    return nil
  }

  /// Whether the preposition at `preposition` names the seller of the verb of buying at
  /// `verb`: "ordered from Hollin", « commandées à Hollin » name who sells, not whom the goods
  /// were for.
  private func namesSeller(verb: Int, preposition: Int) -> Bool {
    FrameRules.forLanguage(shared.language).framesByVerb[tokens[verb].lower]?.contains {
      $0.agent == .buyer && $0.prepositions[[tokens[preposition].lower]] == .seller
    } == true
  }

  /// The party goods were made for, after a word of making at `index`: "built for Valcombe",
  /// « fabriquées à Villarcel pour Valcombe » (where they were made may come between).
  private func madeFor(after index: Int) -> (String, Int)? {
    var probe = index + 1
    while probe + 1 < min(tokens.count, index + 12),
      ![",", ";", ".", ":"].contains(tokens[probe].text)
    {
      if lexicon.beneficiaryPrepositions.contains(tokens[probe]) {
        // "built for its new depot": the subject's own goods, for no other party (unless the
        // maker is "we": "the lifts we had built for its programme" are another's).
        let rules = FrameRules.forLanguage(shared.language)
        if rules.possessives.contains(tokens[probe + 1]),
          !tokens[max(0, index - 3)..<index].contains(where: {
            rules.firstPerson.contains($0)
          })
        {
          return nil
        }
        if let found = party(at: probe + 1) { return found }
      }
      probe += 1
    }
    return nil
  }

  /// The buyer a sale was meant for, when the words at `index` say so: « devaient équiper un
  /// opérateur britannique », "were meant to supply Larkfield" (a verb of selling whose object
  /// is its buyer, after a word of intention and, in English, "to").
  private func intendedBuyer(at index: Int) -> String? {
    guard lexicon.intentionModals.contains(tokens[index]) else { return nil }
    let rules = FrameRules.forLanguage(shared.language)
    var verb = index + 1
    if verb < tokens.count, lexicon.intentionModals.contains(tokens[verb]) { verb += 1 }
    if verb < tokens.count, rules.infinitiveMarkers.contains(tokens[verb]) { verb += 1 }
    guard verb + 1 < tokens.count,
      rules.framesByVerb[tokens[verb].lower]?.contains(where: {
        $0.id.hasPrefix("sale.") && $0.object == .buyer
      }) == true,
      let (name, _) = party(at: verb + 1)
    else { return nil }
    return name
  }

  /// Goods after `start` reserved for a pronoun, then sent on: "160 bikes that Crevelle built
  /// for it to Lyvéo" (the pronoun is the giver, the subject of the sentence's verb): the
  /// party they went to.
  func reservedForPronounThenSentTo(after start: Int) -> String? {
    let rules = FrameRules.forLanguage(shared.language)
    var index = start + 1
    while index + 2 < min(tokens.count, start + 16) {
      if [";", ".", ":"].contains(tokens[index].text) { return nil }
      if lexicon.reservationWords.contains(tokens[index]),
        lexicon.flowFrom.contains(tokens[index + 1]),
        rules.pronouns.contains(tokens[index + 2])
          || rules.objectPronouns.contains(tokens[index + 2])
      {
        var probe = index + 3
        while probe < min(tokens.count, index + 6), ![",", ";", "."].contains(tokens[probe].text) {
          if lexicon.flowTo.contains(tokens[probe]), let (to, _) = recipient(after: probe) {
            return to
          }
          probe += 1
        }
        return nil
      }
      index += 1
    }
    return nil
  }

  /// A move by a verb of moving what one holds, whose subject gives: "Pelican Air transferred
  /// 5 jets to its subsidiary Skyvane", « Air Sorlingue a transféré 5 avions à sa filiale ».
  private func transferredTo() -> [(flow: Flow, range: ClosedRange<Int>)] {
    guard !lexicon.transferVerbs.isEmpty else { return [] }
    let agents = FrameRules.forLanguage(shared.language).agentPrepositions
    for verb in tokens.indices where lexicon.transferVerbs.contains(tokens[verb]) {
      // "six trucks, ceded by Strathcairn Council": given up by the agent, whoever took them.
      if lexicon.relinquishingVerbs.contains(tokens[verb]), verb + 2 < tokens.count,
        agents.contains(tokens[verb + 1])
      {
        if let (from, fromEnd) = party(at: verb + 2),
          !((fromEnd + 1)..<min(tokens.count, fromEnd + 4)).contains(where: {
            lexicon.flowTo.contains(tokens[$0])
          })
        {
          return [(Flow(from: from, to: nil), verb...fromEnd)]
        }
        continue
      }
      guard
        let from = clauseSubject(before: verb) ?? owner(ofGoodsMovedBy: verb)
          ?? writersGoods(movedBy: verb)
      else { continue }
      // "Combes gave Rhônevia nine Arolles": the receiver right after the verb, then the goods.
      if let (to, toEnd) = party(at: verb + 1), to != from, toEnd + 1 < tokens.count,
        tokens[toEnd + 1].kind == .number || lexicon.units[tokens[toEnd + 1]] != nil
      {
        return [(Flow(from: from, to: to), verb...toEnd)]
      }
      var probe = verb + 1
      // "pass 250,000 doses, not 400,000, to Agence Mosane": an aside between commas is passed.
      while probe < min(tokens.count, verb + 20), ![";", "."].contains(tokens[probe].text),
        !(tokens[probe].text == "," && probe + 1 < tokens.count
          && lexicon.clauseOpeners.contains(tokens[probe + 1]))
      {
        // "moved 6 of your Lumio sets to us": goods of the one spoken to are not the mover's to
        // give ("5 of its jets" are).
        if lexicon.shareOf.contains(tokens[probe]), probe + 1 < tokens.count,
          FrameRules.forLanguage(shared.language).secondPerson.contains(tokens[probe + 1])
        {
          break
        }
        if lexicon.flowTo.contains(tokens[probe]), let (to, toEnd) = recipient(after: probe),
          to != from
        {
          return [(Flow(from: from, to: to), verb...toEnd)]
        }
        probe += 1
      }
      // "the 250 pumps Northgate gave up in June", « les 250 pompes que Northgate a cédées en
      // juin »: goods given up, whoever took them, left the giver. (Not when a pronoun before
      // the verb says who took them: « nous a cédé 16 bornes ».)
      if verb + 1 < tokens.count,
        tokens[verb + 1].lower == "up"
          || (lexicon.relinquishingVerbs.contains(tokens[verb])
            && !tokens[(verb + 1)..<probe].contains(where: { lexicon.flowTo.contains($0) })),
        !tokens[max(0, verb - 3)..<verb].contains(where: {
          Self.recipientClitics.contains($0)
        })
      {
        return [(Flow(from: from, to: nil), verb...verb)]
      }
    }
    return []
  }

  /// Whose the goods a participle moved were, by what the clause says of them after the move:
  /// "the 6 trainsets reassigned to Northmoor were ours", « les 6 rames réaffectées à Northmoor
  /// étaient les nôtres », "… belonged to Ligéria", « … appartenaient à Ligéria ».
  private func owner(ofGoodsMovedBy verb: Int) -> String? {
    var probe = verb + 1
    while probe + 1 < min(tokens.count, verb + 16),
      ![";", ".", ",", ":"].contains(tokens[probe].text)
    {
      let word = tokens[probe].lower
      if Self.copulas.contains(word) {
        var next = probe + 1
        if Self.determiners.contains(tokens[next]), next + 1 < tokens.count { next += 1 }
        if Self.ourPronouns.contains(tokens[next]) { return firstPersonParty }
      }
      if Self.belongingVerbs.contains(word), lexicon.flowTo.contains(tokens[probe + 1]),
        let (owner, _) = party(at: probe + 2)
      {
        return owner
      }
      probe += 1
    }
    return nil
  }

  /// The writer's organisation for goods a participle moves with no giver named anywhere:
  /// « Armoires Vigie cédées à Valcrête » in Vauclère's own notes (not "250 reassigned to the
  /// group from Northgate", not "We moved 6 … to Northmoor").
  private func writersGoods(movedBy verb: Int) -> String? {
    let rules = FrameRules.forLanguage(shared.language)
    guard let firstPersonParty, verb > 0, rules.isParticiple(tokens[verb].lower),
      tokens[verb - 1].kind == .word || tokens[verb - 1].kind == .mixed,
      !rules.passiveAuxiliaries.contains(tokens[verb - 1]),
      !rules.perfectAuxiliaries.contains(tokens[verb - 1]),
      !rules.firstPerson.contains(tokens[verb - 1]),
      !rules.pronouns.contains(tokens[verb - 1]),
      // (A source said after it: "from Northgate", « de Northgate »; « à » receives.)
      !tokens[(verb + 1)...].prefix(while: { ![";", "."].contains($0.text) }).contains(where: {
        lexicon.flowFrom.contains($0) && !lexicon.flowTo.contains($0)
      })
    else { return nil }
    return firstPersonParty
  }

  private static let copulas: WordSet = [
    "was", "were", "is", "are", "était", "étaient", "est", "sont",
  ]
  /// Possessive pronouns of the first person plural: "ours", « les nôtres ».
  private static let ourPronouns: WordSet = ["ours", "nôtres", "nôtre"]
  private static let belongingVerbs: WordSet = [
    "belonged", "belong", "belongs", "appartenaient", "appartenait", "appartient", "appartiennent",
  ]

  /// Goods reserved for one party that reached another or that another installed: "Eight
  /// chargers built for Armorine reached our Avonmead depot", "Pellmoor has installed 12
  /// chargers that Meuvane built for Armorine", « des bornes destinées à Armorine, installées
  /// chez Pellmoor ».
  private func reservedAndArrived() -> [(flow: Flow, range: ClosedRange<Int>)] {
    guard !lexicon.arrivalVerbs.isEmpty else { return [] }
    let agents = FrameRules.forLanguage(shared.language).agentPrepositions
    // Reserved for A ("built for Armorine"), or handed on by A (« cédées par le Groupement »).
    for index in tokens.indices.dropFirst()
    where
      (lexicon.reservationWords.contains(tokens[index - 1])
      && lexicon.flowFrom.contains(tokens[index])
      && !namesSeller(verb: index - 1, preposition: index))
      || ((lexicon.sendingVerbs.contains(tokens[index - 1])
        || lexicon.transferVerbs.contains(tokens[index - 1]))
        && agents.contains(tokens[index]))
    {
      // Made somewhere, for someone: the party after "for", « pour ».
      let made =
        lexicon.makingWords.contains(tokens[index - 1])
        ? madeFor(after: index - 1) : nil
      if lexicon.makingWords.contains(tokens[index - 1]), made == nil { continue }
      guard let (from, fromEnd) = made ?? party(at: index + 1) else { continue }
      for verb in tokens.indices where lexicon.arrivalVerbs.contains(tokens[verb]) {
        var to: (name: String, end: Int)?
        if verb > fromEnd {
          // The place after the verb: "reached our depot", "installed at Pellmoor's depot".
          var probe = verb + 1
          while to == nil, probe < min(tokens.count, verb + 4) {
            if [",", ";", "."].contains(tokens[probe].text) { break }
            if let firstPersonParty, Self.ourWords.contains(tokens[probe]) {
              to = (firstPersonParty, probe)
            } else if let found = party(at: probe) {
              to = found
            } else if Self.determiners.contains(tokens[probe]),
              let found = described(from: probe + 1)
            {
              // « ont rejoint les quais de Kaaiport », "reached the yard of Pellmoor".
              to = found
            }
            probe += 1
          }
        } else if verb < index - 1, let cleft = cleftReceiver(before: verb) {
          // « C'est à Kaaiport que sont arrivées les deux grues construites pour TDE ».
          to = cleft
        } else if verb < index - 1, let holder = clauseSubject(before: verb) {
          // "Pellmoor has installed 12 chargers that … built for Armorine": who installed holds.
          to = (holder, verb)
        }
        if let to, to.name != from {
          return [(Flow(from: from, to: to.name), min(index, verb)...max(fromEnd, to.end))]
        }
      }
    }
    return []
  }

  /// Goods made or reserved for one party that a word of replacement says serve another:
  /// "Six drones that Aérolys built for Corgelay are flying at Taillefer instead", « six drones
  /// construits pour Corgelay volent chez Taillefer à la place ».
  private func reservedButInstead() -> [(flow: Flow, range: ClosedRange<Int>)] {
    guard !lexicon.insteadWords.isEmpty,
      let instead = tokens.indices.first(where: {
        ClauseFields.phraseEnd(lexicon.insteadWords, at: $0, in: tokens) != nil
      })
    else { return [] }
    for index in tokens.indices.dropFirst() where index < instead {
      let word = tokens[index - 1].lower
      guard lexicon.reservationWords.contains(word) || lexicon.makingWords.contains(word) else {
        continue
      }
      let reserved =
        lexicon.makingWords.contains(word)
        ? madeFor(after: index - 1)
        : (lexicon.flowFrom.contains(tokens[index])
          && !namesSeller(verb: index - 1, preposition: index)
          ? party(at: index + 1) : nil)
      guard let (from, fromEnd) = reserved else { continue }
      // The other party before the word of replacement or just after it.
      var probe = fromEnd + 1
      while probe < min(tokens.count, instead + 8), ![";", "."].contains(tokens[probe].text) {
        if lexicon.insteadPrepositions.contains(tokens[probe]),
          let (to, toEnd) = party(at: probe + 1), to != from
        {
          return [(Flow(from: from, to: to), (index - 1)...max(toEnd, instead))]
        }
        probe += 1
      }
    }
    return []
  }

  /// The receiver a cleft puts first, before `verb`: « C'est à Kaaiport que sont arrivées »,
  /// "It was to Kaaiport that the cranes went".
  private func cleftReceiver(before verb: Int) -> (String, Int)? {
    var index = 0
    while index + 4 < verb {
      if ["c", "it"].contains(tokens[index].lower) {
        var probe = index + 1
        if ["'", "’"].contains(tokens[probe].text) { probe += 1 }
        if probe + 2 < verb, Self.cleftVerbs.contains(tokens[probe]),
          lexicon.flowTo.contains(tokens[probe + 1]),
          let (to, end) = party(at: probe + 2), end + 1 < verb,
          ["que", "qu", "that"].contains(tokens[end + 1].lower)
        {
          return (to, end)
        }
      }
      index += 1
    }
    return nil
  }

  private static let cleftVerbs: WordSet = ["est", "était", "fut", "is", "was"]

  /// The party a cleft puts first as the subject of the verb at `verb`: "It was Rivalys
  /// Habitat, a landlord in Lyon, that gave up", « C'est Rivalys Habitat qui a cédé ».
  private func cleftSubject(before verb: Int) -> String? {
    guard verb >= 4 else { return nil }
    var index = 0
    while index + 3 < verb {
      if ["c", "it"].contains(tokens[index].lower) {
        var probe = index + 1
        if ["'", "’"].contains(tokens[probe].text) { probe += 1 }
        if probe + 1 < verb, Self.cleftVerbs.contains(tokens[probe]),
          let (name, end) = party(at: probe + 1), end + 1 < verb,
          // The relative pronoun after the name, or after an apposition between commas.
          let pronoun = ((end + 1)..<min(verb, end + 14)).first(where: {
            ["that", "who", "qui"].contains(tokens[$0].lower)
          }),
          end + 1 == pronoun || tokens[end + 1].text == ",",
          !tokens[(pronoun + 1)..<verb].contains(where: { $0.text == "," })
        {
          return name
        }
      }
      index += 1
    }
    return nil
  }

  /// A move told receiver first after a verb of motion or sending: "came to us from Hexavia's
  /// slot", "went to Skyvane from Pelican Air".
  private func cameToFrom() -> [(flow: Flow, range: ClosedRange<Int>)] {
    // "only about 40 nodes had come over from Vérel's reservation", written by Oxbow's CTO:
    // to come is to arrive where the speaker is.
    // (A speaker whose organisation this document does not say stands in by name, for the
    // corpus's directory to place: `ClaimExtractor.resolveFirstPerson`.)
    if let speakerParty = speakerParty ?? unplacedSpeaker {
      for index in tokens.indices where Self.comingVerbs.contains(tokens[index]) {
        var probe = index + 1
        if probe < tokens.count, ["over", "across", "back"].contains(tokens[probe].lower) {
          probe += 1
        }
        guard probe < tokens.count, lexicon.flowFrom.contains(tokens[probe]),
          let (from, fromEnd) = party(at: probe + 1), from != speakerParty,
          !(fromEnd + 1 < tokens.count && lexicon.flowTo.contains(tokens[fromEnd + 1]))
        else { continue }
        return [(Flow(from: from, to: speakerParty), index...fromEnd)]
      }
    }
    // "shipped 1,500 luminaires to Valcrête out of the Vauclère order": the verb may have its
    // object before the receiver, and the source may be an order, a lot or a stock.
    for index in tokens.indices.dropFirst()
    where lexicon.flowTo.contains(tokens[index]) {
      var verb = index - 1
      while verb > 0, index - verb < 8, !lexicon.sendingVerbs.contains(tokens[verb]),
        ![",", ";", "."].contains(tokens[verb].text)
          || (tokens[verb - 1].kind == .number && tokens[verb + 1].kind == .number)
      {
        verb -= 1
      }
      guard lexicon.sendingVerbs.contains(tokens[verb]),
        let (to, toEnd) = party(at: index + 1)
      else { continue }
      var probe = toEnd + 1
      while probe < tokens.count, probe - toEnd <= 6, ![",", ";"].contains(tokens[probe].text) {
        let opener = lexicon.flowFromPhrases.first { phrase in
          probe + phrase.count <= tokens.count
            && tokens.lowers(probe..<tokens.count, spell: phrase)
        }
        // Away from its verb, the source is an order: "to Valcrête out of the Vauclère order"
        // (not "to Valcrête from its Namur plant").
        if lexicon.flowFrom.contains(tokens[probe]) || opener != nil,
          let (from, fromEnd) = party(at: probe + (opener?.count ?? 1)),
          from != to,
          verb == index - 1
            || (fromEnd + 1 < tokens.count
              && FrameRules.forLanguage(shared.language).contractNouns.contains(
                tokens[fromEnd + 1].lower))
        {
          return [(Flow(from: from, to: to), verb...fromEnd)]
        }
        probe += 1
      }
    }
    return []
  }

  /// Whether the token at `index` lies inside a configured party's name that starts before it
  /// ("Terminaux de l'Estuaire"; not a product's, « rames Lumio de Ligéria »).
  private func insideName(_ index: Int) -> Bool {
    guard let descriptions else { return false }
    var start = index - 1
    while start >= 0, index - start <= 4, tokens[start].kind == .word {
      if tokens[start].isCapitalised,
        let (name, end) = descriptions.longName(at: start, in: tokens)
          ?? Names.name(startingAt: start, in: tokens, lexicon: lexicon),
        end > index, descriptions.isEntity(name)
      {
        return true
      }
      start -= 1
    }
    return false
  }

  /// A move told as goods reserved for one party ("booked for A", « réservés à A ») and sent to
  /// another ("shipped to B", « livrer à B »).
  private func reservedAndSent() -> [(flow: Flow, range: ClosedRange<Int>)] {
    // "reserved for A", « réservés à A », and the one who reserved: « réservés par A ».
    let agents = FrameRules.forLanguage(shared.language).agentPrepositions
    func nameAfterPreposition(_ index: Int) -> (String, Int)? {
      guard index + 1 < tokens.count,
        lexicon.flowFrom.contains(tokens[index + 1])
          || lexicon.flowTo.contains(tokens[index + 1])
          || agents.contains(tokens[index + 1]),
        !namesSeller(verb: index, preposition: index + 1)
      else { return nil }
      return party(at: index + 2)
    }
    guard
      let reserved = tokens.indices.first(where: {
        lexicon.moveFilter.mayContain(tokens[$0].lowerHash)
          && lexicon.reservationWords.contains(tokens[$0]) && nameAfterPreposition($0) != nil
      }),
      let (from, fromEnd) = nameAfterPreposition(reserved)
    else { return [] }
    // A verb of sending ("shipped to B"), or after the reserved goods a word that points to
    // the receiver (« … ont pris la direction de B »).
    for index in tokens.indices
    where
      (lexicon.moveFilter.mayContain(tokens[index].lowerHash)
      && lexicon.sendingVerbs.contains(tokens[index]))
      || (index > fromEnd && lexicon.flowTo.contains(tokens[index])
        && !lexicon.flowFrom.contains(tokens[index])
        // ", au Havre": where the party is, not where the goods went (but "built for
        // Beauvallon, a cooperative in central France, to Agrisambre" closes an apposition).
        && (tokens[index - 1].text != "," || closesApposition(after: fromEnd, at: index - 1)))
    {
      // "handed the operator 6 trains built for Southmere": the receiver right after the verb.
      if lexicon.sendingVerbs.contains(tokens[index]), index + 1 < tokens.count,
        !lexicon.flowTo.contains(tokens[index + 1]),
        let (to, toEnd) = party(at: index + 1), to != from,
        case let figure = toEnd + 1
          + (toEnd + 1 < tokens.count && Self.determiners.contains(tokens[toEnd + 1])
            ? 1 : 0),
        figure < tokens.count,
        tokens[figure].kind == .number || lexicon.units[tokens[figure]] != nil
      {
        return [(Flow(from: from, to: to), min(reserved, index)...max(fromEnd, toEnd))]
      }
      var probe = lexicon.flowTo.contains(tokens[index]) ? index : index + 1
      // « a livré ce mois-ci à Rhônevia »: a time may come between the verb and its receiver.
      while probe < min(tokens.count, index + 7), ![",", ";", "."].contains(tokens[probe].text) {
        if lexicon.flowTo.contains(tokens[probe]), let (to, toEnd) = recipient(after: probe),
          to != from
        {
          let range = min(reserved, index)...max(fromEnd, toEnd)
          return [(Flow(from: from, to: to), range)]
        }
        probe += 1
      }
      // "It was to Calder Homes that the boilers built for Orvane were sent".
      if lexicon.sendingVerbs.contains(tokens[index]),
        let (to, toEnd) = cleftReceiver(before: index), to != from
      {
        return [(Flow(from: from, to: to), min(toEnd, reserved)...max(fromEnd, index))]
      }
    }
    return []
  }

  /// Whether the comma at `comma` closes an apposition on the party that ends at `end`: ",
  /// a cooperative in central France,", « , une coopérative de l'Indre, ».
  private func closesApposition(after end: Int, at comma: Int) -> Bool {
    guard end + 2 < comma, tokens[end + 1].text == ",",
      FrameRules.forLanguage(shared.language).determiners.contains(tokens[end + 2])
    else { return false }
    return !tokens[(end + 2)..<comma].contains {
      $0.kind == .symbol && $0.text != "-" && $0.text != "'" && $0.text != "’"
    }
  }

  /// Whether « de » / "from" at `index` can open a move: after the goods counted (a figure a
  /// few words before), a word of moving or a participle ("5 000 GPU de Tesla vers xAI", « sont
  /// passées de Halden à Brightwave », "moving from Hexavia to Bluefin"), not after a noun it
  /// complements (« l'exploitation de la famille Bégué à Montestruc »).
  private func movesHere(before index: Int) -> Bool {
    let rules = FrameRules.forLanguage(shared.language)
    return tokens[max(0, index - 4)..<index].contains { token in
      token.kind == .number || lexicon.startsNumberWords(token)
        || (lexicon.moveFilter.mayContain(token.lowerHash)
          && (lexicon.sendingVerbs.contains(token)
            || lexicon.reservationWords.contains(token)))
        || lexicon.transferVerbs.contains(token)
        || rules.isParticiple(token.lower) || token.lower.hasSuffix("ing")
        || rules.framesByVerb[token.lower] != nil
    }
  }

  /// The name a move reaches after its "to" word at `index`: "to X", « la direction de X »,
  /// "to his social network X" (a determiner and at most two lower-case words before it).
  func recipient(after index: Int) -> (String, Int)? {
    var probe = index + 1
    if probe + 1 < tokens.count, ["de", "of"].contains(tokens[probe].lower) { probe += 1 }
    if let found = party(at: probe) {
      // "to Belgium's Agence Mosane": the party is the one the place owns.
      if let next = Names.afterPossessive(found.1, in: tokens), let owned = party(at: next) {
        return owned
      }
      // « roulent au Royaume-Uni »: a country is where the goods went, not who got them.
      return isPlace(found.0) ? nil : found
    }
    // « au développeur écossais Cairnmore »: the contraction holds the article.
    if Self.contractions.contains(tokens[index]) { return described(from: probe) }
    guard probe < tokens.count, Self.determiners.contains(tokens[probe]) else { return nil }
    return described(from: probe + 1)
  }

  /// A name after a few lower-case words that describe it, from `first`: "the Scottish
  /// developer Cairnmore", « le parc éolien de Lanvoy » (a site, or its owner, named after).
  private func described(from first: Int) -> (String, Int)? {
    for word in first..<min(tokens.count, first + 3) {
      guard tokens[word].kind == .word, tokens[word].startsLowercase,
        !lexicon.itemStopWords.contains(tokens[word])
      else { return nil }
      if let found = Names.name(startingAt: word + 1, in: tokens, lexicon: lexicon) {
        return owner(of: found) ?? found
      }
      if word + 2 < tokens.count, Self.ofWords.contains(tokens[word + 1]) {
        let start =
          ["'", "’"].contains(tokens[word + 2].text) && word + 3 < tokens.count
          ? word + 3 : word + 2
        if let found = Names.name(startingAt: start, in: tokens, lexicon: lexicon) {
          return found
        }
      }
    }
    return nil
  }

  /// Where a lower-case compound adjective right before a capital ends: "fire-hit" in "fire-hit
  /// Agrisambre", "cash-strapped" in "cash-strapped Domvia".
  static func compoundAdjectiveEnd(at index: Int, in tokens: [Token]) -> Int? {
    guard index + 3 < tokens.count, tokens[index].kind == .word, tokens[index].startsLowercase,
      tokens[index + 1].text == "-", tokens[index + 1].isGlued, tokens[index + 2].isGlued,
      tokens[index + 2].kind == .word, tokens[index + 2].startsLowercase,
      tokens[index + 3].isCapitalised
    else { return nil }
    return index + 2
  }

  private static let contractions: WordSet = ["au", "aux"]
  private static let ofWords: WordSet = ["of", "de", "d", "du"]

  /// Possessives of the first person before goods ("our", « nos »).
  private static let ourWords: WordSet = ["our", "notre", "nos"]

  /// Articles that open an apposition on a name ("Morrow Marine, a shipowner, …").
  private static let appositionArticles: WordSet = [
    "a", "an", "the", "un", "une", "le", "la", "les", "l",
  ]

  /// Pronouns before a French verb that name whom it gives to: « nous a cédé », « leur a
  /// donné ».
  private static let recipientClitics: WordSet = [
    "nous", "vous", "lui", "leur", "me", "m", "te",
  ]

  /// Verbs of arriving where the speaker is.
  private static let comingVerbs: WordSet = [
    "come", "came", "comes", "coming", "vient", "viennent", "venait", "venaient", "venu", "venus",
    "venue", "venues", "provient", "proviennent", "provenait", "provenaient",
  ]

  static let indefiniteArticles: WordSet = ["a", "an", "un", "une"]
  /// What goods are taken from: a lot, an order, an allocation.
  private static let lotNouns: WordSet = [
    "lot", "batch", "order", "allocation", "reservation", "consignment", "slot", "commande",
    "réservation", "livraison",
  ]

  private static let determiners: WordSet = [
    "his", "her", "its", "their", "the", "sa", "son", "ses", "leur", "la", "le", "l", "les",
    "our", "nos", "notre", "leurs",
  ]

  /// The move a quantity belongs to: the one whose words span it, else the nearest.
  static func flow(
    for first: Int, in flows: [(flow: Flow, range: ClosedRange<Int>)]
  ) -> (flow: Flow, range: ClosedRange<Int>)? {
    if let spanning = flows.first(where: { $0.range.contains(first) }) { return spanning }
    return flows.min { distance(first, $0.range) < distance(first, $1.range) }
  }

  private static func distance(_ index: Int, _ range: ClosedRange<Int>) -> Int {
    index < range.lowerBound ? range.lowerBound - index : index - range.upperBound
  }

  /// Whom the quantity at `first...last` is about: a possessive ("Tesla's"), a preposition
  /// ("for Tesla", « chez Tesla »), or the name that opens the clause.
  func subject(first: Int, last: Int, excluding speaker: ClosedRange<Int>?) -> String? {
    func allowed(_ index: Int) -> Bool {
      !(speaker?.contains(index) ?? false) && !bystanders[index]
    }
    func qualifiesNoun(_ end: Int) -> Bool {
      !lexicon.nounBeforeModel && end + 1 < tokens.count
        && ItemFinder.isNoun(tokens[end + 1], lexicon: lexicon)
    }
    // A possessive before the quantity: "Tesla's $10 billion", "X's orders of 12,000".
    let reach = 40
    var index = first - 1
    while index >= max(1, first - reach) {
      if tokens[index].kind == .symbol, tokens[index].lower == "'", index + 1 < tokens.count,
        tokens[index + 1].lower == "s", tokens[index].isGlued
      {
        if let (name, start) = Names.name(endingAt: index - 1, in: tokens, lexicon: lexicon),
          allowed(start)
        {
          return name
        }
        // "the network's own order of 2 scanners": a configured description, or its noun.
        if let descriptions,
          let start = (max(0, index - 5)..<index).first(where: {
            descriptions.match(at: $0, in: tokens)?.1 == index - 1
          }), allowed(start), let (entity, _) = descriptions.match(at: start, in: tokens)
        {
          return entity
        }
      }
      index -= 1
    }
    // A preposition next to the quantity; not one before a name that only qualifies a noun
    // ("for Nvidia hardware": the hardware's maker, not whom the figure is about).
    for offset in 1...6 {
      for probe in [last + offset, first - offset - 1] where probe >= 0 && probe < tokens.count {
        if lexicon.subjectPrepositions.contains(tokens[probe]),
          // English puts such a name before its noun; French after (« du matériel Nvidia »).
          let (name, end) = self.name(startingAt: probe + 1), allowed(probe + 1),
          !qualifiesNoun(end)
        {
          return name
        }
      }
    }
    // Further on in the same clause, a place: "50,000 H100s would soon be installed in the
    // south extension of Giga Texas".
    var further = last + 1
    var inPlace = false
    while further < min(tokens.count - 1, last + 13), !clauseBreak(from: last + 1, to: further) {
      inPlace = inPlace || Self.placePrepositions.contains(tokens[further])
      if inPlace, further > last + 6, lexicon.subjectPrepositions.contains(tokens[further]),
        let (name, end) = self.name(startingAt: further + 1), allowed(further + 1),
        !qualifiesNoun(end)
      {
        return name
      }
      further += 1
    }
    // A relative clause right after the figure: "the $10 billion that Tesla will spend",
    // « les 10 milliards de dollars que Tesla consacrera ».
    var probe = last + 1
    while probe < min(tokens.count, last + 6) {
      if ["that", "which", "que", "qu'", "qu’"].contains(tokens[probe].lower) {
        if let (name, _) = self.name(startingAt: probe + 1), allowed(probe + 1) { return name }
        break
      }
      probe += 1
    }
    // The first name of the clause before the quantity.
    var clauseStart = first - 1
    while clauseStart > max(0, first - reach),
      !(tokens[clauseStart - 1].kind == .symbol
        && [",", ";", ":", "—", "–", "("].contains(tokens[clauseStart - 1].text))
    {
      clauseStart -= 1
    }
    // "…, and we will be flying 20 BT-70s": a clause whose subject is "we" borrows no name from
    // the clause before; the figure is the party of whoever speaks.
    // (« Scatarie, qui nous a cédé ses 4 canots »: after a relative pronoun that is itself the
    // subject, « nous » is the object; after « que » it is the subject.)
    let rules = FrameRules.forLanguage(shared.language)
    let ownsSubject = (max(0, clauseStart)..<first).contains { index in
      rules.firstPersonSubjects.contains(tokens[index])
        && !(index > 0 && rules.objectPronouns.contains(tokens[index])
          && rules.subjectRelatives.contains(tokens[index - 1]))
    }
    // A phrase that opens the sentence still sets whom it is about: "For the Norwegian operator,
    // Skarvfjell, we delivered six", « Chez Vinga, nous avons reçu 12 navires ».
    if ownsSubject, clauseStart > 1, lexicon.subjectPrepositions.contains(tokens[0]) {
      for probe in 1..<clauseStart where allowed(probe) {
        if let (name, _) = self.name(startingAt: probe) { return name }
      }
    }
    for start in [max(0, clauseStart), max(0, first - reach)] {
      if ownsSubject, start < clauseStart { break }
      var probe = start
      while probe < first {
        if allowed(probe), let (name, end) = self.name(startingAt: probe) {
          return signer(ofProduct: name, endingAt: end, before: first) ?? name
        }
        probe += 1
      }
    }
    return nil
  }

  /// The party a relative clause on a configured product's noun names, when the subject found
  /// is that product: "the Veillemer contract that Domvia signed … is worth €5.4 million", « le
  /// contrat Veillemer que Domvia a signé ».
  private func signer(ofProduct name: String, endingAt end: Int, before first: Int) -> String? {
    guard products.contains(FirstPerson.key(name)),
      let pronoun = ((end + 1)..<min(first, end + 6)).first(where: {
        ["that", "which", "que", "qu"].contains(tokens[$0].lower)
      })
    else { return nil }
    var start = pronoun + 1
    if start < first, ["'", "’"].contains(tokens[start].text) { start += 1 }
    guard start < first else { return nil }
    // « le contrat Veillemer que vous avez signé avec nous »: a pronoun stands for its party.
    let rules = FrameRules.forLanguage(shared.language)
    if rules.firstPerson.contains(tokens[start]) { return firstPersonParty }
    if rules.secondPerson.contains(tokens[start]) { return secondPersonParty }
    return self.name(startingAt: start).map(\.0)
  }

  private static let placePrepositions: WordSet = ["in", "inside", "into", "dans", "au", "en"]

  // MARK: - Metric

  /// The metric whose trigger word lies nearest the quantity; with `clauseOnly`, only a trigger
  /// in the figure's own clause counts.
  func metric(first: Int, last: Int, unit: QuantityUnit, clauseOnly: Bool = false) -> Metric {
    var best: (Metric, Int)?
    var bestIndex: Int?
    // The figure's own clause, found once (not once per trigger: a dense line has hundreds):
    // the last opening before the figure and the first after it (`opensClause`), and the last
    // comma before it (which closes a relative aside).
    var opensBefore = -1
    var opensAfter = tokens.count
    var lastComma = -1
    if clauseOnly {
      opensBefore = (0..<first).last(where: { opensClause(at: $0, before: first) }) ?? -1
      opensAfter =
        (last..<tokens.count).first(where: { opensClause(at: $0, before: .max) }) ?? tokens.count
      lastComma = (0..<first).last(where: { tokens[$0].text == "," }) ?? -1
    }
    for (index, metric) in triggers {
      if metric == .priceChange, unit != .percent { continue }
      // "20 trainsets worth £230 million": the worth is the money's, not the count's.
      if metric == .valuation, unit == .count { continue }
      if metric == .headcount, case .currency = unit { continue }
      var distance = index < first ? first - index : (index > last ? index - last : 0)
      // A trigger in another clause ("would soon hold 30,000 K9s, and that €1–1.5 billion …
      // would go to Corvane hardware") counts only when the figure's own clause has none.
      if clauseOnly,
        index < first
          ? index <= opensBefore || inRelativeAside(index, lastComma: lastComma)
          : index > opensAfter
      {
        continue
      }
      if clauseBreaks.between(index, index < first ? first : last) {
        if clauseOnly { continue }
        distance += tokens.count
      }
      // « a reçu … les 96 nœuds de remplacement, installés dans le nouveau campus »: a
      // participle set off by a comma after the figure describes the goods; a verb just before
      // the figure tells what was done with them.
      if index > last, index > 0, tokens[index - 1].text == ",",
        FrameRules.forLanguage(shared.language).isParticiple(tokens[index].lower),
        triggers.contains(where: { $0.index < first && first - $0.index <= 6 })
      {
        distance += tokens.count
      }
      if distance < best?.1 ?? Int.max {
        best = (metric, distance)
        bestIndex = index
      }
    }
    // "The 96 nodes booked for the holiday peak were reassigned in September", « Les 96 nœuds
    // réservés pour les fêtes ont été réaffectés »: a participle right after the goods describes
    // them; the verb after them, with its auxiliary, says what was done to them.
    if let bestIndex, bestIndex > last, !clauseOnly {
      let rules = FrameRules.forLanguage(shared.language)
      // (Only a participle that follows the goods alone: not "the 5,000 meters you diverted"
      // nor "the nine nacelles that were redirected", relative clauses the figure is told by.)
      let describes =
        rules.isParticiple(tokens[bestIndex].lower)
        && tokens[(last + 1)..<bestIndex].allSatisfy { token in
          (token.kind == .word || token.kind == .mixed)
            && ![
              rules.pronouns, rules.firstPerson, rules.secondPerson, rules.clauseRelatives,
              rules.passiveAuxiliaries,
            ].contains { $0.contains(token) }
        }
      if describes,
        let (later, metric) = triggers.first(where: { trigger in
          trigger.index > bestIndex + 1 && trigger.metric != best?.0
            && rules.passiveAuxiliaries.contains(tokens[trigger.index - 1])
            && !clauseBreaks.between(bestIndex, trigger.index)
            && !tokens[bestIndex..<trigger.index].contains { [",", ";", ":"].contains($0.text) }
        }),
        metric != .priceChange
      {
        best = (metric, later - last)
      }
    }
    // "hired 24 people", « 22 embauches »: a change in staff, not how many there are; it is not
    // set against a headcount ("We employ 185 people after hiring 22 in the half").
    if best?.0 == .headcount, let bestIndex,
      lexicon.headcountChanges.contains(where: { tokens[bestIndex].lower.hasPrefix($0) })
    {
      return .other
    }
    // "would soon hold 50,000 H100s": holding things is capacity; ownership is a share.
    if best?.0 == .ownership, unit == .count { return .capacity }
    // What is held is counted, not priced: money in a sentence about nodes in service is no
    // capacity ("HX8 nodes in service | 440 | €0").
    if best?.0 == .capacity, case .currency = unit { return .other }
    return best?.0 ?? .other
  }

  // MARK: - Modality

  /// Hypothetical, asked, negated, hedged, forecast or asserted, in that order of precedence.
  ///
  /// A figure before the question mark that ends its sentence is asked, not stated: "Does that
  /// 15,000 include the units that went elsewhere?", « Ces 300 pompes ont-elles été livrées ? ».
  func modality(excluding quantity: ClosedRange<Int>, reach: Int = .max) -> Modality {
    func has(_ modality: Modality) -> Bool {
      hasMarker(modality, excluding: quantity, reach: reach)
    }
    if has(.hypothetical) { return .hypothetical }
    if let questionMark, questionMark > quantity.upperBound,
      !tokens[quantity.upperBound..<questionMark].contains(where: { $0.text == ";" })
    {
      return .question
    }
    let claim = reportedClaim(holding: quantity.lowerBound)
    if has(.negated) || replaced(quantity.lowerBound) || deniedAfter(quantity)
      || (contractedNot.map { not in
        not < quantity.lowerBound && !opensClause(from: not, to: quantity.lowerBound)
          && claim.map { not > $0.start } != false
      } ?? false)
    {
      return .negated
    }
    if has(.hedged) { return .hedged }
    if has(.forecast) { return .forecast }
    return .asserted
  }

  /// The claims a sentence reports as someone's, each with an owner.
  ///
  /// The owner is a name with "'s" or « de » before the opener, or a possessive determiner
  /// ("his", « sa »). A claim runs to a colon, a semicolon or the end of the sentence; "the
  /// claim that" with no owner is nobody's.
  private static func reportedClaims(in tokens: [Token], lexicon: Lexicon)
    -> [(start: Int, end: Int, owner: String?, ownerTokens: ClosedRange<Int>?)]
  {
    guard !lexicon.reportedContentOpeners.isEmpty else { return [] }
    var found: [(start: Int, end: Int, owner: String?, ownerTokens: ClosedRange<Int>?)] = []
    var index = 0
    while index < tokens.count {
      guard let openerEnd = phraseEnd(lexicon.reportedContentOpeners, at: index, in: tokens) else {
        index += 1
        continue
      }
      let end =
        tokens[openerEnd...].firstIndex { [":", ";"].contains($0.text) }.map { $0 - 1 }
        ?? tokens.count - 1
      var owner: String??
      var ownerTokens: ClosedRange<Int>?
      // "Vandamme's claim that", « la thèse de Vandamme selon laquelle ».
      if index >= 3, tokens[index - 1].lower == "s", ["'", "’"].contains(tokens[index - 2].text),
        let (name, start) = Names.name(endingAt: index - 3, in: tokens, lexicon: lexicon)
      {
        owner = .some(name)
        ownerTokens = start...(index - 1)
      } else if index >= 2,
        let (name, start) = Names.name(
          endingAt: index - 1, in: tokens, lexicon: lexicon),
        start > 0,
        ["de", "d"].contains(tokens[start - 1].lower)
          || (start > 1 && ["'", "’"].contains(tokens[start - 1].text)
            && tokens[start - 2].lower == "d")
      {
        owner = .some(name)
        ownerTokens = start...(index - 1)
      } else if (1...2).contains(where: {
        index >= $0 && lexicon.ownerDeterminers.contains(tokens[index - $0])
      }) {
        owner = .some(nil)
      }
      if let owner, end >= openerEnd {
        found.append((index, end, owner, ownerTokens))
        index = end + 1
      } else {
        index = openerEnd
      }
    }
    return found
  }

  /// The reported claim that holds the token at `index`, if any.
  func reportedClaim(holding index: Int) -> (start: Int, end: Int, owner: String?)? {
    reportedClaims.first { $0.start < index && index <= $0.end }
  }

  /// `clause` without the claims it reports as someone else's that do not hold the token at
  /// `index`: "Vandamme's claim that Vérel spent €30 million with Nimbara: the statement shows
  /// €3.6 million" ties the €3.6 million to nothing Vandamme said.
  func withoutOthersClaims(_ clause: Range<Int>, holding index: Int) -> Range<Int> {
    var clause = clause
    for reported in reportedClaims where !(reported.start < index && index <= reported.end) {
      if reported.end < index, reported.end >= clause.lowerBound {
        clause = (reported.end + 1)..<clause.upperBound
      } else if reported.start > index, reported.start < clause.upperBound {
        clause = clause.lowerBound..<reported.start
      }
    }
    return clause
  }

  /// Whether the figure's clause says, after it, that the figure is wrong: "the figure of three
  /// in our April report was wrong", « le chiffre de trois était inexact ».
  private func deniedAfter(_ quantity: ClosedRange<Int>) -> Bool {
    guard !lexicon.falsityPhrases.isEmpty, reportedClaim(holding: quantity.lowerBound) == nil
    else { return false }
    var index = quantity.upperBound + 1
    while index < min(tokens.count, quantity.upperBound + 16) {
      if [";", ":"].contains(tokens[index].text) || clauseBreaks.between(quantity.upperBound, index)
      {
        return false
      }
      if lexicon.falsityPhrasesByFirstWord[tokens[index]]?.contains(where: { phrase in
        index + phrase.count <= tokens.count
          && tokens.lowers(index..<tokens.count, spell: phrase)
      }) == true {
        return true
      }
      index += 1
    }
    return false
  }

  /// The first modality marker after `index`: where a relative clause on a figure gives way to
  /// the main verb ("the 24 it ordered will reach Inverness in October").
  func firstMarker(after index: Int) -> Int? {
    markers.lazy.map(\.start).filter { $0 > index }.min()
  }

  /// Whether a marker of `modality` speaks for the figure at `quantity`.
  func hasMarker(_ modality: Modality, excluding quantity: ClosedRange<Int>, reach: Int = .max)
    -> Bool
  {
    markers.contains { marker in
      marker.modality == modality && !quantity.contains(marker.start)
        && !marker.inBound
        // A negation denies what follows it: in "his post about $10 billion did not match
        // the bookings" the figure itself is not denied; nor, past a new clause or a quote,
        // is « n'avait aucun site…, a expliqué Varga, qui a ajouté que l'usine « accueillera
        // 30 000 K9 » ».
        && (modality != .negated
          || (marker.start < quantity.lowerBound
            && !opensClause(from: marker.end, to: quantity.lowerBound)))
        // "Nor does Vandamme's claim that Vérel spent €30 million survive": a negation outside
        // a claim reported as someone's disputes it; its owner still asserts the figure.
        && !(modality == .negated
          && reportedClaim(holding: quantity.lowerBound).map {
            marker.start < $0.start || marker.start > $0.end
          } == true)
        // "For Ponant it might: its board note says Ponant paid €55.6 million": a colon ends
        // what a marker before it speaks for (a table row's cells are joined otherwise).
        // A condition ("If only $3–4 billion goes to Nvidia, … elsewhere: on …") runs on, and
        // so does a label that opens the sentence (« Objectif : en recevoir 3 500 », "Target:
        // 3,500 by December").
        && !(modality != .hypothetical && marker.start < quantity.lowerBound
          && !(marker.start == 0 && marker.end < tokens.count && tokens[marker.end].text == ":")
          && tokens[marker.end..<quantity.lowerBound].contains { $0.text == ":" })
        // A marker after the figure speaks for it only in the same clause: "we now have
        // 35,000 active, and I expect 85,000 by December".
        // Nor does one in an earlier clause of what is said: "would deliver 14 this year
        // and that Bluefin had ordered six".
        && !(marker.start < quantity.lowerBound
          && FrameRules.forLanguage(shared.language).opensSecondClause(
            in: tokens, from: marker.end, to: quantity.lowerBound))
        // Nor one before a clause of result: "the berth will not be ready until the autumn,
        // so three stations went to Morbras", « …, donc trois bornes sont parties ».
        && !(marker.start < quantity.lowerBound
          && (marker.end..<max(marker.end, quantity.lowerBound - 1)).contains(where: opensResult))
        && (marker.start < quantity.lowerBound
          || (!clauseBreak(from: quantity.upperBound, to: marker.start) && marker.start < reach
            // "moved 6 trainsets to Northmoor so that it could start": another clause.
            && !tokens[quantity.upperBound..<marker.start].contains {
              lexicon.adverbialOpeners.contains($0)
            }))
    }
  }

  /// Whether a figure at `start` is the one another replaces: "4,000 tablets instead of 2,000",
  /// « 2 500 lanternes, et non 1 500 » (an article or a determiner may come between).
  func replaced(_ start: Int) -> Bool {
    lexicon.replacedMarkers.contains { phrase in
      (0...1).contains { gap in
        let end = start - gap
        guard end - phrase.count >= 0,
          gap == 0
            || FrameRules.forLanguage(shared.language).articles.contains(
              tokens[start - 1].lower)
        else { return false }
        return tokens.lowers((end - phrase.count)..<end, spell: phrase)
      }
    }
  }

  /// Whether the token at `index` opens a clause or a quotation: a semicolon, a colon, an
  /// opening quote, or a comma before a relative pronoun, a complementiser or a conjunction
  /// (that word before `limit`).
  private func opensClause(at index: Int, before limit: Int) -> Bool {
    // (Every opener below is one symbol: words are told so without comparing their text.)
    guard tokens[index].kind == .symbol else { return false }
    let text = tokens[index].text
    if [";", ":", "«", "“"].contains(text) { return true }
    // (A clause of result opens one too: "the berth won't be ready, so three stations went to
    // Morbras".)
    return text == "," && index + 1 < min(limit, tokens.count)
      && (lexicon.clauseOpeners.contains(tokens[index + 1]) || opensResult(at: index))
  }

  /// Whether the comma at `index` opens a clause of result (", so", « , donc »; not « , ainsi
  /// que », "as well as").
  private func opensResult(at index: Int) -> Bool {
    tokens[index].text == "," && index + 1 < tokens.count
      && lexicon.resultConnectives.contains(tokens[index + 1])
      && !(index + 2 < tokens.count && ["que", "qu"].contains(tokens[index + 2].lower))
  }

  /// Whether a new clause or a quotation opens between two tokens (`opensClause(at:before:)`).
  private func opensClause(from start: Int, to end: Int) -> Bool {
    start < end && (start..<end).contains { opensClause(at: $0, before: end) }
  }

  /// Whether the token at `index` lies in a relative clause between commas that closes before
  /// `end`: « Armorine Mobilités, qui exploite le réseau, a signé … un contrat de 9,6 millions
  /// d'euros » (the operating is the party's, not the figure's).
  private func inRelativeAside(_ index: Int, lastComma: Int) -> Bool {
    var open = index - 1
    while open > 0, tokens[open].text != ",", index - open <= 12 { open -= 1 }
    guard open > 0, tokens[open].text == ",", open + 1 < index,
      FrameRules.forLanguage(shared.language).relativePronouns.contains(tokens[open + 1])
        || lexicon.clauseOpeners.contains(tokens[open + 1])
    else { return false }
    // A comma after the trigger, before the figure, closes the aside.
    return lastComma > index
  }

  /// Whether a comma or semicolon lies between two tokens.
  private func clauseBreak(from start: Int, to end: Int) -> Bool {
    guard start < end else { return false }
    return tokens[start..<end].contains { $0.text == "," || $0.text == ";" }
  }

  /// "didn't", "won't": the tokenizer splits them at the apostrophe.
  private static func hasContractedNot(_ tokens: [Token]) -> Int? {
    for index in tokens.indices.dropFirst()
    where tokens[index].lower == "t" && tokens[index - 1].lower == "'" {
      if index >= 2, tokens[index - 2].lower.hasSuffix("n") { return index }
    }
    return nil
  }

  /// « accueillera », « seront », « investira »: the French simple future, a forecast, at
  /// every person (« nous livrerons », « vous recevrez »).
  ///
  /// The conditional of the third person is the future of reported speech (« avait annoncé que
  /// Brevant livrerait 14 BT-70 », "would deliver"): a forecast too. Of the first and second it
  /// offers or supposes (« nous vous livrerions les 22 tracteurs », « accepteriez-vous »): a
  /// hypothesis.
  static func frenchFutures(_ tokens: [Token]) -> [(Int, Modality)] {
    tokens.indices.compactMap { index in
      let word = tokens[index].lower
      // Most words are shorter than six letters, or end in a byte no ending ends in.
      guard let last = word.utf8.last, word.utf8.count > 5, futureLastBytes[Int(last)] else {
        return nil
      }
      // The last bytes of the word, packed once, are matched against each ending's. The
      // endings are ASCII, so a byte suffix is a character suffix unless a non-ASCII letter
      // before it joins the ending's first letter into one character (a "prepend" letter such
      // as U+0D4E): then the characters are compared, as `hasSuffix` does.
      let tail = packedTail(word)
      guard
        let found = futureEndings.first(where: { ending in
          tail & ending.mask == ending.bytes
            && (byte(before: ending.text.utf8.count, fromEndOf: word) < 0x80
              || word.hasSuffix(ending.text))
        }),
        word.count > 5, !notFutures.contains(tokens[index])
      else { return nil }
      return (index, found.modality)
    }
  }

  /// The last eight UTF-8 bytes of `word` (fewer in a shorter word), the last in the low byte.
  private static func packedTail(_ word: String) -> UInt64 {
    var tail: UInt64 = 0
    for (offset, byte) in word.utf8.reversed().prefix(8).enumerated() {
      tail |= UInt64(byte) << (8 * offset)
    }
    return tail
  }

  /// The byte of `word` just before its last `count` bytes, or 0 when there is none.
  private static func byte(before count: Int, fromEndOf word: String) -> UInt8 {
    let bytes = word.utf8
    guard bytes.count > count else { return 0 }
    return bytes[bytes.index(bytes.endIndex, offsetBy: -count - 1)]
  }

  /// The endings of the French future and conditional, worked out once: the last letters of the
  /// stem (« livrer- », « fournir- », « prendr- », « enverr- », « recevr- »; not « vr » alone:
  /// « nous livrons », « vous livrez » are the present), then the person's ending.
  ///
  /// Each is packed as `packedTail` packs a word, with the mask of its length (at most eight
  /// bytes): no ending has a zero byte, so a shorter word never matches.
  private static let futureEndings:
    [(text: String, bytes: UInt64, mask: UInt64, modality: Modality)] =
      ["er", "ir", "dr", "rr", "evr"].flatMap { stem in
        ["ai", "a", "ons", "ez", "ont", "ait", "aient"].map { (stem + $0, Modality.forecast) }
          + ["ais", "ions", "iez"].map { (stem + $0, Modality.hypothetical) }
      }.map { ending, modality in
        precondition(ending.utf8.count <= 8, "an ending is packed into eight bytes")
        return (ending, packedTail(ending), UInt64.max >> (64 - 8 * ending.utf8.count), modality)
      }

  /// Whether some ending of `futureEndings` ends in the byte at that index.
  private static let futureLastBytes: [Bool] = {
    var last = [Bool](repeating: false, count: 256)
    for ending in futureEndings { last[Int(ending.text.utf8.last ?? 0)] = true }
    return last
  }()

  /// Words with a future's ending that are none: « aux environs de », « minerai ».
  private static let notFutures: WordSet = ["environs", "minerai", "minerais", "escadrons"]

  /// "no more than", « pas plus de »: a qualifier, not a negation.
  private static func isQualifier(at start: Int, in tokens: [Token], lexicon: Lexicon) -> Bool {
    let word = tokens[start].lower
    let length = word.utf8.count
    for phrase in [lexicon.atMostBefore, lexicon.atLeastBefore].joined() {
      // Only where the phrase holds the marker's own word.
      for offset in phrase.indices
      where phrase[offset].utf8.count == length && phrase[offset] == word {
        let begin = start - offset
        guard begin >= 0, begin + phrase.count <= tokens.count else { continue }
        if tokens.lowers(begin..<(begin + phrase.count), spell: phrase) {
          return true
        }
      }
    }
    return false
  }

  func phraseEnd(_ phrases: [[String]], at index: Int) -> Int? {
    Self.phraseEnd(phrases, at: index, in: tokens)
  }

  func phraseEnd(_ phrases: PhraseList, at index: Int) -> Int? {
    phrases.end(at: index, in: tokens)
  }

  static func phraseEnd(_ phrases: PhraseList, at index: Int, in tokens: [Token]) -> Int? {
    phrases.end(at: index, in: tokens)
  }

  static func phraseEnd(_ phrases: [[String]], at index: Int, in tokens: [Token]) -> Int? {
    let first = tokens[index].lower
    let length = first.utf8.count
    // (Words of another length are told apart without a string comparison.)
    for phrase in phrases
    where index + phrase.count <= tokens.count && phrase.first?.utf8.count == length
      && phrase.first == first
    {
      if tokens.lowers(index..<(index + phrase.count), spell: phrase) {
        return index + phrase.count
      }
    }
    return nil
  }
}
