import Testing

@testable import Ingest

/// `Tag(name:)` as libxml2 hands names over: a C string, in any case.
@Suite struct TagTests {
  private func tag(_ name: String) -> Ingest.Tag {
    name.withCString { Ingest.Tag(name: $0) }
  }

  private var everyTag: [Ingest.Tag] {
    (0...Ingest.Tag.other.rawValue).compactMap { Ingest.Tag(rawValue: $0) }.filter { $0 != .other }
  }

  @Test("every tag is read by its name, in lower case, capitals or both")
  func everyName() {
    for expected in everyTag {
      let name = "\(expected)"
      let mixed = String(
        name.enumerated().map {
          $0.offset % 2 == 0 ? Character($0.element.uppercased()) : $0.element
        })
      for written in [name, name.uppercased(), mixed] {
        #expect(tag(written) == expected, "\(written)")
      }
    }
  }

  @Test("a name that is no tag of ours is .other, however close to one")
  func otherNames() {
    for expected in everyTag {
      let name = "\(expected)"
      for near in [name + "x", "x" + name, String(name.dropLast()) + "_", name + name] {
        if everyTag.contains(where: { "\($0)" == near.lowercased() }) { continue }
        #expect(tag(near) == .other, "\(near)")
      }
    }
    for name in ["", "x", "custom-element", "my:tag", "blockquotes", "ÉTÉ", "dïv"] {
      #expect(tag(name) == .other, "\(name)")
    }
  }
}
