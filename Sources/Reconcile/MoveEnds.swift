import Core

extension Reconciler {
  /// The ends of the corpus's moves that their own sentences leave unsaid, as the other accounts
  /// of the same moves say them, by claim id.
  ///
  /// A move's ends are the ledger's customers. A giver that is only one of its suppliers moved
  /// the goods but did not hold them ("Nimbara reassigned the 96 nodes to Oxbow"), so whose they
  /// were is unsaid. A move that names neither end is its document's party's, as REC001 judges
  /// it. An unsaid giver is then the one customer that every other move of the same goods to
  /// the same receiver names; an unsaid receiver ("reassigned to another customer") the one
  /// customer that every other move of them from the same giver names. Where the other
  /// accounts name none, or disagree, the end stays unsaid.
  func completedMoves(_ claims: [Claim], index: LedgerIndex, parties: Parties) -> [String: Flow] {
    struct End: Hashable {
      var party: String
      var item: String
    }
    // A written end as a customer's key: a site with one customer stands for it.
    func customer(_ name: String?) -> String? {
      guard let name else { return nil }
      let key = entityKey(name)
      if index.customers[key] != nil { return key }
      if let customers = index.siteCustomers[siteKey(name)], customers.count == 1 {
        return customers.first
      }
      return nil
    }
    var moves: [(claim: Claim, item: String, from: String?, to: String?)] = []
    var giversTo: [End: Set<String>] = [:]
    var receiversFrom: [End: Set<String>] = [:]
    for claim in claims where claim.metric == .transfer && claim.unit == .count {
      guard let written = claim.item else { continue }
      let flow = claim.flow ?? Flow(from: nil, to: nil)
      let candidates = itemCandidates(written, surface: claim.itemSurface, index: index)
      let item = candidates.count == 1 ? candidates.first ?? "" : rowItemKey(written)
      let from = customer(flow.from)
      let to = customer(flow.to)
      if let from, let to {
        giversTo[End(party: to, item: item), default: []].insert(from)
        receiversFrom[End(party: from, item: item), default: []].insert(to)
      }
      moves.append((claim, item, from, to))
    }
    var completed: [String: Flow] = [:]
    for (claim, item, writtenFrom, writtenTo) in moves {
      let written = claim.flow ?? Flow(from: nil, to: nil)
      let fromUnsaid =
        written.from == nil
        || (writtenFrom == nil && index.suppliers.contains(entityKey(written.from ?? "")))
      guard fromUnsaid || written.to == nil else { continue }
      var from = writtenFrom
      if written.from == nil, written.to == nil {
        from = party(of: claim, parties).flatMap { customer($0.0) }
      }
      if from == nil, let to = writtenTo, let givers = giversTo[End(party: to, item: item)],
        givers.count == 1
      {
        from = givers.first
      }
      var to: String?
      if written.to == nil, let from, let receivers = receiversFrom[End(party: from, item: item)],
        receivers.count == 1
      {
        to = receivers.first
      }
      let flow = Flow(
        from: fromUnsaid ? from.flatMap { index.customers[$0] } : written.from,
        to: written.to ?? to.flatMap { index.customers[$0] })
      if flow != claim.flow { completed[claim.id] = flow }
    }
    return completed
  }
}
