import SeamContent
import SeamMarkdown

/// Reads an assessment entry's front matter into an `Assessment`, checking it against the
/// knowledge base as it goes: every problem becomes a diagnostic at its file, line and column.
struct AssessmentReader {
    let base: KnowledgeBase
    let entry: Entry
    var diagnostics: [Diagnostic] = []
    var references: [String: Reference] = [:]
    /// The ids of questions and outcomes that failed to read (and were reported): rules and
    /// recommendations that name them report nothing more, so one cause gives one error.
    var brokenQuestions: Set<String> = []
    var brokenOutcomes: Set<String> = []

    init(entry: Entry, base: KnowledgeBase) {
        self.entry = entry
        self.base = base
    }

    // MARK: Reporting

    mutating func error(_ message: String, at position: SourcePosition) {
        diagnostics.append(Diagnostic(path: base.displayPath(entry), line: position.line, column: position.column,
                                      severity: .error, message: message))
    }

    mutating func warning(_ message: String, at position: SourcePosition) {
        diagnostics.append(Diagnostic(path: base.displayPath(entry), line: position.line, column: position.column,
                                      severity: .warning, message: message))
    }

    // MARK: Reading

    /// The whole definition; nil when it is too broken to evaluate.
    mutating func read() -> Assessment? {
        let start = SourcePosition(line: 1, column: 1)
        guard let data = entry.frontMatter, data.pairs != nil else { return nil }
        let ratings = list(data["ratings"], "ratings", at: entry.position(of: "ratings"), required: false)
            .compactMap { readRating($0) }
        unique(ratings.map(\.id), data["ratings"]?.items ?? [], "rating")
        let groups = list(data["groups"], "groups", at: entry.position(of: "groups"), required: false).compactMap { readGroup($0) }
        unique(groups.map(\.id), data["groups"]?.items ?? [], "group")

        let questionValues = list(data["questions"], "questions", at: start, required: true)
        var questions: [Question] = []
        for value in questionValues {
            if let question = readQuestion(value, ratings: ratings, groups: groups) {
                questions.append(question)
            } else if let id = value["id"]?.text {
                brokenQuestions.insert(id)
            }
        }
        unique(questions.map(\.id), questionValues, "question")

        var partial = Assessment(id: entry.id, title: entry.title, summary: entry.summary, introduction: entry.body,
                                 ratings: ratings, groups: groups, questions: questions, outcomes: [],
                                 recommendations: [], facts: [], terms: [], references: [:])
        let outcomeValues = list(data["outcomes"], "outcomes", at: start, required: true)
        for value in outcomeValues {
            if let outcome = readOutcome(value, in: partial) {
                partial.outcomes.append(outcome)
            } else if let id = value["id"]?.text {
                brokenOutcomes.insert(id)
            }
        }
        unique(partial.outcomes.map(\.id), outcomeValues, "outcome")
        let otherwise = partial.outcomes.filter(\.otherwise)
        if otherwise.count > 1 {
            error("only one outcome can be `otherwise: true`; \(otherwise.map { "`\($0.id)`" }.joined(separator: ", ")) are", at: entry.position(of: "outcomes"))
        }
        partial.recommendations = list(data["recommendations"], "recommendations", at: start, required: false)
            .compactMap { readRecommendation($0, in: partial) }
        partial.facts = refList(data["facts"], "`facts`", behavior: .sourcedFigure, at: entry.position(of: "facts"))
        partial.terms = refList(data["terms"], "`terms`", behavior: .glossary, at: entry.position(of: "terms"))
        for key in ["explanation", "scoring", "reading"] where data[key] != nil {
            warning("`\(key)` is not read for an assessment: put it on a question or an outcome, or in the body",
                    at: entry.position(of: key))
        }
        if questions.count != questionValues.count || partial.outcomes.count != outcomeValues.count
            || questions.isEmpty || partial.outcomes.isEmpty { return nil }
        partial.references = references
        partial.chart = partial.chartSpec
        return partial
    }

