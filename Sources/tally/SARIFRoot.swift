import Foundation
import Report

/// Where SARIF's `%SRCROOT%` is for a run: a folder that holds the corpus, so that every path
/// is relative to it.
enum SARIFRoot {
  /// The folder for `corpus` (as given, relative to `workingFolder`, absolute): the working folder
  /// when the corpus is in it (the common case, and where a CI job runs); else the top of the
  /// corpus's git repository; else the folder that holds the corpus (a folder corpus's parent,
  /// so that paths keep the corpus's name).
  static func folder(for corpus: String, workingFolder: String) -> String {
    let absolute = URIText.normalized(
      corpus.hasPrefix("/") ? corpus : workingFolder + "/" + corpus)
    if inside(absolute, workingFolder) { return workingFolder }
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder)
    let folder =
      exists && isFolder.boolValue ? absolute : (absolute as NSString).deletingLastPathComponent
    if let top = gitTop(of: folder), inside(absolute, top) { return top }
    return exists && isFolder.boolValue ? (absolute as NSString).deletingLastPathComponent : folder
  }

  /// Whether `path` is `folder` or under it (both absolute, normalized).
  private static func inside(_ path: String, _ folder: String) -> Bool {
    let top = URIText.normalized(folder)
    return path == top || path.hasPrefix(top == "/" ? top : top + "/")
  }

  /// The top of the git work tree that holds `folder`; nil outside one, or without git.
  private static func gitTop(of folder: String) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", folder, "rev-parse", "--show-toplevel"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    let top = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return top.isEmpty ? nil : URIText.normalized(top)
  }
}
