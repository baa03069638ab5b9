import Core
import Foundation

/// A language's words (`LexiconWords`) behind one reference, so that a copy costs one retain.
///
/// The engine reads only this type. `LexiconWords` holds over a hundred collections: every
/// copy of it into a scanner, a matcher or a closure retained and released each one. A
/// `Lexicon` reads them through its storage (`lexicon.months`); it is built once, from words
/// the `with` builders have put together.
@dynamicMemberLookup
struct Lexicon: Sendable {
  private final class Storage: Sendable {
    let words: LexiconWords
    init(_ words: LexiconWords) { self.words = words }
  }

  private let storage: Storage

  init(_ words: LexiconWords) { storage = Storage(words) }

  /// The English words, as written (phrases not yet split the tokenizer's way).
  static let english = Lexicon(LexiconWords.english)
  /// The French words, as written.
  static let french = Lexicon(LexiconWords.french)

  subscript<Value>(dynamicMember path: KeyPath<LexiconWords, Value>) -> Value {
    storage.words[keyPath: path]
  }

  /// The lexicon for a language, its phrases split as the tokenizer splits text; undetermined
  /// text uses the English words.
  static func forLanguage(_ language: Language) -> Lexicon {
    SharedLexicon.forLanguage(language).lexicon
  }

  static func tokenized(_ phrases: [[String]]) -> [[String]] { LexiconWords.tokenized(phrases) }

  func startsNumberWords(_ token: Token) -> Bool { storage.words.startsNumberWords(token) }
  func opensRange(_ token: Token) -> Bool { storage.words.opensRange(token) }
  func startsPeriod(_ token: Token) -> Bool { storage.words.startsPeriod(token) }
  func metric(triggeredBy token: Token) -> Metric? { storage.words.metric(triggeredBy: token) }
}

/// The words one language uses for quantities and for the fields of a claim.
///
/// Each language fills one (`Rules/English/EnglishLexicon.swift`,
/// `Rules/French/FrenchLexicon.swift`); the engine reads only this type. Phrases are
/// lower-case word sequences, matched token by token.
struct LexiconWords: Sendable {
  /// Scale words after a number, by their lower-case (or exact, for case-sensitive ones) spelling.
  var scales: WordMap<Decimal>
  /// Scale suffixes that are case-sensitive (`M`, `B`, `T`, `MM`, `Md`): matched exactly.
  var exactScales: [String: Decimal]
  /// Currency words after a number (`dollars`, `euros`), lower-case, to ISO 4217.
  var currencyWords: WordMap<String>
  /// Words that say "percent" after a number.
  var percentWords: [[String]]
  /// Words that say "percentage points".
  var percentagePointWords: [[String]]
  /// Qualifier phrases before a number.
  var approximateBefore: [[String]]
  var atLeastBefore: [[String]]
  var atMostBefore: [[String]]
  /// Qualifier phrases after a quantity ("or more").
  var atLeastAfter: [[String]]
  var atMostAfter: [[String]]
  var approximateAfter: [[String]]
  /// Range connectors between two numbers ("to", "à"), and paired openers ("between … and").
  var rangeConnectors: WordSet
  var rangeOpeners: [String: String]
  /// Cardinal number words and their values; `hundred`-like and `thousand`-like multipliers.
  var units: WordMap<Int>
  var hundreds: [String: Int]
  var multipliers: [String: Decimal]
  /// Words that join number words ("and" in "one hundred and five", "et" in "vingt et un").
  var numberJoiners: WordSet
  /// Number phrases: "a dozen", "tens of thousands", « une centaine »: value (low, high when a
  /// span) and whether the phrase itself is approximate.
  var approximatePhrases: [(words: [String], low: Decimal, high: Decimal, approximate: Bool)]
  /// Fractions read as a share, in percent ("half", "a tenth", « la moitié »), when a share is
  /// meant: "of" (« de ») follows, or a qualifier comes before ("about half is internal").
  var fractions: [(words: [String], percent: Decimal)] = []
  /// Words after a fraction that make it a share of something: "of", « de ».
  var shareOf: WordSet = []
  /// Fractions of a percentage point, read only before the words of percentage points: "half
  /// a percentage point", "a quarter of a point", « un demi-point » (written as tokens).
  var pointFractions: [(words: [String], value: Decimal)] = []

  /// The lexicon with its fractions of a percentage point.
  func with(pointFractions: [(words: [String], value: Decimal)]) -> LexiconWords {
    var copy = self
    copy.pointFractions = pointFractions
    return copy
  }
  /// A sign in words before an amount: "negative $2.5 billion", "minus 3%".
  var negativeWords: WordSet = []

  /// Lower-case words that join the parts of a name: « CHU de Valmont », « Voies de l'Estuaire ».
  var nameParticles: WordSet = []
  /// Words that, after a comma, open a new clause a negation does not reach ("…, adding that",
  /// « …, qui a ajouté que »).
  var clauseOpeners: WordSet = []

