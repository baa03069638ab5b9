import Core

/// Recognises what Tally itself wrote, by content, so that a report or listing left in a corpus
/// is skipped rather than read as a document: its claims are the corpus's own, quoted.
///
/// Every output of every command has a mark that a document does not: the HTML page's
/// generator, a Markdown report's first line, a JSON report's keys, the summary lines of a text
/// report, the header of `tally claims --format table`, and the key sets of `tally claims`,
/// `tally ingest`, `tally pack` and `tally stage` records. The file's extension only picks
/// which marks are looked for.
enum TallyReportSniffer {
  /// The output's name ("HTML", "diff JSON", "claims JSON Lines"…), or nil for any other file.
  static func format(of bytes: [UInt8], ext: String) -> String? {
    switch ext {
    case "html", "htm":
      return has(bytes, "<meta name=\"generator\" content=\"tally\">", within: 0..<2048)
        ? "HTML" : nil
    case "md", "markdown":
      if starts(bytes, "# Tally report\n") { return "Markdown" }
      if starts(bytes, "# Tally claim diff\n") { return "diff Markdown" }
      return nil
    case "json", "sarif", "jsonl", "ndjson":
      return jsonFormat(bytes)
    case "txt", "text", "":
      return textFormat(bytes)
    default:
      return nil
    }
  }

  // MARK: - JSON

  private static func jsonFormat(_ bytes: [UInt8]) -> String? {
    // The marks are looked for in the whole file: a large report writes its tool or schema
    // version after megabytes of results.
    let whole = 0..<bytes.count
    if starts(bytes, "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0"),
      has(bytes, "\"driver\":{\"name\":\"tally\"", within: whole)
    {
      return "SARIF"
    }
    if starts(bytes, "{\"claims\":["), has(bytes, "\"schemaVersion\":", within: whole) {
      return "JSON"
    }
    if starts(bytes, "{\"claims\":{\"added\":["), has(bytes, "\"schemaVersion\":", within: whole) {
      return "diff JSON"
    }
    // `tally check --write-baseline`: the accepted findings and the baseline's version.
    if starts(bytes, "{\"findings\":["), has(bytes, "\"schemaVersion\":1}", within: whole) {
      return "baseline"
    }
    if starts(bytes, "{\"claims\":{\"all\":{\"correct\":"),
      has(bytes, "\"contradictions\":{", within: whole)
    {
      return "eval JSON"
    }
    return recordsFormat(bytes)
  }

  /// `tally claims` and `tally ingest` output: one record a line, or the same lines as the
  /// elements of one array (`[`, then a record a line); the first record's keys say which.
  private static func recordsFormat(_ bytes: [UInt8]) -> String? {
    var start = 0
    var array = false
    if bytes.first == UInt8(ascii: "[") {
      guard bytes.count > 2, bytes[1] == 0x0A else { return nil }
      start = 2
      array = true
    }
    // Keys come sorted: a claim opens with "ambiguous", a document with "author", a file
    // skipped or failed with "id", a `tally pack` record with "base64", "corpus" or
    // "corpusIsFile". Anything else is not parsed a second time.
    let openings = [
      "{\"ambiguous\":", "{\"author\":", "{\"id\":", "{\"base64\":", "{\"corpus\":",
      "{\"corpusIsFile\":",
    ].map { Array($0.utf8) }
    guard openings.contains(where: { bytes[start...].starts(with: $0) }) else { return nil }
    var end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
    // Each element but the last ends with ",".
    if array, end > start, bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
    guard case .object(let members, _)? = try? JSONParser.parse(bytes, from: start, to: end)
    else { return nil }
    let keys = Set(members.map(\.key))
    let layout = array ? "JSON" : "JSON Lines"
    if keys.isSuperset(of: claimKeys) { return "claims \(layout)" }
    if !array, keys.isSuperset(of: packKeys) { return "pack shard" }
    if !array, keys.isSuperset(of: stageKeys) { return "stage output" }
    if keys.isSuperset(of: documentKeys) { return "ingest \(layout)" }
    if keys == fileKeys,
      ["skipped", "failed"].contains(members.first { $0.key == "status" }?.value.text)
    {
      return "ingest \(layout)"
    }
    return nil
  }

