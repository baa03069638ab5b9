import Foundation
import Testing

/// Issue 16: one clone that works anywhere; the docs point inside the repository.
@Suite struct DocsLinksTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// README, CONTRIBUTING, CHANGELOG and every page of docs/.
  static var pages: [String] {
    let docs =
      (try? FileManager.default.contentsOfDirectory(
        atPath: repository.appendingPathComponent("docs").path)) ?? []
    return ["README.md", "CONTRIBUTING.md", "CHANGELOG.md"]
      + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
  }

  @Test("every relative link in the README and docs names a file inside the repository")
  func linksResolve() throws {
    let root = Self.repository.standardizedFileURL.path
    var checked = 0
    for page in Self.pages {
      let text = try String(
        contentsOf: Self.repository.appendingPathComponent(page), encoding: .utf8)
      let folder = Self.repository.appendingPathComponent(page).deletingLastPathComponent()
      for match in text.matches(of: /\]\(([^)\s]+)\)/) {
        let target = String(match.output.1)
        if target.hasPrefix("#") || target.contains("://") || target.hasPrefix("mailto:") {
          continue
        }
        let path = String(target.prefix { $0 != "#" })
        let resolved = folder.appendingPathComponent(path).standardizedFileURL.path
        #expect(resolved.hasPrefix(root + "/"), "\(page): \(target) leaves the repository")
        #expect(
          FileManager.default.fileExists(atPath: resolved), "\(page): \(target) does not exist")
        checked += 1
      }
    }
    #expect(checked > 50)
  }

  @Test("nothing points outside the clone: the house style and the SARIF schema are in it")
  func selfContained() throws {
    // Every path that climbs out of a folder ("../x") must land inside the repository: a page
    // from its own folder, a script from the repository's top, where it runs. (A link target a
    // script writes into a page, "](../Corpus/", is checked on that page, above.)
    let root = Self.repository.standardizedFileURL.path
    for page in Self.pages + [".ci/run", "scripts/update-baseline"] {
      let text = try String(
        contentsOf: Self.repository.appendingPathComponent(page), encoding: .utf8)
      let base =
        page.hasSuffix(".md")
        ? Self.repository.appendingPathComponent(page).deletingLastPathComponent()
        : Self.repository
      for match in text.matches(of: /(\]\()?((?:\.\.\/)+[A-Za-z0-9_.-]+)/)
      where match.output.1 == nil {
        let path = String(match.output.2)
        let resolved = base.appendingPathComponent(path).standardizedFileURL.path
        #expect(resolved.hasPrefix(root + "/"), "\(page): \(path) leaves the repository")
      }
    }
    for file in ["docs/STYLE.md", "Tests/ReportTests/Schemas/sarif-schema-2.1.0.json"] {
      #expect(
        FileManager.default.fileExists(
          atPath: Self.repository.appendingPathComponent(file).path), "\(file)")
    }
  }
}
