import Core
import Foundation

/// Findings a team has accepted, by id: `tally check --write-baseline FILE` records them, and
/// `--baseline FILE` reports only the findings not in it.
///
/// The ids are stable (the rule and the ids of the claims and rows cited), so a finding stays
/// accepted until its claim or its ledger rows change. Any JSON object with a `findings` array
/// of objects with an `id` is a baseline: a file `--write-baseline` wrote, or a JSON report.
public struct Baseline: Sendable {
  /// The accepted finding ids.
  public var ids: Set<String>

  /// Creates a baseline of `ids`.
  public init(ids: Set<String>) { self.ids = ids }

  /// Reads a baseline file; `file` names it in errors.
  public init(json: Data, file: String) throws(BaselineError) {
    guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else {
      throw BaselineError(file: file, message: "not a JSON object")
    }
    guard let findings = object["findings"] as? [[String: Any]] else {
      throw BaselineError(file: file, message: "no \"findings\" list of objects")
    }
    var ids = Set<String>()
    for (index, finding) in findings.enumerated() {
      guard let id = finding["id"] as? String else {
        throw BaselineError(file: file, message: "finding \(index + 1) has no \"id\"")
      }
      ids.insert(id)
    }
    self.ids = ids
  }
}

/// A baseline that cannot be read.
public struct BaselineError: Error, Sendable, CustomStringConvertible {
  public var file: String
  public var message: String
  public var description: String { "\(file): \(message)" }
}

extension CheckRun {
  /// The run without the findings `baseline` accepts; `acceptedByBaseline` counts them.
  public func accepting(_ baseline: Baseline) -> CheckRun {
    var run = self
    let before = run.findings.count
    run.findings.removeAll { baseline.ids.contains($0.id) }
    run.acceptedByBaseline = before - run.findings.count
    return run
  }

  /// The baseline of this run's findings, as `--write-baseline` writes it.
  ///
  /// Every finding's id, with its rule, place and message for the people who review the file;
  /// keys sorted.
  public func baseline() -> [UInt8] {
    var json = JSONWriter()
    json.object { json in
      json.field("findings") { json in
        json.array { json in
          for finding in findings {
            json.object { json in
              json.field("id", finding.id)
              json.field("location", finding.claims.first.map { location(of: $0) } ?? "-")
              json.field("message", message(of: finding))
              json.field("rule", finding.rule)
            }
          }
        }
      }
      json.field("schemaVersion", 1)
    }
    return json.bytes + [0x0A]
  }
}
