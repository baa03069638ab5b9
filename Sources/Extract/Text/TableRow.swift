import Core

/// A table row read with its header.
///
/// Its cells are joined, the first naming what a later one counts, unless the figure's own
/// column header does (`columnItems`). A Source column says who gave the figure and when, a
/// Date column when; neither is part of what the figure is about. A Period column, or a cell
/// that is only a period, dates the row's figures.
///
/// | Claim | Source | Figure |
/// |---|---|---|
/// | AI-related spend this year | Musk post, April 2024 | ~$10 billion |
///
/// reads as "AI-related spend this year; ~$10 billion", said by Musk, with "this year" counted
/// from April 2024.
struct TableRow {
  /// The row's tokens, without those of its source and date cells.
  var tokens: [Token]
  /// The first name in the source cell.
  var speaker: String?
  /// The start of the first period in the date cell, else the source cell (`YYYY-MM-DD`).
  var date: String?
  /// The period a Period column gives the row's figures ("Q1 2026", « T1 2026 »), or a cell
  /// that is nothing but a period ("| Arolle ambulances | 6 | February |").
  var period: Period?
  /// What the header of each other column counts, by the cell's span.
  ///
  /// In "| Block | Ardenque pivots | Hectares |", a figure under "Ardenque pivots" counts
  /// pivots, whatever the first cell names. A header that only says "how many" ("Units",
  /// « Quantité ») counts nothing.
  var columnItems: [(span: TextSpan, item: (surface: String, canonical: String))] = []

  /// Header words of a column that says who gave a figure, and of one that says when.
  static let sourceHeaders: WordSet = [
    "source", "sources", "said by", "speaker", "who", "according to", "by", "author", "origin",
    "auteur", "selon", "origine", "locuteur", "émetteur",
  ]
  static let dateHeaders: WordSet = ["date", "when", "as of", "dated", "quand", "publié le"]
  /// Header words of a column that says what span of time the figures cover.
  static let periodHeaders: WordSet = [
    "period", "quarter", "year", "month", "période", "periode", "trimestre", "année", "mois",
  ]

  /// Nil unless `block` is a table row with a header whose cells lie in the text.
  init?(block: Block, in document: Document, language: Language) {
    let length = document.text.utf8.count
    guard let cells = block.cells, let columns = block.columns, cells.count <= columns.count,
      cells.allSatisfy({ $0.start <= $0.end && $0.end <= length })
    else { return nil }
    let names = columns.map(Self.headerName)
    let sources = names.indices.filter {
      Self.sourceHeaders.contains(names[$0]) && $0 < cells.count
    }
    let dates = names.indices.filter { Self.dateHeaders.contains(names[$0]) && $0 < cells.count }
    let periods = names.indices.filter {
      Self.periodHeaders.contains(names[$0]) && $0 < cells.count
    }
    let shared = SharedLexicon.forLanguage(language)
    let text = document.text
    let utf8 = text.utf8
    func cellText(_ span: TextSpan) -> Substring {
      let start = utf8.index(utf8.startIndex, offsetBy: span.start)
      return text[start..<utf8.index(start, offsetBy: span.length)]
    }
    let start = utf8.index(utf8.startIndex, offsetBy: block.span.start)
    let rowText = text[start..<utf8.index(start, offsetBy: block.span.length)]
    // A cell that is only a period ("February", « mars 2026 ») under any other header dates
    // the row's figures.
    let periodCells = cells.indices.filter { column in
      column > 0 && column < names.count && !sources.contains(column) && !dates.contains(column)
        && !periods.contains(column)
        && Self.isOnlyPeriod(cellText(cells[column]), lexicon: shared, date: document.published)
    }
    let aside = (sources + dates + periods + periodCells).map { cells[$0] }
    for column in cells.indices.dropFirst() where column < columns.count {
      // (A header opens with a capital as a sentence does: « Lits Astrée ».)
      var header = Tokenizer.tokenize(columns[column][...], baseOffset: 0)
      if let first = header.first, first.kind == .word { header[0].text = first.lower }
      guard !header.isEmpty,
        !header.contains(where: {
          shared.lexicon.restatingNouns.contains($0)
            || shared.lexicon.quantityHeaders.contains($0)
        }),
        let item = ItemFinder.item(after: 0, in: header, lexicon: shared.lexicon)
      else { continue }
      columnItems.append((cells[column], item))
    }
    tokens = Tokenizer.tokenize(rowText, baseOffset: block.span.start).filter { token in
      !aside.contains { token.start >= $0.start && token.end <= $0.end }
    }
    speaker =
      sources.lazy.compactMap { column in
        ClaimExtractor.firstName(in: String(cellText(cells[column])), language: language)
      }.first
    period =
      (periods + periodCells).lazy.compactMap { column -> Period? in
        let cellTokens = Tokenizer.tokenize(cellText(cells[column]), baseOffset: 0)
        return PeriodResolver(
          tokens: cellTokens, lexicon: shared, documentDate: document.published,
          fiscalYearStartMonth: nil
        ).first
      }.first
    date =
      (dates + sources).lazy.compactMap { column -> String? in
        let cell = cellText(cells[column])
        let cellTokens = Tokenizer.tokenize(cell, baseOffset: 0)
        return PeriodResolver(
          tokens: cellTokens, lexicon: shared, documentDate: document.published,
          fiscalYearStartMonth: nil
        ).first?.start
      }.first
  }

  /// Whether a cell says nothing but a period: words and a year, or a day with a month.
  private static func isOnlyPeriod(_ cell: Substring, lexicon: SharedLexicon, date: String?)
    -> Bool
  {
    let tokens = Tokenizer.tokenize(cell, baseOffset: 0)
    let hasMonth = tokens.contains { lexicon.lexicon.months[$0] != nil }
    guard !tokens.isEmpty,
      tokens.allSatisfy({ token in
        token.kind == .word || token.kind == .symbol
          || (token.kind == .number
            && (token.text.count == 4 || (hasMonth && (Int(token.text) ?? 99) <= 31)))
      })
    else { return false }
    return PeriodResolver(
      tokens: tokens, lexicon: lexicon, documentDate: date, fiscalYearStartMonth: nil
    ).first != nil
  }

  /// A header cell as a lower-case name: "**Source**" → "source".
  private static func headerName(_ text: String) -> String {
    text.lowercased().trimmingCharacters(in: .letters.inverted)
  }
}
