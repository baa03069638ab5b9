import Core

extension FrameRules {
  /// French: les verbes d'achat, de vente et de paiement, et ce que sont leurs compléments.
  static let french = FrameRules(
    frames: [
      Frame(
        "order.received/1", example: "Kessler Yards a reçu une commande de Nordhavn pour 6 navires",
        verbs: [
          "reçu", "reçoit", "recevra", "remporté", "remporte", "décroché", "décroche",
          "enregistré", "enregistre", "enregistrera", "recevoir", "remporter", "décrocher",
          "obtenu", "obtient", "obtiendra", "obtenir",
        ],
        agent: .seller,
        prepositions: [
          ["de"]: .buyer, ["du"]: .buyer, ["d"]: .buyer, ["auprès", "de"]: .buyer,
          ["auprès", "du"]: .buyer, ["auprès", "d"]: .buyer, ["avec"]: .buyer,
        ],
        objectNouns: ["commande", "commandes", "contrat", "contrats"]),
      Frame(
        "order.placed/1", example: "Lémanis a passé commande de 5 rames auprès d'Ateliers Vercors",
        verbs: ["passé", "passe", "passera", "passent", "signé", "signe", "signera"],
        agent: .buyer,
        prepositions: [
          ["auprès", "de"]: .seller, ["auprès", "du"]: .seller, ["auprès", "d"]: .seller,
          ["à"]: .seller, ["avec"]: .seller, ["chez"]: .seller,
        ],
        objectNouns: ["commande", "commandes", "contrat", "contrats"]),
      Frame(
        "order.awarded/1", example: "Ardan a confié à Lignère un contrat de 520 000 euros",
        verbs: [
          "confié", "confie", "confiera", "confier", "attribué", "attribue", "attribuera",
          "attribuer", "accordé", "accorde", "accordera",
        ],
        agent: .buyer, prepositions: [["à"]: .seller, ["au"]: .seller, ["aux"]: .seller],
        objectNouns: ["commande", "commandes", "contrat", "contrats"]),
      Frame(
        "receipt.taken/1", example: "Lémanis a pris livraison de 5 rames auprès d'Ateliers Vercors",
        verbs: ["pris", "prend", "prendra", "prennent"],
        agent: .buyer,
        prepositions: [
          ["auprès", "de"]: .seller, ["auprès", "du"]: .seller, ["auprès", "d"]: .seller,
          ["de"]: .seller, ["d"]: .seller, ["du"]: .seller, ["chez"]: .seller,
        ],
        objectNouns: ["livraison", "livraisons"]),
      Frame(
        "purchase.from/1", example: "Nordhavn a commandé 6 navires à Kessler Yards",
        verbs: [
          "commandé", "commandée", "commandés", "commandées", "commande", "commandent",
          "commandera", "commanderont", "commanderait", "commanderaient", "achèterait", "acheté",
          "achetée", "achetés", "achetées", "achète",
          "achètent", "achètera", "acquis", "acquiert", "commander", "acheter", "acquérir",
          "procuré", "procurée", "procurés", "procurées", "procurer", "racheté", "rachetée",
          "rachetés", "rachetées", "rachète", "rachètera", "racheter",
        ],
        agent: .buyer,
        prepositions: [
          ["à"]: .seller, ["au"]: .seller, ["auprès", "de"]: .seller, ["auprès", "du"]: .seller,
          ["auprès", "d"]: .seller, ["chez"]: .seller,
        ]),
      Frame(
        "reservation.for/1", example: "Corvane a réservé 8 000 K9 à Halden en novembre",
        verbs: [
          "réservé", "réservée", "réservés", "réservées", "réserve", "réservera", "destinés",
        ],
        agent: .buyer,
        prepositions: [
          ["à"]: .buyer, ["au"]: .buyer, ["pour"]: .buyer, ["auprès", "de"]: .seller,
        ],
        tellsMoves: true, displacedAgent: .seller),
      Frame(
        "receipt.from/1", example: "Domvia a reçu 300 pompes à chaleur d'Altmann en mars",
        verbs: [
          "reçu", "reçue", "reçus", "reçues", "reçoit", "reçoivent", "recevra", "recevront",
          "recevrait", "recevraient",
          "réceptionné", "réceptionnés", "réceptionnées", "recevoir", "réceptionner", "attend",
          "attendent", "attendons", "attendait", "attendaient",
        ],
        agent: .buyer, prepositions: [["de"]: .seller, ["du"]: .seller, ["d"]: .seller]),
      Frame(
        "sale.to/1", example: "Kessler Yards a livré 4 navires à Nordhavn",
        verbs: [
          "livré", "livrée", "livrés", "livrées", "livre", "livrent", "livrera", "livreront",
          "livrerait", "livreraient", "vendrait", "fournirait", "expédierait",
          "expédié", "expédiée", "expédiés", "expédiées", "expédie", "vendu", "vendue", "vendus",
          "vendues", "vend", "vendent", "vendra", "fourni", "fournie", "fournis", "fournies",
          "fournit", "fournira", "remis", "remise", "remises", "remet", "remettra", "équipé",
          "équipée", "équipe", "équipera", "livrer", "vendre", "fournir", "expédier", "remettre",
          "équiper", "cédé", "cédée", "cédés", "cédées", "cède", "cèdent", "cédera", "céder",
        ],
        agent: .seller, prepositions: [["à"]: .buyer, ["au"]: .buyer, ["aux"]: .buyer],
        object: .buyer, tellsMoves: true),
      Frame(
        "payment.to/1", example: "Nordhavn a versé 40 millions d'euros à Kessler Yards",
        verbs: [
          "payé", "paie", "paye", "paiera", "payera", "versé", "versés", "versée", "versées",
          "verse", "versera", "réglé", "règle", "réglera", "remboursé", "rembourse",
          "remboursera", "payer", "verser", "régler", "rembourser",
        ],
        agent: .payer, prepositions: [["à"]: .payee, ["au"]: .payee], passiveSubject: .payee),
      Frame(
        "payment.received/1", example: "Ateliers Vercors a touché 60 millions d'euros de Lémanis",
        verbs: [
          "touché", "touche", "touchera", "perçu", "perçoit", "percevra", "encaissé", "encaisse",
          "encaissera", "toucher", "percevoir", "encaisser", "obtenu", "obtient", "obtiendra",
          "obtenir",
        ],
        agent: .payee, prepositions: [["de"]: .payer, ["d"]: .payer, ["du"]: .payer]),
      Frame(
        "holding.at/1", example: "le studio fait tourner 1 500 nœuds HX8 chez Nimbara",
        verbs: [
          "tourner", "exploite", "exploitent", "exploitera", "héberge", "hébergent", "aligne",
          "alignent", "compte", "comptent", "comptait", "comptaient", "dispose", "disposent",
          "disposait", "disposaient", "disposera", "disposeront",
        ],
        agent: .holder, prepositions: [["chez"]: .site, ["auprès", "de"]: .site, ["sur"]: .site]),
      Frame(
        "spend.on/1",
        example: "Nordhavn consacrera environ 90 millions d'euros aux navires Helix",
        verbs: [
          "dépensé", "dépense", "dépensera", "dépenseront", "dépenserait", "consacrerait",
          "investirait", "consacré", "consacre", "consacrera",
          "consacreront", "investi", "investit", "investira", "investiront", "engagé", "engage",
          "engagera", "alloué", "alloue", "allouera", "dépenser", "consacrer", "investir",
        ],
        agent: .payer,
        prepositions: [
          ["auprès", "de"]: .payee, ["auprès", "d"]: .payee, ["auprès", "du"]: .payee,
          ["chez"]: .payee,
        ]),
    ],
    passiveAuxiliaries: [
      "été", "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut",
      "furent",
    ],
    auxiliaryAdverbs: [
      "pas", "déjà", "aussi", "bien", "ensuite", "tous", "toutes", "jamais", "finalement",
      "également",
    ],
    agentPrepositions: ["par"],
    objectLinks: ["de", "d"],
    subjectGlue: [
      "qui", "a", "ont", "avait", "avaient", "aura", "auront", "déjà", "aussi", "ensuite",
      "finalement", "également", "bien", "en", "y", "lui", "leur", "n", "ne",
    ],
    coordinators: ["et", "puis", "mais"],
    firstPerson: ["nous", "notre", "nos"],
    objectPronouns: ["nous", "vous"],
    articles: ["la", "le", "les", "l"],
    relativePronouns: ["que", "qu", "dont"],
    determiners: [
      "la", "le", "les", "une", "un", "des", "du", "au", "aux", "cette", "ce", "sa", "son", "ses",
      "leur", "leurs", "notre", "nos", "votre", "vos", "chaque",
    ],
    pronouns: ["il", "elle", "ils", "elles", "on", "celui", "celle", "ceux", "celles"],
    titleWords: [
      "directeur", "directrice", "président", "présidente", "pdg", "dg", "daf", "drh",
      "responsable", "fondateur", "fondatrice", "gérant", "gérante", "porte-parole", "chef",
      "cheffe", "administrateur", "administratrice", "trésorier", "trésorière", "associé",
      "associée", "dirigeant", "dirigeante", "ceo", "cfo", "cto",
    ],
    organisationPrepositions: ["de", "du", "d", "chez"],
    purposePrepositions: ["de", "d", "du", "des", "en", "pour", "à", "au", "aux", "dans"],
    partitivePronouns: ["en"],
    perfectAuxiliaries: [
      "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront", "aurait",
    ],
    infinitiveMarkers: ["de", "d"],
    prepositionPronouns: ["elle", "elles", "lui", "eux"],
    secondPerson: ["vous", "votre", "vos"],
    prepositionRelatives: ["qui", "laquelle", "lequel", "lesquels", "lesquelles"],
    fusedRelatives: ["auquel": "à", "auxquels": "à", "auxquelles": "à"],
    participleEndings: ["é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues"],
    irregularParticiples: ["pris", "prise", "prises", "acquis", "acquise", "acquises", "mis"],
    possessives: ["son", "sa", "ses", "leur", "leurs"],
    // The auxiliaries of the passive are third-person forms, which only « se » makes
    // reflexive: « quatre grues nous seront livrées » is a passive with an indirect object.
    reflexivePronouns: ["s", "se"],
    nominals: [
      ["commande", "commandes", "achat", "achats"]: Nominal(
        frame: "purchase.from/1", agent: .buyer,
        prepositions: ["auprès": .seller, "chez": .seller, "à": .seller, "par": .buyer]),
      ["livraison", "livraisons"]: Nominal(
        frame: "sale.to/1", agent: .seller,
        prepositions: ["à": .buyer, "au": .buyer, "aux": .buyer, "par": .seller]),
      ["versement", "versements", "paiement", "paiements"]: Nominal(
        frame: "payment.to/1", agent: .payer,
        prepositions: ["à": .payee, "au": .payee, "aux": .payee, "par": .payer]),
      ["consommation", "consommations", "dépense", "dépenses"]: Nominal(
        frame: "spend.on/1", agent: .payer,
        prepositions: ["chez": .payee, "auprès": .payee, "par": .payer]),
    ],
    organisationNouns: ["société", "entreprise", "groupe"],
    clauseRelatives: ["qui", "que", "qu", "dont", "lesquels", "lesquelles"],
    singularSubjectPronouns: ["il", "elle"], firstPersonSubjects: ["nous"],
    thirdPersonObjectPronouns: ["lui", "leur"], personSubjectPronouns: ["il", "elle"],
    presentParticipleEndings: ["ant"],
    participlePrepositions: [
      "pendant", "durant", "avant", "devant", "cependant", "maintenant", "suivant", "concernant",
      "moyennant", "nonobstant", "courant", "important", "suffisant", "restant", "montant",
      "président", "constant", "puissant", "vivant", "débutant",
    ])
}
