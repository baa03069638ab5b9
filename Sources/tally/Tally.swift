import ArgumentParser
import Foundation

/// The `tally` command: reads a corpus, extracts its numeric claims and reconciles them.
struct Tally: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tally",
    abstract: "Find the numeric claims in a pile of documents and check them against the records.",
    version: Tally.version,
    subcommands: [
      CheckCommand.self, DiffCommand.self, EvalCommand.self, IngestCommand.self, ClaimsCommand.self,
      PackCommand.self, StageCommand.self, WorkerCommand.self,
    ]
  )

  /// The version reports name (SARIF's tool version).
  static let version = "0.4.0"
}

@main
enum Main {
  static func main() {
    do {
      var command = try Tally.parseAsRoot()
      try command.run()
    } catch let error as OutputError {
      // An output that cannot be written is a broken setup: exit 2, one line.
      FileHandle.standardError.write(Data("tally: error: \(error.message)\n".utf8))
      exit(2)
    } catch {
      let code = Tally.exitCode(for: error)
      if code == .validationFailure {
        // Usage errors exit 2, as the README promises, not ArgumentParser's 64.
        FileHandle.standardError.write(Data((Tally.fullMessage(for: error) + "\n").utf8))
        exit(2)
      }
      Tally.exit(withError: error)
    }
  }
}
