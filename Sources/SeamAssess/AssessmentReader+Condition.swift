import SeamContent

/// Reads and checks a rule: every rating, group, question and option it names must exist.
extension AssessmentReader {
    static let operators = ["all", "any", "not", "count", "score", "answer"]

    mutating func readCondition(_ value: DataValue, in assessment: Assessment) -> Condition? {
        guard let pairs = value.pairs else {
            error("a rule must be a mapping with one of \(Self.operators.joined(separator: ", ")), not \(value.typeDescription)", at: value.position)
            return nil
        }
        let found = pairs.map(\.key).filter(Self.operators.contains)
        guard found.count == 1, let op = found.first, let operand = value[op] else {
            error(found.isEmpty ? "a rule needs one of \(Self.operators.joined(separator: ", "))"
                                : "a rule has one operator; this one has \(found.joined(separator: " and ")): nest them under `all:` or `any:`",
                  at: value.position)
            return nil
        }
        let allowed: [String]
        switch op {
        case "count", "score": allowed = [op, "group", "questions", "min", "max"]
        case "answer": allowed = ["answer", "in"]
        default: allowed = [op]
        }
        for pair in pairs where !allowed.contains(pair.key) {
            error("`\(pair.key)` does not belong in a `\(op)` rule (it takes \(allowed.joined(separator: ", ")))", at: pair.value.position)
            return nil
        }

        switch op {
        case "all", "any":
            let items = list(operand, "`\(op)`", at: operand.position, required: true)
            let conditions = items.compactMap { readCondition($0, in: assessment) }
            guard conditions.count == items.count, !items.isEmpty else { return nil }
            return op == "all" ? .all(conditions) : .any(conditions)
        case "not":
            return readCondition(operand, in: assessment).map { .not($0) }
        case "count", "score":
            guard let scope = readScope(value, in: assessment) else { return nil }
            let min = bound(value["min"]), max = bound(value["max"])
            if value["min"] == nil && value["max"] == nil {
                error("a `\(op)` rule needs `min`, `max` or both", at: value.position)
                return nil
            }
            guard (value["min"] == nil || min != nil) && (value["max"] == nil || max != nil) else { return nil }
            if op == "score" {
                if operand.text != "total" { error("write `score: total`", at: operand.position) }
                return .score(scope: scope, min: min, max: max)
            }
            let ratings = textList(operand, "`count`")
            for rating in ratings where assessment.rating(rating) == nil {
                error("`count` names rating `\(rating)`, which `ratings` does not define; ratings: \(names(assessment.ratings.map(\.id)))", at: operand.position)
                return nil
            }
            return .count(ratings: ratings, scope: scope, min: min, max: max)
        default:
            guard let questionID = operand.text, let question = assessment.question(questionID) else {
                // A question that failed to read was reported already: no second error for it.
                if let id = operand.text, brokenQuestions.contains(id) { return nil }
                error("`answer` names `\(operand.text ?? "")`, which is not a question; questions: \(names(assessment.questions.map(\.id)))", at: operand.position)
                return nil
            }
            guard let optionsValue = value["in"] else {
                error("an `answer` rule needs `in:` with the options it accepts", at: value.position)
                return nil
            }
            let options = textList(optionsValue, "`in`")
            for option in options where question.option(option) == nil {
                error("`\(option)` is not an option of `\(questionID)`; its options: \(names(question.options.map(\.id)))", at: optionsValue.position)
                return nil
            }
            return .answer(question: questionID, options: options)
        }
    }

    private mutating func readScope(_ value: DataValue, in assessment: Assessment) -> Condition.Scope? {
        var scope = Condition.Scope()
        if let group = value["group"] {
            guard let id = group.text, assessment.groups.contains(where: { $0.id == id }) else {
                error("`group` names `\(group.text ?? "")`, which `groups` does not define; groups: \(names(assessment.groups.map(\.id)))", at: group.position)
                return nil
            }
            scope.group = id
        }
        if let questions = value["questions"] {
            let ids = textList(questions, "`questions`")
            for id in ids where assessment.question(id) == nil {
                if brokenQuestions.contains(id) { return nil }
                error("`questions` names `\(id)`, which is not a question; questions: \(names(assessment.questions.map(\.id)))", at: questions.position)
                return nil
            }
            scope.questions = ids
        }
        return scope
    }

    private mutating func bound(_ value: DataValue?) -> Int? {
        guard let value else { return nil }
        guard let number = value.text.flatMap({ Int($0) }) else {
            error("`min` and `max` must be whole numbers", at: value.position)
            return nil
        }
        return number
    }
}
