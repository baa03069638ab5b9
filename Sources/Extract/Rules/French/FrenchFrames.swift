import Core

extension FrameRules {
  /// French: les verbes d'achat, de vente et de paiement, et ce que sont leurs compléments.
  static let french = FrameRules(
    frames: [
      Frame(
        "order.received/1", example: "Kessler Yards a reçu une commande de Nordhavn pour 6 navires",
        verbs: ["reçu", "reçoit", "recevra", "remporté", "remporte", "décroché", "décroche"],
        agent: .seller, prepositions: [["de"]: .buyer, ["du"]: .buyer, ["d"]: .buyer],
        objectNouns: ["commande", "commandes", "contrat", "contrats"]),
      Frame(
        "purchase.from/1", example: "Nordhavn a commandé 6 navires à Kessler Yards",
        verbs: [
          "commandé", "commandée", "commandés", "commandées", "commande", "commandent",
          "commandera", "commanderont", "acheté", "achetée", "achetés", "achetées", "achète",
          "achètent", "achètera", "réservé", "réservés", "réservées", "acquis", "acquiert",
        ],
        agent: .buyer,
        prepositions: [
          ["à"]: .seller, ["au"]: .seller, ["auprès", "de"]: .seller, ["auprès", "du"]: .seller,
          ["chez"]: .seller,
        ]),
      Frame(
        "receipt.from/1", example: "Domvia a reçu 300 pompes à chaleur d'Altmann en mars",
        verbs: [
          "reçu", "reçue", "reçus", "reçues", "reçoit", "reçoivent", "recevra", "recevront",
          "réceptionné", "réceptionnés", "réceptionnées",
        ],
        agent: .buyer, prepositions: [["de"]: .seller, ["du"]: .seller, ["d"]: .seller]),
      Frame(
        "sale.to/1", example: "Kessler Yards a livré 4 navires à Nordhavn",
        verbs: [
          "livré", "livrée", "livrés", "livrées", "livre", "livrent", "livrera", "livreront",
          "expédié", "expédiée", "expédiés", "expédiées", "expédie", "vendu", "vendue", "vendus",
          "vendues", "vend", "vendent", "vendra", "fourni", "fournie", "fournis", "fournies",
          "fournit", "fournira",
        ],
        agent: .seller, prepositions: [["à"]: .buyer, ["au"]: .buyer, ["aux"]: .buyer]),
      Frame(
        "payment.to/1", example: "Nordhavn a versé 40 millions d'euros à Kessler Yards",
        verbs: [
          "payé", "paie", "paye", "paiera", "payera", "versé", "verse", "versera", "réglé",
          "règle", "réglera",
        ],
        agent: .payer, prepositions: [["à"]: .payee, ["au"]: .payee]),
      Frame(
        "spend.on/1",
        example: "L'armateur consacrera environ 90 millions d'euros aux navires Helix",
        verbs: [
          "dépensé", "dépense", "dépensera", "dépenseront", "consacré", "consacre", "consacrera",
          "consacreront", "investi", "investit", "investira", "investiront", "engagé", "engage",
          "engagera", "alloué", "alloue", "allouera",
        ],
        agent: .payer, prepositions: [["auprès", "de"]: .payee, ["chez"]: .payee]),
    ],
    passiveAuxiliaries: [
      "été", "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut",
      "furent",
    ],
    agentPrepositions: ["par"],
    subjectGlue: [
      "qui", "a", "ont", "avait", "avaient", "aura", "auront", "déjà", "aussi", "ensuite",
      "finalement", "également", "bien", "en", "y", "lui", "leur", "n", "ne",
    ],
    firstPerson: ["nous", "notre", "nos"],
    determiners: [
      "la", "le", "les", "une", "un", "des", "du", "cette", "ce", "sa", "son", "ses", "leur",
      "leurs", "notre", "nos", "votre", "chaque",
    ],
    pronouns: ["il", "elle", "ils", "elles", "on", "celui", "celle", "ceux", "celles"],
    titleWords: [
      "directeur", "directrice", "président", "présidente", "pdg", "dg", "daf", "drh",
      "responsable", "fondateur", "fondatrice", "gérant", "gérante", "porte-parole", "chef",
      "cheffe", "administrateur", "administratrice", "trésorier", "trésorière", "associé",
      "associée", "dirigeant", "dirigeante", "ceo", "cfo", "cto",
    ],
    organisationPrepositions: ["de", "du", "d", "chez"])
}
