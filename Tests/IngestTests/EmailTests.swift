import Core
import Foundation
import TestSupport
import Testing

@testable import Ingest

@Suite struct EmailTests {
  private func read(_ text: String, path: String = "memos/m.eml") throws -> FileOutcome {
    let outcome = Ingestor().ingest(
      Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8), path: path)
    #expect(outcome.status == .ok, "\(outcome.reason ?? "")")
    return outcome
  }

  @Test("nested multiparts: text/plain is preferred, attachments are listed, headers decoded")
  func nestedMultipart() throws {
    let html = Data("<p>Ignored HTML copy: 12,000 H100</p>".utf8).base64EncodedString()
    let csv = Data("site,units\nTexas,50000\n".utf8).base64EncodedString()
    let outcome = try read(
      """
      From: =?utf-8?Q?Daniel_Hs=C3=BC?= <dhsu@supplier.example>
      To: ops@supplier.example
      Cc: finance@supplier.example,
       sales@supplier.example
      Date: Wed, 13 Dec 2023 17:22:05 -0800
      Subject: =?utf-8?Q?H100_allocation_=E2=80=93?= =?utf-8?Q?_X_first?=
      MIME-Version: 1.0
      Content-Type: multipart/mixed; boundary="outer"

      --outer
      Content-Type: multipart/alternative; boundary=inner

      --inner
      Content-Type: text/plain; charset=utf-8

      Team,

      We are moving 12,000 H100 GPUs from Tesla to X.
      --inner
      Content-Type: text/html; charset=utf-8
      Content-Transfer-Encoding: base64

      \(html)
      --inner--
      --outer
      Content-Type: text/csv; name="alloc.csv"
      Content-Disposition: attachment; filename="alloc.csv"
      Content-Transfer-Encoding: base64

      \(csv)
      --outer--
      """)
    let document = try #require(outcome.documents.first)
    #expect(document.title == "H100 allocation – X first")
    #expect(document.author == "Daniel Hsü")
    #expect(document.published == "2023-12-13T17:22:05-08:00")
    #expect(document.metadata["cc"] == "finance@supplier.example, sales@supplier.example")
    #expect(document.metadata["attachments"] == "alloc.csv")
    #expect(document.blockTexts == ["Team,", "We are moving 12,000 H100 GPUs from Tesla to X."])
    #expect(document.kind == .memo)
    #expect(document.warnings.contains { $0.code == "ING030" && $0.message.contains("alloc.csv") })
    // The plain part is not encoded: positions are lines of the raw file.
    #expect(
      document.position(of: try #require(document.offset(of: "We are")))
        == SourcePosition(line: 18, column: 1))
  }

  @Test("base64 HTML is read through the HTML path when there is no plain part")
  func base64HTML() throws {
    let html = Data(
      "<html><body><p>Caf\u{E9}: 12\u{202F}000 puces.</p><blockquote><p>Quoted 5 units.</p></blockquote></body></html>"
        .utf8
    )
    .base64EncodedString(options: .lineLength76Characters).replacingOccurrences(
      of: "\r\n", with: "\n")
    let outcome = try read(
      """
      From: Claire <c@supplier.example>
      Subject: test
      Content-Type: text/html; charset=utf-8
      Content-Transfer-Encoding: base64

      \(html)
      """)
    let document = try #require(outcome.documents.first)
    #expect(document.blockTexts == ["Café: 12\u{202F}000 puces.", "Quoted 5 units."])
    #expect(document.blocks[1].quoted)
    // Encoded bodies map to the part's first line.
    #expect(document.position(of: 3).line == 6)
  }

  @Test("quoted-printable is decoded over bytes, even when a character straddles a soft break")
  func quotedPrintable() throws {
    let outcome = try read(
      """
      From: Claire Dubois <c@supplier.example>
      Subject: =?iso-8859-1?Q?r=E9servations?=
      Content-Type: text/plain; charset=utf-8
      Content-Transfer-Encoding: quoted-printable

      Le message a =C3=A9t=C3=A9 en conflit avec les r=C3=
      =A9servations pour environ 10 milliards de dollars =E2=80=
      =99 sic.
      """)
    let document = try #require(outcome.documents.first)
    #expect(document.title == "réservations")
    #expect(
      document.text
        == "Le message a été en conflit avec les réservations pour environ 10 milliards de dollars ’ sic."
    )
    #expect(document.language == .fr)
    #expect(document.position(of: try #require(document.offset(of: "environ"))).line == 7)
  }

  @Test("a reply's quoted original is marked and attributed to its writer")
  func quotedReply() throws {
    let outcome = try read(
      """
      From: Martin Keller <mk@supplier.example>
      Subject: Fwd: bookings

      Flagging this for the FY2025 review.

      On Fri, 26 Apr 2024 at 09:14, Claire Dubois <cdubois@supplier.example>
      wrote:

      > His post about roughly $10 billion conflicted
      > with bookings.
      >
      > >> Older: 12,000 units.
      """)
    let document = try #require(outcome.documents.first)
    #expect(document.author == "Martin Keller")
    let quoted = document.blocks.filter(\.quoted)
    #expect(quoted.count == 2)
    #expect(quoted.first?.quotedAuthor == "Claire Dubois")
    #expect(
      document.text(of: quoted[0].span)
        == "His post about roughly $10 billion conflicted with bookings.")
    #expect(quoted[1].quotedAuthor == nil)
    #expect(document.blocks.first?.quoted == false)
  }

  @Test("a forwarded message's body is quoted and attributed to its From line")
  func forwarded() throws {
    let outcome = try read(
      """
      From: A <a@x.example>
      Subject: Fwd: note

      See below.

      ---------- Forwarded message ---------
      From: Daniel Hsu <dhsu@supplier.example>
      Date: Wed, 13 Dec 2023

      We redirected 12,000 H100 to X.
      """)
    let document = try #require(outcome.documents.first)
    let last = try #require(document.blocks.last)
    #expect(last.quoted)
    #expect(last.quotedAuthor == "Daniel Hsu")
    #expect(document.blocks.first?.quoted == false)
  }

  @Test("French attribution lines mark the quote too")
  func frenchAttribution() throws {
    let outcome = try read(
      """
      From: B <b@x.example>
      Subject: Re: point

      D'accord.

      Le ven. 26 avr. 2024 à 09:14, Claire Dubois <c@x.example> a écrit :
      > Environ 10 milliards de dollars.
      """)
    let document = try #require(outcome.documents.first)
    #expect(document.blocks.last?.quotedAuthor == "Claire Dubois")
  }

  @Test("an mbox: one document per message, From-escaping undone, ids numbered")
  func mbox() throws {
    let mbox = """
      From alice@x.example Mon Dec 11 09:00:00 2023
      From: Alice <alice@x.example>
      Subject: one
      Date: Mon, 11 Dec 2023 09:00:00 +0000

      First body: 12,000 units.

      From bob@x.example Mon Dec 11 10:00:00 2023
      From: Bob <bob@x.example>
      Subject: two

      >From Tesla's side the cost is timing.
      >>From a quoted line.

      """
    let outcome = Ingestor().ingest(Array(mbox.utf8), path: "memos/thread.mbox")
    #expect(outcome.status == .ok)
    #expect(outcome.documents.map(\.id) == ["memos/thread.mbox#1", "memos/thread.mbox#2"])
    #expect(outcome.documents.map(\.title) == ["one", "two"])
    let second = outcome.documents[1]
    #expect(second.blockTexts.first == "From Tesla's side the cost is timing.")
    #expect(second.blocks.first?.quoted == false)
    #expect(second.position(of: 0) == SourcePosition(line: 12, column: 2))
  }

  @Test("a multipart without its boundary is read as text, with a warning")
  func brokenMultipart() throws {
    let outcome = try read(
      """
      From: A <a@x.example>
      Content-Type: multipart/mixed

      Just text here, 5 units.
      """)
    let document = try #require(outcome.documents.first)
    #expect(document.warnings.contains { $0.code == "ING032" })
  }

  @Test("a file without headers is not an email, and fails with that reason")
  func notAnEmail() {
    let outcome = Ingestor().ingest(Array("\nno headers at all".utf8), path: "x.eml")
    #expect(outcome.status == .failed)
    #expect(outcome.reason?.contains("not an email") == true)
  }
}
