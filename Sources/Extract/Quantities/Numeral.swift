import Core
import Foundation

/// A number written in digits, read by the language's rules.
struct Numeral {
  /// The value before any scale.
  var value: Decimal
  /// Digits after the decimal separator.
  var fractionDigits: Int
  /// Zeros at the end of the integer part, when there is no fraction (`12,000` → 3).
  var trailingZeros: Int
  /// Whether digits were grouped (`12,000`, `12 000`).
  var grouped: Bool
  /// Whether the grouping could not be settled by the language (`1.234` in undetermined text).
  var ambiguous: Bool
  /// The index of the numeral's first and last token.
  var first: Int
  var last: Int
  /// Letters glued after the digits (`k` in `12k`, `bn` in `4.7bn`, `er` in `1er`), if any.
  var suffix: String?
  /// The integer part's digit count, before grouping (`12,000` → 2 for the leading group).
  var leadingGroupDigits: Int
  /// Whether it started with a `0` and has no fraction (`01`, `007`): a code, not a quantity.
  var hasLeadingZero: Bool
  /// The integer part's digits after its leading zeros (`12,000` → 5, `007` → 1): without a
  /// fraction, the value is 1,000 or more exactly when there are four or more.
  var significantIntegerDigits: Int
}

/// Reads digits, grouping and decimal separators: `12,000` and `1,234.5` in English;
/// `12 000` (space, U+00A0, U+202F), `2,8` and `12.000` in French.
enum NumeralReader {
  private static let posix = Locale(identifier: "en_US_POSIX")

  /// The exact decimal of digit strings, without Foundation's slower string parsing when the
  /// digits fit in 18 places.
  static func decimal(integer: String, fraction: String) -> Decimal? {
    let digits = integer + fraction
    if digits.utf8.count <= 18, let significand = UInt64(digits) {
      return Decimal(sign: .plus, exponent: -fraction.utf8.count, significand: Decimal(significand))
    }
    return Decimal(string: fraction.isEmpty ? integer : integer + "." + fraction, locale: posix)
  }

  private static let spaceGroupSeparators: WordSet = ["\u{00A0}", "\u{202F}", "\u{2009}"]

  static func read(_ tokens: [Token], at index: Int, language: Language) -> Numeral? {
    guard let (firstDigits, firstRest) = tokens[index].leadingDigits else { return nil }
    var integer = String(firstDigits)
    var fraction = ""
    var grouped = false
    var ambiguous = false
    var last = index
    var suffix: String? = firstRest.isEmpty ? nil : String(firstRest)
    let leadingGroupDigits = firstDigits.count

    // Thousands groups.
    if suffix == nil && firstDigits.count <= 3 {
      var probe = index
      while true {
        // Glued separator: , . '
        if probe + 2 < tokens.count, tokens[probe + 1].kind == .symbol, tokens[probe + 1].isGlued,
          tokens[probe + 2].isGlued, let (digits, rest) = tokens[probe + 2].leadingDigits,
          digits.count == 3,
          !(probe + 3 < tokens.count && tokens[probe + 3].isGlued
            && tokens[probe + 3].kind == .number)
        {
          let separator = tokens[probe + 1].text
          let isGroup: Bool
          switch (separator, language) {
          case (",", .en), ("'", _), ("’", _): isGroup = true
          case (".", .fr): isGroup = true
          case (",", .und), (".", .und):
            // Settled only by a second separator of the same kind, or one of the other after.
            isGroup = true
            ambiguous = true
          default: isGroup = false
          }
          if isGroup {
            integer += digits
            grouped = true
            probe += 2
            last = probe
            if !rest.isEmpty {
              suffix = String(rest)
              break
            }
            continue
          }
        }
        // Space group: U+00A0 / U+202F anywhere, an ASCII space in French or in text whose
        // language is not known (« Domvia a reçu 2 500 pompes » is one figure).
        if probe + 1 < tokens.count, tokens[probe + 1].kind == .number,
          tokens[probe + 1].text.count == 3,
          spaceGroupSeparators.contains(tokens[probe + 1].gap)
            || (language != .en && tokens[probe + 1].gap == " ")
        {
          integer += tokens[probe + 1].text
          grouped = true
          probe += 1
          last = probe
          continue
        }
        if probe + 1 < tokens.count, tokens[probe + 1].kind == .mixed,
          spaceGroupSeparators.contains(tokens[probe + 1].gap)
            || (language != .en && tokens[probe + 1].gap == " "),
          let (digits, rest) = tokens[probe + 1].leadingDigits, digits.count == 3
        {
          integer += digits
          grouped = true
          probe += 1
          last = probe
          suffix = String(rest)
        }
        break
      }
    }
    // A second separator of the same kind settles an undetermined grouping.
    if ambiguous, grouped, integer.count > 6 { ambiguous = false }

    // Decimal part.
    if suffix == nil, last + 2 < tokens.count, tokens[last + 1].kind == .symbol,
      tokens[last + 1].isGlued,
      tokens[last + 2].isGlued, let (digits, rest) = tokens[last + 2].leadingDigits
    {
      let separator = tokens[last + 1].text
      let isDecimal: Bool
      switch (separator, language) {
      case (".", .en), (",", .fr): isDecimal = true
      case (".", .und), (",", .und): isDecimal = !(digits.count == 3 && !grouped) || grouped
      default: isDecimal = false
      }
      // Not a version or a date: 2.3.1, 04.06.2024.
      let continues =
        last + 4 < tokens.count && tokens[last + 3].isGlued && tokens[last + 3].text == separator
        && tokens[last + 4].isGlued && tokens[last + 4].kind == .number
      if isDecimal && !continues {
        fraction = String(digits)
        last += 2
        suffix = rest.isEmpty ? nil : String(rest)
      }
    }

    let trailingZeros = fraction.isEmpty ? integer.reversed().prefix(while: { $0 == "0" }).count : 0
    guard let value = decimal(integer: integer, fraction: fraction) else { return nil }
    return Numeral(
      value: value, fractionDigits: fraction.count,
      trailingZeros: min(trailingZeros, integer.count - 1),
      grouped: grouped, ambiguous: ambiguous, first: index, last: last, suffix: suffix,
      leadingGroupDigits: leadingGroupDigits,
      hasLeadingZero: integer.count > 1 && integer.hasPrefix("0") && fraction.isEmpty,
      significantIntegerDigits: integer.utf8.drop(while: { $0 == UInt8(ascii: "0") }).count)
  }
}
