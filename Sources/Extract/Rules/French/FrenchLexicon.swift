import Core
import Foundation

extension LexiconWords {
  /// French: « milliard » is 10⁹ and « billion » 10¹²; decimal comma; spaces group digits.
  static let french = LexiconWords(
    scales: [
      "mille": 1_000, "k": 1_000, "million": 1_000_000, "millions": 1_000_000, "mn": 1_000_000,
      "milliard": 1_000_000_000, "milliards": 1_000_000_000, "mds": 1_000_000_000,
      "mrd": 1_000_000_000, "mrds": 1_000_000_000, "billion": 1_000_000_000_000,
      "billions": 1_000_000_000_000, "md": 1_000_000_000,
    ],
    exactScales: [
      "K": 1_000, "M": 1_000_000, "Md": 1_000_000_000, "Mds": 1_000_000_000, "Mrd": 1_000_000_000,
    ],
    currencyWords: [
      "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "sterling": "GBP",
      "yen": "JPY", "yens": "JPY", "yuan": "CNY", "yuans": "CNY",
      "francs": "CHF", "wons": "KRW", "won": "KRW", "roupies": "INR",
    ],
    percentWords: [["pour", "cent"], ["pourcent"], ["pourcents"], ["pct"]],
    percentagePointWords: [
      ["points", "de", "pourcentage"], ["point", "de", "pourcentage"], ["points"], ["point"],
      ["pts"],
    ],
    approximateBefore: [
      ["environ"], ["près", "de"], ["pres", "de"], ["près", "d'"], ["près", "d’"], ["quelque"],
      ["quelques"], ["autour", "de"],
      ["approximativement"], ["presque"], ["quasiment"], ["à", "peu", "près"],
      ["de", "l'ordre", "de"],
      ["de", "l’ordre", "de"], ["aux", "alentours", "de"], ["grosso", "modo"], ["env"], ["~"],
      ["un", "peu", "moins", "de"], ["un", "peu", "plus", "de"], ["pas", "loin", "de"],
      ["dans", "les"],
      ["quelque"], ["grosso", "modo"],
    ],
    atLeastBefore: [
      ["plus", "de"], ["au", "moins"], ["au-delà", "de"], ["au", "delà", "de"], ["supérieur", "à"],
      ["supérieure", "à"], ["pas", "moins", "de"], ["minimum"], ["au", "minimum"], ["dépassant"],
      ["plus", "d'"], ["plus", "d’"], ["au-dessus", "de"], ["au-dessus", "des"],
      ["au", "dessus", "de"],
      ["plus", "de", "l'ordre", "de"], ["minimum", "de"], ["au", "bas", "mot"], [">"], ["≥"],
      [">", "="],
    ],
    atMostBefore: [
      ["moins", "de"], ["jusqu'à"], ["jusqu’à"], ["jusqu'", "à"], ["jusqu’", "à"], ["au", "plus"],
      ["<"], ["≤"], ["<", "="],
      ["pas", "plus", "de"], ["inférieur", "à"], ["inférieure", "à"], ["au", "maximum"],
      ["maximum"], ["moins", "d'"], ["moins", "d’"], ["sous", "les"],
      ["sous", "la", "barre", "des"],
      ["sous", "la", "barre", "de"], ["en", "dessous", "de"], ["en-dessous", "de"],
      ["au-dessous", "de"],
      ["à", "peine"], ["tout", "au", "plus"],
    ],
    atLeastAfter: [["ou", "plus"], ["au", "moins"], ["et", "plus"]],
    atMostAfter: [["au", "plus"], ["ou", "moins"], ["maximum"]],
    approximateAfter: [["environ"]],
    rangeConnectors: ["à", "-", "–", "—", "et", "a"],
    rangeOpeners: ["entre": "et", "de": "à"],
    units: [
      "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
      "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
      "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
      "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
      "octante": 80,
      "nonante": 90,
    ],
    hundreds: ["cent": 100, "cents": 100],
    multipliers: [
      "mille": 1_000, "million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000,
      "milliards": 1_000_000_000, "billion": 1_000_000_000_000, "billions": 1_000_000_000_000,
    ],
    numberJoiners: ["et"],
    approximatePhrases: [
      (["un", "seul"], 1, 1, false), (["une", "seule"], 1, 1, false),
      (["une", "dizaine"], 10, 10, true),
      (["une", "demi-douzaine"], 6, 6, true), (["une", "demi", "douzaine"], 6, 6, true),
      (["une", "douzaine"], 12, 12, true), (["une", "quinzaine"], 15, 15, true),
      (["une", "vingtaine"], 20, 20, true),
      (["une", "trentaine"], 30, 30, true), (["une", "quarantaine"], 40, 40, true),
      (["une", "cinquantaine"], 50, 50, true), (["une", "soixantaine"], 60, 60, true),
      (["une", "centaine"], 100, 100, true), (["un", "millier"], 1_000, 1_000, true),
      (["des", "dizaines", "de", "milliers"], 10_000, 99_999, true),
      (["des", "centaines", "de", "milliers"], 100_000, 999_999, true),
      (["des", "dizaines", "de", "millions"], 10_000_000, 99_999_999, true),
      (["des", "centaines", "de", "millions"], 100_000_000, 999_999_999, true),
      (["des", "milliers", "de"], 1_000, 9_999, true),
      (["des", "centaines", "de"], 100, 999, true),
      (["milliers", "de"], 1_000, 9_999, true), (["centaines", "de"], 100, 999, true),
      (["des", "dizaines", "de"], 10, 99, true),
      (["plusieurs", "milliers", "de"], 2_000, 9_999, true),
      (["un", "demi-million"], 500_000, 500_000, false),
      (["un", "demi", "million"], 500_000, 500_000, false),
      (["un", "demi-milliard"], 500_000_000, 500_000_000, false),
      (["un", "demi", "milliard"], 500_000_000, 500_000_000, false),
      (["un", "demi-billion"], 500_000_000_000, 500_000_000_000, false),
      (["un", "demi", "billion"], 500_000_000_000, 500_000_000_000, false),
    ],
    months: [
      "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4,
      "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
      "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
      "décembre": 12, "decembre": 12, "déc": 12,
    ],
    referenceWords: [
      "page", "pages", "p", "section", "chapitre", "note", "paragraphe", "alinéa", "article",
      "art", "ligne", "figure", "fig", "tableau", "annexe", "clause", "version", "v", "n°", "no",
      "numéro", "#", "§", "épisode", "saison", "volume", "vol", "étape", "phase", "niveau",
      "salle", "étage", "bâtiment", "route", "autoroute", "vol", "quai", "porte", "diapositive",
      "code",
      "question", "classe", "série", "modèle", "génération", "tome", "numero", "bureau",
      "lignes", "articles", "chapitres", "routes", "quais", "portes", "vols", "salles", "étapes",
      "phases", "questions", "clauses", "alinéas", "annexes", "tableaux", "étages",
    ],
    streetWords: [
      "rue", "avenue", "av", "boulevard", "bd", "place", "allée", "chemin", "impasse", "quai",
      "route", "cours", "passage", "square", "rond-point", "voie",
    ],
    timeWords: ["h", "heures", "heure", "hrs", "min"],
    ordinalSuffixes: ["e", "er", "re", "ère", "ème", "eme", "è", "ᵉ", "nd", "nde", "d"],
    itemStopWords: [
      // Adverbial locutions after « d' »: « d'abord », « d'ailleurs », « d'emblée ».
      "abord", "ailleurs", "emblée", "autant",
      "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "à", "au", "aux", "en", "dans",
      "par", "pour", "sur", "sous", "avec", "sans", "chez", "vers", "et", "ou", "mais", "que", "qu",
      "qui", "dont", "où", "ce", "cette", "ces", "ses", "son", "sa", "leur", "leurs", "notre",
      "est", "sont", "était", "étaient", "été", "être", "a", "ont", "avait", "avaient", "sera",
      "seront", "serait", "va", "vont", "pourrait", "pourraient", "doit", "doivent", "devrait",
      "peut", "peuvent", "fut", "an", "ans", "année", "années", "mois", "trimestre",
      "trimestres", "semaine", "semaines", "jour", "jours", "cette", "dernier", "dernière",
      "prochain", "prochaine", "plus", "moins", "environ", "déjà", "aussi", "seulement", "encore",
      "ne", "n", "pas", "tous", "toutes", "tout", "chaque", "par", "selon", "après", "avant",
      "depuis", "pendant", "contre", "entre", "parmi", "il", "elle", "ils", "elles", "on", "nous",
      "vous", "je", "se", "s", "y", "lui", "eux", "ceux", "celles", "attendu", "attendue",
      "attendus", "attendues", "annoncé", "annoncée", "annoncés", "annoncées", "initialement",
      "prévus",
      "prévues", "destinés",
      "destinées", "supplémentaires", "dollars", "euros", "auprès", "environ", "pièce", "ici",
      "fin",
    ],
    itemAdjectives: [
      "anciens", "anciennes", "ancien", "ancienne", "nouveaux", "nouvelles", "nouveau",
      "nouvelle", "supplémentaires", "supplémentaire", "autres", "actuels", "actuelles",
      "actifs", "actives", "premiers", "premières", "derniers", "dernières", "vieux", "vieilles",
      "neufs", "neuves", "premier", "première", "prochains", "prochaines", "prochain",
      "prochaine", "seuls", "seules",
    ],
    nounBeforeModel: true,
    metricTriggers: [
      ("dépens*", .spend), ("investissement*", .capitalExpenditure), ("investi*", .spend),
      ("budget*", .spend), ("capex", .capitalExpenditure),
      ("coût*", .spend), ("pay*", .spend), ("paie*", .spend), ("débours*", .spend),
      ("enveloppe", .spend), ("matériel", .spend), ("consacr*", .spend),
      ("command*", .order), ("réserv*", .order), ("achat*", .order), ("achet*", .order),
      ("contrat", .order), ("contrats", .order),
      ("acquis*", .order),
      ("livr*", .shipment), ("réceptionn*", .shipment), ("vendu*", .shipment),
      ("écoulé*", .shipment), ("expédi*", .shipment), ("reçu*", .shipment), ("recev*", .shipment),
      ("arrivé*", .shipment),
      ("retard*", .shipment),
      ("réception", .shipment),
      ("redirig*", .transfer), ("détourn*", .transfer), ("transfér*", .transfer),
      ("réaffect*", .transfer), ("réallou*", .transfer), ("envoy*", .transfer),
      ("échangé*", .transfer), ("échange", .transfer), ("cédé*", .transfer),
      ("abrit*", .capacity), ("accueil*", .capacity), ("héberg*", .capacity),
      ("install*", .capacity),
      ("déploi*", .capacity), ("déploy*", .capacity), ("capacité*", .capacity),
      ("grappe", .capacity), ("cluster", .capacity), ("actifs", .capacity),
      ("tourner", .capacity), ("tourne", .capacity),
      ("exploite", .capacity), ("dispose", .capacity),
      ("détien*", .ownership), ("détenu*", .ownership), ("possè*", .ownership),
      ("participation*", .ownership), ("contrôle", .ownership), ("vote*", .ownership),
      ("capital", .ownership), ("posséd*", .ownership), ("actionnaire*", .ownership),
      ("valoris*", .valuation), ("capitalisation", .valuation), ("valeur", .valuation),
      ("vaut", .valuation),
      ("levé*", .funding), ("lev*", .funding), ("financement*", .funding),
      ("tour", .funding),
      ("ventes", .revenue), ("croissance", .revenue),
      ("recettes", .revenue), ("bénéfice*", .revenue), ("résultat*", .revenue),
      ("emploi*", .headcount), ("poste*", .headcount), ("salarié*", .headcount),
      ("effectif*", .headcount), ("licenci*", .headcount), ("suppression*", .headcount),
      ("embauch*", .headcount), ("emploie", .headcount), ("personnes", .headcount),
      ("recrut*", .headcount), ("collaborateur*", .headcount),
      ("action", .priceChange), ("actions", .priceChange), ("titre", .priceChange),
      ("cours", .priceChange), ("bourse", .priceChange),
    ],
    forecastMarkers: [
      ["va"], ["vont"], ["sera"], ["seront"], ["prévoit"], ["prévoient"], ["prévu"], ["prévue"],
      ["devrait"], ["devraient"], ["prendra"], ["fera"], ["ira"], ["viendra"], ["devra"],
      ["pourra"], ["faudra"], ["tiendra"], ["verra"], ["voudra"], ["atteindront"], ["projette"],
      ["ambitionne"], ["vise"],
      ["d'ici"], ["d’ici"], ["bientôt"], ["prochainement"], ["l'an", "prochain"],
      ["l’an", "prochain"], ["accueillera"], ["investira"], ["dépensera"], ["consacrera"],
      ["recevra"], ["livrera"], ["atteindra"], ["aura"], ["auront"], ["iront"], ["ira"],
      ["doit"], ["doivent"], ["objectif"], ["allons"], ["allez"], ["vais"], ["serait"],
      ["seraient"], ["prévoyons"], ["prévoyez"], ["prévoyait"], ["prévoyaient"], ["compte"],
      ["comptons"], ["comptent"], ["entend"], ["entendons"], ["envisage"], ["envisageons"],
      ["recevrons"], ["livrerons"], ["recevront"], ["livreront"], ["commanderons"],
      ["promet"], ["promis"], ["promettent"], ["attend"], ["attendent"], ["attendons"],
      ["attendu"], ["attendue"], ["attendus"], ["attendues"],
      ["attendait"], ["attendaient"], ["l'intention"], ["l’intention"], ["intention"],
      ["intentions"], ["envisagent"], ["entendent"], ["attendu"], ["attendue"], ["attendus"],
      ["attendues"], ["prévus"], ["prévues"], ["plan"], ["plans"], ["prévision"],
      ["prévisions"], ["planifié"], ["planifiée"], ["planifiés"], ["planifiées"],
    ],
    hedgeMarkers: [
      ["pourrait"], ["pourraient"], ["peut-être"], ["éventuellement"], ["probablement"],
      ["risque", "de"], ["risquent", "de"], ["semble"], ["sembleraient"], ["aurait"], ["auraient"],
      ["estimation"], ["estimations"], ["estimé"], ["estimée"], ["estimés"], ["estimées"],
    ],
    negationMarkers: [
      ["pas"], ["jamais"], ["aucun"], ["aucune"], ["nullement"], ["démenti"], ["dément"],
      ["ni"], ["plus", "aucun"],
    ],
    hypotheticalMarkers: [
      ["si"], ["s'il"], ["s’il"], ["s'ils"], ["s’ils"], ["au", "cas", "où"], ["à", "supposer"],
    ],
    planComparisons: ["comme", "que", "qu"],
    deadlineMarkers: ["ici"],
    replacedMarkers: [
      ["au", "lieu", "de"], ["au", "lieu", "des"], ["au", "lieu", "d'"], ["au", "lieu", "d’"],
      ["plutôt", "que"], ["et", "non"], ["et", "non", "pas"],
    ],
    yearEarlierPhrases: [
      ["un", "an", "plus", "tôt"], ["il", "y", "a", "un", "an"], ["un", "an", "auparavant"],
      ["l'année", "précédente"], ["l’année", "précédente"],
    ],
    asOfPhrases: [["au"], ["à", "la", "date", "du"]],
    modalsBeforeInfinitive: ["compte", "comptons", "comptent", "comptait", "comptaient"],
    infinitiveEndings: ["er", "ir", "re", "oir"],
    conditionalInversions: [],
    reportingVerbs: [
      "déclaré", "déclare", "dit", "affirmé", "affirme", "indiqué", "indique", "estimé",
      "estime", "expliqué", "explique", "écrit", "précisé", "précise", "annoncé", "annonce",
      "assuré", "assure", "souligné", "confirmé", "ajouté", "ajoute", "selon", "prévenu", "averti",
      "avancé", "annoncé", "annonce", "publié", "répondu", "répond", "rétorqué",
    ],
    sourcePhrases: [["selon"], ["d'après"], ["d’après"], ["d'", "après"], ["d’", "après"]],
    subjectPrepositions: ["chez", "pour", "de", "du"],
    flowFrom: ["de", "d", "du", "pour", "à"],
    flowTo: ["vers", "à", "au", "direction", "chez"],
    thisYear: [
      ["cette", "année"], ["l'année", "en", "cours"], ["cette", "année-ci"], ["sur", "l'année"],
      ["sur", "l'ensemble", "de", "l'année"], ["sur", "toute", "l'année"],
    ],
    lastYear: [
      ["l'an", "dernier"], ["l’an", "dernier"], ["l'année", "dernière"], ["l’année", "dernière"],
    ],
    nextYear: [
      ["l'an", "prochain"], ["l’an", "prochain"], ["l'année", "prochaine"],
      ["l’année", "prochaine"],
    ],
    endOf: [
      ["d'ici", "la", "fin", "de"], ["d’ici", "la", "fin", "de"], ["d'ici", "fin"],
      ["d’ici", "fin"], ["avant", "la", "fin", "de"], ["fin"],
    ],
    quarterWords: ["premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4],
    quarterNoun: ["trimestre"],
    halfWords: ["premier": 1, "second": 2, "deuxième": 2],
    fiscalYearWords: ["exercice", "fy"],
    weekdays: [
      "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
    ],
    relativeDays: [
      (["hier"], -1), (["demain"], 1), (["aujourd'hui"], 0), (["aujourd’hui"], 0),
      (["avant-hier"], -2), (["après-demain"], 2), (["ce", "matin"], 0),
      (["cet", "après-midi"], 0),
      (["ce", "soir"], 0),
    ],
    announcingVerbs: ["annoncé", "annonce", "publié", "averti", "prévenu"],
    capitalisedFunctionWords: [
      "ia", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "seul",
      "seuls", "seule", "seules", "quelque", "quelques", "plus", "moins", "près", "environ",
      "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "en", "dans", "par", "pour",
      "sur", "avec", "et", "ou", "mais", "si", "il", "elle", "ils", "elles", "on", "nous", "ce",
      "cette", "ces", "son", "sa", "ses", "leur", "leurs", "selon", "après", "avant", "depuis",
      "environ", "près", "plus", "moins", "au", "aux", "à", "entre", "chez", "lors", "quant",
      "aujourd'hui", "hier", "tout", "tous", "chaque", "pas", "ne", "action", "actions", "je",
      "j", "tu", "vous", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
      // Adverbs that open a sentence before a count (« Déjà 6 locomotives reçues ! »).
      "déjà", "enfin", "encore", "désormais", "maintenant", "bientôt", "finalement", "ensuite",
      "puis", "alors", "aussi", "ainsi", "pourtant", "toujours", "presque", "seulement",
      "exactement", "précisément", "même", "voilà", "voici",
    ]
  )
  .with(breakdownWords: ["dont"])
  .with(
    fractions: [
      (["la", "moitié"], 50), (["moitié"], 50), (["un", "tiers"], Decimal(3333) / 100),
      (["deux", "tiers"], Decimal(6667) / 100),
      (["un", "quart"], 25), (["trois", "quarts"], 75), (["un", "cinquième"], 20),
      (["un", "dixième"], 10),
    ],
    shareOf: ["de", "des", "du", "d'", "d’"], negativeWords: []
  )
  .with(
    communicationNouns: [
      "post", "posts", "tweet", "tweets", "message", "messages", "publication", "propos",
      "déclaration", "déclarations", "courriel", "lettre", "note", "entretien", "discours",
      "interview", "billet", "vidéo", "mémo", "mémos", "appel", "conférence", "relevés",
      "chiffres", "registres", "comptes",
    ],
    postingVerbs: ["publié", "posté", "écrit", "tweeté", "daté", "datée", "rapporté"],
    venuePrepositions: ["sur"],
    goodsNouns: [
      "matériel", "matériels", "puces", "puce", "gpu", "processeurs", "accélérateurs",
      "serveurs", "équipements", "cartes", "systèmes",
    ],
    reservationWords: [
      "réservé", "réservée", "réservés", "réservées", "destiné", "destinée", "destinés",
      "destinées", "commandé", "commandée", "commandés", "commandées", "prévu", "prévus",
      "construit", "construite", "construits", "construites", "fabriqués", "fabriquées",
      "monté", "montée", "montés", "montées", "assemblé", "assemblée", "assemblés", "assemblées",
      "promis", "promise", "promises", "attribués", "attribuées", "affectés", "affectées",
      "partir",
    ],
    sendingVerbs: [
      "livrer", "livré", "livrée", "livrés", "livrées", "envoyer", "envoyé", "envoyés",
      "expédier", "expédié", "expédiés", "réattribué", "réattribués", "redirigé", "redirigés",
      "détourné", "détournés", "allés", "allées", "partis", "parties", "envoyée", "envoyées",
      "réattribuée",
      "réattribuées", "réaffecté", "réaffectée", "réaffectés", "réaffectées", "cédé", "cédée",
      "cédés", "cédées", "transféré", "transférés", "transférées", "remis", "remise", "remises",
      "confié", "confiés", "confiée", "confiées",
      "confiée", "confiées", "réorienté", "réorientés", "réorientées",
    ]
  )
  .with(nameParticles: ["de", "du", "des", "d", "l", "la"])
  .with(reportNouns: ["relevé", "relevés", "rapport", "rapports", "comptes", "résultats", "bilan"])
  .with(clauseOpeners: ["qui", "que", "qu", "mais", "et", "tandis", "ajoutant"])
  .with(intentionModals: ["devaient", "devait", "devront", "devra"])
  .with(
    unitPriceAfter: ["chacun", "chacune", "chacuns", "chacunes", "pièce", "l'unité", "l’unité"],
    unitPriceBefore: [["prix", "unitaire"], ["coût", "unitaire"]]
  )
  .with(headcountChanges: ["embauch", "recrut"])
  .with(priceOfOne: [
    ["prix", "d", "'", "un"], ["prix", "d", "'", "une"], ["prix", "pour", "un"],
    ["prix", "pour", "une"], ["coût", "d", "'", "un"], ["coût", "d", "'", "une"],
  ])
  .with(
    statementNouns: ["relevé", "relevés", "facture", "factures"], senders: ["par"],
    addressees: ["à", "au", "aux"]
  )
  .with(
    investingVerbs: [
      "injecter", "injecte", "injectent", "injecté", "injectera", "injecteront", "mettre", "met",
      "mettent", "mis", "mettra", "mettront", "engloutir", "englouti", "engloutit",
    ], into: ["dans"]
  )
  .with(pricePrepositions: ["pour"])
  .with(
    valuingVerbs: [
      "évalué", "évalue", "évaluait", "estimé", "estime", "estimait", "chiffré", "chiffre",
      "chiffrait", "valorisé", "valorise", "fixé", "fixe",
    ], valuingPrepositions: ["à"]
  )
  .with(eventNouns: [
    "ouverture", "inauguration", "lancement", "échéance", "réunion", "vote", "cérémonie",
    "audience", "élection", "séance",
    // Les incidents : « après l'orage de grêle du 28 mai », « l'incendie du 1er mars ».
    "tempête", "orage", "grêle", "incendie", "feu", "inondation", "crue", "accident",
    "collision", "explosion", "séisme", "ouragan", "panne", "grève",
  ])
  .with(
    makingWords: [
      "construit", "construite", "construits", "construites", "fabriqué", "fabriquée",
      "fabriqués", "fabriquées", "monté", "montée", "montés", "montées", "assemblé", "assemblée",
      "assemblés", "assemblées", "produit", "produite", "produits", "produites",
    ], beneficiaryPrepositions: ["pour"]
  )
  .with(adverbialOpeners: ["et", "mais", "parce", "afin", "puisque", "quoique"])
  .with(forecastNouns: [
    "plan", "plans", "prévision", "prévisions", "objectif", "intention", "intentions",
  ])
  // Ce qu'un site détient : « 250 Fardier au dépôt Rosemont », « 1 200 compteurs en entrepôt ».
  .with(metricPhrases: [
    (["en", "service"], .capacity), (["en", "exploitation"], .capacity),
    (["au", "dépôt"], .capacity), (["à", "l'entrepôt"], .capacity),
    (["à", "l’entrepôt"], .capacity),
    (["en", "entrepôt"], .capacity), (["en", "stock"], .capacity), (["sur", "site"], .capacity),
    (["en", "réserve"], .capacity),
    // « chiffre d'affaires » is revenue; a « chiffre » alone is any figure.
    (["chiffre", "d", "'", "affaires"], .revenue), (["chiffre", "d", "’", "affaires"], .revenue),
    (["depuis", "le", "dépôt"], .capacity),
    (["depuis", "son", "dépôt"], .capacity), (["depuis", "leur", "dépôt"], .capacity),
  ])
  .withAgreeingParticiples()
  .with(demonymNounEndings: [
    "ais", "aise", "ois", "oise", "ain", "aine", "ien", "ienne", "and", "ande", "ique",
  ])
  .with(
    insteadWords: [["à", "la", "place"], ["finalement"]],
    insteadPrepositions: ["chez", "à", "au", "aux", "pour"]
  )
  .with(transferVerbs: [
    "transféré", "transférés", "transférées", "réaffecté", "réaffectés", "réaffectées",
    "réattribué", "réattribués", "réattribuées", "prêté", "prêtés", "prêtées", "prête",
    "prêtent", "donné", "donnés", "données", "donne", "donnent", "cédé", "cédés", "cédées",
    "cède", "cèdent", "cédera", "céderont", "rétrocédé", "rétrocédés", "rétrocédées",
  ])
  .with(relinquishingVerbs: [
    "cédé", "cédés", "cédées", "cède", "cèdent", "rétrocédé", "rétrocédés", "rétrocédées",
    "abandonné", "abandonnés", "abandonnées",
  ])
  .with(pointFractions: [
    (["un", "demi", "-"], Decimal(5) / 10), (["un", "demi"], Decimal(5) / 10),
    (["un", "quart", "de"], Decimal(25) / 100),
    (["trois", "quarts", "de"], Decimal(75) / 100),
  ])
  .with(resultConnectives: ["donc", "ainsi"])
  .with(arrivalVerbs: [
    "arrivé", "arrivée", "arrivés", "arrivées", "parvenu", "parvenue", "parvenus", "parvenues",
    "installé", "installée", "installés", "installées", "parties", "partis", "reçoit", "reçoivent",
    "reçu", "reçus", "reçues", "réceptionné", "réceptionnés", "réceptionnées", "rejoint",
    "rejoignent", "rejoindront", "posé", "allumé", "déployé", "mis", "pris", "récupéré",
    "récupérés", "récupérées", "récupère", "récupèrent",
  ])
  .with(
    unitPriceWords: ["par", "l'unité", "l’unité", "la", "le", "l", "chaque", "pièce"],
    distributives: ["chaque"],
    rateNouns: ["an", "année", "mois", "semaine", "jour", "trimestre", "heure", "nuit"],
    restatingNouns: ["chiffre", "nombre", "total", "bilan", "décompte"]
  )
  .with(cumulativeNouns: ["total", "cumul"])
  .with(additionAdjectives: ["nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles"])
  .with(minorUnits: ["centimes": "EUR", "centime": "EUR"])
  .with(quantityHeaders: [
    "unités", "unité", "quantité", "quantités", "nombre", "volume", "valeur", "montant", "total",
    "chiffre", "somme", "prix", "coût",
  ])
  .with(subordinators: ["après", "avant", "lorsque", "quand", "dès", "parce"])
  .with(falsityPhrases: [
    ["est", "inexact"], ["était", "inexact"], ["est", "inexacte"], ["était", "inexacte"],
    ["est", "erroné"], ["était", "erroné"], ["est", "faux"], ["était", "faux"],
  ])
  .with(
    reportedContentOpeners: [
      ["selon", "laquelle"], ["selon", "lequel"], ["selon", "lesquelles"], ["selon", "lesquels"],
      ["affirmation", "que"], ["affirmation", "qu"], ["assurance", "que"], ["assurance", "qu"],
      ["idée", "que"], ["idée", "qu"], ["thèse", "que"], ["thèse", "qu"],
    ],
    ownerDeterminers: ["son", "sa", "leur"]
  )
  .with(
    differenceWords: [
      "inférieur", "inférieure", "inférieurs", "inférieures", "supérieur", "supérieure",
      "supérieurs", "supérieures", "baissé", "augmenté", "reculé", "progressé", "diminué",
      "réduit", "réduite", "surestimé", "sous-estimé", "dépassé", "dépasse",
    ], preposition: "de",
    after: [["de", "moins"], ["de", "plus"], ["en", "moins"], ["en", "trop"]]
  )
  .with(
    periodNouns: ["trimestre", "mois", "semaine", "semestre", "période"],
    pointers: ["le", "la", "ce", "cette", "même"], yearNouns: ["année", "an"],
    yearPointers: ["même"])
}
