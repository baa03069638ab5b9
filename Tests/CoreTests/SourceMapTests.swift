import Core
import Testing

@Suite struct SourceMapTests {
  @Test("a linear anchor advances one column per code point, not per byte")
  func linearAnchorCountsCodePoints() {
    let text = "Le 12\u{202F}000 GPU"
    let map = SourceMap(anchors: [
      .init(textOffset: 0, position: .init(line: 3, column: 5), linear: true)
    ])
    // "GPU" starts after "Le 12", a 3-byte U+202F, "000 ": 10 code points, 12 bytes.
    let offset = text.utf8.count - 3
    #expect(map.position(of: offset, in: text) == SourcePosition(line: 3, column: 15))
  }

  @Test("a pinned anchor holds every offset up to the next anchor")
  func pinnedAnchorHolds() {
    let text = "decoded body text"
    let map = SourceMap(anchors: [
      .init(textOffset: 0, position: .init(line: 10, column: 1), linear: false),
      .init(textOffset: 8, position: .init(line: 12, column: 4), linear: true),
    ])
    #expect(map.position(of: 5, in: text) == SourcePosition(line: 10, column: 1))
    #expect(map.position(of: 8, in: text) == SourcePosition(line: 12, column: 4))
    #expect(map.position(of: 10, in: text) == SourcePosition(line: 12, column: 6))
  }

  @Test("an empty map places everything at line 1, column 1")
  func emptyMap() {
    #expect(SourceMap().position(of: 7, in: "anything") == SourcePosition(line: 1, column: 1))
  }
}
