import Foundation

/// An RFC 4180 table: a header row, quoted fields with commas, quotes and newlines; `,` or `;`
/// as the delimiter (whichever the header uses more).
struct CSVTable {
  var delimiter: Character
  var records: [LedgerRecord]

  init(_ text: String, file: String) throws(LedgerError) {
    let bytes = Array(text.utf8)
    let headerEnd = bytes.firstIndex(of: 0x0A) ?? bytes.count
    let semicolons = bytes[..<headerEnd].filter { $0 == UInt8(ascii: ";") }.count
    let commas = bytes[..<headerEnd].filter { $0 == UInt8(ascii: ",") }.count
    delimiter = semicolons > commas ? ";" : ","
    let separator = semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    // Bytes, not Characters: a million-row ledger must read in seconds.
    var rows: [(fields: [String], line: Int)] = []
    var field: [UInt8] = []
    var fields: [String] = []
    var inQuotes = false
    var quoted = false
    var line = 1
    var rowLine = 1
    func endField() {
      var value = field[...]
      if !quoted {
        while let first = value.first, first == 0x20 || first == 0x09 { value.removeFirst() }
        while let last = value.last, last == 0x20 || last == 0x09 { value.removeLast() }
      }
      fields.append(String(decoding: value, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      quoted = false
    }
    func endRow() {
      endField()
      if !(fields.count == 1 && fields[0].isEmpty) { rows.append((fields, rowLine)) }
      fields = []
    }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if inQuotes {
        if byte == UInt8(ascii: "\"") {
          if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
            field.append(byte)
            index += 1
          } else {
            inQuotes = false
          }
        } else {
          if byte == 0x0A { line += 1 }
          if !(byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
            field.append(byte)
          }
        }
      } else if byte == UInt8(ascii: "\""), field.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
        inQuotes = true
        quoted = true
        field.removeAll(keepingCapacity: true)
      } else if byte == separator {
        endField()
      } else if byte == 0x0A {
        endRow()
        line += 1
        rowLine = line
      } else if byte != 0x0D {
        field.append(byte)
      }
      index += 1
    }
    if inQuotes {
      throw LedgerError(file: file, line: rowLine, message: "a quoted field is never closed")
    }
    if !field.isEmpty || !fields.isEmpty { endRow() }
    guard let header = rows.first else {
      throw LedgerError(file: file, message: "the ledger is empty: no header row")
    }
    let names = header.fields.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
    for required in ["customer", "item"]
    where !names.contains(required)
      && !names.contains(required == "customer" ? "client" : "produit")
    {
      throw LedgerError(
        file: file, line: header.line,
        message:
          "the header has no '\(required)' column (it begins "
          + "'\(LedgerError.excerpt(names.joined(separator: ","), limit: 48))')")
    }
    records = rows.dropFirst().map { row in
      var record = LedgerRecord(fields: [:], line: row.line)
      for (index, name) in names.enumerated() where index < row.fields.count {
        record.fields[name] = row.fields[index]
      }
      return record
    }
  }
}

/// JSON ledgers: an array of objects, or one object per line.
enum JSONLedger {
  static func records(_ text: String, file: String, lines: Bool) throws(LedgerError)
    -> [LedgerRecord]
  {
    var records: [LedgerRecord] = []
    if lines {
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { continue }
        guard
          let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any]
        else {
          throw LedgerError(file: file, line: number + 1, message: "not a JSON object")
        }
        records.append(LedgerRecord(fields: fields(object), line: number + 1))
      }
      return records
    }
    guard let array = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any] else {
      throw LedgerError(file: file, message: "not a JSON array of objects")
    }
    let starts = elementLines(text)
    for (index, element) in array.enumerated() {
      let line = index < starts.count ? starts[index] : 1
      guard let object = element as? [String: Any] else {
        records.append(LedgerRecord(fields: [:], line: line))
        continue
      }
      records.append(LedgerRecord(fields: fields(object), line: line))
    }
    return records
  }

  private static func fields(_ object: [String: Any]) -> [String: String] {
    var fields: [String: String] = [:]
    for (key, value) in object {
      switch value {
      case let string as String: fields[key.lowercased()] = string
      case let number as NSNumber: fields[key.lowercased()] = number.stringValue
      default: continue
      }
    }
    return fields
  }

  /// The line on which each top-level element of a JSON array starts.
  private static func elementLines(_ text: String) -> [Int] {
    var lines: [Int] = []
    var line = 1
    var depth = 0
    var inString = false
    var escaped = false
    var expectingElement = false
    for byte in text.utf8 {
      if byte == 0x0A { line += 1 }
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        if depth == 1 && expectingElement {
          lines.append(line)
          expectingElement = false
        }
        depth += 1
        if depth == 1 { expectingElement = true }
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        depth -= 1
      case UInt8(ascii: ","):
        if depth == 1 { expectingElement = true }
      case UInt8(ascii: "\""):
        if depth == 1 && expectingElement {
          lines.append(line)
          expectingElement = false
        }
        inString = true
      case 0x20, 0x0A, 0x0D, 0x09:
        break
      default:
        if depth == 1 && expectingElement {
          lines.append(line)
          expectingElement = false
        }
      }
    }
    return lines
  }
}
