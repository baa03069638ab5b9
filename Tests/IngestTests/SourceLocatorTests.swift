import Core
import Testing

@testable import Ingest

/// `SourceLocator` against lines and columns counted from the start for every offset.
@Suite struct SourceLocatorTests {
  /// The position of an offset, counted from the start.
  ///
  /// Its line is one more than the newlines before it; its column, one more than the code
  /// points (bytes that do not continue a UTF-8 sequence) since the last of them.
  private func counted(_ bytes: [UInt8], _ offset: Int) -> SourcePosition {
    let before = bytes[..<min(offset, bytes.count)]
    let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
    return SourcePosition(
      line: 1 + before.filter { $0 == 0x0A }.count,
      column: 1 + before[lineStart...].filter { $0 & 0xC0 != 0x80 }.count)
  }

  private let text = Array(
    "Fleet report\r\n\n« 12 000 bus » livrés à Lyon — 2,8 %\nNo newline at the end: 🚌🚌 done"
      .utf8)

  @Test func everyOffsetInOrder() {
    var locator = SourceLocator(source: text)
    for offset in 0...text.count {
      #expect(locator.position(at: offset) == counted(text, offset), "offset \(offset)")
    }
  }

  @Test func offsetsBackAndForth() {
    var locator = SourceLocator(source: text)
    // A fixed shuffle: forward jumps across several lines, then back into earlier ones.
    var offset = 7
    for _ in 0..<200 {
      offset = (offset * 37 + 11) % (text.count + 1)
      #expect(locator.position(at: offset) == counted(text, offset), "offset \(offset)")
    }
  }

  @Test func offsetsOutsideTheSourceClamp() {
    var locator = SourceLocator(source: text)
    #expect(locator.position(at: text.count + 50) == counted(text, text.count))
    #expect(locator.position(at: -3) == SourcePosition(line: 1, column: 1))
    var empty = SourceLocator(source: [])
    #expect(empty.position(at: 4) == SourcePosition(line: 1, column: 1))
  }
}
