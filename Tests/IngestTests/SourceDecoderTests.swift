import Core
import Foundation
import Testing

@testable import Ingest

@Suite struct SourceDecoderTests {
  @Test("valid UTF-8 is UTF-8, whatever the page declares")
  func validUTF8Wins() {
    let bytes = Array("<meta charset=iso-8859-1><p>12 000 €</p>".utf8)
    let decoded = SourceDecoder.decode(bytes, declared: "iso-8859-1")
    #expect(decoded.encoding == "utf-8")
    #expect(decoded.bytes == bytes)
    #expect(decoded.warnings.isEmpty)
  }

  @Test("a declared ISO-8859-1 is read as Windows-1252: curly quotes and € survive")
  func latin1IsWindows1252() {
    let bytes: [UInt8] = [0x93, 0x80, 0x31, 0x30, 0x94, 0x20, 0x92, 0xE9]
    let decoded = SourceDecoder.decode(bytes, declared: "ISO-8859-1")
    #expect(String(decoding: decoded.bytes, as: UTF8.self) == "“€10” ’é")
    #expect(decoded.encoding == "windows-1252")
    #expect(decoded.warnings.isEmpty)
  }

  @Test("undeclared non-UTF-8 bytes are Windows-1252, with a warning")
  func undeclaredGetsAWarning() {
    let decoded = SourceDecoder.decode([0x63, 0x61, 0x66, 0xE9], declared: nil)
    #expect(String(decoding: decoded.bytes, as: UTF8.self) == "café")
    #expect(decoded.warnings.map(\.code) == ["ING001"])
  }

  @Test(
    "a byte-order mark wins over everything",
    arguments: [
      ([0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0xA9] as [UInt8], "utf-8"),
      ([0xFF, 0xFE, 0x41, 0x00, 0xE9, 0x00] as [UInt8], "utf-16le"),
      ([0xFE, 0xFF, 0x00, 0x41, 0x00, 0xE9] as [UInt8], "utf-16be"),
      // UTF-32's marks, read as UTF-32 (FF FE 00 00 also begins UTF-16's).
      ([0xFF, 0xFE, 0, 0, 0x41, 0, 0, 0, 0xE9, 0, 0, 0] as [UInt8], "utf-32le"),
      ([0, 0, 0xFE, 0xFF, 0, 0, 0, 0x41, 0, 0, 0, 0xE9] as [UInt8], "utf-32be"),
    ])
  func byteOrderMark(bytes: [UInt8], encoding: String) {
    let decoded = SourceDecoder.decode(bytes, declared: "windows-1252")
    #expect(String(decoding: decoded.bytes, as: UTF8.self) == "Aé")
    #expect(decoded.encoding == encoding)
  }

  @Test("a declared non-Latin charset is honoured")
  func koi8r() {
    // "Тест" in KOI8-R.
    let decoded = SourceDecoder.decode([0xF4, 0xC5, 0xD3, 0xD4], declared: "koi8-r")
    #expect(String(decoding: decoded.bytes, as: UTF8.self) == "Тест")
    #expect(decoded.encoding == "koi8-r")
  }

  @Test("an unknown charset falls back to Windows-1252 and says so")
  func unknownCharset() {
    let decoded = SourceDecoder.decode([0x41, 0x92, 0x42], declared: "x-no-such-charset")
    #expect(String(decoding: decoded.bytes, as: UTF8.self) == "A’B")
    #expect(decoded.warnings.first?.code == "ING003")
    #expect(decoded.warnings.first?.message.contains("x-no-such-charset") == true)
  }

  @Test(
    "the UTF-8 check rejects overlongs, surrogates and truncated sequences",
    arguments: [
      [0xC0, 0xAF] as [UInt8], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF5, 0x80, 0x80, 0x80], [0x80],
    ])
  func invalidUTF8(bytes: [UInt8]) {
    #expect(!SourceDecoder.isValidUTF8(bytes))
    #expect(SourceDecoder.isValidUTF8(Array("ok — 12\u{202F}000 €".utf8)))
  }

  @Test(
    "the charset prescan reads meta charset, http-equiv and the XML declaration",
    arguments: [
      ("<html><head><meta charset=\"windows-1251\">", "windows-1251"),
      (
        "<!-- <meta charset=x> --><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=koi8-r'>",
        "koi8-r"
      ),
      ("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss>", "ISO-8859-15"),
      ("<html><body>no declaration</body></html>", nil),
    ] as [(String, String?)])
  func prescan(html: String, charset: String?) {
    #expect(CharsetPrescan.declaredCharset(in: Array(html.utf8)) == charset)
  }

  @Test("a file of a byte-order mark alone is empty, as a file of no bytes is")
  func onlyMark() {
    for bytes in [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0x00, 0x00, 0xFE, 0xFF]] as [[UInt8]] {
      let outcome = Ingestor().ingest(bytes, path: "notes/blank.md")
      #expect(outcome.status == .skipped)
      #expect(outcome.reason == "empty file")
    }
  }

  @Test("a UTF-16 or UTF-32 mail is decoded whole: its headers and its body are read")
  func wideMail() throws {
    let mail =
      "From: Ana Ruiz <ana@domvia.example>\r\nSubject: Pumps\r\n"
      + "Date: Mon, 2 Jun 2025 10:00:00 +0000\r\n\r\nDomvia received 300 pumps in May.\r\n"
    for encoding in [String.Encoding.utf16, .utf32] {
      let bytes = try #require(mail.data(using: encoding).map(Array.init))
      let outcome = Ingestor().ingest(bytes, path: "memos/pumps.eml")
      #expect(outcome.status == .ok)
      #expect(outcome.documents.first?.text.contains("300 pumps") == true)
      #expect(outcome.documents.first?.author == "Ana Ruiz")
    }
  }
}
