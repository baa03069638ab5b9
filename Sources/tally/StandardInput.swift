import ArgumentParser
import Core
import Foundation
import Ingest

/// `-` as the one path of `tally claims` and `tally ingest`: the text on standard input, read as
/// one file named `-`.
struct StandardInputOptions: ParsableArguments {
  @Option(help: "With '-': the language of the text on standard input (en or fr).")
  var lang: Language?

  @Option(help: "With '-': the date the text on standard input was written (YYYY-MM-DD).")
  var date: String?

  func validate() throws {
    let parts = date?.split(separator: "-").compactMap { Int($0) } ?? []
    if let date,
      date.count != 10 || parts.count != 3 || !(1...12).contains(parts[1])
        || !(1...31).contains(parts[2]) || Period.dayNumber(date) == nil
    {
      throw ValidationError("--date must be a day written YYYY-MM-DD, not '\(date)'")
    }
  }

  /// Whether `paths` asks for standard input; `-` must then be the only path.
  static func wanted(_ paths: [String]) throws -> Bool {
    guard paths.contains("-") else { return false }
    guard paths == ["-"] else {
      throw ValidationError("'-' reads standard input and is given alone")
    }
    return true
  }

  /// Standard input read whole, as HTML when it opens with markup, else as plain text; its
  /// documents carry the language and date given.
  func read(with ingestor: Ingestor) -> FileOutcome {
    let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
    var outcome = ingestor.ingest(bytes, path: first == UInt8(ascii: "<") ? "-.html" : "-.txt")
    outcome.path = "-"
    for index in outcome.documents.indices {
      outcome.documents[index].id = "-"
      outcome.documents[index].path = "-"
      if let lang { outcome.documents[index].language = lang }
      if let date { outcome.documents[index].published = date }
    }
    return outcome
  }
}

extension Language: ExpressibleByArgument {}
