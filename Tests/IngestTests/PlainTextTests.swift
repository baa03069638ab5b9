import Core
import TestSupport
import Testing

@testable import Ingest

@Suite struct PlainTextTests {
  private func read(_ text: String, path: String) throws -> Document {
    let outcome = Ingestor().ingest(Array(text.utf8), path: path)
    #expect(outcome.status == .ok, "\(outcome.reason ?? "")")
    return try #require(outcome.documents.first)
  }

  @Test(
    "plain text: paragraphs at blank lines, wrapped lines joined, a lone first line is the title")
  func paragraphs() throws {
    let document = try read(
      """
      Musk diverted Tesla's chips to X, memo says

      A supplier memo says 12,000 H100 GPUs meant
      for Tesla went to X instead.

      Tesla shares fell 1% on the news.
      """, path: "articles/brief.txt")
    #expect(document.title == "Musk diverted Tesla's chips to X, memo says")
    #expect(
      document.blockTexts == [
        "Musk diverted Tesla's chips to X, memo says",
        "A supplier memo says 12,000 H100 GPUs meant for Tesla went to X instead.",
        "Tesla shares fell 1% on the news.",
      ])
    #expect(document.format == .text)
    #expect(document.kind == .article)
    #expect(
      document.position(of: try #require(document.offset(of: "for Tesla")))
        == SourcePosition(line: 4, column: 1))
  }

  @Test("front matter sets title, author, date, kind and language, and the body maps past it")
  func frontMatter() throws {
    let document = try read(
      """
      ---
      title: Les puces de Musk
      author: Camille Roussel
      date: 2024-06-05
      kind: memo
      language: fr
      ---
      Le constructeur a reçu 12\u{00A0}000 GPU H100 de moins que prévu.
      """, path: "notes/puces.md")
    #expect(document.title == "Les puces de Musk")
    #expect(document.author == "Camille Roussel")
    #expect(document.published == "2024-06-05")
    #expect(document.kind == .memo)
    #expect(document.language == .fr)
    #expect(document.text == "Le constructeur a reçu 12\u{00A0}000 GPU H100 de moins que prévu.")
    #expect(
      document.position(of: try #require(document.offset(of: "12")))
        == SourcePosition(line: 8, column: 24))
  }

  @Test("without front matter, a date in the heading or a dateline opening the text dates it")
  func datelines() throws {
    let call = try read(
      "Acme Corp. Second Quarter 2024 Results Call, July 23, 2024 (excerpt)\n\nOperator: Welcome.\n\nJane Doe: Thanks.\n\nJohn Roe: We shipped 3,000 units.\n",
      path: "call.txt")
    #expect(call.published == "2024-07-23")
    let brief = try read(
      "Chip order moved\n\nJune 4, 2024 - The supplier moved 12,000 chips.\n", path: "brief.txt")
    #expect(brief.published == "2024-06-04")
    let french = try read(
      "Les puces\n\n5 juin 2024 — Le fournisseur a livré 12 000 puces.\n", path: "brève.txt")
    #expect(french.published == "2024-06-05")
    // A date inside the text is not a dateline; "2024 Results" in a heading has no day.
    let undated = try read(
      "Results for 2024\n\nThe supplier said on June 4, 2024 that it moved chips.\n", path: "n.txt")
    #expect(undated.published == nil)
  }

  @Test("a dateline may open with its city in capitals and an article")
  func cityDatelines() throws {
    let english = try read(
      "Slots moved\n\nOSLO, March 2, 2026 (Nordwire) - The planemaker moved three slots.\n",
      path: "wire.txt")
    #expect(english.published == "2026-03-02")
    let french = try read(
      "Locomotives livrées\n\nTROIS-RIVIÈRES, le 14 mai 2026 – Le transporteur a reçu six locomotives.\n",
      path: "dépêche.txt")
    #expect(french.published == "2026-05-14")
    let city = try read(
      "Scanners\n\nLIÈGE, 16 septembre 2025 – Le réseau a reçu deux scanners.\n", path: "b.txt")
    #expect(city.published == "2025-09-16")
    // A region or a country may come between the city and the date.
    let region = try read(
      "Bornes\n\nCHÉSALLES-SUR-BROYE (Suisse), le 16 avril 2026 (ACP) – La chaîne a reçu 16 bornes.\n",
      path: "c.txt")
    #expect(region.published == "2026-04-16")
    let country = try read(
      "Tenders\n\nEBERMATT, France, July 20, 2026 (Wire) - Six tenders left the plant.\n",
      path: "d.txt")
    #expect(country.published == "2026-07-20")
    // A no-break space inside the date; a label and a heading before the dateline.
    let release = try read(
      "COMMUNIQUÉ DE PRESSE\n\nMorlenn livre ses canots\n\nPORZ-KERDU, le 12\u{00A0}octobre 2026 – "
        + "Morlenn a livré vendredi quatre canots.\n", path: "e.txt")
    #expect(release.published == "2026-10-12")
    // Capitals that are not a city before a comma are no dateline.
    let shout = try read(
      "Notice\n\nURGENT update on shipments: the supplier moved chips on June 4, 2024.\n",
      path: "n.txt")
    #expect(shout.published == nil)
  }

  @Test("broken front matter is a warning with its line, not a failure")
  func brokenFrontMatter() throws {
    let document = try read(
      "---\ntitle: [unclosed\n---\nBody text of the note, long enough to read.\n", path: "a.md")
    #expect(document.warnings.contains { $0.code == "ING020" && $0.position?.line != nil })
    #expect(document.text == "Body text of the note, long enough to read.")
  }

  @Test("Markdown markup is removed and every word keeps its source column")
  func markdown() throws {
    let source = """
      # Following the *H100s*

      Tesla's **roughly $10 billion** of [AI spend](https://example.com/x) and `code`.

      - 12,000 H100 went to _X_
      - more than $500 million delayed

      > A quoted line that
      > continues here.

      | Item | Value |
      |------|-------|
      | H100 | 50,000 |

      ```
      let units = 12_000
      ```
      """
    let document = try read(source, path: "analysis.md")
    #expect(
      document.blockTexts == [
        "Following the H100s",
        "Tesla's roughly $10 billion of AI spend and code.",
        "12,000 H100 went to X",
        "more than $500 million delayed",
        "A quoted line that continues here.",
        "Item; Value", "H100; 50,000",
        "let units = 12_000",
      ])
    #expect(
      document.blocks.map(\.role) == [
        .heading, .paragraph, .listItem, .listItem, .quote, .row, .row, .code,
      ])
    #expect(document.title == "Following the H100s")
    #expect(
      document.position(of: try #require(document.offset(of: "$10 billion")))
        == SourcePosition(line: 3, column: 19))
    #expect(
      document.position(of: try #require(document.offset(of: "AI spend")))
        == SourcePosition(line: 3, column: 37))
    #expect(
      document.position(of: try #require(document.offset(of: "50,000")))
        == SourcePosition(line: 13, column: 10))
  }

  @Test("a delimiter row under a line without a pipe is text, and reading ends")
  func delimiterWithoutHeader() throws {
    let document = try read("Intro line with no pipe\n---|---\nmore\n", path: "odd.md")
    #expect(document.text == "Intro line with no pipe ---|--- more")
  }

  @Test("a table row keeps each cell's place, empty cells included, and its header's names")
  func tableCells() throws {
    let source = """
      | Claim | **Source** | Figure |
      |---|---|---|
      | Spend *this* year | Post, April 2024 | ~$10 billion |
      |  | Memo | 12,000 |

      a | b
      """
    let document = try read(source, path: "t.md")
    let rows = document.blocks.filter { $0.role == .row }
    #expect(rows.count == 3)
    #expect(rows[0].columns == nil)
    #expect(rows[1].columns == ["Claim", "**Source**", "Figure"])
    func cells(_ block: Block) -> [String] {
      (block.cells ?? []).map { span in
        let utf8 = Array(document.text.utf8)
        return String(decoding: utf8[span.start..<span.end], as: UTF8.self)
      }
    }
    #expect(cells(rows[1]) == ["Spend this year", "Post, April 2024", "~$10 billion"])
    #expect(cells(rows[2]) == ["", "Memo", "12,000"])
    #expect(document.blockTexts.contains("Memo; 12,000"))
  }

  @Test("snake_case and arithmetic asterisks are text, not emphasis")
  func notEmphasis() throws {
    let document = try read("Use file_name_here and 2 * 3 = 6 in the *sheet*.\n", path: "a.md")
    #expect(document.text == "Use file_name_here and 2 * 3 = 6 in the sheet.")
  }

  @Test("a transcript: each turn a block carrying its speaker, labels left out of the text")
  func transcript() throws {
    let document = try read(
      """
      Q1 2024 call (excerpt)

      Operator: Good afternoon and welcome.

      Elon Musk: We have roughly 35,000 H100s active.
      I expect around 85,000 by year end.

      And that is a big number.

      **Vaibhav Taneja** — Capex will be over $10 billion.

      [00:41:07] Travis Axelrod: Thanks, next question.
      """, path: "calls/q1.txt")
    #expect(document.format == .transcript)
    #expect(document.kind == .transcript)
    #expect(document.title == "Q1 2024 call (excerpt)")
    #expect(
      document.blocks.map(\.speaker) == [
        nil, "Operator", "Elon Musk", "Elon Musk", "Vaibhav Taneja", "Travis Axelrod",
      ])
    #expect(
      document.blockTexts[2]
        == "We have roughly 35,000 H100s active. I expect around 85,000 by year end.")
    #expect(document.blockTexts[4] == "Capex will be over $10 billion.")
  }

  @Test("a date alone on a line under a transcript's title dates it, in either language")
  func transcriptHeadingDate() throws {
    let english = try read(
      """
      Harbour Freight plc - Half-year results call
      Thursday, 23 July 2026

      Operator: Welcome to the call.

      Ana Costa: We shipped 400 cranes in the half.
      """, path: "calls/h1.txt")
    #expect(english.title == "Harbour Freight plc - Half-year results call")
    #expect(english.published == "2026-07-23")
    let french = try read(
      """
      Conférence téléphonique du premier semestre
      14 mai 2026

      Opératrice\u{00A0}: Bienvenue.

      Paul Martin\u{00A0}: Nous avons livré 120 grues.
      """, path: "appels/s1.txt")
    #expect(french.published == "2026-05-14")
    // The hour after the day, after a comma, is no part of the date.
    let timed = try read(
      """
      Harbour Freight plc - First-quarter results call
      Tuesday 28 April 2026, 09:00 CET

      Operator: Welcome to the call.

      Ana Costa: We shipped 200 cranes in the quarter.
      """, path: "calls/q1.txt")
    #expect(timed.published == "2026-04-28")
    let frenchTimed = try read(
      """
      Conférence téléphonique du premier trimestre
      mardi 28 avril 2026, 9 h 30

      Opératrice\u{00A0}: Bienvenue.

      Paul Martin\u{00A0}: Nous avons livré 60 grues.
      """, path: "appels/t1.txt")
    #expect(frenchTimed.published == "2026-04-28")
    // A line of prose with a date in it is not a date line.
    let prose = try read(
      """
      Harbour Freight plc - Half-year results call
      The call of 23 July 2026 was moved to the autumn.

      Operator: Welcome.

      Ana Costa: Thank you.
      """, path: "calls/moved.txt")
    #expect(prose.published == nil)
  }

  @Test("a memo with 'Note:' and 'Subject:' lines is not mistaken for a transcript")
  func notATranscript() throws {
    let document = try read(
      """
      Subject: bookings review

      Note: the April figures are provisional.

      We booked 12,000 units for the account in the quarter, against a forecast of 20,000.
      """, path: "memos/review.txt")
    #expect(document.format == .text)
    #expect(document.blocks.allSatisfy { $0.speaker == nil })
  }

  @Test("French transcripts put a no-break space before the colon")
  func frenchTranscript() throws {
    let document = try read(
      "Claire Dubois\u{00A0}: Nous avons 12 000 GPU en commande.\n\nMartin Keller\u{00A0}: Et pour le T2 ?\n",
      path: "appels/t1.txt")
    #expect(document.blocks.map(\.speaker) == ["Claire Dubois", "Martin Keller"])
    #expect(document.language == .fr)
  }

  @Test("an empty file is skipped and says why; so is one of whitespace alone")
  func emptyFiles() throws {
    let empty = Ingestor().ingest([], path: "empty.txt")
    #expect(empty.status == .skipped)
    #expect(empty.reason == "empty file")
    let blank = Ingestor().ingest(Array("  \n\n \n".utf8), path: "blank.txt")
    #expect(blank.status == .skipped)
    #expect(blank.reason == "no text: nothing in it reads as text")
  }

  @Test("a 10 MB line without punctuation reads in one pass, without a crash")
  func hugeLine() throws {
    let line = String(repeating: "12 000 puces ", count: 800_000)
    let document = try read(line, path: "huge.txt")
    #expect(document.text.utf8.count == line.utf8.count - 1)
    #expect(document.position(of: document.text.utf8.count - 1).column == line.count - 1)
  }
}
