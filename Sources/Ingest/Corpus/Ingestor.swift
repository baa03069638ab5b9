import Core
import Foundation

/// Reads corpus files into documents.
///
/// Ingest's entry point.
///
/// ```swift
/// let ingestor = Ingestor()
/// for entry in CorpusWalker.walk(["Corpus"]) {
///   let outcome = ingestor.ingest(entry)   // .ok with documents, or .skipped / .failed with a reason
/// }
/// ```
public struct Ingestor: Sendable {
  /// Files larger than this many bytes are skipped.
  public var maxFileSize: Int

  /// Creates an ingestor.
  public init(maxFileSize: Int = 20 * 1024 * 1024) {
    self.maxFileSize = maxFileSize
  }

  /// Reads one walked entry from disk and ingests it.
  public func ingest(_ entry: CorpusEntry) -> FileOutcome {
    if let problem = entry.problem {
      return FileOutcome(path: entry.path, status: problem, reason: entry.reason)
    }
    // A name that is not valid UTF-8 is opened by its path's bytes.
    let path = entry.rawPath ?? Array(entry.url.path.utf8)
    let descriptor = (path + [0]).withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) { chars in
        chars.baseAddress.map { open($0, O_RDONLY) } ?? -1
      }
    }
    guard descriptor >= 0 else {
      return FileOutcome(
        path: entry.path, status: .failed, reason: "cannot be read: \(errnoText())")
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      return FileOutcome(
        path: entry.path, status: .failed, reason: "cannot be read: \(errnoText())")
    }
    let size = Int(info.st_size)
    guard size <= maxFileSize else {
      return FileOutcome(
        path: entry.path, status: .skipped,
        reason: "larger than the size cap (\(size) bytes > \(maxFileSize)); raise --max-file-size",
        size: size)
    }
    guard let bytes = readAll(descriptor, size: size) else {
      return FileOutcome(
        path: entry.path, status: .failed, reason: "cannot be read: \(errnoText())", size: size)
    }
    guard bytes.count <= maxFileSize else {
      return FileOutcome(
        path: entry.path, status: .skipped,
        reason: "larger than the size cap (more than \(maxFileSize) bytes); raise --max-file-size")
    }
    let siblings = SiblingFiles(directory: entry.url.deletingLastPathComponent())
    return ingest(bytes, path: entry.path, siblings: siblings)
  }

  /// The bytes of an open file, read straight into one array of the size it had when opened.
  ///
  /// A file that grows while it is read is read on, past the size cap by one buffer at most.
  /// Nil on a read error (`errno` says which).
  private func readAll(_ descriptor: Int32, size: Int) -> [UInt8]? {
    var bytes = [UInt8](repeating: 0, count: size + 1)
    var filled = 0
    while true {
      if filled == bytes.count {
        if bytes.count > maxFileSize { break }
        bytes.append(contentsOf: repeatElement(0, count: 65_536))
      }
      let count = bytes.withUnsafeMutableBytes { buffer in
        read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { break }
      filled += count
    }
    bytes.removeSubrange(filled..<bytes.count)
    return bytes
  }

  /// Ingests a file's bytes.
  ///
  /// `path` is relative to the corpus root and names the documents.
  public func ingest(_ bytes: [UInt8], path: String) -> FileOutcome {
    ingest(bytes, path: path, siblings: nil)
  }

  /// Ingests a file's bytes with the files beside it that its reader may open
  /// (`siblingNames`), given by name: a pack's record carries them.
  public func ingest(_ bytes: [UInt8], path: String, siblings: [String: [UInt8]]) -> FileOutcome {
    ingest(bytes, path: path, siblings: SiblingFiles(given: siblings))
  }

  /// The files beside a file that a reader may open with it: an X archive's `account.js`
  /// names the author of its `tweets.js`.
  public static let siblingNames = ["account.js"]

  func ingest(_ bytes: [UInt8], path: String, siblings: SiblingFiles?) -> FileOutcome {
    // A byte-order mark and nothing else is as empty as no bytes at all.
    guard !bytes.isEmpty, !SourceDecoder.isOnlyMark(bytes) else {
      return FileOutcome(path: path, status: .skipped, reason: "empty file")
    }
    // UTF-16 and UTF-32 files are decoded whole first, so that every format (a mail's headers
    // and MIME parts too) reads UTF-8.
    if SourceDecoder.isWide(bytes), bytes.count <= maxFileSize {
      let decoded = SourceDecoder.decode(bytes, declared: nil)
      var outcome = ingest(decoded.bytes, path: path, siblings: siblings)
      for index in outcome.documents.indices {
        outcome.documents[index].warnings += decoded.warnings
      }
      return outcome
    }
    guard bytes.count <= maxFileSize else {
      return FileOutcome(
        path: path, status: .skipped,
        reason:
          "larger than the size cap (\(bytes.count) bytes > \(maxFileSize)); raise --max-file-size",
        size: bytes.count)
    }
    if let binary = BinarySniffer.binaryKind(of: bytes) {
      return FileOutcome(
        path: path, status: .skipped, reason: "binary file (\(binary))", size: bytes.count)
    }
    let route = FormatRouter.route(path: path, bytes: bytes)
    let context = ReadContext(
      path: path, kindFromFolder: Self.kindFromFolder(path), siblings: siblings)
    var outcome: FileOutcome
    switch route {
    case .unsupported(let reason):
      outcome = FileOutcome(path: path, status: .skipped, reason: reason)
    case .reader(let reader):
      switch reader.read(bytes, context) {
      case .success(let output):
        outcome = FileOutcome(path: path, status: .ok, documents: output.documents)
        outcome.warnings = output.warnings
        // A file whose every document is without text is said to be so, not read as "ok"
        // (unless a warning already says why: a tree truncated at depth 256).
        if !output.documents.isEmpty, output.warnings.isEmpty,
          output.documents.allSatisfy({
            $0.text.allSatisfy(\.isWhitespace) && !$0.warnings.contains { $0.severity == .warning }
          })
        {
          outcome = FileOutcome(
            path: path, status: .skipped, reason: "no text: nothing in it reads as text")
        }
      case .failure(let failure):
        outcome = FileOutcome(path: path, status: failure.status, reason: failure.reason)
      }
    }
    outcome.size = bytes.count
    return outcome
  }

  /// The format of a report `tally check` wrote ("HTML", "JSON"…), when the file at `path` with
  /// these bytes is one; nil for any other file.
  public static func tallyReport(_ bytes: [UInt8], path: String) -> String? {
    let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
    let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "") : ""
    return FormatRouter.tallyReport(bytes, ext: ext)
  }

  /// The kind a folder in the path names: `articles/`, `memos/`, `posts/`, `transcripts/` and so on.
  static func kindFromFolder(_ path: String) -> DocumentKind? {
    let folders = path.split(separator: "/").dropLast().reversed()
    for folder in folders {
      switch folder.lowercased() {
      case "article", "articles", "news", "press", "presse": return .article
      case "memo", "memos", "mail", "email", "emails", "mails", "courriels": return .memo
      case "post", "posts", "tweets", "social": return .post
      case "transcript", "transcripts", "calls": return .transcript
      default: continue
      }
    }
    return nil
  }

  private func errnoText() -> String { String(cString: strerror(errno)).lowercased() }
}