  /// The lexicon with the words that open a new clause after a comma.
  func with(clauseOpeners: WordSet) -> LexiconWords {
    var copy = self
    copy.clauseOpeners = clauseOpeners
    return copy
  }

  /// The lexicon with its words of unit prices around money (`unitPriceAfter`).
  func with(unitPriceAfter: WordSet, unitPriceBefore: [[String]]) -> LexiconWords {
    var copy = self
    copy.unitPriceAfter = unitPriceAfter
    copy.unitPriceBefore = unitPriceBefore
    return copy
  }

  /// The lexicon with its phrases of the price of one thing (`priceOfOne`).
  func with(priceOfOne: [[String]]) -> LexiconWords {
    var copy = self
    copy.priceOfOne = PhraseList(priceOfOne)
    return copy
  }

  /// The lexicon with its nouns of a supplier's statement (`statementNouns`).
  func with(statementNouns: WordSet, senders: WordSet, addressees: WordSet)
    -> LexiconWords
  {
    var copy = self
    copy.statementNouns = statementNouns
    copy.statementSenders = senders
    copy.statementAddressees = addressees
    return copy
  }

  /// The lexicon with its verbs of putting money into something (`investingVerbs`).
  func with(investingVerbs: WordSet, into: WordSet) -> LexiconWords {
    var copy = self
    copy.investingVerbs = investingVerbs
    copy.investingPrepositions = into
    return copy
  }

  /// The lexicon with its prepositions of a price (`pricePrepositions`).
  func with(pricePrepositions: WordSet) -> LexiconWords {
    var copy = self
    copy.pricePrepositions = pricePrepositions
    return copy
  }

  /// The lexicon with its verbs of valuing (`valuingVerbs`).
  func with(valuingVerbs: WordSet, valuingPrepositions: WordSet) -> LexiconWords {
    var copy = self
    copy.valuingVerbs = valuingVerbs
    copy.valuingPrepositions = valuingPrepositions
    return copy
  }

  /// The lexicon with its words of a change in staff (`headcountChanges`).
  func with(headcountChanges: [String]) -> LexiconWords {
    var copy = self
    copy.headcountChanges = headcountChanges
    return copy
  }

  /// The lexicon with its nouns of events (`eventNouns`).
  func with(eventNouns: WordSet) -> LexiconWords {
    var copy = self
    copy.eventNouns = eventNouns
    return copy
  }

  /// The lexicon with its words of making and of benefit (`makingWords`).
  func with(makingWords: WordSet, beneficiaryPrepositions: WordSet) -> LexiconWords {
    var copy = self
    copy.makingWords = makingWords
    copy.beneficiaryPrepositions = beneficiaryPrepositions
    return copy
  }

  /// The lexicon with its words of goods meant for a buyer (`intentionModals`).
  func with(intentionModals: WordSet) -> LexiconWords {
    var copy = self
    copy.intentionModals = intentionModals
    return copy
  }
  /// Nouns of spans of time ("quarter", « trimestre »): one in a figure's clause with no period
  /// read means the period is unclear.
  var periodNouns: WordSet = []
  /// Words that point to one span of time before such a noun: "the", "that", « ce », « même ».
  var periodPointers: WordSet = []
  /// The year as such a noun, with the words that point back to one ("that year", « la même
  /// année »): "this year", « cette année » is a year the period reader knows.
  var yearNouns: WordSet = []
  var yearPointers: WordSet = []

  /// The lexicon with its nouns of spans of time and the words that point to one.
  func with(
    periodNouns: WordSet, pointers: WordSet, yearNouns: WordSet,
    yearPointers: WordSet
  ) -> LexiconWords {
    var copy = self
    copy.periodNouns = periodNouns
    copy.periodPointers = pointers
    copy.yearNouns = yearNouns
    copy.yearPointers = yearPointers
    return copy
  }

  /// Words after money that make it the price of one unit ("$30,000 per H100", "£46,000 a
  /// charger", « 380 euros la tablette »), words before the thing priced when it opens the
  /// clause ("each jet lists at $62 million", « chaque scanner coûte »), and the nouns of time
  /// that make a rate rather than a price ("$18 million a year", « par mois »).
  var unitPriceWords: WordSet = []
  var distributives: WordSet = []
  var rateNouns: WordSet = []
  /// Nouns that stand for a figure already given ("put the figure at 40", « évalue ce chiffre
  /// à 40 »).
  var restatingNouns: WordSet = []

  /// The lexicon with its words of unit prices, and of figures restated.
  func with(
    unitPriceWords: WordSet, distributives: WordSet, rateNouns: WordSet,
    restatingNouns: WordSet = []
  ) -> LexiconWords {
    var copy = self
    copy.restatingNouns = restatingNouns
    copy.unitPriceWords = unitPriceWords
    copy.distributives = distributives
    copy.rateNouns = rateNouns
    return copy
  }

