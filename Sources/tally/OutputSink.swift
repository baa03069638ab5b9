import Foundation

/// Where a command's output goes: standard output, or a file written atomically
/// (to a temporary file beside it, renamed into place only when complete).
final class OutputSink {
  private let handle: FileHandle
  private let temporary: URL?
  private let destination: URL?
  /// The destination as the user gave it, for messages.
  private let given: String?
  private var buffer = Data()
  /// How much is kept before it is written: many sinks open at once keep less each.
  private let bufferSize: Int

  init(path: String?, bufferSize: Int = 1 << 20) throws {
    self.bufferSize = bufferSize
    guard let path else {
      handle = FileHandle.standardOutput
      temporary = nil
      destination = nil
      given = nil
      return
    }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw OutputError(message: "\(path): cannot write: is a directory")
    }
    let destination = URL(fileURLWithPath: path)
    let temporary = destination.deletingLastPathComponent()
      .appendingPathComponent(".\(destination.lastPathComponent).tmp-\(getpid())")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporary.path)
    else {
      throw OutputError(message: "\(path): cannot write: the folder is missing or not writable")
    }
    self.handle = handle
    self.temporary = temporary
    self.destination = destination
    given = path
  }

  func write(_ string: String) { write(Data(string.utf8)) }

  func write(_ data: Data) {
    buffer.append(data)
    if buffer.count >= bufferSize { flush() }
  }

  private func flush() {
    handle.write(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Leaves the destination as it was: nothing written to it, the temporary file removed.
  func discard() {
    guard let temporary else { return }
    try? handle.close()
    try? FileManager.default.removeItem(at: temporary)
  }

  func finish() throws {
    flush()
    guard let temporary, let destination else { return }
    try handle.close()
    if rename(temporary.path, destination.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw OutputError(message: "\(given ?? destination.path): cannot write: \(reason)")
    }
  }
}

/// Writes records to a sink as lines (JSON Lines, a table) or as the elements of one JSON array.
final class RecordStream {
  private let sink: OutputSink
  private let asArray: Bool
  private var first = true

  init(sink: OutputSink, asArray: Bool, header: String? = nil) {
    self.sink = sink
    self.asArray = asArray
    if asArray { sink.write("[") }
    if let header { sink.write(header) }
  }

  func write(_ record: Data) {
    if asArray {
      sink.write(first ? "\n" : ",\n")
      sink.write(record)
    } else {
      sink.write(record)
      sink.write("\n")
    }
    first = false
  }

  /// Closes the array, if any, and the sink.
  func finish() throws {
    if asArray { sink.write(first ? "]\n" : "\n]\n") }
    try sink.finish()
  }
}

struct OutputError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// The records one file gives, kept in memory up to a few megabytes and spilled beyond to a
/// temporary file that is already unlinked: a 20 MB file of dense figures does not hold its
/// hundreds of megabytes of records in memory while it waits for its turn to be written.
final class RecordBuffer: @unchecked Sendable {
  /// Bytes held in memory before spilling.
  let memoryLimit: Int
  private var memory = Data()
  private var file: FileHandle?
  /// Records appended.
  private(set) var count = 0

  init(memoryLimit: Int = 4 << 20) { self.memoryLimit = memoryLimit }

  func append(_ record: Data) {
    var length = UInt32(truncatingIfNeeded: record.count).littleEndian
    withUnsafeBytes(of: &length) { memory.append(contentsOf: $0) }
    memory.append(record)
    count += 1
    if memory.count >= memoryLimit { spill() }
  }

  /// Hands each record to `write`, in order, and empties the buffer.
  func replay(_ write: (Data) -> Void) {
    var pending = Data()
    if let file {
      spill()
      file.seek(toFileOffset: 0)
      while let chunk = try? file.read(upToCount: 1 << 20), !chunk.isEmpty {
        pending.append(chunk)
        pending = Self.frames(in: pending, write)
      }
      try? file.close()
      self.file = nil
    }
    pending.append(memory)
    _ = Self.frames(in: pending, write)
    memory = Data()
  }

  /// Writes the whole records at the start of `data` and returns what follows them.
  private static func frames(in data: Data, _ write: (Data) -> Void) -> Data {
    var offset = data.startIndex
    while data.endIndex - offset >= 4 {
      let length = data[offset..<offset + 4].enumerated().reduce(0) {
        $0 | Int($1.element) << (8 * $1.offset)
      }
      guard data.endIndex - offset - 4 >= length else { break }
      write(data[offset + 4..<offset + 4 + length])
      offset += 4 + length
    }
    return Data(data[offset...])
  }

  /// Whether records went to the temporary file.
  var spilled: Bool { file != nil }

  private func spill() {
    if file == nil { file = Self.unlinkedTemporaryFile() }
    // No temporary file (a read-only temporary folder): the records stay in memory.
    guard let file else { return }
    file.write(memory)
    memory.removeAll(keepingCapacity: true)
  }

  private static func unlinkedTemporaryFile() -> FileHandle? {
    var template = Array((NSTemporaryDirectory() + "/tally-records-XXXXXX").utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else { return nil }
    unlink(template)
    return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
  }
}
