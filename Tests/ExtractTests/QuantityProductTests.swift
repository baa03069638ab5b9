import Core
import Foundation
import Testing

@testable import Extract

/// `QuantityScanner.product` and `FoundQuantity.sum` against Decimal's own product and sum, for
/// the values the scanner reads, every scale word of both languages and the half-steps of
/// precision.
@Suite struct QuantityProductTests {
  /// Figures as written: whole, with decimals (trailing zeros kept), negative, zero, tiny, and
  /// past 64 bits.
  private var values: [Decimal] {
    var texts = ["0", "0.000", "-0.0"]
    for index in 0..<100 {
      texts += [
        "\(index * 37)", "\(index % 100).\(index % 7)", "-\(index).\(index % 11)0",
        "0.\(index)", "\(index)e\(index % 13)", "1234567890123456789012345678\(index)",
      ]
    }
    return texts.compactMap { Decimal(string: $0) }
  }

  @Test("a scale word's product is Decimal's own, exponent, significand and all")
  func sameAsDecimalProduct() {
    var scales: [Decimal] = [Decimal(sign: .plus, exponent: -2, significand: 1), 12, 20, -1_000]
    scales.append(Decimal(sign: .plus, exponent: -1, significand: 25))
    for language in [Language.en, .fr] {
      let lexicon = SharedLexicon.forLanguage(language).lexicon
      scales += lexicon.scales.keys.compactMap { lexicon.scales[$0] }
      scales += lexicon.exactScales.values
    }
    let values = values
    #expect(values.count > 600)
    #expect(scales.count > 30)
    for scale in scales {
      for value in values {
        let expected = value * scale
        let product = QuantityScanner.product(value, scale)
        #expect(product == expected, "\(value) × \(scale)")
        #expect(product.exponent == expected.exponent, "\(value) × \(scale)")
        #expect(product.significand == expected.significand, "\(value) × \(scale)")
        #expect(product.description == expected.description, "\(value) × \(scale)")
      }
    }
  }

  @Test("a bound moved by a half-step is Decimal's own sum, exponent, significand and all")
  func sameAsDecimalSum() {
    let values = values
    var steps: [Decimal] = [0, Decimal(sign: .minus, exponent: 0, significand: 5)]
    for exponent in -8...14 {
      steps.append(Decimal(sign: .plus, exponent: exponent, significand: 5))
    }
    steps += values.prefix(40)
    for step in steps {
      for value in values {
        for negating in [false, true] {
          let expected = negating ? value - step : value + step
          let sum = FoundQuantity.sum(value, step, negating: negating)
          let written = "\(value) \(negating ? "-" : "+") \(step)"
          #expect(sum == expected, "\(written)")
          #expect(sum.exponent == expected.exponent, "\(written)")
          #expect(sum.significand == expected.significand, "\(written)")
          #expect(sum.description == expected.description, "\(written)")
        }
      }
    }
  }
}
