import Core
import Foundation

/// Whom "we", "our" and « nous » stand for: the organisation of whoever speaks or writes.
///
/// In order: the speaker's organisation as tally.yml lists its people (`people:`), or as the
/// document itself says in an apposition ("Mara Lind, chief financial officer of Nordhavn
/// Ferries", « Jeanne Roy, directrice des achats de Domvia »); for the writer of a mail, the
/// organisation of the sender's domain (`domains:`); in a call transcript, the company its
/// heading names.
struct FirstPerson: Sendable {
  /// A person's name, as a key (full name, and last name when only one person has it), to the
  /// entity they speak for.
  private let people: [String: String]
  /// Mail domains, lower-case, to entities.
  private let domains: [String: String]
  /// Organisations by the key a mail domain's name would give them ("nimbara" for Nimbara
  /// Cloud, "ligeriamobilites" for Ligéria Mobilités): the whole name, and its first word.
  private let organisations: [String: String]
  /// Configured descriptions (`descriptionKey(_:)`) to their entities: "Françoise Delvaux,
  /// director general of the Belgian network" speaks for the network's entity.
  private let descriptions: [String: String]

  /// `people`: each person who speaks for an entity → the entity; `domains`: mail domain →
  /// entity; `organisations`: the names of the parties Tally knows, whose mail domain may be
  /// named after them (`mrahal@nimbara.example` writes for Nimbara Cloud); `descriptions`:
  /// tally.yml's descriptions ("the ferry operator") → entity.
  init(
    people: [String: String] = [:], domains: [String: String] = [:],
    organisations: [String] = [], descriptions: [String: String] = [:]
  ) {
    self.descriptions = Dictionary(
      descriptions.map { (Self.descriptionKey($0.key), $0.value) },
      uniquingKeysWith: { first, _ in first })
    var byKey: [String: String] = [:]
    var ambiguous = WordSet()
    for name in organisations.sorted() {
      let words = name.split(separator: " ")
      var keys = [Self.domainKey(name)]
      if let first = words.first, words.count > 1, first.count >= 4 {
        keys.append(Self.domainKey(String(first)))
      }
      for key in keys where !key.isEmpty {
        if let known = byKey[key], known != name { ambiguous.insert(key) }
        byKey[key] = byKey[key] ?? name
      }
    }
    for key in ambiguous { byKey[key] = nil }
    self.organisations = byKey
    var keys: [String: String] = [:]
    var lastNames: [String: Set<String>] = [:]
    for (person, entity) in people {
      keys[Self.key(person)] = entity
      if let last = person.split(separator: " ").last, person.contains(" ") {
        lastNames[Self.key(String(last)), default: []].insert(entity)
      }
    }
    for (last, entities) in lastNames where entities.count == 1 && keys[last] == nil {
      keys[last] = entities.first
    }
    self.people = keys
    self.domains = domains
  }

  /// What a document says of who speaks for whom, worked out once per document: the
  /// organisation of a person it names, and the party "we" stands for in each of its blocks.
  ///
  /// A class, so that every sentence of the document shares one.
  final class DocumentPeople: Sendable {
    fileprivate let people: [String: String]
    fileprivate let appositions: [String: String]
    fileprivate let title: String?
    fileprivate let sender: String?
    /// The organisation a mail is written to (its To addresses' one entity).
    fileprivate let recipient: String?
    fileprivate let author: String?

    fileprivate let organisations: [String: String]

    fileprivate init(
      people: [String: String], appositions: [String: String], organisations: [String: String],
      title: String?, sender: String?, recipient: String? = nil, author: String?
    ) {
      self.people = people
      self.appositions = appositions
      self.organisations = organisations
      self.title = title
      self.sender = sender
      self.recipient = recipient
      self.author = author
    }

    /// The same document's people with these appositions.
    fileprivate func with(appositions: [String: String]) -> DocumentPeople {
      DocumentPeople(
        people: people, appositions: appositions, organisations: organisations, title: title,
        sender: sender, recipient: recipient, author: author)
    }

    /// People the document ties to an organisation, as `key(_:)` keys them.
    var placed: [String: String] { appositions }

    /// The organisation a person the document names speaks for, by tally.yml's `people` or an
    /// apposition in the document: "Mireille Castagnet, directrice des achats du Groupe
    /// Hospitalier Sainte-Aure, affirme avoir reçu 1 800 pompes" is about the group.
    func organisation(of name: String) -> String? {
      // Most documents name no one's organisation: no key is worked out for nothing.
      guard !people.isEmpty || !appositions.isEmpty else { return nil }
      return FirstPerson.organisation(of: name, in: [people, appositions])
    }

    /// Whether the document or tally.yml ties any person to an organisation.
    var knowsPeople: Bool { !people.isEmpty || !appositions.isEmpty }

