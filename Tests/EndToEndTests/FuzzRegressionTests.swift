import Foundation
import Testing

/// The inputs that once broke a parser, or that a hostile probe used (entity bombs, external
/// entities, deep and unclosed nesting, wide text encodings, YAML alias bombs, dense figures),
/// replayed through the same fuzzing targets `scripts/fuzz` runs (Tests/Fuzz/<target>/).
@Suite struct FuzzRegressionTests {
  static let targets = ["html", "feed", "mail", "posts", "markdown", "ledger", "config", "claims"]

  @Test(
    "every kept input runs through its target without a crash or a failed check", arguments: targets
  )
  func replay(_ target: String) throws {
    let folder = TallyRun.repository.appendingPathComponent("Tests/Fuzz/\(target)")
    let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      .map { folder.appendingPathComponent($0).path }
    #expect(!inputs.isEmpty)
    let process = Process()
    process.executableURL = TallyRun.executable.deletingLastPathComponent()
      .appendingPathComponent("tally-fuzz")
    process.arguments = [target] + inputs
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(message)")
  }
}
