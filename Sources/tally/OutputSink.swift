import Foundation

/// Where a command's output goes: standard output, or a file written atomically
/// (to a temporary file beside it, renamed into place only when complete).
final class OutputSink {
  private let handle: FileHandle
  private let temporary: URL?
  private let destination: URL?
  private var buffer = Data()

  init(path: String?) throws {
    guard let path else {
      handle = FileHandle.standardOutput
      temporary = nil
      destination = nil
      return
    }
    let destination = URL(fileURLWithPath: path)
    let temporary = destination.deletingLastPathComponent()
      .appendingPathComponent(".\(destination.lastPathComponent).tmp-\(getpid())")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporary.path)
    else {
      throw OutputError(message: "cannot write \(path): the folder is missing or not writable")
    }
    self.handle = handle
    self.temporary = temporary
    self.destination = destination
  }

  func write(_ string: String) { write(Data(string.utf8)) }

  func write(_ data: Data) {
    buffer.append(data)
    if buffer.count >= 1 << 20 { flush() }
  }

  private func flush() {
    handle.write(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  func finish() throws {
    flush()
    guard let temporary, let destination else { return }
    try handle.close()
    if rename(temporary.path, destination.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw OutputError(message: "cannot write \(destination.path): \(reason)")
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
