import Core
import Foundation
import Ingest
import TestSupport
import Testing

@testable import Extract

@Suite struct ClaimExtractorTests {
  private func claims(_ text: String, _ language: Language = .en, date: String? = "2024-06-04")
    -> [Claim]
  {
    ClaimExtractor().extract(text: text, language: language, date: date)
  }

  private func decimal(_ text: String) -> Decimal { Decimal(string: text) ?? 0 }

  @Test("precision follows the writing: $10B covers 9.5–10.5 billion, 12,000 covers 11,500–12,500")
  func precisionBounds() throws {
    let cases: [(String, Language, String, String)] = [
      ("Tesla will spend $10B on AI.", .en, "9500000000", "10500000000"),
      ("X took 12,000 GPUs in June.", .en, "11500", "12500"),
      ("X took 12,437 GPUs in June.", .en, "12437", "12437"),
      // Round figures of a thousand or more are taken to their last digit but zeros; below a
      // thousand, as written.
      ("X took 1,000 GPUs in June.", .en, "500", "1500"),
      ("X took 990 GPUs in June.", .en, "990", "990"),
      ("X a reçu 30 000 GPU en juin.", .fr, "25000", "35000"),
      ("Nvidia vaut 2,8 billions de dollars.", .fr, "2750000000000", "2850000000000"),
      ("Revenue grew by 20.5% last year.", .en, "20.45", "20.55"),
    ]
    for (text, language, low, high) in cases {
      let claim = try #require(claims(text, language).first, "\(text)")
      #expect(claim.bounds == Interval(low: decimal(low), high: decimal(high)), "\(text)")
    }
  }

  @Test(
    "qualifiers widen or open the bounds: approximate ±10 %, at least and at most leave an end open"
  )
  func qualifierBounds() throws {
    let about = try #require(claims("Tesla will spend about $10 billion this year.").first)
    #expect(about.qualifier == .approximate)
    #expect(about.bounds == Interval(low: decimal("9000000000"), high: decimal("11000000000")))
    let more = try #require(claims("It delayed more than $500 million of GPUs.").first)
    #expect(more.stated == Interval(low: decimal("500000000"), high: nil))
    #expect(more.bounds == Interval(low: decimal("499500000"), high: nil))
    let most = try #require(claims("Le plan prévoit jusqu'à 20 000 H100.", .fr).first)
    #expect(most.qualifier == .atMost)
    #expect(most.stated.low == nil)
    // 20 000 is written to the nearest ten thousand: ±5 000.
    #expect(most.bounds.high == decimal("25000"))
  }

  @Test("a full record: span, surface, item, flow, metric, period, speaker, stable id")
  func fullRecord() throws {
    let text = "Musk redirected 12,000 H100 GPUs from Tesla to X in December, the memo says."
    let claim = try #require(claims(text).first)
    #expect(claim.surface == "12,000")
    #expect(String(text.utf8.dropFirst(claim.span.start).prefix(claim.span.length)) == "12,000")
    #expect(claim.item == "H100 GPU")
    #expect(claim.itemSurface == "H100 GPUs")
    #expect(claim.flow == Flow(from: "Tesla", to: "X"))
    #expect(claim.metric == .transfer)
    #expect(claim.period == Period(start: "2023-12-01", end: "2023-12-31"))
    #expect(claim.unit == .count)
    // The id depends on the document, the sentence and the ordinal, not on where the sentence sits.
    let again = ClaimExtractor().extract(
      text: "Earlier text. " + text, language: .en, date: "2024-06-04")
    #expect(again.last?.id == claim.id)
  }

