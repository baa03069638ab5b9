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
  private struct Party: Sendable {
    /// The ledger's spelling: a customer, or a site.
    var name: String
    /// Its name and aliases, matched as written, and its descriptions, whose first letter may
    /// also be a capital ("The automaker").
    var exact: [[UInt8]]
    var described: [[UInt8]]
  }

  private let parties: [Party]
  /// Every name and alias of the ledger's customers and sites, as written.
  public let names: Set<String>

  /// The ledger's customers and sites, with what `config` knows of their aliases and
  /// descriptions.
  public init(config: TallyConfig, bookings: [Booking]) {
    var seen = Set<String>()
    var parties: [Party] = []
    for name in bookings.flatMap({ [$0.customer] + ($0.site.map { [$0] } ?? []) }) {
      guard !name.isEmpty, seen.insert(Reconciler.key(name)).inserted else { continue }
      let entity = config.entity(named: name)
      let names = [name] + (entity.map { [$0.name] + $0.aliases } ?? [])
      parties.append(
        Party(
          name: name, exact: Array(Set(names)).sorted().map { Array($0.utf8) },
          described: (entity?.descriptions ?? []).map { Array($0.utf8) }))
    }
    self.parties = parties
    names = Set(parties.flatMap { $0.exact.map { String(decoding: $0, as: UTF8.self) } })
  }

  /// The party `document` is mainly about, if one is named more often than any other.
  public func of(_ document: Document) -> String? {
    guard !parties.isEmpty else { return nil }
    let title = Array((document.title ?? "").utf8)
    let text = Array(document.text.utf8)
    var best: (name: String, count: Int)?
    var tied = false
    for party in parties {
      let count = 2 * mentions(of: party, in: title) + mentions(of: party, in: text)
      guard count > 0 else { continue }
      if count > best?.count ?? 0 {
        best = (party.name, count)
        tied = false
      } else if count == best?.count {
        tied = true
      }
    }
    return tied ? nil : best?.name
  }

  private func mentions(of party: Party, in text: [UInt8]) -> Int {
    party.exact.reduce(0) { $0 + Self.count($1, in: text, anyCaseFirst: false) }
      + party.described.reduce(0) { $0 + Self.count($1, in: text, anyCaseFirst: true) }
  }

  /// How often `pattern` occurs in `text` as whole words.
  static func count(_ pattern: [UInt8], in text: [UInt8], anyCaseFirst: Bool) -> Int {
    guard let first = pattern.first, pattern.count <= text.count else { return 0 }
    let capital = anyCaseFirst && first >= 0x61 && first <= 0x7A ? first - 0x20 : first
    var count = 0
    var index = 0
    let last = text.count - pattern.count
    while index <= last {
      let byte = text[index]
      if byte == first || byte == capital,
        index == 0 || !Self.endsWord(text, before: index),
        index + pattern.count == text.count || !Self.startsWord(text, at: index + pattern.count),
        text[(index + 1)..<(index + pattern.count)].elementsEqual(pattern.dropFirst())
      {
        count += 1
        index += pattern.count
      } else {
        index += 1
      }
    }
    return count
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
