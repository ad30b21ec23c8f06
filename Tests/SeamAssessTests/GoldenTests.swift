import Foundation
import SeamAssess
import Testing
import SeamTestSupport

/// For every shipped assessment, one scenario per outcome (the first combination of answers, in
/// order, that reaches it), in all four formats. `make golden` re-records them.
@Suite struct GoldenTests {
    struct Scenario: CustomTestStringConvertible, Sendable {
        var assessment: String
        var outcome: String
        var testDescription: String { "\(assessment) \(outcome)" }
    }

    static let scenarios: [Scenario] = Shipped.ids.flatMap { id in
        ExhaustiveTests.productOutcomes[id]!.sorted().map { Scenario(assessment: id, outcome: $0) }
    }

    /// The first combination of answers that gives `outcome`.
    static func answers(for scenario: Scenario) throws -> [String: String] {
        let assessment = try Shipped.assessment(scenario.assessment)
        return try #require(Coverage.allAnswers(assessment).first { try assessment.evaluate($0).outcome.id == scenario.outcome })
    }

    @Test(arguments: scenarios)
    func allFormats(_ scenario: Scenario) throws {
        let assessment = try Shipped.assessment(scenario.assessment)
        let result = try assessment.evaluate(try Self.answers(for: scenario))
        #expect(result.outcome.id == scenario.outcome)
        for format in ResultFormat.allCases {
            let ext = ["text": "txt", "markdown": "md", "json": "json", "html": "html"][format.rawValue]!
            let path = "Tests/Golden/assessments/\(scenario.assessment)/\(scenario.outcome).\(ext)"
            try expectGolden(result.rendered(as: format, chart: assessment.chartSpec), path)
        }
    }

    @Test func jsonHasProductsShape() throws {
        let assessment = try Shipped.assessment("cro-decision")
        let result = try assessment.evaluate(Coverage.allAnswers(assessment)[0])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.json.utf8)) as? [String: Any])
        #expect(json["assessment"] as? String == "cro-decision")
        let answer = try #require((json["answers"] as? [[String: Any]])?.first)
        for key in ["question", "option", "rating", "explanation"] { #expect(answer[key] != nil, "answers[].\(key)") }
        let explanation = try #require(answer["explanation"] as? [String: Any])
        for key in ["id", "title", "summary"] { #expect(explanation[key] is String, "explanation.\(key)") }
        let outcome = try #require(json["outcome"] as? [String: Any])
        for key in ["id", "title", "summary"] { #expect(outcome[key] is String, "outcome.\(key)") }
        for list in ["recommendations", "facts", "terms"] {
            let items = try #require(json[list] as? [[String: Any]], "\(list)")
            #expect(!items.isEmpty)
            for item in items { #expect(item["id"] is String && item["title"] is String) }
        }
    }

    @Test func siteURLMakesPagesAbsolute() throws {
        let assessment = try Shipped.assessment("cro-reality")
        let result = try assessment.evaluate(["nrr-comp": "yes", "comp-authority": "yes", "seam-authority": "no"])
        let text = result.rendered(as: .text, siteURL: "https://kb.example.org/seam")
        #expect(text.contains("https://kb.example.org/seam/guides/") || text.contains("https://kb.example.org/seam/terms/"))
        let relative = result.rendered(as: .markdown)
        #expect(relative.contains("](terms/nominal-cro.html)"))
    }

    @Test func htmlEscapesEverything() throws {
        var assessment = try Shipped.assessment("cro-reality")
        assessment.title = "<script>alert(1)</script> & co"
        let html = try assessment.evaluate(["nrr-comp": "yes", "comp-authority": "yes", "seam-authority": "yes"]).html
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }
}
