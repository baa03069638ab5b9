import Core
import Foundation
import TestSupport
import Testing

@testable import Ingest

@Suite struct CorpusWalkTests {
  private func outcomes(_ folder: TemporaryDirectory, ingestor: Ingestor = Ingestor()) -> [String:
    FileOutcome]
  {
    var result: [String: FileOutcome] = [:]
    for entry in CorpusWalker.walk([folder.url.path]) {
      result[entry.path] = ingestor.ingest(entry)
    }
    return result
  }

  @Test("files come sorted by path; dot-files and dot-folders are skipped")
  func orderAndDotFiles() throws {
    let folder = try TemporaryDirectory()
    try folder.write("b/z.txt", "Zed note with 3 units.")
    try folder.write("a.txt", "A note with 5 units.")
    try folder.write("b/a.md", "# Title\n\nBody with 7 units.")
    try folder.write(".hidden.txt", "secret")
    try folder.write(".git/config", "x")
    #expect(CorpusWalker.walk([folder.url.path]).map(\.path) == ["a.txt", "b/a.md", "b/z.txt"])
  }

  @Test("symbolic links: followed inside the root, refused outside it, loops reported")
  func symbolicLinks() throws {
    let folder = try TemporaryDirectory()
    let outside = try TemporaryDirectory()
    try folder.write("docs/real.txt", "Real text, 4 units.")
    try outside.write("elsewhere.txt", "Outside the root.")
    let manager = FileManager.default
    try manager.createSymbolicLink(
      atPath: folder.url.appendingPathComponent("docs/alias.txt").path,
      withDestinationPath: "real.txt")
    try manager.createSymbolicLink(
      atPath: folder.url.appendingPathComponent("docs/loop").path, withDestinationPath: "..")
    try manager.createSymbolicLink(
      atPath: folder.url.appendingPathComponent("escape.txt").path,
      withDestinationPath: outside.url.appendingPathComponent("elsewhere.txt").path)
    try manager.createSymbolicLink(
      atPath: folder.url.appendingPathComponent("broken.txt").path,
      withDestinationPath: "missing.txt")
    // A loop of file links is a loop, not a link to nothing.
    try manager.createSymbolicLink(
      atPath: folder.url.appendingPathComponent("ping.txt").path, withDestinationPath: "pong.txt")
    try manager.createSymbolicLink(
      atPath: folder.url.appendingPathComponent("pong.txt").path, withDestinationPath: "ping.txt")
    let results = outcomes(folder)
    #expect(results["docs/alias.txt"]?.status == .ok)
    #expect(results["docs/real.txt"]?.status == .ok)
    #expect(results["docs/loop"]?.status == .skipped)
    #expect(results["docs/loop"]?.reason?.contains("loop") == true)
    #expect(results["escape.txt"]?.reason == "symbolic link leads outside the corpus root")
    #expect(results["broken.txt"]?.reason == "broken symbolic link")
    #expect(results["ping.txt"]?.reason == "symbolic link loop: the link leads back to itself")
    #expect(results["pong.txt"]?.status == .skipped)
    #expect(results.count == 7)
  }

  @Test("a file whose name is not valid UTF-8 is read by its bytes and shown escaped")
  func nonUTF8Name() throws {
    let folder = try TemporaryDirectory()
    try folder.write("b.md", "Tesla bought 6 chips.")
    // « café.md » in Latin-1: E9 is no UTF-8.
    let name = Array("caf".utf8) + [0xE9] + Array(".md".utf8)
    try writeRaw(Array(folder.url.path.utf8) + [UInt8(ascii: "/")] + name, "Tesla bought 5 chips.")
    let entries = CorpusWalker.walk([folder.url.path])
    #expect(entries.map(\.path) == ["b.md", "caf\\xE9.md"])
    let results = outcomes(folder)
    #expect(results["caf\\xE9.md"]?.status == .ok)
    #expect(results["caf\\xE9.md"]?.documents.first?.text == "Tesla bought 5 chips.")
  }

