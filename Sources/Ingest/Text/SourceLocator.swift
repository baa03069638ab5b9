import Core
import Foundation

/// Turns byte offsets of a UTF-8 source into 1-based lines and code-point columns.
///
/// Lookups that move forward (the common case: parsers report in document order)
/// resume from the previous answer, so a whole file costs one pass even when it is
/// a single 10 MB line. A lookup that moves backward starts again from the nearest
/// line start.
struct SourceLocator {
  let source: [UInt8]
  private var offset = 0
  private var line = 1
  private var column = 1
  private var lineStarts: [Int]?

  init(source: [UInt8]) {
    self.source = source
  }

  /// The position of a byte offset; offsets past the end clamp to the end.
  mutating func position(at target: Int) -> SourcePosition {
    let target = max(0, min(target, source.count))
    if target < offset { rewind(to: target) }
    source.withUnsafeBufferPointer { bytes in
      guard offset < target, let base = bytes.baseAddress else { return }
      // Newlines found by memchr, which reads many bytes at a time; columns counted only on
      // the last line reached.
      var newlines = 0
      var lineStart = offset
      while lineStart < target,
        let found = memchr(base + lineStart, 0x0A, target - lineStart)
      {
        newlines += 1
        lineStart = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) + 1
      }
      var column = self.column
      if newlines > 0 {
        line += newlines
        column = 1
      }
      for byte in UnsafeBufferPointer(rebasing: bytes[lineStart..<target]) {
        column &+= byte & 0xC0 != 0x80 ? 1 : 0
      }
      self.offset = target
      self.column = column
    }
    return SourcePosition(line: line, column: column)
  }

  private mutating func rewind(to target: Int) {
    if lineStarts == nil {
      var starts = [0]
      for (index, byte) in source.enumerated() where byte == 0x0A { starts.append(index + 1) }
      lineStarts = starts
    }
    let starts = lineStarts ?? [0]
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      if starts[middle] <= target { low = middle + 1 } else { high = middle }
    }
    offset = starts[max(0, low - 1)]
    line = max(1, low)
    column = 1
  }
}
