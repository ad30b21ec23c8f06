import Foundation
import SeamAssess
import SeamContent
import SeamTestSupport

/// The shipped knowledge base and its assessments, loaded once for all tests.
enum Shipped {
    static let repository = repositoryRoot

    /// `content/` of the repository, or `SEAM_TEST_CONTENT`.
    static let contentPath = ProcessInfo.processInfo.environment["SEAM_TEST_CONTENT"]
        ?? repository.appendingPathComponent("content").path

    static let base: KnowledgeBase = try! KnowledgeBase.load(contentPath)

    static let ids = ["cro-decision", "cro-reality", "cco-mandate", "renewal-owner", "first-90-days"]

    static func assessment(_ id: String) throws -> Assessment { try base.assessment(id) }
}

/// The site scripts' English words, for running them under node as the site runs them: a line
/// of JavaScript that loads `strings.js` into `window` with the theme's English script strings
/// (strings/en.yml), the words Swift writes for the terminal.
enum EnglishScriptStrings {
    static let theme = Shipped.repository.appendingPathComponent("Sources/SeamSite/Theme")

    /// Writes the strings as JSON into `directory`; the node arguments to add and the prelude that
    /// reads them (`process.argv[first]` is strings.js, `process.argv[first + 1]` the JSON).
    static func prepare(in directory: URL, firstArgument first: Int) throws -> (arguments: [String], prelude: String) {
        let english = try String(contentsOf: theme.appendingPathComponent("strings/en.yml"), encoding: .utf8)
        let json = directory.appendingPathComponent("strings.json")
        try Strings.resolve(language: "en", shipped: ["en": english], theme: [:], overrides: [], settingsPath: "site.yml")
            .scriptJSON.write(to: json, atomically: true, encoding: .utf8)
        let prelude = """
            new Function("window", fs.readFileSync(process.argv[\(first)], "utf8"))(window);
            window.Seam.strings.use(JSON.parse(fs.readFileSync(process.argv[\(first + 1)], "utf8")));
            """
        return ([theme.appendingPathComponent("assets/strings.js").path, json.path], prelude)
    }
}
