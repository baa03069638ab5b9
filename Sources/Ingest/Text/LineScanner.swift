/// Splits bytes into lines: each range excludes its `\n` (and a `\r` before it).
enum LineScanner {
  static func lines(_ source: [UInt8], from start: Int = 0, to end: Int? = nil) -> [Range<Int>] {
    let end = end ?? source.count
    var lines: [Range<Int>] = []
    var lineStart = start
    var index = start
    while index < end {
      if source[index] == 0x0A {
        let lineEnd = index > lineStart && source[index - 1] == 0x0D ? index - 1 : index
        lines.append(lineStart..<lineEnd)
        lineStart = index + 1
      }
      index += 1
    }
    if lineStart < end {
      let lineEnd = source[end - 1] == 0x0D ? end - 1 : end
      lines.append(lineStart..<max(lineStart, lineEnd))
    }
    return lines
  }

  /// Whether a line holds only spaces and tabs.
  static func isBlank(_ source: [UInt8], _ line: Range<Int>) -> Bool {
    source[line].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C }
  }
}
