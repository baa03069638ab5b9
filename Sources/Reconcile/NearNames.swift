import Core

/// Ledger parties whose names are close to a name that is not one, for a hint that names the
/// `tally.yml` fix: "Domvia" is not a customer, but "Domvia Habitat" is.
///
/// Close means: every word of the one name is a word of the other ("Domvia" and "Domvia
/// Habitat", "Kessler Yards AB" and "Kessler Yards"), or the two differ by one letter changed,
/// added, removed or swapped with its neighbour ("Nordhaven" and "Nordhavn", "Domvai" and "Domvia"). Each distinct name is worked out once, against every party of the ledger.
struct NearNames {
  private let parties: [(name: String, key: String, words: Set<String>)]
  private var known: [String: String?] = [:]

  init(index: LedgerIndex) {
    parties = index.customers.values.sorted().map { name in
      (name, Reconciler.key(name), Self.words(name))
    }
  }

  /// The hint for a name the ledger does not know, or nil when no party is close to it.
  mutating func hint(for name: String) -> String? {
    if let hint = known[name] { return hint }
    let key = Reconciler.key(name)
    let words = Self.words(name)
    let close = parties.filter { party in
      guard party.key != key, !words.isEmpty else { return false }
      return words.isSubset(of: party.words) || party.words.isSubset(of: words)
        || (min(key.count, party.key.count) >= 5 && Self.oneEditApart(key, party.key))
    }
    // A site is written "Giga Texas (Tesla)": the alias goes on the site's own name.
    let names = close.map(\.name).map { name in
      name.hasSuffix(")") ? String(name.prefix { $0 != "(" }.dropLast()) : name
    }
    var hint: String?
    if let first = names.first {
      let others = names.dropFirst().map { " or '\($0)'" }.joined()
      hint =
        "'\(name)' is not in the ledger; if it means '\(first)'\(others), list '\(name)' under that entity's aliases in tally.yml"
    }
    known[name] = hint
    return hint
  }

  private static func words(_ name: String) -> Set<String> {
    Set(name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { Reconciler.key(String($0)) })
      .subtracting([""])
  }

  /// Whether one letter changed, added, removed or swapped with its neighbour turns one key into
  /// the other.
  static func oneEditApart(_ first: String, _ second: String) -> Bool {
    let a = Array(first.utf8)
    let b = Array(second.utf8)
    guard abs(a.count - b.count) <= 1 else { return false }
    var i = 0
    var j = 0
    var edits = 0
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        i += 1
        j += 1
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if a.count > b.count {
        i += 1
      } else if b.count > a.count {
        j += 1
      } else if i + 1 < a.count, a[i] == b[j + 1], a[i + 1] == b[j] {
        // Two letters swapped ("Domvai") are one slip of the keys.
        i += 2
        j += 2
      } else {
        i += 1
        j += 1
      }
    }
    return edits + (a.count - i) + (b.count - j) <= 1
  }
}