  /// Endings of adjectives of nationality, which English writes with a capital ("the Danish
  /// operator", "the Irish group"): such a word alone before a common noun is no name.
  var demonymEndings: [String] = []
  /// Such adjectives that end otherwise ("French", "Dutch", "Swiss").
  var demonyms: WordSet = []

  /// The lexicon with its endings of adjectives of nationality, and those that end otherwise.
  func with(demonymEndings: [String], demonyms: WordSet = []) -> LexiconWords {
    var copy = self
    copy.demonymEndings = demonymEndings
    copy.demonyms = demonyms
    return copy
  }

  /// Endings of nouns of nationality that French writes with a capital before a name, after an
  /// article: « l'Écossais Cairnmore », « le Danois Vestas »; the name is the one after them.
  var demonymNounEndings: [String] = []

  /// The lexicon with its endings of nouns of nationality written before a name.
  func with(demonymNounEndings: [String]) -> LexiconWords {
    var copy = self
    copy.demonymNounEndings = demonymNounEndings
    return copy
  }

  /// The lexicon with the words that join the parts of a name.
  func with(nameParticles: WordSet) -> LexiconWords {
    var copy = self
    copy.nameParticles = nameParticles
    return copy
  }

  /// Words that open a part of a figure just given: "20 chargers, including 16 diverted",
  /// « 20 bornes, dont 16 détournées ».
  var breakdownWords: WordSet = []

  /// The lexicon with the words that open a part of a figure.
  func with(breakdownWords: WordSet) -> LexiconWords {
    var copy = self
    copy.breakdownWords = breakdownWords
    return copy
  }

  /// Words of a difference before "by" / « de » and a figure ("short of her figure by 350",
  /// « inférieur de 350 »), and the words after a count that make it one (« 200 de moins »).
  var differenceWords: WordSet = []
  var differencePreposition = ""
  var differenceAfter: [[String]] = []

  /// The lexicon with its words of a difference.
  func with(differenceWords: WordSet, preposition: String, after: [[String]]) -> LexiconWords {
    var copy = self
    copy.differenceWords = differenceWords
    copy.differencePreposition = preposition
    copy.differenceAfter = after
    return copy
  }

  /// Words that open a subordinate clause after a comma ("…, after Tremblaye moored the last
  /// of them on August 20"): a date in it is that clause's, not the figure's before it.
  var subordinators: WordSet = []

  /// The lexicon with its words that open a subordinate clause.
  func with(subordinators: WordSet) -> LexiconWords {
    var copy = self
    copy.subordinators = subordinators
    return copy
  }

  /// Words that say a figure before them is wrong: "the figure of three … was wrong", « le
  /// chiffre de trois … était inexact ».
  var falsityPhrases: [[String]] = []

  /// The lexicon with its words that deny a figure said before them.
  func with(falsityPhrases: [[String]]) -> LexiconWords {
    var copy = self
    copy.falsityPhrases = falsityPhrases
    return copy
  }

  /// Words that open what someone claims, reported by the writer.
  ///
  /// "Vandamme's claim that", « l'affirmation selon laquelle »: a negation outside that clause
  /// disputes the claim; it does not deny the figure its owner asserted.
  var reportedContentOpeners: PhraseList = []
  /// Determiners that give a reported claim an owner the text names elsewhere: "his claim that",
  /// « sa thèse selon laquelle ».
  var ownerDeterminers: WordSet = []

  /// The lexicon with its words that open a reported claim and give it an owner.
  func with(reportedContentOpeners: [[String]], ownerDeterminers: WordSet) -> LexiconWords {
    var copy = self
    copy.reportedContentOpeners = PhraseList(reportedContentOpeners)
    copy.ownerDeterminers = ownerDeterminers
    return copy
  }

  /// Nouns of a running total, before "to" / « à » and the figure: "taking its total to 26,000".
  var cumulativeNouns: WordSet = []
  /// Minor units of a currency, to its ISO code ("$" for the configured dollar): "75 cents" is
  /// $0.75, "18 pence" £0.18, « 80 centimes » €0.80.
  var minorUnits: [String: String] = [:]

  /// The lexicon with its minor units of currencies.
  func with(minorUnits: [String: String]) -> LexiconWords {
    var copy = self
    copy.minorUnits = minorUnits
    return copy
  }

  /// Words of a table header that say "how many" or "how much" without naming a thing
  /// ("Units", "Amount", « Quantité », « Montant HT »): such a column counts what its row names.
  var quantityHeaders: WordSet = []

  /// The lexicon with its header words of a bare quantity.
  func with(quantityHeaders: WordSet) -> LexiconWords {
    var copy = self
    copy.quantityHeaders = quantityHeaders
    return copy
  }

