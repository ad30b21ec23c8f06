import Foundation
import Testing
@testable import SeamSite

/// The same input gives the same site, byte for byte.
@Suite struct DeterminismTests {
    @Test func twoRendersAreIdentical() throws {
        let first = try Site.render(SiteFixture.base)
        let second = try Site.render(SiteFixture.base)
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

/// The compiled layout (`LayoutCache`) gives exactly the pages that rendering the layout for
/// every page gives, also for hostile text.
@Suite struct LayoutCacheTests {
    @Test func compiledLayoutChangesNothing() throws {
        for base in [SiteFixture.base, try SiteFixture.load(try EscapingTests.hostileContent().path)] {
            var direct = SiteOptions()
            direct.compileLayouts = false
            let expected = try Site.render(base, options: direct)
            let compiled = try Site.render(base)
            #expect(expected.files.count == compiled.files.count)
            for (a, b) in zip(expected.files, compiled.files) {
                #expect(a.path == b.path)
                #expect(a.bytes == b.bytes, "\(a.path)")
            }
        }
    }

    @Test func aLayoutThatTransformsAValueIsNotCompiled() {
        #expect(LayoutCache.compile("<title>\u{E000}0&amp;\u{E001}</title>", count: 1) != nil)
        #expect(LayoutCache.compile("<title>\u{E000}0&AMP;\u{E001}</title>", count: 1) == nil)
        #expect(LayoutCache.compile("<title>\u{E000}7&\u{E001}</title>", count: 1) == nil)
        #expect(LayoutCache.compile("<title>\u{E001}</title>", count: 1) == nil)
    }
}
