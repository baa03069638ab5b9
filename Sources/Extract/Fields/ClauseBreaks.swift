/// Where new clauses start in a sentence: at a semicolon, or at a comma before "and", "but",
/// "while", « et », « mais », « tandis ».
///
/// Counted once per sentence, so that whether a clause starts between two tokens is a
/// subtraction, not a walk over the tokens between them (a dense line pairs many figures with
/// many words).
struct ClauseBreaks {
  private let tokens: [Token]
  /// For each token index (and one past the end), how many breaks start before it.
  private let counts: [Int]
  /// Where the breaks start, in order.
  private let positions: [Int]

  init(_ tokens: [Token]) {
    self.tokens = tokens
    var counts = [Int](repeating: 0, count: tokens.count + 1)
    for index in tokens.indices {
      counts[index + 1] = counts[index] + (Self.breaks(at: index, in: tokens) ? 1 : 0)
    }
    self.counts = counts
    positions = tokens.indices.filter { counts[$0 + 1] > counts[$0] }
  }

  /// Whether a new clause starts strictly between two tokens.
  func between(_ first: Int, _ second: Int) -> Bool {
    let (start, end) = first < second ? (first, second) : (second, first)
    guard end - start > 1 else { return false }
    var count = counts[end] - counts[start + 1]
    // A comma right before `end` breaks only with its joiner before `end` too.
    if tokens[end - 1].text == ",", Self.breaks(at: end - 1, in: tokens) { count -= 1 }
    return count > 0
  }

  /// The tokens of the clause that holds the token at `index`: from the break before it to the
  /// break after it, the joiner ("and", « et ») left out.
  func clause(around index: Int) -> Range<Int> {
    // The first break at or after `index`, by binary search over the breaks in order.
    var low = 0
    var high = positions.count
    while low < high {
      let middle = (low + high) / 2
      if positions[middle] < index { low = middle + 1 } else { high = middle }
    }
    let end = low < positions.count ? positions[low] : tokens.count
    guard low > 0 else { return 0..<max(end, index + 1) }
    let opening = positions[low - 1]
    var start = opening
    if tokens[opening].text == "," || tokens[opening].text == ";" {
      start += 1
      if start < index, Self.joiners.contains(tokens[start]) { start += 1 }
    }
    return start..<max(end, index + 1)
  }

  /// Whether a break starts at `index`.
  private static func breaks(at index: Int, in tokens: [Token]) -> Bool {
    // "the Savoie manufacturer whose grips got the lift turning in March": a clause of its own,
    // comma or none. (";" and "," are symbols, "whose" a word: each token is compared with
    // only those of its kind.)
    guard tokens[index].kind == .symbol else {
      return index > 0 && tokens[index].lower == "whose"
    }
    if tokens[index].text == ";" { return true }
    return tokens[index].text == "," && index + 1 < tokens.count
      && joiners.contains(tokens[index + 1])
  }

  /// Words after a comma that open another clause: coordinators, and relatives whose clause
  /// speaks of something else ("…, whose depot burned on 1 March", « …, dont le dépôt »).
  private static let joiners: WordSet = [
    "and", "but", "while", "et", "mais", "tandis", "whose", "where", "dont", "où",
  ]
}
