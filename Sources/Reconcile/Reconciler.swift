import Core
import Foundation

/// Every claim's verdict, and the findings that explain them.
public struct Reconciliation: Sendable {
  /// Verdicts by claim id, for claims the ledger could speak to.
  public var verdicts: [String: Verdict]
  /// The findings, sorted by document, position, rule and id.
  public var findings: [Finding]
  /// The configured or ledger item each claim's counted thing names, by claim id, when it names
  /// exactly one ("H100 GPUs", « GPU H100 » → H100).
  public var items: [String: String] = [:]
  /// The ledger party each linked claim was judged for, by claim id, and how it was found:
  /// named by the sentence, described by it, or its document's main party.
  public var parties: [String: (name: String, source: PartySource)] = [:]
  /// Why each claim without a verdict was not judged, by claim id: every claim has a verdict or
  /// a reason.
  public var reasons: [String: NotJudgedReason] = [:]
  /// What the user could do about a claim that was not judged, by claim id: "'Domvia' is not in
  /// the ledger; if it means 'Domvia Habitat', list 'Domvia' under that entity's aliases in
  /// tally.yml".
  public var hints: [String: String] = [:]
  /// The ledger rows no judged claim links to, in ledger order: bookings no document mentions.
  public var unusedRows: [Booking] = []
}

/// Judges claims against a bookings ledger and against each other.
///
/// Reconcile's entry point.
///
/// Linking is a hash join: rows are filed once by (customer, item, status), sorted by date with
/// running sums (`LedgerIndex`); each claim looks up its party (flow source, subject, or the
/// entity its sentence describes), its items and the statuses its metric implies, and sums its
/// period in two binary searches. Quantities are summed, money in the claim's currency (others
/// through configured rates), and the sum is compared with the claim's bounds.
public struct Reconciler: Sendable {
  /// Entities, items and their aliases and descriptions.
  public let config: TallyConfig
  /// The key of every configured name and alias → the key of its entity's name, so that a
  /// lookup is one hash, not a walk over the entities (the first entity wins, as in
  /// `TallyConfig.entity(named:)`).
  private let entityKeys: [String: String]

  /// Creates a reconciler.
  public init(config: TallyConfig = TallyConfig()) {
    self.config = config
    var keys: [String: String] = [:]
    for entity in config.entities {
      let canonical = Self.key(entity.name)
      for name in [entity.name] + entity.aliases where keys[Self.key(name)] == nil {
        keys[Self.key(name)] = canonical
      }
    }
    entityKeys = keys
  }

  /// The key of an entity: its configured canonical name when an alias names it.
  func entityKey(_ name: String) -> String {
    let key = Self.key(name)
    return entityKeys[key] ?? key
  }

  /// The key of a site: its configured canonical name when an alias names it ("Plant North").
  func siteKey(_ name: String) -> String {
    let key = entityKey(name)
    return key.isEmpty ? "" : "@" + key
  }

  /// The one key a ledger row's item is filed under: the configured item it names, else its name.
  func rowItemKey(_ item: String) -> String {
    let key = Self.key(item)
    for configured in config.items
    where ([configured.name] + configured.aliases).contains(where: { Self.key($0) == key }) {
      return Self.key(configured.name)
    }
    return key
  }

  /// The ledger items a claim's item can stand for, as keys: the configured items its name or alias
  /// names; else the ledger item of the same name; else the ledger items that share its model name
  /// ("H100 GPU" and the rows' "H100"), or are one of its words.
  ///
  /// More than one is an ambiguous link ("H100" against rows of "H100 SXM" and "H100 PCIe").
  func itemCandidates(_ item: String?, surface: String?, index: LedgerIndex) -> Set<String> {
    guard let item else { return [] }
    let wanted = Set([item, surface].compactMap { $0.map(Self.key) })
    let configured = config.items.filter { configured in
      ([configured.name] + configured.aliases).contains { wanted.contains(Self.key($0)) }
    }
    if !configured.isEmpty { return Set(configured.map { Self.key($0.name) }) }
    let whole = Self.key(item)
    if index.items.contains(whole) { return [whole] }
    let words = Set(item.split(separator: " ").map { Self.key(String($0)) })
    let models = item.split(separator: " ").filter(Self.isModelName).map { Self.key(String($0)) }
    var found = words.intersection(index.items)
    for model in models { found.formUnion(index.itemsByModel[model] ?? []) }
    // "H100 SXM GPU" names the "H100 SXM" rows, not the "H100 PCIe" ones that share its model.
    let named = found.filter { index.itemWords[$0]?.isSubset(of: words) ?? false }
    return named.isEmpty ? found : named
  }

  /// A word that names a model: letters and digits both ("H100", "MI325X"), not "2" or "GPU".
  static func isModelName(_ word: Substring) -> Bool {
    word.contains(where: \.isNumber) && word.contains(where: \.isLetter)
  }

  /// An item key's name for people: the configured name, else the ledger's spelling.
  private func itemName(_ key: String, index: LedgerIndex) -> String {
    config.items.first { Self.key($0.name) == key }?.name ?? index.itemNames[key] ?? key
  }

