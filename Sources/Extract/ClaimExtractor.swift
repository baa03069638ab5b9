import Core
import Foundation
import Ingest

/// Finds every numeric claim in documents, in English and French.
///
/// Extract's entry point.
///
/// ```swift
/// let claims = ClaimExtractor().extract(from: document)
/// claims[0].surface   // "12 000"
/// claims[0].item      // "H100 GPU"
/// claims[0].flow      // Tesla → X
/// ```
public struct ClaimExtractor: Sendable {
  /// Widening rules for bounds.
  public var tolerance: Tolerance
  /// The first month of the fiscal year, for `FY2025` and « l'exercice 2025 » (nil: calendar years).
  public var fiscalYearStartMonth: Int?
  /// The first month of a named entity's fiscal year, when it has its own calendar: a claim
  /// about that entity reads its fiscal periods by it.
  public var fiscalCalendar: @Sendable (String) -> Int?
  /// The ISO 4217 code of a bare `$`.
  public var dollar: String
  /// The currencies in play, the ledger's and the configured one: a bare « dirhams » or
  /// "kroner" is the one of them so called.
  public var currencies: Set<String> = []
  /// Names of the parties Tally knows, from `tally.yml` and the ledger.
  ///
  /// A capitalised word that opens a sentence is a name only if it begins one of these or the
  /// document writes it with a capital inside a sentence (`OpeningNames`), and a known party
  /// before goods is their buyer, not their maker. Empty: every such word may be a name.
  public var knownNames: Set<String>
  /// The last word of every known party's name and alias, lower-case: "Verdalp 16 chargers"
  /// is 16 chargers for Verdalp, not a product called "Verdalp 16".
  private let partyEnds: WordSet
  /// Phrases that stand for configured entities ("the automaker" → Tesla), from `tally.yml`:
  /// a move told by description has its parties.
  public let knownDescriptions: [String: String]
  private let descriptions: PartyDescriptions
  /// Each entity's name, aliases and descriptions, as `FirstPerson.key`s, to its name.
  private let entityKeys: [String: String]
  /// The last word of each configured name of several words, to its entity, when only one
  /// entity's names end so: "the Service" is Cairnmoor Ambulance Service.
  private let nameTails: [String: String]
  /// The names of configured items ("Kestrel", "Lumio"), as `FirstPerson.key`s: a product is
  /// never a party.
  private let products: WordSet
  /// The configured people's names: a name too when it opens a sentence ("Olivier Cazaux
  /// rappelle que …").
  private let peopleNames: WordSet
  /// Whom "we" stands for, from the people and mail domains each entity is known by.
  private let firstPerson: FirstPerson
  /// Whether "we" said by a person the document does not tie to an organisation stands, for
  /// now, for the person (`Claim.firstPersonOf`), so that a corpus-wide reading of who speaks
  /// for whom can place it (`resolveFirstPerson`); else it stands for no one.
  public var placesFirstPersonLater = false

  /// Creates an extractor.
  public init(
    tolerance: Tolerance = .standard, fiscalYearStartMonth: Int? = nil,
    fiscalCalendar: @escaping @Sendable (String) -> Int? = { _ in nil }, dollar: String = "USD",
    knownNames: Set<String> = [], knownDescriptions: [String: String] = [:],
    people: [String: String] = [:], domains: [String: String] = [:],
    organisations: [String] = [], aliases: [String: String] = [:], products: [String] = []
  ) {
    self.products = WordSet(products.map(FirstPerson.key))
    peopleNames = WordSet(people.keys)
    firstPerson = FirstPerson(
      people: people, domains: domains, organisations: organisations,
      descriptions: knownDescriptions)
    self.knownNames = knownNames
    partyEnds = WordSet(
      (Array(knownNames) + Array(aliases.keys)).compactMap {
        $0.split(separator: " ").last.map { $0.lowercased() }
      })
    self.knownDescriptions = knownDescriptions
    // An entity a description stands for is named by its own name too.
    var names = aliases
    for entity in knownDescriptions.values.sorted() where names[entity] == nil {
      names[entity] = entity
    }
    descriptions = PartyDescriptions(knownDescriptions, aliases: names)
    // The last word of a name, or its first ("the Service", « la Ville » for « Ville de
    // Grand-Sillon »), after an article stands for the one entity whose name it ends or opens.
    var tails: [String: String?] = [:]
    for (name, entity) in names {
      guard let space = name.lastIndex(of: " "), let first = name.firstIndex(of: " ") else {
        continue
      }
      for word in [name[name.index(after: space)...], name[..<first]]
      where word.first?.isUppercase == true {
        let tail = FirstPerson.key(String(word))
        guard !tail.isEmpty else { continue }
        if let seen = tails[tail], seen != entity {
          tails[tail] = .some(nil)
        } else {
          tails[tail] = entity
        }
      }
    }
    nameTails = tails.compactMapValues { $0 }
    entityKeys = Dictionary(
      (names.merging(knownDescriptions, uniquingKeysWith: { first, _ in first })).map {
        (FirstPerson.key($0.key), $0.value)
      }, uniquingKeysWith: { first, _ in first })
    self.tolerance = tolerance
    self.fiscalYearStartMonth = fiscalYearStartMonth
    self.fiscalCalendar = fiscalCalendar
    self.dollar = dollar
    currencies = [dollar]
  }

  /// The claims of a document, in text order.
  public func extract(from document: Document) -> [Claim] {
    var claims: [Claim] = []
    extract(from: document) { claims.append($0) }
    return claims
  }

  /// Each claim of a document, in text order, as it is read: a sentence's tokens and claims are
  /// let go before the next sentence is read, so a document of any length is read in bounded
  /// memory beyond its own text.
  ///
  /// Returns the people the document introduces with their organisation before their name
  /// ("Oxbow's chief technology officer, Leif Amundsen"), by `FirstPerson.key` of the full
  /// name: with `peopleDirectory(of:)`, over a corpus, they place people other documents name.
  @discardableResult
  public func extract(from document: Document, each emit: (Claim) -> Void) -> [String: String] {
    var discourse = Discourse()
    let date = document.published
    let openers = OpeningNames(text: document.text, parties: knownNames.union(peopleNames))
    let people = firstPerson.people(in: document)
    let text = document.text
    let utf8 = text.utf8
    for (blockIndex, block) in document.blocks.enumerated() {
      let start = utf8.index(utf8.startIndex, offsetBy: block.span.start)
      let end = utf8.index(start, offsetBy: block.span.length)
      let blockText = text[start..<end]
      guard NumberPresence.mayHoldQuantities(blockText) else { continue }
      // A block in the other language (a French quote in an English memo) is read in its own.
      var language = document.language
      if blockText.utf8.count >= 24, Self.hasDigit(blockText) {
        let detected = LanguageDetector.detect(blockText, limit: 400)
        if detected != .und { language = detected }
      }
      let unplaced = placesFirstPersonLater ? people.unplacedSpeaker(in: block) : nil
      let fallbackSpeaker =
        block.speaker ?? (block.quoted ? block.quotedAuthor : nil)
        ?? (block.quoted ? nil : document.author ?? document.site)
      // A table row whose header names a source or date column: the figure is read from the
      // other cells, said by the source and dated by it.
      if let row = TableRow(block: block, in: document, language: language) {
        read(
          Sentence(
            text: blockText, textStart: block.span.start, tokens: row.tokens, language: language,
            fallbackSpeaker: row.speaker ?? fallbackSpeaker,
            firstPersonParty: people.firstPersonParty(in: block) ?? unplaced, people: people,
            openers: openers, date: row.date, isTableRow: true, rowPeriod: row.period,
            columnItems: row.columnItems, block: blockIndex, unplacedSpeaker: unplaced),
          documentID: document.id, date: date, discourse: &discourse, emit: emit)
        continue
      }
      for range in SentenceSplitter.split(blockText)
      where NumberPresence.mayHoldQuantities(text[range]) {
        let offset = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
        read(
          Sentence(
            text: text[range], textStart: offset,
            tokens: Tokenizer.tokenize(text[range], baseOffset: offset),
            language: language, fallbackSpeaker: fallbackSpeaker,
            firstPersonParty: people.firstPersonParty(in: block) ?? unplaced,
            secondPersonParty: people.secondPersonParty(in: block), people: people,
            openers: openers, block: blockIndex, unplacedSpeaker: unplaced,
            isHeading: block.role == .heading),
          documentID: document.id, date: date, discourse: &discourse, emit: emit)
      }
    }
    return discourse.introducedInFull
  }

