import Foundation
import SeamAssess
import SeamContent

/// The shipped knowledge base and its assessments, loaded once for all tests.
enum Shipped {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `content/` of the repository, or `SEAM_TEST_CONTENT`.
    static let contentPath = ProcessInfo.processInfo.environment["SEAM_TEST_CONTENT"]
        ?? repository.appendingPathComponent("content").path

    static let base: KnowledgeBase = try! KnowledgeBase.load(contentPath)

    static let ids = ["cro-decision", "cro-reality", "cco-mandate", "renewal-owner", "first-90-days"]

    static func assessment(_ id: String) throws -> Assessment { try base.assessment(id) }
}

/// Compares `actual` with the golden file at `path` (relative to the repository); with
/// `SEAM_RECORD=1` in the environment, writes it instead.
func matchesGolden(_ actual: String, _ path: String) throws -> Bool {
    let url = Shipped.repository.appendingPathComponent(path)
    if ProcessInfo.processInfo.environment["SEAM_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return true
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    return expected == actual
}