    /// An author or speaker that is itself a party Tally knows ("Boréal Rail" posting).
    private func knownOrganisation(_ name: String) -> String? {
      organisations.isEmpty ? nil : organisations[FirstPerson.domainKey(name)]
    }

    /// The party "you" and « vous » stand for in `block`: in a transcript, what someone from
    /// outside the company says to it ("Cairnmoor paid you £4.89 million").
    ///
    /// In a mail, the organisation it is written to: « les 2 000 tablettes que vous avez cédées
    /// au réseau », written to the académie, are the académie's (not in a quoted reply, where
    /// "you" is someone else).
    func secondPersonParty(in block: Block) -> String? {
      guard let title, let speaker = block.speaker else {
        guard !block.quoted, let recipient, recipient != sender else { return nil }
        return recipient
      }
      let party = organisation(of: speaker) ?? knownOrganisation(speaker)
      return party == title ? nil : title
    }

    /// The person who speaks or writes `block`, whose organisation the document does not say:
    /// their "we" may be tied to one by another document of the corpus.
    func unplacedSpeaker(in block: Block) -> String? {
      guard firstPersonParty(in: block) == nil else { return nil }
      let speaker = block.speaker ?? (block.quoted ? block.quotedAuthor : author)
      guard let speaker, speaker.contains(" ") || speaker.first?.isUppercase == true else {
        return nil
      }
      return speaker
    }

    /// The party "we" stands for in `block`: its speaker's or writer's organisation, the mail
    /// sender's, or the company a transcript's heading names.
    func firstPersonParty(in block: Block) -> String? {
      let speaker = block.speaker ?? (block.quoted ? block.quotedAuthor : author)
      if let speaker, let entity = organisation(of: speaker) ?? knownOrganisation(speaker) {
        return entity
      }
      if !block.quoted, block.speaker == nil, let sender { return sender }
      return title
    }
  }

  /// Who speaks for whom in `document`.
  func people(in document: Document) -> DocumentPeople {
    var ours: [(key: String, offset: Int)] = []
    var appositions = Self.appositions(in: document, descriptions: descriptions, ours: &ours)
    let people = DocumentPeople(
      people: people, appositions: appositions, organisations: organisations,
      title: document.kind == .transcript
        ? ClaimExtractor.firstName(in: document.title, language: document.language) : nil,
      sender: document.format == .email || document.format == .mbox
        ? document.metadata["from"].flatMap(Self.domain(ofAddress:)).flatMap(entity(ofDomain:))
        : nil,
      recipient: document.format == .email || document.format == .mbox
        ? document.metadata["to"].flatMap(recipient(of:)) : nil,
      author: document.author)
    guard !ours.isEmpty else { return people }
    // "With me are Orla Brennan, our chief executive, …" in Northgate's call: Northgate's.
    var blocks = document.blocks.makeIterator()
    var block = blocks.next()
    for (key, offset) in ours where appositions[key] == nil {
      while let current = block, current.span.end <= offset { block = blocks.next() }
      guard let block, block.span.start <= offset,
        let party = people.firstPersonParty(in: block)
      else { continue }
      appositions[key] = party
    }
    return people.with(appositions: appositions)
  }

  /// Who speaks for whom in a piece of text (a spec case, a test) by its author.
  func people(inText text: String, language: Language, author: String?) -> DocumentPeople {
    var text = text
    let appositions = text.withUTF8 {
      Self.appositions(in: $0, language: language, descriptions: descriptions)
    }
    return DocumentPeople(
      people: people, appositions: appositions, organisations: organisations, title: nil,
      sender: nil, author: author)
  }

  /// The entity of a mail domain or of a domain it is under (`mail.nordhavn.example`), else
  /// the organisation the domain is named after (`nimbara.example`).
  private func entity(ofDomain domain: String) -> String? {
    var rest = Substring(domain)
    while !rest.isEmpty {
      if let entity = domains[String(rest)] { return entity }
      guard let dot = rest.firstIndex(of: ".") else { break }
      rest = rest[rest.index(after: dot)...]
    }
    // The label before the top-level one: "nimbara" in mail.nimbara.example.
    let labels = domain.split(separator: ".")
    guard labels.count >= 2 else { return nil }
    return organisations[Self.domainKey(String(labels[labels.count - 2]))]
  }

  /// Letters and digits, lower-case, without accents: "Ligéria Mobilités" and
  /// "ligeria-mobilites" are both `ligeriamobilites`.
  fileprivate static func domainKey(_ text: String) -> String {
    text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
      .filter { $0.isLetter || $0.isNumber }
  }

  /// The one entity a To header's addresses belong to, if they all belong to one.
  private func recipient(of header: String) -> String? {
    let entities = Set(
      header.split(separator: ",").map { address in
        Self.domain(ofAddress: String(address)).flatMap(entity(ofDomain:))
      })
    guard entities.count == 1, let entity = entities.first else { return nil }
    return entity
  }

