import Foundation
import SeamContent
import SeamProject
import SeamSite
import SeamTestSupport
import Testing

/// `IncrementalSite` against fresh builds: after every step of a random sequence of edits to a
/// copy of the incident knowledge base (bodies, titles, summaries, related lists, links, glossary
/// mentions and aliases, new, renamed, deleted and draft entries, the settings, broken files), the
/// site folder holds exactly the files a fresh build of the same content makes, byte for byte; a
/// step that leaves errors keeps the last good site, and undoing it brings the site back.
@Suite struct IncrementalSiteTests {
    static let steps = 200

    @Test func everyStepEqualsAFreshBuild() throws {
        var random = SeededRandom.make()
        print("IncrementalSiteTests: \(random.replay)")
        let folder = try SiteFixture.temporaryFolder()
        let content = folder.appendingPathComponent("content").path
        try FileManager.default.copyItem(atPath: SiteFixture.repository.appendingPathComponent("Tests/Fixtures/incident/content").path,
                                         toPath: content)
        let output = folder.appendingPathComponent("site").path
        let site = IncrementalSite(contentRoot: content, output: output)
        try site.build()
        var lastGood = try Self.freshFiles(content)
        try #require(Self.files(in: output) == lastGood, "the first build differs from a fresh one")
        var edits = KnowledgeBaseEdits(root: content)
        var partial = 0, stopped = 0
        for step in 1...Self.steps {
            let undo = try edits.apply(random: &random)
            let described = "step \(step) (\(edits.last)), \(random.replay)"
            do {
                let update = try site.update()
                if !update.full { partial += 1 }
                lastGood = try Self.freshFiles(content)
            } catch is SiteBuild.Stopped {
                stopped += 1
                try #require(Self.files(in: output) == lastGood, "\(described): an error changed the site")
                try undo()
                try site.update()
                lastGood = try Self.freshFiles(content)
            }
            let served = try Self.files(in: output)
            if served != lastGood {
                let differing = Set(served.keys).union(lastGood.keys).filter { served[$0] != lastGood[$0] }.sorted()
                Issue.record("\(described): the site differs from a fresh build in \(differing.prefix(10))")
                return
            }
        }
        // The sequence exercised both paths: partial updates and errors.
        #expect(partial > Self.steps / 4, "only \(partial) partial updates, \(random.replay)")
        #expect(stopped > 0, "no step had errors, \(random.replay)")
    }

    /// What a fresh build of `content` writes, by path (the marker aside).
    static func freshFiles(_ content: String) throws -> [String: [UInt8]] {
        let project = try Project.load(content)
        guard project.errors.isEmpty else { throw ContentErrors(errors: project.errors) }
        return Dictionary(uniqueKeysWithValues: try Site.render(project).files.map { ($0.path, $0.bytes) })
    }

    struct ContentErrors: Error {
        let errors: [Diagnostic]
    }

    /// Every file under `folder`, by path (the marker aside).
    static func files(in folder: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let walker = FileManager.default.enumerator(atPath: folder)
        while let path = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue,
                  path != SiteWriter.markerName else { continue }
            files[path] = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path)))
        }
        return files
    }
}

/// Random edits to a knowledge base's files, each with a way to undo it.
struct KnowledgeBaseEdits {
    let root: String
    /// What the last edit did, for failure messages.
    private(set) var last = ""
    private var added = 0

    init(root: String) { self.root = root }

