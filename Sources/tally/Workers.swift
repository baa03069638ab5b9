import ArgumentParser
import Foundation
import Ingest
import Report

/// The budget each file is read within: time and memory, in a worker process.
struct BudgetOptions: ParsableArguments {
  @Option(help: "Seconds a file may take to read before it is failed as 'timeout' (0: no limit).")
  var fileTimeout: Double = 60

  @Option(help: "Megabytes a worker may use reading one file before it is failed as 'memory'.")
  var fileMemory: Int = 2048

  @Flag(
    help:
      "Read files in this process: a little faster, but a file that hangs or crashes stops the run."
  )
  var inProcess = false

  func validate() throws {
    guard fileTimeout >= 0 else { throw ValidationError("--file-timeout must not be negative") }
    guard fileMemory >= 64 else { throw ValidationError("--file-memory must be at least 64") }
  }
}

extension CheckPipeline {
  /// Runs the check with each file read in a worker process of this binary (unless
  /// `--in-process`): a file that hangs, crashes or takes too much memory is failed with the
  /// reason, the worker is replaced, and the run goes on.
  func runForCommand(progress mode: Progress.Mode, budget: BudgetOptions) throws -> CheckRun {
    guard !budget.inProcess else { return try runForCommand(progress: mode, readFile: nil) }
    var arguments = ["worker", corpus]
    if let ledger { arguments += ["--ledger", ledger] }
    if let config { arguments += ["--config", config] }
    let pool = WorkerPool(
      arguments: arguments, timeout: budget.fileTimeout,
      memoryLimit: budget.fileMemory << 20)
    defer { pool.shutDown() }
    return try runForCommand(progress: mode) { entry, reader in
      // What the walk already refused needs no worker.
      entry.problem != nil ? reader.read(entry) : pool.read(entry)
    }
  }
}

/// `tally worker`: reads the files its parent asks for and sends back what each gave.
///
/// Not for users (hidden): `tally check` starts one per job. It prepares the same check as its
/// parent (configuration, ledger, walk), then reads requests on standard input, one JSON string
/// (a file's path in the corpus) per line, and answers each on standard output with an 8-byte
/// little-endian length and the file's `FileResult` as JSON.
struct WorkerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "worker", abstract: "Read files for a parent tally process.",
    shouldDisplay: false)

  @Argument var corpus: String
  @Option var ledger: String?
  @Option var config: String?

  func run() throws {
    let reader = try CheckPipeline(corpus: corpus, ledger: ledger, config: config).prepare().reader
    let entries = Dictionary(reader.entries.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    let fault = TestFault()
    let encoder = JSONEncoder()
    while let line = readLine(strippingNewline: true) {
      guard let path = try? JSONDecoder().decode(String.self, from: Data(line.utf8)) else {
        throw ExitCode(2)
      }
      let result: FileResult
      if let entry = entries[path] {
        fault.inject(path)
        result = reader.read(entry)
      } else {
        result = FileResult(
          line: .init(path: path, status: .failed, reason: "the corpus changed during the run"))
      }
      let body = try encoder.encode(result)
      var length = UInt64(body.count).littleEndian
      var frame = Data(bytes: &length, count: 8)
      frame.append(body)
      FileHandle.standardOutput.write(frame)
    }
  }
}

/// Faults a test injects into a worker through `TALLY_TEST_FAULT`, so that the supervision of
/// hangs, crashes and memory is tested on a real process: `hang:NAME`, `crash:NAME` or
/// `memory:NAME` for the file whose path ends with NAME.
struct TestFault {
  let kind: String
  let name: String

  init() {
    let value = ProcessInfo.processInfo.environment["TALLY_TEST_FAULT"] ?? ""
    let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
    kind = parts.first ?? ""
    name = parts.count == 2 ? parts[1] : ""
  }

  func inject(_ path: String) {
    guard !name.isEmpty, path.hasSuffix(name) else { return }
    switch kind {
    case "hang": while true { sleep(60) }
    case "crash": abort()
    case "memory":
      var hoard: [[UInt8]] = []
      while true { hoard.append([UInt8](repeating: 1, count: 16 << 20)) }
    default: return
    }
  }
}

/// Worker processes of this binary that read files for a run, each within a time and memory
/// budget (the pattern of Apache Tika's pipes).
///
/// `read` may be called from several threads; each call takes an idle worker (starting one when
/// none is idle), sends it the file, and waits. A worker that does not answer in time, dies, or
/// grows past the memory limit is killed and replaced, and the file is failed with the reason:
/// `timeout`, `crash` or `memory`.
final class WorkerPool: @unchecked Sendable {
  private let arguments: [String]
  private let timeout: Double
  private let memoryLimit: Int
  private var idle: [Worker] = []
  private var all: [Worker] = []
  private let lock = NSLock()

