import Foundation

extension Decimal {
  /// The significand's magnitude as a 64-bit integer and the power of ten it is scaled by, when
  /// the significand fits and the exponent is under 40 either way (nil for NaN): integers to
  /// work with where Decimal's own arithmetic costs thousands of instructions an operation.
  public var integerParts: (magnitude: Int64, exponent: Int)? {
    guard !isNaN else { return nil }
    let exponent = self.exponent
    guard Swift.abs(exponent) < 40 else { return nil }
    let significand = self.significand
    let magnitude = significand < 0 ? -significand : significand
    let whole = Int64(truncating: NSDecimalNumber(decimal: magnitude))
    guard whole >= 0, Decimal(whole) == magnitude else { return nil }
    return (whole, exponent)
  }
}
