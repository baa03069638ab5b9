import Core
import Testing

@testable import Extract

/// Issue 11: "we", "our" and « nous » stand for the organisation of whoever speaks or writes.
@Suite struct FirstPersonTests {
  private func buyers(_ document: Document, _ extractor: ClaimExtractor = ClaimExtractor())
    -> [String?]
  {
    extractor.extract(from: document).map { $0.roles?[.buyer] }
  }

  @Test("an apposition in the text ties its person to an organisation, in both languages")
  func apposition() {
    var english = paragraphs(
      "Mara Lind, chief financial officer of Nordhavn Ferries, spoke to analysts.\n\nWe ordered 6 vessels from Kessler Yards this year.",
      separator: "\n\n", language: .en, date: "2025-06-10")
    english.author = "Mara Lind"
    #expect(buyers(english) == ["Nordhavn Ferries"])
    var french = paragraphs(
      "Jeanne Roy, directrice des achats de Domvia, a écrit aux fournisseurs.\n\nNous avons commandé 300 pompes à Altmann.",
      separator: "\n\n", language: .fr, date: "2025-06-10")
    french.author = "Jeanne Roy"
    #expect(buyers(french) == ["Domvia"])
  }

  @Test("a person named as the subject stands for the organisation an apposition gives them")
  func personSubject() {
    let document = paragraphs(
      "Jeanne Roy, directrice des achats de Domvia Habitat, affirme avoir reçu 1 800 pompes depuis janvier.",
      separator: "\n\n", language: .fr, date: "2025-09-10")
    #expect(ClaimExtractor().extract(from: document).map(\.subject) == ["Domvia Habitat"])
  }

  @Test("a person named by title and last name stands for the organisation of the full name")
  func honorific() {
    let document = paragraphs(
      "Jeanne Roy, directrice des achats de Domvia Habitat, a parlé aux fournisseurs.\n\nMme Roy a commandé 300 pompes à Altmann.",
      separator: "\n\n", language: .fr, date: "2025-09-10")
    #expect(ClaimExtractor().extract(from: document).map(\.subject) == ["Domvia Habitat"])
  }

  @Test("a transcript's heading names its company, not the period it reports")
  func transcriptTitle() {
    var call = paragraphs(
      "Kessler Yards will deliver 14 vessels to us this year.", separator: "\n\n", language: .en,
      date: "2026-02-26")
    call.kind = .transcript
    call.title = "Nordhavn Ferries Fourth Quarter 2025 Results Call"
    #expect(ClaimExtractor().extract(from: call).map(\.subject) == ["Nordhavn Ferries"])
    var appel = paragraphs(
      "Kessler Yards nous livrera 14 navires cette année.", separator: "\n\n", language: .fr,
      date: "2026-02-26")
    appel.kind = .transcript
    appel.title = "Nordhavn Ferries Premier Semestre 2025"
    #expect(ClaimExtractor().extract(from: appel).map(\.subject) == ["Nordhavn Ferries"])
  }

