import Foundation
import Testing

/// Every command end to end on `Tests/Fixtures/incident/content`, a knowledge base on another topic
/// (incident management) with its own schema, roles and assessment: Seam works on any topic.
@Suite struct IncidentFixtureTests {
    static let content = SeamProcess.repository.appendingPathComponent("Tests/Fixtures/incident/content").path

    /// Runs seam on the fixture with a cache folder of its own.
    func run(_ arguments: [String]) throws -> SeamProcess.Output {
        let cache = try SeamProcess.temporaryDirectory()
        return try SeamProcess.run(arguments + ["--content", Self.content], environment: ["SEAM_CACHE_DIR": cache.path])
    }

    func json(_ output: SeamProcess.Output) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    }

    @Test func checkFindsNoErrors() throws {
        let output = try run(["check"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect((output.stdout + output.stderr).contains("0 errors, 0 warnings"))
        #expect(!(output.stdout + output.stderr).contains("error:"))
    }

    @Test func defineFindsTheConceptByItsAlias() throws {
        let output = try run(["define", "SLO"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("Service level objective (SLO)"))
        #expect(output.stdout.contains("error budget"))
        let ic = try run(["define", "ic"])
        #expect(ic.stdout.hasPrefix("Incident Commander"))
    }

    @Test func searchFindsTheErrorBudget() throws {
        let output = try run(["search", "error budget", "--json"])
        #expect(output.status == 0)
        let ids = try #require(try json(output) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(Array(ids.prefix(2)).contains("error-budget"))
        withKnownIssue("the burn-rate metric, whose title starts with the words, outranks the entry titled exactly `Error budget`") {
            #expect(ids.first == "error-budget")
        }
        let kinds = try run(["search", "postmortem", "--kind", "question", "--json"])
        let questions = try #require(try json(kinds) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(questions == ["who-writes-the-postmortem"])
    }

    @Test func showRendersTheEntryWithItsKind() throws {
        let output = try run(["show", "slo"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("Service level objective\nconcept · slo"))
        #expect(output.stdout.contains("Also called: SLO"))
        let chart = try run(["show", "full-response-team"])
        #expect(chart.status == 0)
        #expect(chart.stdout.hasPrefix("Full response team\nteam-shape · full-response-team"))
        #expect(chart.stdout.contains("seam show running-a-major-incident  Running a major incident"))
        #expect(chart.stdout.contains("Reporting lines\n  Incident Commander\n  ├─ Operations Lead\n"), "\(chart.stdout)")
        // The kind's own fields: a text field by its label, an entry named by an `id` field.
        let metric = try run(["show", "error-budget-burn-rate"])
        #expect(metric.stdout.contains("\nMeasured in: multiples of the sustainable rate\n"), "\(metric.stdout)")
        let playbook = try run(["show", "running-a-major-incident"])
        #expect(playbook.stdout.contains("Puts into practice: "), "\(playbook.stdout)")
    }

    @Test func listGivesTheFixtureKinds() throws {
        let concepts = try run(["list", "--kind", "concept"])
        #expect(concepts.status == 0)
        #expect(concepts.stdout.hasPrefix("Concepts (17)"))
        for id in ["slo", "sli", "error-budget", "mttr", "mttd", "on-call", "postmortem", "runbook", "scribe"] {
            #expect(concepts.stdout.contains("\n  \(id) "), "missing \(id)")
        }
        let all = try run(["list"])
        for heading in ["Practices", "Playbooks", "Metrics", "Team shapes", "Checks", "Questions"] {
            #expect(all.stdout.contains(heading), "missing \(heading)")
        }
        #expect(try run(["list", "--kind", "term"]).status != 0)
    }

    @Test(arguments: [
        (["impact=widespread", "data=no", "workaround=yes"], "sev1"),
        (["impact=none", "data=yes", "workaround=yes"], "sev1"),
        (["impact=partial", "data=no", "workaround=no"], "sev2"),
        (["impact=partial", "data=no", "workaround=yes"], "sev3"),
        (["impact=none", "data=no", "workaround=no"], "sev3"),
    ])
    func assessPlacesTheSeverity(answers: [String], expected: String) throws {
        let output = try run(["assess", "incident-severity", "--format", "json"] + answers.flatMap { ["--answer", $0] })
        #expect(output.status == 0, "\(output.stderr)")
        let result = try #require(try json(output) as? [String: Any])
        let outcome = try #require(result["outcome"] as? [String: Any])
        #expect(outcome["id"] as? String == expected)
        let explanation = try #require(outcome["explanation"] as? [String: Any])
        #expect(explanation["id"] as? String == "severity")
        #expect(explanation["anchor"] as? String == expected)
    }

    /// An entry that only the assessment leads to (an option's `entry`) is not "unlinked"; the
    /// same entry named by nothing is.
    @Test func anEntryTheAssessmentNamesIsNotUnlinked() throws {
        let directory = try SeamProcess.temporaryDirectory()
        let content = directory.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: Self.content, toPath: content.path)
        try "---\ntitle: Blast radius\nsummary: How much of the service an incident reaches.\n---\nThe share of users and features an incident touches.\n"
            .write(to: content.appendingPathComponent("concepts/blast-radius.md"), atomically: true, encoding: .utf8)
        let unnamed = try SeamProcess.run(["check", "--content", content.path])
        #expect(unnamed.stdout.contains("concepts/blast-radius.md:1:1: warning: nothing links to this entry"), "\(unnamed.stdout)")
        let check = content.appendingPathComponent("checks/incident-severity.md")
        let text = try String(contentsOf: check, encoding: .utf8)
        try text.replacingOccurrences(of: "entry: severity#sev1", with: "entry: blast-radius").write(to: check, atomically: true, encoding: .utf8)
        let named = try SeamProcess.run(["check", "--content", content.path])
        #expect(named.status == 0 && !named.stdout.contains("blast-radius.md"), "\(named.stdout)")
    }

    /// Words of the shipped knowledge base's topic, which no page of this one's site may contain.
    static let shippedTopicWords = ["CRO", "CCO", "NRR", "ARR", "renewal", "Renewal", "Customer Success", "revenue", "Revenue",
                                    "structures they weigh", "decision framework", "Start with the framework", "Glossary term",
                                    "Facts and figures", "VP Sales", "churn"]

    @Test func buildWritesASiteWithNoWordOfTheShippedTopic() throws {
        let directory = try SeamProcess.temporaryDirectory()
        let site = directory.appendingPathComponent("site")
        let output = try run(["build", "--output", site.path])
        #expect(output.status == 0, "\(output.stderr)")
        let home = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("Incidents, handled"))
        #expect(home.contains("placeholder=\"Search incidents, metrics, playbooks…\""), "the settings' own interface words")
        let metric = try String(contentsOf: site.appendingPathComponent("metrics/error-budget-burn-rate.html"), encoding: .utf8)
        #expect(metric.contains("<dl class=\"entry-details\">\n<dt>Measured in</dt>\n<dd>multiples of the sustainable rate</dd>"), "a kind's own field")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("concepts/slo.html").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("checks/incident-severity.html").path))
        var found: [String] = []
        let files = FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil)!
        for case let file as URL in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for word in Self.shippedTopicWords where Self.containsWord(word, in: text) {
                found.append("\(file.path.dropFirst(site.path.count + 1)): \(word)")
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    /// Whether `word` occurs in `text` with no letter on either side ("CRO" but not "MICRO").
    static func containsWord(_ word: String, in text: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let range = text.range(of: word, range: searchRange) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            searchRange = range.upperBound..<text.endIndex
        }
        return false
    }
}
