import Core
import Foundation

extension CheckRun {
  /// GitHub Actions workflow commands, one per contradiction in rank order:
  /// `::error file=…,line=…,col=…,title=…::…`, with `::warning` and `::notice` for the other
  /// severities, escaped as the runner requires.
  ///
  /// GitHub shows at most ten annotations of each level in a step, so at most ten of each are
  /// written (nine notices when some are left out), and a last notice says how many more the
  /// report holds.
  public func github() -> String {
    let all = contradictions
    var shown: [Severity: Int] = [:]
    var left = 0
    var lines: [String] = []
    let total = Dictionary(grouping: all, by: \.severity).mapValues(\.count)
    for contradiction in all {
      let severity = contradiction.severity
      // Room for the closing notice among the notices when anything is left out.
      let overflow = total.contains { $0.value > Self.annotationsPerLevel }
      let room = Self.annotationsPerLevel - (severity == .note && overflow ? 1 : 0)
      guard shown[severity, default: 0] < room else {
        left += 1
        continue
      }
      shown[severity, default: 0] += 1
      lines.append(annotation(contradiction))
    }
    if left > 0 {
      lines.append(
        "::notice title=tally::\(Self.escapeData("\(left) more in the report (\(all.countText) in all)"))\n"
      )
    }
    return lines.joined()
  }

  /// How many annotations of one level GitHub shows in a step.
  static let annotationsPerLevel = 10

  private func annotation(_ contradiction: Contradiction) -> String {
    let lead = contradiction.findings[0]
    let claims = contradiction.claims
    let place = claims.first.flatMap { places[$0.id] }
    var properties: [String] = []
    if let place {
      properties += [
        "file=\(Self.escapeProperty(place.path))", "line=\(place.line)", "col=\(place.column)",
      ]
    }
    properties.append(
      "title=\(Self.escapeProperty("\(contradiction.rule) \(Rules.rule(contradiction.rule)?.name ?? "")"))"
    )
    var message = contradiction.headline
    if let sentence = claims.first?.sentence { message += "\n“\(sentence)”" }
    message += "\n\(lead.arithmetic)"
    if claims.count > 1 {
      let others = claims.dropFirst().map { location(of: $0) }
      message += "\nalso at: " + others.prefix(5).joined(separator: ", ")
      if others.count > 5 { message += " and \(others.count - 5) more" }
    }
    return
      "::\(Self.command(contradiction.severity)) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
  }

  static func command(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "notice"
    }
  }

  /// A command's message: `%`, CR and LF are escaped.
  static func escapeData(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// A command's property value: also `:` and `,`.
  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(
      of: ",", with: "%2C")
  }
}
