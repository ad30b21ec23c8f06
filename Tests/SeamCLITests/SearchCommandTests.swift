import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `seam search`, `define`, `show` and `list` end to end, on a small knowledge base.
@Suite struct SearchCommandTests {
    static let files: [String: String] = [
        "terms/nrr.md": """
            ---
            title: Net revenue retention
            summary: The share of recurring revenue kept from existing customers, with expansion.
            aliases: [NRR, net dollar retention]
            related: [churn]
            ---
            Net revenue retention (NRR) counts *expansion* and **churn**; see [churn](churn.md).

            ## How it is used

            - Boards ask for it.
            - So do investors.

            > A quote.

            ```
            code block
            ```
            """,
        "terms/churn.md": """
            ---
            title: Churn
            summary: Customers or revenue lost.
            aliases: [Customer churn]
            ---
            Churn is what [NRR](nrr.md#how-it-is-used) subtracts.
            """,
        "guides/board.md": """
            ---
            title: What the board will ask
            summary: The questions a board asks about net revenue retention.
            related: [nrr]
            ---
            The board asks who owns renewals after the sale. See [NRR](../terms/nrr.md).
            """,
    ]

    /// A folder with the knowledge base in `content/` and its own cache folder.
    func fixture() throws -> (URL, [String: String]) {
        let directory = try SeamProcess.temporaryDirectory()
        for (path, text) in Self.files {
            let url = directory.appendingPathComponent("content/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return (directory, ["SEAM_CACHE_DIR": directory.appendingPathComponent("cache").path])
    }

    func run(_ arguments: [String], _ fixture: (URL, [String: String])) throws -> SeamProcess.Output {
        try SeamProcess.run(arguments, in: fixture.0, environment: fixture.1)
    }

    @Test func searchPrintsRankedJSON() throws {
        let kb = try fixture()
        let output = try run(["search", "NRR", "--json"], kb)
        #expect(output.status == 0)
        let results = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(results.first?["id"] as? String == "nrr")
        for key in ["id", "kind", "title", "summary", "score", "snippet", "path"] { #expect(results.first?[key] != nil, "missing \(key)") }
        #expect(results.first?["path"] as? String == "content/terms/nrr.md")
        #expect(results.map { $0["id"] as? String }.contains("board"))
    }

    /// A hit in a section names the section and its anchor; a hit on the name names none.
    @Test func searchJSONNamesTheSection() throws {
        let kb = try fixture()
        let output = try run(["search", "boards", "investors", "--json"], kb)
        let results = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(results.first?["id"] as? String == "nrr")
        #expect(results.first?["section"] as? String == "How it is used")
        #expect(results.first?["anchor"] as? String == "how-it-is-used")
        #expect(results.first?["snippet"] as? String == "Boards ask for it.")
        let byName = try run(["search", "churn", "--json"], kb)
        let first = try #require((try JSONSerialization.jsonObject(with: Data(byName.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "churn")
        #expect(first["section"] == nil && first["anchor"] == nil)
    }

    /// Snippets and phrases come from the index: a file changed behind the index's back (same
    /// size, same modification time, so the index still counts as fresh) is not read.
    @Test func searchReadsTheIndexNotTheFiles() throws {
        let kb = try fixture()
        #expect(try run(["search", "subtracts"], kb).status == 0)
        let path = kb.0.appendingPathComponent("content/terms/churn.md").path
        var before = stat()
        #expect(stat(path, &before) == 0)
        try Self.files["terms/churn.md"]!.replacingOccurrences(of: "subtracts", with: "zzzzzzzzz")
            .write(toFile: path, atomically: false, encoding: .utf8)
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let output = try run(["search", "\"NRR subtracts\"", "--json"], kb)
        let results = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(results.first?["id"] as? String == "churn")
        #expect(results.first?["snippet"] as? String == "Churn is what NRR subtracts.")
    }

    @Test func searchTextIsPlainWhenPiped() throws {
        let kb = try fixture()
        let output = try run(["search", "renewals", "after", "sale"], kb)
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("What the board will ask"))
        #expect(output.stdout.contains("seam show board"))
        #expect(!output.stdout.contains("\u{1B}"))
    }

    /// On a terminal (a pseudo-terminal from `script`) matched words are bold, unless NO_COLOR is set.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func boldOnATerminalUnlessNoColor() throws {
        let kb = try fixture()
        func onTerminal(noColor: Bool) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", "\(SeamProcess.binary.path) search churn --limit 1", "/dev/null"]
            process.currentDirectoryURL = kb.0
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = noColor ? "1" : nil
            environment["SEAM_CACHE_DIR"] = kb.1["SEAM_CACHE_DIR"]
            process.environment = environment
            let out = Pipe()
            process.standardOutput = out
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let styled = try onTerminal(noColor: false)
        #expect(styled.contains("\u{1B}[1mChurn\u{1B}[22m"))
        #expect(!(try onTerminal(noColor: true)).contains("\u{1B}["))
    }

    @Test func kindAndLimit() throws {
        let kb = try fixture()
        let guides = try run(["search", "retention", "--kind", "guide", "--json"], kb)
        let ids = (try JSONSerialization.jsonObject(with: Data(guides.stdout.utf8)) as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == ["board"])
        let one = try run(["search", "retention", "--limit", "1", "--json"], kb)
        #expect((try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [Any])?.count == 1)
        let bad = try run(["search", "retention", "--kind", "poem"], kb)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("kind"))
    }

