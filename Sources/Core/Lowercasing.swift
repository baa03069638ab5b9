extension StringProtocol {
  /// The text in lower case, exactly as `lowercased()` gives it, made without a per-scalar
  /// property lookup for the Latin letters most of our text is written in.
  ///
  /// `lowercased()` maps each scalar to its own lower-case mapping, with a fast path only for
  /// all-ASCII strings: one « É » sends a whole sentence through the slow path, about 240
  /// instructions a character. Here every scalar below U+0100 is mapped directly (A–Z and
  /// À–Þ but × take +0x20; the others, µ and ß among them, are their own lower case), and
  /// only the rest goes through `Unicode.Scalar.Properties.lowercaseMapping`, as there.
  @inlinable
  public func lowercasedByScalar() -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    for scalar in unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        bytes.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
      } else if value < 0x100 {
        let lower = value >= 0xC0 && value <= 0xDE && value != 0xD7 ? value + 0x20 : value
        // Two bytes: 110xxxxx 10xxxxxx.
        bytes.append(UInt8(0xC0 | lower >> 6))
        bytes.append(UInt8(0x80 | lower & 0x3F))
      } else {
        for mapped in scalar.properties.lowercaseMapping.unicodeScalars {
          UTF8.encode(mapped) { bytes.append($0) }
        }
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
