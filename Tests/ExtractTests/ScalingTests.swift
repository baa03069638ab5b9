import Core
import Foundation
import Testing

@testable import Extract

/// Issue 12: extraction is linear in its input, whatever its shape.
///
/// Each shape is read at two sizes in the same run, best of three each; four times the input
/// must take well under sixteen times as long (quadratic), whatever the machine.
@Suite struct ScalingTests {
  enum Shape: String, CaseIterable, CustomTestStringConvertible {
    case denseClaims, longSentence, tinySentences, table, frenchDense

    var testDescription: String { rawValue }

    func text(_ size: Int) -> (String, Language) {
      switch self {
      case .denseClaims:
        (String(repeating: "Tesla bought 5 chips from Nvidia, ", count: size) + ".", .en)
      case .longSentence:
        (
          "Tesla said "
            + String(
              repeating: "that the plant in the north and the one in the south ", count: size)
            + "would hold 12,000 chips.", .en
        )
      case .tinySentences:
        (String(repeating: "Tesla bought 5 chips. ", count: size), .en)
      case .table:
        (
          "| Buyer | Item | Units |\n| --- | --- | --- |\n"
            + String(repeating: "| Tesla | H100 | 1,200 |\n", count: size), .en
        )
      case .frenchDense:
        (String(repeating: "Domvia a reçu 300 pompes d'Altmann en mars, ", count: size) + ".", .fr)
      }
    }
  }

  @Test("extraction time grows linearly with the input", arguments: Shape.allCases)
  func linear(shape: Shape) {
    func seconds(_ size: Int) -> Double {
      let (text, language) = shape.text(size)
      return (0..<3).map { _ in
        let elapsed = ContinuousClock().measure {
          let claims = ClaimExtractor().extract(text: text, language: language, date: "2025-06-01")
          #expect(!claims.isEmpty)
        }
        return Double(elapsed.components.seconds)
          + Double(elapsed.components.attoseconds) / 1e18
      }.min() ?? 0
    }
    let small = seconds(100)
    let large = seconds(400)
    #expect(large < max(small, 0.002) * 9, "\(shape): 100: \(small) s; 400: \(large) s")
  }
}
