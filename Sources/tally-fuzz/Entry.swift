import Foundation

// Built with `scripts/fuzz` (`-sanitize=fuzzer,address -DFUZZING`), this is a libFuzzer target:
// libFuzzer supplies `main` and calls the target that TALLY_FUZZ_TARGET names. Built plainly, it
// replays inputs: `tally-fuzz TARGET FILE…` runs each file through the target, which is how the
// tests replay the inputs that once crashed (Tests/Fuzz/<target>/).

#if FUZZING
  private let selected: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["TALLY_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
      let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
      FileHandle.standardError.write(
        Data("tally-fuzz: set TALLY_FUZZ_TARGET to one of \(names)\n".utf8))
      exit(2)
    }
    return target
  }()

  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selected.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }

  /// libFuzzer's driver, for a program that has its own `main` (SwiftPM links an executable's
  /// entry point as `main`, so libFuzzer's is not used).
  @_silgen_name("LLVMFuzzerRunDriver")
  func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  @_cdecl("tally_fuzz_main")
  public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var count = argc
    var arguments = argv
    _ = selected
    return runDriver(&count, &arguments, fuzzOneInput)
  }
#else
  @main enum Replay {
    static func main() {
      let arguments = Array(CommandLine.arguments.dropFirst())
      guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
        FileHandle.standardError.write(Data("usage: tally-fuzz \(names) FILE…\n".utf8))
        exit(2)
      }
      for path in arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("tally-fuzz: cannot read \(path)\n".utf8))
          exit(2)
        }
        target.run(Array(data))
      }
    }
  }
#endif