  /// Adjectives right after a count that make the things counted additions, received in the
  /// period: "14 new BT-70s this year", « 14 nouveaux BT-70 cette année ».
  var additionAdjectives: WordSet = []

  /// The lexicon with its adjectives of things added.
  func with(additionAdjectives: WordSet) -> LexiconWords {
    var copy = self
    copy.additionAdjectives = additionAdjectives
    return copy
  }

  /// The lexicon with its nouns of a running total.
  func with(cumulativeNouns: WordSet) -> LexiconWords {
    var copy = self
    copy.cumulativeNouns = cumulativeNouns
    return copy
  }

  /// The lexicon with its shares and signs in words.
  func with(
    fractions: [(words: [String], percent: Decimal)], shareOf: WordSet,
    negativeWords: WordSet
  ) -> LexiconWords {
    var copy = self
    copy.fractions = fractions
    copy.shareOf = shareOf
    copy.negativeWords = negativeWords
    return copy
  }
  /// Words for what someone said or wrote ("post", "remarks", « message »): a name that owns
  /// one ("Musk's post") says the figure, and a name after one and a venue preposition ("post on
  /// X", « message sur X ») is where it was said; neither is what the figure is about.
  var communicationNouns: WordSet = []
  /// Verbs of posting, with the same venues after them ("posted on X").
  var postingVerbs: WordSet = []
  var venuePrepositions: WordSet = []
  /// Words that reserve goods for a party ("booked for", « réservés à ») and verbs that send them
  /// to one ("shipped to", « livrer à »): together, a move.
  var reservationWords: WordSet = []
  var sendingVerbs: WordSet = []
  /// Words after money that make it the price of one of the things counted before it ("at
  /// $48,000 each", « à 48 000 $ chacune »), and words before it that say so ("a unit price
  /// of $395,000", « au prix unitaire de 395 000 $ »).
  var unitPriceAfter: WordSet = []
  var unitPriceBefore: [[String]] = []
  /// Nouns of what a supplier sends its customer about money ("statement", "invoice", « relevé
  /// », « facture »), and the prepositions that name its sender ("from", "by", « par ») and its
  /// addressee ("to", « à »): the money it shows is the addressee's spending with the sender.
  var statementNouns: WordSet = []
  var statementSenders: WordSet = []
  var statementAddressees: WordSet = []
  /// Verbs that put money into something before "into" / « dans » ("will put more than $300
  /// million into Nimbara compute", « injectera 40 millions dans »): spending by the subject.
  var investingVerbs: WordSet = []
  var investingPrepositions: WordSet = []
  /// Phrases that open the subject of a price of one thing, the thing after them ("the list
  /// price for a Brisant container … is €1.6 million", « le prix d'un conteneur »).
  var priceOfOne: PhraseList = []
  /// Prepositions that give the price of a deal after its goods ("ordered 16 trainsets from
  /// Taurentis, for £184m", « une commande de 16 rames, pour 184 millions de livres »).
  var pricePrepositions: WordSet = []
  /// Verbs that put a value on something, and the preposition before the value ("put the
  /// contract at", « a évalué le contrat à »).
  var valuingVerbs: WordSet = []
  var valuingPrepositions: WordSet = []
  /// Beginnings of words of a change in staff ("hir", « embauch »): a figure they tell of is
  /// hires or cuts, not a headcount.
  var headcountChanges: [String] = []
  /// Nouns of events a date may name instead of a figure's period ("ahead of a December 19
  /// opening", « avant l'ouverture du 19 décembre »).
  var eventNouns: WordSet = []
  /// Words of making among the words of reservation ("built", « fabriquées »): they reserve
  /// goods only for the party after a preposition of benefit ("for", « pour »), « à » after
  /// them being where the goods were made (« fabriquées à Villarcel pour Valcombe »).
  var makingWords: WordSet = []
  var beneficiaryPrepositions: WordSet = []
  /// Words that say goods were meant for the object of a verb of selling after them ("were
  /// meant to equip Larkfield", « qui devaient équiper un opérateur britannique »).
  var intentionModals: WordSet = []
  /// Goods whose maker's name qualifies them ("Nvidia hardware", « matériel Nvidia »): the
  /// maker is not whom a figure for them is about.
  var goodsNouns: WordSet = []

  /// The lexicon with its words for who said what, where, and whose goods.
  func with(
    communicationNouns: WordSet, postingVerbs: WordSet, venuePrepositions: WordSet,
    goodsNouns: WordSet, reservationWords: WordSet, sendingVerbs: WordSet
  ) -> LexiconWords {
    var copy = self
    copy.reservationWords = reservationWords
    copy.sendingVerbs = sendingVerbs
    copy.communicationNouns = communicationNouns
    copy.postingVerbs = postingVerbs
    copy.venuePrepositions = venuePrepositions
    copy.goodsNouns = goodsNouns
    return copy
  }
  /// Phrases that give a metric where their words alone would not ("in service" is capacity;
  /// a "service contract" is no capacity).
  var metricPhrases: [([String], Metric)] = []