    @Test func nothingFoundExitsOneWithSuggestions() throws {
        let kb = try fixture()
        let output = try run(["search", "chrun"], kb)
        #expect(output.status == 1 || output.stdout.contains("Churn"))
        let none = try run(["search", "xylophone", "--json"], kb)
        #expect(none.status == 1)
        #expect(none.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        #expect(none.stderr.contains("no entry matches \"xylophone\""))
        let typo = try run(["search", "net revenue retentoin zzz"], kb)
        #expect(typo.status == 0 || typo.stderr.contains("did you mean"))
        let suggested = try run(["search", "Net revnue retension qqqq"], kb)
        #expect(suggested.status == 0 || suggested.stderr.contains("did you mean"))
    }

    @Test func badQueriesGetClearMessages() throws {
        let kb = try fixture()
        let empty = try run(["search", ""], kb)
        #expect(empty.status != 0 && empty.status != 1)
        #expect(empty.stderr.contains("no words"))
        let none = try run(["search"], kb)
        #expect(none.status != 0)
        let long = try run(["search", String(repeating: "renewal ", count: 1_250)], kb)
        #expect(long.status != 0)
        #expect(long.stderr.contains("limit is 1000"))
        let control = try run(["search", "nrr\u{1B}[2J"], kb)
        #expect(control.status != 0)
        #expect(control.stderr.contains("control character (U+001B)"))
        #expect(!control.stderr.contains("\u{1B}"))
    }

    @Test func invalidUTF8FileIsReportedAndTheRestSearched() throws {
        let kb = try fixture()
        var bytes = Array("---\ntitle: Broken\nsummary: Broken.\n---\nbad ".utf8)
        bytes += [0xC3, 0x28, 0xFF]
        try Data(bytes).write(to: kb.0.appendingPathComponent("content/terms/broken.md"))
        let output = try run(["search", "churn"], kb)
        #expect(output.status == 0)
        #expect(output.stderr.contains("1 file in content could not be read"))
        #expect(output.stdout.contains("Churn"))
    }

    @Test func neverAStaleAnswer() throws {
        let kb = try fixture()
        #expect(try run(["search", "zeppelin"], kb).status == 1)
        let url = kb.0.appendingPathComponent("content/terms/churn.md")
        try (Self.files["terms/churn.md"]! + "\nA zeppelin.\n").write(to: url, atomically: false, encoding: .utf8)
        let after = try run(["search", "zeppelin", "--json"], kb)
        #expect(after.status == 0)
        #expect(after.stdout.contains("\"churn\""))
        try FileManager.default.removeItem(at: url)
        #expect(try run(["search", "zeppelin"], kb).status == 1)
    }

