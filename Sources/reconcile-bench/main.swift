// Benchmarks Reconcile: reads a generated ledger of N rows, then reconciles N generated claims
// against it, and prints both times, their ratio and the peak memory.
//
//   swift run -c release reconcile-bench [N]      (N defaults to 1,000,000)
import Core
import Foundation
import Reconcile

struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

func seconds(_ work: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try work()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func peakMegabytes() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000_000
var random = SplitMix(state: 42)
let customers = (0..<1000).map { "Customer \($0)" }
let items = ["H100", "A100", "B200"]
let statuses = ["booked", "shipped", "delivered", "redirected", "cancelled", "forecast"]

// The ledger file.
let path = FileManager.default.temporaryDirectory.appendingPathComponent(
  "reconcile-bench-\(getpid()).csv"
).path
var csv = "id,customer,item,quantity,amount,currency,date,status\n"
csv.reserveCapacity(count * 64)
for index in 0..<count {
  let month = Int.random(in: 1...12, using: &random)
  let year = Int.random(in: 2020...2024, using: &random)
  let quantity = Int.random(in: 1...5000, using: &random)
  csv +=
    "B-\(index),\(customers[Int.random(in: 0..<customers.count, using: &random)]),\(items[Int.random(in: 0..<items.count, using: &random)]),\(quantity),\(quantity * 30_000),USD,\(year)-\(month < 10 ? "0" : "")\(month),\(statuses[Int.random(in: 0..<statuses.count, using: &random)])\n"
}
FileManager.default.createFile(atPath: path, contents: Data(csv.utf8))
defer { try? FileManager.default.removeItem(atPath: path) }

var ledger: Ledger?
let readTime = try seconds { ledger = try LedgerReader().read(path: path) }
let bookings = ledger?.bookings ?? []
let peakAfterRead = peakMegabytes()

// The claims.
var claims: [Claim] = []
claims.reserveCapacity(count)
for index in 0..<count {
  let year = Int.random(in: 2020...2024, using: &random)
  let value = Decimal(Int.random(in: 1...2_000_000, using: &random))
  let money = Bool.random(using: &random)
  claims.append(
    Claim(
      id: "c\(index)", document: "doc\(index % 5000)", span: TextSpan(start: index, end: index + 5),
      surface: "\(value)",
      sentence: "generated", stated: Interval(low: value, high: value), qualifier: .exact,
      bounds: Interval(low: value - 500, high: value + 500),
      unit: money ? .currency("USD") : .count,
      item: money ? nil : "\(items[Int.random(in: 0..<items.count, using: &random)]) GPU",
      subject: customers.randomElement(using: &random),
      metric: [Metric.order, .shipment, .spend][Int.random(in: 0..<3, using: &random)],
      period: Period(start: "\(year)-01-01", end: "\(year)-12-31"), speaker: "s\(index % 7)",
      language: .en,
      rule: "bench"))
}

let peakAfterClaims = peakMegabytes()
var findings = 0
let reconcileTime = seconds {
  findings = Reconciler().reconcile(claims, against: bookings).findings.count
}

print("reconcile-bench: \(count) ledger rows, \(count) claims, \(findings) findings")
print(String(format: "read ledger      %7.2f s", readTime))
print(
  String(
    format: "reconcile        %7.2f s  (%.2fx the ledger read; target <= 3x)", reconcileTime,
    reconcileTime / readTime))
print(
  String(
    format:
      "peak memory      %7.0f MB  (%.0f MB after reading the ledger, %.0f MB with the claims)",
    peakMegabytes(), peakAfterRead, peakAfterClaims))