  @Test("French numerals: no-break spaces, decimal comma, milliards and French billions")
  func frenchNumerals() throws {
    let found = claims(
      "Tesla a reçu 12\u{202F}000 GPU H100, environ 10 milliards de dollars, et Nvidia vaut 2,8 billions de dollars.",
      .fr)
    #expect(
      found.map(\.surface) == [
        "12\u{202F}000", "10 milliards de dollars", "2,8 billions de dollars",
      ])
    #expect(
      found.map(\.stated.low) == [12000, 10_000_000_000, 2_800_000_000_000].map { Decimal($0) })
    #expect(found[0].item == "H100 GPU")
    #expect(found[1].qualifier == .approximate)
    #expect(found[1].unit == .currency("USD"))
  }

  @Test("undetermined text flags a grouping it cannot settle, never guessing silently")
  func ambiguousGrouping() throws {
    let claim = try #require(claims("Units: 2,800 shipped.", .und).first)
    #expect(claim.ambiguous)
    let english = try #require(claims("Units: 2,800 shipped.", .en).first)
    #expect(!english.ambiguous)
  }

  @Test("a digit group after a space is one figure in text of undetermined language")
  func spaceGroupUndetermined() {
    let found = claims("Domvia a reçu 2 500 pompes et 12 000 radiateurs", .und)
    #expect(found.map(\.surface) == ["2 500", "12 000"])
    #expect(found.map(\.stated.low) == [2500, 12000])
    // In English, "in 2024 500 pumps" keeps a year and a count apart.
    #expect(claims("Units shipped in 2024 500 pumps.", .und).map(\.surface) == ["500"])
  }

  @Test("bad input never crashes or hangs: endless lines, huge numbers, absurd scales")
  func badInput() throws {
    let long = String(repeating: "12 000 puces et ", count: 5_000)
    let many = ClaimExtractor().extract(text: long, language: .fr)
    #expect(many.count == 5_000)
    let digits = String(repeating: "9", count: 5_000)
    _ = claims("The order was for \(digits) units.")
    _ = claims("Le total atteint 12 000 000 000 000 000 000 milliards d'euros.", .fr)
    _ = claims(
      String(repeating: "$", count: 10_000) + " 5 " + String(repeating: "%", count: 10_000))
    _ = claims("")
    _ = claims("....!!!???")
  }

  @Test("a document's blocks give claims with the speaker of a transcript turn or quoted writer")
  func documentSpeakers() throws {
    let text =
      "We have roughly 35,000 H100s active.\n\nEnviron 10 milliards de dollars cette année."
    let firstEnd =
      text.utf8.firstIndex(of: 0x0A).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
      ?? 0
    let document = Document(
      id: "call.txt", path: "call.txt", format: .transcript, kind: .transcript, author: "Desk",
      published: "2024-04-23", language: .en, text: text,
      blocks: [
        Block(span: TextSpan(start: 0, end: firstEnd), role: .paragraph, speaker: "Elon Musk"),
        Block(
          span: TextSpan(start: firstEnd + 2, end: text.utf8.count), role: .quote,
          quotedAuthor: "Claire Dubois",
          quoted: true),
      ])
    let found = ClaimExtractor().extract(from: document)
    #expect(found.map(\.speaker) == ["Elon Musk", "Claire Dubois"])
    #expect(found[1].language == .fr)
    #expect(found[1].unit == .currency("USD"))
  }

  @Test("sentences whose only number words follow an article are still read in a document")
  func articlesOpenNumbers() {
    func surfaces(_ text: String, _ language: Language) -> [String] {
      let document = paragraphs(text, separator: "\n\n", language: language, date: "2024-04-23")
      return ClaimExtractor().extract(from: document).map(\.surface)
    }
    #expect(
      surfaces("Analysts expect a dozen new clusters.\n\nNo number here at all.", .en) == [
        "a dozen"
      ])
    #expect(
      surfaces(
        "Il reste une centaine de puces.\n\nDes milliers de GPU attendent.\n\nRien ici.", .fr)
        == ["une centaine", "Des milliers de"])
  }

  @Test(
    "in a call transcript, 'we' is the company its heading names; spending for a period not yet over is a plan"
  )
  func transcriptParty() throws {
    let text =
      "We spent about $1 billion on AI in the first quarter.\n\nOur AI budget this year is $10 billion."
    let firstEnd =
      text.utf8.firstIndex(of: 0x0A).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
      ?? 0
    let document = Document(
      id: "call.txt", path: "call.txt", format: .transcript, kind: .transcript,
      title: "Tesla, Inc. Q1 2024 Results Call",
      published: "2024-04-23", language: .en, text: text,
      blocks: [
        Block(span: TextSpan(start: 0, end: firstEnd), role: .paragraph, speaker: "Vaibhav Taneja"),
        Block(
          span: TextSpan(start: firstEnd + 2, end: text.utf8.count), role: .paragraph,
          speaker: "Vaibhav Taneja"),
      ])
    let found = ClaimExtractor().extract(from: document)
    #expect(found.map(\.subject) == ["Tesla", "Tesla"])
    #expect(found.map(\.modality) == [.asserted, .forecast])
    // Outside a transcript, "we" is left alone.
    var article = document
    article.kind = .article
    #expect(ClaimExtractor().extract(from: article).map(\.subject) == [nil, nil])
  }
}

