import Foundation

/// Recognises files that are not text: known signatures, or NUL bytes near the start.
enum BinarySniffer {
  private static let signatures: [(bytes: [UInt8], name: String)] = [
    (Array("%PDF".utf8), "PDF"), ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
    ([0xFF, 0xD8, 0xFF], "JPEG image"), (Array("GIF8".utf8), "GIF image"),
    ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or office document"), ([0x1F, 0x8B], "gzip archive"),
    ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"), (Array("BZh".utf8), "bzip2 archive"),
    ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-Zip archive"),
    ([0xFD, 0x37, 0x7A, 0x58, 0x5A], "xz archive"),
    (Array("RIFF".utf8), "RIFF media"), (Array("OggS".utf8), "Ogg media"),
    (Array("ID3".utf8), "MP3 audio"),
    (Array("fLaC".utf8), "FLAC audio"), (Array("SQLite format 3".utf8), "SQLite database"),
    (Array("wOFF".utf8), "web font"), (Array("wOF2".utf8), "web font"),
    ([0xD0, 0xCF, 0x11, 0xE0], "legacy office document"),
    ([0xCA, 0xFE, 0xBA, 0xBE], "Java class or Mach-O"),
    ([0xCF, 0xFA, 0xED, 0xFE], "Mach-O executable"), (Array("MZ".utf8), "Windows executable"),
    ([0x00, 0x61, 0x73, 0x6D], "WebAssembly module"), ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
  ]

  /// A name for the kind of binary file, or nil for text.
  static func binaryKind(of bytes: [UInt8]) -> String? {
    // UTF-16 text has NUL bytes but a byte-order mark.
    if SourceDecoder.isWide(bytes) { return nil }
    for signature in signatures where bytes.starts(with: signature.bytes) {
      // "MZ" and "ID3" also begin ordinary words; trust them only with a NUL nearby.
      if signature.bytes.count <= 3, !hasNUL(bytes, within: 512) { continue }
      return signature.name
    }
    if bytes.count > 12, bytes[4...7].elementsEqual(Array("ftyp".utf8)) {
      return "MP4 or QuickTime media"
    }
    if hasNUL(bytes, within: 8192) { return "NUL bytes" }
    return nil
  }

  /// Whether a NUL is among the first `count` bytes (memchr reads many bytes at a time: this
  /// runs on every file).
  private static func hasNUL(_ bytes: [UInt8], within count: Int) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      return memchr(base, 0, min(count, buffer.count)) != nil
    }
  }
}
