import Foundation
import Testing
@testable import SeamSite

/// The same input gives the same site, byte for byte.
@Suite struct DeterminismTests {
    @Test func twoRendersAreIdentical() throws {
        let first = try Site.render(SiteFixture.project)
        let second = try Site.render(SiteFixture.project)
        #expect(first.files == second.files)
    }

    @Test func twoBuildsOnDiskAreIdentical() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var trees: [[String: Data]] = []
        for name in ["one", "two"] {
            let base = try SiteFixture.load(SiteFixture.contentPath)
            let output = folder.appendingPathComponent(name).path
            try SiteWriter(output: output).write(try Site.render(base).files)
            var tree: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(atPath: output)
            while let path = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: output + "/" + path, isDirectory: &isDirectory)
                if !isDirectory.boolValue { tree[path] = FileManager.default.contents(atPath: output + "/" + path) }
            }
            trees.append(tree)
        }
        #expect(trees[0] == trees[1])
        #expect(trees[0].count == SiteFixture.site.files.count + 1, "the files and the marker")
    }
}

/// Compiled templates (`CompiledTemplates`) give exactly the pages that rendering every page
/// gives, also for hostile text.
@Suite struct CompiledTemplatesTests {
    @Test func compilingChangesNothing() throws {
        for base in [SiteFixture.project, try SiteFixture.load(try EscapingTests.hostileContent().path)] {
            var direct = SiteOptions()
            direct.compileTemplates = false
            let expected = try Site.render(base, options: direct)
            let compiled = try Site.render(base)
            #expect(expected.files.count == compiled.files.count)
            for (a, b) in zip(expected.files, compiled.files) {
                #expect(a.path == b.path)
                #expect(a.bytes == b.bytes, "\(a.path)")
            }
        }
    }

    @Test func aTemplateThatTransformsATextIsNotCompiled() throws {
        let standIn = CompiledTemplates.standIn(0)
        #expect(CompiledTemplates.compile("<title>\u{E000}0&amp;xX\u{E001}</title>", count: 1) != nil)
        #expect(CompiledTemplates.compile("<title>" + standIn.uppercased() + "</title>", count: 1) == nil)
        #expect(CompiledTemplates.compile("<title>" + standIn.lowercased() + "</title>", count: 1) == nil)
        #expect(CompiledTemplates.compile("<title>" + String(standIn.reversed()) + "</title>", count: 1) == nil)
        #expect(CompiledTemplates.compile("<title>\u{E000}7&xX\u{E001}</title>", count: 1) == nil)
        #expect(CompiledTemplates.compile("<title>\u{E001}</title>", count: 1) == nil)
    }

    @Test func transformsInACustomThemeStillRenderRight() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try "<p>{{uppercased(title)}} {{#empty(summary)}}none{{/empty(summary)}}{{^empty(summary)}}{{capitalized(summary)}}{{/empty(summary)}} {{reversed(kind)}}</p>\n"
            .write(to: folder.appendingPathComponent("templates/entry.mustache"), atomically: true, encoding: .utf8)
        var options = SiteOptions(themeFolder: folder.path)
        let compiled = try Site.render(SiteFixture.project, options: options)
        options.compileTemplates = false
        let direct = try Site.render(SiteFixture.project, options: options)
        #expect(compiled.files == direct.files)
        let page = try #require(SiteFixture.page("terms/nrr.html", in: compiled))
        #expect(page.contains("<p>NET REVENUE RETENTION "))
        #expect(page.contains(" mret</p>"))
    }
}
