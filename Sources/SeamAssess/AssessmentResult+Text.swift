extension AssessmentResult {
    /// For the terminal: every answer and why (at a glance as a text chart, when `chart` is
    /// given), the outcome, then what to read next.
    public var text: String { text(chart: nil) }

    public func text(chart: ResultChartSpec?, readingLabel: String = "Our reading.") -> String {
        var lines: [String] = []
        lines.append("\(title) (\(assessment))")
        lines.append("Outcome: \(outcome.title): \(outcome.summary)")
        if let chart {
            lines.append("")
            lines.append("At a glance")
            lines += chartText(chart).map { "  " + $0 }
        }
        lines.append("")
        lines.append("Answers")
        for (number, answer) in answers.enumerated() {
            if let group = groupStarting(at: number) { lines.append("  \(group)") }
            lines.append("  \(number + 1). \(answer.prompt) [\(answer.question)]")
            lines.append("     Answer: \(answer.label) [\(answer.option)]")
            lines.append("     Counts as: \(answer.countedAs)")
            lines.append("     Why: \(answer.why)")
            lines += Self.textLines(answer.explanation, indent: "     ")
        }
        lines.append("  Tally: \(tally).")
        lines.append("")
        lines.append("Outcome: \(outcome.title) [\(outcome.id)]")
        lines.append("  \(outcome.summary)")
        if let text = outcome.text { lines.append("  \(text)") }
        if let reading = outcome.reading { lines.append("  \(readingLabel) \(reading)") }
        lines += Self.textLines(outcome.explanation, indent: "  ")
        if !recommendations.isEmpty {
            lines.append("")
            lines.append("Recommended next")
            for item in recommendations {
                lines.append("  - \(item.title) (\(item.kind)): \(item.why)")
                lines.append("    \(item.command) · \(item.page)")
            }
        }
        if !facts.isEmpty {
            lines.append("")
            lines.append("Facts behind it")
            for fact in facts {
                lines.append("  - \(fact.figure.map { "\($0): " } ?? "")\(fact.measured ?? fact.summary)")
                if !fact.sources.isEmpty { lines.append("    Source: \(fact.citation)") }
                lines.append("    \(fact.command) · \(fact.page)")
            }
        }
        if !terms.isEmpty {
            lines.append("")
            lines.append("Terms used")
            for term in terms { lines.append("  - \(term.title): \(term.definition)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func textLines(_ explanation: Explanation, indent: String) -> [String] {
        var lines = ["\(indent)Explained in: \(explanation.heading)"]
        if !explanation.summary.isEmpty { lines.append("\(indent)  \(explanation.summary)") }
        lines.append("\(indent)  \(explanation.command) · \(explanation.page)")
        return lines
    }
}
