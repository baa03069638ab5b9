import Core

/// A verb and the roles of its arguments, as data: one table per language
/// (`Rules/English/EnglishFrames.swift`, `Rules/French/FrenchFrames.swift`).
///
/// The frame's id goes on the claim (`roles.frame`), so a spec case, `tally eval` or a reader
/// can see which frame decided.
///
/// ```swift
/// Frame(
///   "purchase.from/1", example: "Nordhavn ordered 6 vessels from Kessler Yards",
///   verbs: ["order", "ordered", "orders"], agent: .buyer, prepositions: ["from": .seller])
/// ```
struct Frame: Sendable {
  /// A stable id, `kind.shape/version`.
  let id: String
  /// A sentence it reads, in our own words.
  let example: String
  /// The verb's forms, lower-case: every tense the frame reads ("order", "ordered", "orders").
  let verbs: WordSet
  /// The role of the verb's subject in the active voice, and of its agent ("by X", « par X ») in
  /// the passive.
  let agent: Role
  /// Roles that a preposition gives the party after it ("from" → seller).
  ///
  /// A preposition may be several words (« auprès de »).
  let prepositions: [[String]: Role]
  /// The role of a party right after the verb, before the figure or a linking word ("paid
  /// Kessler $4 million" → payee, "supplied Grenmark with 60 turbines" → buyer), if any.
  let object: Role?
  /// The role of the verb's subject in the passive, when it is a party ("Kessler was paid €40
  /// million" → payee); nil when the passive's subject is the goods.
  let passiveSubject: Role?
  /// The role the verb's subject takes when a preposition names a party in the subject's own
  /// role: "Corvane booked 8,000 K9s for Halden" (Halden buys; Corvane, who booked, sells).
  let displacedAgent: Role?
  /// Whether the frame may tell of goods moved from one party to another ("booked for Tesla
  /// were shipped to X"): a move read from the sentence then wins over the frame's roles.
  let tellsMoves: Bool
  /// The prepositions by their first word, for one lookup a token.
  let prepositionsByFirstWord: [String: [(words: [String], role: Role)]]
  /// Nouns the verb must take as its object for the frame to apply.
  ///
  /// "Received an order from X": the receiver sells. Empty when any object will do; a frame with
  /// such nouns is tried first.
  let objectNouns: WordSet

  init(
    _ id: String, example: String, verbs: WordSet, agent: Role,
    prepositions: [[String]: Role] = [:], object: Role? = nil, passiveSubject: Role? = nil,
    objectNouns: WordSet = [], tellsMoves: Bool = false, displacedAgent: Role? = nil
  ) {
    self.id = id
    self.example = example
    self.verbs = verbs
    self.agent = agent
    self.prepositions = prepositions
    // Longest first, so that « auprès de » is read before « auprès ».
    prepositionsByFirstWord = Dictionary(
      grouping: prepositions.map { (words: $0.key, role: $0.value) }, by: { $0.words[0] }
    ).mapValues {
      $0.sorted {
        ($0.words.count, $0.words.joined(separator: " "))
          > ($1.words.count, $1.words.joined(separator: " "))
      }
    }
    self.object = object
    self.passiveSubject = passiveSubject
    self.objectNouns = objectNouns
    self.tellsMoves = tellsMoves
    self.displacedAgent = displacedAgent
  }
}

/// What a language needs to read frames: the frames, and the words that make a verb passive.
///
/// A class, shared by reference: a sentence that reads it copies one pointer, not twenty sets.
extension Frame {
  /// What a figure a frame governs measures, by the frame's kind (the id before its first
  /// dot): goods bought or booked are an order, goods received or sold a shipment, money paid
  /// or spent spending.
  static let metrics: [String: Metric] = [
    "purchase": .order, "order": .order, "receipt": .shipment,
    "sale": .shipment, "payment": .spend, "spend": .spend, "holding": .capacity,
  ]

  /// The metric of a figure the frame `id` governs.
  static func metric(ofFrame id: String) -> Metric? {
    metrics[String(id.prefix { $0 != "." })]
  }
}