  /// Writes `text` to a file named by the file system's bytes `path`.
  private func writeRaw(_ path: [UInt8], _ text: String) throws {
    let descriptor = open(path.map { CChar(bitPattern: $0) } + [0], O_CREAT | O_WRONLY, 0o644)
    try #require(descriptor >= 0)
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
  }

  @Test("a folder whose name is not valid UTF-8 is walked, and its files read by their bytes")
  func nonUTF8Folder() throws {
    let folder = try TemporaryDirectory()
    try folder.write("a.md", "Tesla bought 6 chips.")
    // « été » in Latin-1 (E9 74 E9), then a file with a valid name inside it.
    let name = [0xE9, 0x74, 0xE9] as [UInt8]
    let directory = Array(folder.url.path.utf8) + [UInt8(ascii: "/")] + name
    #expect(mkdir(directory.map { CChar(bitPattern: $0) } + [0], 0o755) == 0)
    try writeRaw(directory + Array("/note.md".utf8), "Tesla bought 7 chips.")
    let entries = CorpusWalker.walk([folder.url.path])
    #expect(entries.map(\.path) == ["a.md", "\\xE9t\\xE9/note.md"])
    #expect(entries.last?.problem == nil)
    let results = outcomes(folder)
    #expect(results["\\xE9t\\xE9/note.md"]?.documents.first?.text == "Tesla bought 7 chips.")
  }

  @Test("binary, oversized, empty and unsupported files are skipped with a reason")
  func skippedFiles() throws {
    let folder = try TemporaryDirectory()
    try folder.write("scan.pdf", Array("%PDF-1.7\n".utf8) + [0, 1, 2])
    try folder.write("image.html", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10])
    try folder.write("nul.txt", Array("text".utf8) + [0, 0] + Array("more".utf8))
    try folder.write("big.txt", String(repeating: "x", count: 2_000))
    try folder.write("empty.md", "")
    try folder.write("deck.pptx", "not really")
    try folder.write("bookings.csv", "customer,item\n")
    let results = outcomes(folder, ingestor: Ingestor(maxFileSize: 1_000))
    #expect(results["image.html"]?.reason == "binary file (JPEG image)")
    #expect(results["nul.txt"]?.reason == "binary file (NUL bytes)")
    #expect(
      results["big.txt"]?.reason?.hasPrefix("larger than the size cap (2000 bytes > 1000)") == true)
    #expect(results["empty.md"]?.reason == "empty file")
    #expect(results["deck.pptx"]?.reason == "unsupported file type '.pptx'")
    #expect(results["bookings.csv"]?.status == .skipped)
    #expect(results["scan.pdf"]?.reason == "binary file (PDF)")
    #expect(results.values.allSatisfy { $0.status == .skipped })
  }

  @Test("a FIFO is not a regular file and is skipped, never read")
  func fifo() throws {
    let folder = try TemporaryDirectory()
    #expect(mkfifo(folder.url.appendingPathComponent("pipe.txt").path, 0o600) == 0)
    let results = outcomes(folder)
    #expect(results["pipe.txt"]?.reason == "not a regular file")
  }

  @Test("a missing root is one failed entry")
  func missingRoot() {
    let entries = CorpusWalker.walk(["/no/such/tally/folder"])
    #expect(entries.count == 1)
    #expect(entries.first?.problem == .failed)
    #expect(entries.first?.reason == "no such file or directory")
  }

  @Test("invalid UTF-8 in a text file is decoded as Windows-1252 with a warning")
  func invalidUTF8Text() throws {
    let outcome = Ingestor().ingest(
      Array("Caf".utf8) + [0xE9, 0x20, 0x80] + Array(" 5".utf8), path: "a.txt")
    let document = try #require(outcome.documents.first)
    #expect(document.text == "Café € 5")
    #expect(document.warnings.map(\.code).contains("ING001"))
  }

  @Test("a file given directly is its own entry, named by its file name")
  func fileRoot() throws {
    let folder = try TemporaryDirectory()
    let file = try folder.write("deep/inside/note.txt", "Some note with 9 units.")
    #expect(CorpusWalker.walk([file.path]).map(\.path) == ["note.txt"])
  }
}
