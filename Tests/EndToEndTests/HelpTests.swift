import Foundation
import TestSupport
import Testing

@Suite struct HelpTests {
  @Test(
    "every command's help lists its exit codes and examples that fit a line, and says each default once",
    arguments: ["check", "diff", "claims", "ingest", "eval"])
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
    let start = try #require(lines.firstIndex { $0.hasPrefix("Example") }, "\(command)")
    // Each example is one line that copies and pastes: "  tally …", not wrapped.
    let examples = lines[(start + 1)...].prefix { !$0.isEmpty }
    #expect(!examples.isEmpty)
    for example in examples {
      #expect(example.hasPrefix("  tally ") || example.contains("| tally "), "\(example)")
    }
    // A default is said by the help text or by the parser, not both.
    for line in lines where line.contains("(default:") {
      #expect(line.components(separatedBy: "(default:").count == 2, "\(line)")
    }
    #expect(!text.contains("(values: text, markdown") || !text.contains("Output format: text"))
  }
}