  /// The domain of the address in a From header: `Mara Lind <mara@nordhavn.example>`.
  private static func domain(ofAddress header: String) -> String? {
    guard let at = header.lastIndex(of: "@") else { return nil }
    let domain = header[header.index(after: at)...].prefix { $0 != ">" && $0 != " " }
    return domain.isEmpty ? nil : domain.lowercased()
  }

  /// People the document ties to an organisation by an apposition: a name, a comma, a job
  /// title (at most seven words, one of them a title word) and "of", "at", « de », « chez » before
  /// the organisation's name.
  ///
  /// Also, in `ours`, the people whose title is "ours" (« Orla Brennan, notre directrice
  /// générale », "Orla Brennan, our chief executive") by key and where they are named: they
  /// speak for whomever "we" stands for there.
  static func appositions(
    in document: Document, descriptions: [String: String],
    ours: inout [(key: String, offset: Int)]
  ) -> [String: String] {
    var text = document.text
    return text.withUTF8 {
      appositions(
        in: $0, language: document.language, descriptions: descriptions, ours: &ours)
    }
  }

  /// A description as a key that an article before it does not change: "the Belgian network",
  /// "Belgian network" and « le réseau belge » after « du » match alike.
  static func descriptionKey(_ phrase: String) -> String {
    var words = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" })
    if let first = words.first, ["the", "le", "la", "les", "l"].contains(first) {
      words.removeFirst()
    }
    return words.joined(separator: " ")
  }

  /// The configured description that the words from `start` to the clause's end open with,
  /// longest first, and its entity.
  private static func described(
    from start: Int, in tokens: [Token], descriptions: [String: String]
  ) -> String? {
    guard !descriptions.isEmpty else { return nil }
    var words: [String] = []
    var index = start
    while index < min(tokens.count, start + 6),
      tokens[index].kind == .word
        || ["'", "’"].contains(tokens[index].text)
    {
      if tokens[index].kind == .word { words.append(tokens[index].text) }
      index += 1
    }
    while !words.isEmpty {
      if let entity = descriptions[descriptionKey(words.joined(separator: " "))] {
        return entity
      }
      words.removeLast()
    }
    return nil
  }

  private static func appositions(
    in bytes: UnsafeBufferPointer<UInt8>, language: Language, descriptions: [String: String]
  )
    -> [String: String]
  {
    var ours: [(key: String, offset: Int)] = []
    return appositions(in: bytes, language: language, descriptions: descriptions, ours: &ours)
  }

  private static func appositions(
    in bytes: UnsafeBufferPointer<UInt8>, language: Language, descriptions: [String: String],
    ours: inout [(key: String, offset: Int)]
  )
    -> [String: String]
  {
    var found: [String: String] = [:]
    let language: Language = language == .fr ? .fr : .en
    let lexicon = Lexicon.forLanguage(language)
    let rules = FrameRules.forLanguage(language)
    // Only around a comma that follows two capitalised words ("Mara Lind,") and opens a title
    // is anything tokenized, and only a window of the text: the scan stays linear in the text.
    var comma = -1
    while true {
      comma += 1
      while comma < bytes.count, bytes[comma] != UInt8(ascii: ",") { comma += 1 }
      guard comma < bytes.count else { break }
      guard Self.followsTwoCapitalisedWords(comma, in: bytes) else { continue }
      // "Hélène Marquet, 58 ans, présidente de Ligéria", "Mara Lind, 47, chief financial
      // officer of Nordhavn": an age between the name and the title.
      var titleComma = comma
      if !Self.opensTitle(after: comma, in: bytes) {
        guard let after = Self.commaAfterAge(comma, in: bytes),
          Self.opensTitle(after: after, in: bytes)
        else { continue }
        titleComma = after
      }
      var from = max(0, comma - 60)
      while from > 0, bytes[from] & 0xC0 == 0x80 { from -= 1 }
      var to = min(bytes.count, comma + 160)
      while to < bytes.count, bytes[to] & 0xC0 == 0x80 { to += 1 }
      let window = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
      let tokens = Tokenizer.tokenize(window[...], baseOffset: from)
      guard let commaToken = tokens.firstIndex(where: { $0.start == comma }) else { continue }
      var start = commaToken - 1
      while start > 0, Names.isNameToken(tokens[start - 1], lexicon: lexicon) { start -= 1 }
      guard let (person, nameEnd) = Names.name(startingAt: start, in: tokens, lexicon: lexicon),
        nameEnd == commaToken - 1, person.contains(" ")
      else { continue }
      var probe = commaToken + 1
      if titleComma != comma,
        let second = tokens.firstIndex(where: { $0.start == titleComma })
      {
        probe = second + 1
      }
      let titleStart = probe
      // "Orla Brennan, our chief executive,": the title is ours, and so is the person.
      if titleStart + 1 < tokens.count, rules.firstPerson.contains(tokens[titleStart]),
        rules.determiners.contains(tokens[titleStart]),
        tokens[(titleStart + 1)..<min(tokens.count, titleStart + 5)].prefix(while: {
          $0.kind == .word
        }).contains(where: { rules.titleWords.contains($0) })
      {
        ours.append((key(person), comma))
        if let last = person.split(separator: " ").last {
          ours.append((Self.key(String(last)), comma))
        }
        continue
      }
      var titled = false
      while probe < min(tokens.count, titleStart + 8),
        ![",", ".", ";"].contains(tokens[probe].text)
      {
        let word = tokens[probe].lower
        titled = titled || rules.titleWords.contains(word)
        if titled, rules.organisationPrepositions.contains(word) {
          var after = probe + 1
          if after < tokens.count, ["'", "’"].contains(tokens[after].text) { after += 1 }
          // ("head of procurement at the ferry operator": the organisation may come after a
          // second preposition.)
          if let organisation = Names.name(startingAt: after, in: tokens, lexicon: lexicon)?.0
            ?? described(from: after, in: tokens, descriptions: descriptions)
          {
            let key = key(person)
            if found[key] == nil { found[key] = organisation }
            if let last = person.split(separator: " ").last, found[Self.key(String(last))] == nil {
              found[Self.key(String(last))] = organisation
            }
            break
          }
        }
        probe += 1
      }
    }
    return found
  }