  /// Keys every `tally claims` record has (docs/claims.md).
  private static let claimKeys: Set = [
    "ambiguous", "bounds", "document", "id", "metric", "modality", "qualifier", "rule",
    "sentence", "text", "unit",
  ]

  /// Keys every `tally pack` record has (`PackRecord`).
  private static let packKeys: Set = ["corpus", "docId", "order", "path"]

  /// Keys every line of `tally stage` output has.
  private static let stageKeys: Set = ["corpus", "docId", "order", "type"]

  /// Keys every `tally ingest` record of a document has.
  private static let documentKeys: Set = [
    "blocks", "format", "id", "kind", "language", "metadata", "path", "status", "text", "warnings",
  ]

  /// The keys of a `tally ingest` record of a file skipped or failed, exactly.
  private static let fileKeys: Set = ["id", "path", "reason", "status", "warnings"]

  // MARK: - Text

  private static func textFormat(_ bytes: [UInt8]) -> String? {
    if starts(bytes, "claims, value + unit + qualifier\n  all ") { return "eval text" }
    if starts(
      bytes,
      "location\tclaim\tlow\thigh\tunit\tqualifier\titem\tsubject\tmetric\tperiod\tmodality\t")
    {
      return "claims table"
    }
    if starts(bytes, "::error ") || starts(bytes, "::warning ") || starts(bytes, "::notice ") {
      let firstLine = bytes.prefix { $0 != 0x0A }
      if has(Array(firstLine), "title=REC", within: 0..<firstLine.count) {
        return "GitHub annotations"
      }
    }
    // `tally diff`'s text ends with its counts.
    var body = bytes[...]
    while body.last == 0x0A { body = body.dropLast() }
    let lastLine = body[(body.lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex)...]
    if reads(
      lastLine,
      as: "tally diff: claims # added, # removed, # changed; findings # new, # resolved, "
        + "# changed, # unchanged", whole: true)
    {
      return "diff text"
    }
    // `tally check`'s text has its counts in two lines, after the findings and before the
    // files it skipped.
    var previous: ArraySlice<UInt8>?
    var lineStart = 0
    while lineStart < bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
      let line = bytes[lineStart..<lineEnd]
      if let previous, reads(line, as: "tally: # consistent, # contradicted, # unverifiable"),
        reads(previous, as: "tally: # file(s), # document(s), # claim(s); ledger ")
      {
        return "text"
      }
      previous = line.starts(with: Array("tally: ".utf8)) ? line : nil
      lineStart = lineEnd + 1
    }
    return nil
  }

  /// Whether `line` opens with `template` (or is it, when `whole`), where `#` is a number as
  /// Tally writes counts ("7", "1,234") and `(s)` an optional plural "s".
  static func reads(_ line: ArraySlice<UInt8>, as template: String, whole: Bool = false) -> Bool {
    let pattern = Array(template.utf8)
    var index = line.startIndex
    var position = 0
    func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    while position < pattern.count {
      if pattern[position] == UInt8(ascii: "#") {
        let start = index
        while index < line.endIndex,
          isDigit(line[index])
            || (line[index] == UInt8(ascii: ",") && index > start && index + 1 < line.endIndex
              && isDigit(line[index + 1]))
        {
          index += 1
        }
        guard index > start else { return false }
        position += 1
      } else if pattern[position...].starts(with: Array("(s)".utf8)) {
        if index < line.endIndex, line[index] == UInt8(ascii: "s") { index += 1 }
        position += 3
      } else {
        guard index < line.endIndex, line[index] == pattern[position] else { return false }
        index += 1
        position += 1
      }
    }
    return !whole || index == line.endIndex
  }

  // MARK: - Bytes

  private static func starts(_ bytes: [UInt8], _ prefix: String) -> Bool {
    bytes.starts(with: Array(prefix.utf8))
  }

  private static func has(_ bytes: [UInt8], _ text: String, within range: Range<Int>) -> Bool {
    let clamped = range.clamped(to: 0..<bytes.count)
    // The whole file is searched in place, not copied.
    let haystack = clamped == 0..<bytes.count ? bytes : Array(bytes[clamped])
    return ContentExtractor.containsBytes(haystack, Array(text.utf8))
  }
}
