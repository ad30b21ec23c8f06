import Foundation
import SeamContent
import Testing

/// The incident fixture built with `language: de`: every word of the interface comes from the
/// theme's German strings, so no English interface string is left in a page or in a script's
/// texts (the content itself stays English: it is the author's).
@Suite struct GermanSiteTests {
    static let theme = SeamProcess.repository.appendingPathComponent("Sources/SeamSite/Theme")

    /// The fixture copied with `language: de` in its settings, built; the site's folder.
    static func germanSite() throws -> URL {
        let (output, directory) = try build(settings: """
            title: Incidents, handled
            description: How software teams detect, run and learn from incidents.
            language: de
            """)
        #expect(output.status == 0, "\(output.stderr)")
        return directory.appendingPathComponent("site")
    }

    /// The English strings' fixed words: each message cut at its placeholders, pieces that hold
    /// a letter; phrases of three words or more are looked for anywhere, shorter pieces only as a
    /// whole element's text or an attribute's value, and not at all when the fixture's own files
    /// use them (an option "Yes", a kind "Questions"): those are the author's words.
    static func englishPieces() throws -> (phrases: [String], words: [String]) {
        let english = try String(contentsOf: theme.appendingPathComponent("strings/en.yml"), encoding: .utf8)
        let strings = try Strings.resolve(language: "en", shipped: ["en": english], theme: [:], overrides: [], settingsPath: "site.yml")
        var texts: [String] = []
        for message in Array(strings.page.values) + Array(strings.script.values) {
            switch message {
            case .text(let text): texts.append(text)
            case .plural(_, let one, let other): texts += [one, other]
            }
        }
        var phrases: Set<String> = [], words: Set<String> = []
        for text in texts {
            let pieces = text.split(separator: /\{[A-Za-z0-9]+\}/).map { $0.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) }
            for piece in pieces where piece.contains(where: \.isLetter) {
                if piece.split(separator: " ").count >= 3 { phrases.insert(piece) } else if piece.count > 2 { words.insert(piece) }
            }
        }
        var content = ""
        let files = FileManager.default.enumerator(atPath: IncidentFixtureTests.content)!
        for case let file as String in files where file.hasSuffix(".md") || file.hasSuffix(".yml") {
            content += (try? String(contentsOfFile: IncidentFixtureTests.content + "/" + file, encoding: .utf8)) ?? ""
        }
        return (phrases.sorted(), words.filter { !content.contains($0) }.sorted())
    }

    @Test func theGermanSiteHasNoEnglishInterfaceString() throws {
        let site = try Self.germanSite()
        let (phrases, words) = try Self.englishPieces()
        #expect(phrases.count > 50 && words.count > 25, "the English strings: \(phrases.count) phrases, \(words.count) words")
        var found: [String] = []
        let files = FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil)!
        for case let file as URL in files {
            let name = String(file.path.dropFirst(site.path.count + 1))
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            if name.hasSuffix(".html") {
                #expect(text.contains("<html lang=\"de\""), "\(name) is not marked German")
                // The English content's own words are not the interface's: the pages' text, but
                // for the entries' bodies, summaries and titles, which are the author's.
                for phrase in phrases where text.contains(phrase) { found.append("\(name): \"\(phrase)\"") }
                for word in words where text.contains(">\(word)<") || text.contains("=\"\(word)\"") {
                    found.append("\(name): \(word)")
                }
            } else if name.hasSuffix(".js") && !["assets/search-index.js", "assets/search-related.js"].contains(name) {
                // (The index and the related words are data made from the content, not messages.)
                // A script's texts are its string literals; its comments are for developers.
                for literal in Self.stringLiterals(text) {
                    for phrase in phrases where literal.contains(phrase) { found.append("\(name): \"\(phrase)\"") }
                    for word in words where literal == word && !Self.keyNames.contains(word) { found.append("\(name): '\(word)'") }
                }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
        let strings = try String(contentsOf: site.appendingPathComponent("assets/site-strings.js"), encoding: .utf8)
        #expect(strings.contains("Ergebnis") && strings.contains("Auf dieser Seite"))
        let home = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("Zum Inhalt springen") && home.contains("Einträge"))
    }

    /// Names of keyboard keys the scripts compare with `event.key`: not words they show.
    static let keyNames: Set<String> = ["Home", "End", "Enter", "Escape"]

    /// The string literals of a script ('...' and "..."), comments left out.
    static func stringLiterals(_ script: String) -> [String] {
        let withoutComments = script.replacing(/\/\*[\s\S]*?\*\//, with: " ").replacing(/(^|[^:\\])\/\/[^\n]*/, with: "$1")
        return withoutComments.matches(of: /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/).map { String($0.output.1 ?? $0.output.2 ?? "") }
    }

    /// `seam build` of the fixture with `settings` as its site.yml; the output and the folder.
    static func build(settings: String) throws -> (SeamProcess.Output, URL) {
        let directory = try SeamProcess.temporaryDirectory()
        let content = directory.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: IncidentFixtureTests.content, toPath: content.path)
        try settings.write(to: content.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        let output = try SeamProcess.run(["build", "--content", content.path, "--output", directory.appendingPathComponent("site").path])
        return (output, directory)
    }

    @Test func aLanguageWithoutStringsIsAnErrorNamingTheFiles() throws {
        let (output, directory) = try Self.build(settings: "title: Incidents\nlanguage: fr\n")
        #expect(output.status != 0)
        #expect(output.stderr.contains("no strings file for language `fr`") && output.stderr.contains("de, en"), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("site").path))
    }

    @Test func aMisspeltStringSettingIsAnErrorAtItsKey() throws {
        let (output, _) = try Self.build(settings: "title: Incidents\nstrings:\n  relatedHeadin: See also\n")
        #expect(output.status != 0)
        #expect(output.stderr.contains("site.yml:3:3: unknown string `relatedHeadin`: did you mean `relatedHeading`?"), "\(output.stderr)")
    }
}