  /// The lexicon with its phrases of metrics.
  func with(metricPhrases: [([String], Metric)]) -> LexiconWords {
    var copy = self
    copy.metricPhrases = metricPhrases
    return copy
  }

  /// Verbs of moving goods one holds to another ("transferred", « transféré »): their subject
  /// is the move's source when no "from" is said.
  var transferVerbs: WordSet = []
  /// Words that open a clause of result after a comma ("…on 22 April, so there are 300",
  /// « …, donc 300 en service »): what the clause before dates, the result does not.
  var resultConnectives: WordSet = []

  /// The lexicon with its words of result.
  func with(resultConnectives: WordSet) -> LexiconWords {
    var copy = self
    copy.resultConnectives = resultConnectives
    return copy
  }

  /// Verbs of giving up goods, whoever takes them ("ceded", « cédées »): without a receiver,
  /// the move still leaves their subject.
  var relinquishingVerbs: WordSet = []

  /// The lexicon with its verbs of giving up goods.
  func with(relinquishingVerbs: WordSet) -> LexiconWords {
    var copy = self
    copy.relinquishingVerbs = relinquishingVerbs
    return copy
  }

  /// Whether a participle agrees with its noun (French: « livré », « livrées »): the words of
  /// moving goods listed in one form are read in all four.
  var participlesAgree = false

  /// The lexicon whose participles agree with their nouns.
  func withAgreeingParticiples() -> LexiconWords {
    var copy = self
    copy.participlesAgree = true
    return copy
  }

  /// Every form of the participles among `words`: « expédié » gives « expédiée », « expédiés »,
  /// « expédiées »; « parties » gives « parti »… (other words are kept as they are).
  static func agreeing(_ words: WordSet) -> WordSet {
    var all = words
    for word in words {
      var stem = word
      if stem.hasSuffix("s") { stem.removeLast() }
      if stem.hasSuffix("e"), stem.count > 2, let before = stem.dropLast().last,
        "éiu".contains(before)
      {
        stem.removeLast()
      }
      guard let last = stem.last, "éiu".contains(last), stem.count > 2 else { continue }
      for ending in ["", "e", "s", "es"] { all.insert(stem + ending) }
    }
    return all
  }

  /// The lexicon with its verbs of moving goods one holds.
  func with(transferVerbs: WordSet) -> LexiconWords {
    var copy = self
    copy.transferVerbs = transferVerbs
    return copy
  }

  /// Words saying that goods serve another party than the one they were for ("six drones built
  /// for Corgelay are flying at Taillefer instead", « … volent chez Taillefer à la place »), and
  /// the prepositions that name that other party.
  var insteadWords: [[String]] = []
  var insteadPrepositions: WordSet = []

  /// The lexicon with its words of goods serving another party than planned.
  func with(insteadWords: [[String]], insteadPrepositions: WordSet) -> LexiconWords {
    var copy = self
    copy.insteadWords = insteadWords
    copy.insteadPrepositions = insteadPrepositions
    return copy
  }

  /// Verbs of goods arriving or being put to use ("reached", "installed", « arrivées »): with a
  /// place or holder, where reserved goods ended up.
  var arrivalVerbs: WordSet = []

  /// The lexicon with its verbs of arriving.
  func with(arrivalVerbs: WordSet) -> LexiconWords {
    var copy = self
    copy.arrivalVerbs = arrivalVerbs
    return copy
  }

  /// Words that open a clause of its own after a figure ("and", "so that", « parce que »): a
  /// forecast or hedge word past one does not speak for the figure (a relative clause on the
  /// figure's noun does: "the 3,500 pumps that she expects to receive").
  var adverbialOpeners: WordSet = []

  /// The lexicon with the words that open a clause of its own after a figure.
  func with(adverbialOpeners: WordSet) -> LexiconWords {
    var copy = self
    copy.adverbialOpeners = adverbialOpeners
    return copy
  }

  /// Forecast markers that are nouns ("plan", « prévisions », « objectif »): a marker after an
  /// article too, where a verb form after one is a noun that marks nothing (« le compte »).
  var forecastNouns: WordSet = []

  /// The lexicon with its forecast markers that are nouns.
  func with(forecastNouns: WordSet) -> LexiconWords {
    var copy = self
    copy.forecastNouns = forecastNouns
    return copy
  }

  /// Documents that report on a period ("statement", "report", « relevé »): a quarter or a year
  /// before one ("its Q3 statement lists 440") is the period of the figures it gives, where a
  /// day or a month before a word of saying ("its March 3 post") only dates the saying.
  var reportNouns: WordSet = []