@Suite struct HeadingTests {
  /// A document of a heading and a paragraph.
  func document(heading: String, paragraph: String, language: Language) -> Document {
    let text = heading + "\n\n" + paragraph
    let headingEnd = heading.utf8.count
    return Document(
      id: "d", path: "d", format: .html, kind: .article, published: "2026-03-02",
      language: language, text: text,
      blocks: [
        Block(span: TextSpan(start: 0, end: headingEnd), role: .heading),
        Block(span: TextSpan(start: headingEnd + 2, end: text.utf8.count), role: .paragraph),
      ])
  }

  @Test("a heading's count of no configured item and no party states nothing; others stay")
  func headings() {
    let extractor = ClaimExtractor()
    let titled = extractor.extract(
      from: document(
        heading: "Three operators, one supplier", paragraph: "Halden Transit bought 40 buses.",
        language: .en))
    #expect(titled.map(\.surface) == ["40"])
    let french = extractor.extract(
      from: document(
        heading: "Un contrat d'entretien sur quatre ans",
        paragraph: "Valmorin a commandé 40 autobus.", language: .fr))
    #expect(french.map(\.surface) == ["40"])
    // A party in the heading makes it a claim.
    let party = extractor.extract(
      from: document(
        heading: "Halden Transit buys 40 Corvo buses", paragraph: "The deal was signed on Monday.",
        language: .en))
    #expect(party.map(\.surface) == ["40"])
    // So does a count of goods the configuration names.
    let configured = ClaimExtractor(products: ["tablette", "Pavo"]).extract(
      from: document(
        heading: "Collèges : 17 000 tablettes déjà distribuées ?",
        paragraph: "Le rectorat a reçu 12 000 tablettes.", language: .fr))
    #expect(configured.map(\.surface) == ["17 000", "12 000"])
  }
}

@Suite struct OpeningNamesTests {
  @Test("a word is written inside a sentence after a lower-case letter, a digit or a comma only")
  func inside() {
    let text = "Sent to\u{A0}Orvane, Kestrel and 3 Brightline.\n• Share grew. “Delayed” — Post; 5%"
    #expect(
      OpeningNames.wordsWrittenInside(text) == ["Orvane", "Kestrel", "Brightline"])
  }

  /// A document of one paragraph per line.
  private func subjects(_ text: String, known: Set<String>) -> [String?] {
    let document = paragraphs(text, separator: "\n", language: .en, date: "2024-06-04")
    return ClaimExtractor(knownNames: known).extract(from: document).map(\.subject)
  }

  @Test(
    "knowing the parties, a capital that opens a sentence, item or cell is a name only on evidence")
  func openers() {
    let text = """
      Delayed Tesla deliveries reached 8,000 GPUs.
      2. Share shipped: 3,000 GPUs.
      Orbital bought 500 GPUs, and analysts expect Orbital to buy more.
      """
    // Tesla is a known party; "Orbital" is written with a capital inside a sentence; "Delayed"
    // and "Share" only open one.
    #expect(subjects(text, known: ["Tesla", "X Corp"]) == ["Tesla", nil, "Orbital"])
    // Knowing no parties, every capitalised opener may be a name, as before.
    #expect(subjects(text, known: []) == ["Delayed Tesla", "Share", "Orbital"])
  }
}