  /// The comma that closes an age right after `comma` (", 58 ans,", ", 47,", ", 61 years old,").
  private static func commaAfterAge(_ comma: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = comma + 1
    while index < bytes.count, bytes[index] == 0x20 { index += 1 }
    let digits = index
    while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
    guard index - digits == 2 || index - digits == 3 else { return nil }
    // At most a few words ("ans", "years old") before the next comma.
    let limit = min(bytes.count, index + 12)
    while index < limit {
      let byte = bytes[index]
      if byte == UInt8(ascii: ",") { return index }
      guard byte == 0x20 || (byte >= 0x61 && byte <= 0x7A) else { return nil }
      index += 1
    }
    return nil
  }

  /// Whether the word after a comma can open a job title: lower-case ("chief", « directrice »,
  /// "the") or a short acronym ("CFO", « PDG »); "New York, Tesla said" opens none.
  private static func opensTitle(after comma: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = comma + 1
    while index < bytes.count, bytes[index] == 0x20 { index += 1 }
    guard index < bytes.count else { return false }
    let byte = bytes[index]
    if (byte >= 0x61 && byte <= 0x7A) || byte >= 0xC3 { return true }
    var end = index
    while end < bytes.count, bytes[end] >= 0x41 && bytes[end] <= 0x5A { end += 1 }
    return end - index >= 2 && end - index <= 4
  }

  /// Whether the two words before a comma start with capitals ("Mara Lind,", « Jeanne Roy, »).
  private static func followsTwoCapitalisedWords(_ comma: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    // A word of a name is short: the walk back stops after 40 bytes, so that a long run
    // without spaces ("a,b,c,…") is not read again at every comma.
    func wordStart(before end: Int) -> Int? {
      var index = end
      while index > 0, end - index < 40, bytes[index - 1] != 0x20, bytes[index - 1] != 0x0A {
        index -= 1
      }
      return index < end && (index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x0A)
        ? index : nil
    }
    func capitalised(_ index: Int) -> Bool {
      let byte = bytes[index]
      return (byte >= 0x41 && byte <= 0x5A) || byte >= 0xC3
    }
    guard let last = wordStart(before: comma), capitalised(last), last >= 2,
      bytes[last - 1] == 0x20, let previous = wordStart(before: last - 1)
    else { return false }
    return capitalised(previous)
  }

  static func key(_ name: String) -> String {
    // ASCII (most names) by bytes: there a character is a letter or a number when it is an
    // ASCII letter or digit, and "\r\n", the one character of two bytes, is neither.
    if name.utf8.allSatisfy({ $0 < 0x80 }) {
      return String(
        decoding: name.utf8.lazy.filter {
          ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39)
        }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
    return name.lowercasedByScalar().filter { $0.isLetter || $0.isNumber }
  }

  /// The organisation `maps` (keyed by `key(_:)`, in order of trust) give a person, by full
  /// name, else by last name: "Mme Castagnet", "Ms Lind" are known as Castagnet and Lind.
  static func organisation(of name: String, in maps: [[String: String]]) -> String? {
    let full = key(name)
    for map in maps { if let found = map[full] { return found } }
    guard let space = name.lastIndex(of: " ") else { return nil }
    let last = key(String(name[name.index(after: space)...]))
    for map in maps { if let found = map[last] { return found } }
    return nil
  }
}