  /// Why a claim cannot be held to a figure at all, or nil when it can.
  ///
  /// Not a hypothetical, negated or asked one ("if $3 billion went to…", "did not spend $10
  /// billion", "does that 15,000 include…?"), and not a vague one whose stated interval spans
  /// five times its low end ("thousands of", 1,000–9,999), which no single figure contradicts.
  static func unjudgeable(_ claim: Claim) -> NotJudgedReason? {
    switch claim.modality {
    case .hypothetical: return .hypothetical
    case .negated: return .negated
    case .question: return .question
    case .asserted, .forecast, .hedged: break
    }
    if claim.qualifier == .approximate, let low = claim.stated.low, let high = claim.stated.high,
      low > 0, high >= low * 5
    {
      return .vague
    }
    return nil
  }

  /// What the run knows beyond each claim's sentence: the party each document is mainly about
  /// (`MainParty`), and which names are people.
  struct Parties {
    /// Document id → the ledger party it names most.
    var main: [String: String] = [:]
    /// The subjects that are people, who keep no books.
    ///
    /// Their last word is the last word of a speaker of the same document ("Musk", "Elon
    /// Musk"), and they name no entity, customer or site.
    var people: Set<Person> = []
    /// The ledger's customers and suppliers, as entity keys: of a maker and a buyer that one
    /// sentence describes, a purchase is the buyer's.
    var customers: Set<String> = []
    var suppliers: Set<String> = []

    /// Whether `claim`'s subject is a person.
    func isPerson(_ claim: Claim) -> Bool {
      guard let subject = claim.subject, !people.isEmpty else { return false }
      return people.contains(Person(document: claim.document, subject: subject))
    }
  }

  /// A subject that is a person, in one document.
  struct Person: Hashable {
    var document: String
    var subject: String
  }

  /// The party a claim is about, and how it was found: its flow's source or its subject; else an
  /// entity its sentence describes ("the automaker"); else, when the sentence names no party or
  /// only a person ("Musk's post about ~$10 billion"), the party its document names most.
  func party(of claim: Claim, _ parties: Parties = Parties()) -> (String, PartySource)? {
    if let from = claim.flow?.from { return (from, .named) }
    if let subject = claim.subject, !parties.isPerson(claim) {
      return (subject, .named)
    }
    if let described = described(claim, parties).first {
      return (described.name, .described)
    }
    return parties.main[claim.document].map { ($0, .document) }
  }

  /// Metrics told from the buyer's side: what is ordered, delivered, spent or held.
  private static let buyingSide: Set<Metric> = [.order, .shipment, .spend, .capacity]

  /// The entities a claim's sentence describes ("the automaker"), in configuration order.
  ///
  /// When a purchase's sentence describes one of the ledger's customers and otherwise only its
  /// suppliers, it is the customer's: "the Canadian maker services the council's fleet under a
  /// £1.58 million contract" is the council's contract, « le fabricant livrera au syndicat »
  /// the syndicate's order.
  func described(_ claim: Claim, _ parties: Parties) -> [TallyConfig.Entity] {
    let all = config.entities(describedIn: claim.sentence)
    guard all.count > 1, Self.buyingSide.contains(claim.metric) else { return all }
    let buyers = all.filter { parties.customers.contains(entityKey($0.name)) }
    guard buyers.count == 1,
      all.allSatisfy({ $0.name == buyers[0].name || parties.suppliers.contains(entityKey($0.name)) }
      )
    else { return all }
    return buyers
  }

  static func lastWordKey(_ name: String) -> String {
    key(String(name.split(separator: " ").last ?? ""))
  }

  /// The claims' subjects that are people, document by document.
  ///
  /// A subject's last word is the last word of a speaker of the same document, and neither
  /// names an entity, customer or site. Each distinct name is looked up once.
  private func people(among claims: [Claim], index: LedgerIndex) -> Set<Person> {
    var partyNames: [String: Bool] = [:]
    func isParty(_ name: String) -> Bool {
      if let known = partyNames[name] { return known }
      let answer =
        entityKeys[Self.key(name)] != nil || index.customers[entityKey(name)] != nil
        || index.customers[siteKey(name)] != nil
      partyNames[name] = answer
      return answer
    }
    // The last word of each distinct speaker that is no party, worked out once.
    var speakerKeys: [String: String] = [:]
    var speakers: [String: Set<String>] = [:]
    for claim in claims {
      guard let speaker = claim.speaker else { continue }
      let key =
        speakerKeys[speaker]
        ?? {
          let key = isParty(speaker) ? "" : Self.lastWordKey(speaker)
          speakerKeys[speaker] = key
          return key
        }()
      if !key.isEmpty { speakers[claim.document, default: []].insert(key) }
    }
    guard !speakers.isEmpty else { return [] }
    var people = Set<Person>()
    for claim in claims {
      guard let subject = claim.subject, !isParty(subject), let said = speakers[claim.document],
        said.contains(Self.lastWordKey(subject))
      else { continue }
      people.insert(Person(document: claim.document, subject: subject))
    }
    return people
  }