  @Test("'Name, our chief executive' speaks for whomever 'we' stands for, in the corpus too")
  func ourTitle() {
    var call = paragraphs(
      "With me are Mara Okafor, our chief executive, and Tom Reyes, our finance director.",
      separator: "\n\n", language: .en, date: "2026-02-26")
    call.kind = .transcript
    call.title = "Kestrel Health Group Full Year 2025 Results Call"
    var appel = paragraphs(
      "Avec moi, Inès Carpentier, notre directrice générale.", separator: "\n\n", language: .fr,
      date: "2026-02-26")
    appel.kind = .transcript
    appel.title = "Valmorin Santé – résultats annuels 2025"
    // No one is "ours" in an article that does not say whose "we" it is.
    let article = paragraphs(
      "With me was Tom Reyes, our finance director.", separator: "\n\n", language: .en,
      date: "2026-02-26")
    let extractor = ClaimExtractor()
    #expect(
      extractor.peopleDirectory(of: call)[FirstPerson.key("Mara Okafor")] == "Kestrel Health Group")
    #expect(extractor.peopleDirectory(of: call)[FirstPerson.key("Reyes")] == "Kestrel Health Group")
    #expect(
      extractor.peopleDirectory(of: appel)[FirstPerson.key("Inès Carpentier")] == "Valmorin Santé")
    #expect(extractor.peopleDirectory(of: article).isEmpty)
    let analysis = paragraphs(
      "Mara Okafor will spend about €12 million on Orbis scanners this year.", separator: "\n\n",
      language: .en, date: "2026-03-01")
    var claims = extractor.extract(from: analysis)
    ClaimExtractor.resolveFirstPerson(&claims, directory: extractor.peopleDirectory(of: call))
    #expect(claims.map(\.subject) == ["Kestrel Health Group"])
  }

  @Test("in a transcript, 'you' from someone outside the company is the company")
  func secondPerson() {
    for (text, title, language) in [
      (
        "The minutes say Vinga Line paid you €40 million in the quarter.",
        "Kessler Yards Fourth Quarter 2025 Results Call", Language.en
      ),
      (
        "Le compte rendu dit que Vinga Line vous a versé 40 millions d'euros.",
        "Kessler Yards : résultats annuels 2025", .fr
      ),
    ] {
      var call = paragraphs(text, separator: "\n\n", language: language, date: "2026-02-26")
      call.kind = .transcript
      call.title = title
      call.blocks[0].speaker = "Olivia Pennington"
      let claim = ClaimExtractor().extract(from: call).first
      #expect(claim?.roles?[.payee] == "Kessler Yards", "\(language)")
      #expect(claim?.roles?[.payer] == "Vinga Line", "\(language)")
      // What the company's own people say to an analyst is not about the company.
      let own = ClaimExtractor(people: ["Olivia Pennington": "Kessler Yards"]).extract(from: call)
      #expect(own.first?.roles?[.payee] == nil, "\(language)")
    }
  }

  @Test("a person one document introduces before their name is their organisation in another")
  func introducedInAnotherDocument() {
    let wire = paragraphs(
      "Oxbow's chief technology officer, Leif Amundsen, wrote that 40 nodes came over.",
      separator: "\n\n", language: .en, date: "2025-11-20")
    let memo = paragraphs(
      "Côté studio, Leif Amundsen continue de parler de 1 500 nœuds.", separator: "\n\n",
      language: .fr, date: "2025-11-21")
    let extractor = ClaimExtractor(organisations: ["Oxbow"])
    let directory = extractor.extract(from: wire) { _ in }
    #expect(directory[FirstPerson.key("Leif Amundsen")] == "Oxbow")
    var claims = extractor.extract(from: memo)
    #expect(claims.map(\.subject) == ["Leif Amundsen"])
    ClaimExtractor.resolveFirstPerson(&claims, directory: directory)
    #expect(claims.map(\.subject) == ["Oxbow"])
    // A last name alone is no one's: "Amundsen" may be a company too.
    var alone = extractor.extract(
      from: paragraphs(
        "Amundsen bought 12 nodes.", separator: "\n\n", language: .en, date: "2025-11-21"))
    ClaimExtractor.resolveFirstPerson(&alone, directory: directory)
    #expect(alone.map(\.subject) == ["Amundsen"])
  }

  @Test("an object pronoun between « de » and its verb is the verb's object, not its subject")
  func cliticAfterInfinitiveMarker() {
    var call = paragraphs(
      "Pour 2027, nous prévoyons de vous commander 40 bornes Tarvane.", separator: "\n\n",
      language: .fr, date: "2026-10-19")
    call.kind = .transcript
    call.title = "Lignère Recharge : résultats du troisième trimestre 2026"
    call.blocks[0].speaker = "Reto Gasser"
    let claim = ClaimExtractor(people: ["Reto Gasser": "Verdalp"]).extract(from: call).first
    #expect(claim?.roles?[.buyer] == "Verdalp")
    #expect(claim?.roles?[.seller] == "Lignère Recharge")
  }

  @Test("an age between a name and a title still ties the person to the organisation")
  func ageInApposition() {
    var post = paragraphs(
      "Hélène Marquet, 58 ans, présidente de Ligéria Mobilités, a écrit aux élus.\n\nNous n'avons reçu que 5 rames de Taurentis.",
      separator: "\n\n", language: .fr, date: "2026-04-30")
    post.author = "Hélène Marquet"
    #expect(buyers(post).last == "Ligéria Mobilités")
  }

  @Test(
    "a person another document introduces speaks for their organisation once the corpus is read")
  func corpusDirectory() {
    let article = paragraphs(
      "Gareth Pellow, chief executive of Northmoor Rail, met the minister on Monday.",
      separator: "\n\n", language: .en, date: "2026-05-01")
    var post = paragraphs(
      "We ordered 16 trainsets from Taurentis.", separator: "\n\n", language: .en,
      date: "2026-05-02")
    post.author = "Gareth Pellow"
    var extractor = ClaimExtractor()
    extractor.placesFirstPersonLater = true
    var claims = extractor.extract(from: post)
    #expect(claims.map(\.firstPersonOf) == ["Gareth Pellow"])
    var unplaced = claims
    ClaimExtractor.resolveFirstPerson(&unplaced, directory: [:])
    #expect(unplaced.map(\.subject) == [nil])
    #expect(unplaced.map { $0.roles?[.buyer] } == [nil])
    ClaimExtractor.resolveFirstPerson(
      &claims, directory: ClaimExtractor().peopleDirectory(of: article))
    #expect(claims.map(\.subject) == ["Northmoor Rail"])
    #expect(claims.map { $0.roles?[.buyer] } == ["Northmoor Rail"])
    #expect(claims.map(\.firstPersonOf) == [nil])
  }

  @Test("goods that came to a speaker another document places came to their organisation")
  func cameToUnplacedSpeaker() {
    let article = paragraphs(
      "Ines Varga, head of operations at Halden Works, toured the plant on Monday.",
      separator: "\n\n", language: .en, date: "2026-05-01")
    let feed = paragraphs(
      "Ines Varga said about 40 presses came over from Vossberg.",
      separator: "\n\n", language: .en, date: "2026-05-02")
    var claims = ClaimExtractor().extract(from: feed)
    #expect(claims.map(\.firstPersonOf) == ["Ines Varga"])
    #expect(claims.map(\.flow) == [Flow(from: "Vossberg", to: "Ines Varga")])
    var unplaced = claims
    ClaimExtractor.resolveFirstPerson(&unplaced, directory: [:])
    #expect(unplaced.map(\.flow) == [nil])
    ClaimExtractor.resolveFirstPerson(
      &claims, directory: ClaimExtractor().peopleDirectory(of: article))
    #expect(claims.map(\.flow) == [Flow(from: "Vossberg", to: "Halden Works")])
  }

  @Test("a person tally.yml lists under an entity speaks for it, by full or last name")
  func people() {
    var post = paragraphs(
      "We've just ordered another 240 nodes from Nimbara.", separator: "\n\n", language: .en,
      date: "2025-06-10")
    post.author = "Leif Amundsen"
    let extractor = ClaimExtractor(people: ["Leif Amundsen": "Oxbow Interactive"])
    #expect(buyers(post, extractor) == ["Oxbow Interactive"])
    post.author = "Amundsen"
    #expect(buyers(post, extractor) == ["Oxbow Interactive"])
    #expect(buyers(post) == [nil])
  }

  @Test("the writer of a mail speaks for the entity of the sender's domain; a quote does not")
  func mailDomain() {
    var mail = paragraphs(
      "We delivered 4 vessels to Nordhavn in March.", separator: "\n\n", language: .en,
      date: "2025-06-10")
    mail.format = .email
    mail.metadata["from"] = "Per Holm <per.holm@mail.kessler.example>"
    let extractor = ClaimExtractor(domains: ["kessler.example": "Kessler Yards"])
    #expect(
      extractor.extract(from: mail).map(\.roles)
        == [Roles(frame: "sale.to/1", parties: [.seller: "Kessler Yards", .buyer: "Nordhavn"])])
    mail.blocks[0].quoted = true
    mail.blocks[0].quotedAuthor = "Someone Else"
    #expect(extractor.extract(from: mail).first?.roles?[.seller] == nil)
  }

  @Test("in a mail, \"you\" is the organisation it is written to; not in a quoted reply")
  func mailRecipient() {
    var mail = paragraphs(
      "You paid us €5.7 million in the first quarter.", separator: "\n\n", language: .en,
      date: "2026-04-07")
    mail.format = .email
    mail.metadata["from"] = "Camille Arnoult <camille.arnoult@clairmont.example>"
    mail.metadata["to"] = "Delphine Maréchal <dnum@ac-valmorin.example>"
    let extractor = ClaimExtractor(
      domains: ["clairmont.example": "Clairmont Edutech", "ac-valmorin.example": "Valmorin"])
    #expect(
      extractor.extract(from: mail).first?.roles
        == Roles(frame: "payment.to/1", parties: [.payer: "Valmorin", .payee: "Clairmont Edutech"]))
    var french = paragraphs(
      "Vous nous avez réglé 5,7 millions d'euros au premier trimestre.", separator: "\n\n",
      language: .fr, date: "2026-04-07")
    french.format = .email
    french.metadata = mail.metadata
    #expect(extractor.extract(from: french).first?.roles?[.payer] == "Valmorin")
    // Addresses of two organisations name no one.
    mail.metadata["to"] = "dnum@ac-valmorin.example, b@clairmont.example"
    #expect(extractor.extract(from: mail).first?.roles?[.payer] == nil)
    mail.metadata["to"] = "Delphine Maréchal <dnum@ac-valmorin.example>"
    mail.blocks[0].quoted = true
    mail.blocks[0].quotedAuthor = "Someone Else"
    #expect(extractor.extract(from: mail).first?.roles?[.payer] == nil)
  }

  @Test("a product's contract that \"you\" or « vous » signed is the mail's recipient's")
  func productSignedByYou() {
    var french = paragraphs(
      "Le contrat Veillemer que vous avez signé avec nous en mars s'élève à 4,2 millions d'euros.",
      separator: "\n\n", language: .fr, date: "2026-04-07")
    french.format = .email
    french.metadata["from"] = "Solenn Guéguen <s.gueguen@thermalys.example>"
    french.metadata["to"] = "Erwan Le Goff <e.legoff@domvia.example>"
    let extractor = ClaimExtractor(
      domains: ["thermalys.example": "Thermalys", "domvia.example": "Domvia"],
      products: ["Veillemer", "contrat Veillemer"])
    #expect(extractor.extract(from: french).map(\.subject) == ["Domvia"])
    var english = paragraphs(
      "The Veillemer contract that you signed with us in March is worth €4.2 million.",
      separator: "\n\n", language: .en, date: "2026-04-07")
    english.format = .email
    english.metadata = french.metadata
    #expect(extractor.extract(from: english).map(\.subject) == ["Domvia"])
  }

  @Test("in a mail, \"your order of 20\" and « vos 16 prochaines rames » are the recipient's")
  func ownedByRecipient() {
    let extractor = ClaimExtractor(
      domains: ["halden.example": "Halden Works", "vossberg.example": "Vossberg Transit"])
    for (text, language, expected) in [
      (
        "Your order of 20 trams stands. The remaining four trams of your order will follow in June.",
        Language.en, ["Vossberg Transit", "Vossberg Transit"]
      ),
      (
        "Votre commande de 20 rames reste inchangée. Vos 16 prochaines rames partiront en mai.",
        .fr, ["Vossberg Transit", "Vossberg Transit"]
      ),
    ] {
      var mail = paragraphs(text, separator: "\n\n", language: language, date: "2026-04-07")
      mail.format = .email
      mail.metadata["from"] = "Ines Varga <ines.varga@halden.example>"
      mail.metadata["to"] = "Tom Brandt <t.brandt@vossberg.example>"
      let claims = extractor.extract(from: mail)
      #expect(claims.map(\.subject) == expected, "\(language)")
      if language == .fr { #expect(claims.last?.item == "rame") }
    }
    // A price asked of "you" is not yours: "Can you confirm £80 a meter?"
    var mail = paragraphs(
      "Can you confirm that £80 a meter will hold?", separator: "\n\n", language: .en,
      date: "2026-04-07")
    mail.format = .email
    mail.metadata["from"] = "Ines Varga <ines.varga@halden.example>"
    mail.metadata["to"] = "Tom Brandt <t.brandt@vossberg.example>"
    #expect(extractor.extract(from: mail).first?.subject == nil)
  }

  @Test("a mail from a domain named after a known organisation speaks for it")
  func domainNamedAfterOrganisation() {
    var mail = paragraphs(
      "We delivered 4 vessels to Nordhavn in March.", separator: "\n\n", language: .en,
      date: "2025-06-10")
    mail.format = .email
    mail.metadata["from"] = "Per Holm <per.holm@kessler.example>"
    let extractor = ClaimExtractor(organisations: ["Kessler Yards", "Nordhavn"])
    #expect(extractor.extract(from: mail).first?.roles?[.seller] == "Kessler Yards")
    mail.metadata["from"] = "Per Holm <per.holm@mailhost.example>"
    #expect(extractor.extract(from: mail).first?.roles?[.seller] == nil)
  }

  @Test("a purchase's seller is never its subject, even when no buyer is named")
  func sellerIsNoSubject() {
    let claims = ClaimExtractor().extract(
      text: "We've just ordered another 240 nodes from Nimbara.", language: .en)
    #expect(claims.map(\.subject) == [nil])
    #expect(claims.first?.roles?[.seller] == "Nimbara")
  }

  @Test("a name's key is its letters and digits, lower-cased, whatever its script")
  func keys() {
    // The key as defined on characters; ASCII names are keyed from their bytes.
    func byCharacters(_ name: String) -> String {
      name.lowercased().filter { $0.isLetter || $0.isNumber }
    }
    for name in [
      "Mara Okafor", "O'Brien-Smith Ltd.", "H100 (SXM5)", "Line\r\nBreak", "  ", "",
      "Inès Carpentier", "ÉTIENNE D’ARVIEU", "Nimbara 2", "ｘＡＩ", "Zoë\u{301}", "٣ Ω",
    ] {
      #expect(FirstPerson.key(name) == byCharacters(name), "\(name)")
    }
    #expect(FirstPerson.key("O'Brien-Smith Ltd.") == "obriensmithltd")
    #expect(FirstPerson.key("Inès Carpentier") == "inèscarpentier")
  }
}
