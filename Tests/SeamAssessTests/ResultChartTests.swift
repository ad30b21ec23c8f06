import Foundation
import SeamAssess
import Testing
import SeamTestSupport

/// The result chart of every shipped assessment: what it is derived from the rules, a golden
/// SVG and text chart for one result each (`Tests/Golden/results/`), re-recorded with `make golden`.
@Suite struct ResultChartTests {
    /// A result for each assessment that exercises the chart: mixed ratings, a score near the
    /// cut-off, tallies on both sides of their thresholds.
    static let samples: [(id: String, answers: [String: String])] = [
        ("cro-decision", ["stage": "series-b-to-c", "motion": "mixed", "concentration": "high",
                          "candidate": "sales-only", "expansion": "below-20"]),
        ("cro-reality", ["nrr-comp": "yes", "comp-authority": "no", "seam-authority": "yes"]),
        ("cco-mandate", ["expansion-dependence": "4", "maturity": "3"]),
        ("renewal-owner", ["implementation": "heavy", "expansion-driver": "sales-execution", "relationship": "multi-year"]),
        ("first-90-days", ["nrr-forecast-owner": "yes", "renewal-model": "yes", "expansion-pipeline-owner": "no", "comp-live": "yes",
                           "forecast-accuracy": "yes", "less-coordination-time": "yes", "cs-culture-holds": "no", "expansion-shared": "yes",
                           "vp-cs-in-sales-reviews": "yes", "csm-quota-comp": "no", "cs-hiring-slows": "yes", "senior-csm-attrition": "no"]),
    ]

    @Test func specsFollowTheRules() throws {
        #expect(try Shipped.assessment("cro-decision").chartSpec.kind == .rows)
        #expect(try Shipped.assessment("cro-decision").chartSpec.rows.count == 5)
        let cco = try Shipped.assessment("cco-mandate").chartSpec
        #expect(cco.kind == .scale)
        #expect(cco.scale?.minimum == 2 && cco.scale?.maximum == 10)
        #expect(cco.scale?.boundaries.map(\.value) == [8])
        #expect(cco.scale?.boundaries.first?.outcome == "commercial-cco")
        let days = try Shipped.assessment("first-90-days").chartSpec
        #expect(days.kind == .tallies)
        let thresholds = Dictionary(uniqueKeysWithValues: days.tallies.map { ($0.group, $0.boundaries.map(\.value)) })
        #expect(thresholds["absorption"] == [1, 2])
        #expect(thresholds["works"] == [3])
        #expect(thresholds["decisions"] == [4])
    }

    @Test(arguments: samples.map(\.id)) func chartMatchesGolden(_ id: String) throws {
        let assessment = try Shipped.assessment(id)
        let answers = try #require(Self.samples.first { $0.id == id }?.answers)
        let result = try assessment.evaluate(answers)
        let spec = assessment.chartSpec
        let svg = result.chartSVG(spec, id: "chart-\(id)") + "\n"
        #expect(svg.contains("role=\"img\""))
        try expectGolden(svg, "Tests/Golden/results/\(id).svg")
        let text = result.chartText(spec).joined(separator: "\n") + "\n"
        try expectGolden(text, "Tests/Golden/results/\(id).txt")
        // Every rating shows in words, not only as a mark.
        for answer in result.answers where spec.kind == .rows { #expect(svg.contains(answer.countedAs)) }
    }
}
