import Foundation
import SeamAuthor
@testable import SeamServe
import SeamSite
import Testing

/// The rebuild loop driven by a `ChangeSource` the test controls: each batch rebuilds, and the
/// pages hear `reload`, the errors, or that they are fixed; stopping ends the loop.
@Suite struct LivePreviewTests {
    /// Changes handed over by the test.
    final class ManualChanges: ChangeSource, @unchecked Sendable {
        let changes: AsyncStream<[String]>
        let continuation: AsyncStream<[String]>.Continuation

        init() { (changes, continuation) = AsyncStream.makeStream(of: [String].self) }

        func stop() { continuation.finish() }
    }

    /// What the loop reported, in order.
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [LivePreview.Report] = []
        func add(_ report: LivePreview.Report) { lock.withLock { items.append(report) } }
        var all: [LivePreview.Report] { lock.withLock { items } }

        func waitFor(count: Int) async throws {
            for _ in 0..<2000 where all.count < count { try await Task.sleep(for: .milliseconds(5)) }
        }
    }

    /// A starter knowledge base in a new temporary folder (`kb/`, built into `site/`), its
    /// preview built once, driven by changes the test hands over.
    struct Started {
        let folder: String
        let changes = ManualChanges()
        let reports = Reports()
        let preview: LivePreview

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("seam-preview-\(UUID().uuidString)").path
            try Starter.write(into: folder + "/kb")
            let site = IncrementalSite(contentRoot: folder + "/kb", output: folder + "/site")
            preview = LivePreview(site: site, source: changes, report: reports.add)
        }
    }

    @Test func batchesRebuildAndTellThePages() async throws {
        let started = try Started()
        let (folder, changes, reports, preview) = (started.folder, started.changes, started.reports, started.preview)
        #expect(preview.buildFirst())
        let loop = Task { try await preview.run() }
        let entry = folder + "/kb/terms/entry.md"
        let good = try String(contentsOfFile: entry, encoding: .utf8)

        try good.replacingOccurrences(of: "title: Entry", with: "title: Entry point").write(toFile: entry, atomically: true, encoding: .utf8)
        changes.continuation.yield([entry])
        try await reports.waitFor(count: 2)
        guard case .built(let update, _) = reports.all.last else { Issue.record("no rebuild: \(reports.all)"); return }
        #expect(update.written.contains("terms/entry.html"))
        #expect(try String(contentsOfFile: folder + "/site/terms/entry.html", encoding: .utf8).contains("Entry point"))

        try (good + "\n[x](missing.md)\n").write(toFile: entry, atomically: true, encoding: .utf8)
        changes.continuation.yield([entry])
        try await reports.waitFor(count: 3)
        guard case .stopped(let errors, let diagnostics) = reports.all.last else { Issue.record("no error: \(reports.all)"); return }
        #expect(errors == 1)
        #expect(diagnostics.first?.description.hasPrefix(folder + "/kb/terms/entry.md:") == true)
        #expect(try String(contentsOfFile: folder + "/site/terms/entry.html", encoding: .utf8).contains("Entry point"),
                "the last good page stays")

        changes.stop()
        try await loop.value
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// After an edit to an entry's body, the reload names the edited entry's page first, on its
    /// own, as soon as it is written: a page that shows it reloads, others open stay.
    @Test func theEditedPageReloadsFirst() async throws {
        let started = try Started()
        let (folder, changes, reports, preview) = (started.folder, started.changes, started.reports, started.preview)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(preview.buildFirst())
        let heard = Task { () -> [String] in
            var events: [String] = []
            for await event in preview.events.listen() where event.hasPrefix("event: reload") {
                events.append(event)
            }
            return events
        }
        while preview.events.listenerCount == 0 { try await Task.sleep(for: .milliseconds(5)) }
        let loop = Task { try await preview.run() }
        let entry = folder + "/kb/terms/entry.md"
        try (try String(contentsOfFile: entry, encoding: .utf8) + "\nOne more sentence.\n").write(toFile: entry, atomically: true, encoding: .utf8)
        changes.continuation.yield([entry])
        try await reports.waitFor(count: 2)
        guard case .built(let update, _) = reports.all.last else { Issue.record("no rebuild: \(reports.all)"); return }
        #expect(!update.full)
        changes.stop()
        try await loop.value
        let reloads = await heard.value
        #expect(reloads.first == "event: reload\ndata: terms/entry.html\n\n", "\(reloads)")
    }
}
