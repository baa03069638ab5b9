/// A half-open range `[start, end)` of UTF-8 byte offsets into a document's text.
///
/// Every later stage points into `Document.text` with a span; none stores
/// `String.Index` or character counts. For the text `"12 000 GPU"`, the
/// number `12 000` written with a U+202F separator is `TextSpan(start: 0, end: 8)`.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
  /// The first byte, inclusive (UTF-8 byte offset).
  public var start: Int
  /// One past the last byte (UTF-8 byte offset).
  public var end: Int

  /// Creates a span; `end` must not be before `start`.
  public init(start: Int, end: Int) {
    precondition(start <= end, "a span must not end before it starts")
    self.start = start
    self.end = end
  }

  /// The number of bytes covered.
  public var length: Int { end - start }

  /// Whether `offset` lies inside the span.
  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}