  /// The lexicon with its words for documents that report on a period.
  func with(reportNouns: WordSet) -> LexiconWords {
    var copy = self
    copy.reportNouns = reportNouns
    return copy
  }
  /// Month names, lower-case, to 1–12.
  var months: WordMap<Int>
  /// Words before a number that make it a reference, not a quantity (page, section, rue…).
  var referenceWords: WordSet
  /// Words after a number that make it an address (rue, street…).
  var streetWords: WordSet
  /// Words after a number that make it a time ("a.m.", « h »).
  var timeWords: WordSet
  /// Glued ordinal suffixes (st, nd, rd, th; e, er, re, ème).
  var ordinalSuffixes: WordSet
  /// Words that never start a counted item: articles, prepositions, verbs and the like.
  var itemStopWords: WordSet
  /// Adjectives skipped before the counted noun ("former", « nouveaux »).
  var itemAdjectives: WordSet
  /// Whether the counted noun may come before the model name (« GPU H100 »).
  var nounBeforeModel: Bool
  /// Metric trigger words: a word (lower-case prefix match when it ends with `*`) to its metric.
  var metricTriggers: [(word: String, metric: Metric)]
  /// Modality markers, as words or phrases.
  var forecastMarkers: [[String]]
  var hedgeMarkers: [[String]]
  var negationMarkers: [[String]]
  var hypotheticalMarkers: [[String]]
  /// Words before a forecast word that compare an outcome with a plan ("as planned", "more than
  /// expected", « comme prévu »): the plan is not the figure's.
  var planComparisons: WordSet
  /// The last words of forecast markers that set a deadline only before a time (« d'ici 2027 »,
  /// « d'ici la fin de l'année »); before a preposition or a stop they name a place (« sorties
  /// d'ici en février »).
  var deadlineMarkers: WordSet = []
  /// Phrases before a figure that one before them replaces: "4,000 instead of 2,000", « 2 500 et
  /// non 1 500 »: the figure after them is denied.
  var replacedMarkers: [[String]] = []
  /// Phrases that bring in where moved goods were taken from, beside `flowFrom`'s words: "out
  /// of the Vauclère order".
  var flowFromPhrases: [[String]] = []
  /// Phrases after a figure that date it a year before the sentence's other period ("520 a
  /// year earlier", « 520 un an plus tôt »).
  var yearEarlierPhrases: [[String]] = []
  /// Phrases before a date that opens a sentence and make it the end of a year to date ("As of
  /// March 31,", « Au 31 mars, »).
  var asOfPhrases: [[String]] = []
  /// Forecast markers that point ahead only before an infinitive (« Domvia compte recevoir »),
  /// not before what they count (« l'hôpital compte 320 lits »), with the endings of an
  /// infinitive.
  var modalsBeforeInfinitive: WordSet = []
  var infinitiveEndings: [String] = []
  /// Auxiliaries that open a condition when they open the sentence ("Were Lumora to buy…", "Had
  /// Tesla ordered…").
  var conditionalInversions: WordSet
  /// Reporting verbs ("said", « a déclaré ») and source phrases ("according to", « selon »).
  var reportingVerbs: WordSet
  var sourcePhrases: PhraseList
  /// Prepositions that introduce a subject ("for", « chez »), and the transfer pattern's words.
  var subjectPrepositions: WordSet
  var flowFrom: WordSet
  var flowTo: WordSet
  /// Period words.
  var thisYear: PhraseList
  var lastYear: PhraseList
  var nextYear: PhraseList
  var endOf: PhraseList
  var quarterWords: WordMap<Int>
  var quarterNoun: WordSet
  var halfWords: [String: Int]
  var fiscalYearWords: WordSet
  /// Weekday names, lower-case, to 1 (Monday) … 7 (Sunday).
  var weekdays: WordMap<Int> = [:]
  /// Days named from the document's date ("yesterday", « demain »), as token words, to how many
  /// days after it they fall.
  var relativeDays: [(words: [String], offset: Int)] = []
  /// Verbs that announce rather than quote: a speaker only after a comma (", announced its CEO").
  var announcingVerbs: WordSet = []
  /// Capitalised words that start sentences and are not names ("The", « Le »).
  var capitalisedFunctionWords: WordSet
  /// Every word that can start a number in words; filled by `tokenizedPhrases()`.
  var numberWordStarters: WordSet = []
  /// Metric triggers split for fast lookup: whole words, and prefixes by their first two letters.
  var exactTriggers: WordMap<Metric> = [:]
  var prefixTriggers: [UInt16: [(prefix: String, metric: Metric)]] = [:]
  /// The keys of `prefixTriggers`, one bit each: most words' first two bytes are none, and are
  /// told so without hashing them.
  var prefixTriggerKeys = [UInt64](repeating: 0, count: 1 << 10)
  /// Words that can start a period expression; filled by `tokenizedPhrases()`.
  var periodStarters: WordSet = []
  /// The last words of the qualifier phrases written before a figure ("about", « plus de »):
  /// only after one of them can a qualifier end; filled by `tokenizedPhrases()`.
  var qualifierLastWords: WordSet = []
  /// Filters in front of the per-token lookups of number starters, range openers and period
  /// starters; filled by `tokenizedPhrases()`.
  var numberWordStarterFilter = WordFilter([])
  var rangeOpenerFilter = WordFilter([])
  var periodStarterFilter = WordFilter([])
  /// Words that can make a name a bystander (`ClauseFields`): venues, writers' nouns, goods,
  /// making.
  var bystanderFilter = WordFilter([])
  /// Words of reserving and sending, for moves told that way.
  var moveFilter = WordFilter([])
  /// Modality marker phrases by their first word; filled by `tokenizedPhrases()`.
  var modalityMarkersByFirstWord: WordMap<[(Modality, [String])]> = [:]
  /// `metricPhrases` and `falsityPhrases` by their first word, in their order; filled by
  /// `tokenizedPhrases()`, so that a token is looked up once rather than compared with each.
  var metricPhrasesByFirstWord: WordMap<[([String], Metric)]> = [:]
  var falsityPhrasesByFirstWord: WordMap<[[String]]> = [:]

