import Core
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A source file decoded to UTF-8, and how it was decoded.
struct DecodedSource {
  /// The text as valid UTF-8, without a byte-order mark.
  var bytes: [UInt8]
  /// The encoding that was used, as a lower-case label (`utf-8`, `windows-1252`, `koi8-r`).
  var encoding: String
  /// What a reader should know about the decoding.
  var warnings: [Diagnostic]
}

/// Decodes source bytes the way browsers do.
///
/// A byte-order mark wins; bytes that are valid UTF-8 are UTF-8; a declared charset
/// other than the Latin-1 family is honoured (through iconv); anything else,
/// a declared ISO-8859-1 included, is Windows-1252, which is what such pages
/// really hold (curly quotes and € live in 0x80–0x9F).
enum SourceDecoder {
  /// Decodes `data`, with the charset the file declares, if any.
  static func decode(_ data: [UInt8], declared: String?) -> DecodedSource {
    let label = declared.map(normalizedLabel)
    if data.starts(with: [0xEF, 0xBB, 0xBF]) {
      let rest = Array(data.dropFirst(3))
      if isValidUTF8(rest) { return DecodedSource(bytes: rest, encoding: "utf-8", warnings: []) }
      return DecodedSource(
        bytes: Array(String(decoding: rest, as: UTF8.self).utf8), encoding: "utf-8",
        warnings: [IngestDiagnostics.invalidUTF8AfterBOM()])
    }
    // UTF-32's marks first: FF FE 00 00 also begins a UTF-16 mark.
    if let (label, length) = utf32Mark(data) {
      switch convert(Array(data.dropFirst(length)), from: label) {
      case .success(let bytes): return DecodedSource(bytes: bytes, encoding: label, warnings: [])
      case .failure(let problem):
        return DecodedSource(
          bytes: [], encoding: label,
          warnings: [IngestDiagnostics.charsetFailed(label, problem: problem)])
      }
    }
    if data.starts(with: [0xFF, 0xFE]) {
      return decodeUTF16(data.dropFirst(2), littleEndian: true)
    }
    if data.starts(with: [0xFE, 0xFF]) {
      return decodeUTF16(data.dropFirst(2), littleEndian: false)
    }
    if isValidUTF8(data) { return DecodedSource(bytes: data, encoding: "utf-8", warnings: []) }

    guard let label else {
      return DecodedSource(
        bytes: decodeWindows1252(data), encoding: "windows-1252",
        warnings: [IngestDiagnostics.noCharsetDeclared()])
    }
    if latinLabels.contains(label) {
      return DecodedSource(bytes: decodeWindows1252(data), encoding: "windows-1252", warnings: [])
    }
    if utf8Labels.contains(label) {
      return DecodedSource(
        bytes: decodeWindows1252(data), encoding: "windows-1252",
        warnings: [IngestDiagnostics.declaredUTF8ButInvalid()])
    }
    switch convert(data, from: label) {
    case .success(let bytes):
      return DecodedSource(bytes: bytes, encoding: label, warnings: [])
    case .failure(let problem):
      return DecodedSource(
        bytes: decodeWindows1252(data), encoding: "windows-1252",
        warnings: [IngestDiagnostics.charsetFailed(label, problem: problem)])
    }
  }

