import SeamAssess
import Testing

/// The question-and-answer loop, driven by scripted lines.
@Suite struct InterviewTests {
    final class Script: @unchecked Sendable {
        var lines: [String]
        var output = ""
        init(_ lines: [String]) { self.lines = lines }
        func next() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
    }

    func run(_ id: String, _ lines: [String], given: [String: String] = [:]) throws -> (Bool, [String: String], String) {
        let script = Script(lines)
        let interview = Interview(assessment: try Shipped.assessment(id), readLine: script.next,
                                  write: { script.output += $0 }, explain: { "FULL: \($0.id)" })
        var answers = given
        let finished = interview.run(&answers)
        return (finished, answers, script.output)
    }

    @Test func numbersIdsAndLabelsAnswer() throws {
        let (finished, answers, output) = try run("cro-reality", ["1", "no", "Yes"])
        #expect(finished)
        #expect(answers == ["nrr-comp": "yes", "comp-authority": "no", "seam-authority": "yes"])
        #expect(output.contains("Question 1 of 3: Is the CRO's own compensation meaningfully tied to NRR?"))
        #expect(output.contains("  1) Yes\n  2) No\n"))
    }

    @Test func wrongInputSaysWhyAndAsksAgain() throws {
        let (finished, answers, output) = try run("cco-mandate", ["9", "maybe", "", "?", "4", "5"])
        #expect(finished)
        #expect(answers == ["expansion-dependence": "4", "maturity": "5"])
        #expect(output.contains("There is no answer 9: type a number from 1 to 5, or ? to read the full explanation."))
        #expect(output.contains("\"maybe\" is not one of the answers"))
        #expect(output.contains("No answer given"))
        #expect(output.contains("FULL: expansion-dependence"))
    }

    @Test func endOfInputStopsWithoutResult() throws {
        let (finished, answers, output) = try run("renewal-owner", ["1"])
        #expect(!finished)
        #expect(answers == ["implementation": "light"])
        #expect(output.contains("Stopped: no result, since 2 questions are unanswered."))
    }

    @Test func asksOnlyWhatIsMissing() throws {
        let (finished, answers, output) = try run("renewal-owner", ["2"], given: ["implementation": "heavy", "relationship": "multi-year"])
        #expect(finished)
        #expect(answers["expansion-driver"] == "value-realization")
        #expect(output.contains("Question 1 of 1: What mainly drives renewals and expansion?"))
    }
}

@Suite struct EntrySectionTests {
    @Test func sectionRunsToTheNextHeadingOfItsLevel() throws {
        let entry = try #require(Shipped.base.entry("first-90-days-plan"))
        let section = try #require(entry.section("three-seam-decisions-in-the-first-30-days"))
        #expect(section.hasPrefix("## Three seam decisions in the first 30 days"))
        #expect(section.contains("### Compensation design"))
        #expect(!section.contains("## Watch monthly"))
        let last = try #require(entry.section("in-progress"))
        #expect(last.hasPrefix("### In progress"))
        #expect(entry.section("nowhere") == nil)
    }
}