    mutating func readRating(_ value: DataValue) -> Rating? {
        guard let fields = mapping(value, "a rating", keys: ["id", "label", "tone"]) else { return nil }
        guard let id = identifier(fields["id"], "rating", at: value.position) else { return nil }
        let label = text(fields["label"], "`label` of rating `\(id)`", at: value.position) ?? id
        var tone: Tone?
        if let toneValue = fields["tone"], let name = text(toneValue, "`tone` of rating `\(id)`", at: toneValue.position) {
            tone = Tone(rawValue: name)
            if tone == nil {
                error("rating `\(id)` has tone `\(name)`; a tone is one of: \(Tone.allCases.map(\.rawValue).joined(separator: ", "))", at: toneValue.position)
            }
        }
        return Rating(id: id, label: label, tone: tone)
    }

    mutating func readGroup(_ value: DataValue) -> Group? {
        guard let fields = mapping(value, "a group", keys: ["id", "title"]) else { return nil }
        guard let id = identifier(fields["id"], "group", at: value.position) else { return nil }
        return Group(id: id, title: text(fields["title"], "`title` of group `\(id)`", at: value.position) ?? id)
    }

    mutating func readQuestion(_ value: DataValue, ratings: [Rating], groups: [Group]) -> Question? {
        guard let fields = mapping(value, "a question",
                                   keys: ["id", "prompt", "label", "explanation", "entry", "group", "reading", "options"]) else { return nil }
        guard let id = identifier(fields["id"], "question", at: value.position) else { return nil }
        let prompt = text(fields["prompt"], "`prompt` of question `\(id)`", at: value.position)
        let explanation = text(fields["explanation"], "`explanation` of question `\(id)` (one line on why it matters)", at: value.position)
        let ref = entryRef(fields["entry"], "`entry` of question `\(id)` (the entry that explains it)", at: value.position)
        var group: String?
        if let groupValue = fields["group"] {
            group = text(groupValue, "`group` of question `\(id)`", at: value.position)
            if let name = group, !groups.contains(where: { $0.id == name }) {
                error("question `\(id)` is in group `\(name)`, which `groups` does not define; groups: \(names(groups.map(\.id)))", at: groupValue.position)
            }
        }
        let reading = optionalText(fields["reading"], "`reading` of question `\(id)`")
        let label = optionalText(fields["label"], "`label` of question `\(id)`")
        let optionValues = list(fields["options"], "`options` of question `\(id)`", at: value.position, required: true)
        if optionValues.count == 1 {
            error("question `\(id)` has one option: give it at least two", at: fields["options"]!.position)
        }
        let options = optionValues.compactMap { readOption($0, question: id, ratings: ratings) }
        unique(options.map(\.id), optionValues, "option of question `\(id)`")
        guard let prompt, let explanation, let ref, options.count == optionValues.count, !options.isEmpty else { return nil }
        return Question(id: id, prompt: prompt, label: label, explanation: explanation, entry: ref, group: group, reading: reading, options: options)
    }

    mutating func readOption(_ value: DataValue, question: String, ratings: [Rating]) -> AnswerOption? {
        guard let fields = mapping(value, "an option", keys: ["id", "label", "rating", "score", "why", "entry", "facts", "terms"]) else { return nil }
        guard let id = identifier(fields["id"], "option of question `\(question)`", at: value.position) else { return nil }
        let what = "option `\(question)=\(id)`"
        let label = text(fields["label"], "`label` of \(what)", at: value.position)
        var rating: String?
        if let ratingValue = fields["rating"] {
            rating = text(ratingValue, "`rating` of \(what)", at: value.position)
            if let name = rating, !ratings.contains(where: { $0.id == name }) {
                error("\(what) is rated `\(name)`, which `ratings` does not define; ratings: \(names(ratings.map(\.id)))", at: ratingValue.position)
                rating = nil
            }
        }
        var score: Int?
        if let scoreValue = fields["score"] {
            score = scoreValue.text.flatMap { Int($0) }
            if score == nil { error("`score` of \(what) must be a whole number", at: scoreValue.position) }
        }
        if fields["rating"] == nil && fields["score"] == nil {
            error("\(what) counts as nothing: give it a `rating` (\(names(ratings.map(\.id)))) or a `score`", at: value.position)
        }
        let why = text(fields["why"], "`why` of \(what) (one line on why it counts as it does)", at: value.position)
        let ref = entryRef(fields["entry"], "`entry` of \(what) (the entry that explains it)", at: value.position)
        let facts = refList(fields["facts"], "`facts` of \(what)", behavior: .sourcedFigure, at: value.position)
        let terms = refList(fields["terms"], "`terms` of \(what)", behavior: .glossary, at: value.position)
        guard let label, let why, let ref, rating != nil || score != nil else { return nil }
        return AnswerOption(id: id, label: label, rating: rating, score: score, why: why, entry: ref, facts: facts, terms: terms)
    }

