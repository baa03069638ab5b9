import Core
import Foundation
import TestSupport
import Testing

@testable import Ingest

@Suite struct PostsAndFeedsTests {
  @Test("an X archive: tweets.js posts, author from account.js beside it, entities undone")
  func xArchive() throws {
    let folder = try TemporaryDirectory()
    try folder.write(
      "posts/account.js",
      """
      window.YTD.account.part0 = [ { "account" : { "username" : "elonmusk", "accountDisplayName" : "Elon Musk" } } ]
      """)
    try folder.write(
      "posts/tweets.js",
      """
      window.YTD.tweets.part0 = [ {
        "tweet" : {
          "id_str" : "1798032233722810365",
          "created_at" : "Tue Jun 04 16:41:05 +0000 2024",
          "full_text" : "The south extension will house 50k H100s &amp; more.\\n\\nSoon.",
          "lang" : "en"
        }
      }, {
        "tweet" : { "id_str" : "2", "created_at" : "Mon Jan 15 23:52:40 +0000 2024",
                    "full_text" : "About 25% voting control \\u2014 no less." }
      } ]
      """)
    let entries = CorpusWalker.walk([folder.url.path])
    let outcomes = entries.map { Ingestor().ingest($0) }
    #expect(outcomes.map(\.status) == [.skipped, .ok])
    let posts = outcomes[1].documents
    #expect(posts.map(\.id) == ["posts/tweets.js#1", "posts/tweets.js#2"])
    #expect(posts[0].author == "Elon Musk")
    #expect(posts[0].published == "2024-06-04T16:41:05+00:00")
    #expect(posts[0].metadata["url"] == "https://x.com/elonmusk/status/1798032233722810365")
    #expect(posts[0].blockTexts == ["The south extension will house 50k H100s & more.", "Soon."])
    #expect(posts[0].kind == .post)
    #expect(posts[1].text == "About 25% voting control — no less.")
    // "50k" sits on line 5 of tweets.js, column 51 (after four spaces, the key and 31 characters).
    let position = posts[0].position(of: try #require(posts[0].offset(of: "50k")))
    #expect(position == SourcePosition(line: 5, column: 51))
  }

  @Test("JSON Lines of plain records: author, date, text, each its own post")
  func jsonLines() throws {
    let lines = """
      {"author": "Analyst One", "date": "2024-06-05", "text": "Tesla spends ~$10B on AI this year."}
      {"user": {"name": "Analyst Two"}, "created_at": "2024-06-06T10:00:00Z", "content": "Nvidia gets $3-4B of it."}

      {"author": "No text here"}
      [1, 2]
      """
    let outcome = Ingestor().ingest(Array(lines.utf8), path: "posts/feed.jsonl")
    #expect(outcome.status == .ok)
    #expect(outcome.documents.map(\.author) == ["Analyst One", "Analyst Two"])
    #expect(outcome.documents.map(\.published) == ["2024-06-05", "2024-06-06T10:00:00+00:00"])
    #expect(outcome.warnings.map(\.code) == ["ING040", "ING041"])
    #expect(outcome.warnings.first?.position?.line == 4)
  }

  @Test("an ActivityStreams outbox: notes' HTML read as fragments")
  func outbox() throws {
    let outbox = """
      {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection",
       "orderedItems": [
        {"type": "Create", "actor": "https://social.example/users/analyst",
         "object": {"type": "Note", "id": "https://social.example/users/analyst/statuses/1",
                    "published": "2024-06-05T09:00:00Z", "content": "<p>Giga Texas: 50,000 H100s.</p><p>Second &amp; last.</p>",
                    "attributedTo": "https://social.example/users/analyst", "contentMap": {"en": "x"}}},
        {"type": "Announce", "actor": "https://social.example/users/analyst", "object": "https://elsewhere.example/1"}
       ]}
      """
    let outcome = Ingestor().ingest(Array(outbox.utf8), path: "posts/outbox.json")
    #expect(outcome.documents.count == 1)
    let note = try #require(outcome.documents.first)
    #expect(note.blockTexts == ["Giga Texas: 50,000 H100s.", "Second & last."])
    #expect(note.author == "analyst")
    #expect(note.site == "social.example")
    #expect(outcome.warnings.map(\.code) == ["ING040"])
  }

  @Test("malformed JSON fails with the line and column of the fault")
  func malformedJSON() {
    let outcome = Ingestor().ingest(
      Array("[{\"text\": \"ok\"},\n {\"text\": oops}]".utf8), path: "posts/p.json")
    #expect(outcome.status == .failed)
    #expect(outcome.reason == "malformed JSON at line 2, column 11: unexpected character 'o'")
  }

  @Test("an Atom feed: one document per entry, HTML content read, feed title as site")
  func atom() throws {
    let feed = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
        <title>Ledger Lines</title>
        <author><name>Owen Castellano</name></author>
        <entry>
          <title>Musk's split: $3–4B</title>
          <id>tag:ledger.example,2024:1</id>
          <link rel="alternate" href="https://ledger.example/1"/>
          <published>2024-06-05T07:30:00Z</published>
          <content type="html">&lt;p&gt;Nvidia hardware: $3&amp;ndash;4 billion.&lt;/p&gt;&lt;p&gt;Total: ~$10B.&lt;/p&gt;</content>
        </entry>
        <entry>
          <title>Plain</title>
          <author><name>Guest Writer</name></author>
          <content type="text">Tesla had 35,000 H100s running.</content>
        </entry>
      </feed>
      """
    let outcome = Ingestor().ingest(Array(feed.utf8), path: "posts/feed.atom")
    #expect(outcome.status == .ok)
    let entries = outcome.documents
    #expect(entries.map(\.id) == ["posts/feed.atom#1", "posts/feed.atom#2"])
    #expect(entries[0].blockTexts == ["Nvidia hardware: $3–4 billion.", "Total: ~$10B."])
    #expect(entries[0].site == "Ledger Lines")
    #expect(entries[0].author == "Owen Castellano")
    #expect(entries[0].metadata["url"] == "https://ledger.example/1")
    #expect(entries[0].published == "2024-06-05T07:30:00+00:00")
    #expect(entries[0].position(of: 0).line == 10)
    #expect(entries[1].author == "Guest Writer")
    #expect(entries[1].text == "Tesla had 35,000 H100s running.")
  }

  @Test("escaped HTML content maps each of its lines to its own source line")
  func escapedLines() throws {
    let feed = """
      <?xml version="1.0"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
        <entry><title>Split</title><id>1</id>
          <content type="html">&lt;p&gt;First line.&lt;/p&gt;
      &lt;ul&gt;
        &lt;li&gt;Spend: &lt;strong&gt;about $10 billion&lt;/strong&gt;.&lt;/li&gt;
        &lt;li&gt;Nvidia hardware: $3&amp;ndash;4 billion.&lt;/li&gt;
      &lt;/ul&gt;</content>
        </entry>
      </feed>
      """
    let entry = try #require(Ingestor().ingest(Array(feed.utf8), path: "f.atom").documents.first)
    #expect(entry.position(of: try #require(entry.offset(of: "First"))).line == 4)
    #expect(entry.position(of: try #require(entry.offset(of: "about $10"))).line == 6)
    #expect(entry.position(of: try #require(entry.offset(of: "$3–4"))).line == 7)
  }

  @Test("escaped content with character references to line breaks keeps its first line")
  func escapedBreaks() throws {
    let feed = """
      <?xml version="1.0"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
        <entry><title>Split</title><id>1</id>
          <content type="html">&lt;p&gt;One&lt;/p&gt;&#10;&#10;&lt;p&gt;Then 12,000 GPUs.&lt;/p&gt;</content>
        </entry>
      </feed>
      """
    let entry = try #require(Ingestor().ingest(Array(feed.utf8), path: "f.atom").documents.first)
    // The decoded text has line breaks the source line does not: no line is made up.
    #expect(entry.position(of: try #require(entry.offset(of: "12,000"))).line == 4)
  }

  @Test("HTML's named entities in a feed do not make libxml2 drop the escaped markup after them")
  func htmlEntitiesInFeed() throws {
    let feed = """
      <?xml version="1.0"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>News&nbsp;desk</title>
        <entry><title>Caf&eacute;</title><id>1</id>
          <content type="html">&lt;p&gt;Tesla bought 12,000 chips&lt;/p&gt;</content>
        </entry>
      </feed>
      """
    let outcome = Ingestor().ingest(Array(feed.utf8), path: "f.atom")
    let entry = try #require(outcome.documents.first)
    #expect(entry.text == "Tesla bought 12,000 chips")
    #expect(entry.title == "Café")
    #expect(entry.position(of: try #require(entry.offset(of: "12,000"))).line == 4)
    // A name the document declares itself is left to libxml2.
    #expect(
      XMLEntities.numbered(Array("<!DOCTYPE f [<!ENTITY eacute \"e\">]>&eacute;".utf8))
        == Array("<!DOCTYPE f [<!ENTITY eacute \"e\">]>&eacute;".utf8))
    #expect(
      String(decoding: XMLEntities.numbered(Array("a&nbsp;b&euro;".utf8)), as: UTF8.self)
        == "a&#160;b&#8364;")
  }

  @Test("an RSS feed with CDATA HTML maps the item text to its source lines")
  func rss() throws {
    let feed = """
      <?xml version="1.0"?>
      <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
      <title>Wire</title>
      <item><title>Chips</title><link>https://wire.example/a</link>
      <pubDate>Tue, 04 Jun 2024 18:05:00 GMT</pubDate><dc:creator>Desk</dc:creator>
      <description><![CDATA[<p>First: 12,000 H100.</p>
      <p>Second: $500 million.</p>]]></description></item>
      </channel></rss>
      """
    let outcome = Ingestor().ingest(Array(feed.utf8), path: "feeds/wire.rss")
    let item = try #require(outcome.documents.first)
    #expect(item.blockTexts == ["First: 12,000 H100.", "Second: $500 million."])
    #expect(item.author == "Desk")
    #expect(item.published == "2024-06-04T18:05:00+00:00")
    #expect(item.metadata["url"] == "https://wire.example/a")
    let dollars = try #require(item.offset(of: "$500"))
    #expect(
      item.position(of: dollars) == SourcePosition(line: 7, column: 12), "\(item.sourceMap.anchors)"
    )
  }

  @Test("an external entity is never loaded, and nothing of the file leaks into the text")
  func noExternalEntities() throws {
    let folder = try TemporaryDirectory()
    let secret = try folder.write("secret.txt", "TOP-SECRET-VALUE")
    let feed = """
      <?xml version="1.0"?>
      <!DOCTYPE rss [<!ENTITY leak SYSTEM "file://\(secret.path)">]>
      <rss version="2.0"><channel><title>T</title>
      <item><title>x</title><description>Before &leak; after, 5 units.</description></item>
      </channel></rss>
      """
    let outcome = Ingestor().ingest(Array(feed.utf8), path: "feeds/evil.xml")
    let item = try #require(outcome.documents.first)
    #expect(!item.text.contains("TOP-SECRET"))
    #expect(item.text.contains("5 units"))
  }

  @Test("XML that is not a feed is skipped with the root element named")
  func notAFeed() {
    let outcome = Ingestor().ingest(
      Array("<?xml version=\"1.0\"?><invoice><total>5</total></invoice>".utf8), path: "x.xml")
    #expect(outcome.status == .skipped)
    #expect(outcome.reason == "XML whose root element <invoice> is not an RSS or Atom feed")
  }

  @Test("a feed nested past depth 256 keeps its item and says the tree was truncated")
  func deepFeed() throws {
    let feed =
      "<?xml version=\"1.0\"?><rss><channel><title>t</title><item><title>Deep</title><description>"
      + String(repeating: "<b>", count: 300) + "7,000 units" + String(repeating: "</b>", count: 300)
      + "</description></item></channel></rss>"
    let outcome = Ingestor().ingest(Array(feed.utf8), path: "deep.xml")
    let item = try #require(outcome.documents.first)
    #expect(item.title == "Deep")
    #expect(
      outcome.warnings.contains {
        $0.code == "ING010" && $0.message.hasPrefix("truncated at depth 256")
      })
  }

  @Test("a CDATA section over libxml2's 10 MB limit is reported, not silently lost")
  func hugeCDATA() throws {
    let body = String(repeating: "The order was 12,000 units. ", count: 400_000)
    let feed =
      "<?xml version=\"1.0\"?><rss><channel><title>t</title><item><title>x</title><description><![CDATA["
      + body + "]]></description></item></channel></rss>"
    let outcome = Ingestor(maxFileSize: 50_000_000).ingest(Array(feed.utf8), path: "huge.xml")
    #expect(outcome.warnings.contains { $0.code == "ING011" })
  }
}