  /// Reconciles `claims` with `bookings`.
  ///
  /// `documentDates` (document id → ISO date) gives the year of a claim that states no period.
  /// `mainParties` (document id → ledger party, from `MainParty`) gives the party of a claim
  /// whose sentence names none.
  public func reconcile(
    _ claims: [Claim], against bookings: [Booking], documentDates: [String: String] = [:],
    mainParties: [String: String] = [:]
  ) -> Reconciliation {
    let index = LedgerIndex(
      bookings, customerKey: entityKey, siteKey: siteKey, itemKeys: { [rowItemKey($0)] })
    let parties = Parties(
      main: mainParties, people: people(among: claims, index: index),
      customers: Set(index.customers.keys), suppliers: index.suppliers)
    let moneyTies = MoneyTies(
      config: config, bookings: bookings, itemKey: rowItemKey, supplierKey: entityKey)
    var verdicts: [String: Verdict] = [:]
    var findings: [Finding] = []
    var items: [String: String] = [:]
    var counted: [(claim: Claim, item: String)] = []
    var linkedParties: [String: (name: String, source: PartySource)] = [:]
    var reasons: [String: NotJudgedReason] = [:]
    var hints: [String: String] = [:]
    var nearNames = NearNames(index: index)
    var coverage: [LedgerIndex.Slice] = []
    let readings = datedReadings(of: claims, parties: parties)
    let moves = completedMoves(claims, index: index, parties: parties)
    for written in claims {
      var original = written
      if let flow = moves[written.id] { original.flow = flow }
      let claim = restated(
        movedBetweenCustomers(signedBySupplier(original, index: index), index: index),
        readings: readings, parties: parties)
      // The items it can stand for, worked out once: reported, checked for ambiguity, linked,
      // compared across sources.
      let candidates = itemCandidates(claim.item, surface: claim.itemSurface, index: index)
      if candidates.count == 1, let key = candidates.first {
        items[claim.id] = itemName(key, index: index)
      }
      if let reason = Self.unjudgeable(claim) {
        reasons[claim.id] = reason
        continue
      }
      if claim.unit == .count, let item = claim.item {
        counted.append((claim, candidates.count == 1 ? candidates.first ?? "" : rowItemKey(item)))
      }
      // A claim with no named party whose sentence describes two entities ("the automaker",
      // "the chipmaker") could be about either: say so rather than guess.
      if claim.flow == nil, claim.subject == nil || parties.isPerson(claim) {
        let described = described(claim, parties)
        if described.count > 1 {
          verdicts[claim.id] = .ambiguous
          findings.append(ambiguous(claim, kind: .entity, candidates: described.map(\.name)))
          continue
        }
      }
      if candidates.count > 1 {
        verdicts[claim.id] = .ambiguous
        let names = candidates.map { itemName($0, index: index) }.sorted()
        findings.append(ambiguous(claim, kind: .item, candidates: names))
        continue
      }
      var link: Link
      switch self.link(
        claim, items: candidates, index: index, documentDates: documentDates, parties: parties,
        moneyTies: moneyTies)
      {
      case .linked(let linked): link = linked
      case .notJudged(let reason, let party):
        reasons[claim.id] = bookings.isEmpty ? .noLedger : reason
        if reason == .partyNotInLedger, let party, let hint = nearNames.hint(for: party) {
          hints[claim.id] = hint
        }
        continue
      }
      linkedParties[claim.id] = (link.customer, link.partySource)
      coverage += link.coverage
      // Money takes part in REC002 too, grouped by what ties it to the ledger: the item it
      // names, else the phrases that tie it ("AI spend" apart from "Nvidia hardware").
      // Money one party paid another, for no one item, is compared with the other accounts of
      // what the same payer paid the same payee, whatever else each sentence names ("paid
      // Ardelis €2.1 million … for the luminaires and cabinets delivered in February", « a
      // versé 1,6 million d'euros à Ardelis »).
      if case .currency = claim.unit {
        let tie =
          !candidates.isEmpty
          ? "item:" + candidates.sorted().joined(separator: ",")
          : claim.roles?[.payee].map { "supplier:" + entityKey($0) }
            ?? link.tiePhrases.joined(separator: ",")
        counted.append((claim, "money:" + tie))
      }
      if link.rowCount == 0 {
        verdicts[claim.id] = .unverifiable
        findings.append(unverifiable(claim, link))
        continue
      }
      // Rows that reach outside the claim's period count for anything from none of their
      // figure to all of it: a claim for 21 January is not contradicted by a row for January.
      func holds(_ link: Link) -> Bool {
        (claim.bounds.low.map { link.sum >= $0 } ?? true)
          && (claim.bounds.high.map { link.sum - link.partial <= $0 } ?? true)
      }
      var inside = holds(link)
      // An order told with no date may be delivered in lots over the years after the
      // document's: "Nordane to supply 1.5 million doses" counts the 2027 lot too.
      if !inside, claim.period == nil, claim.metric == .order, claim.unit == .count,
        case .linked(let onward) = self.link(
          claim, items: candidates, index: index, documentDates: documentDates, parties: parties,
          moneyTies: moneyTies, onward: true),
        holds(onward)
      {
        link = onward
        inside = true
      }
      verdicts[claim.id] = inside ? .consistent : .contradicted
      if !inside { findings.append(contradiction(claim, link)) }
    }
    let across = crossSource(counted, parties: parties, index: index)
    // Another source's claim contradicts a claim the ledger could not speak to: it is
    // contradicted, and no longer unverifiable (its REC004 note goes).
    var nowContradicted = Set<String>()
    for finding in across {
      for claim in finding.claims
      where verdicts[claim.id] == nil || verdicts[claim.id] == .unverifiable {
        if verdicts[claim.id] == .unverifiable { nowContradicted.insert(claim.id) }
        verdicts[claim.id] = .contradicted
        reasons[claim.id] = nil
        hints[claim.id] = nil
      }
    }
    if !nowContradicted.isEmpty {
      findings.removeAll { finding in
        finding.rule == "REC004" && finding.claims.contains { nowContradicted.contains($0.id) }
      }
    }
    findings += across
    // A total order, so that neither the order of claims nor of rows shows in the output.
    let keys = findings.map {
      ($0.claims.first?.document ?? "", $0.claims.first?.span.start ?? 0, $0.rule, $0.id)
    }
    let order = keys.indices.sorted { keys[$0] < keys[$1] }
    return Reconciliation(
      verdicts: verdicts, findings: order.map { findings[$0] }, items: items,
      parties: linkedParties, reasons: reasons, hints: hints,
      unusedRows: index.uncovered(by: coverage))
  }