  init(arguments: [String], timeout: Double, memoryLimit: Int) {
    self.arguments = arguments
    self.timeout = timeout
    self.memoryLimit = memoryLimit
  }

  func read(_ entry: CorpusEntry) -> FileResult {
    func failed(_ reason: String) -> FileResult {
      FileResult(line: .init(path: entry.path, status: .failed, reason: reason))
    }
    let worker: Worker
    do {
      worker = try take()
    } catch {
      return failed("crash: no worker process could be started (\(error))")
    }
    switch worker.read(entry.path, timeout: timeout, memoryLimit: memoryLimit) {
    case .success(let result):
      give(worker)
      return result
    case .failure(let problem):
      worker.kill()
      lock.lock()
      all.removeAll { $0 === worker }
      lock.unlock()
      return failed(problem.reason(timeout: timeout, memoryLimit: memoryLimit))
    }
  }

  /// Stops every worker.
  func shutDown() {
    lock.lock()
    let workers = all
    all = []
    idle = []
    lock.unlock()
    for worker in workers { worker.finish() }
  }

  private func take() throws -> Worker {
    lock.lock()
    if let worker = idle.popLast() {
      lock.unlock()
      return worker
    }
    lock.unlock()
    let worker = try Worker(arguments: arguments)
    lock.lock()
    all.append(worker)
    lock.unlock()
    return worker
  }

  private func give(_ worker: Worker) {
    lock.lock()
    idle.append(worker)
    lock.unlock()
  }
}

/// Why a worker gave no answer.
enum WorkerProblem: Error {
  case timeout
  case memory
  case crash(String)
  case garbled

  func reason(timeout: Double, memoryLimit: Int) -> String {
    switch self {
    case .timeout:
      "timeout: not read within \(timeout.formatted(.number)) s (--file-timeout)"
    case .memory: "memory: reading it took more than \(memoryLimit >> 20) MB (--file-memory)"
    case .crash(let how): "crash: the reader \(how) on this file"
    case .garbled: "crash: the reader's answer was cut short"
    }
  }
}

/// One worker process and its pipes.
final class Worker {
  private let process = Process()
  private let input: FileHandle
  private let output: Int32

  init(arguments: [String]) throws {
    process.executableURL =
      Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = arguments
    let toWorker = Pipe()
    let fromWorker = Pipe()
    process.standardInput = toWorker
    process.standardOutput = fromWorker
    process.standardError = FileHandle.nullDevice
    try process.run()
    input = toWorker.fileHandleForWriting
    output = fromWorker.fileHandleForReading.fileDescriptor
    // Keep the pipe's reading end open as long as the worker lives.
    pipes = (toWorker, fromWorker)
  }

  private var pipes: (Pipe, Pipe)

  /// Sends one file and waits for its result, within the budget.
  func read(_ path: String, timeout: Double, memoryLimit: Int) -> Result<FileResult, WorkerProblem>
  {
    guard let request = try? JSONEncoder().encode(path) else { return .failure(.garbled) }
    do {
      try input.write(contentsOf: request + Data("\n".utf8))
    } catch {
      return .failure(.crash(died()))
    }
    let deadline = timeout > 0 ? Date().addingTimeInterval(timeout) : .distantFuture
    var header = Data()
    var body = Data()
    var length: Int?
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      if Date() >= deadline { return .failure(.timeout) }
      if residentBytes() > memoryLimit { return .failure(.memory) }
      var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
      let ready = poll(&poller, 1, 100)
      if ready < 0, errno == EINTR { continue }
      guard ready > 0 else { continue }
      let count = Foundation.read(output, &buffer, buffer.count)
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return .failure(.crash(died())) }
      var bytes = buffer[0..<count]
      if length == nil {
        let needed = 8 - header.count
        header.append(contentsOf: bytes.prefix(needed))
        bytes = bytes.dropFirst(needed)
        if header.count == 8 {
          length = header.enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        }
      }
      body.append(contentsOf: bytes)
      if let length, body.count >= length {
        guard body.count == length,
          let result = try? JSONDecoder().decode(FileResult.self, from: body)
        else { return .failure(.garbled) }
        return .success(result)
      }
    }
  }

  /// How the worker ended, once it has.
  private func died() -> String {
    process.waitUntilExit()
    switch process.terminationReason {
    case .uncaughtSignal: return "was killed by signal \(process.terminationStatus)"
    case .exit: return "exited with status \(process.terminationStatus)"
    @unknown default: return "stopped"
    }
  }

  /// The worker's resident memory, from /proc (0 where there is none).
  private func residentBytes() -> Int {
    guard
      let statm = try? String(
        contentsOfFile: "/proc/\(process.processIdentifier)/statm", encoding: .utf8)
    else { return 0 }
    let fields = statm.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }

  func kill() {
    if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }

  /// Closes the worker's input, so it ends, and waits for it.
  func finish() {
    try? input.close()
    process.waitUntilExit()
  }
}