final class FrameRules: Sendable {
  /// The frames, those with object nouns first.
  let frames: [Frame]
  /// Forms of "be" that make a participle after them passive ("were delivered", « ont été
  /// livrées »).
  let passiveAuxiliaries: WordSet
  /// Words that may stand between an auxiliary and its participle ("were not delivered", « ont
  /// déjà été livrées »).
  let auxiliaryAdverbs: WordSet
  /// Words that introduce the agent of a passive ("by", « par »).
  let agentPrepositions: WordSet
  /// Words between a verb's object and the goods ("supplied Grenmark with 60 turbines", « a
  /// équipé Pyrène de 60 éoliennes »).
  let objectLinks: WordSet
  /// Words that may stand between the subject and its verb without ending the subject
  /// ("which", "has", "also", « a », « qui »).
  let subjectGlue: WordSet
  /// Pronouns of the first person plural: the party of whoever speaks or writes.
  let firstPerson: WordSet
  /// Words that join two verbs sharing one subject ("has ordered …, and has booked …").
  let coordinators: WordSet
  /// First-person pronouns that, between a named subject and its verb, are the verb's object
  /// (« Thermalys nous a vendu 500 pompes »: we bought them).
  let objectPronouns: WordSet
  /// Articles a party's name may follow (« à la Clinique Saint-Aubier », "to the Orvane Group").
  let articles: WordSet
  /// Pronouns that open a relative clause on a noun ("the 10 trains that we ordered", « les 12
  /// navires que Nordhavn a commandés »): its verb governs the figure.
  let relativePronouns: WordSet
  /// Pronouns that open a relative clause set off by commas ("three of them, which were due in
  /// April, were sold", « trois d'entre elles, qui devaient arriver en avril, ont été cédées »).
  let clauseRelatives: WordSet
  /// Third-person singular subject pronouns that may stand for an organisation ("it", « elle »):
  /// with no speaker before them, the party that opens the sentence.
  let singularSubjectPronouns: WordSet
  /// How a present participle ends ("-ing", « -ant »), and the words that end so but are
  /// prepositions or adverbs ("including", « pendant », « cependant »).
  let presentParticipleEndings: [String]
  let participlePrepositions: WordSet
  /// Third-person singular subject pronouns that stand for a person ("he", « elle »): opening a
  /// sentence before a reporting verb, they report the person last named as saying something.
  let personSubjectPronouns: WordSet
  /// The first person plural as a clause's subject ("we", « nous »): a clause that has it names
  /// its own subject, so no name of an earlier clause is borrowed for its figure.
  let firstPersonSubjects: WordSet
  /// Third-person pronouns that stand, before their verb, for whom it gives to (« Nimbara lui a
  /// livré 440 nœuds »): the party named last before the clause, other than its subject.
  let thirdPersonObjectPronouns: WordSet
  /// Relative pronouns that are their clause's subject (« qui », "who"): `clauseRelatives` but
  /// the object ones (`relativePronouns`).
  let subjectRelatives: WordSet
  /// Words before a noun: a verb form after one is a noun ("the order", « une commande »).
  let determiners: WordSet
  /// Third-person pronouns: a subject the sentence does not name ("he ordered", « il a commandé »).
  let pronouns: WordSet
  /// Words after money that introduce what it pays for ("€12 million on AW-9 pumps", « 12
  /// millions d'euros en pompes AW-9 »).
  let purposePrepositions: WordSet
  /// Words of job titles ("officer", « directrice »): with a preposition of organisation ("of",
  /// « de ») after them, they tie a person to the organisation they speak for.
  let titleWords: WordSet
  /// A quick filter in front of `titleWords`: most words are no title.
  let titleFilter: WordFilter
  let organisationPrepositions: WordSet
  /// A pronoun that stands for the counted noun of an earlier sentence (« en » in « le
  /// fabricant en a livré 1 200 »), and the auxiliaries that may follow it (« en a livré »).
  let partitivePronouns: WordSet
  let perfectAuxiliaries: WordSet
  /// Words before an infinitive ("to", « de »): "plans to order" has the subject of "plans".
  let infinitiveMarkers: WordSet
  /// Pronouns that, after a preposition, stand for the party named last ("with it", « auprès
  /// d'elle »).
  let prepositionPronouns: WordSet
  /// The second person ("you", « vous »): in a transcript, the company spoken to.
  let secondPerson: WordSet
  /// Relative pronouns after a preposition ("to which", « à laquelle »), and those that fuse
  /// with one (« auquel » is « à » + « lequel »).
  let prepositionRelatives: WordSet
  let fusedRelatives: [String: String]
  /// How a verb's past participle ends ("delivered", « livré », « reçu »), and the forms that do
  /// not end so ("sold", « pris »).
  let participleEndings: [String]
  let irregularParticiples: WordSet
  /// Whether a past form alone tells the past ("paid"), or needs an auxiliary of the perfect
  /// before it (« a versé »).
  let pastWithoutAuxiliary: Bool
  /// Whether a relative clause may go without its pronoun ("the 24 it ordered"; French needs
  /// « que »).
  let contactRelatives: Bool
  /// Possessive determiners of organisations ("their", « leurs »): "Their 440 nodes" are the
  /// nodes of the party named last.
  let possessives: WordSet
  /// Reflexive pronouns before an auxiliary of being (« s'est procuré »): the verb is active.
  let reflexivePronouns: WordSet
  /// Nouns any organisation goes by ("the company", « la société »).
  let organisationNouns: WordSet
  /// Nouns of what a buyer commits to (the frames' object nouns: "contract", « commande »):
  /// money they are worth is an order's.
  let contractNouns: WordSet
  /// Nouns that tell a frame without a verb ("Kessler's deliveries to Nordhavn", « notre
  /// commande de 500 000 puces auprès de Silicium Arvelle »): their possessor is the frame's
  /// agent, and their prepositions are their own ("orders from Vinga" are Vinga's orders).
  let nominals: [String: Nominal]
  let nominalFilter: WordFilter

