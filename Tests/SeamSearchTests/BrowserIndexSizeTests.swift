import Foundation
import Testing
import SeamContent
@testable import SeamSearch

/// The browser index of a 10,000-entry generated corpus stays under 5 MB. Slow (it builds the
/// whole corpus), so it runs only with `SEAM_LARGE_TESTS=1`.
@Suite struct BrowserIndexSizeTests {
    static var enabled: Bool { ProcessInfo.processInfo.environment["SEAM_LARGE_TESTS"] == "1" }

    @Test(.enabled(if: enabled)) func tenThousandEntriesUnderFiveMegabytes() throws {
        let directory = try SearchTestSupport.temporaryDirectory()
        let generator = Process()
        generator.executableURL = SearchTestSupport.repository.appendingPathComponent("bench/gen-corpus")
        generator.arguments = [directory.path, "10000"]
        generator.standardOutput = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        let base = try KnowledgeBase.load(directory.appendingPathComponent("content").path)
        let data = IndexBuilder.build(base)
        let json = BrowserIndex.json(data)
        let binary = IndexBuilder.file(base, stamp: nil)
        print("browser index: \(json.utf8.count) bytes; binary index without stamp: \(binary.count) bytes")
        if let out = ProcessInfo.processInfo.environment["SEAM_BROWSER_INDEX_OUT"] {
            try json.write(toFile: out, atomically: true, encoding: .utf8)
        }
        #expect(json.utf8.count < 5_000_000)
        try? FileManager.default.removeItem(at: directory)
    }
}
