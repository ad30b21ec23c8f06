/// Problems with a set of answers, all of them, with the valid choices.
public struct AnswerProblems: Error, Sendable, Hashable, CustomStringConvertible {
    public var unknownQuestions: [String] = []
    /// (question, option) pairs whose option the question does not have.
    public var unknownOptions: [(question: String, option: String)] = []
    /// Questions with no answer, in order.
    public var missing: [String] = []
    /// The assessment's questions and their option ids, for the messages.
    public var valid: [(question: String, options: [String])] = []

    public var isEmpty: Bool { unknownQuestions.isEmpty && unknownOptions.isEmpty && missing.isEmpty }

    public var description: String {
        var lines: [String] = []
        let options = Dictionary(valid.map { ($0.question, $0.options) }, uniquingKeysWith: { a, _ in a })
        if !unknownQuestions.isEmpty {
            // Name at most ten, so that a file of thousands of wrong keys still gives a readable error.
            let named = unknownQuestions.prefix(10).map { "`\($0)`" }.joined(separator: ", ")
            let more = unknownQuestions.count > 10 ? " and \(unknownQuestions.count - 10) more" : ""
            lines.append("unknown question\(unknownQuestions.count == 1 ? "" : "s") \(named)\(more); the questions are: \(valid.map(\.question).joined(separator: ", "))")
        }
        for (question, option) in unknownOptions {
            lines.append("`\(option)` is not an option of `\(question)`; its options are: \((options[question] ?? []).joined(separator: ", "))")
        }
        if !missing.isEmpty {
            lines.append("no answer for \(missing.count) question\(missing.count == 1 ? "" : "s"):")
            for question in missing { lines.append("  \(question): \((options[question] ?? []).joined(separator: ", "))") }
        }
        return lines.joined(separator: "\n")
    }

    public static func == (lhs: AnswerProblems, rhs: AnswerProblems) -> Bool { lhs.description == rhs.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}

extension Assessment {
    /// Checks answers (question id to option id): unknown questions and options, missing answers.
    public func problems(with answers: [String: String]) -> AnswerProblems {
        var problems = AnswerProblems(valid: questions.map { ($0.id, $0.options.map(\.id)) })
        for (question, option) in answers.sorted(by: { $0.key < $1.key }) {
            guard let found = self.question(question) else {
                problems.unknownQuestions.append(question)
                continue
            }
            if found.option(option) == nil { problems.unknownOptions.append((question, option)) }
        }
        problems.missing = questions.map(\.id).filter { answers[$0] == nil }
        return problems
    }

    /// The outcome that applies to complete answers: the first whose rule holds, else the
    /// `otherwise` outcome. Nil only for a definition whose rules leave a gap.
    public func outcome(for answers: [String: AnswerOption]) -> Outcome? {
        outcomes.first { $0.when?.holds(in: self, answers: answers) == true } ?? outcomes.first(where: \.otherwise)
    }

    /// Evaluates a complete set of answers (question id to option id). A pure function of the
    /// definition and the answers: the same semantics as `assess-engine.js`.
    public func evaluate(_ answers: [String: String]) throws -> AssessmentResult {
        let problems = problems(with: answers)
        guard problems.isEmpty else { throw problems }
        var chosen: [String: AnswerOption] = [:]
        for question in questions { chosen[question.id] = question.option(answers[question.id]!)! }
        guard let outcome = outcome(for: chosen) else { throw DefinitionGap(assessment: id) }

        var facts: [String] = self.facts, terms: [String] = self.terms
        var resultAnswers: [AssessmentResult.Answer] = []
        var counts = Dictionary(uniqueKeysWithValues: ratings.map { ($0.id, 0) })
        var score: Int?
        var groupTallies = groups.map { AssessmentResult.GroupTally(id: $0.id, title: $0.title, counts: counts) }
        for question in questions {
            let option = chosen[question.id]!
            if let rating = option.rating {
                counts[rating, default: 0] += 1
                if let index = groupTallies.firstIndex(where: { $0.id == question.group }) {
                    groupTallies[index].counts[rating, default: 0] += 1
                }
            }
            if let value = option.score { score = (score ?? 0) + value }
            facts += option.facts
            terms += option.terms
            resultAnswers.append(AssessmentResult.Answer(
                question: question.id, group: question.group, prompt: question.prompt, option: option.id, label: option.label,
                rating: option.rating ?? option.score.map(String.init) ?? "",
                score: option.score, countedAs: countedAs(option), why: option.why,
                explanation: explanation(option.entry)))
        }
        facts += outcome.facts
        terms += outcome.terms

        var recommended: [AssessmentResult.Recommended] = []
        for recommendation in recommendations
        where recommendation.outcomes?.contains(outcome.id) ?? true
            && recommendation.when?.holds(in: self, answers: chosen) ?? true
            && !recommended.contains(where: { $0.id == recommendation.entry.id }) {
            let attached = explanation(recommendation.entry)
            recommended.append(AssessmentResult.Recommended(
                id: attached.id, kind: attached.kind, title: attached.title, summary: attached.summary,
                why: recommendation.why, anchor: attached.anchor, page: attached.page, command: attached.command))
        }

        return AssessmentResult(
            assessment: id, title: title, answers: resultAnswers,
            outcome: AssessmentResult.OutcomeResult(id: outcome.id, title: outcome.title, summary: outcome.summary,
                                                    text: text(of: outcome, answers: chosen), reading: outcome.reading,
                                                    explanation: explanation(outcome.entry)),
            recommendations: recommended,
            facts: Self.unique(facts).compactMap { id in
                references[id].map { AssessmentResult.FactResult(
                    id: id, title: $0.title, summary: $0.summary, figure: $0.figure, measured: $0.measured,
                    sources: $0.sources ?? [], page: $0.page, command: "seam show \(id)") }
            },
            terms: Self.unique(terms).compactMap { id in
                references[id].map { AssessmentResult.TermResult(id: id, title: $0.title, definition: $0.summary,
                                                                 page: $0.page, command: "seam show \(id)") }
            },
            counts: counts, score: score, groups: groupTallies)
    }

    /// The outcome's explanation followed by the notes whose rules hold, one paragraph; nil when empty.
    func text(of outcome: Outcome, answers: [String: AnswerOption]) -> String? {
        let sentences = [outcome.explanation].compactMap { $0 }
            + outcome.notes.filter { $0.when.holds(in: self, answers: answers) }.map(\.text)
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }

    /// What an option counts as, for a reader: the rating's label, or "N points".
    public func countedAs(_ option: AnswerOption) -> String {
        if let rating = option.rating { return self.rating(rating)?.label ?? rating }
        if let score = option.score { return score == 1 ? "1 point" : "\(score) points" }
        return ""
    }

    func explanation(_ ref: EntryRef) -> AssessmentResult.Explanation {
        let reference = references[ref.id]
        let anchor = ref.anchor.flatMap { $0.isEmpty ? nil : $0 }
        return AssessmentResult.Explanation(
            id: ref.id, kind: reference?.kind ?? "", title: reference?.title ?? ref.id,
            summary: reference?.summary ?? "", anchor: anchor,
            section: anchor.flatMap { reference?.sections[$0] },
            page: (reference?.page ?? "\(ref.id).html") + (anchor.map { "#\($0)" } ?? ""),
            command: "seam show \(ref.id)")
    }

    static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}

/// A definition whose rules give no outcome for some answers (`seam check` reports it).
public struct DefinitionGap: Error, Sendable, CustomStringConvertible {
    public var assessment: String
    public var description: String { "the rules of `\(assessment)` give no outcome for these answers: run `seam check`" }
}
