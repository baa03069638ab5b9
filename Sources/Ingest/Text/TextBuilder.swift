import Core
import Foundation

/// Where a run of text handed to ``TextBuilder`` came from.
enum TextOrigin {
  /// The run copies the source verbatim from this byte offset.
  case verbatim(Int)
  /// The run comes from the source at this byte offset, but not verbatim (an entity, a decoded line).
  case near(Int)
  /// The run comes from this position (a base64 body, say, pinned to its part's first line).
  case pinned(SourcePosition)
}

/// Builds a document's clean text, its blocks and its source map in one pass.
///
/// Callers open a block, append runs of UTF-8 with their origin, and close it.
/// Whitespace inside a block collapses to one space, blocks are separated by a
/// blank line, empty blocks vanish, and text is put in Unicode NFC.
struct TextBuilder {
  private(set) var bytes: [UInt8] = []
  private(set) var blocks: [Block] = []
  private(set) var anchors: [SourceMap.Anchor] = []
  private var locator: SourceLocator

  private var open: Block?
  private var blockHasText = false
  /// Where the text and the anchors stood when the open block opened, to take it back.
  private var openedAtByte = 0
  private var openedAtAnchor = 0

  /// Whether a block that repeats one of the few blocks just before it is dropped: a page
  /// writes a gallery's caption in full, truncated and again in its lightbox, and a reader wants
  /// it once. (A recipe's ingredients or an interview's recurring question come back further
  /// apart, and stay.)
  var dropsNearRepeats = false
  /// How far back, in blocks, a repeat is looked for, and the shortest block that counts.
  static let repeatWindow = 4
  static let shortestRepeat = 40
  /// Where the last byte written continues in the source, while the mapping stays verbatim.
  private var continuesAt: Int?
  /// Whitespace seen since the last text: its first source offset, and whether it was one ASCII space.
  private var pendingSpace = false
  private var pendingSpaceAt: Int?
  private var pendingSpaceIsOne = false

  init(source: [UInt8]) {
    locator = SourceLocator(source: source)
  }

  /// The source position of a byte offset of the source.
  mutating func position(at offset: Int) -> SourcePosition {
    locator.position(at: offset)
  }

  /// Whether a block is open.
  var isInBlock: Bool { open != nil }

  /// Whether the open block has text yet.
  var openBlockHasText: Bool { blockHasText }

  /// Opens a block, closing any open one.
  mutating func openBlock(
    _ role: BlockRole, speaker: String? = nil, quoted: Bool = false, quotedAuthor: String? = nil,
    part: BlockPart? = nil
  ) {
    closeBlock()
    open = Block(
      span: TextSpan(start: bytes.count, end: bytes.count), role: role, speaker: speaker,
      quotedAuthor: quotedAuthor, quoted: quoted, part: part)
    blockHasText = false
    pendingSpace = false
    openedAtByte = bytes.count
    openedAtAnchor = anchors.count
  }

  /// Closes the open block, if any; a block without text is dropped, and so is a near repeat
  /// when `dropsNearRepeats` is set.
  mutating func closeBlock() {
    guard var block = open else { return }
    open = nil
    pendingSpace = false
    guard blockHasText else { return }
    block.span.end = bytes.count
    if dropsNearRepeats, repeatsRecentBlock(block.span) {
      bytes.removeSubrange(openedAtByte...)
      anchors.removeSubrange(openedAtAnchor...)
      continuesAt = nil
      return
    }
    blocks.append(block)
  }

  /// Whether the text at `span` is that of one of the last `repeatWindow` blocks.
  private func repeatsRecentBlock(_ span: TextSpan) -> Bool {
    guard span.length >= Self.shortestRepeat else { return false }
    return blocks.suffix(Self.repeatWindow).contains { earlier in
      earlier.span.length == span.length
        && bytes[earlier.span.start..<earlier.span.end].elementsEqual(
          bytes[span.start..<span.end])
    }
  }

  /// Where the next text appended to the open block will start: after the blank line before a
  /// block, or a pending space, if any.
  var nextTextOffset: Int {
    guard blockHasText else { return bytes.count + (bytes.isEmpty ? 0 : 2) }
    return bytes.count + (pendingSpace ? 1 : 0)
  }

  /// How many bytes of text are written.
  var byteCount: Int { bytes.count }

  /// Gives the open block, a table row, its cells and its header's column names.
  mutating func setOpenBlockCells(_ cells: [TextSpan], columns: [String]?) {
    open?.cells = cells
    open?.columns = columns
  }

  /// Changes the role of the open block (a Markdown paragraph turned out to be a setext heading).
  mutating func relabelOpenBlock(_ role: BlockRole) {
    open?.role = role
  }

  /// Marks a soft break inside the open block (a `<br>`, a wrapped line): it reads as a space.
  mutating func appendSpace() {
    if blockHasText && !pendingSpace {
      pendingSpace = true
      pendingSpaceAt = nil
      pendingSpaceIsOne = false
    }
  }

