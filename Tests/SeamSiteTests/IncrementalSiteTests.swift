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
/// step that leaves errors keeps the last good site, and undoing it brings the site back. Some
/// steps leave the search index for later (as when more changes are coming); the step after
/// brings it up to date, or back to the last good site's when it has errors.
@Suite struct IncrementalSiteTests {
    static let steps = 200

    @Test func everyStepEqualsAFreshBuild() throws {
        var random = SeededRandom.make()
        print("IncrementalSiteTests: \(random.replay)")
        let (folder, content) = try KnowledgeBaseEdits.incidentCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        let site = IncrementalSite(contentRoot: content, output: output)
        try site.build()
        var lastGood = try Self.freshFiles(content)
        try #require(Self.files(in: output) == lastGood, "the first build differs from a fresh one")
        var edits = KnowledgeBaseEdits(root: content)
        var partial = 0, stopped = 0, left = 0
        for step in 1...Self.steps {
            let undo = try edits.apply(random: &random)
            let described = "step \(step) (\(edits.last)), \(random.replay)"
            do {
                // As `seam serve` does: the files changed, as the watcher names them; now and
                // then as if more changes were coming, when the search index is left for later.
                let newer = Int.random(in: 0..<5, using: &random) == 0
                let update = try site.update(changedFiles: edits.changed, newerChanges: { newer })
                if !update.full { partial += 1 }
                lastGood = try Self.freshFiles(content)
                if update.indexLeft {
                    left += 1
                    continue  // the next step brings the index up to date, or keeps the last good one
                }
            } catch is SiteBuild.Stopped {
                stopped += 1
                try #require(Self.files(in: output) == lastGood, "\(described): an error changed the site")
                try undo()
                try site.update(changedFiles: edits.changed)
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
        #expect(left > 0, "no step left the search index, \(random.replay)")
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
