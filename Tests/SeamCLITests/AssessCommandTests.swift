import Foundation
import Testing

/// `seam assess` end to end, on the shipped knowledge base (or `SEAM_TEST_CONTENT`).
@Suite struct AssessCommandTests {
    static let content = ProcessInfo.processInfo.environment["SEAM_TEST_CONTENT"]
        ?? SeamProcess.repository.appendingPathComponent("content").path

    func assess(_ arguments: [String], input: String? = nil) throws -> SeamProcess.Output {
        try SeamProcess.run(["assess"] + arguments + ["--content", Self.content], input: input)
    }

    @Test func listsTheAssessments() throws {
        let output = try assess([])
        #expect(output.status == 0)
        for id in ["cro-decision", "cro-reality", "cco-mandate", "renewal-owner", "first-90-days"] {
            #expect(output.stdout.contains("\n\(id) ") || output.stdout.hasPrefix("\(id) "), "\(id)")
        }
        let json = try assess(["--format", "json"])
        let list = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(list?.count == 5)
    }

    @Test func answersGiveTheResultInEveryFormat() throws {
        let answers = ["--answer", "stage=series-b-to-c", "--answer", "motion=consultative", "--answer", "concentration=high",
                       "--answer", "candidate=cs-or-integrated", "--answer", "expansion=below-20"]
        let text = try assess(["cro-decision"] + answers)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Outcome: At risk [at-risk]"))
        #expect(text.stdout.contains("seam show expansion-share · factors/expansion-share.html#below-20-percent"))
        let json = try assess(["cro-decision", "--format", "json", "--site-url", "https://example.org/kb/"] + answers)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["outcome"] as? [String: Any])?["id"] as? String == "at-risk")
        let first = try #require((object["answers"] as? [[String: Any]])?.first)
        #expect((first["explanation"] as? [String: Any])?["page"] as? String == "https://example.org/kb/factors/company-stage.html#series-b-to-c")
        let html = try assess(["cro-decision", "--format", "html"] + answers)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        let markdown = try assess(["cro-decision", "--format", "markdown"] + answers)
        #expect(markdown.stdout.hasPrefix("# CRO decision check: At risk\n"))
    }

    @Test func answersFromAFileOrStandardInput() throws {
        let output = try assess(["cco-mandate", "--answers", "-", "--format", "json"], input: "{\"expansion-dependence\": 5, \"maturity\": 3}")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("\"id\" : \"commercial-cco\""))
        let yaml = try assess(["cco-mandate", "--answers", "-", "--answer", "maturity=2"], input: "expansion-dependence: 5\nmaturity: 3\n")
        #expect(yaml.stdout.contains("Outcome: Operationally oriented CCO"), "a later --answer wins")
    }

    @Test func missingAnswersAreListedWithTheirOptions() throws {
        let output = try assess(["renewal-owner", "--answer", "implementation=heavy"])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("no answer for 2 questions:\n  expansion-driver: sales-execution, value-realization\n  relationship: transactional, multi-year"))
        #expect(output.stderr.contains("--interactive"))
    }

    @Test func unknownQuestionsAndOptionsListTheValidOnes() throws {
        let output = try assess(["renewal-owner", "--answer", "implementation=medium", "--answer", "size=big"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("unknown question `size`; the questions are: implementation, expansion-driver, relationship"))
        #expect(output.stderr.contains("`medium` is not an option of `implementation`; its options are: light, heavy"))
        let unknown = try assess(["no-such-check"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no assessment `no-such-check`; the assessments: cco-mandate, cro-decision"))
    }

    @Test func interactiveAsksOnlyTheMissingQuestions() throws {
        let output = try assess(["renewal-owner", "--interactive", "--answer", "implementation=heavy", "--answer", "relationship=multi-year"],
                                input: "2\n")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("Question 1 of 1: What mainly drives renewals and expansion?"))
        #expect(output.stdout.contains("Outcome: Renewals under the CCO [renewals-under-cco]"))
    }

    /// A person at a terminal: an answer, a wrong answer, `?`, an answer, then Ctrl-D.
    @Test func interactiveThroughAPseudoTerminal() throws {
        let drive = { (steps: [String]) throws -> (status: Int, output: String) in
            let script = SeamProcess.repository.appendingPathComponent("Tests/Fixtures/assess/pty-drive.py").path
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", script, SeamProcess.binary.path, Self.content, "cro-reality"] + steps
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            return (object["status"] as? Int ?? -1, object["output"] as? String ?? "")
        }

        let stopped = try drive(["1", "7", "?", "2", "EOF"])
        #expect(stopped.status != 0)
        #expect(stopped.output.contains("Question 1 of 3: Is the CRO's own compensation meaningfully tied to NRR?"))
        #expect(stopped.output.contains("  1) Yes\n  2) No\n"))
        #expect(stopped.output.contains("There is no answer 7: type a number from 1 to 2, or ? to read the full explanation."))
        #expect(stopped.output.contains("From \""), "? shows the full explanation")
        #expect(stopped.output.contains("Question 3 of 3"))
        #expect(stopped.output.contains("Stopped: no result, since 1 question is unanswered."))
        #expect(!stopped.output.contains("Outcome:"), "no half result")

        let finished = try drive(["1", "2", "1"])
        #expect(finished.status == 0)
        #expect(finished.output.contains("Outcome: Nominal CRO [nominal]"))
        #expect(finished.output.contains("Counts as: a sign of a title change"))
    }

    @Test func checkReportsAssessmentProblems() throws {
        let directory = try SeamProcess.temporaryDirectory()
        let files = [
            "kb/terms/alpha.md": "---\ntitle: Alpha\nsummary: A term.\n---\nSee [the check](../assessments/x.md).\n",
            "kb/assessments/x.md": """
                ---
                title: X
                summary: A check.
                ratings: [{id: good, label: good}, {id: bad, label: bad}]
                questions:
                  - id: q
                    prompt: Q?
                    explanation: Why.
                    entry: alpha
                    options:
                      - {id: a, label: A, rating: good, why: W., entry: alpha}
                      - {id: b, label: B, why: W., entry: "alpha#nowhere"}
                outcomes:
                  - {id: fine, title: Fine, summary: S., entry: alpha, when: {count: good, min: 1}}
                ---
                Intro, see [alpha](../terms/alpha.md).

                """,
        ]
        for (path, text) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let output = try SeamProcess.run(["check", "--content", "kb"], in: directory)
        #expect(output.status == 1)
        #expect(output.stdout.contains("kb/assessments/x.md:12:9: error: option `q=b` counts as nothing"), "\(output.stdout)")
        #expect(output.stdout.contains("kb/assessments/x.md:12:43: error: `terms/alpha.md` has no heading with anchor `#nowhere`"), "\(output.stdout)")
        let fixed = files["kb/assessments/x.md"]!.replacingOccurrences(of: "{id: b, label: B, why: W., entry: \"alpha#nowhere\"}",
                                                                        with: "{id: b, label: B, rating: bad, why: W., entry: alpha}")
        try fixed.write(to: directory.appendingPathComponent("kb/assessments/x.md"), atomically: true, encoding: .utf8)
        let gap = try SeamProcess.run(["check", "--content", "kb"], in: directory)
        #expect(gap.stdout.contains("kb/assessments/x.md:13:1: error: the rules give no outcome for q=b: widen a rule"), "\(gap.stdout)")
    }
}