@Suite struct TableRowTests {
  @Test("a Period column dates the row's figures; a noun of payment in the first cell governs them")
  func periodColumn() throws {
    let text = """
      ---
      date: 2026-04-24
      ---

      | Item | Figure | Period | Source |
      | --- | --- | --- | --- |
      | Payments to Aerolis | €21.0m | Q1 2026 | Skyvane |
      """
    let document = try #require(
      Ingestor().ingest(Array(text.utf8), path: "a.md").documents.first)
    let claims = ClaimExtractor().extract(from: document)
    #expect(claims.map(\.surface) == ["€21.0m"])
    #expect(claims.first?.period == Period.quarter(2026, 1))
    #expect(claims.first?.metric == .spend)
    #expect(claims.first?.roles?[.payee] == "Aerolis")
  }

  @Test("a row's first cell names what is counted though it opens with a capital")
  func capitalisedFirstCell() throws {
    let text = """
      ---
      date: 2026-05-06
      language: fr
      ---

      | Donnée | Source | Date | Valeur |
      |---|---|---|---|
      | Rames Lumio livrées à Lémanis au premier trimestre | Ateliers Vercors, courriel | 28/04/2026 | 8 |
      """
    let document = try #require(
      Ingestor().ingest(Array(text.utf8), path: "a.md").documents.first)
    let claims = ClaimExtractor().extract(from: document)
    #expect(claims.map(\.item) == ["Lumio rame"])
  }

  @Test("a row with a Source column: the source says who and when, the first cell what is counted")
  func sourceColumn() throws {
    let text = """
      ---
      date: 2025-06-06
      ---

      | What | Source | Figure |
      |---|---|---|
      | AI spend this year | Varga post, April 2025 | ~€4 billion |
      | K9 chips planned for the new hall | Corvane memo, March 2025 | 20,000 |
      """
    let document = try #require(
      Ingestor().ingest(Array(text.utf8), path: "a.md").documents.first)
    let claims = ClaimExtractor().extract(from: document)
    #expect(claims.map(\.surface) == ["€4 billion", "20,000"])
    // "this year" counts from the source's April 2025; the source cell gives no subject.
    #expect(claims[0].period == Period.year(2025))
    #expect(claims[0].modality == .forecast)
    #expect(claims[0].speaker == "Varga")
    #expect(claims[0].subject == nil)
    #expect(claims[0].sentence == "AI spend this year; Varga post, April 2025; ~€4 billion")
    #expect(claims[1].item == "K9 chip")
    #expect(claims[1].speaker == "Corvane")
    // The source's date is when it was said, not the figure's period.
    #expect(claims[1].period == nil)
  }

  @Test("a configured product that opens a row keeps its name; a date cell in digits dates it")
  func productOpensRow() throws {
    let text = """
      ---
      date: 2026-05-12
      language: fr
      ---

      | Donnée | Source | Date | Valeur |
      |---|---|---|---|
      | Orbis scanners reçus par Domvia depuis janvier | Jeanne Roy, message | 30/04/2026 | 5 |
      """
    let document = try #require(
      Ingestor().ingest(Array(text.utf8), path: "a.md").documents.first)
    let claims = ClaimExtractor(knownNames: ["Domvia"], products: ["Orbis", "Orbis scanner"])
      .extract(from: document)
    #expect(claims.map(\.surface) == ["5"])
    #expect(claims.first?.item?.hasPrefix("Orbis") == true)
    #expect(claims.first?.period == Period(start: "2026-01-01", end: "2026-04-30"))
  }

  @Test("a contract named by its product is the party's that a relative clause on it names")
  func productSigner() {
    let extractor = ClaimExtractor(
      knownNames: ["Domvia", "Thermalys"], products: ["Veillemer", "Veillemer contract"])
    let english = extractor.extract(
      text: "The Veillemer contract that Domvia signed with Thermalys in March is worth €5.4 "
        + "million.",
      language: .en, date: "2026-04-10")
    #expect(english.map(\.subject) == ["Domvia"])
    let french = extractor.extract(
      text: "Le contrat Veillemer que Domvia a signé avec Thermalys en mars vaut 5,4 millions "
        + "d'euros.",
      language: .fr, date: "2026-04-10")
    #expect(french.map(\.subject) == ["Domvia"])
    // Named with no relative clause, the product is no party and names none.
    let bare = extractor.extract(
      text: "The Veillemer contract is worth €5.4 million.", language: .en, date: "2026-04-10")
    #expect(bare.map(\.subject) == [nil])
  }

  @Test("the verb of a row's first cell governs the figure in a later cell, in either voice")
  func verbInFirstCell() throws {
    let english = """
      ---
      date: 2026-03-20
      ---

      | What | Source | Number |
      | --- | --- | --- |
      | HX-9 hulls Kessler Yards will deliver to Nordhavn in 2026 | Lind, call, March 2026 | 11 |
      | HX-9 hulls Vinga Line received in May | Vinga release | 3 |
      """
    let french = """
      ---
      date: 2026-05-06
      language: fr
      ---

      | Donnée | Source | Date | Valeur |
      |---|---|---|---|
      | Navires Helix livrés à Nordhavn au premier trimestre | Kessler Yards, courriel | 28/04/2026 | 4 |
      """
    func claims(_ text: String) throws -> [Claim] {
      let document = try #require(
        Ingestor().ingest(Array(text.utf8), path: "a.md").documents.first)
      return ClaimExtractor(
        knownNames: ["Kessler Yards", "Vinga Line", "Nordhavn"], products: ["Helix", "HX-9"]
      ).extract(from: document)
    }
    let rows = try claims(english)
    #expect(rows.map(\.surface) == ["11", "3"])
    #expect(rows[0].roles?[.buyer] == "Nordhavn")
    #expect(rows[0].roles?[.seller] == "Kessler Yards")
    #expect(rows[0].subject == "Nordhavn")
    // A name before the participle is its subject, not a passive's goods.
    #expect(rows[1].roles?[.buyer] == "Vinga Line")
    let lignes = try claims(french)
    #expect(lignes.map(\.surface) == ["4"])
    // A participle right after the row's opening noun is passive: the noun is not the seller.
    #expect(lignes.first?.roles?[.buyer] == "Nordhavn")
    #expect(lignes.first?.roles?[.seller] == nil)
  }

  @Test("a column's header names what its figures count; a cell that is only a month dates them")
  func columnHeaders() throws {
    let text = """
      ---
      date: 2026-07-01
      ---

      | Block | Helix pumps | Hectares |
      | --- | --- | --- |
      | Kooburra North | 6 | 510 |

      | Item | Units | Delivered | Paid |
      | --- | --- | --- | --- |
      | Helix pumps | 8 | February | €96,000 |
      """
    let document = try #require(
      Ingestor().ingest(Array(text.utf8), path: "a.md").documents.first)
    let claims = ClaimExtractor().extract(from: document)
    #expect(claims.map(\.surface) == ["6", "510", "8", "€96,000"])
    // (A header or first cell opens with a capital as a sentence does; its first word is read
    // in lower case, as items are compared.)
    #expect(claims.map(\.item) == ["helix pump", "hectare", "helix pump", nil])
    // "Units" says how many, not of what: the row's first cell names the things.
    #expect(claims[2].period == Period(start: "2026-02-01", end: "2026-02-28"))
    #expect(claims[3].period == Period(start: "2026-02-01", end: "2026-02-28"))
  }

  @Test("a row with empty, markup-only or missing cells is read without a crash")
  func oddRows() throws {
    let text = """
      | What | Source | Figure | Note |
      |---|---|---|---|
      | ** | | 12,000 | **
      | GPUs | Memo, May 2025 |
      | | | | 3,000 GPUs |
      """
    let document = try #require(
      Ingestor().ingest(Array(text.utf8), path: "odd.md").documents.first)
    let claims = ClaimExtractor().extract(from: document)
    #expect(claims.map(\.surface) == ["12,000", "3,000"])
  }
}

