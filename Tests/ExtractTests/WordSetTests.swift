import Core
import Testing

@testable import Extract

@Suite struct WordSetTests {
  @Test("a word set holds what was inserted, in order, and nothing else")
  func holdsItsWords() {
    var words: WordSet = ["livré", "delivered", "and"]
    #expect(words.contains("livré"))
    #expect(words.contains("delivered"))
    #expect(!words.contains("deliver"))
    #expect(!words.contains(""))
    #expect(words.insert("and").inserted == false)
    #expect(words.insert("et").inserted)
    #expect(Array(words) == ["livré", "delivered", "and", "et"])
    #expect(words.count == 4)
    #expect(!WordSet().contains("and"))
  }

  @Test("a token is looked up by the hash it carries, whatever its case or script")
  func tokensByHash() {
    let words: WordSet = ["livrées", "h100", "qu’"]
    let tokens = Tokenizer.tokenize("Livrées : 12 H100, QU’IL"[...], baseOffset: 0)
    #expect(tokens.map { words.contains($0) } == tokens.map { words.contains($0.lower) })
    #expect(tokens.filter { words.contains($0) }.map(\.text) == ["Livrées", "H100"])
    // Each token's hash is its lower case's, however the tokenizer made it.
    let mixed = Tokenizer.tokenize(
      "the Fleet took 12 H100s, 4k units and «éTÉ» au total"[...], baseOffset: 0)
    #expect(mixed.allSatisfy { $0.lowerHash == FNV1a.hash($0.lower.utf8) })
    #expect(mixed.allSatisfy { $0.lower == $0.text.lowercased() })
    // A token whose text is replaced is looked up by its new text.
    var token = tokens[0]
    token.lower = "h100"
    #expect(words.contains(token))
  }

  @Test("a word set grows past its first table and keeps every word")
  func grows() {
    let many = (0..<5_000).map { "word\($0)" }
    let words = WordSet(many)
    #expect(many.allSatisfy(words.contains))
    #expect(!words.contains("word5000"))
    #expect(words.count == 5_000)
  }

  @Test("set operations give what Set would")
  func setOperations() {
    let left: WordSet = ["a", "b", "c"]
    #expect(left.union(["c", "d"]) == ["a", "b", "c", "d"])
    #expect(left.subtracting(["b"]) == ["c", "a"])
    #expect(left.isDisjoint(with: ["x", "y"]))
    #expect(!left.isDisjoint(with: ["x", "a"]))
    #expect(WordSet(["b"]).isSubset(of: left))
    #expect(left != ["a", "b"])
  }
}

@Suite struct WordMapTests {
  @Test("a word map gives each word's value, by string or by token, and the last value set")
  func values() {
    var months: WordMap<Int> = ["mai": 5, "may": 5, "juin": 6]
    months["june"] = 6
    months["mai"] = 50
    #expect(months["mai"] == 50)
    #expect(months["june"] == 6)
    #expect(months["july"] == nil)
    #expect(months.keys == ["mai", "may", "juin", "june"])
    let tokens = Tokenizer.tokenize("Livrées en JUIN", baseOffset: 0)
    #expect(tokens.map { months[$0] } == [nil, nil, 6])
    #expect(WordMap(["b": 2, "a": 1]).keys == ["a", "b"])
  }

  @Test("a phrase list finds, at a token, the first phrase in its order that the tokens spell")
  func phraseListsInOrder() {
    let tokens = Tokenizer.tokenize("At the end of the year, jusqu'à la fin"[...], baseOffset: 0)
    let phrases: PhraseList = [
      ["the", "end", "of", "the", "decade"], ["the", "end"], ["the", "end", "of"], [],
      ["jusqu", "'", "à"], ["year", ",", "jusqu", "'", "à", "la", "fin", "de"],
    ]
    // Every start, against the rule written out: the first listed phrase that fits and matches.
    for index in tokens.indices {
      let expected = phrases.phrases.first { phrase in
        !phrase.isEmpty && index + phrase.count <= tokens.count
          && zip(phrase, tokens[index...]).allSatisfy { $0 == $1.lower }
      }.map { index + $0.count }
      #expect(phrases.end(at: index, in: tokens) == expected)
    }
    #expect(phrases.end(at: 1, in: tokens) == 3)
    #expect(phrases.end(at: 7, in: tokens) == 10)
    // A phrase that runs past the last token does not match; nor does anything past the end.
    #expect(phrases.end(at: 5, in: tokens) == nil)
    #expect(phrases.end(at: 6, in: tokens) == nil)
    #expect(phrases.end(at: tokens.count, in: tokens) == nil)
    #expect(PhraseList([]).end(at: 0, in: tokens) == nil)
  }

  @Test("a token's lower case is matched to a word byte for byte, as a word set matches it")
  func lowerIsAsWordSet() {
    let text = "About 1,200 Réseaux, e\u{0301}té ÉTÉ au-delà; Tesla's 5 chips"
    let tokens = Tokenizer.tokenize(text[...], baseOffset: 0)
    let words = [
      "about", "About", "1,200", "1", "200", "réseaux", "re\u{0301}seaux", "été", "e\u{0301}té",
      ";", "-", "au", "delà", "tesla", "s", "'", "", "chips", "chip",
    ]
    for token in tokens {
      for word in words {
        #expect(token.lowerIs(word) == WordSet([word]).contains(token), "\(token.text) / \(word)")
      }
    }
  }
}