  /// Appends a run of valid UTF-8 to the open block (opening a paragraph if none is open).
  mutating func append(_ run: UnsafeBufferPointer<UInt8>, origin: TextOrigin) {
    if open == nil { openBlock(.paragraph) }
    var index = 0
    let count = run.count
    while index < count {
      let byte = run[index]
      if isCollapsible(byte) {
        if blockHasText {
          if !pendingSpace {
            pendingSpace = true
            if case .verbatim(let base) = origin {
              pendingSpaceAt = base + index
              pendingSpaceIsOne = byte == 0x20
            } else {
              pendingSpaceAt = nil
              pendingSpaceIsOne = false
            }
          } else {
            pendingSpaceIsOne = false
          }
        }
        index += 1
        continue
      }
      var end = index + 1
      var needsNormalizing = byte >= 0xCC
      while end < count, !isCollapsible(run[end]) {
        if run[end] >= 0xCC { needsNormalizing = true }
        end += 1
      }
      appendSegment(
        UnsafeBufferPointer(rebasing: run[index..<end]), at: index, origin: origin,
        checkNormalization: needsNormalizing)
      index = end
    }
  }

  /// Appends a Swift string; see ``append(_:origin:)``.
  mutating func append(_ string: String, origin: TextOrigin) {
    var string = string
    string.withUTF8 { append($0, origin: origin) }
  }

  private mutating func appendSegment(
    _ segment: UnsafeBufferPointer<UInt8>, at index: Int, origin: TextOrigin,
    checkNormalization: Bool
  ) {
    if !blockHasText {
      if !bytes.isEmpty {
        bytes.append(0x0A)
        bytes.append(0x0A)
      }
      open?.span.start = bytes.count
      continuesAt = nil
      blockHasText = true
    } else if pendingSpace {
      if pendingSpaceIsOne, let at = pendingSpaceAt, at == continuesAt {
        continuesAt = at + 1
      } else {
        continuesAt = nil
      }
      bytes.append(0x20)
    }
    pendingSpace = false

    var normalized: [UInt8]?
    if checkNormalization && Self.mayChangeUnderNFC(segment) {
      let string = String(decoding: segment, as: UTF8.self)
      let composed = string.precomposedStringWithCanonicalMapping
      if !composed.utf8.elementsEqual(segment) { normalized = Array(composed.utf8) }
    }

    switch origin {
    case .verbatim(let base) where normalized == nil:
      let sourceOffset = base + index
      // A fresh anchor every few KiB keeps each position lookup short, even on a 10 MB line.
      let farFromAnchor = bytes.count - (anchors.last?.textOffset ?? 0) > 4096
      if continuesAt != sourceOffset || farFromAnchor {
        anchors.append(
          .init(textOffset: bytes.count, position: locator.position(at: sourceOffset), linear: true)
        )
      }
      continuesAt = sourceOffset + segment.count
    case .verbatim(let base):
      pin(locator.position(at: base + index))
    case .near(let offset):
      pin(locator.position(at: offset))
    case .pinned(let position):
      pin(position)
    }
    if let normalized {
      bytes.append(contentsOf: normalized)
    } else {
      bytes.append(contentsOf: segment)
    }
  }

  /// Whether a segment holds a code point that NFC could change; most text, curly quotes
  /// and accented Latin letters included, holds none, and skips the costly normalisation.
  private static func mayChangeUnderNFC(_ segment: UnsafeBufferPointer<UInt8>) -> Bool {
    for scalar in String(decoding: segment, as: UTF8.self).unicodeScalars {
      switch scalar.value {
      case 0x0300...0x036F, 0x0374, 0x037E, 0x0387, 0x0483...0x0489, 0x0591...0x05C7,
        0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0900...0x0DFF,
        0x0F00...0x0FFF, 0x1100...0x11FF, 0x1AB0...0x1AFF, 0x1B00...0x1B7F, 0x1DC0...0x1DFF,
        0x1F00...0x1FFF, 0x2000...0x2001, 0x20D0...0x20FF, 0x2126, 0x212A...0x212B,
        0x2329...0x232A, 0x2ADC, 0x302A...0x302F, 0x3099...0x309A, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFB1D...0xFB4F, 0xFE20...0xFE2F, 0x1D15E...0x1D1C0,
        0x2F800...0x2FA1F:
        return true
      default:
        continue
      }
    }
    return false
  }

  private mutating func pin(_ position: SourcePosition) {
    if let last = anchors.last, !last.linear, last.position == position {
      // The previous pin already covers this text.
    } else {
      anchors.append(.init(textOffset: bytes.count, position: position, linear: false))
    }
    continuesAt = nil
  }

  private func isCollapsible(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
  }

  /// Closes the open block and returns the text, blocks and source map.
  mutating func finish() -> (text: String, blocks: [Block], sourceMap: SourceMap) {
    closeBlock()
    return (String(decoding: bytes, as: UTF8.self), blocks, SourceMap(anchors: anchors))
  }
}