  /// Whether the token can start a number in words ("four", « douze », "a" in "a dozen").
  func startsNumberWords(_ token: Token) -> Bool {
    numberWordStarterFilter.mayContain(token.lowerHash) && numberWordStarters.contains(token)
  }

  /// Whether the token opens a range ("between", "from", « de »).
  func opensRange(_ token: Token) -> Bool {
    rangeOpenerFilter.mayContain(token.lowerHash) && rangeOpeners[token.lower] != nil
  }

  /// Whether the token can start a period expression.
  func startsPeriod(_ token: Token) -> Bool {
    periodStarterFilter.mayContain(token.lowerHash) && periodStarters.contains(token)
  }

  /// The metric a word triggers, if any.
  func metric(triggeredBy token: Token) -> Metric? {
    if let metric = exactTriggers[token] { return metric }
    let word = token.lower
    guard let key = Self.triggerKey(word),
      prefixTriggerKeys[Int(key >> 6)] & (1 << (key & 63)) != 0
    else { return nil }
    for (prefix, metric) in prefixTriggers[key] ?? [] where word.hasPrefix(prefix) {
      return metric
    }
    return nil
  }

  /// A prefix trigger's key: its first two UTF-8 bytes, read without making a String.
  static func triggerKey(_ word: String) -> UInt16? {
    var bytes = word.utf8.makeIterator()
    guard let first = bytes.next(), let second = bytes.next() else { return nil }
    return UInt16(first) << 8 | UInt16(second)
  }
}

/// A language's tokenized lexicon, built once and shared by reference.
///
/// Built once per language; holders keep this reference and read `lexicon` through it.
final class SharedLexicon: Sendable {
  let lexicon: Lexicon
  /// The language whose words these are.
  let language: Language

  private init(_ lexicon: Lexicon, language: Language) {
    self.lexicon = lexicon
    self.language = language
  }

  private static let english = SharedLexicon(
    Lexicon(LexiconWords.english.tokenizedPhrases()), language: .en)
  private static let french = SharedLexicon(
    Lexicon(LexiconWords.french.tokenizedPhrases()), language: .fr)

  /// The shared lexicon for a language; undetermined text uses the English words.
  static func forLanguage(_ language: Language) -> SharedLexicon {
    switch language {
    case .fr: french
    case .en, .und: english
    }
  }
}

