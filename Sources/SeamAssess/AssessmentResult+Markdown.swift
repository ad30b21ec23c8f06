extension AssessmentResult {
    /// A board memo: the outcome first, then the answers (at a glance as a text chart, when
    /// `chart` is given), the reasoning and the sources.
    public var markdown: String { markdown(chart: nil) }

    public func markdown(chart: ResultChartSpec?, readingLabel: String = "Our reading.") -> String {
        var out: [String] = []
        out.append("# \(Self.inline(title)): \(Self.inline(outcome.title))")
        out.append("")
        out.append("**Outcome: \(Self.inline(outcome.title)).** \(Self.inline(outcome.summary))")
        out.append("")
        if let chart {
            out.append("## At a glance")
            out.append("")
            out.append("```text")
            out += chartText(chart)
            out.append("```")
            out.append("")
        }
        out.append("## Answers")
        out.append("")
        out.append("| # | Question | Answer | Counts as | Why | Explained in |")
        out.append("| --- | --- | --- | --- | --- | --- |")
        for (number, answer) in answers.enumerated() {
            if let group = groupStarting(at: number) { out.append("|  | **\(Self.cell(group))** |  |  |  |  |") }
            let cells = [String(number + 1), answer.prompt, answer.label, answer.countedAs, answer.why]
                .map(Self.cell) + [Self.link(answer.explanation.heading, answer.explanation.page).replacingOccurrences(of: "|", with: "\\|")]
            out.append("| " + cells.joined(separator: " | ") + " |")
        }
        out.append("")
        out.append("Tally: \(Self.inline(tally)).")
        out.append("")
        out.append("## Outcome: \(Self.inline(outcome.title))")
        out.append("")
        out.append(Self.inline(outcome.summary))
        if let text = outcome.text { out += ["", Self.inline(text)] }
        if let reading = outcome.reading { out += ["", "> **\(Self.inline(readingLabel))** \(Self.inline(reading))"] }
        out.append("")
        out.append("Explained in \(Self.link(outcome.explanation.heading, outcome.explanation.page)) (`\(outcome.explanation.command)`): \(Self.inline(outcome.explanation.summary))")
        if !recommendations.isEmpty {
            out += ["", "## Recommended next", ""]
            for item in recommendations {
                out.append("- \(Self.link(item.title, item.page)) (\(item.kind)): \(Self.inline(item.why))")
            }
        }
        if !facts.isEmpty {
            out += ["", "## Facts behind it", ""]
            for fact in facts {
                var line = "- "
                if let figure = fact.figure { line += "**\(Self.inline(figure))**: " }
                line += Self.inline(fact.measured ?? fact.summary)
                if !fact.sources.isEmpty { line += " Source: \(Self.inline(fact.citation))." }
                line += " (\(Self.link(fact.title, fact.page)))"
                out.append(line)
            }
        }
        if !terms.isEmpty {
            out += ["", "## Terms used", ""]
            for term in terms { out.append("- **\(Self.link(term.title, term.page))**: \(Self.inline(term.definition))") }
        }
        out += ["", "*Produced by `seam assess \(assessment)`.*"]
        return out.joined(separator: "\n") + "\n"
    }

    /// Text that Markdown must not read as markup.
    static func inline(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>|".contains(character) { result.append("\\") }
            result.append(character == "\n" ? " " : character)
        }
        return result
    }

    static func cell(_ text: String) -> String { inline(text) }

    static func link(_ text: String, _ page: String) -> String {
        let destination = page.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28")
            .replacingOccurrences(of: ")", with: "%29")
        return "[\(inline(text))](\(destination))"
    }
}
