import Core
import Foundation

extension LexiconWords {
  /// English: scales, currencies, qualifiers, number words, and the field triggers.
  static let english = LexiconWords(
    scales: [
      "thousand": 1_000, "thousands": 1_000, "k": 1_000, "million": 1_000_000,
      "millions": 1_000_000,
      "mn": 1_000_000, "mln": 1_000_000, "m": 1_000_000, "billion": 1_000_000_000,
      "billions": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
      "trillion": 1_000_000_000_000, "trillions": 1_000_000_000_000, "tn": 1_000_000_000_000,
      "tr": 1_000_000_000_000,
    ],
    exactScales: [
      "K": 1_000, "M": 1_000_000, "MM": 1_000_000, "B": 1_000_000_000, "T": 1_000_000_000_000,
    ],
    currencyWords: [
      "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
      "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "francs": "CHF",
      "bucks": "USD", "buck": "USD",
    ],
    percentWords: [["percent"], ["percents"], ["per", "cent"], ["pct"]],
    percentagePointWords: [
      ["percentage", "points"], ["percentage", "point"], ["points"], ["point"], ["pts"],
    ],
    approximateBefore: [
      ["about"], ["around"], ["roughly"], ["approximately"], ["nearly"], ["almost"], ["some"],
      ["circa"], ["ca"], ["an", "estimated"], ["estimated"], ["close", "to"], ["approx"],
      ["just", "under"], ["just", "over"], ["an", "approximate"], ["~"], ["±"], ["c"],
      ["approx", "."],
      ["ca", "."], ["c", "."],
    ],
    atLeastBefore: [
      ["more", "than"], ["over"], ["above"], ["at", "least"], ["upwards", "of"], ["north", "of"],
      ["in", "excess", "of"], ["no", "less", "than"], ["greater", "than"], ["a", "minimum", "of"],
      ["exceeding"], ["beyond"], [">"], ["≥"], [">", "="],
    ],
    atMostBefore: [
      ["less", "than"], ["under"], ["below"], ["up", "to"], ["at", "most"], ["no", "more", "than"],
      ["fewer", "than"], ["a", "maximum", "of"], ["not", "more", "than"], ["at", "the", "most"],
      ["as", "many", "as"], ["as", "much", "as"], ["<"], ["≤"], ["<", "="],
    ],
    atLeastAfter: [["or", "more"], ["and", "up"], ["plus"], ["or", "above"]],
    atMostAfter: [["or", "less"], ["or", "fewer"], ["at", "most"], ["or", "below"]],
    approximateAfter: [["or", "so"]],
    rangeConnectors: ["to", "-", "–", "—", "and"],
    rangeOpeners: ["between": "and", "from": "to"],
    units: [
      "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
      "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
      "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
      "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
      "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
    ],
    hundreds: ["hundred": 100],
    multipliers: [
      "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
      "trillion": 1_000_000_000_000,
    ],
    numberJoiners: ["and"],
    approximatePhrases: [
      (["half", "a", "dozen"], 6, 6, false), (["a", "half", "dozen"], 6, 6, false),
      (["a", "dozen"], 12, 12, false), (["dozens", "of"], 24, 99, true),
      (["a", "few", "dozen"], 24, 60, true),
      (["tens", "of", "thousands"], 10_000, 99_999, true),
      (["hundreds", "of", "thousands"], 100_000, 999_999, true),
      (["tens", "of", "millions"], 10_000_000, 99_999_999, true),
      (["hundreds", "of", "millions"], 100_000_000, 999_999_999, true),
      (["thousands", "of"], 1_000, 9_999, true), (["hundreds", "of"], 100, 999, true),
      (["thousands"], 1_000, 9_999, true),
      (["half", "a", "million"], 500_000, 500_000, false),
      (["half", "a", "billion"], 500_000_000, 500_000_000, false),
      (["half", "a", "trillion"], 500_000_000_000, 500_000_000_000, false),
      (["a", "quarter", "of", "a", "million"], 250_000, 250_000, false),
      (["a", "quarter", "of", "a", "billion"], 250_000_000, 250_000_000, false),
      (["three", "-", "quarters", "of", "a", "million"], 750_000, 750_000, false),
      (["three", "-", "quarters", "of", "a", "billion"], 750_000_000, 750_000_000, false),
      (["three", "quarters", "of", "a", "billion"], 750_000_000, 750_000_000, false),
    ],
    months: [
      "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
      "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
      "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
      "dec": 12,
    ],
    referenceWords: [
      "page", "pages", "p", "pp", "section", "sections", "chapter", "footnote", "note", "paragraph",
      "clause", "article", "art", "line", "figure", "fig", "table", "exhibit", "appendix", "annex",
      "item", "rule", "version", "v", "no", "number", "#", "§", "episode", "season", "volume",
      "vol", "issue", "step", "phase", "level", "tier", "gate", "room", "suite", "floor", "code",
      "building", "route", "highway", "interstate", "flight", "platform", "box", "unit", "apt",
      "slide", "question", "grade", "class", "series", "model", "gen", "generation", "stage",
      "lines", "routes", "articles", "chapters", "clauses", "gates", "platforms", "flights",
      "rooms", "floors", "steps", "phases", "questions", "items", "rules",
    ],
    streetWords: [
      "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
      "dr", "way", "place", "pl", "court", "ct", "square", "sq", "parkway", "pkwy", "highway",
    ],
    timeWords: [
      "am", "pm", "a.m", "p.m", "o'clock", "hours", "gmt", "utc", "et", "pt", "est", "pst", "cet",
    ],
    ordinalSuffixes: ["st", "nd", "rd", "th"],
    itemStopWords: [
      "the", "a", "an", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or",
      "but", "as", "than", "that", "this", "these", "those", "its", "their", "his", "her", "our",
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
      "could", "should", "may", "might", "can", "did", "do", "does", "went", "go", "goes",
      "said", "says", "say", "told", "per", "each", "a", "year", "years", "month", "months",
      "quarter", "quarters", "week", "weeks", "day", "days", "this", "last", "next", "so", "far",
      "ago", "earlier", "later", "into", "onto", "over", "under", "above", "below", "between",
      "during", "after", "before", "since", "until", "while", "when", "which", "who", "whom",
      "it", "they", "we", "he", "she", "you", "i", "them", "us", "him", "me", "more", "less",
      "fewer", "most", "least",
      "worth", "apiece", "each", "total", "overall", "altogether", "in", "about", "around",
      "already", "also", "only", "just", "still", "now", "today", "tonight", "tomorrow",
      "yesterday", "then", "there", "here", "yet", "not",
      "no", "all", "both", "either", "neither", "such", "own", "up", "down", "out", "off", "back",
      "away", "again", "together", "instead", "too", "very", "much", "many", "some", "any",
      "other", "another", "one", "ones", "of", "via", "across", "through", "against", "among",
      "within", "without", "including", "included", "slated", "scheduled", "due", "set",
      "originally", "initially", "earmarked", "destined", "meant", "intended", "bound", "once",
      "soon", "when", "where", "while", "whereas", "because", "unless", "if", "though",
    ],
    itemAdjectives: [
      "former", "new", "additional", "more", "extra", "other", "current", "existing", "active",
      "total", "full-time", "part-time", "temporary", "permanent", "unsold", "used", "nvidia",
      "advanced", "high-end", "top-end", "powerful", "coveted", "sought-after", "of", "its",
      "their", "your", "our", "his", "her",
      "older", "newer", "second-hand", "refurbished", "spare", "further", "remaining", "final",
    ],
    nounBeforeModel: false,
    metricTriggers: [
      ("spend*", .spend), ("spent", .spend), ("capex", .capitalExpenditure),
      ("capital", .capitalExpenditure),
      ("invest", .spend), ("invests", .spend), ("invested", .spend), ("investing", .spend),
      ("investment*", .spend), ("outlay*", .spend), ("budget*", .spend), ("expenditure*", .spend),
      ("cost*", .spend), ("hardware", .spend), ("pay", .spend), ("pays", .spend), ("paid", .spend),
      ("paying", .spend),
      ("order*", .order), ("booking*", .order), ("booked", .order), ("book", .order),
      ("contract", .order), ("contracts", .order),
      ("purchas*", .order), ("bought", .order), ("buy*", .order), ("procure*", .order),
      ("acquir*", .order),
      ("ship*", .shipment), ("sold", .shipment), ("sell*", .shipment), ("deliver*", .shipment),
      ("receiv*", .shipment), ("receipt", .shipment), ("taking", .shipment), ("take", .shipment),
      ("arrived", .shipment), ("arrive", .shipment), ("arrives", .shipment),
      ("takes", .shipment), ("delay*", .shipment),
      ("redirect*", .transfer), ("divert*", .transfer), ("rerout*", .transfer),
      ("transfer*", .transfer), ("reallocat*", .transfer), ("reassign*", .transfer),
      ("swap*", .transfer),
      ("moved", .transfer), ("sent", .transfer), ("shifted", .transfer), ("handed", .transfer),
      ("ceded", .transfer), ("cedes", .transfer), ("surrendered", .transfer),
      ("relinquished", .transfer),
      ("house*", .capacity), ("host*", .capacity), ("install*", .capacity), ("deploy*", .capacity),
      ("capacity", .capacity), ("cluster*", .capacity), ("running", .capacity),
      ("run", .capacity), ("runs", .capacity), ("live", .capacity),
      ("flying", .capacity),
      ("active", .capacity), ("online", .capacity),
      ("own*", .ownership), ("hold*", .ownership), ("held", .ownership), ("stake*", .ownership),
      ("voting", .ownership), ("control", .ownership),
      ("valuation*", .valuation), ("valued", .valuation), ("value", .valuation),
      ("worth", .valuation), ("capitali*", .valuation),
      ("rais*", .funding), ("round*", .funding), ("funding", .funding), ("financing", .funding),
      ("fundrais*", .funding),
      ("revenue*", .revenue), ("sales", .revenue), ("turnover", .revenue), ("growth", .revenue),
      ("grew", .revenue), ("grow*", .revenue), ("earn*", .revenue), ("profit*", .revenue),
      ("income", .revenue),
      ("job*", .headcount), ("employee*", .headcount), ("staff*", .headcount),
      ("workforce", .headcount), ("layoff*", .headcount), ("laid", .headcount),
      ("headcount", .headcount), ("hire*", .headcount), ("hiring", .headcount),
      ("worker*", .headcount), ("cut*", .headcount), ("redundanc*", .headcount),
      ("employ*", .headcount), ("people", .headcount),
      ("shares", .priceChange), ("stock", .priceChange), ("stocks", .priceChange),
    ],
    forecastMarkers: [
      ["will"], ["'ll"], ["would"], ["plans"], ["plan"], ["planned"], ["planning"], ["expects"],
      ["expected"], ["expect"], ["forecast"], ["forecasts"], ["projected"], ["projects"],
      ["aims"], ["intends"], ["is", "set", "to"], ["are", "set", "to"], ["is", "going", "to"],
      ["are", "going", "to"], ["soon"], ["next", "year"], ["target"], ["targets"], ["guidance"],
      ["is", "due", "to"], ["is", "due"], ["are", "due"], ["due", "in"], ["due", "on"],
      ["due", "by"], ["scheduled"], ["slated"], ["promised"], ["promises"], ["pledged"],
      ["vowed"], ["await"], ["awaits"], ["awaited"], ["awaiting"], ["intend", "to"],
      ["intention", "to"], ["intention", "of"], ["intentions", "to"],
    ],
    hedgeMarkers: [
      ["may"], ["might"], ["could"], ["possibly"], ["perhaps"], ["potentially"], ["likely"],
      ["unlikely"], ["reportedly"], ["appears"], ["seems"], ["estimated"], ["estimate"],
      ["estimates"], ["guess"],
    ],
    negationMarkers: [
      ["not"], ["n't"], ["cannot"], ["never"], ["no", "longer"], ["denied"], ["denies"], ["deny"],
      ["neither"], ["nor"],
    ],
    hypotheticalMarkers: [
      ["if"], ["were", "to"], ["would", "have"], ["suppose"], ["assuming"], ["unless"],
    ],
    planComparisons: ["as", "than"],
    replacedMarkers: [["instead", "of"], ["rather", "than"], ["and", "not"]],
    flowFromPhrases: [["out", "of"]],
    yearEarlierPhrases: [
      ["a", "year", "earlier"], ["a", "year", "before"], ["the", "year", "before"],
      ["a", "year", "ago"], ["the", "previous", "year"],
    ],
    asOfPhrases: [["as", "of"], ["as", "at"]],
    conditionalInversions: ["were", "had", "should"],
    reportingVerbs: [
      "said", "says", "say", "told", "wrote", "writes", "posted", "posts", "stated", "states",
      "claimed", "claims", "added", "adds", "noted", "notes", "tweeted", "explained", "argued",
      "insisted", "confirmed", "predicted", "warned", "announced", "posted", "replied", "replies",
      "answered", "responded", "countered", "estimated", "reckoned",
    ],
    sourcePhrases: [["according", "to"], ["per"]],
    subjectPrepositions: ["for", "at", "by", "of", "from"],
    flowFrom: ["from", "for"],
    flowTo: ["to", "toward", "towards", "into"],
    thisYear: [["this", "year"], ["the", "current", "year"], ["this", "calendar", "year"]],
    lastYear: [["last", "year"], ["the", "previous", "year"], ["a", "year", "ago"]],
    nextYear: [["next", "year"], ["the", "coming", "year"]],
    endOf: [
      ["by", "the", "end", "of"], ["by", "end", "of"], ["by", "year-end"],
      ["before", "the", "end", "of"],
    ],
    quarterWords: ["first": 1, "second": 2, "third": 3, "fourth": 4],
    quarterNoun: ["quarter"],
    halfWords: ["first": 1, "second": 2],
    fiscalYearWords: ["fiscal", "fy"],
    weekdays: [
      "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
      "sunday": 7,
    ],
    relativeDays: [
      (["yesterday"], -1), (["tomorrow"], 1), (["today"], 0), (["this", "morning"], 0),
      (["this", "afternoon"], 0),
      (["this", "evening"], 0), (["tonight"], 0),
    ],
    announcingVerbs: ["announced", "posted", "warned", "reported"],
    capitalisedFunctionWords: [
      "ai", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "the", "a", "an", "in", "on", "at", "of", "for", "by", "with", "and", "but", "or", "if",
      "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you",
      "his", "her", "their", "our", "my", "about", "around", "more", "less", "over", "under",
      "some", "nearly", "almost", "roughly", "after", "before", "since", "as", "so", "when",
      "while", "from", "to", "up", "down", "shares", "last", "next", "today", "yesterday",
      "between", "according", "per", "each", "every", "all", "both", "no", "not", "just",
      "only", "also", "still", "then", "there", "here", "what", "which", "who", "why", "how",
      // Common nouns that open sentences and are not names.
      "orders", "sales", "revenue", "spending", "analysts", "investors", "customers", "employees",
      "deliveries", "shipments", "prices", "officials", "executives", "sources", "people",
      "companies", "regulators", "data", "demand", "supply", "profits", "exports", "imports",
      "reports", "documents", "filings", "estimates", "others", "most", "many", "several",
      "unemployment",
      "operating", "margins", "growth", "bookings", "capital", "total", "overall", "both", "such",
      "chipmakers", "carmakers", "automakers", "startups", "operators", "workers", "staff",
      "engineers",
      // Adverbs that open a sentence before a count ("Already 6 locomotives have arrived").
      "already", "finally", "now", "soon", "yet", "again", "even", "exactly", "precisely",
      "barely", "merely", "fully", "meanwhile", "instead", "another",
      // "Let's be clear": no name.
      "let",
      // Auxiliaries that open a question ("Did Nordhavn order 6 vessels?").
      "did", "does", "do", "has", "have", "had", "will", "would", "can", "could", "should",
      "is", "are", "was", "were", "may", "might", "must", "shall",
      "contractors", "users", "buyers", "sellers", "suppliers", "vendors", "stocks", "markets",
      "net", "update", "updated", "note", "breaking", "analysis", "correction", "best", "worst",
      "latest", "another", "other", "new", "final", "first", "second", "third",
    ]
  )
  .with(breakdownWords: ["including"])
  .with(
    fractions: [
      (["half"], 50), (["one", "half"], 50), (["a", "third"], Decimal(3333) / 100),
      (["one", "third"], Decimal(3333) / 100),
      (["two", "thirds"], Decimal(6667) / 100), (["a", "quarter"], 25), (["one", "quarter"], 25),
      (["three", "quarters"], 75), (["a", "fifth"], 20), (["one", "fifth"], 20),
      (["a", "tenth"], 10), (["one", "tenth"], 10),
    ],
    shareOf: ["of"], negativeWords: ["negative", "minus"]
  )
  .with(
    communicationNouns: [
      "post", "posts", "tweet", "tweets", "message", "messages", "remarks", "comments", "comment",
      "statement", "statements", "letter", "email", "e-mail", "note", "interview", "speech",
      "blog", "thread", "video", "podcast", "memo", "memos", "call", "calls", "records",
      "figures", "books", "ledger", "numbers", "data", "paper", "minutes",
    ],
    postingVerbs: [
      "posted", "posts", "tweeted", "wrote", "writes", "published", "up", "dated", "reported",
    ],
    venuePrepositions: ["on"],
    goodsNouns: [
      "hardware", "chips", "chip", "gpus", "gpu", "processors", "accelerators", "servers",
      "equipment", "silicon", "cards", "systems",
    ],
    reservationWords: [
      "booked", "reserved", "earmarked", "slated", "destined", "ordered", "meant", "built", "made",
      "manufactured", "produced", "promised", "allocated", "assigned", "intended", "bound",
      "assembled",
    ],
    sendingVerbs: [
      "ship", "shipped", "shipping", "send", "sent", "sending", "deliver", "delivered",
      "delivering", "went", "go", "going", "moved", "redirected", "diverted", "rerouted",
      "reassigned", "given", "handed", "hand", "hands", "handing", "gave", "came", "come",
      "comes", "passed", "entrusted",
    ]
  )
  .with(
    demonymEndings: ["ish", "ese", "ian", "ean", "ic"],
    demonyms: [
      "french", "dutch", "swiss", "greek", "thai", "czech", "welsh", "scots", "basque", "breton",
      "flemish", "walloon", "québécois", "quebecois",
    ]
  )
  // Foreign names keep their particles in English text: "Énergies du Ponant", "Banco de España".
  .with(nameParticles: ["de", "du", "des", "d", "la", "di", "da", "van", "von", "der", "den"])
  .with(reportNouns: [
    "statement", "statements", "report", "reports", "results", "accounts", "filing",
  ])
  .with(clauseOpeners: ["that", "which", "who", "but", "and", "while", "adding", "saying"])
  .with(intentionModals: ["meant", "due", "supposed", "intended", "were", "was"])
  .with(
    unitPriceAfter: ["each", "apiece"],
    unitPriceBefore: [["unit", "price"], ["unit", "cost"], ["price", "per", "unit"]]
  )
  .with(headcountChanges: ["hir", "recruit"])
  .with(priceOfOne: [
    ["price", "for", "a"], ["price", "for", "an"], ["price", "for", "one"], ["price", "of", "a"],
    ["price", "of", "an"], ["price", "of", "one"], ["cost", "of", "a"], ["cost", "of", "one"],
  ])
  .with(
    statementNouns: ["statement", "statements", "invoice", "invoices"],
    senders: ["from", "by"], addressees: ["to"]
  )
  .with(
    investingVerbs: [
      "put", "puts", "putting", "pour", "pours", "poured", "pouring", "sink", "sinks", "sank",
      "sunk", "sinking", "plough", "ploughs", "ploughed", "plow", "plows", "plowed", "pump",
      "pumps", "pumped", "inject", "injects", "injected",
    ], into: ["into"]
  )
  .with(pricePrepositions: ["for", "worth"])
  .with(
    valuingVerbs: [
      "put", "puts", "putting", "valued", "values", "valuing", "priced", "prices", "estimated",
      "estimates", "pegged", "pegs", "set", "sets",
    ], valuingPrepositions: ["at"]
  )
  .with(eventNouns: [
    "opening", "launch", "deadline", "meeting", "vote", "ceremony", "inauguration", "hearing",
    "auction", "election", "kickoff", "kick-off", "debut",
    // Incidents: "after a May 28 hailstorm", "the March 1 fire".
    "storm", "hailstorm", "fire", "blaze", "flood", "flooding", "accident", "crash", "collision",
    "explosion", "earthquake", "hurricane", "outage", "strike",
  ])
  .with(
    makingWords: ["built", "made", "manufactured", "produced", "assembled"],
    beneficiaryPrepositions: ["for"]
  )
  .with(adverbialOpeners: ["and", "but", "so", "because", "although", "though", "unless"])
  .with(forecastNouns: ["plan", "plans", "forecast", "forecasts", "target", "targets", "guidance"])
  // What a site holds: "250 bikes at the Rosemont depot", "1,200 meters in the warehouse".
  .with(metricPhrases: [
    (["in", "service"], .capacity), (["in", "operation"], .capacity),
    (["at", "the", "depot"], .capacity), (["at", "its", "depot"], .capacity),
    (["at", "their", "depot"], .capacity), (["in", "the", "warehouse"], .capacity),
    (["in", "its", "warehouse"], .capacity), (["on", "site"], .capacity),
    (["in", "reserve"], .capacity), (["from", "the", "depot"], .capacity),
    (["from", "its", "depot"], .capacity), (["out", "of", "the", "depot"], .capacity),
    // A handover is a delivery ("four shuttles handed over on 18 June"); "handed to X" moves.
    (["handed", "over"], .shipment), (["hand", "over"], .shipment), (["handover"], .shipment),
  ])
  .with(insteadWords: [["instead"]], insteadPrepositions: ["at", "to", "with", "for"])
  .with(transferVerbs: [
    "transferred", "transfers", "transfer", "reassigned", "reallocated", "moved", "shifted",
    "pass", "passed", "passes", "lend", "lent", "lends", "loaned", "gave", "give", "gives",
    "given", "ceded", "cedes", "cede", "released", "releases", "release", "surrendered",
  ])
  .with(relinquishingVerbs: [
    "ceded", "cedes", "cede", "surrendered", "surrenders", "relinquished", "relinquishes",
    "released", "releases", "forfeited",
  ])
  .with(pointFractions: [
    (["half", "a"], Decimal(5) / 10), (["half", "of", "a"], Decimal(5) / 10),
    (["a", "half"], Decimal(5) / 10),
    (["a", "quarter", "of", "a"], Decimal(25) / 100),
    (["a", "quarter"], Decimal(25) / 100),
    (["a", "quarter", "-"], Decimal(25) / 100),
    (["three", "quarters", "of", "a"], Decimal(75) / 100),
  ])
  .with(resultConnectives: ["so", "hence", "therefore", "thus"])
  .with(arrivalVerbs: [
    "reached", "reach", "reaches", "arrived", "installed", "installs", "received", "receives",
    "recovered", "recovers",
    "joined", "joins", "ended", "landed", "switched", "commissioned", "deployed", "fitted",
    "took", "taken",
  ])
  .with(
    unitPriceWords: ["per", "each", "a", "an"], distributives: ["each", "every"],
    rateNouns: ["year", "month", "week", "day", "quarter", "hour", "annum", "night"],
    restatingNouns: ["figure", "number", "total", "count", "tally", "it"]
  )
  .with(cumulativeNouns: ["total", "tally"])
  .with(additionAdjectives: ["new"])
  .with(minorUnits: ["cents": "$", "cent": "$", "pence": "GBP", "penny": "GBP", "pennies": "GBP"])
  .with(quantityHeaders: [
    "units", "unit", "quantity", "qty", "number", "count", "volume", "value", "amount", "total",
    "figure", "sum", "price", "cost",
  ])
  .with(subordinators: ["after", "before", "when", "once", "until", "because"])
  .with(falsityPhrases: [
    ["was", "wrong"], ["is", "wrong"], ["was", "incorrect"], ["is", "incorrect"],
    ["was", "inaccurate"], ["is", "inaccurate"], ["was", "untrue"], ["is", "untrue"],
  ])
  .with(
    reportedContentOpeners: [
      "claim", "claims", "line", "assertion", "assertions", "suggestion", "contention",
      "insistence",
      "assurance", "assurances", "boast", "statement",
    ].map { [$0, "that"] },
    ownerDeterminers: ["his", "her", "their", "its"]
  )
  .with(
    differenceWords: [
      "short", "down", "up", "fell", "rose", "dropped", "grew", "increased", "decreased", "cut",
      "reduced", "exceeded", "exceeds", "exceed", "off", "behind", "ahead", "higher", "lower",
      "more", "less", "fewer", "overstated", "understated", "overstates", "understates",
    ], preposition: "by", after: []
  )
  .with(
    periodNouns: ["quarter", "month", "week", "half", "period"],
    pointers: ["the", "that", "this", "same"], yearNouns: ["year"], yearPointers: ["that", "same"])
}
