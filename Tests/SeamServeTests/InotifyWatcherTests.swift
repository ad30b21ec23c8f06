import Foundation
import SeamServe
import Testing

/// The watcher names the files written under its roots, in batches, counts the batches begun
/// (what tells `seam serve` that newer changes are coming), ignores hidden files, and watches
/// folders made after it started.
@Suite struct InotifyWatcherTests {
    @Test func batchesNameTheFilesWrittenAndAreCounted() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("seam-watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/terms", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let watcher = try InotifyWatcher(roots: [root])
        defer { watcher.stop() }
        var batches = watcher.changes.makeAsyncIterator()
        #expect(watcher.batchesBegun == 0)

        try "a".write(toFile: root + "/terms/one.md", atomically: false, encoding: .utf8)
        #expect(await batches.next() == [root + "/terms/one.md"])
        #expect(watcher.batchesBegun == 1)

        // A hidden file makes no batch, and is not counted; a folder made now is watched.
        try "b".write(toFile: root + "/terms/.one.md.swp", atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: root + "/guides", withIntermediateDirectories: true)
        var seen: Set<String> = []
        var received = 0
        while !seen.contains(root + "/guides/two.md") {
            if !FileManager.default.fileExists(atPath: root + "/guides/two.md") {
                try await Task.sleep(for: .milliseconds(50))  // the new folder's watch is added as its event is read
                try "c".write(toFile: root + "/guides/two.md", atomically: false, encoding: .utf8)
            }
            guard let batch = await batches.next() else { break }
            received += 1
            seen.formUnion(batch)
        }
        #expect(seen.contains(root + "/guides/two.md"))
        #expect(!seen.contains { $0.hasSuffix(".swp") })
        #expect(watcher.batchesBegun == 1 + received, "every batch handed over was counted, and only those")
    }
}
