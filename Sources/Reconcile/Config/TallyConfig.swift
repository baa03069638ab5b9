import Core
import Extract
import Foundation
import Yams

/// A `tally.yml`: what Tally should know about the entities and items of a corpus.
///
/// All optional.
///
/// ```yaml
/// entities:
///   - name: Tesla
///     aliases: [Tesla Inc, TSLA]
///     descriptions: [the automaker, le constructeur automobile]
///     people: [Elon Musk]         # "we" in what they say is Tesla
///     domains: [tesla.example]    # "we" in mail from this domain is Tesla
///   - name: Nvidia
///     fiscal_year_start: 2        # month; FY2025 runs Feb 2024 to Jan 2025
/// items:
///   - name: H100
///     aliases: [H100 GPU, GPU H100, puces H100]
///     topics: [AI infrastructure, IA]   # money on these is money on H100s
/// tolerance:
///   approximate: 0.10             # ±10 % for "about", « environ »
/// exclude: [README.md]            # files under the corpus root that are not documents
/// rules: {REC004: off, REC003: warning}   # a rule turned off, or given another severity
/// ```
public struct TallyConfig: Sendable {
  /// A company or person that claims and ledger rows name.
  public struct Entity: Sendable, Hashable {
    public var name: String
    public var aliases: [String] = []
    /// Phrases that stand for the entity in text ("the automaker").
    public var descriptions: [String] = []
    /// People who speak for it: "we" in what they say or write is the entity.
    public var people: [String] = []
    /// Mail domains of its people: "we" in a mail from one is the entity (`nordhavn.example`).
    public var domains: [String] = []
    /// The first month of its fiscal year (1–12).
    public var fiscalYearStart: Int?
  }

  /// A thing that is counted, with the names it goes by.
  public struct Item: Sendable, Hashable {
    public var name: String
    public var aliases: [String] = []
    /// What money spent on the item is called ("AI infrastructure", « IA », "GPUs"): money whose
    /// sentence names a topic is judged against the item's rows.
    public var topics: [String] = []
  }

  /// A dated exchange rate: one `from` is worth `rate` of `to` from `date` on.
  public struct ExchangeRate: Sendable, Hashable {
    public var date: String
    public var from: String
    public var to: String
    public var rate: Decimal
  }

  public var entities: [Entity] = []
  public var items: [Item] = []
  /// The relative widening of approximate claims.
  public var approximateTolerance: Decimal?
  /// Its overrides by unit (`percent`, `USD`) and by metric (`spend`).
  public var toleranceByUnit: [String: Decimal] = [:]
  public var toleranceByMetric: [Metric: Decimal] = [:]

  /// The tolerance to extract with.
  public var tolerance: Tolerance {
    Tolerance(
      approximate: approximateTolerance ?? Tolerance.standard.approximate, byUnit: toleranceByUnit,
      byMetric: toleranceByMetric)
  }
  /// The ISO 4217 code a bare `$` stands for.
  public var currency: String?
  public var exchangeRates: [ExchangeRate] = []
  /// Files under the corpus root that are not documents (a README), as glob patterns matched
  /// against the path under the root: `README.md`, `notes/*.txt`.
  public var exclude: [String] = []
  /// Rules turned off (nil) or given another severity, by rule id: `rules: {REC004: off}`.
  public var rules: [String: Severity?] = [:]

  /// Top-level keys the file has that Tally does not know, with their lines: not read, and
  /// warned of, as unknown ledger columns are (a misspelt `tolerence:`).
  public var unknownKeys: [(key: String, line: Int?)] = []

  /// The top-level keys a tally.yml may have.
  public static let topLevelKeys = [
    "currency", "entities", "exchange_rates", "exclude", "items", "rules", "tolerance",
  ]

  /// The rule ids `rules` may name.
  public static let ruleIDs = ["REC001", "REC002", "REC003", "REC004"]

