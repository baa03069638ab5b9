import Core
import Foundation
import TestSupport
import Testing

@testable import Ingest

@Suite struct HTMLReaderTests {
  private func page(_ html: String, path: String = "news/page.html") throws -> Document {
    try page(Array(html.utf8), path: path)
  }

  private func page(_ bytes: [UInt8], path: String = "news/page.html") throws -> Document {
    let outcome = Ingestor().ingest(bytes, path: path)
    #expect(outcome.status == .ok, "\(outcome.reason ?? "")")
    return try #require(outcome.documents.first)
  }

  @Test("malformed markup is recovered: unclosed p, stray end tags, a script holding </div>")
  func malformedMarkup() throws {
    let document = try page(
      """
      <html><body><div class="story-body">
      <p>Halvorsen ordered 12,000 accelerators for its Oslo site.
      <p>The order is worth about $310 million.</p></p>
      <script>var s = "</div><p>not text</p>";</script>
      <p>It will ship in two batches, in January and June.
      </div></div></span></body></html>
      """)
    #expect(
      document.blockTexts == [
        "Halvorsen ordered 12,000 accelerators for its Oslo site.",
        "The order is worth about $310 million.",
        "It will ship in two batches, in January and June.",
      ])
    #expect(!document.text.contains("not text"))
    #expect(document.warnings.contains { $0.code == "ING012" })
  }

  @Test("boilerplate around the article is left out")
  func boilerplate() throws {
    let document = try page(
      """
      <html lang="en"><body>
      <div id="cookie-consent"><p>We use 143 partners to personalise ads, and you can say no.</p></div>
      <nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
      <article>
        <h1>Chipmaker books record quarter</h1>
        <p class="byline">By Ana Lopes</p>
        <div class="share-bar"><a href="#">Share on X</a><a href="#">Email</a></div>
        <p>The company booked 48,000 accelerators in the quarter, more than twice the year before.</p>
        <p>Revenue grew by 212%, to $9.4 billion, its third quarter in a row above 200%.</p>
        <ul class="related-links"><li><a href="/a">Rival's shares fall 8%</a></li><li><a href="/b">Five things to know</a></li></ul>
      </article>
      <section class="comments"><p>Reader: I bought 100 shares at $40, what a run, absolutely fantastic.</p></section>
      <footer><p>© 2024 Example Media. All rights reserved, 1,000 ways.</p></footer>
      </body></html>
      """)
    #expect(
      document.blockTexts == [
        "Chipmaker books record quarter",
        "The company booked 48,000 accelerators in the quarter, more than twice the year before.",
        "Revenue grew by 212%, to $9.4 billion, its third quarter in a row above 200%.",
      ])
    #expect(document.blocks.first?.role == .heading)
    #expect(document.language == .en)
  }

  @Test("attribute names are read whatever their case; others of the same first letter are not")
  func attributeNamesInAnyCase() throws {
    let document = try page(
      """
      <html><body><ARTICLE>
      <P CLASS="byline">By Ana Lopes</P>
      <p Aria-Hidden="TRUE">Hidden: 300 units for screen readers only.</p>
      <p HIDDEN>Hidden too: 40 units.</p>
      <p class-name="x" ids="y" hiddenness="z">The yard delivered 12 ferries this spring, two more than it had promised.</p>
      </ARTICLE></body></html>
      """)
    #expect(
      document.blockTexts == [
        "The yard delivered 12 ferries this spring, two more than it had promised."
      ])
  }

  @Test("a blog entry filed under tags and an author stays the article")
  func taxonomyClasses() throws {
    let body = String(
      repeating: "<p>Kessler Yards delivered four hybrid ferries to Nordhavn this spring, two more "
        + "than the yard had promised, and the operator plans to retire its diesel fleet.</p>",
      count: 4)
    let document = try page(
      """
      <html><body><header class="site-header">Harbour Notes</header>
      <main><article class="post type-post hentry tag-ferries category-shipping author-jroy">
      <h1>Four ferries for Nordhavn</h1>\(body)</article>
      <aside class="sidebar"><p>Most read: ten ports to visit.</p></aside></main>
      </body></html>
      """)
    #expect(document.text.contains("Kessler Yards delivered four hybrid ferries"))
    #expect(!document.text.contains("Most read"))
  }

  @Test("a form around the whole page, or a content block named like a sidebar, is read")
  func wrappedPages() throws {
    let body = String(
      repeating: "<p>Vinga Line ordered three vessels from Kessler Yards, its first order since "
        + "the strike, and expects the first of them in March.</p>",
      count: 4)
    let form = try page(
      """
      <html><body><form id="aspnetForm" action="/story">
      <div class="article-page"><h1>Vinga Line orders three vessels</h1>\(body)</div>
      <input type="hidden" name="state" value="x"></form></body></html>
      """)
    #expect(form.text.contains("Vinga Line ordered three vessels"))
    let named = try page(
      """
      <html><body><div class="main-white page-block and-w-sidebar">
      <div class="story"><h1>Vinga Line orders three vessels</h1>\(body)</div>
      <div class="sidebar"><p>Subscribe to our newsletter for daily port news.</p></div>
      </div></body></html>
      """)
    #expect(named.text.contains("Vinga Line ordered three vessels"))
    #expect(!named.text.contains("Subscribe"))
    // A search form beside the article is still left out.
    let search = try page(
      """
      <html><body><form class="search"><label>Search the archive of every port story</label>
      </form><article>\(body)</article></body></html>
      """)
    #expect(!search.text.contains("Search the archive"))
  }

  @Test(
    "never silently empty: the article hidden under a boilerplate name is read again, a page without one whole"
  )
  func neverSilentlyEmpty() throws {
    // (Three paragraphs, not one written three times: a near repeat is written once.)
    let story = ["Tuesday", "Wednesday", "Thursday"].map { day in
      "<p>Kessler Yards handed the fourth hybrid ferry to Nordhavn on \(day), and "
        + "the operator says the last two will follow before the summer timetable.</p>"
    }.joined()
    let links = String(
      repeating: "<li><a href=\"/a\">Harbour timetables and fares for every route</a></li>",
      count: 30)
    // The only post sits in a block its blog engine calls a widget.
    let widget = try page(
      """
      <html><body><div class="top-bar-nav"><ul>\(links)</ul></div>
      <div class="widget Blog"><h3>Fourth ferry delivered</h3>\(story)</div>
      </body></html>
      """)
    #expect(widget.text.contains("Kessler Yards handed the fourth hybrid ferry"))
    #expect(widget.warnings.contains { $0.code == "ING014" })
    // Nothing scores as an article: every line is short. All visible text is kept, and said.
    let lines = try page(
      """
      <html><body><span>Ferry news</span><br><span>Four ferries delivered to Nordhavn this
      year.</span><br><span>Two more are due before summer.</span></body></html>
      """)
    #expect(lines.text.contains("Four ferries delivered"))
    #expect(lines.warnings.contains { $0.code == "ING013" })
    // A page with no text at all is no document: it is skipped, with the reason.
    let empty = Ingestor().ingest(
      Array("<html><body><div><img src=\"a.png\"></div></body></html>".utf8), path: "a.html")
    #expect(empty.status == .skipped)
    #expect(empty.reason?.hasPrefix("no text") == true)
  }

  @Test("block roles: headings, list items, quotes and table cells stay blocks")
  func blockRoles() throws {
    let document = try page(
      """
      <html><body><main>
      <h2>Orders by customer, in units of GPUs shipped this year so far</h2>
      <ul><li>Northwind AI took 12,000 units in the first half of the year.</li>
      <li>Helios Compute took 8,500 units in the second half of the year.</li></ul>
      <blockquote><p>We expect to take another 20,000 units next year, said the buyer.</p></blockquote>
      <table><tr><th>Customer</th><td>Units</td></tr><tr><td>Northwind AI</td><td>12,000</td></tr></table>
      <p>All figures were supplied by the company and have not been independently checked.</p>
      </main></body></html>
      """)
    let roles = document.blocks.map(\.role)
    #expect(
      roles == [.heading, .listItem, .listItem, .quote, .cell, .cell, .cell, .cell, .paragraph])
    #expect(document.blockTexts[4...7] == ["Customer", "Units", "Northwind AI", "12,000"])
  }

  @Test("the headline, the standfirst and captions stay in the text, marked apart from the body")
  func partsAroundTheBody() throws {
    let english = try page(
      """
      <html><body><header><h1 class="logo">The Harbour Ledger</h1></header>
      <article><h1>Norrvik orders 40 electric ferries for its island routes</h1>
      <p class="article-dek">The city's transport board signed for the first 12 this spring.</p>
      <p>Norrvik's transport board has ordered 40 electric ferries from Kestrel Yards.</p>
      <figure><img src="a.jpg"><figcaption>A Kestrel hull in dry dock in March.</figcaption></figure>
      <p class="image-caption">The yard at Kestrel, where the hulls are laid down.</p>
      <p>The first twelve will enter service in 2027, the board said on Tuesday.</p>
      <p class="summary">A summary named as such, after the body has begun, is body text.</p>
      </article></body></html>
      """)
    let parts = english.blocks.map(\.part)
    #expect(
      parts == [.headline, .standfirst, nil, .caption, .caption, nil, nil],
      "\(english.blockTexts)")
    let french = try page(
      """
      <html lang="fr"><body><main>
      <h1>Trente-deux bornes pour le port de Lorient</h1>
      <div class="chapo">La régie portuaire a signé mardi une commande de 2,4 millions d'euros.</div>
      <p>La régie portuaire de Lorient a commandé trente-deux bornes de recharge à Voltamer.</p>
      <p class="legende">Une borne Voltamer sur le quai des Indes.</p>
      <p>Les premières seront posées en janvier, les dernières au printemps 2027.</p>
      </main></body></html>
      """)
    #expect(french.blocks.map(\.part) == [.headline, .standfirst, nil, .caption, nil])
    // A container under a summary's name that holds the whole article is the article.
    let long = String(
      repeating: "Kestrel Yards delivered the hulls on time and on budget. ", count: 14)
    let named = try page(
      "<html><body><h1>Ferries on time</h1><div class=\"article-description\"><p>\(long)</p>"
        + "<p>And again: \(long)</p></div></body></html>")
    #expect(named.blocks.map(\.part) == [.headline, nil, nil])
  }

  @Test("metadata comes from meta tags, JSON-LD, html lang and time")
  func metadata() throws {
    let document = try page(
      """
      <!doctype html><html lang="fr-FR"><head>
      <title>Titre de l’onglet | Le Site</title>
      <meta property="og:site_name" content="L’Écho Test">
      <script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
       {"@type":"NewsArticle","headline":"Le titre JSON","datePublished":"2024-06-05T08:15:00+02:00",
        "author":[{"@type":"Person","name":"Camille Roussel"}]}]}
      </script></head><body><article><h1>Le titre visible</h1>
      <p>Le groupe a commandé 12\u{202F}000 puces pour environ 3 milliards d’euros cette année.</p>
      <p>Selon la direction, la livraison se fera en deux fois, en janvier et en juin prochains.</p>
      <p>Les analystes estiment que cette commande représente près de 20,5 % du marché européen.</p>
      </article></body></html>
      """)
    #expect(document.title == "Le titre JSON")
    #expect(document.author == "Camille Roussel")
    #expect(document.site == "L’Écho Test")
    #expect(document.published == "2024-06-05T08:15:00+02:00")
    #expect(document.language == .fr)
    #expect(document.text.contains("12\u{202F}000 puces"))
  }

  @Test("og:title and meta author win over the rest; a time element dates the page")
  func metaTagsWin() throws {
    let document = try page(
      """
      <html><head><title>Tab title</title><meta property="og:title" content="Open Graph title">
      <meta name="author" content="Dana Whitfield"></head>
      <body><article><h1>Visible</h1><time datetime="2024-06-04">June 4</time>
      <p>The supplier shipped 35,000 units to the Texas site over the spring, the company said.</p>
      <p>Another 15,000 are due before the end of the year, according to the same statement.</p>
      </article></body></html>
      """)
    #expect(document.title == "Open Graph title")
    #expect(document.author == "Dana Whitfield")
    #expect(document.published == "2024-06-04")
  }

  @Test("each piece of text maps back to the line and column it was written at")
  func sourcePositions() throws {
    let html = """
      <html><body><article>
      <h1>GPU swap</h1>
        <p>Musk moved 12,000 H100s
           from Tesla to X &amp; then back.</p>
      <p>Le groupe a payé 2,8 milliards.</p>
      <p>Another paragraph so that the article is long enough to be chosen as content.</p>
      </article></body></html>
      """
    let document = try page(html)
    let position = { (needle: String) throws -> SourcePosition in
      document.position(of: try #require(document.offset(of: needle)))
    }
    #expect(try position("GPU swap") == SourcePosition(line: 2, column: 5))
    #expect(try position("12,000") == SourcePosition(line: 3, column: 17))
    // The wrapped line continues on the next source line.
    #expect(try position("from Tesla") == SourcePosition(line: 4, column: 6))
    #expect(try position("X & then") == SourcePosition(line: 4, column: 20))
    // The entity's text sits at the '&' that wrote it.
    #expect(try position("& then") == SourcePosition(line: 4, column: 22))
    #expect(try position("2,8 milliards") == SourcePosition(line: 5, column: 21))
  }

  @Test("an app shell's article is read from its JSON-LD articleBody, and said; markup wins")
  func appShellLinkedData() throws {
    let body =
      "The Skerrow harbour trust has ordered two electric tugs from Morrow Marine for £9 million."
      + "\\r\\nThe first will arrive in May, the second before the winter storms."
    let linkedData = """
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour trust orders two tugs","articleBody":"\(body)"}</script>
      """
    let shell = try page(
      """
      <html><head><title>Quay News</title>
      \(linkedData)
      </head><body><div id="root"></div><script src="/app.js"></script></body></html>
      """)
    #expect(
      shell.blockTexts == [
        "Harbour trust orders two tugs",
        "The Skerrow harbour trust has ordered two electric tugs from Morrow Marine for £9 million.",
        "The first will arrive in May, the second before the winter storms.",
      ])
    #expect(shell.warnings.contains { $0.code == "ING015" })
    // Its text maps to the line that holds the JSON-LD.
    let offset = try #require(shell.offset(of: "The first will arrive"))
    #expect(shell.position(of: offset).line == 2)
    // A page whose markup holds the article is read from the markup, whatever its JSON-LD says.
    let paragraphs = (1...3).map { index in
      "<p>Paragraph \(index) of the markup's own article, long enough to be read as one.</p>"
    }.joined()
    let markup = try page(
      """
      <html><head>\(linkedData)</head><body><article>\(paragraphs)</article></body></html>
      """)
    #expect(markup.text.contains("Paragraph 2 of the markup's own article"))
    #expect(!markup.text.contains("Morrow Marine"))
    #expect(!markup.warnings.contains { $0.code == "ING015" })
  }

  @Test("an embedded post under a 'social' name is quoted text; a share bar is not")
  func embeddedPost() throws {
    let paragraphs = (1...3).map { index in
      "<p>Paragraph \(index): the harbour trust will raise the return fare to Skerrow by 8% in April.</p>"
    }.joined()
    let document = try page(
      """
      <html><body><article><div class="social-share"><a href="#">Share on X</a></div>
      \(paragraphs)<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Eight
      per cent more for a boat that left 40 minutes late twice this week.</p>— Morag Tulloch
      (@moragonboard)</blockquote></div></article></body></html>
      """)
    #expect(document.text.contains("Eight per cent more for a boat that left 40 minutes late"))
    #expect(!document.text.contains("Share on X"))
  }

  @Test("date lines, gallery buttons and bare addresses are left out; a line with a figure stays")
  func dateLines() throws {
    #expect(DateParsing.isDateLine("PUBLISHED: 10:48, Tue, Nov 19, 2019"))
    #expect(DateParsing.isDateLine("Published November 20th, 2019 - 07:29 GMT"))
    #expect(DateParsing.isDateLine("Publié le 3 février 2026 à 18 h 42"))
    #expect(DateParsing.isDateLine("2018-08-16"))
    #expect(!DateParsing.isDateLine("March"))
    #expect(!DateParsing.isDateLine("In March 2026, 14 buses reached the depot."))
    #expect(!DateParsing.isDateLine("Le 3 février 2026, 12 bus livrés"))
    let paragraphs = (1...3).map { index in
      "<p>Kessler Yards handed ferry number \(index) to Nordhavn, the operator said on Tuesday.</p>"
    }.joined()
    let document = try page(
      """
      <html><body><article><h1>Ferries delivered</h1>
      <p>Updated: Tue, Nov 19, 2019, 10:48 GMT</p>\(paragraphs)
      <p>Advert</p><p>Close</p><p>ines.calloway@harbour-notes.example</p></article></body></html>
      """)
    #expect(!document.text.contains("Updated"))
    #expect(!document.text.contains("Advert"))
    #expect(!document.text.contains("Close"))
    #expect(!document.text.contains("@harbour-notes"))
    #expect(document.text.contains("handed ferry number 2 to Nordhavn"))
    // With no date in its metadata, the page is dated by that line.
    #expect(document.published == "2019-11-19")
    let french = try page(
      """
      <html lang="fr"><body><article><h1>Ferries livrés</h1>
      <p>Publié le 3 février 2026 à 18 h 42</p>\(paragraphs)</article></body></html>
      """)
    #expect(french.published == "2026-02-03")
    let withMetadata = try page(
      """
      <html><head><meta property="article:published_time" content="2019-11-20T08:00:00Z">
      </head><body><article><p>Updated: Tue, Nov 19, 2019</p>\(paragraphs)</article></body></html>
      """)
    #expect(withMetadata.published?.hasPrefix("2019-11-20") == true)
    // A bare date (a related story's, say) does not date the page.
    let bare = try page(
      """
      <html><body><article><p>Nov 18, 2019</p>\(paragraphs)</article></body></html>
      """)
    #expect(bare.published == nil)
  }

  @Test("a block repeating one just before it is written once; one further back stays")
  func nearRepeatsDropped() throws {
    let caption = "Forty crates of mackerel wait for the 5 a.m. sale under the new screens."
    let question = "Who still buys at the fish market?"
    let html = """
      <html><body><article>
      <p>The fish market in Carrow switched to touch screens this month, after thirty years of dials.</p>
      <div class="gallery"><div class="caption-full"><p>\(caption)</p></div>
      <div class="caption-short"><p>\(caption)</p></div></div>
      <div class="viewer"><p>\(caption)</p></div>
      <p>The change cost £1.2 million and shortened each sale by about twenty minutes.</p>
      <p>\(question) Forty traders are registered, against sixty a decade ago.</p>
      <p>Remote bidding is meant to bring new buyers from along the coast.</p>
      <p>Ten firms have signed up for a trial, most of them from the next county.</p>
      <p>Nobody expects the old dials to come back, the harbour master said.</p>
      <p>The museum will show them from the spring.</p>
      <p>\(question) Forty traders are registered, against sixty a decade ago.</p>
      </article></body></html>
      """
    let document = try page(html)
    #expect(document.blockTexts.filter { $0 == caption }.count == 1)
    #expect(document.blockTexts.filter { $0.hasPrefix(question) }.count == 2)
    // What follows a dropped copy still maps to its own source line.
    let offset = try #require(document.offset(of: "The change cost"))
    #expect(document.position(of: offset) == SourcePosition(line: 6, column: 4))
  }

  @Test("a mislabelled Windows-1252 page decodes curly quotes and the euro sign")
  func windows1252Page() throws {
    var bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>".utf8)
    bytes +=
      [0x93] + Array("Nous avons command".utf8) + [0xE9] + Array(" 12 000 puces pour 80 M".utf8) + [
        0x80
      ]
    bytes +=
      [0x94] + Array(", a d".utf8) + [0xE9] + Array("clar".utf8) + [0xE9]
      + Array(" le patron, c".utf8)
    bytes +=
      [0x92] + Array("est un record pour nous et pour toute l".utf8) + [0x92]
      + Array("industrie.</p>".utf8)
    bytes +=
      Array("<p>La livraison est pr".utf8) + [0xE9]
      + Array("vue pour le premier trimestre de l".utf8)
    bytes += [0x92] + Array("an prochain.</p></article></body></html>".utf8)
    let document = try page(bytes)
    #expect(
      document.text.hasPrefix(
        "“Nous avons commandé 12 000 puces pour 80 M€”, a déclaré le patron, c’est"))
    #expect(document.metadata["encoding"] == "windows-1252")
    #expect(!document.warnings.contains { $0.code == "ING001" })
  }

  @Test("undeclared non-UTF-8 pages are read as Windows-1252 with a warning")
  func undeclaredEncoding() throws {
    let bytes =
      Array("<html><body><p>Caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8]
      + Array("me, 3 ".utf8) + [0x80] + Array(".</p></body></html>".utf8)
    let document = try page(bytes)
    #expect(document.text == "Café crème, 3 €.")
    #expect(document.warnings.contains { $0.code == "ING001" })
  }

  /// How the cost grows with the depth is checked by scripts/check-scaling.
  @Test(
    "HTML nested 3,000 deep, closed or not, keeps its text: the SAX path builds no libxml2 tree to cut",
    arguments: [true, false])
  func deepNesting(closed: Bool) throws {
    let depth = 3_000
    let html =
      "<html><body>" + String(repeating: "<div>", count: depth)
      + "<p>Deep inside, the order was for 7,000 units of the new part, the memo says.</p>"
      + (closed ? String(repeating: "</div>", count: depth) + "</body></html>" : "")
    let document = try page(html)
    #expect(document.text.contains("7,000 units"))
  }

  @Test("an empty or text-free page is read without a crash, and skipped as having no text")
  func emptyPage() throws {
    let outcome = Ingestor().ingest(
      Array("<html><head><title>Nothing here</title></head><body></body></html>".utf8),
      path: "news/page.html")
    #expect(outcome.status == .skipped)
    #expect(outcome.reason == "no text: nothing in it reads as text")
  }

  @Test("binary bytes with an .html name are skipped, not parsed")
  func binaryHTML() {
    let outcome = Ingestor().ingest(
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], path: "a.html")
    #expect(outcome.status == .skipped)
    #expect(outcome.reason == "binary file (PNG image)")
  }
}
