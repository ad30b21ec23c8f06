import Foundation
import Testing
@testable import SeamCharts
@testable import SeamContent
import SeamTestSupport

/// The org chart of every shipped structure, against its golden SVG (Tests/Golden/charts).
/// Re-record on purpose with `make golden` and review the diff.
struct ShippedChartsTests {
    static let structures: [Entry] = {
        let base = try? KnowledgeBase.load(repositoryRoot.appendingPathComponent("content").path)
        return base?.entries(with: .orgChart) ?? []
    }()

    @Test func everyShippedStructureHasAChart() {
        #expect(Self.structures.count >= 9)
        for entry in Self.structures {
            #expect(entry.frontMatter?["reporting"] != nil, "\(entry.id) has no reporting lines")
        }
    }

    @Test(arguments: structures.map(\.id)) func chartMatchesGolden(_ id: String) throws {
        let entry = try #require(Self.structures.first { $0.id == id })
        let (chart, diagnostics) = OrgChart.read(entry, path: entry.path, roles: Schema.shipped.roles)
        #expect(diagnostics.isEmpty)
        let svg = try #require(chart).svg(id: "chart-\(id)", title: "Org chart: \(entry.title)") + "\n"
        try expectGolden(svg, "Tests/Golden/charts/\(id).svg")
    }
}