  // MARK: - Linking

  struct Link {
    var customer: String
    var partySource: PartySource
    var statuses: Set<BookingStatus>
    var period: Period?
    /// The linked rows (the first `LedgerIndex.evidenceLimit` of them in ledger order), how
    /// many there are, their sum, and how many gave no comparable figure.
    var rows: [Booking]
    var rowCount: Int
    var sum: Decimal
    /// The part of `sum` from rows that reach outside the period (`LedgerIndex.Slice`).
    var partial: Decimal = 0
    /// The slices summed, for the rows no claim mentions (`LedgerIndex.uncovered(by:)`).
    var coverage: [LedgerIndex.Slice] = []
    var excluded: Int
    /// Currencies converted into the claim's, with their rates.
    var converted: [String] = []
    /// For money its sentence ties to the ledger, the phrases that tie it (`MoneyTies`).
    var tiePhrases: [String] = []
  }

  /// What a claim measures, for linking and comparing: a count at a site with no telling verb
  /// ("H100s planned for the south extension: 50,000") is what the site holds, its capacity.
  static func metric(of claim: Claim, atSite: Bool) -> Metric {
    atSite && claim.metric == .other && claim.unit == .count ? .capacity : claim.metric
  }

  /// The ledger statuses a metric speaks of, or nil when the ledger books nothing it measures.
  ///
  /// A count with no telling verb is a count of the named item (at a site, what the site
  /// holds: `metric(of:atSite:)`, the same statuses); money with no metric ("free cash flow was
  /// $2.5 billion") is not a purchase.
  static func statuses(of metric: Metric, unit: QuantityUnit) -> Set<BookingStatus>? {
    switch metric {
    case .transfer: [.redirected]
    case .shipment, .capacity: [.shipped, .delivered]
    case .order, .spend: [.booked, .shipped, .delivered]
    case .other where unit == .count: [.booked, .shipped, .delivered]
    default: nil
    }
  }

  /// The ledger key of a party, a customer's or else a site's, and whether it is a site; nil
  /// when the ledger has neither.
  func ledgerKey(of party: String, index: LedgerIndex) -> (key: String, atSite: Bool)? {
    let customer = entityKey(party)
    if index.customers[customer] != nil { return (customer, false) }
    let site = siteKey(party)
    return index.customers[site] != nil ? (site, true) : nil
  }

  /// What makes two claims the same amount said twice: the party, the currency, the stated value
  /// and the item.
  struct FigureKey: Hashable {
    var party: String
    var unit: String
    var low: Decimal?
    var high: Decimal?
    var item: String
  }

  /// How a dated figure was read: its period, and whether it looks forward.
  struct Reading: Hashable {
    var period: Period
    var forward: Bool
  }

  /// Only money: an amount to the unit is rarely said of two things, where "six lifeboats" or
  /// "320 beds" can be two lots, or a holding and a delivery.
  private func figureKey(_ claim: Claim, parties: Parties) -> FigureKey? {
    guard case .currency = claim.unit, let (party, _) = party(of: claim, parties) else {
      return nil
    }
    return FigureKey(
      party: entityKey(party), unit: claim.unit.description, low: claim.stated.low,
      high: claim.stated.high, item: claim.item.map(rowItemKey) ?? "")
  }

  /// Every figure some claim dates, with the reading most of its dated claims give it (more than
  /// half of them), or nil when they are split.
  ///
  /// Only claims of what the ledger books count: a company's capital expenditure of the same
  /// amount is another figure.
  func datedReadings(of claims: [Claim], parties: Parties) -> [FigureKey: Reading?] {
    var counts: [FigureKey: [Reading: Int]] = [:]
    for claim in claims
    where Self.unjudgeable(claim) == nil && !claim.periodUnclear
      && Self.statuses(of: claim.metric, unit: claim.unit) != nil
    {
      guard let period = claim.period, let key = figureKey(claim, parties: parties) else {
        continue
      }
      counts[key, default: [:]][
        Reading(period: period, forward: Self.isForward(claim)), default: 0] +=
        1
    }
    return counts.mapValues { readings in
      let total = readings.values.reduce(0, +)
      return readings.first { $0.value * 2 > total }?.key
    }
  }

  /// An undated figure that most other claims of the corpus date the same way is the same
  /// figure said again: "the $3–4 billion" in a summary table is the "$3–4 billion this year"
  /// a post forecast, and is judged as that one is, in every document.
  func restated(_ claim: Claim, readings: [FigureKey: Reading?], parties: Parties) -> Claim {
    guard claim.period == nil, !claim.periodUnclear, claim.modality == .asserted,
      let key = figureKey(claim, parties: parties), let found = readings[key],
      let reading = found
    else { return claim }
    var dated = claim
    dated.period = reading.period
    if reading.forward { dated.modality = .forecast }
    return dated
  }

