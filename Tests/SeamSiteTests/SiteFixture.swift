import Foundation
import SeamAssess
import SeamCharts
import SeamContent
import SeamProject
import SeamSite
import SeamTestSupport

/// The small knowledge base of `Tests/Fixtures/site/content`, its site, and helpers.
enum SiteFixture {
    static let repository = repositoryRoot

    static let contentPath = repository.appendingPathComponent("Tests/Fixtures/site/content").path

    /// Loads a knowledge base with its charts, assessments and every problem, as `seam build` does.
    static func load(_ path: String) throws -> Project {
        try Project.load(path)
    }

    static let project: Project = try! load(contentPath)
    static var base: KnowledgeBase { project.base }

    static let site: Site = try! Site.render(project)

    /// The site's file at `path` as text.
    static func page(_ path: String, in site: Site = site) -> String? {
        site.files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("seam-site-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `files` (path relative to the content folder: text) to a new content folder.
    static func content(_ files: [String: String]) throws -> URL {
        let root = try temporaryFolder().appendingPathComponent("content")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }
}
