import Testing

@testable import Ingest

/// Which files `BinarySniffer` calls binary: a known signature, or a NUL byte near the start.
@Suite struct BinarySnifferTests {
  private func text(_ count: Int, nulAt position: Int? = nil, startingWith start: String = "")
    -> [UInt8]
  {
    var bytes = Array(start.utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: count)
    if let position { bytes[position] = 0 }
    return bytes
  }

  @Test func aNULInTheFirst8192BytesMakesAFileBinary() {
    #expect(BinarySniffer.binaryKind(of: text(20_000)) == nil)
    #expect(BinarySniffer.binaryKind(of: text(20_000, nulAt: 8191)) == "NUL bytes")
    #expect(BinarySniffer.binaryKind(of: text(20_000, nulAt: 8192)) == nil)
    #expect(BinarySniffer.binaryKind(of: text(10, nulAt: 9)) == "NUL bytes")
    #expect(BinarySniffer.binaryKind(of: []) == nil)
  }

  @Test func shortSignaturesNeedANULInTheFirst512Bytes() {
    // "MZ" also begins ordinary words ("MZungu"); with no NUL near it, it is text.
    #expect(BinarySniffer.binaryKind(of: text(20_000, startingWith: "MZ")) == nil)
    #expect(
      BinarySniffer.binaryKind(of: text(20_000, nulAt: 511, startingWith: "MZ"))
        == "Windows executable")
    #expect(
      BinarySniffer.binaryKind(of: text(20_000, nulAt: 512, startingWith: "MZ")) == "NUL bytes")
    #expect(BinarySniffer.binaryKind(of: text(100, startingWith: "%PDF-1.7")) == "PDF")
  }
}