  /// Goods one customer "sold" or gave another are moved between them: « l'Agence Mosane reçoit
  /// 250 000 doses d'Ardeven » when Ardeven buys from the ledger's suppliers and supplies none.
  func movedBetweenCustomers(_ claim: Claim, index: LedgerIndex) -> Claim {
    guard claim.flow == nil, claim.unit == .count, let roles = claim.roles,
      let seller = roles[.seller], let buyer = roles[.buyer],
      !index.suppliers.contains(entityKey(seller)),
      index.customers[entityKey(seller)] != nil, index.customers[entityKey(buyer)] != nil,
      entityKey(seller) != entityKey(buyer)
    else { return claim }
    var moved = claim
    moved.flow = Flow(from: seller, to: buyer)
    moved.subject = nil
    moved.metric = .transfer
    moved.roles = Roles(frame: "move/1", parties: [.source: seller, .target: buyer])
    return moved
  }

  /// A contract "signed with" another reads both ways: when its subject is only one of the
  /// ledger's suppliers and the other party only a customer ("Lignère Recharge has signed a
  /// €3.12 million contract with Autoroutes Ardan-Océan"), the customer buys.
  func signedBySupplier(_ claim: Claim, index: LedgerIndex) -> Claim {
    guard var roles = claim.roles, roles.frame == "order.placed/1",
      let buyer = roles[.buyer], let seller = roles[.seller],
      index.suppliers.contains(entityKey(buyer)), index.customers[entityKey(buyer)] == nil,
      index.customers[entityKey(seller)] != nil, !index.suppliers.contains(entityKey(seller))
    else { return claim }
    var signed = claim
    roles.parties[.buyer] = seller
    roles.parties[.seller] = buyer
    signed.roles = roles
    if claim.subject == buyer { signed.subject = seller }
    return signed
  }

  /// The one ledger customer a sentence names by a configured entity's name or alias, if one.
  func customerNamed(in sentence: String, index: LedgerIndex) -> String? {
    let words = MoneyTies.words(sentence)
    var found: Set<String> = []
    for entity in config.entities where index.customers[entityKey(entity.name)] != nil {
      let names = ([entity.name] + entity.aliases).map(MoneyTies.words).filter { !$0.isEmpty }
      let named = names.contains { name in
        words.indices.contains { start in
          start + name.count <= words.count
            && words[start..<(start + name.count)].elementsEqual(name)
        }
      }
      if named { found.insert(entity.name) }
    }
    return found.count == 1 ? found.first : nil
  }

  /// How linking a claim ended: its link, or why it was not judged (with the party it named,
  /// for a hint).
  enum Linking {
    case linked(Link)
    case notJudged(NotJudgedReason, party: String?)
  }