  /// The UTF-32 byte-order mark `data` opens with, as an iconv label and its length.
  static func utf32Mark(_ data: [UInt8]) -> (String, Int)? {
    if data.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return ("utf-32le", 4) }
    if data.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return ("utf-32be", 4) }
    return nil
  }

  /// Whether `data` is in UTF-16 or UTF-32 by its byte-order mark: such a file is decoded
  /// whole before any format reads it (a mail's headers are in it too).
  static func isWide(_ data: [UInt8]) -> Bool {
    utf32Mark(data) != nil || data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
  }

  /// Whether `data` holds a byte-order mark and nothing else.
  static func isOnlyMark(_ data: [UInt8]) -> Bool {
    [
      [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00],
      [0x00, 0x00, 0xFE, 0xFF],
    ]
    .contains(data)
  }

  /// Lower-cases and trims a charset label.
  static func normalizedLabel(_ label: String) -> String {
    label.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\n\"'")).lowercased()
  }

  static let latinLabels: Set<String> = [
    "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
    "windows-1252", "cp1252", "x-cp1252", "iso-ir-100", "cp819", "ibm819", "csisolatin1",
    "ansi_x3.4-1968", "iso_8859-1:1987",
  ]
  static let utf8Labels: Set<String> = ["utf-8", "utf8", "unicode-1-1-utf-8"]

  /// Whether `data` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
  static func isValidUTF8<C: Collection<UInt8>>(_ data: C) -> Bool {
    if let answer = data.withContiguousStorageIfAvailable({ validate($0) }) { return answer }
    return Array(data).withUnsafeBufferPointer { validate($0) }
  }

  private static func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var index = 0
    let count = bytes.count
    while index < count {
      // Eight ASCII bytes at a time: most of a corpus is ASCII.
      while index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        index += 8
      }
      guard index < count else { return true }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var minimum: UInt8 = 0x80
      var maximum: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        minimum = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        maximum = 0x9F
      case 0xF0:
        length = 4
        minimum = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        maximum = 0x8F
      default: return false
      }
      guard index + length <= count else { return false }
      let second = bytes[index + 1]
      guard second >= minimum && second <= maximum else { return false }
      var next = index + 2
      while next < index + length {
        guard bytes[next] & 0xC0 == 0x80 else { return false }
        next += 1
      }
      index += length
    }
    return true
  }

  /// Windows-1252 as browsers decode it: the five undefined bytes become C1 controls.
  static func decodeWindows1252<C: Collection<UInt8>>(_ data: C) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(data.count + data.count / 8)
    for byte in data {
      if byte < 0x80 {
        output.append(byte)
        continue
      }
      let scalar: UInt32 = byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
      appendUTF8(scalar, to: &output)
    }
    return output
  }

  private static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      output.append(UInt8(scalar))
    case 0x80..<0x800:
      output.append(UInt8(0xC0 | (scalar >> 6)))
      output.append(UInt8(0x80 | (scalar & 0x3F)))
    case 0x800..<0x10000:
      output.append(UInt8(0xE0 | (scalar >> 12)))
      output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      output.append(UInt8(0x80 | (scalar & 0x3F)))
    default:
      output.append(UInt8(0xF0 | (scalar >> 18)))
      output.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
      output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      output.append(UInt8(0x80 | (scalar & 0x3F)))
    }
  }

  private static func decodeUTF16(_ data: ArraySlice<UInt8>, littleEndian: Bool) -> DecodedSource {
    var units: [UInt16] = []
    units.reserveCapacity(data.count / 2)
    var index = data.startIndex
    while index + 1 < data.endIndex {
      let first = UInt16(data[index])
      let second = UInt16(data[index + 1])
      units.append(littleEndian ? first | second << 8 : first << 8 | second)
      index += 2
    }
    var warnings: [Diagnostic] = []
    if data.count % 2 != 0 { warnings.append(IngestDiagnostics.oddUTF16Length()) }
    let name = littleEndian ? "utf-16le" : "utf-16be"
    return DecodedSource(
      bytes: Array(String(decoding: units, as: UTF16.self).utf8), encoding: name,
      warnings: warnings)
  }

  enum ConversionProblem: Error {
    case unknownCharset
    case invalidBytes
  }

  /// Converts with iconv, which knows the charsets a corpus may declare (koi8-r, shift_jis, gbk…).
  static func convert(_ data: [UInt8], from label: String) -> Result<[UInt8], ConversionProblem> {
    let descriptor = iconv_open("UTF-8", label)
    guard descriptor != iconv_t(bitPattern: -1) else { return .failure(.unknownCharset) }
    defer { iconv_close(descriptor) }
    var output = [UInt8](repeating: 0, count: data.count * 4 + 16)
    var input = data
    let written: Int? = input.withUnsafeMutableBytes { inputBytes in
      output.withUnsafeMutableBytes { outputBytes in
        var inPointer = inputBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
        var inLeft = inputBytes.count
        var outPointer = outputBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
        var outLeft = outputBytes.count
        let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
        if result == -1 || inLeft != 0 { return nil }
        return outputBytes.count - outLeft
      }
    }
    guard let written else { return .failure(.invalidBytes) }
    output.removeSubrange(written...)
    guard isValidUTF8(output) else { return .failure(.invalidBytes) }
    return .success(output)
  }
}
