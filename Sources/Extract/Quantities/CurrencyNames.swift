import Foundation

/// Currencies named in two words, from CLDR through Foundation, in English and French, singular
/// and plural: "Norwegian kroner", "Dutch guilders", « couronnes norvégiennes », « dirhams
/// marocains », « francs suisses ».
///
/// Only names of two words are read: a bare "dirhams" or « couronnes » could be several
/// currencies. A name shared by two currencies is left out; a current currency wins over a
/// historical one of the same name.
enum CurrencyNames {
  /// Every currency's name of two words in English and French, as lower-case words, with its
  /// plural: current currencies first, in code order, then historical ones.
  private static let names: [(code: String, common: Bool, english: Bool, forms: [[String]])] = {
    let common = Set(Locale.commonISOCurrencyCodes)
    let all = Locale.Currency.isoCurrencies.map(\.identifier)
    var names: [(code: String, common: Bool, english: Bool, forms: [[String]])] = []
    let locales = [(true, Locale(identifier: "en")), (false, Locale(identifier: "fr"))]
    for code in all.filter(common.contains).sorted() + all.filter({ !common.contains($0) }).sorted()
    {
      for (english, locale) in locales {
        guard let name = locale.localizedString(forCurrencyCode: code) else { continue }
        let words = name.lowercased().split(separator: " ").map(String.init)
        guard words.count == 2 else { continue }
        let plural = english ? englishPlural(words) : frenchPlural(words)
        names.append((code, common.contains(code), english, [words, plural]))
      }
    }
    return names
  }()

  /// The ISO code each name (as lower-case words) stands for.
  static let phrases: [[String]: String] = {
    var table: [[String]: String] = [:]
    var shared: Set<[String]> = []
    var commonCodes: Set<String> = []
    // (A name written with other than letters, « rand sud-africain », is read only by its noun.)
    for name in names where name.forms[0].allSatisfy({ $0.allSatisfy(\.isLetter) }) {
      if name.common { commonCodes.insert(name.code) }
      for form in name.forms {
        if let existing = table[form], existing != name.code {
          if commonCodes.contains(existing) == name.common { shared.insert(form) }
          continue
        }
        table[form] = name.code
      }
    }
    for form in shared { table[form] = nil }
    return table
  }()

  /// The first words of `phrases`: most words start none, and are told so by one probe.
  private static let firstWords = WordSet(phrases.keys.compactMap(\.first).sorted())

  /// The currencies each bare noun of a current currency's name may stand for, singular and
  /// plural: "kroner" → DKK, NOK; « dirhams » → AED, MAD.
  static let nouns: [String: Set<String>] = {
    var table: [String: Set<String>] = [:]
    for name in names where name.common {
      // The noun comes last in English ("Norwegian krone"), first in French.
      for form in name.forms {
        if let noun = name.english ? form.last : form.first {
          table[noun, default: []].insert(name.code)
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
      tokens[index + 1].gap == " ", firstWords.contains(tokens[index]),
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