  /// A noun of a frame.
  struct Nominal: Sendable {
    let frame: String
    let agent: Role
    let prepositions: [String: Role]
  }
  /// The frames each verb form opens, in the table's order.
  let framesByVerb: [String: [Frame]]
  /// A quick filter in front of `framesByVerb`: most words open no frame.
  let verbFilter: WordFilter
  /// A quick filter in front of the words that end a subject scan (first person, pronouns,
  /// reporting verbs).
  let subjectStopFilter: WordFilter
  /// The one-word prepositions that bring in a party of a frame ("to", "from", « à », « par »).
  let partyPrepositions: WordSet

  init(
    frames: [Frame], passiveAuxiliaries: WordSet, auxiliaryAdverbs: WordSet,
    agentPrepositions: WordSet,
    objectLinks: WordSet,
    subjectGlue: WordSet, coordinators: WordSet, firstPerson: WordSet,
    objectPronouns: WordSet,
    articles: WordSet, relativePronouns: WordSet,
    determiners: WordSet,
    pronouns: WordSet, titleWords: WordSet, organisationPrepositions: WordSet,
    purposePrepositions: WordSet, partitivePronouns: WordSet = [],
    perfectAuxiliaries: WordSet = [], infinitiveMarkers: WordSet = [],
    prepositionPronouns: WordSet = [],
    secondPerson: WordSet = [],
    prepositionRelatives: WordSet = [],
    fusedRelatives: [String: String] = [:], participleEndings: [String] = [],
    irregularParticiples: WordSet = [], pastWithoutAuxiliary: Bool = false,
    contactRelatives: Bool = false,
    possessives: WordSet = [],
    reflexivePronouns: WordSet = [], nominals: [[String]: Nominal] = [:],
    organisationNouns: WordSet = [], clauseRelatives: WordSet = [],
    singularSubjectPronouns: WordSet = [], firstPersonSubjects: WordSet = [],
    thirdPersonObjectPronouns: WordSet = [], personSubjectPronouns: WordSet = [],
    presentParticipleEndings: [String] = [], participlePrepositions: WordSet = []
  ) {
    self.presentParticipleEndings = presentParticipleEndings
    self.participlePrepositions = participlePrepositions
    self.personSubjectPronouns = personSubjectPronouns
    self.firstPersonSubjects = firstPersonSubjects
    self.thirdPersonObjectPronouns = thirdPersonObjectPronouns
    subjectRelatives = clauseRelatives.subtracting(relativePronouns)
    self.clauseRelatives = clauseRelatives
    self.singularSubjectPronouns = singularSubjectPronouns
    self.organisationNouns = organisationNouns
    contractNouns = frames.reduce(into: WordSet()) { $0.formUnion($1.objectNouns) }
    self.possessives = possessives
    self.reflexivePronouns = reflexivePronouns
    var byNoun: [String: Nominal] = [:]
    for (nouns, nominal) in nominals {
      for noun in nouns { byNoun[noun] = nominal }
    }
    self.nominals = byNoun
    nominalFilter = WordFilter(byNoun.keys)
    self.partitivePronouns = partitivePronouns
    self.perfectAuxiliaries = perfectAuxiliaries
    self.secondPerson = secondPerson
    self.infinitiveMarkers = infinitiveMarkers
    self.prepositionPronouns = prepositionPronouns
    self.prepositionRelatives = prepositionRelatives
    self.fusedRelatives = fusedRelatives
    self.participleEndings = participleEndings
    self.irregularParticiples = irregularParticiples
    self.pastWithoutAuxiliary = pastWithoutAuxiliary
    self.contactRelatives = contactRelatives
    self.frames = frames.filter { !$0.objectNouns.isEmpty } + frames.filter(\.objectNouns.isEmpty)
    self.passiveAuxiliaries = passiveAuxiliaries
    self.agentPrepositions = agentPrepositions
    self.auxiliaryAdverbs = auxiliaryAdverbs
    self.objectLinks = objectLinks
    self.subjectGlue = subjectGlue
    self.firstPerson = firstPerson
    self.relativePronouns = relativePronouns
    self.objectPronouns = objectPronouns
    self.coordinators = coordinators
    self.articles = articles
    self.determiners = determiners
    self.pronouns = pronouns
    self.titleWords = titleWords
    titleFilter = WordFilter(titleWords)
    self.organisationPrepositions = organisationPrepositions
    self.purposePrepositions = purposePrepositions
    var table: [String: [Frame]] = [:]
    for frame in self.frames {
      for verb in frame.verbs { table[verb, default: []].append(frame) }
    }
    framesByVerb = table
    partyPrepositions = WordSet(
      self.frames.flatMap { frame in frame.prepositions.keys.filter { $0.count == 1 }.map(\.[0]) }
    ).union(agentPrepositions)
    verbFilter = WordFilter(table.keys)
    subjectStopFilter = WordFilter(
      firstPerson.union(secondPerson).union(pronouns).union(Lexicon.english.reportingVerbs).union(
        Lexicon.french.reportingVerbs))
  }

