/// Every combination of answers of an assessment, and which outcome it gets: the first whose rule
/// holds (outcomes are tried in order), else the `otherwise` one.
public struct Coverage: Sendable {
    /// A combination with no outcome.
    public struct Failure: Sendable, Hashable {
        public var answers: [(question: String, option: String)]
        /// The outcomes whose rules hold: none.
        public var outcomes: [String]

        public static func == (lhs: Failure, rhs: Failure) -> Bool {
            lhs.outcomes == rhs.outcomes && lhs.answers.elementsEqual(rhs.answers) { $0 == $1 }
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(outcomes)
            for answer in answers { hasher.combine(answer.question); hasher.combine(answer.option) }
        }

        public var answerList: String { answers.map { "\($0.question)=\($0.option)" }.joined(separator: ", ") }
    }

    /// Most combinations checked one by one; beyond, the check is skipped with a warning.
    public static let limit = 1_000_000

    public var combinations: Int
    public var failures: [Failure] = []
    /// How many combinations give each outcome.
    public var reached: [String: Int] = [:]
    /// How many combinations each outcome's own rule holds for, first or not.
    public var holds: [String: Int] = [:]

    /// Walks every combination of answers (or none, past `limit`).
    public init(_ assessment: Assessment) {
        let counts = assessment.questions.map(\.options.count)
        combinations = counts.reduce(1) { $0 > Self.limit ? $0 : $0 * $1 }
        guard combinations <= Self.limit else { return }
        Self.forEachCombination(counts) { indices in
            var chosen: [String: AnswerOption] = [:]
            for (question, index) in zip(assessment.questions, indices) { chosen[question.id] = question.options[index] }
            let matched = assessment.outcomes.filter { $0.when?.holds(in: assessment, answers: chosen) == true }.map(\.id)
            for id in matched { holds[id, default: 0] += 1 }
            if let first = matched.first ?? assessment.outcomes.first(where: \.otherwise)?.id {
                reached[first, default: 0] += 1
            } else {
                failures.append(Failure(answers: zip(assessment.questions, indices).map { ($0.id, $0.options[$1].id) },
                                        outcomes: []))
            }
        }
    }

    /// Calls `body` with every combination of option indices, the last question turning fastest.
    static func forEachCombination(_ counts: [Int], _ body: ([Int]) -> Void) {
        guard !counts.contains(0) else { return }
        var indices = [Int](repeating: 0, count: counts.count)
        while true {
            body(indices)
            var position = counts.count - 1
            while position >= 0 {
                indices[position] += 1
                if indices[position] < counts[position] { break }
                indices[position] = 0
                position -= 1
            }
            if position < 0 { return }
        }
    }

    /// Every combination of answers as question id to option id, in odometer order.
    public static func allAnswers(_ assessment: Assessment) -> [[String: String]] {
        var result: [[String: String]] = []
        forEachCombination(assessment.questions.map(\.options.count)) { indices in
            var answers: [String: String] = [:]
            for (question, index) in zip(assessment.questions, indices) { answers[question.id] = question.options[index].id }
            result.append(answers)
        }
        return result
    }
}
