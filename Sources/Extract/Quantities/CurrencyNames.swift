import Foundation

/// Currencies named in two words, from CLDR through Foundation, in English and French, singular
/// and plural: "Norwegian kroner", "Dutch guilders", « couronnes norvégiennes », « dirhams
/// marocains », « francs suisses ».
///
/// Only names of two words are read: a bare "dirhams" or « couronnes » could be several
/// currencies. A name shared by two currencies is left out; a current currency wins over a
/// historical one of the same name.
enum CurrencyNames {
  /// The ISO code each name (as lower-case words) stands for.
  static let phrases: [[String]: String] = {
    var table: [[String]: String] = [:]
    var shared: Set<[String]> = []
    let common = Set(Locale.commonISOCurrencyCodes)
    let all = Locale.Currency.isoCurrencies.map(\.identifier)
    // Current currencies first, so that a historical one never takes their name.
    for code in all.filter(common.contains).sorted() + all.filter({ !common.contains($0) }).sorted()
    {
      for (identifier, plural) in [("en", englishPlural), ("fr", frenchPlural)] {
        guard let name = Locale(identifier: identifier).localizedString(forCurrencyCode: code)
        else { continue }
        let words = name.lowercased().split(separator: " ").map(String.init)
        guard words.count == 2, words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { continue }
        for form in [words, plural(words)] {
          if let existing = table[form], existing != code {
            if common.contains(existing) == common.contains(code) { shared.insert(form) }
            continue
          }
          table[form] = code
        }
      }
    }
    for form in shared { table[form] = nil }
    return table
  }()

  /// The currencies each bare noun of a current currency's name may stand for, singular and
  /// plural: "kroner" → DKK, NOK; « dirhams » → AED, MAD.
  static let nouns: [String: Set<String>] = {
    var table: [String: Set<String>] = [:]
    for code in Locale.commonISOCurrencyCodes {
      for (identifier, plural) in [("en", englishPlural), ("fr", frenchPlural)] {
        guard let name = Locale(identifier: identifier).localizedString(forCurrencyCode: code)
        else { continue }
        let words = name.lowercased().split(separator: " ").map(String.init)
        guard words.count == 2, let noun = identifier == "en" ? words.last : words.first else {
          continue
        }
        table[noun, default: []].insert(code)
        if let plural = (identifier == "en" ? plural(words).last : plural(words).first) {
          table[plural, default: []].insert(code)
        }
      }
    }
    return table
  }()

  /// The one currency among `known` that a bare noun at `index` may stand for: « 4,8 millions
  /// de dirhams » is the Moroccan dirham when that is the only dirham the ledger books.
  static func currency(noun index: Int, in tokens: [Token], known: Set<String>) -> String? {
    guard index < tokens.count, tokens[index].kind == .word,
      let codes = nouns[tokens[index].lower]?.intersection(known), codes.count == 1
    else { return nil }
    return codes.first
  }

  /// The currency a two-word name at `index` names, and its last token.
  static func currency(at index: Int, in tokens: [Token]) -> (code: String, end: Int)? {
    guard index + 1 < tokens.count, tokens[index].kind == .word, tokens[index + 1].kind == .word,
      tokens[index + 1].gap == " ",
      let code = phrases[[tokens[index].lower, tokens[index + 1].lower]]
    else { return nil }
    return (code, index + 1)
  }

  /// "Norwegian krone" → "Norwegian kroner": the noun comes last; CLDR's English plurals are
  /// not in Foundation, so the irregular ones are ours.
  private static func englishPlural(_ words: [String]) -> [String] {
    guard let noun = words.last else { return words }
    let irregular: [String: String] = [
      "krone": "kroner", "krona": "kronor", "króna": "krónur", "lira": "lire", "yen": "yen",
      "yuan": "yuan", "won": "won", "rand": "rand", "real": "reais", "baht": "baht",
      "markka": "markkaa", "shekel": "shekels", "lev": "leva",
    ]
    let plural = irregular[noun] ?? (noun.hasSuffix("s") ? noun : noun + "s")
    return words.dropLast() + [plural]
  }

  /// « couronne norvégienne » → « couronnes norvégiennes »: every word takes the plural.
  private static func frenchPlural(_ words: [String]) -> [String] {
    words.map { word in
      if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") { return word }
      if word.hasSuffix("al") { return String(word.dropLast(2)) + "aux" }
      return word + "s"
    }
  }
}
