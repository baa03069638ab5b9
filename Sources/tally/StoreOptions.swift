import ArgumentParser
import Foundation

/// Where a check keeps what each file gave, so that an unchanged file is not read again.
struct StoreOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The store (SQLite) that keeps what each file gave and what each run found (default: CORPUS/.tally/tally.sqlite).",
      valueName: "path"),
    completion: .file(extensions: ["sqlite"]))
  var store: String?

  @Flag(help: "Use no store: read every file and record nothing.")
  var noStore = false

  func validate() throws {
    if noStore, store != nil { throw ValidationError("give --store or --no-store, not both") }
  }

  /// The store's path for `corpus`: the one named, else `.tally/tally.sqlite` in a corpus
  /// folder (a single file has none by default).
  func path(for corpus: String) -> String? {
    guard !noStore else { return nil }
    if let store { return store }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isFolder),
      isFolder.boolValue
    else { return nil }
    return (corpus as NSString).appendingPathComponent(".tally/tally.sqlite")
  }
}
