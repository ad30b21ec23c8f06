import Foundation
import SeamTestSupport
import Testing
@testable import SeamAssess

/// Replays the `FuzzAnswers` seed corpus and every crash it found (Fuzz/Corpus/answers): each
/// answers file is read, checked against every shipped assessment and, when complete, evaluated.
struct FuzzAnswersReplayTests {
    static let corpus = FuzzCorpus("answers")
    static var inputs: [String] { corpus.inputs }

    @Test func corpusIsThere() {
        #expect(Self.inputs.count >= 8)
    }

    @Test(arguments: inputs) func replay(_ name: String) throws {
        let bytes = try Self.corpus.bytes(name)
        let answers: [String: String]
        do {
            answers = try AnswerInput.parse(file: String(decoding: bytes, as: UTF8.self), name: name)
        } catch let problem as AnswerInput.Problem {
            #expect(problem.description.hasPrefix(name + ":"), "a refused answers file names itself")
            return
        }
        for id in Shipped.ids {
            let assessment = try Shipped.assessment(id)
            let problems = assessment.problems(with: answers)
            if problems.isEmpty {
                #expect(throws: Never.self) { try assessment.evaluate(answers) }
            } else {
                #expect(!problems.description.isEmpty)
            }
        }
    }
}
