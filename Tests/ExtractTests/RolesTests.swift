import Core
import Testing

@testable import Extract

/// Issue 11: who did what to whom, read from the verb that governs a figure.
@Suite struct RolesTests {
  private func roles(_ text: String, _ language: Language, we: String? = nil) -> [Roles?] {
    ClaimExtractor().extract(
      text: text, language: language, date: "2025-06-10", firstPersonParty: we
    ).map(\.roles)
  }

  @Test(
    "a frame's roles in active, passive, relative and apposition forms, in both languages",
    arguments: [
      (
        "Tesla has ordered 20,000 H100 GPUs from Nvidia.", Language.en, "purchase.from/1",
        [Role.buyer: "Tesla", .seller: "Nvidia"]
      ),
      (
        "Kessler Yards delivered 4 vessels to Nordhavn.", .en, "sale.to/1",
        [.seller: "Kessler Yards", .buyer: "Nordhavn"]
      ),
      (
        "4 vessels were delivered to Nordhavn by Kessler Yards.", .en, "sale.to/1",
        [.seller: "Kessler Yards", .buyer: "Nordhavn"]
      ),
      (
        "Kessler Yards received an order from Nordhavn for 6 vessels.", .en, "order.received/1",
        [.seller: "Kessler Yards", .buyer: "Nordhavn"]
      ),
      (
        "Vinga Line, Nordhavn's Swedish rival, ordered 3 vessels from Kessler Yards.", .en,
        "purchase.from/1", [.buyer: "Vinga Line", .seller: "Kessler Yards"]
      ),
      (
        "Nordhavn paid Kessler Yards $40 million for the hulls.", .en, "payment.to/1",
        [.payer: "Nordhavn", .payee: "Kessler Yards"]
      ),
      (
        "Nordhavn a commandé 6 navires à Kessler Yards.", .fr, "purchase.from/1",
        [.buyer: "Nordhavn", .seller: "Kessler Yards"]
      ),
      (
        "Quatre navires ont été livrés à Nordhavn par Kessler Yards.", .fr, "sale.to/1",
        [.seller: "Kessler Yards", .buyer: "Nordhavn"]
      ),
      (
        "Le groupe Sainte-Aure a reçu 1 200 pompes de Vestral Medical.", .fr, "receipt.from/1",
        [.buyer: "Sainte-Aure", .seller: "Vestral Medical"]
      ),
      (
        "Orvane sold Harrowby Farms another 25 tractors.", .en, "sale.to/1",
        [.seller: "Orvane", .buyer: "Harrowby Farms"]
      ),
      (
        "Fjordvik supplied Gresby Power with 60 turbines.", .en, "sale.to/1",
        [.seller: "Fjordvik", .buyer: "Gresby Power"]
      ),
      (
        "Pyrel a équipé Sorlane de 60 éoliennes.", .fr, "sale.to/1",
        [.seller: "Pyrel", .buyer: "Sorlane"]
      ),
      (
        "The 40 buses ordered by Eastmoor Transit from Corvane arrive in June.", .en,
        "purchase.from/1", [.buyer: "Eastmoor Transit", .seller: "Corvane"]
      ),
      (
        "Eastmoor placed an order with Corvane for 75 buses.", .en, "order.placed/1",
        [.buyer: "Eastmoor", .seller: "Corvane"]
      ),
      (
        "Lémanis a passé commande de 5 rames auprès d'Ateliers Vercors.", .fr, "order.placed/1",
        [.buyer: "Lémanis", .seller: "Ateliers Vercors"]
      ),
      (
        "Kessler's largest customer, Nordhavn Ferries, received 5 vessels from Osterby.", .en,
        "receipt.from/1", [.buyer: "Nordhavn Ferries", .seller: "Osterby"]
      ),
      (
        "Kessler was paid €40 million by Nordhavn.", .en, "payment.to/1",
        [.payee: "Kessler", .payer: "Nordhavn"]
      ),
      (
        "Domvia paid €4.2 million to Altmann in March.", .en, "payment.to/1",
        [.payer: "Domvia", .payee: "Altmann"]
      ),
      (
        "Le CHU de Valmont a commandé 9 scanners à la Clinique du Parc.", .fr, "purchase.from/1",
        [.buyer: "CHU de Valmont", .seller: "Clinique du Parc"]
      ),
      (
        "Orvane a livré 18 rames à Voies de l'Estuaire.", .fr, "sale.to/1",
        [.seller: "Orvane", .buyer: "Voies de l'Estuaire"]
      ),
      (
        "Calorisol a touché 6 millions d'euros de Logis Rhône.", .fr, "payment.received/1",
        [.payee: "Calorisol", .payer: "Logis Rhône"]
      ),
      (
        "Orvane s'est engagée à acheter 5 navires à Coques Iroise.", .fr, "purchase.from/1",
        [.buyer: "Orvane", .seller: "Coques Iroise"]
      ),
    ])
  func frames(text: String, language: Language, frame: String, parties: [Role: String]) {
    #expect(roles(text, language) == [Roles(frame: frame, parties: parties)])
  }

