import Foundation
import SeamAssess
import Testing

/// `assess-engine.js`, run by node, gives the same result as the Swift evaluator for every
/// combination of answers of every shipped assessment.
@Suite struct ParityTests {
    static let node: String? = ["/usr/bin/node", "/usr/local/bin/node"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static let script = """
        const fs = require("fs");
        const window = {};
        PRELUDE
        new Function("window", fs.readFileSync(process.argv[2], "utf8"))(window);
        const assert = require("assert");
        const cases = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
        let compared = 0, mismatches = 0;
        for (const item of cases) {
          const definition = item.definition;
          for (const one of item.cases) {
            const actual = JSON.parse(JSON.stringify(window.SeamAssess.evaluate(definition, one.answers)));
            try { assert.deepStrictEqual(actual, one.expected); } catch (error) {
              if (mismatches++ < 3) console.error(definition.id, JSON.stringify(one.answers), error.message.slice(0, 2000));
            }
            compared++;
          }
        }
        console.log(JSON.stringify({compared, mismatches}));
        """

    struct Case: Encodable {
        var answers: [String: String]
        var expected: AssessmentResult
    }

    struct Item: Encodable {
        var definition: Assessment
        var cases: [Case]
    }

    @Test(.enabled(if: node != nil, "node is not installed"))
    func javaScriptAgreesOnEveryCombination() throws {
        var items: [Item] = []
        var total = 0
        for id in Shipped.ids {
            // The definition goes through its JSON form, as the site embeds it.
            let definition = try Assessment.fromSiteJSON(try Shipped.assessment(id).siteJSON())
            let cases = try Coverage.allAnswers(definition).map { Case(answers: $0, expected: try definition.evaluate($0)) }
            total += cases.count
            items.append(Item(definition: definition, cases: cases))
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("seam-parity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let casesURL = directory.appendingPathComponent("cases.json")
        let scriptURL = directory.appendingPathComponent("parity.js")
        try JSONEncoder().encode(items).write(to: casesURL)
        let strings = try EnglishScriptStrings.prepare(in: directory, firstArgument: 4)
        try Self.script.replacingOccurrences(of: "PRELUDE", with: strings.prelude).write(to: scriptURL, atomically: true, encoding: .utf8)
        let engine = EnglishScriptStrings.theme.appendingPathComponent("assets/assess-engine.js")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.node!)
        process.arguments = [scriptURL.path, engine.path, casesURL.path] + strings.arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(errors)")
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == "{\"compared\":\(total),\"mismatches\":0}", "\(errors)")
        #expect(total == 243 + 8 + 25 + 8 + 4096)
    }

    @Test(arguments: Shipped.ids)
    func siteJSONRoundTrips(_ id: String) throws {
        let assessment = try Shipped.assessment(id)
        #expect(try Assessment.fromSiteJSON(assessment.siteJSON()) == assessment)
    }
}