    @Test func defineFindsTermsByNameInAnyCase() throws {
        let kb = try fixture()
        for name in ["NRR", "nrr", "Net Revenue Retention", "net-dollar-retention"] {
            let output = try run(["define", name], kb)
            #expect(output.status == 0, "define \(name)")
            #expect(output.stdout.hasPrefix("Net revenue retention (NRR, net dollar retention)"))
        }
        let json = try run(["define", "customer churn", "--json"], kb)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "churn")
        #expect(object["aliases"] as? [String] == ["Customer churn"])
        #expect((object["definition"] as? String)?.hasPrefix("Churn is what NRR subtracts") == true)
        #expect(object["title"] as? String == "Churn")
    }

    @Test func defineUnknownSuggests() throws {
        let kb = try fixture()
        let output = try run(["define", "churm"], kb)
        #expect(output.status == 1)
        #expect(output.stderr.contains("no glossary term named \"churm\""))
        #expect(output.stderr.contains("\"Churn\""))
        let guide = try run(["define", "What the board will ask"], kb)
        #expect(guide.status == 1)
        #expect(guide.stderr.contains("seam show board"))
    }

    @Test func showRendersWithReferencesAndBacklinks() throws {
        let kb = try fixture()
        let output = try run(["show", "nrr"], kb, columns: "60")
        #expect(output.status == 0)
        #expect(output.stdout.contains("Net revenue retention (NRR) counts expansion and churn; see\nchurn[1]."))
        #expect(output.stdout.contains("How it is used\n--------------\n• Boards ask for it.\n• So do investors.\n\n│ A quote.\n"))
        #expect(output.stdout.contains("[1] seam show churn  Churn"))
        #expect(output.stdout.contains("• Boards ask for it."))
        #expect(output.stdout.contains("│ A quote."))
        #expect(output.stdout.contains("    code block"))
        #expect(output.stdout.contains("Linked from"))
        #expect(output.stdout.contains("seam show board"))
        #expect(output.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    @Test func showMarkdownAndJSON() throws {
        let kb = try fixture()
        let markdown = try run(["show", "churn", "--markdown"], kb)
        #expect(markdown.stdout == Self.files["terms/churn.md"])
        let json = try run(["show", "nrr", "--json"], kb)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        for key in ["id", "kind", "title", "summary", "markdown", "links", "backlinks"] { #expect(object[key] != nil, "missing \(key)") }
        #expect((object["backlinks"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["board", "churn"])
        let unknown = try run(["show", "nrrr"], kb)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean"))
    }

    @Test func listAllAndByKind() throws {
        let kb = try fixture()
        let json = try run(["list", "--json"], kb)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(items.compactMap { $0["id"] as? String } == ["churn", "nrr", "board"])
        #expect(items.allSatisfy { $0["kind"] != nil && $0["title"] != nil })
        let terms = try run(["list", "--kind", "terms"], kb)
        #expect(terms.stdout.contains("Glossary (2)"))
        #expect(!terms.stdout.contains("board"))
    }

    @Test func missingContentFolderIsExplained() throws {
        let directory = try SeamProcess.temporaryDirectory()
        for command in [["search", "nrr"], ["list"], ["define", "nrr"], ["show", "nrr"]] {
            let output = try SeamProcess.run(command + ["--content", "nowhere"], in: directory,
                                             environment: ["SEAM_CACHE_DIR": directory.appendingPathComponent("cache").path])
            #expect(output.status == 1, "\(command)")
            #expect(output.stderr.contains("no content folder here"))
        }
    }

    func run(_ arguments: [String], _ fixture: (URL, [String: String]), columns: String) throws -> SeamProcess.Output {
        var environment = fixture.1
        environment["COLUMNS"] = columns
        return try SeamProcess.run(arguments, in: fixture.0, environment: environment)
    }
}
