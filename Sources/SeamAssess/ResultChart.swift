/// What the chart of an assessment's results shows, derived once from its definition so the
/// CLI and the site draw the same thing: a row per question with its rating (rated
/// assessments), the total on its scale with the outcome cut-offs (scored ones), or a tally per
/// group against the thresholds its outcome rules use (grouped ones).
public struct ResultChartSpec: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case rows, scale, tallies }

    /// A question's short name for the chart: the heading or title of the entry explaining it.
    public struct Row: Sendable, Hashable, Codable {
        public var question: String
        public var label: String
    }

    /// A value from which another outcome holds: "8 or more: Commercially oriented CCO".
    public struct Boundary: Sendable, Hashable, Codable {
        public var value: Int
        /// The outcome that holds at `value` or more, when one rule says so.
        public var outcome: String?
        public var outcomeTitle: String?
    }

    public struct Scale: Sendable, Hashable, Codable {
        public var minimum: Int
        public var maximum: Int
        public var boundaries: [Boundary]
    }

    /// How many answers of a group count as `ratings`, out of `total`.
    public struct Tally: Sendable, Hashable, Codable {
        public var group: String
        public var title: String
        public var ratings: [String]
        public var ratingLabel: String
        public var total: Int
        public var boundaries: [Boundary]
    }

    public var kind: Kind
    /// Rating ids and labels in display order (the columns of a rows chart).
    public var ratings: [Rating]
    public var rows: [Row]
    public var scale: Scale?
    public var tallies: [Tally]

    /// What the marks of a rows chart mean, for the chart's caption and under the terminal chart;
    /// nil for other charts. A rating with a tone is named with its mark (● good, ◆ mixed, ■ bad).
    /// `result-chart.js` writes the same text (`SeamResultChart.legend`).
    public var legend: String? {
        guard kind == .rows, ratings.count > 1 else { return nil }
        return "The filled mark shows each answer's rating; the marks run from left to right: "
            + ratings.map { ($0.tone.map { $0.symbol + " " } ?? "") + $0.label }.joined(separator: ", ") + "."
    }

    /// The tone shared by the ratings a tally counts, or nil when they differ or have none.
    public func tone(of tally: Tally) -> Tone? {
        let tones = Set(tally.ratings.map { id in ratings.first { $0.id == id }?.tone })
        return tones.count == 1 ? tones.first ?? nil : nil
    }
}

extension Assessment {
    /// The chart for this assessment's results.
    public var chartSpec: ResultChartSpec {
        let rows = questions.map { question -> ResultChartSpec.Row in
            let reference = references[question.entry.id]
            let label = question.label ?? question.entry.anchor.flatMap { reference?.sections[$0] } ?? reference?.title ?? question.id
            return ResultChartSpec.Row(question: question.id, label: label)
        }
        var spec = ResultChartSpec(kind: .rows, ratings: ratings, rows: rows, scale: nil, tallies: [])
        let conditions = outcomes.flatMap { outcome in (outcome.when.map { Self.flatten($0) } ?? []).map { (outcome, $0) } }
        // A score scale only when the score alone decides the outcome: a rule that also reads answers
        // or counts ratings would make the scale's cut-offs mislead.
        let scoreDecides = outcomes.allSatisfy { outcome in
            (outcome.when.map { Self.flatten($0) } ?? []).allSatisfy { if case .score = $0 { return true } else { return false } }
        }
        if scoreDecides, questions.contains(where: { $0.options.contains { $0.score != nil } }) {
            let minimum = questions.reduce(0) { $0 + ($1.options.compactMap(\.score).min() ?? 0) }
            let maximum = questions.reduce(0) { $0 + ($1.options.compactMap(\.score).max() ?? 0) }
            var boundaries: [Int: ResultChartSpec.Boundary] = [:]
            for (outcome, condition) in conditions {
                guard case let .score(_, min, max) = condition else { continue }
                if let min { boundaries[min] = .init(value: min, outcome: outcome.id, outcomeTitle: outcome.title) }
                if let max, boundaries[max + 1] == nil { boundaries[max + 1] = .init(value: max + 1) }
            }
            spec.kind = .scale
            spec.scale = .init(minimum: minimum, maximum: maximum, boundaries: boundaries.values.sorted { $0.value < $1.value })
        } else if !groups.isEmpty {
            spec.kind = .tallies
            spec.tallies = groups.compactMap { group -> ResultChartSpec.Tally? in
                let counts = conditions.compactMap { pair -> (Outcome, [String], Int?, Int?)? in
                    guard case let .count(ratings, scope, min, max) = pair.1, scope.group == group.id else { return nil }
                    return (pair.0, ratings, min, max)
                }
                guard let counted = counts.first?.1 else { return nil }
                var boundaries: [Int: ResultChartSpec.Boundary] = [:]
                for (outcome, ratings, min, max) in counts where ratings == counted {
                    if let min { boundaries[min] = .init(value: min, outcome: outcome.id, outcomeTitle: outcome.title) }
                    if let max, boundaries[max + 1] == nil { boundaries[max + 1] = .init(value: max + 1) }
                }
                let label = counted.compactMap { rating($0)?.label }.joined(separator: " or ")
                return .init(group: group.id, title: group.title, ratings: counted, ratingLabel: label,
                             total: questions.filter { $0.group == group.id }.count,
                             boundaries: boundaries.values.sorted { $0.value < $1.value })
            }
        }
        return spec
    }

    /// The conditions of a rule that all must hold (an `all` is opened; `any` and `not` are kept whole).
    static func flatten(_ condition: Condition) -> [Condition] {
        var result: [Condition] = []
        var pending = [condition]
        while let next = pending.popLast() {
            if case .all(let parts) = next { pending += parts.reversed() } else { result.append(next) }
        }
        return result
    }
}

extension AssessmentResult {
    /// How many of this result's answers in `tally`'s group count as its ratings.
    public func count(_ tally: ResultChartSpec.Tally) -> Int {
        answers.filter { $0.group == tally.group && tally.ratings.contains($0.rating) }.count
    }
}
