import Core

/// A quick "certainly not" before a word lookup: a 4,096-bit Bloom filter over the FNV-1a
/// hashes of lower-case words, one bit a word.
///
/// Tokens carry the hash of their lower-case text (`Token.lowerHash`), so most tokens are
/// turned away by one bit test instead of hashing their text for a `Set` or `Dictionary`.
/// A set bit only says "maybe": the real lookup follows.
struct WordFilter: Sendable {
  private var bits = [UInt64](repeating: 0, count: 64)

  init<Words: Sequence<String>>(_ words: Words) {
    for word in words {
      let bit = Self.bit(FNV1a.hash(word.utf8))
      bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }
  }

  /// Adds words by their FNV-1a hashes.
  mutating func insert(hashes: some Sequence<UInt64>) {
    for hash in hashes {
      let bit = Self.bit(hash)
      bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }
  }

  /// Whether a word with this FNV-1a hash may be one of the words.
  func mayContain(_ hash: UInt64) -> Bool {
    let bit = Self.bit(hash)
    return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// The top 12 bits: FNV-1a mixes every byte into its high bits, not into its low ones.
  private static func bit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 52) }
}
