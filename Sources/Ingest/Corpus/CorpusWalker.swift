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
      let resolvedRoot = resolved(bytes(url.path)) ?? bytes(url.path)
      var onPath: Set<FileIdentity> = []
      if let identity = FileIdentity(path: String(decoding: resolvedRoot, as: UTF8.self)) {
        onPath.insert(identity)
      }
      walkDirectory(
        bytes(url.path), relative: "", root: resolvedRoot, onPath: &onPath, into: &entries)
    }
    return entries
  }

  /// Walks one folder, named by the file system's bytes: a file or folder whose name is not
  /// valid UTF-8 is still walked and read, and shown with its stray bytes escaped.
  private static func walkDirectory(
    _ directory: [UInt8], relative: String, root: [UInt8], onPath: inout Set<FileIdentity>,
    into entries: inout [CorpusEntry]
  ) {
    guard let folder = opendir(cPath(directory)) else {
      entries.append(
        CorpusEntry(
          path: relative.isEmpty ? "." : relative, url: url(directory), problem: .failed,
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
      let name = String(validating: raw, as: UTF8.self) ?? escaped(raw)
      let path = relative.isEmpty ? name : relative + "/" + name
      let location = directory + [UInt8(ascii: "/")] + raw
      var info = stat()
      guard lstat(cPath(location), &info) == 0 else {
        entries.append(
          CorpusEntry(
            path: path, url: url(location), problem: .failed,
            reason: "cannot be read: \(errnoText())"))
        continue
      }
      var target = location
      if info.st_mode & S_IFMT == S_IFLNK {
        guard stat(cPath(location), &info) == 0, let resolved = resolved(location) else {
          entries.append(
            CorpusEntry(
              path: path, url: url(location), problem: .skipped, reason: Self.unresolvedLink()))
          continue
        }
        guard resolved == root || resolved.starts(with: root + [UInt8(ascii: "/")]) else {
          entries.append(
            CorpusEntry(
              path: path, url: url(location), problem: .skipped,
              reason: "symbolic link leads outside the corpus root"))
          continue
        }
        target = resolved
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard !onPath.contains(identity) else {
          entries.append(
            CorpusEntry(
              path: path, url: url(location), problem: .skipped,
              reason: "symbolic link loop: leads back to a folder already being walked"))
          continue
        }
        onPath.insert(identity)
        walkDirectory(target, relative: path, root: root, onPath: &onPath, into: &entries)
        onPath.remove(identity)
      case S_IFREG:
        let valid = String(validating: target, as: UTF8.self) != nil
        entries.append(CorpusEntry(path: path, url: url(target), rawPath: valid ? nil : target))
      default:
        entries.append(
          CorpusEntry(
            path: path, url: url(location), problem: .skipped, reason: "not a regular file"))
      }
    }
  }

  private static func bytes(_ path: String) -> [UInt8] { Array(path.utf8) }

  /// A path's bytes as a C string.
  private static func cPath(_ path: [UInt8]) -> [CChar] {
    path.map { CChar(bitPattern: $0) } + [0]
  }

  /// The location of a path; one that is not valid UTF-8 is named with its bytes escaped (the
  /// entry's `rawPath` then says where the file is).
  private static func url(_ path: [UInt8]) -> URL {
    URL(fileURLWithPath: String(validating: path, as: UTF8.self) ?? escaped(path))
  }

  /// The path with every symbolic link resolved, as bytes; nil when it cannot be resolved.
  private static func resolved(_ path: [UInt8]) -> [UInt8]? {
    guard let resolved = realpath(cPath(path), nil) else { return nil }
    defer { free(resolved) }
    return Array(UnsafeBufferPointer(start: resolved, count: strlen(resolved))).map {
      UInt8(bitPattern: $0)
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