  /// `findings` as `rules` has them: a rule turned off gives none, another severity is applied.
  public func applyingRules(to findings: [Finding]) -> [Finding] {
    guard !rules.isEmpty else { return findings }
    return findings.compactMap { finding in
      guard let setting = rules[finding.rule] else { return finding }
      guard let severity = setting else { return nil }
      var changed = finding
      changed.severity = severity
      return changed
    }
  }

  /// The pattern that excludes `path` (relative to the corpus root), if any.
  ///
  /// `*` and `?` do not cross `/`.
  public func exclusion(of path: String) -> String? {
    exclude.first { fnmatch($0, path, FNM_PATHNAME) == 0 }
  }

  /// The rate from one currency to another in force on `date` (the latest on or before it; the
  /// inverse of a rate given the other way round), if the configuration gives one.
  public func rate(from: String, to: String, on date: String) -> Decimal? {
    if from == to { return 1 }
    let direct = exchangeRates.filter { $0.from == from && $0.to == to && $0.date <= date }.max {
      $0.date < $1.date
    }
    if let direct { return direct.rate }
    let inverse = exchangeRates.filter { $0.from == to && $0.to == from && $0.date <= date }.max {
      $0.date < $1.date
    }
    if let inverse, inverse.rate != 0 { return 1 / inverse.rate }
    return nil
  }

  /// An empty configuration.
  public init() {}

  /// The entity a name or alias stands for, by normalised key.
  public func entity(named name: String) -> Entity? {
    let key = Reconciler.key(name)
    return entities.first { entity in
      Reconciler.key(entity.name) == key || entity.aliases.contains { Reconciler.key($0) == key }
    }
  }

  /// The first entity whose description the text mentions ("the automaker").
  public func entity(describedIn text: String) -> Entity? {
    entities(describedIn: text).first
  }

  /// Every entity whose description the text mentions, in configuration order.
  public func entities(describedIn text: String) -> [Entity] {
    let lower = text.lowercased()
    return entities.filter { entity in
      entity.descriptions.contains { Self.mentions(lower, $0.lowercased()) }
    }
  }

  /// Whether lower-cased text mentions a lower-cased description, a French article also in
  /// its contraction with « de » or « à »: « le conseil » in « du conseil », « au conseil »;
  /// « les » in « des », « aux ».
  static func mentions(_ text: String, _ description: String) -> Bool {
    if text.contains(description) { return true }
    for (article, contractions) in [("le ", ["du ", "au "]), ("les ", ["des ", "aux "])]
    where description.hasPrefix(article) {
      let rest = description.dropFirst(article.count)
      return contractions.contains { text.contains($0 + rest) }
    }
    return false
  }
}

/// A `tally.yml` that cannot be used: the key and line at fault, and what to do.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var message: String

  public var description: String {
    line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
  }
}

