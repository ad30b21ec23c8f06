import SeamAssess
import Testing

@Suite struct AnswerInputTests {
    @Test func arguments() throws {
        #expect(try AnswerInput.parse(arguments: ["stage=series-b-to-c", " motion = mixed ", "stage=pre-series-b"])
            == ["stage": "pre-series-b", "motion": "mixed"])
        #expect(throws: AnswerInput.Problem.self) { try AnswerInput.parse(arguments: ["stage"]) }
        #expect(throws: AnswerInput.Problem.self) { try AnswerInput.parse(arguments: ["=x"]) }
    }

    @Test(arguments: [
        "expansion-dependence: 4\nmaturity: 5\n",
        "{\"expansion-dependence\": 4, \"maturity\": \"5\"}",
        "answers:\n  expansion-dependence: 4\n  maturity: 5\n",
        "{\"answers\": [{\"question\": \"expansion-dependence\", \"option\": \"4\"}, {\"question\": \"maturity\", \"option\": 5}]}",
    ])
    func files(_ text: String) throws {
        #expect(try AnswerInput.parse(file: text, name: "f") == ["expansion-dependence": "4", "maturity": "5"])
    }

    @Test func badFiles() {
        #expect(throws: AnswerInput.Problem.self) { try AnswerInput.parse(file: "[1, 2]", name: "f") }
        #expect(throws: AnswerInput.Problem.self) { try AnswerInput.parse(file: "a: [1]", name: "f") }
        #expect(throws: AnswerInput.Problem.self) { try AnswerInput.parse(file: "a: {", name: "f") }
    }

    @Test func problemsListTheValidChoices() throws {
        let assessment = try Shipped.assessment("cro-reality")
        let problems = assessment.problems(with: ["nrr": "yes", "comp-authority": "maybe"])
        #expect(problems.description == """
            unknown question `nrr`; the questions are: nrr-comp, comp-authority, seam-authority
            `maybe` is not an option of `comp-authority`; its options are: yes, no
            no answer for 2 questions:
              nrr-comp: yes, no
              seam-authority: yes, no
            """)
        #expect(throws: AnswerProblems.self) { try assessment.evaluate(["nrr-comp": "yes"]) }
    }
}
