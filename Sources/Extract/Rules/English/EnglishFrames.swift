import Core

extension FrameRules {
  /// English: buying, selling and paying verbs, and what their arguments are.
  static let english = FrameRules(
    frames: [
      Frame(
        "order.received/1", example: "Kessler Yards received an order from Nordhavn for 6 vessels",
        verbs: [
          "received", "receives", "receive", "won", "wins", "win", "secured", "secures",
          "landed", "lands", "booked", "books", "obtained", "obtains",
        ],
        agent: .seller, prepositions: [["from"]: .buyer, ["with"]: .buyer],
        objectNouns: ["order", "orders", "contract", "contracts"]),
      Frame(
        "order.placed/1", example: "Eastvale placed an order with Corvid Mobility for 75 buses",
        verbs: ["placed", "places", "place", "placing", "signed", "signs", "sign"],
        agent: .buyer, prepositions: [["with"]: .seller, ["from"]: .seller],
        objectNouns: ["order", "orders", "contract", "contracts"]),
      Frame(
        "order.awarded/1", example: "Ardan awarded Lignère a €3.12 million supervision contract",
        verbs: ["awarded", "awards", "award", "awarding", "granted", "grants", "grant"],
        agent: .buyer, prepositions: [["to"]: .seller], object: .seller,
        objectNouns: ["order", "orders", "contract", "contracts", "deal", "deals"]),
      Frame(
        "purchase.from/1", example: "Nordhavn Ferries ordered 6 hybrid vessels from Kessler Yards",
        verbs: [
          "order", "orders", "ordered", "ordering", "buy", "buys", "bought", "buying", "purchase",
          "purchases", "purchased", "purchasing", "procure", "procured", "procures", "acquire",
          "acquired",
          "acquires", "lease", "leased", "leases", "sourced", "sources",
        ],
        agent: .buyer, prepositions: [["from"]: .seller, ["with"]: .seller]),
      Frame(
        "reservation.for/1", example: "Corvane booked 8,000 K9s for Halden in November",
        verbs: [
          "book", "books", "booked", "reserve", "reserves", "reserved", "earmarked",
        ],
        agent: .buyer, prepositions: [["for"]: .buyer, ["from"]: .seller, ["with"]: .seller],
        tellsMoves: true, displacedAgent: .seller),
      Frame(
        "receipt.from/1", example: "Domvia received 300 heat pumps from Altmann in March",
        verbs: [
          "receive", "receives", "received", "receiving", "take", "takes", "took", "taking",
          "taken", "await", "awaits", "awaited", "awaiting",
        ],
        agent: .buyer, prepositions: [["from"]: .seller]),
      Frame(
        "receipt.taken/1", example: "Orvane took delivery of 36 compressors from Calder",
        verbs: ["took", "take", "takes", "taking", "taken"],
        agent: .buyer, prepositions: [["from"]: .seller],
        objectNouns: ["delivery", "deliveries"]),
      Frame(
        "sale.to/1", example: "Kessler Yards delivered 4 vessels to Nordhavn",
        verbs: [
          "deliver", "delivers", "delivered", "delivering", "ship", "ships", "shipped",
          "shipping", "sell", "sells", "sold", "selling", "supply", "supplies", "supplied",
          "supplying", "hand", "handed", "hands", "provide", "provided", "provides", "equip",
          "equips", "equipped", "equipping",
        ],
        agent: .seller, prepositions: [["to"]: .buyer, ["for"]: .buyer], object: .buyer,
        tellsMoves: true),
      Frame(
        "payment.to/1", example: "Nordhavn paid Kessler Yards $40 million for the hulls",
        verbs: [
          "pay", "pays", "paid", "paying", "wire", "wired", "refund", "refunds", "refunded",
          "reimbursed", "reimburses",
        ],
        agent: .payer, prepositions: [["to"]: .payee], object: .payee, passiveSubject: .payee),
      Frame(
        "holding.at/1", example: "the studio runs 1,500 HX8 nodes at Nimbara",
        verbs: [
          "runs", "run", "running", "operates", "operate", "operating", "hosts", "hosting",
          "fields", "carries", "carry", "carrying", "holds", "hold", "holding", "house", "houses",
          "housing",
        ],
        agent: .holder, prepositions: [["at"]: .site, ["on"]: .site, ["with"]: .site]),
      Frame(
        "spend.on/1", example: "Nordhavn will spend €90 million on Helix vessels with Kessler",
        verbs: [
          "spend", "spends", "spent", "spending", "invest", "invests", "invested", "investing",
          "commit", "commits", "committed", "allocate", "allocates", "allocated", "budgeted",
        ],
        agent: .payer, prepositions: [["with"]: .payee, ["to"]: .payee]),
    ],
    passiveAuxiliaries: ["was", "were", "is", "are", "be", "been", "being", "got"],
    auxiliaryAdverbs: [
      "not", "also", "already", "then", "since", "all", "just", "never", "t", "'",
    ],
    agentPrepositions: ["by"],
    objectLinks: ["with"],
    subjectGlue: [
      "which", "who", "that", "has", "have", "had", "also", "then", "later", "will", "would",
      "just", "already", "recently", "finally", "itself", "only", "now",
    ],
    coordinators: ["and", "then", "but"],
    firstPerson: ["we", "us", "our"],
    objectPronouns: [],
    articles: ["the"],
    relativePronouns: ["that", "which", "whom"],
    determiners: [
      "the", "a", "an", "this", "its", "their", "our", "your", "his", "her", "each", "every", "own",
      "new", "first", "latest", "initial", "total",
    ],
    pronouns: ["he", "she", "it", "they", "his", "her", "its", "their", "them", "him"],
    titleWords: [
      "chief", "officer", "executive", "director", "head", "president", "chair", "chairman",
      "chairwoman", "founder", "cofounder", "manager", "vp", "ceo", "cfo", "coo", "cto", "cio",
      "treasurer", "controller", "spokesperson", "spokesman", "spokeswoman", "partner", "lead",
    ],
    organisationPrepositions: ["of", "at"],
    purposePrepositions: ["of", "on", "in", "for", "into", "toward", "towards", "worth"],
    perfectAuxiliaries: ["has", "have", "had"],
    infinitiveMarkers: ["to"],
    prepositionPronouns: ["it", "them"],
    secondPerson: ["you", "your"],
    prepositionRelatives: ["which", "whom"],
    participleEndings: ["ed"],
    irregularParticiples: [
      "sold", "bought", "paid", "built", "sent", "taken", "given", "spent", "won", "took", "gave",
      "made", "brought", "got", "lent",
    ],
    pastWithoutAuxiliary: true,
    contactRelatives: true,
    possessives: ["its", "their"],
    nominals: [
      ["order", "orders", "purchase", "purchases"]: Nominal(
        frame: "purchase.from/1", agent: .buyer,
        prepositions: ["from": .buyer, "by": .buyer, "with": .seller]),
      ["delivery", "deliveries", "shipment", "shipments"]: Nominal(
        frame: "sale.to/1", agent: .seller,
        prepositions: ["to": .buyer, "from": .seller, "by": .seller]),
      ["payment", "payments"]: Nominal(
        frame: "payment.to/1", agent: .payer,
        prepositions: ["to": .payee, "from": .payer, "by": .payer]),
      ["spending", "spend", "consumption", "outlay", "outlays"]: Nominal(
        frame: "spend.on/1", agent: .payer, prepositions: ["with": .payee, "by": .payer]),
    ],
    organisationNouns: ["company", "firm", "business", "group"],
    clauseRelatives: ["which", "who", "that", "whose"], singularSubjectPronouns: ["it"],
    firstPersonSubjects: ["we"], personSubjectPronouns: ["he", "she"],
    presentParticipleEndings: ["ing"],
    participlePrepositions: [
      "including", "excluding", "during", "according", "regarding", "concerning", "pending",
      "notwithstanding", "following", "starting", "beginning",
    ])
}
