import Core

/// The ledger party a document is mainly about.
///
/// That is the customer or site its title and text name most often, by name, alias or
/// description. A mention in the title counts twice; a tie names none.
///
/// A claim whose sentence names no party ("Nvidia hardware: $3–4 billion", in a post about
/// Tesla's AI budget) is taken to be about it, and its finding says so.
///
/// ```swift
/// let parties = MainParty(config: config, bookings: bookings)
/// parties.of(document)   // "Tesla"
/// ```
public struct MainParty: Sendable {
  /// The ledger's spellings of its parties: a customer's, or a site's.
  private let parties: [String]
  /// Each party's names and aliases (matched as written) and descriptions (whose first letter
  /// may also be a capital, "The automaker"), by first byte, longest first.
  private let patterns: [UInt8: [(bytes: [UInt8], party: Int)]]
  /// Every name and alias of the ledger's customers and sites, as written.
  public let names: Set<String>

  /// The ledger's customers and sites, with their configured aliases and descriptions.
  ///
  /// Two spellings of one entity ("Tesla", "Tesla Inc") are one party.
  public init(config: TallyConfig, bookings: [Booking]) {
    var index: [String: Int] = [:]
    var parties: [String] = []
    var spellings: [Set<String>] = []
    var descriptions: [Set<String>] = []
    var seen = Set<String>()
    for name in bookings.flatMap({ [$0.customer] + ($0.site.map { [$0] } ?? []) })
    where !name.isEmpty && seen.insert(name).inserted {
      let entity = config.entity(named: name)
      let key = Reconciler.key(entity?.name ?? name)
      let party =
        index[key]
        ?? {
          index[key] = parties.count
          parties.append(name)
          spellings.append([])
          descriptions.append([])
          return parties.count - 1
        }()
      spellings[party].formUnion([name] + (entity.map { [$0.name] + $0.aliases } ?? []))
      descriptions[party].formUnion(entity?.descriptions ?? [])
    }
    var patterns: [UInt8: [(bytes: [UInt8], party: Int)]] = [:]
    for party in parties.indices {
      for spelling in spellings[party].sorted() where !spelling.isEmpty {
        let bytes = Array(spelling.utf8)
        patterns[bytes[0], default: []].append((bytes, party))
      }
      for description in descriptions[party].sorted() where !description.isEmpty {
        let bytes = Array(description.utf8)
        patterns[bytes[0], default: []].append((bytes, party))
        if bytes[0] >= 0x61 && bytes[0] <= 0x7A {
          patterns[bytes[0] - 0x20, default: []].append(
            ([bytes[0] - 0x20] + bytes.dropFirst(), party))
        }
      }
    }
    self.patterns = patterns.mapValues { list in
      list.sorted { ($0.bytes.count, $0.party) > ($1.bytes.count, $1.party) }
    }
    self.parties = parties
    names = Set(spellings.flatMap { $0 })
  }

  /// The party `document` is mainly about, if one is named more often than any other.
  public func of(_ document: Document) -> String? {
    guard !parties.isEmpty else { return nil }
    var counts = [Int](repeating: 0, count: parties.count)
    count(Array((document.title ?? "").utf8), weight: 2, into: &counts)
    count(Array(document.text.utf8), weight: 1, into: &counts)
    guard let most = counts.max(), most > 0, counts.filter({ $0 == most }).count == 1,
      let party = counts.firstIndex(of: most)
    else { return nil }
    return parties[party]
  }

  /// Adds `weight` to a party's count for each mention of it in `text`: one pass, each place
  /// counted once, by its longest pattern ("Tesla Inc" is one mention, not two).
  private func count(_ text: [UInt8], weight: Int, into counts: inout [Int]) {
    var index = 0
    while index < text.count {
      guard let candidates = patterns[text[index]],
        index == 0 || !Self.endsWord(text, before: index)
      else {
        index += 1
        continue
      }
      var matched = 0
      for (pattern, party) in candidates where index + pattern.count <= text.count {
        let end = index + pattern.count
        if text[index..<end].elementsEqual(pattern),
          end == text.count || !Self.startsWord(text, at: end)
        {
          counts[party] += weight
          matched = pattern.count
          break
        }
      }
      index += max(matched, 1)
    }
  }

  /// Whether a letter or digit starts at `index`.
  private static func startsWord(_ text: [UInt8], at index: Int) -> Bool {
    let byte = text[index]
    guard byte >= 0x80 else { return isASCIIWordByte(byte) }
    var end = index + 1
    while end < text.count, text[end] & 0xC0 == 0x80 { end += 1 }
    return isLetterOrDigit(text[index..<end])
  }

  /// Whether a letter or digit ends just before `index`.
  private static func endsWord(_ text: [UInt8], before index: Int) -> Bool {
    let byte = text[index - 1]
    guard byte >= 0x80 else { return isASCIIWordByte(byte) }
    var start = index - 1
    while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
    return isLetterOrDigit(text[start..<index])
  }

  private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }

  /// Whether the one character in `bytes` is a letter or digit ("é" is; "’" and U+00A0 are not).
  private static func isLetterOrDigit(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first else {
      return false
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
