import Foundation
import SeamServe
import Testing

/// The watcher names the files written under its roots, in batches, counts the batches begun
/// (what tells `seam serve` that newer changes are coming), ignores hidden files, and watches
/// folders made after it started, naming the files written into one before its watch was added.
@Suite struct InotifyWatcherTests {
    /// The batches a watcher hands over, gathered on a task of their own.
    final class Batches: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [[String]] = []
        var all: [[String]] { lock.withLock { items } }
        func add(_ batch: [String]) { lock.withLock { items.append(batch) } }

        /// Waits (up to 10 s) until a batch names `path`.
        func waitFor(_ path: String) async throws -> Bool {
            for _ in 0..<1000 {
                if all.contains(where: { $0.contains(path) }) { return true }
                try await Task.sleep(for: .milliseconds(10))
            }
            return false
        }
    }

    @Test func batchesNameTheFilesWrittenAndAreCounted() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("seam-watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/terms", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let watcher = try InotifyWatcher(roots: [root])
        let batches = Batches()
        let gathering = Task { for await batch in watcher.changes { batches.add(batch) } }
        defer {
            watcher.stop()
            gathering.cancel()
        }
        #expect(watcher.batchesBegun == 0)

        try "a".write(toFile: root + "/terms/one.md", atomically: false, encoding: .utf8)
        #expect(try await batches.waitFor(root + "/terms/one.md"))
        #expect(batches.all == [[root + "/terms/one.md"]])
        #expect(watcher.batchesBegun == 1)

        // A hidden file is not named; a folder moved in (or made) now is watched, and the files
        // already in it are named: they had no event of their own.
        try "b".write(toFile: root + "/terms/.one.md.swp", atomically: false, encoding: .utf8)
        let elsewhere = root + "-elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        try "c".write(toFile: elsewhere + "/two.md", atomically: false, encoding: .utf8)
        try FileManager.default.moveItem(atPath: elsewhere, toPath: root + "/guides")
        #expect(try await batches.waitFor(root + "/guides/two.md"))
        try "d".write(toFile: root + "/guides/three.md", atomically: false, encoding: .utf8)
        #expect(try await batches.waitFor(root + "/guides/three.md"))
        try await Task.sleep(for: .milliseconds(100))  // any batch still to come
        #expect(!batches.all.joined().contains { $0.hasSuffix(".swp") })
        #expect(watcher.batchesBegun == batches.all.count, "every batch handed over was counted, and only those")
    }
}