extension LexiconWords {
  /// Splits phrase words the way the tokenizer splits text: « jusqu'à » → jusqu ' à,
  /// « au-delà » → au - delà; typographic apostrophes become plain ones.
  static func tokenized(_ phrases: [[String]]) -> [[String]] {
    phrases.map { phrase in
      phrase.flatMap { word -> [String] in
        guard word.count > 1 else { return [word == "’" ? "'" : word] }
        var pieces: [String] = []
        var current = ""
        for character in word {
          if character == "'" || character == "’" || character == "-" {
            if !current.isEmpty { pieces.append(current) }
            pieces.append(character == "-" ? "-" : "'")
            current = ""
          } else {
            current.append(character)
          }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
      }
    }
  }

  /// This lexicon with every phrase list split the tokenizer's way.
  func tokenizedPhrases() -> LexiconWords {
    var copy = self
    copy.percentWords = Self.tokenized(percentWords)
    copy.percentagePointWords = Self.tokenized(percentagePointWords)
    copy.approximateBefore = Self.tokenized(approximateBefore)
    copy.atLeastBefore = Self.tokenized(atLeastBefore)
    copy.atMostBefore = Self.tokenized(atMostBefore)
    copy.qualifierLastWords = WordSet(
      (copy.approximateBefore + copy.atLeastBefore + copy.atMostBefore).compactMap(\.last))
    copy.atLeastAfter = Self.tokenized(atLeastAfter)
    copy.atMostAfter = Self.tokenized(atMostAfter)
    copy.approximateAfter = Self.tokenized(approximateAfter)
    copy.forecastMarkers = Self.tokenized(forecastMarkers)
    copy.hedgeMarkers = Self.tokenized(hedgeMarkers)
    copy.negationMarkers = Self.tokenized(negationMarkers)
    copy.hypotheticalMarkers = Self.tokenized(hypotheticalMarkers)
    copy.replacedMarkers = Self.tokenized(replacedMarkers)
    copy.flowFromPhrases = Self.tokenized(flowFromPhrases)
    copy.yearEarlierPhrases = Self.tokenized(yearEarlierPhrases)
    copy.asOfPhrases = Self.tokenized(asOfPhrases)
    copy.sourcePhrases = PhraseList(Self.tokenized(sourcePhrases.phrases))
    copy.thisYear = PhraseList(Self.tokenized(thisYear.phrases))
    copy.lastYear = PhraseList(Self.tokenized(lastYear.phrases))
    copy.nextYear = PhraseList(Self.tokenized(nextYear.phrases))
    copy.endOf = PhraseList(Self.tokenized(endOf.phrases))
    copy.approximatePhrases = approximatePhrases.map { phrase in
      (Self.tokenized([phrase.words])[0], phrase.low, phrase.high, phrase.approximate)
    }
    copy.fractions = fractions.map { (Self.tokenized([$0.words])[0], $0.percent) }
    copy.numberWordStarters = WordSet(units.keys).union(hundreds.keys).union(multipliers.keys)
      .union(copy.approximatePhrases.compactMap(\.words.first)).union(
        copy.fractions.compactMap(\.words.first)
      )
      .union(["mille"])
    for (pattern, metric) in metricTriggers {
      if pattern.hasSuffix("*") {
        let prefix = String(pattern.dropLast())
        if let key = Self.triggerKey(prefix) {
          copy.prefixTriggers[key, default: []].append((prefix, metric))
          copy.prefixTriggerKeys[Int(key >> 6)] |= 1 << (key & 63)
        }
      } else if copy.exactTriggers[pattern] == nil {
        copy.exactTriggers[pattern] = metric
      }
    }
    for (modality, phrases) in [
      (Modality.hypothetical, copy.hypotheticalMarkers), (.negated, copy.negationMarkers),
      (.hedged, copy.hedgeMarkers), (.forecast, copy.forecastMarkers),
    ] {
      for phrase in phrases {
        if let first = phrase.first {
          copy.modalityMarkersByFirstWord[first] =
            (copy.modalityMarkersByFirstWord[first] ?? []) + [(modality, phrase)]
        }
      }
    }
    for (phrase, metric) in copy.metricPhrases {
      if let first = phrase.first {
        copy.metricPhrasesByFirstWord[first] =
          (copy.metricPhrasesByFirstWord[first] ?? []) + [(phrase, metric)]
      }
    }
    for phrase in copy.falsityPhrases {
      if let first = phrase.first {
        copy.falsityPhrasesByFirstWord[first] =
          (copy.falsityPhrasesByFirstWord[first] ?? []) + [phrase]
      }
    }
    copy.relativeDays = relativeDays.map { (Self.tokenized([$0.words])[0], $0.offset) }
    let phraseLists =
      [copy.thisYear, copy.lastYear, copy.nextYear, copy.endOf].map(\.phrases)
      + [copy.relativeDays.map(\.words)]
    copy.periodStarters = WordSet(phraseLists.flatMap { $0.compactMap(\.first) })
      .union(months.keys).union(LexiconWords.english.months.keys).union(weekdays.keys).union(
        quarterWords.keys
      )
      .union(fiscalYearWords)
      .union([
        "by", "d", "until", "jusqu", "through", "this", "last", "next", "the", "ce", "le", "au",
        "fiscal", "since", "year", "so", "depuis", "du", "la", "cette",
        // "for the year", « pour l'année » (`PeriodResolver.reportedYear`)
        "année",
      ])
    copy.numberWordStarterFilter = WordFilter(copy.numberWordStarters)
    copy.rangeOpenerFilter = WordFilter(rangeOpeners.keys)
    copy.periodStarterFilter = WordFilter(copy.periodStarters)
    if participlesAgree {
      copy.reservationWords = Self.agreeing(copy.reservationWords)
      copy.sendingVerbs = Self.agreeing(copy.sendingVerbs)
      copy.transferVerbs = Self.agreeing(copy.transferVerbs)
      copy.arrivalVerbs = Self.agreeing(copy.arrivalVerbs)
    }
    copy.moveFilter = WordFilter(copy.reservationWords.union(copy.sendingVerbs))
    copy.bystanderFilter = WordFilter(
      copy.venuePrepositions.union(copy.communicationNouns).union(copy.goodsNouns)
        .union(copy.makingWords).union(["'"]))
    return copy
  }
}