/// A text document whose paragraphs are the parts of `text` between `separator`s.
func paragraphs(_ text: String, separator: String, language: Language, date: String)
  -> Document
{
  var blocks: [Block] = []
  var start = 0
  for paragraph in text.components(separatedBy: separator) {
    blocks.append(
      Block(span: TextSpan(start: start, end: start + paragraph.utf8.count), role: .paragraph))
    start += paragraph.utf8.count + separator.utf8.count
  }
  return Document(
    id: "d", path: "d", format: .text, kind: .article, published: date, language: language,
    text: text, blocks: blocks)
}

@Suite struct DescribedPartiesTests {
  let extractor = ClaimExtractor(knownDescriptions: [
    "the automaker": "Halden Motors", "the social app": "Brightwave",
    "le constructeur": "Halden Motors",
  ])

  @Test("a move told by configured descriptions has the entities as its parties")
  func described() throws {
    let english = extractor.extract(
      text: "Corvane shipped 8,000 K9s booked for the automaker to the social app in March.",
      language: .en, date: "2025-08-12")
    #expect(english.first?.flow == Flow(from: "Halden Motors", to: "Brightwave"))
    let french = extractor.extract(
      text:
        "Au total, 8 000 puces K9 réservées au constructeur ont pris la direction de Brightwave.",
      language: .fr, date: "2025-08-13")
    #expect(french.first?.flow == Flow(from: "Halden Motors", to: "Brightwave"))
    // Without descriptions, no party is guessed.
    let plain = ClaimExtractor().extract(
      text: "Corvane shipped 8,000 K9s booked for the automaker to the social app in March.",
      language: .en, date: "2025-08-12")
    #expect(plain.first?.flow == nil)
  }

