import Core
import Foundation

/// A quantity found in a sentence, before the claim's other fields are filled.
struct FoundQuantity {
  /// The first and last token of the quantity as written (qualifier words excluded).
  var first: Int
  var last: Int
  /// The stated interval.
  var low: Decimal?
  var high: Decimal?
  var qualifier: Qualifier
  var unit: QuantityUnit
  /// Half the unit of the last written digit, per end, before qualifier widening.
  var lowHalfStep: Decimal
  var highHalfStep: Decimal
  var ambiguous: Bool
  /// The rule that matched, such as `money/1`.
  var rule: String
  /// The index after the quantity's tokens, where a counted noun may start.
  var next: Int
}

/// Widening rules for a claim's bounds.
public struct Tolerance: Sendable, Hashable {
  /// The relative widening for approximate claims (0.10 is ±10 %).
  public var approximate: Decimal
  /// Overrides by unit (`percent`, `USD`, `count`…).
  public var byUnit: [String: Decimal]
  /// Overrides by metric; a metric's override wins over its unit's.
  public var byMetric: [Metric: Decimal]

  /// The defaults: ±10 % for approximate claims.
  public static let standard = Tolerance(approximate: Decimal(string: "0.1") ?? 0)

  /// Creates a tolerance.
  public init(
    approximate: Decimal, byUnit: [String: Decimal] = [:], byMetric: [Metric: Decimal] = [:]
  ) {
    self.approximate = approximate
    self.byUnit = byUnit
    self.byMetric = byMetric
  }

  /// The widening for a claim of this unit and metric.
  public func approximate(unit: QuantityUnit, metric: Metric) -> Decimal {
    byMetric[metric] ?? byUnit[unit.description] ?? approximate
  }
}

extension FoundQuantity {
  /// The interval its writing and qualifier allow: precision to the last written digit, then
  /// ±`approximate` for approximate claims; an open end stays open.
  func bounds(_ widening: Decimal) -> Interval {
    // (A step of zero, as for "12,437", leaves the value as it is, without Decimal arithmetic.)
    var lower = low.map { lowHalfStep.isZero ? $0 : Self.sum($0, lowHalfStep, negating: true) }
    var upper = high.map { highHalfStep.isZero ? $0 : Self.sum($0, highHalfStep, negating: false) }
    if qualifier == .approximate, let value = low ?? high {
      let widening = abs(value) * widening
      lower = min(lower ?? value, value - widening)
      upper = max(upper ?? value, value + widening)
    }
    return Interval(low: lower, high: upper)
  }
}

private func abs(_ value: Decimal) -> Decimal { value < 0 ? -value : value }

extension FoundQuantity {
  /// `value + step`, or `value - step` when `negating`, made in 64-bit integers when both
  /// significands fit and the sum is not zero: Decimal's own sum costs about 5,000
  /// instructions, and every figure's bounds take two.
  ///
  /// The result is the Decimal the sum makes (`QuantityProductTests`): at the smaller exponent,
  /// with trailing zeros moved into the exponent.
  static func sum(_ value: Decimal, _ step: Decimal, negating: Bool) -> Decimal {
    func fallback() -> Decimal { negating ? value - step : value + step }
    guard let (left, leftExponent) = value.integerParts,
      let (right, rightExponent) = step.integerParts
    else { return fallback() }
    let exponent = min(leftExponent, rightExponent)
    guard let left = aligned(value < 0 ? -left : left, by: leftExponent - exponent),
      let right = aligned(step < 0 ? -right : right, by: rightExponent - exponent)
    else { return fallback() }
    let (total, overflow) =
      negating ? left.subtractingReportingOverflow(right) : left.addingReportingOverflow(right)
    guard !overflow, total != 0 else { return fallback() }
    // (Decimal's initializer moves trailing zeros into the exponent, as its sum does.)
    return Decimal(
      sign: total < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(total.magnitude))
  }

  /// `value` times ten to `power` (at least 0), if that fits in 64 bits.
  private static func aligned(_ value: Int64, by power: Int) -> Int64? {
    var result = value
    for _ in 0..<power {
      let (product, overflow) = result.multipliedReportingOverflow(by: 10)
      if overflow { return nil }
      result = product
    }
    return result
  }
}