/// Reads and validates `tally.yml`.
public enum ConfigReader {
  /// Reads the configuration at `path`.
  public static func read(path: String) throws(ConfigError) -> TallyConfig {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ConfigError(file: path, message: "the configuration cannot be read")
    }
    return try read(String(decoding: data, as: UTF8.self), file: path)
  }

  /// Reads configuration text; `file` names it in messages.
  public static func read(_ text: String, file: String) throws(ConfigError) -> TallyConfig {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw ConfigError(
        file: file, line: line(of: error), message: "not valid YAML: \(problem(of: error))")
    } catch {
      throw ConfigError(file: file, message: "not valid YAML: \(error)")
    }
    var config = TallyConfig()
    guard let root else { return config }
    guard let mapping = root.mapping else {
      throw ConfigError(
        file: file, line: root.mark?.line, message: "the top level must be a mapping of keys")
    }
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      switch key {
      case "entities":
        config.entities = try list(value, key: key, file: file).map { node throws(ConfigError) in
          let fields = try object(
            node, key: key,
            allowed: ["name", "aliases", "descriptions", "fiscal_year_start", "people", "domains"],
            file: file)
          var entity = TallyConfig.Entity(
            name: try requiredString(fields["name"], key: "entities[].name", in: node, file: file))
          entity.aliases = try strings(fields["aliases"], key: "aliases", file: file)
          entity.descriptions = try strings(fields["descriptions"], key: "descriptions", file: file)
          entity.people = try strings(fields["people"], key: "people", file: file)
          entity.domains = try strings(fields["domains"], key: "domains", file: file)
            .map { $0.lowercased() }
          if let month = fields["fiscal_year_start"] {
            guard let value = month.int, (1...12).contains(value) else {
              throw ConfigError(
                file: file, line: month.mark?.line,
                message: "'fiscal_year_start' must be a month number from 1 to 12")
            }
            entity.fiscalYearStart = value
          }
          return entity
        }
      case "items":
        config.items = try list(value, key: key, file: file).map { node throws(ConfigError) in
          let fields = try object(
            node, key: key, allowed: ["name", "aliases", "topics"], file: file)
          var item = TallyConfig.Item(
            name: try requiredString(fields["name"], key: "items[].name", in: node, file: file))
          item.aliases = try strings(fields["aliases"], key: "aliases", file: file)
          item.topics = try strings(fields["topics"], key: "topics", file: file)
          return item
        }
      case "tolerance":
        let fields = try object(
          value, key: key, allowed: ["approximate", "units", "metrics"], file: file)
        if let approximate = fields["approximate"] {
          config.approximateTolerance = try fraction(
            approximate, key: "tolerance.approximate", file: file)
        }
        if let units = fields["units"] {
          guard let mapping = units.mapping else {
            throw ConfigError(
              file: file, line: units.mark?.line,
              message: "'tolerance.units' must map units to fractions")
          }
          for (unit, fraction) in mapping {
            let name = unit.string ?? ""
            config.toleranceByUnit[name] = try self.fraction(
              fraction, key: "tolerance.units.\(name)", file: file)
          }
        }
        if let metrics = fields["metrics"] {
          guard let mapping = metrics.mapping else {
            throw ConfigError(
              file: file, line: metrics.mark?.line,
              message: "'tolerance.metrics' must map metrics to fractions")
          }
          for (metricNode, fraction) in mapping {
            let name = metricNode.string ?? ""
            guard let metric = Metric(rawValue: name) else {
              throw ConfigError(
                file: file, line: metricNode.mark?.line,
                message:
                  "unknown metric '\(name)' in 'tolerance.metrics' (known: \(Metric.allCases.map(\.rawValue).joined(separator: ", ")))"
              )
            }
            config.toleranceByMetric[metric] = try self.fraction(
              fraction, key: "tolerance.metrics.\(name)", file: file)
          }
        }
      case "exclude":
        config.exclude = try strings(value, key: key, file: file)
      case "rules":
        guard let mapping = value.mapping else {
          throw ConfigError(
            file: file, line: value.mark?.line,
            message: "'rules' must map rule ids to off, error, warning or note")
        }
        for (ruleNode, settingNode) in mapping {
          let rule = (ruleNode.string ?? "").uppercased()
          guard TallyConfig.ruleIDs.contains(rule) else {
            throw ConfigError(
              file: file, line: ruleNode.mark?.line,
              message:
                "unknown rule '\(ruleNode.string ?? "")' in 'rules' (known: \(TallyConfig.ruleIDs.joined(separator: ", ")))"
            )
          }
          // YAML reads a bare `off` as false.
          let setting = settingNode.bool == false ? "off" : (settingNode.string ?? "").lowercased()
          if setting == "off" {
            config.rules[rule] = .some(nil)
          } else if let severity = Severity(rawValue: setting) {
            config.rules[rule] = severity
          } else {
            throw ConfigError(
              file: file, line: settingNode.mark?.line,
              message:
                "'rules.\(rule)' must be off, error, warning or note, not '\(settingNode.string ?? "")'"
            )
          }
        }
      case "currency":
        guard let code = value.string, code.count == 3, code.allSatisfy(\.isLetter) else {
          throw ConfigError(
            file: file, line: value.mark?.line,
            message: "'currency' must be an ISO 4217 code such as USD")
        }
        config.currency = code.uppercased()
      case "exchange_rates":
        config.exchangeRates = try list(value, key: key, file: file).map {
          node throws(ConfigError) in
          let fields = try object(
            node, key: key, allowed: ["date", "from", "to", "rate"], file: file)
          let date = try requiredString(
            fields["date"], key: "exchange_rates[].date", in: node, file: file)
          let from = try requiredString(
            fields["from"], key: "exchange_rates[].from", in: node, file: file)
          let to = try requiredString(
            fields["to"], key: "exchange_rates[].to", in: node, file: file)
          guard let rateNode = fields["rate"], let rateText = rateNode.string,
            let rate = Decimal(string: rateText), rate > 0
          else {
            throw ConfigError(
              file: file, line: (fields["rate"] ?? node).mark?.line,
              message: "'exchange_rates[].rate' must be a positive number")
          }
          guard date.count == 10, date.dropFirst(4).first == "-" else {
            throw ConfigError(
              file: file, line: fields["date"]?.mark?.line,
              message: "'exchange_rates[].date' must be an ISO date such as 2024-06-01")
          }
          return TallyConfig.ExchangeRate(
            date: date, from: from.uppercased(), to: to.uppercased(), rate: rate)
        }
      default:
        config.unknownKeys.append((key, keyNode.mark?.line))
      }
    }
    return config
  }

  private static func fraction(_ node: Node, key: String, file: String) throws(ConfigError)
    -> Decimal
  {
    guard let number = node.float, number >= 0, number < 1 else {
      throw ConfigError(
        file: file, line: node.mark?.line,
        message: "'\(key)' must be a fraction from 0 to 1, such as 0.10 for ±10 %")
    }
    return Decimal(string: node.string ?? "") ?? Decimal(number)
  }

  private static func list(_ node: Node, key: String, file: String) throws(ConfigError) -> [Node] {
    guard let sequence = node.sequence else {
      throw ConfigError(file: file, line: node.mark?.line, message: "'\(key)' must be a list")
    }
    return Array(sequence)
  }

  private static func object(_ node: Node, key: String, allowed: Set<String>, file: String)
    throws(ConfigError) -> [String: Node]
  {
    guard let mapping = node.mapping else {
      throw ConfigError(
        file: file, line: node.mark?.line, message: "each entry of '\(key)' must be a mapping")
    }
    var fields: [String: Node] = [:]
    for (name, value) in mapping {
      let field = name.string ?? ""
      guard allowed.contains(field) else {
        throw ConfigError(
          file: file, line: name.mark?.line,
          message:
            "unknown key '\(field)' in '\(key)' (known: \(allowed.sorted().joined(separator: ", ")))"
        )
      }
      fields[field] = value
    }
    return fields
  }

  private static func requiredString(_ node: Node?, key: String, in parent: Node, file: String)
    throws(ConfigError) -> String
  {
    guard let value = node?.string, !value.isEmpty else {
      throw ConfigError(
        file: file, line: node?.mark?.line ?? parent.mark?.line, message: "'\(key)' is required")
    }
    return value
  }

  private static func strings(_ node: Node?, key: String, file: String) throws(ConfigError)
    -> [String]
  {
    guard let node else { return [] }
    if let single = node.scalar?.string { return [single] }
    guard let sequence = node.sequence else {
      throw ConfigError(
        file: file, line: node.mark?.line, message: "'\(key)' must be a list of names")
    }
    // A nested list or a mapping among the names is an error, not a name quietly dropped.
    return try sequence.map { element throws(ConfigError) -> String in
      guard let name = element.scalar?.string else {
        throw ConfigError(
          file: file, line: element.mark?.line ?? node.mark?.line,
          message: "'\(key)' must be a list of names, not of lists or mappings")
      }
      return name
    }
  }

  private static func line(of error: YamlError) -> Int? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      mark.line
    default: nil
    }
  }

  private static func problem(of error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
      .composer(_, let problem, _, _):
      problem
    default: "\(error)"
    }
  }
}