  @Test("money in a sentence of several clauses keeps its own clause; one sentence has none")
  func ownClause() {
    let claims = ClaimExtractor().extract(
      text: "The city paid Ruhlmann CAD 5.68 million in the first quarter, and a six-year "
        + "maintenance contract worth CAD 3.6 million took effect on July 1. "
        + "Domvia paid Altmann €4 million.",
      language: .en, date: "2026-08-01")
    let money = claims.filter { $0.unit != .count }
    #expect(
      money.map(\.clause) == [
        "The city paid Ruhlmann CAD 5.68 million in the first quarter",
        "a six-year maintenance contract worth CAD 3.6 million took effect on July 1.", nil,
      ])
  }

  @Test("sums joined by 'and' are each tied by their own words")
  func conjunctSums() {
    let claims = ClaimExtractor().extract(
      text: "The Board paid Halden CAD 3.29 million in the first quarter: CAD 2.24 million for "
        + "the February trams and CAD 1.05 million for the spare bogies.",
      language: .en, date: "2026-04-20")
    #expect(
      claims.map(\.clause) == [
        nil,
        "The Board paid Halden CAD 3.29 million in the first quarter: CAD 2.24 million for the February trams",
        "CAD 1.05 million for the spare bogies.",
      ])
  }

  @Test("a sum is not tied by the words of another's claim that the sentence reports")
  func othersClaimNoTie() {
    let english = ClaimExtractor().extract(
      text: "Nor does Ilse Marr's claim that Tessaly spent €9 million with Castral hold up: the "
        + "audit shows €2.5 million.",
      language: .en, date: "2026-04-20")
    #expect(english.map(\.clause) == [nil, ": the audit shows €2.5 million."])
    let french = ClaimExtractor().extract(
      text: "La thèse de Ilse Marr selon laquelle Tessaly a dépensé 9 millions d'euros chez "
        + "Castral ne tient pas : l'audit montre 2,5 millions d'euros.",
      language: .fr, date: "2026-04-20")
    #expect(french.map(\.clause) == [nil, ": l'audit montre 2,5 millions d'euros."])
  }

  @Test("a difference between two figures is marked as one, in both languages")
  func differences() {
    let english = ClaimExtractor().extract(
      text: "Halden is short of its target by 350 trams. Deliveries fell by 20 trams in May. "
        + "Halden delivered 40 trams by May.",
      language: .en, date: "2026-06-01")
    #expect(english.map(\.isDifference) == [true, true, false])
    let french = ClaimExtractor().extract(
      text: "Halden reste inférieur de 350 rames à son objectif. Vossberg a reçu 20 rames de "
        + "moins que prévu. Vossberg a reçu 40 rames de Halden.",
      language: .fr, date: "2026-06-01")
    #expect(french.map(\.isDifference) == [true, true, false])
  }

  @Test("a configured product that ends in 's' keeps its name before its noun")
  func productEndingInS() {
    let claims = ClaimExtractor(products: ["Relais charging cart", "Relais"]).extract(
      text: "The Board received 300 Relais charging carts and 20 Cybertrucks.", language: .en,
      date: "2026-04-20")
    #expect(claims.map(\.item) == ["Relais charging cart", "Cybertruck"])
  }

  @Test("a figure another person put is said by that person, not by the sentence's speaker")
  func restatedSpeaker() {
    let claims = ClaimExtractor().extract(
      text: "Vinga Line took delivery of 5 ferries from Kessler Yards, Anna Berg said, a day "
        + "after Kessler's Tom Reyes put the figure at 7.",
      language: .en, date: "2025-06-10")
    #expect(claims.map(\.speaker) == ["Anna Berg", "Tom Reyes"])
  }

  @Test("a bare currency noun is the one currency in play so called")
  func bareCurrencyNoun() {
    let text = "Bouskra a versé 4,8 millions de dirhams et Skarvfjell 36 millions de couronnes."
    let plain = ClaimExtractor().extract(text: text, language: .fr, date: "2026-10-08")
    #expect(plain.map(\.unit) == [.count, .count])
    var extractor = ClaimExtractor()
    extractor.currencies = ["MAD", "NOK", "EUR"]
    let known = extractor.extract(text: text, language: .fr, date: "2026-10-08")
    #expect(known.map(\.unit) == [.currency("MAD"), .currency("NOK")])
    // Two kroner in play: a bare "kroner" is neither.
    extractor.currencies = ["NOK", "DKK"]
    let two = extractor.extract(
      text: "Skarvfjell paid 36 million kroner.", language: .en, date: "2026-10-08")
    #expect(two.first?.unit == .count)
  }

  @Test(
    "a number after a known party's name counts what follows it; after another name it is a name")
  func countAfterParty() {
    let text = "Lignère delivered to Verdalp 16 Tarvane chargers, and moved to Windows 11 laptops."
    let known = ClaimExtractor(knownNames: ["Verdalp", "Lignère"]).extract(
      text: text, language: .en, date: "2026-04-16")
    #expect(known.map(\.surface) == ["16"])
    #expect(known.first?.subject == "Verdalp")
    let plain = ClaimExtractor().extract(text: text, language: .en, date: "2026-04-16")
    #expect(plain.isEmpty)
  }
}
