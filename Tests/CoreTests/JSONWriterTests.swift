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
    for value in samples {
      #expect(JSONWriter.text(of: value) == value.description, "\(value)")
    }
  }
}
