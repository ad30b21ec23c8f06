/// Every combination of answers of an assessment, and which outcomes its rules give each one.
public struct Coverage: Sendable {
    /// A combination with no outcome, or with more than one.
    public struct Failure: Sendable, Hashable {
        public var answers: [(question: String, option: String)]
        /// The outcomes whose rules hold: none, or two and more.
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

    /// Walks every combination of answers (or none, past `limit`).
    public init(_ assessment: Assessment) {
        let counts = assessment.questions.map(\.options.count)
        combinations = counts.reduce(1) { $0 > Self.limit ? $0 : $0 * $1 }
        guard combinations <= Self.limit else { return }
        Self.forEachCombination(counts) { indices in
            var chosen: [String: AnswerOption] = [:]
            for (question, index) in zip(assessment.questions, indices) { chosen[question.id] = question.options[index] }
            var matched = assessment.outcomes.filter { $0.when?.holds(in: assessment, answers: chosen) == true }.map(\.id)
            if matched.isEmpty, let fallback = assessment.outcomes.first(where: \.otherwise) { matched = [fallback.id] }
            if matched.count == 1 {
                reached[matched[0], default: 0] += 1
            } else {
                failures.append(Failure(answers: zip(assessment.questions, indices).map { ($0.id, $0.options[$1].id) },
                                        outcomes: matched))
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