  @Test("a configured product is never a party; a name before a headline's colon is its topic")
  func productsAndHeadlines() {
    let text = "Boréal Rail : six locomotives Kestrel livrées, huit autres attendues en 2027."
    let plain = ClaimExtractor().extract(text: text, language: .fr, date: "2026-04-02")
    #expect(plain.first?.roles?[.seller] == "Kestrel")
    let configured = ClaimExtractor(products: ["Kestrel", "locomotive Kestrel"]).extract(
      text: text, language: .fr, date: "2026-04-02")
    #expect(configured.map(\.subject) == ["Boréal Rail", "Boréal Rail"])
    #expect(configured.map(\.item) == ["locomotive Kestrel", "locomotive Kestrel"])
    let english = ClaimExtractor(products: ["Kestrel"]).extract(
      text: "He expects 14 more Kestrels to go to Boréal Rail in 2027.", language: .en,
      date: "2026-04-28")
    #expect(english.first?.subject != "Kestrel")
  }

  @Test("a configured product after its noun is no party: the goods it names are moved")
  func productAfterNounMoved() {
    let text = "2 500 lanternes Orbis commandées par Vauclère ont été expédiées à Valcrête."
    let configured = ClaimExtractor(products: ["Orbis", "lanterne Orbis"]).extract(
      text: text, language: .fr, date: "2026-05-06")
    #expect(configured.first?.flow == Flow(from: "Vauclère", to: "Valcrête"))
    #expect(configured.first?.item == "lanterne Orbis")
  }

  @Test("money a configured contract is worth has that contract for its item; a rate is marked")
  func configuredContractMoney() {
    let extractor = ClaimExtractor(products: ["data service contract", "contrat de relève"])
    let french = extractor.extract(
      text:
        "Le contrat de relève que la Ville a signé avec Kervalon s'élève à 2,6 millions d'euros.",
      language: .fr, date: "2026-04-20")
    #expect(french.first?.item == "contrat de relève")
    #expect(french.first?.metric == .order)
    let english = extractor.extract(
      text: "The data service contract is worth £4.8 million over six years, or £800,000 a year.",
      language: .en, date: "2026-04-20")
    #expect(english.map(\.item).first == "data service contract")
    #expect(english.map(\.perPeriod) == [false, false, true])
    // The contract may open a long sentence, its signing and term between it and its value.
    let long = extractor.extract(
      text:
        "Le contrat de relève signé le 18 mars par la Ville avec Kervalon Metering, pour une durée de cinq ans, atteint 2,6 millions d'euros.",
      language: .fr, date: "2026-04-20")
    #expect(long.last?.item == "contrat de relève")
  }

  @Test("the sum of each of several instalments is no total; a contract of five years is one")
  func instalments() {
    let english = ClaimExtractor().extract(
      text: "Tayburn has paid two refit instalments of €580,000 on a €3.48 million contract.",
      language: .en, date: "2026-10-20")
    #expect(english.map(\.perUnit) == [false, true, false])
    let french = ClaimExtractor().extract(
      text: "Tayburn a effectué deux versements de 580 000 euros, dans le cadre d'un contrat de "
        + "cinq ans de 4,8 millions d'euros.",
      language: .fr, date: "2026-10-20")
    #expect(french.map(\.perUnit) == [false, true, false, false])
  }

  @Test("« FCFA » is the configured CFA franc; a code written out is the currency it names")
  func cfaFrancs() {
    let text =
      "Le contrat vaut 1 180 000 000 FCFA, soit XOF 1,18 milliard, et non 900 millions XAF."
    for configured in ["XOF", "XAF"] {
      let claims = ClaimExtractor(dollar: configured).extract(
        text: text, language: .fr, date: "2026-04-20")
      #expect(claims.map(\.unit) == [.currency(configured), .currency("XOF"), .currency("XAF")])
    }
  }