  /// Whether a coordinator opens a clause of its own between two tokens: "and that", « et
  /// que », or one with its own subject ("and we will be flying 20", « et nous prévoyons »).
  func opensSecondClause(in tokens: [Token], from start: Int, to end: Int) -> Bool {
    guard start + 1 < end else { return false }
    return (start..<(end - 1)).contains { index in
      // ", completing Halvard's order of 30", « , portant la commande à 30 »: a present
      // participle after a comma opens a clause of its own.
      if tokens[index].text == ",", isPresentParticiple(tokens[index + 1]) { return true }
      guard coordinators.contains(tokens[index]) else { return false }
      let next = tokens[index + 1].lower
      return relativePronouns.contains(next) || firstPerson.contains(next)
        || (pronouns.contains(next) && !determiners.contains(next))
    }
  }

  /// Whether, between `start` and `end`, a comma and a coordinator open a clause with a subject
  /// and a verb of its own: "…, and Kilbrannoch now holds 12", « …, et Valmorin en compte 11 »
  /// (a name, then a frame verb, at most an adverb or a pronoun between).
  func opensClauseWithSubject(in tokens: [Token], from start: Int, to end: Int) -> Bool {
    guard start + 2 < end else { return false }
    return (start..<(end - 2)).contains { index in
      // (After a comma: "paid us €1.94 million in the quarter and Alvery Water paid us
      // £828,000" shares its quarter.)
      guard index > 0, tokens[index - 1].text == ",", coordinators.contains(tokens[index]),
        tokens[index + 1].isCapitalised
      else {
        return false
      }
      // The name's words ("Kelso Depot"), then the verb.
      var after = index + 1
      while after < min(end, index + 5), tokens[after].isCapitalised { after += 1 }
      return (after..<min(end, after + 3)).contains { verb in
        tokens[verb].kind == .word && tokens[verb].startsLowercase
          && framesByVerb[tokens[verb].lower] != nil
          && tokens[after..<verb].allSatisfy { $0.kind == .word && $0.startsLowercase }
      }
    }
  }

  /// Whether a word is a present participle that opens a clause ("completing", « portant »),
  /// not a preposition that ends like one ("including", « pendant »).
  func isPresentParticiple(_ token: Token) -> Bool {
    token.kind == .word && token.startsLowercase && token.lower.count > 5
      && presentParticipleEndings.contains { token.lower.hasSuffix($0) }
      && !participlePrepositions.contains(token)
  }

  /// Whether a verb form is a past participle ("delivered", "sold", « livrées », « reçu »).
  func isParticiple(_ word: String) -> Bool {
    irregularParticiples.contains(word)
      || (participleEndings.contains { word.hasSuffix($0) } && !determiners.contains(word))
  }

  /// The rules of a language (French, else English).
  static func forLanguage(_ language: Language) -> FrameRules {
    language == .fr ? .french : .english
  }
}