/// Files beside the one being read, for formats that need a companion file (the X
/// archive's `account.js` names the author of `tweets.js`).
struct SiblingFiles: Sendable {
  var directory: URL?
  /// Siblings given with the file's bytes (a pack's record), by name.
  var given: [String: [UInt8]] = [:]

  init(directory: URL) { self.directory = directory }

  init(given: [String: [UInt8]]) { self.given = given }

  func contents(of name: String) -> [UInt8]? {
    if let bytes = given[name] { return bytes }
    guard let directory else { return nil }
    let url = directory.appendingPathComponent(name)
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    return [UInt8](data)
  }
}

/// What a reader knows about the file it reads.
struct ReadContext: Sendable {
  var path: String
  var kindFromFolder: DocumentKind?
  var siblings: SiblingFiles?

  /// The id of the n-th document (1-based) of a container file.
  func id(_ index: Int) -> String { "\(path)#\(index)" }
}

/// The documents a reader made of a file, and remarks about the file as a whole.
struct ReadOutput {
  var documents: [Document]
  var warnings: [Diagnostic] = []
}

/// Why a reader could not make documents of a file.
struct ReadFailure: Error {
  var status: FileOutcome.Status
  var reason: String
}

/// Turns a file's bytes into documents.
protocol DocumentReader: Sendable {
  func read(_ bytes: [UInt8], _ context: ReadContext) -> Result<ReadOutput, ReadFailure>
}

extension Document {
  /// Fills in the language from the text when nothing declared it, with a note when it stays undetermined.
  mutating func settleLanguage(declared: Language?) {
    if let declared, declared != .und {
      language = declared
      return
    }
    language = LanguageDetector.detect(text)
    if language == .und && !text.isEmpty {
      warnings.append(IngestDiagnostics.languageUndetermined())
    }
  }
}
