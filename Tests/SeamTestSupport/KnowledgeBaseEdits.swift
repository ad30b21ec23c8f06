import Foundation

/// Random edits to a knowledge base's files, each with a way to undo it.
public struct KnowledgeBaseEdits {
    public let root: String
    /// What the last edit did, for failure messages.
    public private(set) var last = ""
    /// The files the last edit (or its undo) wrote, made or removed, as paths under `root` (as a
    /// file watcher names them).
    public private(set) var changed: [String] = []
    private var added = 0

    public init(root: String) { self.root = root }

    /// A copy of the incident knowledge base (`Tests/Fixtures/incident/content`) in `content/` of
    /// a new temporary folder, to edit; the caller removes the folder.
    public static func incidentCopy() throws -> (folder: URL, content: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seam-edits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let content = folder.appendingPathComponent("content").path
        try FileManager.default.copyItem(atPath: repositoryRoot.appendingPathComponent("Tests/Fixtures/incident/content").path,
                                         toPath: content)
        return (folder, content)
    }

    /// The entry files, as paths relative to the root.
    public func entryPaths() -> [String] {
        let walker = FileManager.default.enumerator(atPath: root)
        var paths: [String] = []
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix(".md") && path != "README.md" { paths.append(path) }
        }
        return paths.sorted()
    }

    public func read(_ path: String) throws -> String { try String(contentsOfFile: root + "/" + path, encoding: .utf8) }
    public func write(_ path: String, _ text: String) throws { try text.write(toFile: root + "/" + path, atomically: true, encoding: .utf8) }

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

    /// Applies one random edit and returns how to undo it (which changes the same files).
    public mutating func apply(random: inout SeededRandom) throws -> () throws -> Void {
        let paths = entryPaths()
        let path = paths.randomElement(using: &random)!
        let other = paths.randomElement(using: &random)!
        let before = try read(path)
        let restore: () throws -> Void = { [self] in try write(path, before) }
        let word = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"].randomElement(using: &random)!
        let terms = paths.filter { $0.hasPrefix("concepts/") }
        changed = [root + "/" + path]
        switch Int.random(in: 0..<15, using: &random) {
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
            changed = [root + "/" + new]
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
            changed = [root + "/" + path, root + "/" + renamed]
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
            changed = [root + "/" + term]
            try write(term, Self.setting("aliases", to: "aliases: [\(word.capitalized) \(Self.id(term))]", in: text))
            return { [self] in try write(term, text) }
        case 12:
            last = "heading in \(path)"
            try write(path, before + "\n## Heading \(word)\n\nA section.\n")
        case 13:
            last = "link from \(path) to a heading of \(other)"
            try write(path, before + "\nSee [its \(word)](\(Self.link(from: path, to: other))#heading-\(word)).\n")
        default:
            let settings = try read("site.yml")
            changed = [root + "/site.yml"]
            last = "site title"
            try write("site.yml", settings.replacingOccurrences(of: "title: ", with: "title: \(word.capitalized) "))
            return { [self] in try write("site.yml", settings) }
        }
        return restore
    }
}