  /// Whether a text has an ASCII digit, its bytes read in place when they are contiguous.
  private static func hasDigit(_ text: Substring) -> Bool {
    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isDigit) }
      ?? text.utf8.contains(where: isDigit)
  }

  /// The claims of one piece of text (a spec case, a test), as if it were one document.
  ///
  /// `firstPersonParty` is whom "we" and « nous » stand for, when the caller knows.
  public func extract(
    text: String, language: Language, date: String? = nil, author: String? = nil,
    firstPersonParty: String? = nil, documentID: String = "text"
  ) -> [Claim] {
    let people = firstPerson.people(inText: text, language: language, author: author)
    var discourse = Discourse()
    var claims: [Claim] = []
    for range in SentenceSplitter.split(text[...]) {
      let offset = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
      read(
        Sentence(
          text: text[range], textStart: offset,
          tokens: Tokenizer.tokenize(text[range], baseOffset: offset), language: language,
          fallbackSpeaker: author, firstPersonParty: firstPersonParty, people: people),
        documentID: documentID, date: date, discourse: &discourse
      ) { claims.append($0) }
    }
    return claims
  }

  /// The most tokens read as one sentence.
  static let window = 400

  private struct Sentence {
    var text: Substring
    /// Where `text` starts in the document, in UTF-8 bytes.
    var textStart: Int
    var tokens: [Token]
    var language: Language
    var fallbackSpeaker: String?
    /// Whom "we" and « nous » stand for (`FirstPerson`): the speaker's or writer's organisation.
    var firstPersonParty: String? = nil
    /// Whom "you" and « vous » stand for: the company a transcript's outsiders speak to.
    var secondPersonParty: String? = nil
    /// Who speaks for whom in the document: the organisation of a named person.
    var people: FirstPerson.DocumentPeople? = nil
    /// Which capitalised sentence openers are names, for a whole document.
    var openers: OpeningNames? = nil
    /// The date relative periods count from, when not the document's: a table row's source date.
    var date: String? = nil
    /// Whether it is a table row, whose first cell names what a bare count counts.
    var isTableRow = false
    /// The period a table row's Period column gives its figures.
    var rowPeriod: Period? = nil
    /// What each column of a table row counts, by its header (`TableRow.columnItems`).
    var columnItems: [(span: TextSpan, item: (surface: String, canonical: String))] = []
    /// The block (paragraph) it belongs to: a bare count counts what its paragraph counted.
    var block = 0
    /// The person "we" stands for until another document says whom they speak for.
    var unplacedSpeaker: String?
    /// For a window of an endless sentence: its own text, so nothing copies the whole sentence.
    var windowText: String?
    /// Whether it is a heading ("Three companies, one buyer").
    var isHeading = false
  }

  /// What earlier sentences leave to later ones: the things they counted.
  private struct Discourse {
    typealias Item = (surface: String, canonical: String)
    var block = -1
    /// The item of the paragraph's last count that named one.
    ///
    /// "Sainte-Aure has received 1,800 NX-7 pumps. Vestral's records show 1,200." counts pumps
    /// twice.
    var paragraphItem: Item?
    /// The claim that named `paragraphItem`: a bare count after it, with no party or period of
    /// its own, restates it ("Vestral's records show 1,200" is about the same receipt).
    var paragraphSource: Claim?
    /// The document's last counted item, for a pronoun that stands for it (« en »), and the
    /// claim that named it.
    var documentItem: Item?
    var documentSource: Claim?
    /// The last counted item of each frame and metric, keyed "frame|metric".
    ///
    /// « en » before the frame's verb stands for the things that verb last counted: « avons
    /// reçu 1 800 pompes … dans nos 6 établissements. Objectif : en recevoir 3 500 » counts
    /// pumps.
    var frameItems: [String: (item: Item, source: Claim)] = [:]
    /// The first claim of each figure (unit and stated value) that names a party, for a later
    /// "the 1,800 announced" that restates it.
    var figures: [Figure: Claim] = [:]
    /// The entities the claims so far were about, the latest highest ("the group").
    var recent: [String: Int] = [:]
    var mentions = 0
    /// People introduced with their organisation before their name ("Bluefin chief executive
    /// Harriet Quayle"), as `FirstPerson.key`s (full and last name), to the organisation.
    var introduced: [String: String] = [:]
    /// The same people by full name only, for the corpus's directory (`extract(from:each:)`).
    var introducedInFull: [String: String] = [:]
    /// The last person named as saying something: whom "she wrote" stands for.
    var lastPerson: String?
    /// The block (paragraph) that named `lastPerson`.
    var lastPersonBlock = -1
    /// The subject of the last sentence with a claim that names one, and its block.
    var previousSubject: (block: Int, name: String)?
  }

  /// Reads one sentence of a document, after those before it, and emits its claims.
  private func read(
    _ sentence: Sentence, documentID: String, date: String?, discourse: inout Discourse,
    emit: (Claim) -> Void
  ) {
    if sentence.block != discourse.block {
      discourse.block = sentence.block
      discourse.paragraphItem = nil
      discourse.paragraphSource = nil
    }
    var found = extract(
      sentence, documentID: documentID, date: sentence.date ?? date, discourse: &discourse)
    // "Three companies, one buyer": a heading's count of no configured item, with no party,
    // titles what follows; it states nothing. (« 17 000 tablettes déjà distribuées ? », a
    // count of the goods the corpus is about, stays.)
    if sentence.isHeading {
      found.removeAll { claim in
        claim.unit == .count && claim.subject == nil && claim.flow == nil
          && claim.roles?.parties.isEmpty != false
          && !(claim.item.map { products.contains(FirstPerson.key($0)) } ?? false)
          && !(claim.itemSurface.map { products.contains(FirstPerson.key($0)) } ?? false)
      }
    }
    if !nameTails.isEmpty {
      for index in found.indices { found[index] = namedByTail(found[index]) }
    }
    if !entityKeys.isEmpty {
      for claim in found {
        let parties =
          [claim.subject, claim.flow?.from, claim.flow?.to]
          + (claim.roles?.parties.sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value) ?? [])
        for case let party? in parties {
          guard let entity = entityKeys[FirstPerson.key(party)] else { continue }
          discourse.mentions += 1
          discourse.recent[entity] = discourse.mentions
        }
      }
    }
    for claim in found
    where claim.subject != nil || claim.flow != nil || claim.roles?.parties.isEmpty == false {
      let figure = Figure(claim)
      if discourse.figures[figure] == nil { discourse.figures[figure] = claim }
    }
    if let subject = found.lazy.compactMap(\.subject).first {
      discourse.previousSubject = (sentence.block, subject)
    }
    for claim in found where claim.unit == .count {
      if let frame = claim.roles?.frame, let canonical = claim.item, let surface = claim.itemSurface
      {
        discourse.frameItems[frame + "|" + claim.metric.rawValue] = ((surface, canonical), claim)
      }
    }
    found.forEach(emit)
  }

  /// The claim with each party named by the last word of one entity's name after an article
  /// ("the Service paid Carrosserie Jorat £3.04 million") named as that entity.
  private func namedByTail(_ claim: Claim) -> Claim {
    func entity(_ name: String?) -> String? {
      guard let name, !name.contains(" "), entityKeys[FirstPerson.key(name)] == nil,
        let entity = nameTails[FirstPerson.key(name)],
        ["the ", "The ", "le ", "Le ", "la ", "La ", "l'", "L'"].contains(where: {
          claim.sentence.contains($0 + name)
        })
      else { return name }
      return entity
    }
    var claim = claim
    claim.subject = entity(claim.subject)
    if let flow = claim.flow { claim.flow = Flow(from: entity(flow.from), to: entity(flow.to)) }
    if var roles = claim.roles {
      for (role, name) in roles.parties { roles.parties[role] = entity(name) }
      claim.roles = roles
    }
    return claim
  }

  private func extract(
    _ sentence: Sentence, documentID: String, date: String?, discourse: inout Discourse
  ) -> [Claim] {
    let language = sentence.language
    let shared = SharedLexicon.forLanguage(language)
    // Very long "sentences" (a 10 MB line without stops) are read in windows, so that nothing
    // around a quantity is searched further than a window away: no quadratic cost.
    let all = sentence.tokens
    guard QuantityScanner.mayHoldQuantities(all, lexicon: shared.lexicon) else { return [] }
    if all.count > Self.window {
      var claims: [Claim] = []
      var start = 0
      while start < all.count {
        var part = sentence
        part.tokens = Array(all[start..<min(all.count, start + Self.window)])
        part.windowText = Self.text(of: part.tokens[...])
        part.textStart = part.tokens[0].start
        claims += extract(part, documentID: documentID, date: date, discourse: &discourse)
        start += Self.window
      }
      return claims
    }
    let tokens = all
    // The parties the sentence names, the latest last: "the group", "their" look back to them.
    let named = entityKeys.isEmpty ? [] : entities(in: tokens, lexicon: shared.lexicon)
    defer {
      for (entity, _) in named {
        discourse.mentions += 1
        discourse.recent[entity] = discourse.mentions
      }
    }
    let found = QuantityScanner(
      tokens: tokens, language: language, dollar: dollar, currencies: currencies,
      partyEnds: partyEnds
    ).scan()
    guard !found.isEmpty else { return [] }
    var described: PartyDescriptions?
    if !descriptions.isEmpty {
      described = descriptions
      described?.recent = discourse.recent
    }
    let rules = FrameRules.forLanguage(language)
    for (person, party) in Self.introductions(in: tokens, lexicon: shared.lexicon, rules: rules) {
      discourse.introduced[FirstPerson.key(person)] = party
      discourse.introducedInFull[FirstPerson.key(person)] = party
      if let space = person.lastIndex(of: " ") {
        discourse.introduced[FirstPerson.key(String(person[person.index(after: space)...]))] =
          party
      }
    }
    let introduced = discourse.introduced
    func organisation(of name: String) -> String? {
      if let found = sentence.people?.organisation(of: name) { return found }
      return introduced.isEmpty ? nil : FirstPerson.organisation(of: name, in: [introduced])
    }
    var fields = ClauseFields(
      tokens: tokens, lexicon: shared, openers: sentence.openers, descriptions: described)
    var periods = PeriodResolver(
      tokens: tokens, lexicon: shared, documentDate: date,
      fiscalYearStartMonth: fiscalYearStartMonth, clauseBreaks: fields.clauseBreaks)
    periods.semicolonsCloseClauses = !sentence.isTableRow
    let speaker = fields.speaker()
    // Who speaks a quotation: a name ("Quayle said"), or a pronoun ("she wrote", « a-t-elle
    // déclaré ») for the person last named as speaking.
    let quoted = tokens.contains { $0.kind == .symbol && Self.quotationMarks.contains($0.text) }
    // Unquoted, only a sentence that opens with the pronoun and its reporting verb, in the
    // paragraph that named the person: "He also said that…", « Il affirme aussi que… ».
    let pronounReports =
      quoted
      ? Self.pronounSays(in: tokens, lexicon: shared.lexicon, rules: rules)
      : discourse.lastPersonBlock == sentence.block
        && Self.opensWithPronounSaying(tokens, lexicon: shared.lexicon, rules: rules)
    let quoteSpeaker = speaker?.name ?? (pronounReports ? discourse.lastPerson : nil)
    if let name = speaker?.name {
      discourse.lastPerson = name
      discourse.lastPersonBlock = sentence.block
    } else if sentence.people?.knowsPeople == true || !introduced.isEmpty {
      // "Mireille Castagnet, 54 ans, a défendu le plan": a person the document places, named.
      var index = 0
      while index < tokens.count {
        if let (name, end) = Names.name(startingAt: index, in: tokens, lexicon: shared.lexicon) {
          if name.contains(" "), organisation(of: name) != nil {
            discourse.lastPerson = name
            discourse.lastPersonBlock = sentence.block
          }
          index = end + 1
        } else {
          index += 1
        }
      }
    }
    // In a quotation, "we" and « nous » are the speaker's organisation.
    var firstPersonParty = sentence.firstPersonParty
    if quoted, let quoteSpeaker, let party = organisation(of: quoteSpeaker) {
      firstPersonParty = party
    }
    fields.firstPersonParty = firstPersonParty
    let speakerParty = quoteSpeaker.flatMap(organisation(of:))
    fields.speakerParty = speakerParty
    fields.products = products
    fields.secondPersonParty = sentence.secondPersonParty
    // "Leif Amundsen's line that about 40 nodes came over from Vérel", his own post "40 nodes
    // came over from Maison Vérel's reservation": where he works, another document may say.
    // (Only a person: "Calderbrook Water said" is the party itself.)
    let unplacedSpeaker =
      (speakerParty == nil
      ? quoteSpeaker ?? fields.reportedOwners.first ?? sentence.unplacedSpeaker : nil)
      .flatMap { name in
        name.contains(" ") && entityKeys[FirstPerson.key(name)] == nil
          && !knownNames.contains(name) ? name : nil
      }
    fields.unplacedSpeaker = unplacedSpeaker
    if speakerParty != nil, described != nil {
      described?.speakerParty = speakerParty
      described?.organisationNouns = rules.organisationNouns
    }
    // A configured product is never a party: « lanternes Orbis commandées par Vauclère ».
    let bystander = fields.isBystander
    let products = products
    var frames = FrameMatcher(
      tokens: tokens, language: language, lexicon: shared.lexicon,
      descriptions: described,
      firstPersonParty: firstPersonParty, clauseBreaks: fields.clauseBreaks,
      isBystander: { index in
        bystander(index)
          || (!products.isEmpty && tokens[index].isCapitalised
            && products.contains(FirstPerson.key(tokens[index].text)))
      })
    frames.isTableRow = sentence.isTableRow
    frames.secondPersonParty = sentence.secondPersonParty
    if let previous = discourse.previousSubject, previous.block == sentence.block {
      frames.previousSubject = previous.name
    }
    // "In the quarter before", "that month", « le même trimestre »: spans of time the sentence
    // points to, found once; a figure whose clause holds one and that reads no period has its
    // period unclear ("by several months" is a duration, no period).
    let pointedSpans = tokens.indices.dropFirst().filter { index in
      shared.lexicon.periodNouns.contains(tokens[index])
        && shared.lexicon.periodPointers.contains(tokens[index - 1])
        || shared.lexicon.yearNouns.contains(tokens[index])
          && shared.lexicon.yearPointers.contains(tokens[index - 1])
    }
    // Read only for a claim whose metric can be a move; most sentences have none.
    var flows: [(flow: Flow, range: ClosedRange<Int>)]?
    let sentenceText = sentence.windowText ?? String(sentence.text)
    let idPrefix = Self.fingerprintPrefix(documentID, sentenceText)
    var claims: [Claim] = []
    // The item of the last count that named one, for a bare count after it; from an earlier
    // sentence of the paragraph until this one names its own.
    var lastCountItem = discourse.paragraphItem
    var itemFromEarlierSentence = lastCountItem != nil
    // Read once per sentence, not once per figure: a dense line has hundreds.
    let namesAContract = tokens.contains(where: { rules.contractNouns.contains($0) })
    for (ordinal, quantity) in found.enumerated() {
      let span = TextSpan(start: tokens[quantity.first].start, end: tokens[quantity.last].end)
      let surface = Self.text(of: tokens[quantity.first...quantity.last])
      var item: (surface: String, canonical: String)?
      // The whole a part is taken from ("two of its eight BT-70s"), when the figure is a part.
      var whole: FoundQuantity?
      var subjectOverride: String??
      var perUnit = false
      // The earlier sentence's claim a bare count restates, if it does.
      var restated: Claim?
      var metric = fields.metric(first: quantity.first, last: quantity.last, unit: quantity.unit)
      if quantity.unit == .count {
        // "two of its eight BT-70s", « trois de ses dix rames »: the part counts the whole's items.
        whole =
          ordinal + 1 < found.count
            && Self.isPart(
              quantity, of: found[ordinal + 1], in: tokens, shareOf: shared.lexicon.shareOf,
              rules: rules)
          ? found[ordinal + 1] : nil
        item = ItemFinder.item(
          after: whole?.next ?? quantity.next, in: tokens, lexicon: shared.lexicon, known: products)
        // « 9 Arolle commandées »: a configured product named right after the count.
        if item == nil, quantity.next < tokens.count, tokens[quantity.next].isCapitalised,
          products.contains(FirstPerson.key(tokens[quantity.next].text))
        {
          let name = tokens[quantity.next].text
          item = (name, name)
        }
        if let own = item {
          lastCountItem = own
          itemFromEarlierSentence = false
          discourse.documentItem = own
        } else if let span = Self.timeSpan(
          after: quantity.next, in: tokens, lexicon: shared.lexicon)
        {
          // "less than three weeks after the storm", « depuis trois semaines »: a length of
          // time, which counts none of the things counted before it.
          item = span
        } else if let verb = Self.partitiveVerb(before: quantity.first, in: tokens, rules: rules),
          let earlier = Self.partitiveReferent(
            of: verb, metric: metric, in: tokens, rules: rules, discourse)
        {
          // « Le fabricant en a livré 1 200 »: « en » stands for the things counted before,
          // by the same verb if one counted them.
          item = earlier.item
          restated = earlier.source
        } else if !itemFromEarlierSentence || Self.continuesACount.contains(metric) {
          // A bare count after a counted one counts the same things: "35,000 H100s now, and
          // I expect that to be 85,000 by December"; "Sainte-Aure has received 1,800 pumps.
          // Vestral's records show 1,200." (but "It employs 1,200" counts people).
          item = lastCountItem
          if itemFromEarlierSentence { restated = discourse.paragraphSource }
        }
        // "promised investors 14 new BT-70s this year", « promet 14 nouveaux BT-70 »: things
        // to come counted as new, with no verb or noun saying more, are received in the period.
        // (New things held now are held: "now has 13 new escalators".)
        if metric == .other, item != nil, quantity.next < tokens.count,
          shared.lexicon.additionAdjectives.contains(tokens[quantity.next]),
          fields.hasMarker(.forecast, excluding: quantity.first...quantity.last)
        {
          metric = .shipment
        }
        // In a table row, what the figure's column header names ("| Block | Ardenque pivots |"),
        // else what the first cell names: "H100s planned for …; 50,000".
        if item == nil, sentence.isTableRow,
          let column = sentence.columnItems.first(where: { column in
            column.span.start <= tokens[quantity.first].start
              && tokens[quantity.last].end <= column.span.end
          })
        {
          item = column.item
        }
        if item == nil, sentence.isTableRow, quantity.first > 0 {
          // A cell opens with a capital as a sentence does: « Rames Lumio livrées » (but a
          // configured product keeps its name: "Orbis CT scanners moved …").
          var cell = tokens
          if cell[0].kind == .word, !products.contains(FirstPerson.key(cell[0].text)) {
            cell[0].text = cell[0].lower
          }
          item = ItemFinder.item(after: 0, in: cell, lexicon: shared.lexicon, known: products)
        }
      } else if let (owned, holder) = ItemFinder.ownedShare(
        after: quantity.next, in: tokens, lexicon: shared.lexicon, fields: fields,
        before: quantity.first)
      {
        // "holds 20.5% of Tesla's shares": the item is the shares, the subject their holder.
        item = owned
        subjectOverride = .some(holder)
      } else if case .currency = quantity.unit {
        // The price of one unit is no total the ledger books: "£46,000 a charger".
        if let priced = ItemFinder.pricedItem(
          after: quantity.next, in: tokens, lexicon: shared.lexicon)
          ?? ItemFinder.eachItem(before: quantity.first, in: tokens, lexicon: shared.lexicon)
        {
          item = priced
          perUnit = true
        } else if Self.isUnitPrice(quantity, in: tokens, lexicon: shared.lexicon) {
          // "at $48,000 each", « au prix unitaire de 395 000 $ »: the price of one of the
          // things counted before.
          item = lastCountItem
          perUnit = true
        } else if let thing =
          (max(
            fields.clauseBreaks.clause(around: quantity.first).lowerBound, quantity.first - 24)..<quantity
          .first)
          .lazy.compactMap({
            ClauseFields.phraseEnd(shared.lexicon.priceOfOne, at: $0, in: tokens)
          }).first
        {
          // "Tessaval's list price for a Brisant container, a 4 MWh unit, is about €1.6
          // million", « le prix d'un conteneur Brisant est de 1,6 million »: one thing's price.
          item =
            ItemFinder.item(after: thing, in: tokens, lexicon: shared.lexicon, known: products)
            ?? lastCountItem
          perUnit = true
        } else {
          item = ItemFinder.purchasedItem(
            after: quantity.next, in: tokens, lexicon: shared.lexicon,
            rules: FrameRules.forLanguage(language))
        }
      }
      // "The Tribune put the Granite Fork contract at $3.3 million", « a chiffré le contrat de
      // Granite Fork à 3,3 millions »: the value is that of the thing valued, whose owner is
      // named with it; who put the value on it is only its source.
      if case .currency = quantity.unit, subjectOverride == nil,
        let owner = Self.valuedOwner(
          before: quantity.first, in: tokens, lexicon: shared.lexicon, rules: rules)
      {
        subjectOverride = .some(owner)
      }
      // "3,500 Valmorin tablets went to Lesse": a configured party before the counted noun owns
      // the goods (a product named so stays the item: "Pavo tablets").
      var owner: String?
      if let found = item, let head = found.surface.split(separator: " ").first,
        found.surface.count > head.count, head.first?.isUppercase == true,
        case let key = FirstPerson.key(String(head)), !products.contains(key),
        let entity = entityKeys[key]
      {
        owner = entity
        let canonical =
          found.canonical.hasPrefix(head + " ")
          ? String(found.canonical.dropFirst(head.count + 1)) : found.canonical
        item = (String(found.surface.dropFirst(head.count + 1)), canonical)
        if quantity.unit == .count, let item {
          lastCountItem = item
          discourse.documentItem = item
        }
      }
      // « 450 onduleurs Arvo de Rivalys Habitat sont partis chez Glannau »: a configured party
      // right after the goods owns them.
      if owner == nil, quantity.unit == .count, let found = item,
        case let after = quantity.next + found.surface.split(separator: " ").count,
        after + 1 < tokens.count, shared.lexicon.shareOf.contains(tokens[after]),
        let (name, _) = Names.name(startingAt: after + 1, in: tokens, lexicon: shared.lexicon),
        let entity = entityKeys[FirstPerson.key(name)]
      {
        owner = entity
      }
      var claimFlow: Flow?
      // Goods booked or shipped for one party that went to another were moved between them:
      // "12,000 H100s booked for Tesla were shipped to X".
      // A holding tells a move only with goods reserved for another ("installed 12 chargers
      // built for Armorine").
      if [.transfer, .other, .order, .shipment].contains(metric)
        || (metric == .capacity
          && tokens.contains(where: {
            shared.lexicon.moveFilter.mayContain($0.lowerHash)
              && shared.lexicon.reservationWords.contains($0)
          }))
      {
        let found = flows ?? fields.flows()
        flows = found
        if let (value, range) = ClauseFields.flow(for: quantity.first, in: found),
          value.from != value.to,
          // A figure after the move with a verb of its own is not moved by it: « … ont rejoint
          // la flotte de Bluefin, dont la directrice promet 14 nouveaux BT-70 ».
          // Nor one in a relative clause after it (« …à Rhônevia, qui a perdu cinq véhicules »).
          sentence.isTableRow || range.upperBound >= quantity.first
            || !((range.upperBound + 1)..<quantity.first).contains(where: { index in
              let word = tokens[index].lower
              return tokens[index].kind == .word
                && (rules.framesByVerb[word] != nil
                  || shared.lexicon.reportingVerbs.contains(word)
                  || shared.lexicon.modalityMarkersByFirstWord[word] != nil)
                || (tokens[index].text == "," && index + 1 < quantity.first
                  && shared.lexicon.clauseOpeners.contains(tokens[index + 1]))
            }),
          // Nor one that opens a clause of its own after ", and", with its own verb: "… go to
          // Bluefin, and three BT-70s are rebooked for Hexavia in July".
          !Self.opensOwnClause(quantity, after: range.upperBound, in: tokens, rules: rules)
        {
          claimFlow = value
        }
      }
      if claimFlow == nil, let owner, let to = fields.sentTo(after: quantity.last), to != owner {
        claimFlow = Flow(from: owner, to: to)
      }
      // "€4.4 million of Northgate bookings": the goods' owner is whom the figure is about.
      var subject =
        claimFlow != nil
        ? nil
        : (subjectOverride ?? owner
          ?? fields.subject(first: quantity.first, last: quantity.last, excluding: speaker?.range))
      // "We spent $75 million", "our 35,000 H100s": "we" before the figure. (« … et aussi avec
      // notre prévision » after it speaks of something else.)
      if subject == nil, claimFlow == nil, let party = firstPersonParty,
        tokens[..<quantity.first].contains(where: { Self.firstPersonPlural.contains($0) })
      {
        subject = party
      }
      // "Your order of 20 ambulances stands", « votre commande de 20 Arolle », "the last four
      // chargers of your order", written to a customer: the figure's noun phrase is owned by
      // whom the mail is written to.
      func ownedByYou(_ index: Int) -> Bool {
        rules.secondPerson.contains(tokens[index])
          && rules.determiners.contains(tokens[index])
      }
      if subject == nil, claimFlow == nil, let party = sentence.secondPersonParty,
        (max(0, quantity.first - 3)..<quantity.first).contains(where: ownedByYou)
          || (quantity.next..<min(tokens.count, quantity.next + 8)).contains(where: { index in
            index > 0 && ownedByYou(index)
              && shared.lexicon.shareOf.contains(tokens[index - 1])
              && !fields.clauseBreaks.between(quantity.last, index)
          })
      {
        subject = party
      }
      // Who did what to whom, from the verb that governs the figure: a purchase or a sale is
      // about its buyer ("Tesla ordered 20,000 H100s from Nvidia" is about Tesla, not Nvidia;
      // "Kessler delivered 4 vessels to Nordhavn" about Nordhavn), money about its payer.
      var read = frames.isEmpty ? nil : frames.roles(first: quantity.first, last: quantity.last)
      // Only things are held: "Can you confirm that £80 a meter will hold?" holds no money.
      if case .currency = quantity.unit, read?.roles.frame.hasPrefix("holding.") == true {
        read = nil
      }
      // A relative clause after the whole describes the whole: in "fourteen of the 24
      // ambulances the Service ordered are now in use", the 24 were ordered, not the fourteen.
      if let whole, let relative = read, let verb = relative.verb, verb > whole.last,
        frames.roles(first: whole.first, last: whole.last)?.modifier == verb
      {
        read = nil
        if Frame.metric(ofFrame: relative.roles.frame) == metric { metric = .other }
      }
      // A part counts the whole's items only when a verb says what was done to it ("received
      // two of its eight"; not "fourteen of the 24 … are now in use").
      if whole != nil, read == nil { item = nil }
      // Money received is money paid: "Trevane received £60 million from Valtrans"; but not
      // the worth of goods received ("recevoir plus de 500 millions de dollars de processeurs").
      // « 22 millions d'euros de l'opérateur », "of Lumora": a party after it is who paid.
      let partyAfter = (quantity.next + 1...quantity.next + 2).contains { index in
        index < tokens.count
          && (Names.name(startingAt: index, in: tokens, lexicon: shared.lexicon) != nil
            || described?.match(at: index, in: tokens) != nil)
      }
      let worthOfGoods =
        quantity.next < tokens.count && shared.lexicon.shareOf.contains(tokens[quantity.next])
        && !partyAfter
      if case .currency = quantity.unit, !worthOfGoods, var reading = read,
        reading.roles.frame.hasPrefix("receipt.")
      {
        var parties: [Role: String] = [:]
        parties[.payee] = reading.roles[.buyer]
        parties[.payer] = reading.roles[.seller]
        reading.roles.parties = parties
        reading.agent = reading.agent == .buyer ? .payee : nil
        read = reading
      }
      // Money handed over is money paid: "Brackwater handed Levaris £42.4 million" (not the worth
      // of goods sold: "supplied Grenmark with €40 million of turbines").
      if case .currency = quantity.unit, !worthOfGoods, var reading = read,
        reading.roles.frame.hasPrefix("sale."), reading.modifier == nil
      {
        var parties: [Role: String] = [:]
        parties[.payer] = reading.roles[.seller]
        parties[.payee] = reading.roles[.buyer]
        reading.roles = Roles(frame: "payment.to/1", parties: parties)
        reading.agent = reading.agent == .seller ? .payer : nil
        read = reading
      }
      var roles = read?.roles
      // "Le CHU de Valmont a commandé 9 IRM à Médisonde" is a purchase, not a move « de … à »:
      // a verb that cannot tell of a move wins over the prepositions.
      // Nor is « les livraisons de Morvan Naval à Armor Ferries » a move: its two ends are the
      // seller and the buyer of the delivery itself.
      // But « Lesse reçoit 2 000 tablettes promises à Valmorin »: who receives goods reserved
      // for another is the move's end.
      if let flow = claimFlow, let read, read.modifier == nil,
        !(read.roles.frame.hasPrefix("receipt.") && read.roles[.buyer] == flow.to
          && read.roles[.seller] == nil),
        !read.tellsMoves
          || (read.agent == nil && read.roles[.seller] == flow.from
            && read.roles[.buyer] == flow.to)
      {
        claimFlow = nil
        subject = read.roles[.buyer] ?? read.roles[.payer] ?? subject
      }
      // "3,500 tablets that the authority had ordered were sent to Lesse", « 3 500 tablettes
      // commandées par le rectorat sont parties au réseau Lesse »: bought by one, sent to another.
      // « Nimbara a livré au studio Oxbow les 96 nœuds que Maison Vérel avait commandés »: the
      // sending may come first.
      if claimFlow == nil, quantity.unit == .count, let read, let verb = read.modifier,
        let buyer = read.roles[.buyer],
        let to = fields.sentTo(after: verb) ?? fields.sentTo(before: quantity.first), to != buyer
      {
        claimFlow = Flow(from: buyer, to: to)
        subject = nil
      }
      // "Calderbrook said it had taken delivery of 5,000 meters that Kervalon had built for
      // Sarlières", « a livré à Calderbrook 5 000 compteurs qui devaient partir pour
      // Sarlières »: goods reserved for one and received by another moved between them.
      if claimFlow == nil, quantity.unit == .count, let read,
        read.roles.frame.hasPrefix("receipt.") || read.roles.frame.hasPrefix("sale."),
        let buyer = read.roles[.buyer],
        let reserved = fields.reservedFor(after: quantity.last), reserved != buyer
      {
        claimFlow = Flow(from: reserved, to: buyer)
        subject = nil
      }
      // "Larkfield has handed 160 bikes that Crevelle built for it to Lyvéo": goods made for the
      // giver, handed on, moved from it.
      if claimFlow == nil, quantity.unit == .count, let read,
        read.roles.frame.hasPrefix("sale."), read.agent == .seller,
        let giver = read.roles[.seller],
        let to = fields.reservedForPronounThenSentTo(after: quantity.last), to != giver
      {
        claimFlow = Flow(from: giver, to: to)
        subject = nil
      }
      if let claimFlow {
        var parties: [Role: String] = [:]
        parties[.source] = claimFlow.from
        parties[.target] = claimFlow.to
        roles = Roles(frame: "move/1", parties: parties)
      } else if let read, subjectOverride == nil {
        // Money received is about its receiver ("Tesla … recevoir plus de 500 millions de
        // dollars de processeurs").
        let receiver = read.agent == .payee ? read.roles[.payee] : nil
        if let party = read.roles[.buyer] ?? read.roles[.payer] ?? read.roles[.holder] ?? receiver {
          subject = party
        } else if read.roles.frame.hasPrefix("receipt."), read.agent == nil, read.passive,
          let party = firstPersonParty, !quoted, read.roles[.seller] != party,
          !named.contains(where: { $0.entity != read.roles[.seller] && $0.entity != party })
        {
          // « Déjà 6 locomotives Kestrel reçues de Taurentis Rail ! », posted by Boréal Rail:
          // goods received with no receiver said are the writer's, when it names no one else.
          var received = read.roles
          received.parties[.buyer] = party
          roles = received
          subject = party
        } else if let seller = read.roles[.seller], read.agent == nil, read.passive,
          subject == nil || subject == seller, read.roles[.buyer] == nil, read.roles[.payer] == nil
        {
          // "Some 2,000 heat pumps were ordered from Altmann": with no buyer said, the figure is
          // told of the supplier (Reconcile then looks for the one customer the sentence names).
          subject = seller
        } else if let seller = read.roles[.seller] ?? read.roles[.payee], read.agent != .seller,
          read.agent != .payee, subject == seller
        {
          // "We've ordered 240 nodes from Nimbara": the seller is no subject. A seller's own
          // total ("Kessler delivered 40 vessels in 2025") stays about the seller.
          subject = nil
        }
      }
      // "Our refit contract with Kolvenaar … €3.48 million", « notre contrat avec Kolvenaar »:
      // the contract is ours, whoever it is with (Reconcile reads a supplier subject both ways).
      if case .currency = quantity.unit, claimFlow == nil, let party = firstPersonParty,
        roles?[.buyer] == nil, roles?[.payer] == nil,
        let our = (max(0, quantity.first - 16)..<quantity.first).first(where: {
          Self.firstPersonPlural.contains(tokens[$0])
            && rules.determiners.contains(tokens[$0])
        }),
        ((our + 1)..<min(our + 6, quantity.first)).contains(where: {
          rules.contractNouns.contains(tokens[$0])
        }),
        !fields.clauseBreaks.between(our, quantity.first)
      {
        subject = party
      }
      // "Lémanis plans to order fourteen bed lifts and Northmoor Health Group eight", « … et
      // Northmoor huit »: a name right before a figure after "and" is the subject of the verb
      // the clause leaves out.
      if claimFlow == nil, var gapped = roles, let agent = read?.agent, quantity.first >= 2,
        let (name, start) = Names.name(
          endingAt: quantity.first - 1, in: tokens, lexicon: shared.lexicon),
        start > 0, rules.coordinators.contains(tokens[start - 1]),
        let previous = gapped[agent], previous != name, !bystander(start)
      {
        gapped.parties[agent] = name
        roles = gapped
        if subject == previous { subject = name }
      }
      // "Their 440 HX8 nodes", « ses 160 nœuds »: the party named last, in the sentence or
      // before it.
      if subject == nil, roles == nil, claimFlow == nil, quantity.first > 0,
        rules.possessives.contains(tokens[quantity.first - 1])
      {
        subject =
          named.last { $0.index < quantity.first }?.entity
          ?? discourse.recent.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
      }
      // A person who speaks for an organisation stands for it: "Mireille Castagnet, directrice
      // des achats du Groupe Hospitalier Sainte-Aure, affirme avoir reçu 1 800 pompes".
      if sentence.people != nil || !introduced.isEmpty {
        if let name = subject, let organisation = organisation(of: name) {
          subject = organisation
        }
        if var read = roles {
          for (role, name) in read.parties {
            if let organisation = organisation(of: name) {
              read.parties[role] = organisation
            }
          }
          roles = read
        }
      }
      // "Kestrel locomotives", « rames Lumio »: a configured product is no party.
      if !products.isEmpty {
        if let flow = claimFlow,
          products.contains(FirstPerson.key(flow.from ?? ""))
            || products.contains(FirstPerson.key(flow.to ?? ""))
        {
          claimFlow = nil
          if roles?.frame == "move/1" { roles = nil }
        }
        if let name = subject, products.contains(FirstPerson.key(name)) { subject = nil }
        if var read = roles {
          for (role, name) in read.parties where products.contains(FirstPerson.key(name)) {
            read.parties[role] = nil
          }
          roles = read
        }
      }
      // "Boréal Rail : six locomotives livrées": a name that opens a headline before a colon is
      // what its figures are about, when they name no party.
      if roles?.parties.isEmpty ?? true, claimFlow == nil,
        let (topic, end) = Names.name(startingAt: 0, in: tokens, lexicon: shared.lexicon),
        subject == nil || subject == topic,
        end + 1 < quantity.first, tokens[end + 1].text == ":",
        !products.contains(FirstPerson.key(topic)),
        // « Collèges : 17 000 tablettes », « Scandale : … »: a headline's first word is often no
        // party; a known one or a name of two words is.
        topic.contains(" ") || entityKeys[FirstPerson.key(topic)] != nil
          || knownNames.contains(topic)
      {
        // « Lanvoy : douze nacelles parties chez l'Écossais Cairnmore »: the topic's goods,
        // sent to another, moved.
        if quantity.unit == .count, let to = fields.sentTo(after: quantity.last),
          FirstPerson.key(to) != FirstPerson.key(topic)
        {
          claimFlow = Flow(from: topic, to: to)
          roles = Roles(frame: "move/1", parties: [.source: topic, .target: to])
          subject = nil
        } else {
          subject = topic
        }
      }
      // A fiscal period reads by the calendar of the entity the claim is about, when it has one.
      // Words after a later figure, in a clause a joiner ("and", "but") or a comma sets off,
      // speak for it, not for this one: "about 9,000 today and expects that to reach 22,000
      // by the end of the year"; "€52 million for eight units, is unchanged, with four units
      // due in June" dates the four, not the eight or the money (but "grew 38% to $4.2
      // billion in 2024" is one clause). A list of goods shares what follows it: "3,500
      // luminaires and 40 cabinets in September", « 100 Fardier et de 200 batteries en
      // septembre » (a preposition may repeat after the joiner) date both. Neither counts the
      // comma that closes a figure's own apposition ("The difference, £1.85 million, was paid
      // … in March"), nor a figure set aside as replaced or denied ("twelve pivots, not
      // sixteen, all from the June lot").
      var reach = tokens.count
      var previous = quantity
      for next in found[(ordinal + 1)...] {
        let between = (previous.last + 1)..<next.first
        defer { previous = next }
        guard !fields.replaced(next.first),
          !(next.first > 0
            && shared.lexicon.negationMarkers.contains([tokens[next.first - 1].lower]))
        else { continue }
        let joined = tokens[between].contains(where: { Self.clauseJoiners.contains($0) })
        let closesApposition =
          previous.first > 0 && tokens[previous.first - 1].text == ","
          && tokens[between.lowerBound].text == ","
        let commas =
          tokens[between].reduce(0) { $0 + ($1.text == "," ? 1 : 0) } - (closesApposition ? 1 : 0)
        guard joined || commas > 0 else { continue }
        let listEnd =
          tokens[between].lastIndex(where: { !Self.repeatedPrepositions.contains($0) })
          ?? between.lowerBound
        let previousItem = previous.first == quantity.first ? item?.surface : nil
        let isList =
          (Self.clauseJoiners.contains(tokens[listEnd]) || tokens[listEnd].text == ",")
          // (An adjective may come before the goods: "six new Galerne trucks and six …".)
          && listEnd - between.lowerBound
            <= (previousItem?.split(separator: " ").count ?? (listEnd - between.lowerBound)) + 1
          && previous.unit == next.unit
        if !isList {
          reach = next.first
          break
        }
      }
      // A figure its main verb governs is not dated by a relative clause on its goods: « a livré
      // mardi 5 000 compteurs qui devaient partir en mars » was delivered on Tuesday; « a signé
      // en mars un contrat de 4,2 millions d'euros, qui court jusqu'en 2030 » was signed in March.
      if read != nil, read?.modifier == nil,
        let pronoun = ((quantity.last + 1)..<min(tokens.count, quantity.next + 7)).first(where: {
          shared.lexicon.clauseOpeners.contains(tokens[$0])
            && !rules.coordinators.contains(tokens[$0])
        }),
        case let goods = tokens[(quantity.last + 1)..<pronoun],
        goods.dropLast(goods.last?.text == "," ? 1 : 0).allSatisfy({
          $0.kind != .symbol || ["-", "'", "’"].contains($0.text)
        })
      {
        reach = min(reach, pronoun)
      }
      // A relative clause on the figure ends where the main verb's modality starts: "the last
      // ten of the 24 it ordered will reach Inverness in October" does not date the 24.
      // So does one without its pronoun whose subject is a pronoun, which names no party ("the
      // 24 it ordered").
      if let verb = read?.modifier
        ?? frames.contactRelative(first: quantity.first, last: quantity.last)?.index,
        verb > quantity.last,
        let marker = fields.firstMarker(after: verb)
      {
        reach = min(reach, marker)
      }
      let clauseModality = fields.modality(
        excluding: quantity.first...quantity.last, reach: reach)
      let ahead =
        fields.hasMarker(.forecast, excluding: quantity.first...quantity.last, reach: reach)
        && read?.past != true
      var period = periods.period(
        first: quantity.first, last: quantity.last, reach: reach, ahead: ahead)
      if let name = subject ?? claimFlow?.from, let start = fiscalCalendar(name),
        start != fiscalYearStartMonth,
        tokens.contains(where: {
          $0.lower.hasPrefix("fy") || shared.lexicon.fiscalYearWords.contains($0)
            || $0.lower == "fiscal"
        })
      {
        var fiscal = PeriodResolver(
          tokens: tokens, lexicon: shared, documentDate: date, fiscalYearStartMonth: start,
          clauseBreaks: fields.clauseBreaks)
        fiscal.semicolonsCloseClauses = periods.semicolonsCloseClauses
        period = fiscal.period(
          first: quantity.first, last: quantity.last, reach: reach, ahead: ahead)
      }
      // "700 beds in the first quarter, against 520 a year earlier": the same period, a year
      // before.
      let itemLength = item?.surface.split(separator: " ").count ?? 0
      for start in quantity.next..<min(tokens.count, quantity.next + itemLength + 1) {
        guard
          let phrase = shared.lexicon.yearEarlierPhrases.first(where: { phrase in
            start + phrase.count <= tokens.count
              && tokens.lowers(start..<tokens.count, spell: phrase)
          })
        else { continue }
        if let earlier = periods.yearEarlier(than: start...(start + phrase.count - 1)) {
          period = earlier
        }
        break
      }
      if let rowPeriod = sentence.rowPeriod { period = rowPeriod }
      let periodUnclear =
        period == nil
        && pointedSpans.contains { index in
          !fields.clauseBreaks.between(min(index, quantity.first), max(index, quantity.last))
        }
      // A trigger in another clause gives way to the figure's own frame: « Ce retard tombe mal
      // pour l'exploitant, qui a signé avec Meuvane un contrat de 12 millions d'euros ».
      if metric != .other, claimFlow == nil, roles != nil,
        fields.metric(
          first: quantity.first, last: quantity.last, unit: quantity.unit, clauseOnly: true)
          == .other
      {
        metric = .other
      }
      // Money a contract or an order is worth is the order's: "a service contract worth
      // €38.5 million", « le contrat de maintenance représente 45 millions d'euros ».
      // A contract in the figure's own clause says so whatever other word lies near ("un
      // contrat de relève et d'hébergement des données de 2,99 millions de dollars"), unless
      // the figure is paid or spent ("paid €5 million under the contract").
      if case .currency = quantity.unit,
        metric == .other || metric == .valuation
          || (![.spend, .capitalExpenditure].contains(metric) && roles == nil
            && (max(0, quantity.first - 12)..<min(tokens.count, quantity.first + 13)).contains(
              where: { index in
                rules.contractNouns.contains(tokens[index])
                  && !fields.clauseBreaks.between(
                    min(index, quantity.first), max(index, quantity.first))
              })),
        namesAContract
      {
        metric = .order
      }
      // "Lac-Sauvin's contract is C$2.6 million", « le contrat de relève … s'élève à 2,6
      // millions »: a configured item named by its contract is what the money is worth.
      if case .currency = quantity.unit, metric == .order, item == nil, !products.isEmpty,
        let named = Self.configuredContract(
          near: quantity.first, in: tokens, products: products, rules: rules,
          clauseBreaks: fields.clauseBreaks)
      {
        item = (named, named)
      }
      // "Nordane to supply 1.5 million doses to Agence Mosane", "Tesla to buy 20,000 H100s":
      // a headline announces the deal, an order, not a delivery of some day.
      if quantity.unit == .count, let verb = fields.headlineInfinitive, read?.verb == verb,
        metric == .shipment || metric == .other,
        read.map({ Frame.metric(ofFrame: $0.roles.frame) == .shipment }) == true
      {
        metric = .order
      }
      // "None of the 10 trains that we ordered": a relative clause on the figure's noun says
      // what the figure counts, whatever the main verb does with them.
      if claimFlow == nil, quantity.unit == .count, read?.modifier != nil,
        read?.roles.frame.hasPrefix("purchase.") == true
          || read?.roles.frame.hasPrefix("order.") == true
      {
        metric = .order
      }
      // "the first lot of the twelve it has ordered", « le premier lot des douze qu'elle a
      // commandés »: an order a part is taken from is dated by its own words after it ("the 12
      // it ordered in January"), not by what was done to the part before it.
      if metric == .order, quantity.unit == .count, sentence.rowPeriod == nil,
        quantity.first >= 2,
        rules.articles.contains(tokens[quantity.first - 1])
          && shared.lexicon.shareOf.contains(tokens[quantity.first - 2])
          || shared.lexicon.shareOf.contains(tokens[quantity.first - 1])
            && rules.determiners.contains(tokens[quantity.first - 1]),
        (quantity.next..<min(tokens.count, quantity.next + 6)).contains(where: { index in
          rules.framesByVerb[tokens[index].lower]?.contains {
            Frame.metric(ofFrame: $0.id) == .order
          } == true
        })
      {
        period = periods.period(
          first: quantity.first, last: quantity.last, reach: reach, onlyAfter: true)
      }
      // "received two of its eight BT-70s", « trois des dix rames »: the whole a part is taken
      // from is the order, not what the verb did to the part; so is it after an ordinal ("took
      // delivery of the first of its five ferries", « le premier de ses cinq navires »).
      if (ordinal > 0
        && Self.isPart(
          found[ordinal - 1], of: quantity, in: tokens, shareOf: shared.lexicon.shareOf,
          rules: rules))
        || Self.followsOrdinalPart(
          quantity, in: tokens, shareOf: shared.lexicon.shareOf, rules: rules)
      {
        metric = .order
        // Its own relative clause still tells who ordered it ("the 24 the Service ordered").
        roles = roles.flatMap { $0.frame == "move/1" || read?.modifier != nil ? $0 : nil }
        // The whole is no dated delivery: "the last ten of the 24 it ordered will reach
        // Inverness in October" dates the ten, not the 24.
        if sentence.rowPeriod == nil { period = nil }
      } else if quantity.unit == .count, claimFlow == nil,
        Self.isOrderTakenFrom(quantity, in: tokens, shareOf: shared.lexicon.shareOf, rules: rules)
      {
        // "the first lot of its order of 12 arrived in June", « les dix dernières de sa
        // commande de 24 lui seront livrées en octobre », "completing Halvard's order of 30":
        // an order someone holds is counted whole, and the clause's date is not its own
        // (unless a participle on it dates it: "Oxbow's order of 120, placed on 2 October").
        metric = .order
        let comma = (quantity.next..<min(tokens.count, quantity.next + 6)).first {
          tokens[$0].kind == .symbol
        }
        let datedOrder =
          comma.map {
            $0 + 1 < tokens.count && tokens[$0].text == ","
              && rules.isParticiple(tokens[$0 + 1].lower)
          }
          ?? false
        if sentence.rowPeriod == nil, !datedOrder { period = nil }
      }
      // "Oxbow will put more than $300 million into Nimbara compute", « injectera 40 millions
      // d'euros dans les serveurs de Nimbara »: money put into something is the subject's
      // spending, paid to whoever is named right after "into" (the maker of what it buys).
      if case .currency = quantity.unit, roles == nil, claimFlow == nil,
        [.other, .valuation, .order].contains(metric), quantity.first >= 2,
        let verb = (max(0, quantity.first - 6)..<quantity.first).last(where: {
          shared.lexicon.investingVerbs.contains(tokens[$0])
        }),
        !fields.clauseBreaks.between(verb, quantity.first),
        let into = (quantity.next..<min(tokens.count, quantity.next + 3)).first(where: {
          shared.lexicon.investingPrepositions.contains(tokens[$0])
        })
      {
        metric = .spend
        var parties: [Role: String] = [:]
        if let payer = frames.subjectOf(verb: verb) { parties[.payer] = payer }
        if let (payee, _) = fields.recipient(after: into), parties[.payer] != payee {
          parties[.payee] = payee
        }
        if !parties.isEmpty {
          roles = Roles(frame: "spend.on/1", parties: parties)
          subject = parties[.payer] ?? subject
        }
      }
      // "Nimbara's statement to the retailer shows €3.6 million", « le relevé adressé par Nimbara
      // à l'enseigne fait état de 3,6 millions d'euros de consommation »: money a supplier's
      // statement shows is its addressee's spending with the sender.
      if case .currency = quantity.unit, roles == nil, claimFlow == nil, !perUnit,
        [.other, .order, .spend].contains(metric),
        let noun = (max(0, quantity.first - 20)..<quantity.first).last(where: {
          shared.lexicon.statementNouns.contains(tokens[$0])
        }),
        !tokens[noun..<quantity.first].contains(where: { [".", ";", ":"].contains($0.text) })
      {
        var sender: String?
        var addressee: String?
        // "Nimbara's statement": the possessor sends it.
        if noun >= 2, tokens[noun - 1].lower == "s", ["'", "’"].contains(tokens[noun - 2].text) {
          sender = Names.name(endingAt: noun - 3, in: tokens, lexicon: shared.lexicon)?.0
        }
        for index in (noun + 1)..<min(quantity.first, noun + 10) {
          let word = tokens[index].lower
          if sender == nil, shared.lexicon.statementSenders.contains(word) {
            sender = fields.recipient(after: index)?.0
          } else if addressee == nil, shared.lexicon.statementAddressees.contains(word) {
            addressee = fields.recipient(after: index)?.0
          }
        }
        if let sender, let addressee, sender != addressee {
          roles = Roles(frame: "spend.on/1", parties: [.payer: addressee, .payee: sender])
          subject = addressee
          metric = .spend
        }
      }
      // Money paid is spending, whatever goods its sentence names: « a versé 1,4 million
      // d'euros au fabricant, pour les 180 lits livrés en mars ».
      if case .currency = quantity.unit, metric == .shipment || metric == .order,
        let frame = roles?.frame, Frame.metric(ofFrame: frame) == .spend,
        roles?[.payer] != nil || roles?[.payee] != nil
      {
        metric = .spend
      }
      // "took delivery of all 12 lifeboats it ordered from Morlenn": a relative clause on the
      // figure's noun says which goods; the verb that governs the figure says what was done.
      // (« a pris livraison des 12 chaudières qu'elle avait commandées » alike, where the
      // relative clause gave the roles.)
      // (Not the whole a part is taken from: "delivered the last four of the ten lifeboats
      // that Skarvfjell ordered" counts the order.)
      if claimFlow == nil, quantity.unit == .count, read != nil,
        !(ordinal > 0
          && Self.isPart(
            found[ordinal - 1], of: quantity, in: tokens, shareOf: shared.lexicon.shareOf,
            rules: rules)),
        let framed = frames.frameBefore(quantity.first).flatMap({ Frame.metric(ofFrame: $0.id) }),
        framed != metric,
        ((quantity.last + 2)..<max(quantity.last + 2, min(tokens.count, quantity.last + 9)))
          .contains(where: { verb in
            rules.framesByVerb[tokens[verb].lower]?.contains {
              Frame.metric(ofFrame: $0.id) == metric
            } == true
              && tokens[max(quantity.last + 1, verb - 4)..<verb].contains {
                rules.pronouns.contains($0) || rules.relativePronouns.contains($0)
              }
          })
      {
        metric = framed
      }
      // A figure no word of its clause gives a metric takes its frame's: "Calder supplied
      // Domvia with 60 boilers" is a shipment, « a versé 45 millions » spending.
      if claimFlow == nil, metric == .other || metric == .transfer, let frame = roles?.frame,
        let framed = Frame.metric(ofFrame: frame)
      {
        if case .currency = quantity.unit {
          metric = framed == .shipment || framed == .order ? metric : framed
        } else {
          metric = framed
        }
      }
      // "We delivered 15,000 tablets to Valmorin in the quarter, 9,000 in January and 6,000 in
      // March": a breakdown after a comma shares the parties of the count it breaks down.
      if restated == nil, roles == nil, claimFlow == nil, quantity.unit == .count,
        let whole = claims.last(where: {
          $0.unit == .count && $0.item != nil && $0.item == item?.canonical
            && ($0.roles != nil || $0.subject != nil || $0.flow != nil)
        }),
        tokens[..<quantity.first].contains(where: {
          $0.start >= whole.span.end && ($0.text == "," || Self.clauseJoiners.contains($0))
        }),
        // "…, and three BT-70s are rebooked": nor is a clause with a verb of its own after it.
        !Self.opensOwnClause(
          quantity,
          after: (tokens.firstIndex(where: { $0.start >= whole.span.end }) ?? quantity.first) - 1,
          in: tokens, rules: rules),
        // "…and another 240 in June; Oxbow's statement lists 440": a new clause is no breakdown.
        !tokens[..<quantity.first].contains(where: {
          $0.start >= whole.span.end && ($0.text == ";" || $0.text == ":")
        }),
        // Nor one with a verb of its own: « …, dont la directrice promet 14 nouveaux BT-70 ».
        // Nor one in a relative clause on the earlier figure's noun: « …160 cartouches, qui
        // produisent ensemble 2 000 m³ » (« dont 300 à Domvia » is a breakdown).
        !(0..<quantity.first).contains(where: {
          tokens[$0].start >= whole.span.end
            && (Self.opensClause(at: $0, in: tokens, rules: rules, lexicon: shared.lexicon)
              || (rules.clauseRelatives.contains(tokens[$0])
                && !Self.clauseJoiners.contains(tokens[$0])))
        }),
        subject == nil || subject == whole.subject
          || whole.roles?.parties.values.contains(subject ?? "") == true
          // A conjunct that names its own party by the verb's preposition: "…, 150 to Boréal".
          || whole.roles.map({
            !frames.ownParties(frameID: $0.frame, after: quantity.last).isEmpty
          }) == true
      {
        subject = whole.subject
        roles = whole.roles
        claimFlow = whole.flow
        if metric == .other { metric = whole.metric }
        // Its own words may name another party of the same verb: "…, 200 to Lyvéo".
        if claimFlow == nil, var read = roles {
          for (role, name) in frames.ownParties(frameID: read.frame, after: quantity.last)
          where read[role] != name {
            if subject == read[role] { subject = name }
            read.parties[role] = name
          }
          roles = read
        }
      }
      // "paid Rivebois C$7.75 million in the second quarter and C$6.2 million in the third",
      // « a versé 7,75 millions à Rivebois au deuxième trimestre et 6,2 millions au
      // troisième »: a sum joined to a payment, with no verb of its own, is paid the same way.
      if roles == nil, claimFlow == nil, case .currency = quantity.unit, !perUnit,
        let whole = claims.last, whole.unit == quantity.unit, !whole.perUnit,
        let paid = whole.roles, paid.frame.hasPrefix("payment."),
        tokens[..<quantity.first].contains(where: {
          $0.start >= whole.span.end && Self.clauseJoiners.contains($0)
        }),
        !Self.opensClause(
          after: whole.span.end, before: quantity.first, in: tokens, rules: rules,
          lexicon: shared.lexicon)
      {
        subject = whole.subject
        roles = paid
        metric = whole.metric
      }
      // "ordered 16 Lumio trainsets from Taurentis, for £184m", « a reçu de Northmoor une
      // commande de 16 rames Lumio, pour 184 millions de livres »: the price given after the
      // goods of a deal, with no verb of its own, is that deal's money, with its parties.
      if claimFlow == nil, case .currency = quantity.unit, !perUnit,
        let deal = claims.last, deal.unit == .count, deal.flow == nil, let dealRoles = deal.roles,
        ["purchase.", "order.", "sale."].contains(where: { dealRoles.frame.hasPrefix($0) }),
        roles == nil || roles?.frame == dealRoles.frame,
        let price = (max(0, quantity.first - 4)..<quantity.first).last(where: {
          shared.lexicon.pricePrepositions.contains(tokens[$0])
        }),
        tokens[price].start >= deal.span.end,
        // Only a qualifier between the preposition and the money ("for about £184m"): "pour un
        // investissement de 2,3 millions" names what the money is.
        price + 1 == quantity.first
          || [
            shared.lexicon.approximateBefore, shared.lexicon.atLeastBefore,
            shared.lexicon.atMostBefore,
          ].joined().contains(where: {
            $0.elementsEqual(tokens[(price + 1)..<quantity.first].map(\.lower))
          }),
        !Self.opensClause(
          after: deal.span.end, before: price, in: tokens, rules: rules, lexicon: shared.lexicon)
      {
        subject = deal.subject
        roles = dealRoles
        metric = deal.metric
        // The goods' item too, when they are the deal's only goods: not "30 Alto buses and 20
        // Vigie chargers … for £15.32 million", nor « 88 sièges Orvane et autant de pinces ».
        func joined(from start: Int, to end: Int) -> Bool {
          tokens.contains {
            $0.start >= start && $0.end <= end && rules.coordinators.contains($0)
          }
        }
        let earlier = claims.dropLast().last { $0.unit == .count }
        if item == nil, let canonical = deal.item, let surface = deal.itemSurface,
          !joined(from: deal.span.end, to: tokens[price].start),
          !(earlier.map { joined(from: $0.span.end, to: deal.span.start) } ?? false)
        {
          item = (surface, canonical)
        }
      }
      // "taking the English company's total to 26,000", « porte son total à 26 000 »: a
      // running total is what the party holds by then, whatever the clause's date or verb.
      let runningTotal =
        quantity.unit == .count && quantity.first >= 2
        && shared.lexicon.cumulativeNouns.contains(tokens[quantity.first - 2])
        && ["to", "à"].contains(tokens[quantity.first - 1].lower)
      if runningTotal {
        metric = .capacity
        claimFlow = nil
        roles = nil
        if sentence.rowPeriod == nil { period = nil }
        var owner = quantity.first - 3
        if owner >= 1, tokens[owner].lower == "s", ["'", "’"].contains(tokens[owner - 1].text) {
          owner -= 2
        }
        if owner >= 0,
          let name = Names.name(endingAt: owner, in: tokens, lexicon: shared.lexicon)?.0
            ?? (max(0, owner - 5)...owner).lazy.compactMap({
              described?.match(at: $0, in: tokens).flatMap { $0.1 == owner ? $0.0 : nil }
            }).first
        {
          subject = name
        } else if owner >= 0, rules.possessives.contains(tokens[owner]),
          let last = named.last(where: { $0.index < owner })
        {
          // « porte son total à 26 000 »: the party named last.
          subject = last.entity
        }
      }
      var restater: String?? = nil
      // "… 28 turbines from Sorvent, a day after Sorvent's chief put the figure at 40", « a
      // évalué ce chiffre à 40 »: a figure that restates the sentence's earlier one is about the
      // same thing, whoever says it.
      if !runningTotal, let earlier = claims.last, earlier.span.end <= span.start,
        quantity.first >= 3,
        shared.lexicon.restatingNouns.contains(tokens[quantity.first - 2])
          || (quantity.first >= 3
            && shared.lexicon.restatingNouns.contains(tokens[quantity.first - 3])),
        ["at", "à"].contains(tokens[quantity.first - 1].lower), earlier.unit == quantity.unit
      {
        // Said by whoever put the figure, not by the sentence's speaker.
        restater = .some(fields.nameBefore(quantity.first - 1, reach: 8))
        subject = earlier.subject
        roles = earlier.roles
        claimFlow = earlier.flow
        metric = earlier.metric
        if item == nil, let surface = earlier.itemSurface, let canonical = earlier.item {
          item = (surface, canonical)
        }
        if period == nil { period = earlier.period }
      }
      // A bare count that restates the paragraph's earlier one takes what it does not say:
      // the parties, when it names none, the metric and the period.
      if let restated {
        if subject == nil, roles == nil, claimFlow == nil {
          subject = restated.subject
          roles = restated.roles
          claimFlow = restated.flow
        } else if subject == nil, var read = roles, read[.buyer] == nil, read[.payer] == nil,
          let buyer = restated.roles?[.buyer]
        {
          // « Le fabricant en a livré 1 200 »: delivered to whoever received the pumps before.
          read.parties[.buyer] = buyer
          roles = read
          subject = restated.subject ?? buyer
        }
        if metric == .other { metric = restated.metric }
        if period == nil, !periodUnclear { period = restated.period }
      }
      // "a six-year contract", « dix ans », "three weeks after": a length of time belongs to
      // no party and is no delivery, whatever the clause's verb does.
      if quantity.unit == .count, let counted = item?.canonical,
        shared.lexicon.rateNouns.contains(counted)
      {
        // Whose it is stays ("Nordhavn's ferries are 19 years old"), but not a party the
        // verb gave it.
        if let party = subject, roles?.parties.values.contains(party) == true {
          subject = nil
        }
        roles = nil
        claimFlow = nil
        metric = .other
      }
      // « 40 nœuds environ »: a qualifier after the counted noun qualifies the count.
      var quantity = quantity
      if quantity.qualifier == .exact, quantity.unit == .count, let surface = item?.surface,
        case let after = quantity.next + surface.split(separator: " ").count,
        after < tokens.count, shared.lexicon.approximateAfter.contains([tokens[after].lower])
      {
        quantity.qualifier = .approximate
      }
      var claim = Claim(
        id: Self.fingerprint(prefix: idPrefix, ordinal), document: documentID, span: span,
        surface: surface,
        sentence: Self.quote(
          sentenceText, figure: (span.start - sentence.textStart)..<(span.end - sentence.textStart)),
        stated: Interval(low: quantity.low, high: quantity.high), qualifier: quantity.qualifier,
        bounds: quantity.bounds(
          tolerance.approximate(unit: quantity.unit, metric: claimFlow != nil ? .transfer : metric)),
        unit: quantity.unit, item: item?.canonical,
        itemSurface: item?.surface, subject: subject,
        flow: claimFlow, roles: roles, metric: claimFlow != nil ? .transfer : metric,
        period: period,
        modality: Self.modality(
          clauseModality, metric: metric,
          period: period, date: date, past: read?.past == true),
        // "Vandamme's claim that Vérel spent €30 million": said by the claim's owner.
        speaker: restater ?? fields.reportedClaim(holding: quantity.first)?.owner
          ?? (quoteSpeaker ?? fields.writer(before: quantity.first) ?? sentence.fallbackSpeaker),
        language: language,
        ambiguous: quantity.ambiguous, rule: quantity.rule)
      claim.periodUnclear = periodUnclear
      claim.perUnit = perUnit
      // "has paid two refit instalments of €580,000", « deux versements de 580 000 € »: the
      // sum of each of several is no total.
      if case .currency = quantity.unit, quantity.first >= 3,
        shared.lexicon.shareOf.contains(tokens[quantity.first - 1]),
        tokens[quantity.first - 2].kind == .word, tokens[quantity.first - 2].startsLowercase,
        tokens[quantity.first - 2].lower.hasSuffix("s"),
        // (Not a length of time: « un contrat de cinq ans de 4,8 millions ».)
        !shared.lexicon.rateNouns.contains(String(tokens[quantity.first - 2].lower.dropLast())),
        (max(0, quantity.first - 4)...(quantity.first - 3)).contains(where: { index in
          (tokens[index].kind == .number
            && (Int(tokens[index].text).map { $0 > 1 && $0 < 100 } ?? false))
            || (shared.lexicon.startsNumberWords(tokens[index])
              && !rules.determiners.contains(tokens[index]))
        })
      {
        claim.perUnit = true
      }
      // "£800,000 a year", « 260 000 $ par année »: an amount per span of time.
      if case .currency = quantity.unit, !perUnit, quantity.next + 1 < tokens.count,
        shared.lexicon.unitPriceWords.contains(tokens[quantity.next]),
        shared.lexicon.rateNouns.contains(tokens[quantity.next + 1])
      {
        claim.perPeriod = true
      }
      // A price ("£46,000 a charger", « 5 500 euros le lit ») or a rate ("$600,000 a year")
      // measures no order, spending or delivery: the ledger books totals.
      if perUnit || claim.perPeriod { claim.metric = .other }
      if quantity.unit != .percent,
        Self.isDifference(quantity, in: tokens, lexicon: shared.lexicon)
      {
        claim.isDifference = true
      }
      // Money is tied to the ledger by what its own clause names (a table row's by its label).
      if case .currency = quantity.unit, !sentence.isTableRow {
        var clause = fields.withoutOthersClaims(
          fields.clauseBreaks.clause(around: quantity.first), holding: quantity.first)
        // "CAD 2.24 million for the February tablets and CAD 1.05 million for the carts": sums
        // joined by "and" are each tied by their own words.
        func isMoney(_ other: FoundQuantity) -> Bool {
          if case .currency = other.unit { return true }
          return false
        }
        if let previous = found[..<ordinal].last(where: isMoney),
          previous.last >= clause.lowerBound,
          let joiner = ((previous.last + 1)..<quantity.first).last(where: {
            Self.clauseJoiners.contains(tokens[$0])
          })
        {
          clause = (joiner + 1)..<clause.upperBound
        }
        if let next = found[(ordinal + 1)...].first(where: isMoney), next.first < clause.upperBound,
          let joiner = ((quantity.last + 1)..<next.first).first(where: {
            Self.clauseJoiners.contains(tokens[$0])
          })
        {
          clause = clause.lowerBound..<joiner
        }
        if clause.count < tokens.count { claim.clause = Self.text(of: tokens[clause]) }
      }
      // "on reste loin des 1 800 annoncées", "short of the 1,800 claimed": a figure said again
      // after a definite article, with nothing new said of it, restates the document's earlier
      // claim of it: whose it is, what and when, and who put it.
      // (The item read from an earlier sentence is not the figure's own.)
      let writtenItem = item.flatMap { item in
        quantity.next < tokens.count
          && item.surface.split(separator: " ").first.map { tokens[quantity.next].text == $0 }
            == true
          ? item : nil
      }
      if quantity.first > 0,
        Self.definiteBeforeFigure.contains(tokens[quantity.first - 1]),
        let earlier = discourse.figures[Figure(claim)],
        writtenItem == nil || earlier.item == nil || writtenItem?.canonical == earlier.item,
        Self.saysNothingNew(
          after: quantity.next + (writtenItem?.surface.split(separator: " ").count ?? 0),
          in: tokens, rules: rules)
      {
        claim.subject = earlier.subject
        claim.roles = earlier.roles
        claim.flow = earlier.flow
        claim.metric = earlier.metric
        claim.period = claim.period ?? earlier.period
        claim.speaker = earlier.speaker
        if writtenItem == nil {
          claim.item = earlier.item
          claim.itemSurface = earlier.itemSurface
        }
      }
      if let person = unplacedSpeaker, claim.flow?.to == person {
        claim.firstPersonOf = person
      } else if let person = sentence.unplacedSpeaker,
        claim.subject == person || claim.flow?.from == person || claim.flow?.to == person
          || claim.roles?.parties.values.contains(person) == true
      {
        claim.firstPersonOf = person
      }
      claims.append(claim)
    }
    discourse.paragraphItem = lastCountItem
    if let source = claims.last(where: { $0.unit == .count && $0.itemSurface != nil }),
      !itemFromEarlierSentence
    {
      discourse.paragraphSource = source
      discourse.documentSource = source
    }
    return claims
  }

  /// Whether the figure at `quantity` opens a coordinated clause after `end` (", and", « , et »)
  /// whose finite verb (an auxiliary) follows the figure within a few words: "…, and three
  /// BT-70s are rebooked" (not "…, and 500 delivered to the clinic").
  private static func opensOwnClause(
    _ quantity: FoundQuantity, after end: Int, in tokens: [Token], rules: FrameRules
  ) -> Bool {
    guard end < quantity.first,
      ((end + 1)..<quantity.first).contains(where: { index in
        tokens[index].text == "," && index + 1 < quantity.first
          && rules.coordinators.contains(tokens[index + 1])
      })
    else { return false }
    var probe = quantity.next
    while probe < min(tokens.count, quantity.next + 6), tokens[probe].kind != .symbol {
      let word = tokens[probe].lower
      if rules.passiveAuxiliaries.contains(word) || rules.perfectAuxiliaries.contains(word) {
        return true
      }
      probe += 1
    }
    return false
  }

  /// The determiners before a figure that point back to it: "the", « les », « des » (de les).
  private static let definiteBeforeFigure: WordSet = [
    "the", "these", "those", "les", "des", "ces",
  ]

  /// A figure by its unit and stated value: « 1 800 » and "1,800" pumps alike.
  private struct Figure: Hashable {
    var unit: QuantityUnit
    var stated: Interval
    init(_ claim: Claim) {
      unit = claim.unit
      stated = claim.stated
    }
  }

  /// Whether the words from `index` end the figure's phrase with no verb or party of their
  /// own: the clause ends there, or after one participle ("annoncées", "claimed").
  private static func saysNothingNew(after index: Int, in tokens: [Token], rules: FrameRules)
    -> Bool
  {
    func ends(_ index: Int) -> Bool {
      index >= tokens.count
        || [".", ",", ";", ":", ")", "»", "”", "?", "!"].contains(tokens[index].text)
    }
    if ends(index) { return true }
    return tokens[index].kind == .word && tokens[index].startsLowercase
      && rules.isParticiple(tokens[index].lower) && ends(index + 1)
  }

  /// Whether money is the price of one thing by the words around it: "at $48,000 each", « à
  /// 48 000 $ chacune », "a unit price of $395,000", « au prix unitaire de 395 000 $ ».
  private static func isUnitPrice(_ quantity: FoundQuantity, in tokens: [Token], lexicon: Lexicon)
    -> Bool
  {
    if quantity.next < tokens.count, lexicon.unitPriceAfter.contains(tokens[quantity.next]) {
      return true
    }
    let before = tokens[max(0, quantity.first - 5)..<quantity.first].map(\.lower)
    return lexicon.unitPriceBefore.contains { phrase in
      before.indices.contains { start in
        start + phrase.count <= before.endIndex
          && before[start..<(start + phrase.count)].elementsEqual(phrase)
      }
    }
  }

  /// The owner named with the object of a verb of valuing right before money: "put the Granite
  /// Fork contract at", "valued Ardelis's order at", « a estimé le contrat de Lanvoy à ».
  private static func valuedOwner(
    before first: Int, in tokens: [Token], lexicon: Lexicon, rules: FrameRules
  ) -> String? {
    guard first >= 3, lexicon.valuingPrepositions.contains(tokens[first - 1]) else {
      return nil
    }
    // The verb within a few words before: its object is between the verb and the preposition.
    guard
      let verb = (max(0, first - 9)..<(first - 1)).last(where: {
        lexicon.valuingVerbs.contains(tokens[$0])
      })
    else { return nil }
    // "the Granite Fork contract", « le contrat de Granite Fork »: the object's own name, right
    // after its article or after its noun and "of" (not a party after "to": "puts its payments
    // to Nordane at €21 million" are still its own).
    let article = verb + 1
    guard article + 1 < first - 1, rules.articles.contains(tokens[article]) else {
      return nil
    }
    if let (name, end) = Names.name(startingAt: article + 1, in: tokens, lexicon: lexicon),
      end < first - 1
    {
      return name
    }
    guard article + 3 < first - 1, ["of", "de", "du", "d"].contains(tokens[article + 2].lower),
      let (name, end) = Names.name(startingAt: article + 3, in: tokens, lexicon: lexicon),
      end < first - 1
    else { return nil }
    return name
  }

  /// The noun of time right after a count ("three weeks", « cinq ans »), as written and in the
  /// singular; "quarters" is left out, being also a share ("three quarters of the fleet").
  private static func timeSpan(after index: Int, in tokens: [Token], lexicon: Lexicon)
    -> (surface: String, canonical: String)?
  {
    var index = index
    // "a five-year contract": the noun of time glued by a hyphen.
    if index + 1 < tokens.count, tokens[index].text == "-", tokens[index].isGlued,
      tokens[index + 1].isGlued
    {
      index += 1
    }
    guard index < tokens.count, tokens[index].kind == .word else { return nil }
    let word = tokens[index].lower
    let singular =
      lexicon.rateNouns.contains(word) || !word.hasSuffix("s") ? word : String(word.dropLast())
    guard lexicon.rateNouns.contains(singular), singular != "quarter" else { return nil }
    return (tokens[index].text, singular)
  }

  /// Metrics a bare count in a later sentence may share with the count before it: goods
  /// ordered, shipped, moved or held, or a figure whose sentence names no metric.
  private static let continuesACount: Set<Metric> = [
    .other, .order, .shipment, .transfer, .capacity,
  ]

  /// The verb a partitive pronoun before the figure governs, past a perfect auxiliary.
  ///
  /// « en a livré 1 200 », « prévoyons d'en recevoir 3 500 »; nil when there is no such
  /// pronoun.
  private static func partitiveVerb(before first: Int, in tokens: [Token], rules: FrameRules)
    -> Int?
  {
    guard !rules.partitivePronouns.isEmpty else { return nil }
    for index in stride(from: first - 1, through: max(0, first - 6), by: -1) {
      let word = tokens[index].lower
      if [",", ";", ":", "."].contains(word) { return nil }
      guard rules.partitivePronouns.contains(word), index + 1 < first else { continue }
      let next = tokens[index + 1].lower
      if rules.perfectAuxiliaries.contains(next) {
        return index + 2 < first && rules.framesByVerb[tokens[index + 2].lower] != nil
          ? index + 2 : index + 1
      }
      return rules.framesByVerb[next] != nil ? index + 1 : nil
    }
    return nil
  }

  /// What a partitive pronoun stands for: the things last counted by its verb's frame for the
  /// same metric, else the document's last counted things.
  private static func partitiveReferent(
    of verb: Int, metric: Metric, in tokens: [Token], rules: FrameRules, _ discourse: Discourse
  ) -> (item: Discourse.Item, source: Claim?)? {
    if let frames = rules.framesByVerb[tokens[verb].lower],
      let found = frames.lazy.compactMap({ discourse.frameItems[$0.id + "|" + metric.rawValue] })
        .first
    {
      return (found.item, found.source)
    }
    return discourse.documentItem.map { ($0, discourse.documentSource) }
  }

  /// Whom each person a document names speaks for, by its appositions ("Gareth Pellow,
  /// managing director of Northmoor Rail"): gathered over a corpus, it places the "we" of
  /// people other documents introduce.
  ///
  /// A person whose title is "ours" ("Orla Brennan, our chief executive") speaks for whomever
  /// "we" stands for where they are named, as this extractor's configuration says.
  public func peopleDirectory(of document: Document) -> [String: String] {
    firstPerson.people(in: document).placed
  }

  /// Replaces the person standing for "we" in claims (`Claim.firstPersonOf`) by the
  /// organisation `directory` (from `peopleDirectory(of:)`, over a corpus) says they speak
  /// for, by full or last name; with none, "we" stands for no one.
  ///
  /// A person named in full as the subject or a party ("Leif Amundsen continue de parler de 1 500 nœuds", where another
  /// document introduces him as Oxbow's CTO) stands for their organisation too.
  public static func resolveFirstPerson(_ claims: inout [Claim], directory: [String: String]) {
    func organisation(_ name: String?) -> String? {
      guard let name, name.contains(" ") else { return nil }
      return directory[FirstPerson.key(name)]
    }
    for index in claims.indices where claims[index].firstPersonOf == nil {
      var claim = claims[index]
      if let found = organisation(claim.subject) { claim.subject = found }
      if var roles = claim.roles {
        for (role, party) in roles.parties {
          if let found = organisation(party) { roles.parties[role] = found }
        }
        claim.roles = roles
      }
      claims[index] = claim
    }
    for index in claims.indices {
      guard let person = claims[index].firstPersonOf else { continue }
      let organisation = FirstPerson.organisation(of: person, in: [directory])
      var claim = claims[index]
      if claim.subject == person { claim.subject = organisation }
      if var roles = claim.roles {
        for (role, party) in roles.parties where party == person {
          roles.parties[role] = organisation
        }
        claim.roles = roles
      }
      if let flow = claim.flow, flow.from == person || flow.to == person {
        if let organisation {
          claim.flow = Flow(
            from: flow.from == person ? organisation : flow.from,
            to: flow.to == person ? organisation : flow.to)
        } else {
          claim.flow = nil
        }
      }
      claim.firstPersonOf = nil
      claims[index] = claim
    }
  }

  private static let firstPersonPlural: WordSet = ["we", "our", "us", "nous", "notre", "nos"]
  private static let quotationMarks: WordSet = ["\"", "“", "”", "«", "»"]

  /// People a sentence introduces with their organisation and title before their name:
  /// "Bluefin chief executive Harriet Quayle", "Oxbow CTO Leif Amundsen".
  private static func introductions(in tokens: [Token], lexicon: Lexicon, rules: FrameRules)
    -> [(String, String)]
  {
    var found: [(String, String)] = []
    for index in tokens.indices.dropFirst()
    where rules.titleFilter.mayContain(tokens[index].lowerHash)
      && rules.titleWords.contains(tokens[index])
    {
      // The title's words ("chief technology officer"), a comma maybe, then a person's name
      // of at least two words.
      var end = index
      for probe in (index + 1)..<min(tokens.count, index + 4)
      where rules.titleWords.contains(tokens[probe]) {
        end = probe
      }
      var next = end + 1
      if next < tokens.count, tokens[next].text == "," { next += 1 }
      // "Oxbow's chief technology officer": the organisation may own the title.
      var owner = index - 1
      if owner >= 2, tokens[owner].lower == "s", ["'", "’"].contains(tokens[owner - 1].text) {
        owner -= 2
      }
      guard let (person, _) = Names.name(startingAt: next, in: tokens, lexicon: lexicon),
        person.contains(" "),
        let (organisation, _) = Names.name(endingAt: owner, in: tokens, lexicon: lexicon),
        !found.contains(where: { $0.0 == person })
      else { continue }
      found.append((person, organisation))
    }
    return found
  }

  /// Whether a pronoun says something in the sentence: "she wrote", "he said", « a-t-elle
  /// déclaré », « elle a ajouté ».
  private static func pronounSays(in tokens: [Token], lexicon: Lexicon, rules: FrameRules)
    -> Bool
  {
    tokens.indices.contains { index in
      guard lexicon.reportingVerbs.contains(tokens[index]) else { return false }
      let around = tokens[max(0, index - 4)...min(tokens.count - 1, index + 1)]
      return around.contains {
        rules.pronouns.contains($0) && !rules.determiners.contains($0)
      }
    }
  }

  /// Whether a sentence opens with a person's pronoun and a reporting verb, an auxiliary or
  /// an adverb between them: "She also said that…", « Il a assuré que… ».
  private static func opensWithPronounSaying(
    _ tokens: [Token], lexicon: Lexicon, rules: FrameRules
  ) -> Bool {
    guard let first = tokens.first, rules.personSubjectPronouns.contains(first) else {
      return false
    }
    return tokens.dropFirst().prefix(3).contains { lexicon.reportingVerbs.contains($0) }
  }

  /// Whether a semicolon, a colon or a new clause (`opensClause(at:in:rules:lexicon:)`) comes
  /// after an earlier claim's text (it ends at byte `spanEnd`) and before the token at `end`.
  private static func opensClause(
    after spanEnd: Int, before end: Int, in tokens: [Token], rules: FrameRules, lexicon: Lexicon
  ) -> Bool {
    (0..<end).contains {
      tokens[$0].start >= spanEnd
        && ([";", ":"].contains(tokens[$0].text)
          || opensClause(at: $0, in: tokens, rules: rules, lexicon: lexicon))
    }
  }

  /// Whether the word at `index` gives its clause a verb of its own: a verb of a frame, a
  /// reporting verb, or a marker of modality (« à supposer », but not the « à » of « 250 à
  /// Logis Vézère »).
  private static func opensClause(
    at index: Int, in tokens: [Token], rules: FrameRules, lexicon: Lexicon
  ) -> Bool {
    let word = tokens[index].lower
    guard tokens[index].kind == .word else { return false }
    if rules.framesByVerb[word] != nil || lexicon.reportingVerbs.contains(word) { return true }
    return lexicon.modalityMarkersByFirstWord[word]?.contains { _, phrase in
      index + phrase.count <= tokens.count
        && tokens.lowers(index..<(index + phrase.count), spell: phrase)
    } == true
  }

  /// Prepositions repeated before the next goods of a list ("and of", « et de », « et d' »).
  private static let repeatedPrepositions: WordSet = ["of", "de", "d", "'", "’", "des", "du"]

  private static let clauseJoiners: WordSet = [
    "and", "but", "while", "including", "et", "mais", "dont", ";",
  ]

  /// The configured entities a sentence names, by name, alias or description, in text order,
  /// each with its first token.
  private func entities(in tokens: [Token], lexicon: Lexicon) -> [(entity: String, index: Int)] {
    var found: [(entity: String, index: Int)] = []
    var index = 0
    while index < tokens.count {
      if let (name, end) = descriptions.longName(at: index, in: tokens)
        ?? Names.name(startingAt: index, in: tokens, lexicon: lexicon)
      {
        if let entity = entityKeys[FirstPerson.key(name)] { found.append((entity, index)) }
        index = end + 1
      } else if tokens[index].startsLowercase,
        let (entity, end) = descriptions.match(at: index, in: tokens)
      {
        found.append((entity, index))
        index = end + 1
      } else {
        index += 1
      }
    }
    return found
  }

  /// Whether the count `whole` is the whole the count `part` is taken from: "two of its eight
  /// BT-70s", "5 of the 12,000", « trois de ses dix », « trois des dix ».
  private static func isPart(
    _ part: FoundQuantity, of whole: FoundQuantity, in tokens: [Token], shareOf: WordSet,
    rules: FrameRules
  ) -> Bool {
    guard part.unit == .count, whole.unit == .count, part.last + 2 < tokens.count,
      shareOf.contains(tokens[part.last + 1])
    else { return false }
    return whole.first == part.last + 2
      || (whole.first == part.last + 3
        && (rules.possessives.contains(tokens[part.last + 2])
          || rules.articles.contains(tokens[part.last + 2])))
  }

  /// Whether the figure is a difference between two others: "short of her figure by 350", «
  /// inférieur de 350 pompes », « 200 pompes de moins ».
  private static func isDifference(
    _ quantity: FoundQuantity, in tokens: [Token], lexicon: Lexicon
  ) -> Bool {
    let first = quantity.first
    if first >= 2, tokens[first - 1].lower == lexicon.differencePreposition,
      tokens[max(0, first - 7)..<(first - 1)].contains(where: {
        lexicon.differenceWords.contains($0)
      })
    {
      return true
    }
    for start in quantity.next..<min(tokens.count, quantity.next + 4) {
      if [",", ";", ".", ":"].contains(tokens[start].text) { break }
      for phrase in lexicon.differenceAfter
      where start + phrase.count <= tokens.count
        && tokens.lowers(start..<tokens.count, spell: phrase)
      {
        return true
      }
    }
    return false
  }

  /// Whether the count is the whole an ordinal takes one from: "the first of its five
  /// ferries", "the last of the 24", « le premier de ses cinq navires », « la dernière des 24 ».
  private static func followsOrdinalPart(
    _ quantity: FoundQuantity, in tokens: [Token], shareOf: WordSet, rules: FrameRules
  ) -> Bool {
    var probe = quantity.first - 1
    guard probe >= 2 else { return false }
    if rules.possessives.contains(tokens[probe]) || rules.articles.contains(tokens[probe]) {
      probe -= 1
    }
    return probe >= 1 && shareOf.contains(tokens[probe]) && ordinalParts.contains(tokens[probe - 1])
  }

  private static let ordinalParts: WordSet = [
    "first", "second", "third", "last", "final", "premier", "première", "deuxième", "seconde",
    "troisième", "dernier", "dernière",
  ]

  /// Whether the count is the size of an order something is taken from: "the first lot of its
  /// order of 12", « les dix dernières de sa commande de 24 ».
  private static func isOrderTakenFrom(
    _ quantity: FoundQuantity, in tokens: [Token], shareOf: WordSet, rules: FrameRules
  ) -> Bool {
    let first = quantity.first
    guard first >= 3, shareOf.contains(tokens[first - 1]) || tokens[first - 1].lower == "for",
      rules.nominals[tokens[first - 2].lower]?.frame.hasPrefix("purchase.") == true
    else { return false }
    // "Halvard's order of 30", "our whole order for 30", « votre commande de 20 »: an order
    // someone already holds.
    var owner = first - 3
    if ["whole", "entire", "full", "own", "initial", "original"].contains(tokens[owner].lower) {
      owner -= 1
    }
    if owner >= 0,
      rules.possessives.contains(tokens[owner])
        || rules.firstPerson.contains(tokens[owner])
        || rules.secondPerson.contains(tokens[owner])
        || (tokens[owner].lower == "s" && owner >= 1
          && ["'", "’"].contains(tokens[owner - 1].text))
    {
      return true
    }
    // « les dix dernières de la commande de 24 »: the order a part is taken from.
    return owner >= 1 && rules.articles.contains(tokens[owner])
      && shareOf.contains(tokens[owner - 1])
  }

  /// The longest configured item, written within twenty tokens before `figure` or twelve after
  /// it in its clause, whose words hold a contract noun ("meter-reading contract", « contrat de
  /// relève »).
  private static func configuredContract(
    near figure: Int, in tokens: [Token], products: WordSet, rules: FrameRules,
    clauseBreaks: ClauseBreaks
  ) -> String? {
    var best: (text: String, length: Int, distance: Int)?
    for noun in max(0, figure - 30)..<min(tokens.count, figure + 12)
    where rules.contractNouns.contains(tokens[noun])
      && !clauseBreaks.between(min(noun, figure), max(noun, figure))
    {
      for start in max(0, noun - 5)...noun {
        // (A name ends in a word: "under a €1.2m contract." names "contract".)
        for end in noun..<min(tokens.count, noun + 12)
        where end - start < 12 && tokens[end].kind != .symbol && tokens[start].kind != .symbol {
          let text = Self.text(of: tokens[start...end])
          guard products.contains(FirstPerson.key(text)) else { continue }
          let length = end - start + 1
          let distance = abs(noun - figure)
          if best.map({ length > $0.length || (length == $0.length && distance < $0.distance) })
            ?? true
          {
            best = (text, length, distance)
          }
        }
      }
    }
    return best?.text
  }

  /// Spending over a period that has not ended when the text is written is a plan ("Tesla's AI
  /// spend this year is $10B", said in April), unless its verb tells what was spent so far
  /// ("paid us €55 million in the quarter", « nous a versé 55 millions d'euros »).
  private static func modality(
    _ modality: Modality, metric: Metric, period: Period?, date: String?, past: Bool
  ) -> Modality {
    guard modality == .asserted, metric == .spend, !past, let end = period?.end, let date,
      end > String(date.prefix(10))
    else {
      return modality
    }
    return .forecast
  }

  /// The first name in a heading: "Tesla, Inc.
  ///
  /// First Quarter 2024 Results Call" → Tesla.
  static func firstName(in title: String?, language: Language) -> String? {
    guard let title else { return nil }
    let tokens = Tokenizer.tokenize(title[...], baseOffset: 0)
    let lexicon = Lexicon.forLanguage(language == .fr ? .fr : .en)
    for index in tokens.indices {
      if let (name, _) = Names.name(startingAt: index, in: tokens, lexicon: lexicon) { return name }
    }
    return nil
  }

  /// Tokens as written, with the whitespace between them.
  private static func text(of tokens: ArraySlice<Token>) -> String {
    var text = ""
    for (position, token) in zip(tokens.indices, tokens) {
      if position != tokens.startIndex { text += token.gap }
      text += token.text
    }
    return text
  }

  /// The most UTF-8 bytes of a sentence a claim quotes.
  static let quoteLimit = 300

  /// The sentence as a claim quotes it.
  ///
  /// Whole when it is short, else about `quoteLimit` bytes around the figure (`figure`: its
  /// UTF-8 offsets in the sentence), cut after and before a space, with "…" where it was cut.
  /// A 2 KB run-on sentence is not copied into each of its hundred claims.
  static func quote(_ sentence: String, figure: Range<Int>, limit: Int = quoteLimit) -> String {
    let utf8 = sentence.utf8
    guard utf8.count > limit else { return sentence }
    let lower = min(max(figure.lowerBound, 0), utf8.count)
    let upper = min(max(figure.upperBound, lower), utf8.count)
    // Half the room on each side, and what one side cannot use on the other.
    let room = max(0, limit - (upper - lower))
    let before = max(room / 2, room - (utf8.count - upper))
    var start = utf8.index(utf8.startIndex, offsetBy: max(0, lower - before))
    let after = room - (lower - utf8.distance(from: utf8.startIndex, to: start))
    var end = utf8.index(utf8.startIndex, offsetBy: min(utf8.count, upper + after))
    let figureStart = utf8.index(utf8.startIndex, offsetBy: lower)
    let figureEnd = utf8.index(utf8.startIndex, offsetBy: upper)
    // Whole words: start after a space, end before one; a word longer than the window is cut
    // at a scalar boundary instead.
    if start > utf8.startIndex {
      var index = start
      while index < figureStart, utf8[utf8.index(before: index)] != 0x20 {
        index = utf8.index(after: index)
      }
      start = index < figureStart ? index : start
      while start < figureStart, utf8[start] & 0xC0 == 0x80 { start = utf8.index(after: start) }
    }
    if end < utf8.endIndex {
      var index = end
      while index > figureEnd, utf8[index] != 0x20 { index = utf8.index(before: index) }
      end = index > figureEnd ? index : end
      while end > figureEnd, end < utf8.endIndex, utf8[end] & 0xC0 == 0x80 {
        end = utf8.index(before: end)
      }
    }
    let window = String(decoding: utf8[start..<end], as: UTF8.self)
      .trimmingCharacters(in: .whitespaces)
    return (start > utf8.startIndex ? "…" : "") + window + (end < utf8.endIndex ? "…" : "")
  }

  /// A stable id: FNV-1a (64-bit) over the document id, the normalised sentence and the ordinal.
  ///
  /// The sentence is normalised by splitting it at whitespace, joining the words with one
  /// space and lower-casing the result. This is the reference spelling of the id; the
  /// extractor streams the same bytes through `fingerprintPrefix` and `fingerprint(prefix:_:)`.
  static func fingerprint(_ document: String, _ sentence: String, _ ordinal: Int) -> String {
    let normalized = sentence.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      .lowercased()
    var hash = FNV1a()
    hash.add("\(document)\u{1F}\(normalized)\u{1F}\(ordinal)".utf8)
    return hash.hex
  }

  /// The FNV-1a state after the document id, the normalised sentence and their separators,
  /// worked out without building the normalised text: the id of each claim of the sentence
  /// then only adds its ordinal.
  static func fingerprintPrefix(_ document: String, _ sentence: String) -> FNV1a {
    var start = FNV1a()
    start.add(document.utf8)
    start.add(0x1F)
    // Most sentences are ASCII: each byte is a character, 9–13 and space the only whitespace.
    var words = NormalizedWords(hash: start)
    for byte in sentence.utf8 {
      guard byte < 0x80 else {
        words = NormalizedWords(hash: start)
        if !addNormalizedScalars(of: sentence, to: &words) {
          words = NormalizedWords(hash: start)
          addNormalizedCharacters(of: sentence, to: &words)
        }
        words.hash.add(0x1F)
        return words.hash
      }
      if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
        words.space()
      } else {
        words.add(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      }
    }
    words.hash.add(0x1F)
    return words.hash
  }

  /// A sentence hashed as its words joined by one space: whitespace before the first word is
  /// dropped, and any run of it between words is one space.
  private struct NormalizedWords {
    var hash: FNV1a
    private var pendingSpace = false
    private var started = false

    init(hash: FNV1a) { self.hash = hash }

    /// A whitespace character.
    mutating func space() { pendingSpace = started }

    /// Bytes of a word.
    mutating func add(_ byte: UInt8) {
      if pendingSpace {
        hash.add(0x20)
        pendingSpace = false
      }
      started = true
      hash.add(byte)
    }

    mutating func add<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
      for byte in bytes { add(byte) }
    }
  }

  /// Text whose every scalar is a character of its own, scalar by scalar.
  ///
  /// ASCII, Latin-1 and Latin Extended-A letters, and the spaces, dashes, quotes and currency
  /// signs of General Punctuation and Currency Symbols: no mark, joiner or selector can extend
  /// one, so scalar by scalar is character by character. False, with `words` half-written, for
  /// any other text.
  private static func addNormalizedScalars(of sentence: String, to words: inout NormalizedWords)
    -> Bool
  {
    for scalar in sentence.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x09...0x0D, 0x20, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F:
        words.space()
      case 0x00..<0x80:
        let byte = UInt8(value)
        words.add(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      case 0xC0...0xDE where value != 0xD7:
        UTF8.encode(Unicode.Scalar(UInt8(value + 0x20))) { words.add($0) }
      case 0x100...0x17F:
        words.add(scalar.properties.lowercaseMapping.utf8)
      case 0xA1...0xFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0:
        UTF8.encode(scalar) { words.add($0) }
      default: return false
      }
    }
    return true
  }

  /// Any text, character by character: a whitespace character (" \u{301}" is one) separates
  /// words, and lower-casing maps each scalar alone, as `String.lowercased()` does.
  private static func addNormalizedCharacters(
    of sentence: String, to words: inout NormalizedWords
  ) {
    for character in sentence {
      if character.isWhitespace {
        words.space()
      } else if let ascii = character.asciiValue {
        words.add(ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii)
      } else {
        words.add(character.lowercased().utf8)
      }
    }
  }

  /// The id of the claim at `ordinal` in a sentence whose prefix is hashed.
  static func fingerprint(prefix: FNV1a, _ ordinal: Int) -> String {
    var hash = prefix
    hash.add(String(ordinal).utf8)
    return hash.hex
  }
}