  /// `items` are the claim's item candidates (`itemCandidates`).
  private func link(
    _ claim: Claim, items claimItems: Set<String>, index: LedgerIndex,
    documentDates: [String: String], parties: Parties, moneyTies: MoneyTies, onward: Bool = false
  ) -> Linking {
    switch claim.unit {
    case .percent, .percentagePoint: return .notJudged(.percentage, party: nil)
    case .count, .currency: break
    }
    if claim.perUnit { return .notJudged(.unitPrice, party: nil) }
    if claim.perPeriod { return .notJudged(.rate, party: nil) }
    if claim.isDifference { return .notJudged(.difference, party: nil) }
    guard Self.statuses(of: claim.metric, unit: claim.unit) != nil else {
      return .notJudged(.metricOutsideLedger, party: nil)
    }
    guard var (party, source) = party(of: claim, parties) else {
      return .notJudged(.noParty, party: nil)
    }
    // "Nordane signed a €52.5 million supply contract with Agence Mosane": a figure told of the
    // supplier is about the one customer its sentence names.
    var namedSupplier: String?
    if ledgerKey(of: party, index: index) == nil, index.suppliers.contains(entityKey(party)),
      let customer = customerNamed(in: claim.sentence, index: index)
    {
      namedSupplier = entityKey(party)
      party = customer
      source = .described
    }
    // The party is a customer, or a site named in the ledger's `site` column.
    guard let (customer, atSite) = ledgerKey(of: party, index: index),
      let customerName = index.customers[customer]
    else { return .notJudged(.partyNotInLedger, party: source == .named ? party : nil) }
    // At a site, a count with no telling verb is what the site holds: its capacity.
    let statuses =
      Self.statuses(of: Self.metric(of: claim, atSite: atSite), unit: claim.unit) ?? []
    if claim.unit == .count, claimItems.isEmpty {
      return .notJudged(claim.item == nil ? .noItem : .itemNotInLedger, party: nil)
    }
    // A period the sentence names but does not say is not the document's whole year.
    if claim.period == nil, claim.periodUnclear { return .notJudged(.periodUnclear, party: nil) }
    let year = documentDates[claim.document].map { String($0.prefix(4)) }
    var period = claim.period ?? year.map { Period(start: "\($0)-01-01", end: "\($0)-12-31") }
    if onward, let from = period { period = Period(start: from.start, end: Period.noEnd) }
    let forward = Self.isForward(claim)
    // What a party holds, with no period said or as of the document's day ("all 16 buses now
    // in Bristol", « dispose aujourd'hui de 160 nœuds »), is what reached it by that day, not
    // the year's bookings.
    if !forward, Self.metric(of: claim, atSite: atSite) == .capacity,
      let day = documentDates[claim.document].map({ String($0.prefix(10)) }), day.count == 10,
      claim.period == nil || claim.period == Period(start: day, end: day),
      let first = index.rows.map(\.period.start).min(), first <= day
    {
      period = Period(start: Period.beginning, end: day)
    }
    let hasForecastRows = index.items.contains { item in
      index.series[LedgerIndex.Key(customer: customer, item: item, status: .forecast)] != nil
    }
    let wanted: Set<BookingStatus> = forward && hasForecastRows ? [.forecast] : statuses
    var items = claim.item == nil ? index.items : claimItems.intersection(index.items)
    // The suppliers whose rows a claim speaks of: a seller or payee it names, or, for money,
    // one its sentence names ("spent €15 million with Altmann").
    var sellers = Set(
      [claim.roles?[.seller], claim.roles?[.payee]].compactMap { $0 }.map(entityKey))
    if let namedSupplier { sellers.insert(namedSupplier) }
    // Money is judged only when its sentence ties it to the ledger: a named item (whose rows
    // alone are summed), an item's configured topic, or a supplier it names or pays. A
    // company's revenue, cash or total budget is none of these.
    var tiePhrases: [String] = []
    if case .currency = claim.unit, claimItems.isEmpty || items.isEmpty {
      let matches = moneyTies.matches(in: claim.clause ?? claim.sentence)
      let ties = Set(matches.map(\.tie))
      tiePhrases = MoneyTies.groupKeys(matches)
      let tiedItems = Set(
        ties.compactMap { tie -> String? in
          if case .item(let key) = tie { return key }
          return nil
        }
      ).intersection(index.items)
      let tiedSuppliers = Set(
        ties.compactMap { tie -> String? in
          if case .supplier(let key) = tie { return key }
          return nil
        })
      let paysSupplier = !sellers.intersection(index.suppliers).isEmpty
      if !tiedItems.isEmpty {
        items = tiedItems
      } else if !tiedSuppliers.isEmpty || paysSupplier {
        items = index.items
        if sellers.isEmpty { sellers = tiedSuppliers }
      } else {
        return .notJudged(.moneyNotTied, party: nil)
      }
    }
    // A contract's value is dated by its signing, approval or start ("began on June 1"): told of
    // items booked as money only, it is judged over the years its date falls in.
    if case .currency = claim.unit, claim.metric == .order, let dated = period, !items.isEmpty,
      items.isSubset(of: index.moneyOnlyItems)
    {
      period = Period(start: "\(dated.start.prefix(4))-01-01", end: "\(dated.end.prefix(4))-12-31")
    }
    var link = Link(
      customer: customerName, partySource: source, statuses: wanted, period: period, rows: [],
      rowCount: 0, sum: 0, excluded: 0, tiePhrases: tiePhrases)
    var positions: [Int] = []
    let targetName = claim.metric == .transfer ? claim.flow?.to : nil
    let target = targetName.map(entityKey)
    // A move may name where the goods went rather than who took them: "diverted to the Fort
    // Mallet works" is the row redirected to the customer whose site that is.
    let targetSite = targetName.map(siteKey)
    // A named seller must be the rows' supplier: "bought from Altmann" says nothing of the
    // bookings Kessler keeps.
    if !sellers.isEmpty, !index.suppliers.isEmpty, sellers.isDisjoint(with: index.suppliers) {
      return .notJudged(.sellerNotInLedger, party: nil)
    }
    let bySeller = !sellers.isEmpty && !index.suppliers.isEmpty
    // The rows a move's target or a named seller leaves in, when either narrows them.
    let include: ((Booking) -> Bool)? =
      target == nil && !bySeller
      ? nil
      : { row in
        (target.map { target in
          row.redirectedTo.map {
            entityKey($0) == target || row.site.map(siteKey) == targetSite
          } ?? true
        } ?? true)
          && (bySeller ? row.supplier.map { sellers.contains(entityKey($0)) } ?? true : true)
      }
    func slice(_ key: LedgerIndex.Key, _ unit: QuantityUnit) -> LedgerIndex.Slice? {
      guard let include else { return index.slice(key, period: period, unit: unit) }
      return index.slice(key, period: period, unit: unit, where: include, filtered: true)
    }
    for item in items.sorted() {
      for status in wanted.sorted(by: { $0.rawValue < $1.rawValue }) {
        let key = LedgerIndex.Key(customer: customer, item: item, status: status)
        let slice = slice(key, claim.unit)
        guard let slice else { continue }
        link.sum += slice.sum
        link.partial += slice.partial
        link.rowCount += slice.rowCount
        link.excluded += slice.excluded
        positions += slice.rows
        link.coverage.append(slice)
      }
    }
    // Amounts in other currencies count through the configured rate in force at the period's end.
    if case .currency(let code) = claim.unit, target == nil {
      let day = period?.end ?? "9999-12-31"
      for other in index.currencies.sorted() where other != code {
        guard let rate = config.rate(from: other, to: code, on: day) else { continue }
        for item in items.sorted() {
          for status in wanted.sorted(by: { $0.rawValue < $1.rawValue }) {
            let key = LedgerIndex.Key(customer: customer, item: item, status: status)
            guard let slice = slice(key, .currency(other)),
              slice.counted > 0
            else { continue }
            link.sum += slice.sum * rate
            link.partial += slice.partial * rate
            link.excluded -= slice.counted
            link.coverage.append(slice)
            let note = "\(other) at \(rate)"
            if !link.converted.contains(note) { link.converted.append(note) }
          }
        }
      }
    }
    // Rows that link but give no figure in the claim's unit cannot contradict it: a ledger
    // without amounts says nothing of money ("against 0 USD" would be a false error).
    if link.rowCount > 0, link.excluded >= link.rowCount {
      switch claim.unit {
      case .currency:
        let anyAmount = positions.contains { index.rows[$0].amount != nil }
        return .notJudged(anyAmount ? .noExchangeRate : .ledgerHasNoAmounts, party: nil)
      default: return .notJudged(.ledgerHasNoQuantities, party: nil)
      }
    }
    // The evidence is the first rows in ledger order, copied out only now.
    link.rows = positions.sorted().prefix(LedgerIndex.evidenceLimit).map { index.rows[$0] }
    return .linked(link)
  }