    mutating func readOutcome(_ value: DataValue, in assessment: Assessment) -> Outcome? {
        guard let fields = mapping(value, "an outcome", keys: ["id", "title", "summary", "explanation", "reading", "entry",
                                                               "when", "otherwise", "facts", "terms", "notes"]) else { return nil }
        guard let id = identifier(fields["id"], "outcome", at: value.position) else { return nil }
        let title = text(fields["title"], "`title` of outcome `\(id)`", at: value.position)
        let summary = text(fields["summary"], "`summary` of outcome `\(id)`", at: value.position)
        let explanation = optionalText(fields["explanation"], "`explanation` of outcome `\(id)`")
        let reading = optionalText(fields["reading"], "`reading` of outcome `\(id)`")
        let ref = entryRef(fields["entry"], "`entry` of outcome `\(id)` (the entry that explains it)", at: value.position)
        var otherwise = false
        if let flag = fields["otherwise"] {
            otherwise = flag.text == "true"
            if flag.text != "true" && flag.text != "false" { error("`otherwise` must be true or false", at: flag.position) }
        }
        var condition: Condition?
        if let when = fields["when"] {
            if otherwise { error("outcome `\(id)` has both `when` and `otherwise: true`: keep one", at: when.position) }
            condition = readCondition(when, in: assessment)
            if condition == nil { return nil }
        } else if !otherwise {
            error("outcome `\(id)` has no rule: add `when:` (a condition) or `otherwise: true`", at: value.position)
        }
        let facts = refList(fields["facts"], "`facts` of outcome `\(id)`", behavior: .sourcedFigure, at: value.position)
        let terms = refList(fields["terms"], "`terms` of outcome `\(id)`", behavior: .glossary, at: value.position)
        let noteValues = list(fields["notes"], "`notes` of outcome `\(id)`", at: value.position, required: false)
        let notes = noteValues.compactMap { readNote($0, outcome: id, in: assessment) }
        guard let title, let summary, let ref, notes.count == noteValues.count else { return nil }
        return Outcome(id: id, title: title, summary: summary, explanation: explanation, reading: reading, entry: ref,
                       when: condition, otherwise: otherwise, facts: facts, terms: terms, notes: notes)
    }

    mutating func readNote(_ value: DataValue, outcome: String, in assessment: Assessment) -> Note? {
        guard let fields = mapping(value, "a note", keys: ["when", "text"]) else { return nil }
        let text = text(fields["text"], "`text` of a note of outcome `\(outcome)`", at: value.position)
        guard let when = fields["when"] else {
            error("a note of outcome `\(outcome)` has no rule: add `when:` (a note without one belongs in `explanation`)", at: value.position)
            return nil
        }
        guard let condition = readCondition(when, in: assessment), let text else { return nil }
        return Note(when: condition, text: text)
    }

    mutating func readRecommendation(_ value: DataValue, in assessment: Assessment) -> Recommendation? {
        guard let fields = mapping(value, "a recommendation", keys: ["entry", "why", "outcomes", "when"]) else { return nil }
        let ref = entryRef(fields["entry"], "`entry` of a recommendation", at: value.position)
        let why = text(fields["why"], "`why` of a recommendation (one line)", at: value.position)
        var outcomes: [String]?
        if let outcomeValue = fields["outcomes"] {
            let ids = textList(outcomeValue, "`outcomes` of a recommendation")
            for item in outcomeValue.items ?? [outcomeValue] {
                if let id = item.text, assessment.outcome(id) == nil, !brokenOutcomes.contains(id) {
                    error("recommendation for outcome `\(id)`, which is not an outcome; outcomes: \(names(assessment.outcomes.map(\.id)))", at: item.position)
                }
            }
            outcomes = ids
        }
        var condition: Condition?
        if let when = fields["when"] {
            condition = readCondition(when, in: assessment)
            if condition == nil { return nil }
        }
        guard let ref, let why else { return nil }
        return Recommendation(entry: ref, why: why, outcomes: outcomes, when: condition)
    }
}
