import Core
import Extract

extension TallyConfig {
  /// The claim extractor this configuration asks for: its tolerances, fiscal calendars and
  /// currency, and its entities' descriptions, people and mail domains, so that "the operator",
  /// and "we" in what an entity's people say or write, stand for the entity.
  ///
  /// `tally check` and `tally claims` both build theirs here from tally.yml; `tally check` also
  /// passes the ledger's names and rows, which `tally claims` does not read.
  /// - Parameters:
  ///   - knownNames: the parties' names (`MainParty.names`), for sentence openers.
  ///   - bookings: the ledger's rows, whose customers and suppliers a mail domain may be named
  ///     after.
  /// - Returns: the extractor.
  public func claimExtractor(knownNames: Set<String> = [], bookings: [Booking] = [])
    -> ClaimExtractor
  {
    let config = self
    func byEntity(_ values: (Entity) -> [String]) -> [String: String] {
      Dictionary(
        entities.flatMap { entity in values(entity).map { ($0, entity.name) } },
        uniquingKeysWith: { first, _ in first })
    }
    var extractor = ClaimExtractor(
      tolerance: tolerance,
      fiscalCalendar: { name in config.entity(named: name)?.fiscalYearStart },
      dollar: currency ?? "USD", knownNames: knownNames,
      knownDescriptions: byEntity(\.descriptions), people: byEntity(\.people),
      domains: byEntity(\.domains),
      organisations: Array(
        Set(
          entities.map(\.name)
            + bookings.flatMap { [$0.customer] + ($0.supplier.map { [$0] } ?? []) }
        )
        .map { config.entity(named: $0)?.name ?? $0 }),
      aliases: byEntity { [$0.name] + $0.aliases },
      products: items.flatMap { [$0.name] + $0.aliases })
    extractor.currencies.formUnion(bookings.map(\.currency))
    return extractor
  }
}
