import Foundation
import SeamAssess
import SeamContent
import Testing

/// The checks `seam check` runs on assessment definitions, on small knowledge bases.
@Suite struct ValidatorTests {
    /// Writes a knowledge base with two terms, a fact and the assessment `front` (its front matter).
    static func base(_ front: String) throws -> KnowledgeBase {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("seam-assess-\(UUID().uuidString)")
        let files = [
            "terms/alpha.md": "---\ntitle: Alpha\nsummary: The first term.\n---\nAlpha.\n\n## Low\n\nx\n\n## High\n\ny\n",
            "terms/beta.md": "---\ntitle: Beta\nsummary: The second term.\n---\nBeta, see [alpha](alpha.md) and [x](../assessments/x.md).\n",
            "facts/gamma.md": "---\ntitle: Gamma\nsummary: A figure.\nfigure: \"5%\"\nmeasured: Something.\nsources:\n  - publisher: Somebody\n---\nGamma, see [beta](../terms/beta.md).\n",
            "assessments/x.md": "---\ntitle: X\nsummary: An assessment.\n\(front)---\nIntro, see [gamma](../facts/gamma.md).\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return try KnowledgeBase.load(root.path)
    }

    static let valid = """
        ratings:
          - {id: good, label: good}
          - {id: bad, label: bad}
        questions:
          - id: q1
            prompt: First?
            explanation: Why.
            entry: alpha
            options:
              - {id: a, label: A, rating: good, why: Because., entry: "alpha#low"}
              - {id: b, label: B, rating: bad, why: Because., entry: "../terms/alpha.md#high"}
          - id: q2
            prompt: Second?
            explanation: Why.
            entry: beta
            options:
              - {id: a, label: A, rating: good, why: Because., entry: beta}
              - {id: b, label: B, rating: bad, why: Because., entry: beta}
        outcomes:
          - {id: fine, title: Fine, summary: S., entry: alpha, when: {count: bad, max: 0}}
          - {id: poor, title: Poor, summary: S., entry: alpha, when: {count: bad, min: 1}}
        facts: [gamma]
        terms: [alpha]

        """

    /// `line:column: message` of each assessment diagnostic.
    static func problems(_ front: String) throws -> [String] {
        let base = try base(front)
        return base.entries(with: .assessment).flatMap { base.readAssessment($0).diagnostics }.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
    }

    @Test func validDefinitionHasNoProblems() throws {
        let base = try Self.base(Self.valid)
        #expect(base.entries(with: .assessment).flatMap { base.readAssessment($0).diagnostics }.isEmpty)
        let assessment = try base.assessment("x")
        #expect(assessment.questions[0].options[1].entry == EntryRef(id: "alpha", anchor: "high"))
        #expect(try assessment.evaluate(["q1": "a", "q2": "b"]).outcome.id == "poor")
    }

    /// One cause, one error: a question or outcome that fails to read is not reported again by the
    /// rules and recommendations that name it, and a misspelt key is one error at the key.
    @Test func aBrokenQuestionOrOutcomeGivesOneError() throws {
        let noPrompt = Self.valid.replacingOccurrences(of: "    prompt: First?\n", with: "")
            + "recommendations:\n  - {entry: beta, why: Read it., outcomes: [poor]}\n"
        let broken = noPrompt.replacingOccurrences(of: "when: {count: bad, min: 1}}", with: "when: {answer: q1, in: [b]}, titl: x}")
        let brokenProblems = try Self.problems(broken)
        #expect(brokenProblems == ["8:5: error: missing `prompt` of question `q1`",
                                              "23:85: error: unknown key `titl` in an outcome; its keys: id, title, summary, explanation, reading, entry, when, otherwise, facts, terms, notes"])
        let misspelt = Self.valid.replacingOccurrences(of: "    prompt: First?", with: "    promt: First?")
        let misspeltProblems = try Self.problems(misspelt)
        #expect(misspeltProblems == ["9:5: error: unknown key `promt` in a question: did you mean `prompt`?"])
    }

    @Test func notesJoinTheExplanationWhenTheirRuleHolds() throws {
        let front = Self.valid.replacingOccurrences(
            of: "  - {id: poor, title: Poor, summary: S., entry: alpha, when: {count: bad, min: 1}}",
            with: """
              - id: poor
                title: Poor
                summary: S.
                explanation: Why poor.
                entry: alpha
                when: {count: bad, min: 1}
                notes:
                  - {when: {answer: q1, in: [b]}, text: First is bad.}
                  - {when: {answer: q2, in: [b]}, text: Second is bad.}
            """)
        let base = try Self.base(front)
        let problems = base.entries(with: .assessment).flatMap { base.readAssessment($0).diagnostics }
        #expect(problems.isEmpty, "\(problems)")
        let assessment = try base.assessment("x")
        #expect(try assessment.evaluate(["q1": "a", "q2": "b"]).outcome.text == "Why poor. Second is bad.")
        #expect(try assessment.evaluate(["q1": "b", "q2": "b"]).outcome.text == "Why poor. First is bad. Second is bad.")
        #expect(try assessment.evaluate(["q1": "a", "q2": "a"]).outcome.text == nil)
        #expect(try Assessment.fromSiteJSON(assessment.siteJSON()) == assessment)
    }

    @Test func noteWithoutRuleOrText() throws {
        let front = Self.valid.replacingOccurrences(
            of: "entry: alpha, when: {count: bad, min: 1}}",
            with: "entry: alpha, when: {count: bad, min: 1}, notes: [{text: No rule.}, {when: {answer: q1, in: [c]}}]}")
        let problems = try Self.problems(front)
        #expect(problems.contains { $0.contains("a note of outcome `poor` has no rule") }, "\(problems)")
        #expect(problems.contains { $0.contains("`c` is not an option of `q1`") }, "\(problems)")
        #expect(problems.contains { $0.contains("missing `text` of a note of outcome `poor`") }, "\(problems)")
    }

    @Test func optionWithoutRatingOrExplanation() throws {
        let front = Self.valid.replacingOccurrences(of: "{id: a, label: A, rating: good, why: Because., entry: beta}", with: "{id: a, label: A}")
        let problems = try Self.problems(front)
        #expect(problems.contains("20:9: error: option `q2=a` counts as nothing: give it a `rating` (good, bad) or a `score`"), "\(problems)")
        #expect(problems.contains { $0.hasPrefix("20:9: error: missing `why` of option `q2=a`") })
        #expect(problems.contains { $0.hasPrefix("20:9: error: missing `entry` of option `q2=a`") })
    }

    @Test func unknownEntriesAnchorsAndRatings() throws {
        let front = Self.valid
            .replacingOccurrences(of: "entry: \"alpha#low\"", with: "entry: \"alpha#middle\"")
            .replacingOccurrences(of: "entry: beta\n    options", with: "entry: betta\n    options")
            .replacingOccurrences(of: "rating: bad, why: Because., entry: beta}", with: "rating: worse, why: Because., entry: beta}")
            .replacingOccurrences(of: "terms: [alpha]", with: "terms: [gamma]")
        let problems = try Self.problems(front)
        #expect(problems.contains { $0.hasPrefix("13:63: error: `terms/alpha.md` has no heading with anchor `#middle`") }, "\(problems)")
        #expect(problems.contains("18:12: error: `entry` of question `q2` (the entry that explains it) names `betta`, which is not an entry; did you mean `beta`?"), "\(problems)")
        #expect(problems.contains { $0.contains("option `q2=b` is rated `worse`, which `ratings` does not define") })
        #expect(problems.contains { $0.contains("lists `gamma`, a fact: list entries of `term` only") })
    }

    @Test func duplicateIDs() throws {
        let front = Self.valid.replacingOccurrences(of: "{id: poor,", with: "{id: fine,")
        let problems = try Self.problems(front)
        #expect(problems.contains { $0.contains("outcome id `fine` is used twice") }, "\(problems)")
    }

    @Test func gapNamesTheCombination() throws {
        let front = Self.valid.replacingOccurrences(of: "when: {count: bad, min: 1}", with: "when: {count: bad, min: 2}")
        let problems = try Self.problems(front)
        #expect(problems == ["22:1: error: the rules give no outcome for q1=a, q2=b (and 1 more combination): widen a rule or add an outcome with `otherwise: true`"], "\(problems)")
    }

    /// Outcomes are tried in order and the first whose rule holds wins: rules may overlap.
    @Test func overlappingRulesTakeTheFirstOutcome() throws {
        let front = Self.valid.replacingOccurrences(of: "when: {count: bad, min: 1}", with: "when: {answer: q1, in: [a, b]}")
        let problems = try Self.problems(front)
        #expect(problems.isEmpty, "\(problems)")
        let assessment = try Self.base(front).assessment("x")
        #expect(try assessment.evaluate(["q1": "a", "q2": "a"]).outcome.id == "fine")
        #expect(try assessment.evaluate(["q1": "b", "q2": "a"]).outcome.id == "poor")
    }

    /// An outcome that an earlier one takes every combination from is an error that says so.
    @Test func anOutcomeNoCombinationReachesIsReported() throws {
        let front = Self.valid.replacingOccurrences(of: "when: {count: bad, max: 0}", with: "when: {count: bad, max: 2}")
        let problems = try Self.problems(front)
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.contains("error: outcome `poor` is never reached: wherever its rule holds, an earlier outcome's rule holds too") == true, "\(problems)")
    }

    @Test func otherwiseFillsTheGapAndUnreachableOutcomesWarn() throws {
        let front = Self.valid
            .replacingOccurrences(of: "when: {count: bad, min: 1}", with: "otherwise: true")
            .replacingOccurrences(of: "facts: [gamma]", with: "  - {id: never, title: N, summary: S., entry: alpha, when: {score: total, min: 1}}\nfacts: [gamma]")
        let problems = try Self.problems(front)
        #expect(problems.contains { $0.contains("outcome `poor` has both") } == false)
        #expect(problems.contains { $0.hasSuffix("warning: outcome `never` applies to no combination of answers: fix its rule or remove it") }, "\(problems)")
    }

    @Test func malformedRules() throws {
        for (rule, message) in [
            ("{count: bad}", "a `count` rule needs `min`, `max` or both"),
            ("{count: bad, min: 1, answer: q1}", "a rule has one operator; this one has count and answer"),
            ("{answer: q3, in: [a]}", "`answer` names `q3`, which is not a question; questions: q1, q2"),
            ("{answer: q1, in: [c]}", "`c` is not an option of `q1`; its options: a, b"),
            ("{count: bad, group: g, min: 1}", "`group` names `g`, which `groups` does not define"),
            ("{score: total, min: x}", "`min` and `max` must be whole numbers"),
            ("{nothing: 1}", "a rule needs one of all, any, not, count, score, answer"),
        ] {
            let front = Self.valid.replacingOccurrences(of: "{count: bad, min: 1}", with: rule)
            let problems = try Self.problems(front)
            #expect(problems.contains { $0.contains(message) }, "\(rule): \(problems)")
        }
    }

    /// The chart draws a score scale only when the score alone decides: here an outcome also reads
    /// an answer, so the chart is one row per answer.
    @Test func aScoreScaleOnlyWhenTheScoreAloneDecides() throws {
        let scored = Self.valid
            .replacingOccurrences(of: "rating: good,", with: "score: 1,")
            .replacingOccurrences(of: "rating: bad,", with: "score: 0,")
            .replacingOccurrences(of: "when: {count: bad, max: 0}", with: "when: {score: total, min: 2}")
        let alone = scored.replacingOccurrences(of: "when: {count: bad, min: 1}", with: "when: {score: total, max: 1}")
        let mixed = scored.replacingOccurrences(of: "when: {count: bad, min: 1}", with: "when: {all: [{score: total, max: 1}, {answer: q1, in: [a, b]}]}")
        let problems = try Self.problems(alone) + Self.problems(mixed)
        #expect(problems.isEmpty, "\(problems)")
        #expect(try Self.base(alone).assessment("x").chartSpec.kind == .scale)
        #expect(try Self.base(mixed).assessment("x").chartSpec.kind == .rows)
    }
}
