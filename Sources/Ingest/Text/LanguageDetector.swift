import Core

/// Tells English from French by their commonest words.
///
/// Counts frequent function words of each language in the first 20,000 code points. The
/// answer is `und` when fewer than 3 such words are found or neither language
/// leads by a clear margin; a few words of text cannot be told apart reliably.
public enum LanguageDetector {
  /// The language of `text` (its first `limit` code points): `en`, `fr`, or `und` when the
  /// evidence is thin or mixed.
  public static func detect(_ text: String, limit: Int = 20_000) -> Language {
    detect(text[...], limit: limit)
  }

  /// The language of a part of a text, read in place (a concrete type: a generic one would go
  /// through protocol witnesses for every scalar across the module boundary).
  public static func detect(_ text: Substring, limit: Int = 20_000) -> Language {
    var english = 0
    var french = 0
    // The current word's lower-case UTF-8 bytes, hashed (FNV-1a) as they are read: no String
    // or buffer is made per word.
    var hash = Self.basis
    var length = 0
    // Whether the current word has the lead byte of an accented Latin letter (0xC3).
    var hasC3 = false
    // Whether the current word began with a capital.
    var capitalised = false
    func add(_ byte: UInt8) {
      hash = (hash ^ UInt64(byte)) &* Self.prime
      length += 1
      if byte == 0xC3 { hasC3 = true }
    }
    func clearWord() {
      hash = Self.basis
      length = 0
      hasC3 = false
    }
    func score() {
      if length > 0 {
        if englishHashes.contains(hash) { english += 1 }
        if frenchHashes.contains(hash) {
          french += 1
        } else if !capitalised, hasC3 {
          // A lower-case word with an accented Latin letter (« reçu », « réservées »), not a
          // name such as Vérel: French, of the two.
          french += 1
        }
      }
      capitalised = false
      clearWord()
    }
    func append(_ scalar: Unicode.Scalar) {
      if scalar.value < 0x80 {
        add(UInt8(scalar.value))
      } else {
        UTF8.encode(scalar) { add($0) }
      }
    }
    var seen = 0
    func read(_ scalar: Unicode.Scalar) {
      let value = scalar.value
      if value == 0x27 || value == 0x2019 {
        // « l'usine », « d'euros »: the elided article counts as a word.
        if elisionHashes.contains(hash) { french += 1 }
        clearWord()
      } else if value >= 0x41 && value <= 0x5A {
        if length == 0 { capitalised = true }
        add(UInt8(value + 0x20))
      } else if (value >= 0x61 && value <= 0x7A)
        || (value >= 0xC0 && value <= 0x17F && value != 0xD7 && value != 0xF7)
      {
        if value >= 0xC0 && value <= 0xDE,
          let lower = String(scalar).lowercased().unicodeScalars.first
        {
          if length == 0 { capitalised = true }
          append(lower)
        } else {
          append(scalar)
        }
      } else if value > 0x17F && scalar.properties.isAlphabetic {
        append(scalar)
      } else {
        score()
      }
    }
    // Bytes, with ASCII read directly and only other scalars decoded: most text is ASCII.
    func readAll(_ bytes: UnsafeBufferPointer<UInt8>) {
      var position = 0
      while position < bytes.count {
        seen += 1
        if seen > limit { break }
        let byte = bytes[position]
        if byte < 0x80 {
          read(Unicode.Scalar(byte))
          position += 1
          continue
        }
        var rest = UnsafeBufferPointer(rebasing: bytes[position...]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&rest) else { break }
        read(scalar)
        position += UTF8.width(scalar)
      }
    }
    if text.utf8.withContiguousStorageIfAvailable(readAll) == nil {
      var copy = String(text)
      copy.withUTF8(readAll)
    }
    score()
    // A short text with words of one language only ("Tesla bought 5,000 H100s in 2024.",
    // « Domvia a reçu 2 500 pompes ») is that language; one with none, or with both and few,
    // is not known.
    if english + french < 3 {
      if french == 0, english > 0 { return .en }
      if english == 0, french > 0 { return .fr }
      return .und
    }
    if Double(english) >= Double(french) * 1.5 { return .en }
    if Double(french) >= Double(english) * 1.5 { return .fr }
    return .und
  }

  private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01B3

  private static func hash(_ bytes: [UInt8]) -> UInt64 {
    var hash = basis
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
    return hash
  }

  private static let englishHashes = HashTable(englishWords.map { hash(Array($0.utf8)) })
  private static let frenchHashes = HashTable(frenchWords.map { hash(Array($0.utf8)) })
  private static let elisionHashes = HashTable(frenchElisions.map { hash(Array($0.utf8)) })

  /// A set of FNV-1a hashes, probed by the hash itself: a lookup a word costs a few loads, not
  /// a seeded rehash as `Set<UInt64>` does.
  private struct HashTable: Sendable {
    private var slots: [UInt64]
    private let mask: Int

    init(_ hashes: [UInt64]) {
      var size = 16
      while size < hashes.count * 4 { size *= 2 }
      mask = size - 1
      slots = [UInt64](repeating: 0, count: size)
      for hash in hashes where hash != 0 {
        var slot = Int(truncatingIfNeeded: hash >> 40) & mask
        while slots[slot] != 0, slots[slot] != hash { slot = (slot + 1) & mask }
        slots[slot] = hash
      }
    }

    func contains(_ hash: UInt64) -> Bool {
      var slot = Int(truncatingIfNeeded: hash >> 40) & mask
      while slots[slot] != 0 {
        if slots[slot] == hash { return true }
        slot = (slot + 1) & mask
      }
      return false
    }
  }

  private static let englishWords: Set<String> = [
    "the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "are", "by", "this",
    "from", "have", "has", "had", "will", "would", "its", "it", "at", "be", "which", "were",
    "their", "said", "than", "more", "about", "been", "after", "they", "we", "our", "not", "but",
    "year", "billion", "million", "roughly", "nearly", "into", "over", "also",
  ]
  private static let frenchWords: Set<String> = [
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "pour", "dans", "que", "qui",
    "sur", "au", "aux", "par", "pas", "plus", "ont", "été", "sont", "avec", "ce", "cette", "ses",
    "son", "sa", "selon", "mais", "nous", "il", "elle", "ils", "a", "leur", "entre",
    "année", "environ", "milliards", "milliard", "aussi", "très", "comme", "après",
    "avant", "depuis", "chez", "sans", "sous", "vers", "contre", "dont", "où", "leurs", "ces",
  ]
  private static let frenchElisions: Set<String> = ["l", "d", "qu", "n", "s", "c", "j", "jusqu"]
}
