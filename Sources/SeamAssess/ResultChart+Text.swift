extension AssessmentResult {
    /// The chart for the terminal: a row per question with a position marker and the rating in
    /// words (`[·◆·] mixed`; a dot, a diamond or a square by the rating's tone, with the legend), the total on its scale with the cut-off, or each tally against its
    /// threshold. Plain characters only, so it reads the same piped or on a terminal.
    public func chartText(_ spec: ResultChartSpec) -> [String] {
        switch spec.kind {
        case .rows:
            let labels = spec.rows.map { String($0.label.prefix(44)) }
            let width = labels.map(\.count).max() ?? 0
            let rows = zip(labels, answers).map { label, answer in
                let marks = spec.ratings.map { $0.id == answer.rating ? ($0.tone ?? .good).symbol : "·" }.joined()
                return "\(label.padding(toLength: width, withPad: " ", startingAt: 0))  [\(marks)] \(answer.countedAs)"
            }
            return rows + (spec.legend.map { [$0] } ?? [])
        case .scale:
            guard let scale = spec.scale, scale.maximum >= scale.minimum else { return [] }
            let cuts = Set(scale.boundaries.map(\.value))
            var track = ""
            for value in scale.minimum...scale.maximum {
                if cuts.contains(value) { track += "|" }
                track += value == score ? "◆" : "·"
            }
            let legend = scale.boundaries.map { "| at \($0.value)\($0.outcomeTitle.map { ": \($0) from here" } ?? "")" }
            return ["Total \(score ?? 0):  \(scale.minimum) \(track) \(scale.maximum)"] + legend.map { "  \($0)" }
        case .tallies:
            let width = spec.tallies.map { min($0.title.count, 44) }.max() ?? 0
            return spec.tallies.map { tally in
                let count = count(tally)
                let cuts = Set(tally.boundaries.map(\.value))
                var cells = ""
                for index in 0..<tally.total {
                    if cuts.contains(index + 1) && index > 0 { cells += "|" }
                    cells += index < count ? "■" : "□"
                }
                let bounds = tally.boundaries.map { "\($0.value)+\($0.outcomeTitle.map { " \($0)" } ?? "")" }.joined(separator: "; ")
                let title = String(tally.title.prefix(44)).padding(toLength: width, withPad: " ", startingAt: 0)
                return "\(title)  [\(cells)] \(tally.ratingLabel): \(count) of \(tally.total)" + (bounds.isEmpty ? "" : " (\(bounds))")
            }
        }
    }
}