  static func key(_ name: String) -> String {
    // Most names are ASCII: lower-case and keep letters and digits without Unicode tables.
    if name.utf8.allSatisfy({ $0 < 0x80 }) {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(name.utf8.count)
      for byte in name.utf8 {
        switch byte {
        case 0x41...0x5A: bytes.append(byte + 0x20)
        case 0x61...0x7A, 0x30...0x39: bytes.append(byte)
        default: continue
        }
      }
      if bytes.count > 4, bytes.last == UInt8(ascii: "s"), let before = bytes.dropLast().last,
        before >= 0x30 && before <= 0x39
      {
        bytes.removeLast()
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    var key = name.lowercased().filter { $0.isLetter || $0.isNumber }
    if key.hasSuffix("s"), key.count > 3, key.dropLast().last?.isNumber == true { key.removeLast() }
    return key
  }

  // MARK: - Findings

  private func severity(of claim: Claim) -> Severity {
    claim.modality == .asserted ? .error : .warning
  }

  private func contradiction(_ claim: Claim, _ link: Link) -> Finding {
    Finding(
      id: Self.findingID("REC001", [claim.id], link.rows.map(\.id)), rule: "REC001",
      severity: severity(of: claim),
      claims: [claim], bookings: link.rows, evidence: .ledger(comparison(claim, link)))
  }

  private func ambiguous(_ claim: Claim, kind: AmbiguityKind, candidates: [String]) -> Finding {
    Finding(
      id: Self.findingID("REC003", [claim.id], []), rule: "REC003", severity: .note,
      claims: [claim], bookings: [],
      evidence: .ambiguous(kind: kind, candidates: candidates))
  }

  private func unverifiable(_ claim: Claim, _ link: Link) -> Finding {
    Finding(
      id: Self.findingID("REC004", [claim.id], []), rule: "REC004", severity: .note,
      claims: [claim], bookings: [],
      evidence: .ledger(comparison(claim, link)))
  }

  private func comparison(_ claim: Claim, _ link: Link) -> LedgerComparison {
    var comparison = LedgerComparison(
      customer: link.customer, statuses: link.statuses.sorted { $0.rawValue < $1.rawValue },
      period: link.period,
      sum: link.sum, rowCount: link.rowCount, excluded: link.excluded,
      widening: claim.qualifier == .approximate
        ? config.tolerance.approximate(unit: claim.unit, metric: claim.metric) : nil,
      converted: link.converted, partySource: link.partySource)
    comparison.partial = link.partial
    return comparison
  }

  /// Claims from different documents and speakers about the same party, item, metric and unit,
  /// whose periods overlap and whose bounds do not.
  ///
  /// Counts of a named item take part, and money that its sentence ties to the ledger, grouped
  /// by what ties it (`MoneyTies.phrases`) and compared over the same period only.
  /// `claims` come with their item keys: the one configured or ledger item each names, as a
  /// link finds it ("K9 accélérateur" and "K9 chip" are both K9), else the item as written.
  private func crossSource(
    _ claims: [(claim: Claim, item: String)], parties: Parties, index: LedgerIndex
  ) -> [Finding] {
    var groups: [String: [Claim]] = [:]
    for (claim, item) in claims {
      var named = party(of: claim, parties)?.0
      // A figure told of a supplier is about the one customer its sentence names, as in a link.
      if let supplier = named, ledgerKey(of: supplier, index: index) == nil,
        index.suppliers.contains(entityKey(supplier)),
        let customer = customerNamed(in: claim.sentence, index: index)
      {
        named = customer
      }
      let ledger = named.flatMap { ledgerKey(of: $0, index: index) }
      let metric = Self.metric(of: claim, atSite: ledger?.atSite ?? false)
      // A move's ends are customers: a site with one customer stands for it ("Lanvoy's
      // nacelles" are Énergies du Ponant's).
      func end(_ name: String?) -> String {
        let key = entityKey(name ?? "")
        guard index.customers[key] == nil, let customers = index.siteCustomers[siteKey(name ?? "")],
          customers.count == 1, let customer = customers.first
        else { return key }
        return customer
      }
      guard metric != .other,
        let party = claim.flow.map({ "\(end($0.from))→\(end($0.to))" })
          ?? ledger?.key ?? named.map(entityKey)
      else { continue }
      let key = [party, item, metric.rawValue, claim.unit.description].joined(separator: "|")
      groups[key, default: []].append(claim)
    }
    var findings: [Finding] = []
    for key in groups.keys.sorted() {
      guard var group = groups[key], group.count > 1 else { continue }
      group.sort { ($0.document, $0.span.start, $0.id) < ($1.document, $1.span.start, $1.id) }
      // The figures each speaker states in each sentence (as written, not their rounding
      // bounds): one who states the other source's figure in the same sentence ("of the
      // roughly €4 billion, €1 billion to €1.5 billion would go to Corvane hardware") agrees
      // with it, whatever their other figure says. (A sentence that reports two speakers'
      // figures, "28, a day after the chief put the figure at 40", states neither's as the
      // other's.)
      func sentenceKey(_ claim: Claim) -> String {
        [claim.document, claim.sentence, claim.speaker ?? ""].joined(separator: "\u{1F}")
      }
      var sentenceFigures: [String: [Interval]] = [:]
      for claim in group { sentenceFigures[sentenceKey(claim), default: []].append(claim.stated) }
      func states(_ claim: Claim, _ figure: Interval) -> Bool {
        sentenceFigures[sentenceKey(claim)]?.contains { Self.overlaps($0, figure) } == true
      }
      // Each claim is set against the earliest claims of other sources (a few at most), so a
      // group of n claims gives at most n findings, not n² pairs. Only the group's 512
      // earliest claims are looked at, so that a feed of one speaker's posts is not read n²
      // times.
      var reported = Set<String>()
      for (index, second) in group.enumerated() where index > 0 {
        var compared = 0
        // A figure for now and one for later ("35,000 active", "85,000 by December") do not
        // contradict each other: only claims both forward-looking, or both not, are compared.
        for first in group[..<min(index, 512)]
        where first.document != second.document
          && (first.speaker != second.speaker || first.speaker == nil)
          && Self.isForward(first) == Self.isForward(second)
        {
          compared += 1
          if compared > 8 { break }
          // Money flows over time: a quarter's spend and a year's do not contradict each
          // other, so money is compared only over the same period.
          // A contract's worth has no period: the dates its sentences give are its signing,
          // approval or start ("approved on Monday", "took effect on July 1"), so two values of
          // the same contract are compared when either is undated or their dates lie within a
          // year of each other.
          let contract = Self.metric(of: first, atSite: false) == .order
          let samePeriod =
            first.unit == .count
            ? Self.overlaps(first.period, second.period)
            : (first.period != nil && first.period == second.period)
              || (contract && Self.withinAYear(first.period, second.period))
          guard samePeriod, !Self.isPart(first, of: second), !Self.isPart(second, of: first),
            !Self.overlaps(first.bounds, second.bounds),
            !states(second, first.stated), !states(first, second.stated),
            reported.insert(first.id + "|" + second.id).inserted
          else { continue }
          let severity: Severity =
            first.modality == .asserted && second.modality == .asserted ? .error : .warning
          findings.append(
            Finding(
              id: Self.findingID("REC002", [first.id, second.id], []), rule: "REC002",
              severity: severity,
              claims: [first, second], bookings: [],
              evidence: .conflict(party: party(of: first, parties)?.0)))
          break
        }
      }
    }
    return findings
  }

  /// Whether a count of goods ordered, shipped or moved over a month or a quarter is part of
  /// a larger count of the same over a year: "200 delivered in February" and "four delivered
  /// today" are among "440 delivered this year", not against it. (Over a shorter whole, two
  /// such counts tell of the same deliveries: "six handed over on Thursday" and "nine
  /// delivered this month" do contradict each other.)
  static func isPart(_ part: Claim, of whole: Claim) -> Bool {
    guard part.unit == .count, whole.unit == .count,
      [.order, .shipment, .transfer].contains(part.metric), part.metric == whole.metric,
      let inner = part.period, let outer = whole.period,
      outer.start <= inner.start, inner.end <= outer.end,
      let high = part.bounds.high, let low = whole.bounds.low, high < low
    else { return false }
    func months(_ period: Period) -> Int {
      func index(_ date: String) -> Int {
        (Int(date.prefix(4)) ?? 0) * 12 + (Int(date.dropFirst(5).prefix(2)) ?? 0)
      }
      return index(period.end) - index(period.start) + 1
    }
    return months(outer) >= 12 && months(inner) <= 3
  }

  private static func isForward(_ claim: Claim) -> Bool {
    claim.modality == .forecast || claim.modality == .hedged
  }

  /// Whether two periods overlap or lie within twelve months of each other; an undated one
  /// is near any.
  private static func withinAYear(_ first: Period?, _ second: Period?) -> Bool {
    guard let first, let second else { return true }
    func month(_ date: String) -> Int? {
      let parts = date.split(separator: "-")
      guard parts.count >= 2, let year = Int(parts[0]), let month = Int(parts[1]) else {
        return nil
      }
      return year * 12 + month
    }
    guard let firstStart = month(first.start), let firstEnd = month(first.end),
      let secondStart = month(second.start), let secondEnd = month(second.end)
    else { return overlaps(first, second) }
    return secondStart - firstEnd <= 12 && firstStart - secondEnd <= 12
  }

  private static func overlaps(_ first: Period?, _ second: Period?) -> Bool {
    guard let first, let second else { return true }
    return first.start <= second.end && second.start <= first.end
  }

  /// Whether two claims' bounds share a value.
  ///
  /// Bounds that only touch ("20,000", 15,000–25,000, and "30,000", 25,000–35,000) do not: the one value between them rounds to only one of the
  /// figures. A single value touching an interval's end is inside it.
  static func overlaps(_ first: Interval, _ second: Interval) -> Bool {
    func below(_ lower: Interval, _ upper: Interval) -> Bool {
      guard let high = lower.high, let low = upper.low else { return false }
      if high < low { return true }
      return high == low && lower.low != lower.high && upper.low != upper.high
    }
    return !(below(first, second) || below(second, first))
  }

  static func findingID(_ rule: String, _ claims: [String], _ rows: [String]) -> String {
    var hash = FNV1a()
    hash.add(([rule] + claims.sorted() + rows.sorted()).joined(separator: "\u{1F}").utf8)
    return rule + "-" + hash.hex
  }

}