  @Test("in French an adjective after the noun is the item's when a configured alias says so")
  func configuredAdjective() {
    let text = "Meuvane a livré 30 autobus électriques et 12 autobus articulés à la STB."
    let plain = ClaimExtractor().extract(text: text, language: .fr, date: "2026-04-02")
    #expect(plain.map(\.item) == ["autobus", "autobus"])
    let configured = ClaimExtractor(products: ["Alto bus", "autobus électrique"]).extract(
      text: text, language: .fr, date: "2026-04-02")
    #expect(configured.map(\.item) == ["autobus électrique", "autobus"])
    #expect(configured.first?.itemSurface == "autobus électriques")
    // Adjectives, then the product's name: « lits électriques Astrée ».
    let beds = ClaimExtractor(products: ["Astrée", "lit électrique Astrée"]).extract(
      text: "L'hôpital a reçu 140 lits électriques Astrée.", language: .fr, date: "2026-04-02")
    #expect(beds.first?.item == "lit électrique Astrée")
    // A hyphenated complement, or a complement with its own « de », then the name, each word
    // as the alias writes it: « fourgons pompe-tonne Hohneck », « camions-citernes feux de
    // forêts Sylva ».
    let engines = ClaimExtractor(
      products: ["fourgon pompe-tonne Hohneck", "camion-citerne feux de forêts Sylva"]
    ).extract(
      text: "Le service a reçu dix fourgons pompe-tonne Hohneck et six camions-citernes feux de "
        + "forêts Sylva de Ruhlmann.", language: .fr, date: "2026-04-02")
    #expect(
      engines.map(\.item) == ["fourgon pompe-tonne Hohneck", "camion-citerne feux de forêts Sylva"])
    #expect(engines.last?.itemSurface?.hasSuffix("feux de forêts Sylva") == true)
  }

  @Test("a configured party before the counted noun owns the goods it sends on")
  func ownerBeforeNoun() {
    let text =
      "The union still says 3,500 Valmorin tablets went to Lesse, and 200 Pavo tablets too."
    let plain = ClaimExtractor().extract(text: text, language: .en, date: "2026-03-20")
    #expect(plain.first?.item == "Valmorin tablet")
    let configured = ClaimExtractor(
      aliases: ["Valmorin": "Académie de Valmorin", "Lesse": "Réseau Lesse"], products: ["Pavo"]
    ).extract(text: text, language: .en, date: "2026-03-20")
    #expect(configured.first?.item == "tablet")
    #expect(configured.first?.flow == Flow(from: "Académie de Valmorin", to: "Lesse"))
    #expect(configured.last?.item == "Pavo tablet")
  }

  @Test("'the Service' is the one entity whose name ends so; two such names leave it as written")
  func nameTail() {
    let text = "Between January and June the Service paid Carrosserie Jorat £3.04 million."
    let one = ClaimExtractor(aliases: [
      "Cairnmoor Ambulance Service": "Cairnmoor Ambulance Service",
      "Cairnmoor": "Cairnmoor Ambulance Service",
    ]).extract(text: text, language: .en, date: "2026-07-10")
    #expect(one.first?.roles?[.payer] == "Cairnmoor Ambulance Service")
    let two = ClaimExtractor(aliases: [
      "Cairnmoor Ambulance Service": "Cairnmoor Ambulance Service",
      "Lothian Patient Service": "Lothian Patient Service",
    ]).extract(text: text, language: .en, date: "2026-07-10")
    #expect(two.first?.roles?[.payer] == "Service")
  }

  @Test("a configured product right after the count is the item, and a participle after it")
  func productAfterCount() {
    let text = "9 Arolle commandées par le Groupement des Combes sont parties chez Rhônevia."
    let claim = ClaimExtractor(products: ["Arolle"]).extract(
      text: text, language: .fr, date: "2026-04-20"
    ).first
    #expect(claim?.item == "Arolle")
    #expect(claim?.flow == Flow(from: "Groupement des Combes", to: "Rhônevia"))
  }

  @Test("the price of one unit is marked so; a rate per year is not a unit price")
  func unitPrices() {
    let english = ClaimExtractor().extract(
      text: "Calder bills £9,500 a boiler, £3.8 million in all, and £1 million a year for service.",
      language: .en, date: "2025-06-10")
    #expect(english.map(\.perUnit) == [true, false, false])
    let french = ClaimExtractor().extract(
      text:
        "Chaque borne coûte 46 000 euros ; Armorine paie 380 000 euros par autobus et 2 millions d'euros par an.",
      language: .fr, date: "2025-06-10")
    #expect(french.map(\.perUnit) == [true, true, false])
  }

  @Test("« nous » between a named subject and its verb is the verb's object")
  func clitic() {
    #expect(
      roles("Thermalys nous a vendu 500 pompes.", .fr, we: "Logis Rhône")
        == [Roles(frame: "sale.to/1", parties: [.seller: "Thermalys", .buyer: "Logis Rhône"])])
    #expect(
      roles("Armor Ferries nous a commandé 6 navires.", .fr, we: "Morvan Naval")
        == [
          Roles(
            frame: "purchase.from/1", parties: [.buyer: "Armor Ferries", .seller: "Morvan Naval"])
        ])
  }

  @Test("every frame reads its own example", arguments: [Language.en, .fr])
  func examples(language: Language) {
    for frame in FrameRules.forLanguage(language).frames {
      let read = ClaimExtractor().extract(text: frame.example + ".", language: language)
        .compactMap(\.roles).first
      #expect(read?.frame == frame.id, "\(frame.id): \(frame.example)")
    }
  }

  @Test("'we' and « nous » are the party the document speaks for")
  func firstPerson() {
    #expect(
      roles("We have ordered 40,000 heat pumps from Altmann.", .en, we: "Domvia")
        == [Roles(frame: "purchase.from/1", parties: [.buyer: "Domvia", .seller: "Altmann"])])
    #expect(
      roles("Nous avons livré 300 pompes à Domvia.", .fr, we: "Altmann")
        == [Roles(frame: "sale.to/1", parties: [.seller: "Altmann", .buyer: "Domvia"])])
  }

  @Test("a purchase or sale is about its buyer; a seller's own total stays the seller's")
  func subjects() {
    let extractor = ClaimExtractor()
    let subjects = [
      "Tesla has ordered 20,000 H100 GPUs from Nvidia.",
      "Kessler Yards delivered 4 vessels to Nordhavn.", "Kessler Yards delivered 40 vessels.",
    ].map { extractor.extract(text: $0, language: .en).first?.subject }
    #expect(subjects == ["Tesla", "Nordhavn", "Kessler Yards"])
  }

  @Test("a verb after a coordinator, with no subject of its own, shares the one before")
  func sharedSubject() {
    #expect(
      roles("Orvane has ordered two jets from Brevane, and has booked two more turboprops.", .en)
        .map { $0?[.buyer] } == ["Orvane", "Orvane"])
    #expect(
      roles("Orvane a commandé deux avions à Brevane et a réservé deux turbopropulseurs.", .fr)
        .map { $0?[.buyer] } == ["Orvane", "Orvane"])
  }

  @Test("each figure of a coordination takes the argument after it")
  func coordination() {
    #expect(
      roles("Altmann delivered 500 heat pumps to Domvia and 300 to Calder.", .en).map {
        $0?[.buyer]
      } == ["Domvia", "Calder"])
  }

  @Test("a purchase verb is no move « de … à »; goods booked for one party and sent on are")
  func purchaseIsNoMove() {
    let purchase = ClaimExtractor().extract(
      text: "L'hôpital de Valmont a commandé 9 scanners à Médisonde.", language: .fr)
    #expect(purchase.first?.flow == nil)
    #expect(purchase.first?.roles?[.seller] == "Médisonde")
    let move = ClaimExtractor().extract(
      text: "12,000 H100s booked for Tesla were shipped to X.", language: .en)
    #expect(move.first?.flow == Flow(from: "Tesla", to: "X"))
  }

  @Test("a noun of a frame reads its own roles: \"X's own order of 12\", \"orders from Vinga\"")
  func nouns() {
    // The possessor of an order is its buyer; "from" names who ordered, not who sells.
    #expect(
      roles("Nordhavn's own order of 12 vessels slipped.", .en)
        == [Roles(frame: "purchase.from/1", parties: [.buyer: "Nordhavn"])])
    #expect(
      roles("Orders from Vinga might reach 50 vessels.", .en)
        == [Roles(frame: "purchase.from/1", parties: [.buyer: "Vinga"])])
    #expect(
      roles("Kessler's deliveries to Nordhavn totalled 9 vessels in 2024.", .en)
        == [Roles(frame: "sale.to/1", parties: [.seller: "Kessler", .buyer: "Nordhavn"])])
    #expect(
      roles(
        "Notre commande de 500 000 puces auprès de Silicium Arvelle avance.", .fr, we: "Domotek")
        == [
          Roles(
            frame: "purchase.from/1", parties: [.buyer: "Domotek", .seller: "Silicium Arvelle"])
        ])
    // A move told of the order stands.
    let move = ClaimExtractor().extract(
      text: "X's own order of 12,000 H100s went to Tesla in exchange.", language: .en)
    #expect(move.first?.flow == Flow(from: "X", to: "Tesla"))
  }

  @Test("another verb's arguments are its own; a relative clause on the figure's noun governs it")
  func otherVerbs() {
    // Goods one party bought, sent on to another, moved between them.
    #expect(
      roles("The 12 vessels that Vinga had ordered were reassigned to Nordhavn.", .en)
        == [Roles(frame: "move/1", parties: [.source: "Vinga", .target: "Nordhavn"])])
    #expect(
      roles("Les 3 500 tablettes commandées par Valmorin sont parties en mars à Lesse.", .fr)
        == [Roles(frame: "move/1", parties: [.source: "Valmorin", .target: "Lesse"])])
    #expect(
      roles(
        "We have received none of the 10 trains that we ordered from Trevane.", .en, we: "Ligera")
        == [Roles(frame: "purchase.from/1", parties: [.buyer: "Ligera", .seller: "Trevane"])])
    // Money received is money paid: the sender pays, the receiver is paid.
    #expect(
      roles("Nordhavn received an €8 million refund from Kessler.", .en)
        == [Roles(frame: "receipt.from/1", parties: [.payer: "Kessler", .payee: "Nordhavn"])])
  }

  @Test("'the quarter before' is a period unclear; 'by several months' is a duration")
  func periodUnclear() {
    let extractor = ClaimExtractor()
    let unclear = extractor.extract(
      text: "In the quarter before, Calder received 200 boilers.", language: .en, date: "2025-07-24"
    )
    #expect(unclear.map(\.periodUnclear) == [true])
    let duration = extractor.extract(
      text: "Calder's receipt of 200 boilers slipped by several months.", language: .en,
      date: "2025-07-24")
    #expect(duration.map(\.periodUnclear) == [false])
    let french = extractor.extract(
      text: "Le même trimestre, Calder a reçu 200 chaudières.", language: .fr, date: "2025-07-24")
    #expect(french.map(\.periodUnclear) == [true])
    // "That year" points back to a year; "this year" is the document's.
    let thatYear = extractor.extract(
      text: "Its director has spoken of 6,000 more tablets for that year.", language: .en,
      date: "2025-07-24")
    #expect(thatYear.map(\.periodUnclear) == [true])
    let thisYear = extractor.extract(
      text: "Calder will receive 200 boilers this year.", language: .en, date: "2025-07-24")
    #expect(thisYear.map(\.periodUnclear) == [false])
    let memeAnnee = extractor.extract(
      text: "La même année, Calder a reçu 200 chaudières.", language: .fr, date: "2025-07-24")
    #expect(memeAnnee.map(\.periodUnclear) == [true])
    let cetteAnnee = extractor.extract(
      text: "Calder recevra 200 chaudières cette année.", language: .fr, date: "2025-07-24")
    #expect(cetteAnnee.map(\.periodUnclear) == [false])
  }

  @Test("an adjective of nationality is no name; a name before a noun still is")
  func demonyms() {
    let extractor = ClaimExtractor()
    let subjects = [
      "The Danish operator spent €300 million on new ferries.",
      "The Irish group received 250 pumps.", "The Tesla factory will house 50,000 GPUs.",
    ].map { extractor.extract(text: $0, language: .en).first?.subject }
    #expect(subjects == [nil, nil, "Tesla"])
  }

  @Test("no frame across a comma, a pronoun or a reporting verb")
  func boundaries() {
    // The 40 sites are what Domvia runs, not what it ordered.
    #expect(
      roles("Domvia, which runs 40 sites, ordered 300 pumps.", .en).first
        == Roles(frame: "holding.at/1", parties: [.holder: "Domvia"]))
    #expect(roles("Domvia, which owns 40 sites, ordered 300 pumps.", .en).first == .some(nil))
    #expect(
      roles("Nvidia said his post about spending $10 billion on AI did not match.", .en)
        == [nil])
  }
}
