import Core
import Foundation
import Yams

/// The YAML block (`---` … `---`) at the top of a text or Markdown file.
struct FrontMatter {
  var title: String?
  var author: String?
  var date: String?
  var kind: DocumentKind?
  var language: Language?
  var speaker: String?
  var site: String?
  /// Other scalar keys, kept as metadata.
  var extra: [String: String] = [:]
  /// The byte offset where the body starts, after the closing `---` line.
  var bodyStart: Int
  var warnings: [Diagnostic] = []

  /// Reads front matter at the start of `source`; nil when the file has none.
  static func read(_ source: [UInt8]) -> FrontMatter? {
    let lines = LineScanner.lines(source)
    guard let first = lines.first, trimmed(source, first) == "---" else { return nil }
    guard
      let close = lines.dropFirst().firstIndex(where: {
        let line = trimmed(source, $0)
        return line == "---" || line == "..."
      })
    else { return nil }
    let yamlRange = lines[1].lowerBound..<lines[close].lowerBound
    var matter = FrontMatter(bodyStart: lines[close].upperBound)
    let yaml = String(decoding: source[yamlRange], as: UTF8.self)
    do {
      guard let object = try Yams.load(yaml: yaml) else { return matter }
      guard let fields = object as? [String: Any] else {
        matter.warnings.append(
          IngestDiagnostics.frontMatterUnreadable("not a mapping of keys to values", line: 2))
        return matter
      }
      for (key, value) in fields {
        let text: String
        if let date = value as? Date {
          text = Self.isoDate(date)
        } else if let string = value as? String {
          text = string
        } else if let number = value as? Int {
          text = String(number)
        } else if let list = value as? [Any] {
          text = list.map { "\($0)" }.joined(separator: ", ")
        } else {
          text = "\(value)"
        }
        switch key.lowercased() {
        case "title": matter.title = text
        case "author", "authors", "by": matter.author = text
        case "date", "published", "pubdate": matter.date = DateParsing.iso8601(text) ?? text
        case "kind", "type": matter.kind = DocumentKind(rawValue: text.lowercased())
        case "language", "lang": matter.language = Language(tag: text)
        case "speaker": matter.speaker = text
        case "site", "source", "publication": matter.site = text
        default: matter.extra[key] = text
        }
      }
    } catch let error as YamlError {
      matter.warnings.append(
        IngestDiagnostics.frontMatterUnreadable(Self.describe(error), line: Self.line(of: error)))
    } catch {
      matter.warnings.append(IngestDiagnostics.frontMatterUnreadable("\(error)", line: 2))
    }
    return matter
  }

  private static func trimmed(_ source: [UInt8], _ line: Range<Int>) -> String {
    String(decoding: source[line], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func isoDate(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }

  /// The file line of a YAML error: the block starts on the file's second line.
  private static func line(of error: YamlError) -> Int? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return mark.line + 1
    default:
      return nil
    }
  }

  private static func describe(_ error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
      .composer(_, let problem, _, _):
      return problem
    default:
      return "\(error)".split(separator: "\n").first.map(String.init) ?? "invalid yaml"
    }
  }
}
