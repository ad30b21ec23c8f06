/// A rule over a complete set of answers. The same shapes are written in front matter and in
/// the JSON form the site evaluates:
///
/// - `{all: [...]}`, `{any: [...]}`, `{not: {...}}`
/// - `{count: RATING or [RATINGS], group: GROUP, questions: [IDS], min: N, max: N}`: how many
///   answers (of the group or the listed questions, else of all) count as one of the ratings
/// - `{score: total, group: GROUP, questions: [IDS], min: N, max: N}`: the sum of the answers' scores
/// - `{answer: QUESTION, in: [OPTIONS]}`: the answer to a question is one of these
///
/// `min` and `max` are inclusive; either may be left out.
public indirect enum Condition: Sendable, Hashable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    case count(ratings: [String], scope: Scope, min: Int?, max: Int?)
    case score(scope: Scope, min: Int?, max: Int?)
    case answer(question: String, options: [String])

    /// Which questions a count or a score looks at.
    public struct Scope: Sendable, Hashable {
        public var group: String?
        public var questions: [String]?

        public init(group: String? = nil, questions: [String]? = nil) {
            self.group = group
            self.questions = questions
        }

        public func contains(_ question: Question) -> Bool {
            (group == nil || question.group == group) && (questions?.contains(question.id) ?? true)
        }
    }

    /// Whether the condition holds for `answers` (question id to option), all of them given.
    public func holds(in assessment: Assessment, answers: [String: AnswerOption]) -> Bool {
        switch self {
        case .all(let conditions): return conditions.allSatisfy { $0.holds(in: assessment, answers: answers) }
        case .any(let conditions): return conditions.contains { $0.holds(in: assessment, answers: answers) }
        case .not(let condition): return !condition.holds(in: assessment, answers: answers)
        case let .count(ratings, scope, min, max):
            let count = assessment.questions.filter { question in
                scope.contains(question) && answers[question.id]?.rating.map(ratings.contains) == true
            }.count
            return Self.within(count, min, max)
        case let .score(scope, min, max):
            let total = assessment.questions.filter(scope.contains).reduce(0) { $0 + (answers[$1.id]?.score ?? 0) }
            return Self.within(total, min, max)
        case let .answer(question, options):
            return answers[question].map { options.contains($0.id) } ?? false
        }
    }

    private static func within(_ value: Int, _ min: Int?, _ max: Int?) -> Bool {
        value >= (min ?? .min) && value <= (max ?? .max)
    }
}

extension Condition: Codable {
    enum Key: String, CodingKey {
        case all, any, not, count, score, answer, group, questions, min, max
        case options = "in"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case .all(let conditions): try container.encode(conditions, forKey: .all)
        case .any(let conditions): try container.encode(conditions, forKey: .any)
        case .not(let condition): try container.encode(condition, forKey: .not)
        case let .count(ratings, scope, min, max):
            try container.encode(ratings, forKey: .count)
            try Self.encode(scope, min, max, into: &container)
        case let .score(scope, min, max):
            try container.encode("total", forKey: .score)
            try Self.encode(scope, min, max, into: &container)
        case let .answer(question, options):
            try container.encode(question, forKey: .answer)
            try container.encode(options, forKey: .options)
        }
    }

    private static func encode(_ scope: Scope, _ min: Int?, _ max: Int?, into container: inout KeyedEncodingContainer<Key>) throws {
        try container.encodeIfPresent(scope.group, forKey: .group)
        try container.encodeIfPresent(scope.questions, forKey: .questions)
        try container.encodeIfPresent(min, forKey: .min)
        try container.encodeIfPresent(max, forKey: .max)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let scope = Scope(group: try container.decodeIfPresent(String.self, forKey: .group),
                          questions: try container.decodeIfPresent([String].self, forKey: .questions))
        let min = try container.decodeIfPresent(Int.self, forKey: .min)
        let max = try container.decodeIfPresent(Int.self, forKey: .max)
        if let conditions = try container.decodeIfPresent([Condition].self, forKey: .all) {
            self = .all(conditions)
        } else if let conditions = try container.decodeIfPresent([Condition].self, forKey: .any) {
            self = .any(conditions)
        } else if let condition = try container.decodeIfPresent(Condition.self, forKey: .not) {
            self = .not(condition)
        } else if let ratings = try container.decodeIfPresent([String].self, forKey: .count) {
            self = .count(ratings: ratings, scope: scope, min: min, max: max)
        } else if container.contains(.score) {
            self = .score(scope: scope, min: min, max: max)
        } else if let question = try container.decodeIfPresent(String.self, forKey: .answer) {
            self = .answer(question: question, options: try container.decode([String].self, forKey: .options))
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "a condition needs one of all, any, not, count, score, answer"))
        }
    }
}
