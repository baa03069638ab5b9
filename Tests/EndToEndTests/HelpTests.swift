import ArgumentParser
import Foundation
import TestSupport
import Testing

@testable import tally

@Suite struct HelpTests {
  @Test(
    "every command's help lists its exit codes and examples that paste as they are, and says each default once",
    arguments: ["check", "diff", "claims", "ingest", "eval", "pack", "stage"])
  func help(_ command: String) throws {
    let run = try TallyRun([command, "--help"])
    let text = String(decoding: run.stdout, as: UTF8.self)
    #expect(run.status == 0)
    #expect(text.contains("\nExit status: 0 "), "\(command)")
    // Exit 1 is only "findings reached --fail-on", which ingest and claims do not judge.
    if ["ingest", "claims"].contains(command) {
      let status = text.components(separatedBy: "\nExit status: ").last ?? ""
      #expect(!status.contains("; 1 "), "\(command)")
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex { $0.hasPrefix("Examples:") }, "\(command)")
    let examples = Self.commands(lines[(start + 1)...].prefix { !$0.isEmpty })
    #expect(!examples.isEmpty)
    for example in examples {
      // Each example copies and pastes: "  tally …" or "… | tally …", not wrapped mid-command
      // (a line it goes on from ends with " \").
      #expect(example.hasPrefix("  tally ") || example.contains("| tally "), "\(example)")
      // Every tally in it parses, options and arguments alike.
      let invocations = Self.invocations(in: example)
      #expect(!invocations.isEmpty, "\(example)")
      for arguments in invocations {
        #expect(throws: Never.self, "\(example)") { _ = try Tally.parseAsRoot(arguments) }
      }
    }
    // A default is said by the help text or by the parser, not both.
    for line in lines where line.contains("(default:") {
      #expect(line.components(separatedBy: "(default:").count == 2, "\(line)")
    }
    #expect(!text.contains("(values: text, markdown") || !text.contains("Output format: text"))
  }

  /// The example lines as whole commands: a line that ends with " \" goes on in the next.
  static func commands(_ lines: ArraySlice<Substring>) -> [String] {
    var commands: [String] = []
    var pending: String?
    for line in lines {
      let joined = pending.map { $0 + " " + line.drop { $0 == " " } } ?? String(line)
      if joined.hasSuffix(" \\") {
        pending = String(joined.dropLast(2))
      } else {
        commands.append(joined)
        pending = nil
      }
    }
    if let pending { commands.append(pending) }
    return commands
  }

  /// The arguments of each `tally` in a shell line, up to the next `|`, `&&`, `;` or redirection;
  /// double-quoted words are one word.
  static func invocations(in line: String) -> [[String]] {
    var words: [String] = []
    var word = ""
    var quoted = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
      } else if character == " ", !quoted {
        if !word.isEmpty { words.append(word) }
        word = ""
      } else {
        word.append(character)
      }
    }
    if !word.isEmpty { words.append(word) }
    var result: [[String]] = []
    var current: [String]?
    var skipNext = false
    for word in words {
      if skipNext {
        skipNext = false
        continue
      }
      if ["|", "&&", ";"].contains(word) {
        if let current { result.append(current) }
        current = nil
      } else if [">", ">>", "<", "2>"].contains(word) {
        skipNext = true
      } else if word == "tally", current == nil {
        current = []
      } else {
        current?.append(word)
      }
    }
    if let current { result.append(current) }
    return result
  }
}
