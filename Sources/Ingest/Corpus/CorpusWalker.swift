import Core
import Foundation

/// A file found in a corpus walk, or a path that could not be walked.
public struct CorpusEntry: Sendable, Hashable {
  /// The file's path relative to the root it was found under, with `/` separators.
  public var path: String
  /// The file's location on disk.
  public var url: URL
  /// Why the entry cannot be read, when the walk already knows (a symbolic-link loop, a link
  /// leaving the root, an unreadable folder).
  public var problem: FileOutcome.Status?
  /// The reason that goes with `problem`.
  public var reason: String?
  /// The file's path as the file system's bytes, when its name is not valid UTF-8 (`path`
  /// then shows the bytes escaped, `caf\xE9.md`).
  public var rawPath: [UInt8]? = nil
}

/// Lists the files of a corpus in a deterministic order.
///
/// Directories are walked recursively, sorted by name at each level (so the
/// output is sorted by path); dot-files and dot-folders are skipped; symbolic
/// links are followed only while their target stays inside the root, and a
/// link back to a folder already on the walk is reported as a loop.
public enum CorpusWalker {
  /// The entries under each root: a file root is its own single entry, named by its file name.
  public static func walk(_ roots: [String]) -> [CorpusEntry] {
    var entries: [CorpusEntry] = []
    for root in roots {
      let url = URL(fileURLWithPath: root).standardizedFileURL
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
        entries.append(
          CorpusEntry(
            path: root, url: url, problem: .failed, reason: "no such file or directory"))
        continue
      }
      if !isDirectory.boolValue {
        entries.append(CorpusEntry(path: url.lastPathComponent, url: url))
        continue
      }
      let resolvedRoot = url.resolvingSymlinksInPath()
      var onPath: Set<FileIdentity> = []
      if let identity = FileIdentity(path: resolvedRoot.path) { onPath.insert(identity) }
      walkDirectory(
        url, relative: "", root: resolvedRoot.path, onPath: &onPath, into: &entries)
    }
    return entries
  }

  private static func walkDirectory(
    _ directory: URL, relative: String, root: String, onPath: inout Set<FileIdentity>,
    into entries: inout [CorpusEntry]
  ) {
    // Names as the file system's bytes: one that is not valid UTF-8 is still a file to read.
    guard let folder = opendir(directory.path) else {
      entries.append(
        CorpusEntry(
          path: relative.isEmpty ? "." : relative, url: directory, problem: .failed,
          reason: "folder could not be read: \(errnoText())"))
      return
    }
    var rawNames: [[UInt8]] = []
    while let item = readdir(folder) {
      let name = withUnsafeBytes(of: item.pointee.d_name) { bytes in
        Array(bytes.prefix { $0 != 0 })
      }
      if name.first != UInt8(ascii: ".") { rawNames.append(name) }
    }
    closedir(folder)
    for raw in rawNames.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      guard let name = String(validating: raw, as: UTF8.self) else {
        entries.append(Self.entry(named: raw, in: directory, relative: relative))
        continue
      }
      let url = directory.appendingPathComponent(name)
      let path = relative.isEmpty ? name : relative + "/" + name
      var info = stat()
      guard lstat(url.path, &info) == 0 else {
        entries.append(
          CorpusEntry(
            path: path, url: url, problem: .failed, reason: "cannot be read: \(errnoText())"))
        continue
      }
      var target = url
      if info.st_mode & S_IFMT == S_IFLNK {
        let resolved = url.resolvingSymlinksInPath().path
        guard stat(url.path, &info) == 0 else {
          entries.append(
            CorpusEntry(path: path, url: url, problem: .skipped, reason: Self.unresolvedLink()))
          continue
        }
        guard resolved == root || resolved.hasPrefix(root + "/") else {
          entries.append(
            CorpusEntry(
              path: path, url: url, problem: .skipped,
              reason: "symbolic link leads outside the corpus root"))
          continue
        }
        target = URL(fileURLWithPath: resolved)
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard !onPath.contains(identity) else {
          entries.append(
            CorpusEntry(
              path: path, url: url, problem: .skipped,
              reason: "symbolic link loop: leads back to a folder already being walked"))
          continue
        }
        onPath.insert(identity)
        walkDirectory(target, relative: path, root: root, onPath: &onPath, into: &entries)
        onPath.remove(identity)
      case S_IFREG:
        entries.append(CorpusEntry(path: path, url: target))
      default:
        entries.append(
          CorpusEntry(path: path, url: url, problem: .skipped, reason: "not a regular file"))
      }
    }
  }

  /// Why a default file at a corpus root (`bookings.csv`, `tally.yml`) must not be read.
  ///
  /// The walk's own rules, so that a link planted in a corpus never makes Tally read, or quote, a
  /// file from outside it. Nil when it may be read, or when there is no such entry at all.
  public static func refusal(ofDefault path: String, root: String) -> String? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    if info.st_mode & S_IFMT == S_IFLNK {
      guard stat(path, &info) == 0 else { return unresolvedLink() }
      let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
      let resolvedRoot = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath()
        .path
      guard resolved.hasPrefix(resolvedRoot + "/") else {
        return "symbolic link leads outside the corpus root"
      }
    }
    return info.st_mode & S_IFMT == S_IFREG ? nil : "not a regular file"
  }

  private static func errnoText() -> String { String(cString: strerror(errno)).lowercased() }

  /// The entry of a name that is not valid UTF-8: a regular file is read by its path's bytes;
  /// a folder or a link so named is reported, not walked.
  private static func entry(named raw: [UInt8], in directory: URL, relative: String) -> CorpusEntry
  {
    let shown = escaped(raw)
    let path = relative.isEmpty ? shown : relative + "/" + shown
    let rawPath = Array(directory.path.utf8) + [UInt8(ascii: "/")] + raw
    var info = stat()
    let found = (rawPath + [0]).withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) { chars in
        chars.baseAddress.map { lstat($0, &info) == 0 } ?? false
      }
    }
    let url = directory.appendingPathComponent(shown)
    guard found, info.st_mode & S_IFMT == S_IFREG else {
      return CorpusEntry(
        path: path, url: url, problem: .skipped,
        reason: "a folder or link whose name is not valid UTF-8 is not walked")
    }
    return CorpusEntry(path: path, url: url, rawPath: rawPath)
  }

  /// A name that is not valid UTF-8, shown with its stray bytes escaped: `caf\xE9.md`.
  static func escaped(_ raw: [UInt8]) -> String {
    var shown = ""
    var index = 0
    while index < raw.count {
      // The longest valid UTF-8 sequence from here, else one escaped byte.
      var end = min(raw.count, index + 4)
      while end > index, String(validating: raw[index..<end], as: UTF8.self) == nil { end -= 1 }
      if end > index {
        shown += String(decoding: raw[index..<end], as: UTF8.self)
        index = end
      } else {
        let hex = String(raw[index], radix: 16, uppercase: true)
        shown += "\\x" + (hex.count < 2 ? "0" + hex : hex)
        index += 1
      }
    }
    return shown
  }

  /// Why a symbolic link `stat` could not follow, from `errno`: a loop of links ("a.md → b.md
  /// → a.md") is not a link to nothing.
  private static func unresolvedLink() -> String {
    errno == ELOOP ? "symbolic link loop: the link leads back to itself" : "broken symbolic link"
  }

  static func describe(_ error: Error) -> String {
    if let error = error as? CocoaError, let underlying = error.underlying as? POSIXError {
      return String(cString: strerror(underlying.code.rawValue)).lowercased()
    }
    return error.localizedDescription
  }
}

/// A file's identity on disk, to notice a walk coming back to the same folder.
struct FileIdentity: Hashable {
  var device: UInt64
  var inode: UInt64

  init(device: UInt64, inode: UInt64) {
    self.device = device
    self.inode = inode
  }

  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }
}
