import Foundation
import SeamAssess
import SeamContent
import SeamTestSupport

/// The shipped knowledge base and its assessments, loaded once for all tests.
enum Shipped {
    static let repository = repositoryRoot

    /// `content/` of the repository, or `SEAM_TEST_CONTENT`.
    static let contentPath = ProcessInfo.processInfo.environment["SEAM_TEST_CONTENT"]
        ?? repository.appendingPathComponent("content").path

    static let base: KnowledgeBase = try! KnowledgeBase.load(contentPath)

    static let ids = ["cro-decision", "cro-reality", "cco-mandate", "renewal-owner", "first-90-days"]

    static func assessment(_ id: String) throws -> Assessment { try base.assessment(id) }
}
