import Foundation
import Testing
@testable import SeamSite
#if canImport(Glibc)
import Glibc
#endif

/// The safe writer: a marker, refusal of foreign folders, a whole swap, a lock.
@Suite struct SiteWriterTests {
    func tree(_ path: String) -> [String: Data] {
        var tree: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let item = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path + "/" + item, isDirectory: &isDirectory)
            if !isDirectory.boolValue { tree[item] = FileManager.default.contents(atPath: path + "/" + item) }
        }
        return tree
    }

    @Test func refusesAFolderItDidNotCreate() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("docs").path
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try "mine".write(toFile: output + "/notes.txt", atomically: true, encoding: .utf8)
        #expect {
            try SiteWriter(output: output).write(SiteFixture.site.files)
        } throws: { error in
            "\(error)".contains("is not empty and was not made by `seam build`")
        }
        #expect(tree(output) == ["notes.txt": Data("mine".utf8)], "the folder is untouched")
        #expect(!FileManager.default.fileExists(atPath: SiteWriter(output: output).temporaryPath))
    }

    @Test func refusesAFile() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        try "x".write(toFile: output, atomically: true, encoding: .utf8)
        #expect(throws: SiteWriter.Failure.self) { try SiteWriter(output: output).write(SiteFixture.site.files) }
    }

    @Test func writesIntoAnEmptyFolderAndReplacesItsOwnSiteWhole() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let writer = SiteWriter(output: output)
        try writer.write([SiteFile(path: "old.html", text: "old"), SiteFile(path: "a/b.html", text: "b")])
        #expect(tree(output).keys.sorted() == [".seam-site", "a/b.html", "old.html"])
        try writer.write([SiteFile(path: "new.html", text: "new")])
        #expect(tree(output).keys.sorted() == [".seam-site", "new.html"], "the old site is replaced, not merged")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(siblings == ["site"], "no temporary folder or lock file is left")
    }

    @Test func aFailedWriteLeavesThePreviousSite() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        let writer = SiteWriter(output: output)
        try writer.write([SiteFile(path: "index.html", text: "v1")])
        let before = tree(output)
        #expect(throws: SiteWriter.Failure.self) {
            try writer.write([SiteFile(path: "index.html", text: "v2"), SiteFile(path: "../escape.html", text: "x")])
        }
        #expect(tree(output) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("escape.html").path))
        // A file that cannot be written (a folder where the file should go) fails mid-way.
        #expect(throws: SiteWriter.Failure.self) {
            try writer.write([SiteFile(path: "x", text: "file"), SiteFile(path: "x/y.html", text: "under a file")])
        }
        #expect(tree(output) == before)
    }

    @Test func leftoversOfAKilledBuildAreCleared() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        let writer = SiteWriter(output: output)
        try writer.write([SiteFile(path: "index.html", text: "v1")])
        try FileManager.default.createDirectory(atPath: writer.temporaryPath + "/half", withIntermediateDirectories: true)
        try writer.write([SiteFile(path: "index.html", text: "v2")])
        #expect(tree(output)["index.html"] == Data("v2".utf8))
        #expect(!FileManager.default.fileExists(atPath: writer.temporaryPath))
    }

    @Test func aSecondBuildWaitsForTheLock() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        let writer = SiteWriter(output: output)
        try writer.write([SiteFile(path: "index.html", text: "v1")])
        let held = open(writer.lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(flock(held, LOCK_EX) == 0)
        let waited = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        Thread {
            try? writer.write([SiteFile(path: "index.html", text: "v2")]) { waited.signal() }
            finished.signal()
        }.start()
        #expect(waited.wait(timeout: .now() + 10) == .success, "the second build says it waits")
        #expect(tree(output)["index.html"] == Data("v1".utf8), "and writes nothing while it waits")
        close(held)
        #expect(finished.wait(timeout: .now() + 10) == .success)
        #expect(tree(output)["index.html"] == Data("v2".utf8))
    }

    @Test func unchangedFilesAreLinkedNotWrittenAgain() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        let writer = SiteWriter(output: output)
        func inode(_ path: String) -> UInt64 {
            var info = stat()
            return lstat(output + "/" + path, &info) == 0 ? UInt64(info.st_ino) : 0
        }
        try writer.write([SiteFile(path: "a.html", text: "same"), SiteFile(path: "b.html", text: "old")])
        let (a, b) = (inode("a.html"), inode("b.html"))
        try writer.write([SiteFile(path: "a.html", text: "same"), SiteFile(path: "b.html", text: "new")])
        #expect(inode("a.html") == a, "the unchanged file is the same file")
        #expect(inode("b.html") != b)
        #expect(tree(output) == [".seam-site": Data(SiteWriter.markerText.utf8), "a.html": Data("same".utf8), "b.html": Data("new".utf8)])
    }

    @Test func aBuildStreamedIntoATransactionIsTheSameAndAnAbandonedOneLeavesNoTrace() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        let writer = SiteWriter(output: output)
        let transaction = try writer.begin()
        let summary = try Site.render(SiteFixture.project, into: { try transaction.add($0) })
        try transaction.commit()
        var expected = Dictionary(uniqueKeysWithValues: SiteFixture.site.files.map { ($0.path, Data($0.bytes)) })
        expected[".seam-site"] = Data(SiteWriter.markerText.utf8)
        #expect(tree(output) == expected)
        #expect(summary.files == SiteFixture.site.files.count)
        #expect(summary.pages == SiteFixture.site.pageCount)

        let second = try writer.begin()
        try second.add(SiteFile(path: "index.html", text: "half a site"))
        second.abandon()
        #expect(tree(output) == expected)
        #expect(!FileManager.default.fileExists(atPath: writer.temporaryPath))
    }
}
