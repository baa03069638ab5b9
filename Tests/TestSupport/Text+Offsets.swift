import Core

extension Document {
  /// The UTF-8 byte offset of the first occurrence of `needle` in the text; nil when absent.
  public func offset(of needle: String) -> Int? {
    guard let range = text.range(of: needle) else { return nil }
    return text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
  }

  /// The texts of the blocks, in order.
  public var blockTexts: [String] {
    blocks.map { String(text(of: $0.span)) }
  }
}
