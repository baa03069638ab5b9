import Core
import Foundation

extension CheckRun {
  /// GitHub Actions workflow commands, one per finding: `::error file=…,line=…,col=…,title=…::…`,
  /// with `::warning` and `::notice` for the other severities, escaped as the runner requires.
  public func github() -> String {
    findings.map { finding in
      let place = finding.claims.first.flatMap { places[$0.id] }
      var properties: [String] = []
      if let place {
        properties += [
          "file=\(Self.escapeProperty(place.path))", "line=\(place.line)", "col=\(place.column)",
        ]
      }
      properties.append(
        "title=\(Self.escapeProperty("\(finding.rule) \(Rules.rule(finding.rule)?.name ?? "")"))")
      var message = finding.message
      if let sentence = finding.claims.first?.sentence { message += "\n“\(sentence)”" }
      message += "\n\(finding.arithmetic)"
      return
        "::\(Self.command(finding.severity)) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
    }.joined()
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
