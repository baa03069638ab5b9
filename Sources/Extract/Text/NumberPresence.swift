/// A quick look at a block's or a sentence's bytes, to tell whether it can hold a quantity at all.
///
/// True when it has an ASCII digit or a word that can start a number in words ("four",
/// « douze »), other than an article or « de/des »: those open a number only with a word that
/// is itself a starter ("a dozen", « une centaine », « des milliers »). Words are hashed as they
/// are read (lower-cased, FNV-1a), without allocating, so the many blocks and sentences without
/// numbers skip sentence splitting and tokenizing altogether.
enum NumberPresence {
  private static let starterHashes: Set<UInt64> = {
    let articles: WordSet = ["a", "an", "un", "une", "la", "des", "de", "d"]
    var hashes = Set<UInt64>()
    for lexicon in [Lexicon.forLanguage(.en), Lexicon.forLanguage(.fr)] {
      for word in lexicon.numberWordStarters.subtracting(articles) {
        hashes.insert(hash(Array(word.utf8)))
      }
      for words in lexicon.approximatePhrases.map(\.words) + lexicon.fractions.map(\.words) {
        for word in words where !articles.contains(word) { hashes.insert(hash(Array(word.utf8))) }
      }
    }
    return hashes
  }()

  /// One bit test in front of the set: most words are no starter.
  private static let starterFilter: WordFilter = {
    var filter = WordFilter([])
    filter.insert(hashes: starterHashes)
    return filter
  }()

  private static func hash<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  static func mayHoldQuantities(_ text: Substring) -> Bool {
    // Over the bytes in place when they are contiguous (a substring of a native string is).
    text.utf8.withContiguousStorageIfAvailable { mayHoldQuantities(bytes: $0) }
      ?? mayHoldQuantities(bytes: text.utf8)
  }

  /// What each byte is to the scan, in one load: 0 ends a word, 1 is an ASCII digit, and any
  /// other value is the byte of a word, lower-cased (ASCII letters, and every byte of a
  /// non-ASCII character, which is 0x80 or more).
  private static let byteMeaning: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
    let byte = UInt8(value)
    if byte >= 0x30 && byte <= 0x39 { return 1 }
    if byte >= 0x41 && byte <= 0x5A { return byte + 0x20 }
    if (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 { return byte }
    return 0
  }

  private static func mayHoldQuantities<Bytes: Sequence<UInt8>>(bytes: Bytes) -> Bool {
    byteMeaning.withUnsafeBufferPointer { meaning in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      var length = 0
      for byte in bytes {
        let lower = meaning[Int(byte)]
        if lower > 1 {
          hash ^= UInt64(lower)
          hash = hash &* 0x0000_0100_0000_01B3
          length += 1
        } else if lower == 1 {
          return true
        } else {
          if length > 0, starterFilter.mayContain(hash), starterHashes.contains(hash) {
            return true
          }
          hash = 0xcbf2_9ce4_8422_2325
          length = 0
        }
      }
      return length > 0 && starterHashes.contains(hash)
    }
  }
}
