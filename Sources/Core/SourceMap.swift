/// A line and column in a source file, both 1-based.
///
/// The column counts Unicode code points from the start of the line, so it is the
/// same whether the file was stored as UTF-8, UTF-16 or a single-byte encoding.
public struct SourcePosition: Sendable, Hashable, Codable, Comparable {
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, in Unicode code points.
  public var column: Int

  /// Creates a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

/// Maps any UTF-8 offset of a document's text back to a line and column of its source file.
///
/// The map is a sorted list of anchors. An anchor says "the text from this offset
/// on comes from this source position"; a *linear* anchor also says that the text
/// is a verbatim copy of the source until the next anchor, so positions in between
/// advance column by column. A non-linear anchor (an entity, a decoded
/// quoted-printable line, a base64 body) pins every offset up to the next anchor
/// to its own position.
///
/// ```swift
/// // text "Tesla said 12 000" copied verbatim from line 3, column 5 of the source
/// let map = SourceMap(anchors: [.init(textOffset: 0, position: .init(line: 3, column: 5), linear: true)])
/// map.position(of: 11, in: text)  // line 3, column 16
/// ```
public struct SourceMap: Sendable, Hashable, Codable {
  /// One point where the text's correspondence with the source is known.
  public struct Anchor: Sendable, Hashable, Codable {
    /// The UTF-8 byte offset in the text where this anchor starts.
    public var textOffset: Int
    /// The source position of that offset.
    public var position: SourcePosition
    /// Whether the text after the anchor copies the source verbatim.
    public var linear: Bool

    /// Creates an anchor.
    public init(textOffset: Int, position: SourcePosition, linear: Bool) {
      self.textOffset = textOffset
      self.position = position
      self.linear = linear
    }
  }

  /// The anchors, sorted by `textOffset`.
  public var anchors: [Anchor]

  /// Creates a map from anchors sorted by text offset.
  public init(anchors: [Anchor] = []) {
    self.anchors = anchors
  }

  /// The source position of a UTF-8 byte offset of `text`, the text this map was built for.
  ///
  /// An offset before the first anchor maps to line 1, column 1.
  public func position(of offset: Int, in text: String) -> SourcePosition {
    var low = 0
    var high = anchors.count
    while low < high {
      let middle = (low + high) / 2
      if anchors[middle].textOffset <= offset { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return SourcePosition(line: 1, column: 1) }
    let anchor = anchors[low - 1]
    guard anchor.linear, offset > anchor.textOffset else { return anchor.position }
    let utf8 = text.utf8
    let end = min(offset, utf8.count)
    guard anchor.textOffset < end else { return anchor.position }
    // Code points counted over the bytes in place (a native string's are contiguous).
    func codePoints<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      return count
    }
    let counted =
      utf8.withContiguousStorageIfAvailable {
        codePoints(UnsafeBufferPointer(rebasing: $0[anchor.textOffset..<end]))
      } ?? codePoints(utf8.dropFirst(anchor.textOffset).prefix(end - anchor.textOffset))
    return SourcePosition(line: anchor.position.line, column: anchor.position.column + counted)
  }
}
