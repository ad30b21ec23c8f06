import Foundation
import SeamAssess
import Testing

/// `result-chart.js`, run by node, draws exactly the SVG (and writes the legend) that Swift does, for every combination
/// of answers of the small assessments and every 16th of first-90-days. The script speaks the theme's
/// English strings (strings/en.yml), the words Swift writes for the terminal.
@Suite struct ResultChartParityTests {
    static let script = """
        const fs = require("fs");
        const window = {};
        PRELUDE
        new Function("window", fs.readFileSync(process.argv[2], "utf8"))(window);
        const cases = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
        let compared = 0, mismatches = 0;
        for (const one of cases) {
          const actual = window.SeamResultChart.svg(one.spec, one.result, one.id) + "|" + window.SeamResultChart.legend(one.spec);
          if (actual !== one.expected && mismatches++ < 2) console.error("expected:\\n" + one.expected + "\\nactual:\\n" + actual);
          compared++;
        }
        console.log(JSON.stringify({compared, mismatches}));
        """

    struct Case: Encodable {
        var spec: ResultChartSpec
        var result: AssessmentResult
        var id: String
        var expected: String
    }

    @Test(.enabled(if: ParityTests.node != nil, "node is not installed"))
    func javaScriptDrawsTheSameChart() throws {
        var cases: [Case] = []
        for id in Shipped.ids {
            // The spec goes through the definition's JSON form, as the site embeds it.
            let definition = try Assessment.fromSiteJSON(try Shipped.assessment(id).siteJSON())
            let spec = try #require(definition.chart)
            for (index, answers) in Coverage.allAnswers(definition).enumerated() where id != "first-90-days" || index % 16 == 0 {
                let result = try definition.evaluate(answers)
                cases.append(Case(spec: spec, result: result, id: "chart-\(id)", expected: result.chartSVG(spec, id: "chart-\(id)") + "|" + (spec.legend ?? "null")))
            }
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("seam-chart-parity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let casesURL = directory.appendingPathComponent("cases.json"), scriptURL = directory.appendingPathComponent("parity.js")
        try JSONEncoder().encode(cases).write(to: casesURL)
        let strings = try EnglishScriptStrings.prepare(in: directory, firstArgument: 4)
        try Self.script.replacingOccurrences(of: "PRELUDE", with: strings.prelude).write(to: scriptURL, atomically: true, encoding: .utf8)
        let engine = EnglishScriptStrings.theme.appendingPathComponent("assets/result-chart.js")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ParityTests.node!)
        process.arguments = [scriptURL.path, engine.path, casesURL.path] + strings.arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == "{\"compared\":\(cases.count),\"mismatches\":0}", "\(errors)")
        #expect(cases.count == 243 + 8 + 25 + 8 + 256)
    }
}