    /// The entry files, as paths relative to the root.
    func entryPaths() -> [String] {
        let walker = FileManager.default.enumerator(atPath: root)
        var paths: [String] = []
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix(".md") && path != "README.md" { paths.append(path) }
        }
        return paths.sorted()
    }

    func read(_ path: String) throws -> String { try String(contentsOfFile: root + "/" + path, encoding: .utf8) }
    func write(_ path: String, _ text: String) throws { try text.write(toFile: root + "/" + path, atomically: true, encoding: .utf8) }

    /// The id of an entry file.
    static func id(_ path: String) -> String { String(path.split(separator: "/").last!.dropLast(3)) }

    /// A link from the entry at `from` to the entry at `to`.
    static func link(from: String, to: String) -> String { (from.contains("/") ? "../" : "") + to }

    /// `text` with the front-matter line starting `key:` replaced by `line` (or added).
    static func setting(_ key: String, to line: String, in text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        let end = lines.dropFirst().firstIndex(of: "---") ?? 1
        if let index = lines[1..<end].firstIndex(where: { $0.hasPrefix(key + ":") }) {
            lines[index] = line
            // A block list under the key (`related:` then `  - x`) goes with it.
            while index + 1 < end, lines[index + 1].hasPrefix("  -") { lines.remove(at: index + 1) }
        } else {
            lines.insert(line, at: end)
        }
        return lines.joined(separator: "\n")
    }

    /// Applies one random edit and returns how to undo it.
    mutating func apply(random: inout SeededRandom) throws -> () throws -> Void {
        let paths = entryPaths()
        let path = paths.randomElement(using: &random)!
        let other = paths.randomElement(using: &random)!
        let before = try read(path)
        let restore: () throws -> Void = { [self] in try write(path, before) }
        let word = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"].randomElement(using: &random)!
        let terms = paths.filter { $0.hasPrefix("concepts/") }
        switch Int.random(in: 0..<13, using: &random) {
        case 0:
            last = "body of \(path)"
            try write(path, before + "\nA new sentence about \(word).\n")
        case 1:
            let term = try read(terms.randomElement(using: &random)!)
            let title = term.components(separatedBy: "\n").first { $0.hasPrefix("title:") }!.dropFirst(6).trimmingCharacters(in: .whitespaces)
            last = "mention of \(title) in \(path)"
            try write(path, before + "\nThis mentions \(title) in passing.\n")
        case 2:
            last = "title of \(path)"
            try write(path, Self.setting("title", to: "title: \(word.capitalized) \(Self.id(path))", in: before))
        case 3:
            last = "summary of \(path)"
            try write(path, Self.setting("summary", to: "summary: A summary that says \(word).", in: before))
        case 4:
            last = "related of \(path) to \(other)"
            guard other != path else { return restore }
            try write(path, Self.setting("related", to: "related: [\(Self.id(other))]", in: before))
        case 5:
            last = "link from \(path) to \(other)"
            try write(path, before + "\nSee [\(word)](\(Self.link(from: path, to: other))).\n")
        case 6:
            added += 1
            let new = "practices/new-practice-\(added).md"
            last = "new entry \(new) linking \(other)"
            try write(new, "---\ntitle: New practice \(added) \(word)\nsummary: A practice added by the test.\n---\n"
                + "It links [\(word)](\(Self.link(from: new, to: other))) and mentions the incident commander.\n")
            return { [self] in try FileManager.default.removeItem(atPath: root + "/" + new) }
        case 7:
            last = "delete \(path)"
            try FileManager.default.removeItem(atPath: root + "/" + path)
            return restore
        case 8:
            let renamed = path.replacingOccurrences(of: ".md", with: "-renamed.md")
            last = "rename \(path) to \(renamed)"
            try FileManager.default.moveItem(atPath: root + "/" + path, toPath: root + "/" + renamed)
            return { [self] in try FileManager.default.moveItem(atPath: root + "/" + renamed, toPath: root + "/" + path) }
        case 9:
            last = "broken front matter in \(path)"
            try write(path, "---\ntitle: [unclosed\n" + before.dropFirst(4))
        case 10:
            last = "draft \(path)"
            try write(path, Self.setting("draft", to: "draft: \(Bool.random(using: &random))", in: before))
        case 11:
            let term = terms.randomElement(using: &random)!
            let text = try read(term)
            last = "alias of \(term)"
            try write(term, Self.setting("aliases", to: "aliases: [\(word.capitalized) \(Self.id(term))]", in: text))
            return { [self] in try write(term, text) }
        default:
            let settings = try read("site.yml")
            last = "site title"
            try write("site.yml", settings.replacingOccurrences(of: "title: ", with: "title: \(word.capitalized) "))
            return { [self] in try write("site.yml", settings) }
        }
        return restore
    }
}
