import Foundation

/// Runs git in `folder` as a test's fixed user, its output discarded; returns its exit status.
public func runGit(_ arguments: [String], in folder: URL) throws -> Int32 {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments =
    ["git", "-c", "user.name=Tally Test", "-c", "user.email=test@example.org"] + arguments
  process.currentDirectoryURL = folder
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  try process.run()
  process.waitUntilExit()
  return process.terminationStatus
}
