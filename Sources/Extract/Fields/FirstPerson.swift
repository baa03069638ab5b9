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

  /// `people`: each person who speaks for an entity → the entity; `domains`: mail domain →
  /// entity; `organisations`: the names of the parties Tally knows, whose mail domain may be
  /// named after them (`mrahal@nimbara.example` writes for Nimbara Cloud).
  init(
    people: [String: String] = [:], domains: [String: String] = [:],
    organisations: [String] = []
  ) {
    var byKey: [String: String] = [:]
    var ambiguous = Set<String>()
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

  /// The organisation a person the document names speaks for, by tally.yml's `people` or an
  /// apposition in the document: "Mireille Castagnet, directrice des achats du Groupe
  /// Hospitalier Sainte-Aure, affirme avoir reçu 1 800 pompes" is about the group.
  func organisations(in document: Document) -> @Sendable (String) -> String? {
    let appositions = Self.appositions(in: document)
    let people = self.people
    return { name in
      let key = Self.key(name)
      return people[key] ?? appositions[key]
    }
  }

  /// The party "we" stands for in each block of `document`, worked out once per speaker.
  func parties(in document: Document) -> (Block) -> String? {
    let appositions = Self.appositions(in: document)
    let title =
      document.kind == .transcript
      ? ClaimExtractor.firstName(in: document.title, language: document.language) : nil
    let sender =
      document.format == .email || document.format == .mbox
      ? document.metadata["from"].flatMap(Self.domain(ofAddress:)).flatMap(entity(ofDomain:))
      : nil
    let people = self.people
    return { block in
      let speaker =
        block.speaker ?? (block.quoted ? block.quotedAuthor : document.author)
      if let speaker {
        let key = Self.key(speaker)
        if let entity = people[key] ?? appositions[key] { return entity }
        let last = speaker.split(separator: " ").last.map { Self.key(String($0)) } ?? key
        if let entity = people[last] ?? appositions[last] { return entity }
      }
      if !block.quoted, block.speaker == nil, let sender { return sender }
      return title
    }
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
  private static func domainKey(_ text: String) -> String {
    text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
      .filter { $0.isLetter || $0.isNumber }
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
  static func appositions(in document: Document) -> [String: String] {
    var found: [String: String] = [:]
    let text = document.text
    let utf8 = text.utf8
    for block in document.blocks {
      let start = utf8.index(utf8.startIndex, offsetBy: block.span.start)
      let end = utf8.index(start, offsetBy: block.span.length)
      let blockText = text[start..<end]
      // Most blocks have no apposition: a comma is needed before anything is tokenized.
      guard blockText.utf8.contains(UInt8(ascii: ",")) else { continue }
      let language: Language = document.language == .fr ? .fr : .en
      let lexicon = Lexicon.forLanguage(language)
      let rules = FrameRules.forLanguage(language)
      let tokens = Tokenizer.tokenize(blockText, baseOffset: 0)
      var index = 0
      while index < tokens.count {
        guard let (person, nameEnd) = Names.name(startingAt: index, in: tokens, lexicon: lexicon),
          person.contains(" "), nameEnd + 2 < tokens.count, tokens[nameEnd + 1].text == ","
        else {
          index += 1
          continue
        }
        var probe = nameEnd + 2
        var titled = false
        while probe < min(tokens.count, nameEnd + 10),
          ![",", ".", ";"].contains(tokens[probe].text)
        {
          let word = tokens[probe].lower
          titled = titled || rules.titleWords.contains(word)
          if titled, rules.organisationPrepositions.contains(word) {
            var after = probe + 1
            if after < tokens.count, ["'", "’"].contains(tokens[after].text) { after += 1 }
            if let (organisation, _) = Names.name(startingAt: after, in: tokens, lexicon: lexicon) {
              let key = key(person)
              if found[key] == nil { found[key] = organisation }
              if let last = person.split(separator: " ").last, found[Self.key(String(last))] == nil
              {
                found[Self.key(String(last))] = organisation
              }
            }
            break
          }
          probe += 1
        }
        index = nameEnd + 1
      }
    }
    return found
  }

  private static func key(_ name: String) -> String {
    name.lowercased().filter { $0.isLetter || $0.isNumber }
  }
}
