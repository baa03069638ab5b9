import Core
import Foundation
import Testing

@Suite struct JSONWriterTests {
  @Test("decimals are written exactly as Decimal prints them, whatever their scale")
  func decimals() {
    var samples =
      [
        "12000", "20.5", "0.5", "10000000000", "-2500000000", "20.50", "0.05", "0.0000001", "0",
        "123456789012345678901234567890", "-0.001", "3.14159", "2800000000000", "1.10", "-0",
        "99999999999999999999", "9223372036854775807", "9223372036854775808", "1e5",
      ].compactMap { Decimal(string: $0) } + [Decimal.nan]
    // Seeded, so that a failure repeats: values as the scanner reads them, and as bounds make
    // them (widened ±10 %, divided, halved).
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 11
    }
    for _ in 0..<20_000 {
      let mantissa = Decimal(next() % 20_000_000_000)
      let exponent = Int(next() % 25) - 12
      let value = Decimal(
        sign: next() % 2 == 0 ? .plus : .minus, exponent: exponent, significand: mantissa)
      samples += [
        value, value * Decimal(string: "0.9")!, value * Decimal(string: "1.1")!, value / 3,
        value + Decimal(string: "0.5")!,
      ]
    }
    // Significands of 18 and 19 digits, up to the largest a 64-bit integer holds, and past it.
    for text in [
      "999999999999999999", "1000000000000000000", "9223372036854775807", "9223372036854775808",
      "-9223372036854775807", "0.9223372036854775807", "92233720368547758.07", "1e19", "1e-19",
    ] {
      if let value = Decimal(string: text) { samples += [value, value * 1_000, -value] }
    }
    for value in samples {
      #expect(JSONWriter.text(of: value) == value.description, "\(value)")
    }
  }

  @Test("strings are escaped as JSON requires, wherever the character to escape falls")
  func escapes() throws {
    // Characters that need escaping, and some that do not, at every offset of strings
    // longer than the eight bytes read at a time; checked by parsing the output back.
    let specials = [
      "\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1F}", "é", "/", "\u{7F}",
    ]
    for special in specials {
      for offset in 0..<20 {
        for length in [offset + 1, offset + 9, 24] where length > offset {
          let text =
            String(repeating: "a", count: offset) + special
            + String(repeating: "ü", count: max(0, length - offset - 1) / 2)
          var json = JSONWriter()
          json.array { $0.string(text) }
          let parsed = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String]
          #expect(parsed == [text], "\(special) at \(offset)")
          // Only what must be escaped is: no \u escape but for control characters.
          let written = String(decoding: json.bytes, as: UTF8.self)
          #expect(
            written.contains("\\u")
              == (special.unicodeScalars.first!.value < 0x20
                && !["\n", "\r", "\t", "\u{8}", "\u{C}"].contains(special)))
        }
      }
    }
    var plain = JSONWriter(capacity: 64)
    plain.object { $0.field("k", "0123456789abcdef\"") }
    #expect(String(decoding: plain.bytes, as: UTF8.self) == #"{"k":"0123456789abcdef\""}"#)
  }
}
