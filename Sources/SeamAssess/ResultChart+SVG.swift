import Foundation
import SeamMarkdown

extension AssessmentResult {
    /// The result's answers as an inline SVG chart (see `ResultChartSpec`), with a title and a
    /// description that says in words what the picture shows. Ratings are written out, never
    /// told by colour alone; colours come from `currentColor` and the classes `chart-*`.
    /// `Theme/assets/result-chart.js` draws the same markup in the browser (a test compares them).
    public func chartSVG(_ spec: ResultChartSpec, id: String) -> String {
        let g = ChartGeometry.self
        let titleID = escapeHTML("\(id)-title"), descID = escapeHTML("\(id)-desc")
        let (body, height) = chartBody(spec)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"result-chart\" role=\"img\" "
            + "viewBox=\"0 0 \(g.n(g.width)) \(g.n(height))\" width=\"\(g.n(g.width))\" height=\"\(g.n(height))\" "
            + "aria-labelledby=\"\(titleID) \(descID)\">\n"
            + "<title id=\"\(titleID)\">\(escapeHTML("\(title): your answers"))</title>\n"
            + "<desc id=\"\(descID)\">\(escapeHTML(chartLines(spec).joined(separator: ". ")))</desc>\n"
            + body + "</svg>"
    }

    /// The chart in words, one line per row, tally or scale: the SVG's description.
    public func chartLines(_ spec: ResultChartSpec) -> [String] {
        switch spec.kind {
        case .rows:
            return zip(spec.rows, answers).map { row, answer in "\(row.label): \(answer.countedAs)" }
        case .scale:
            guard let scale = spec.scale else { return [] }
            let cut = scale.boundaries.map { "\($0.value) or more\($0.outcomeTitle.map { ": \($0)" } ?? "")" }
            return ["Total \(score ?? 0) on a scale of \(scale.minimum) to \(scale.maximum)"] + cut
        case .tallies:
            return spec.tallies.map { tally in
                let bounds = tally.boundaries.map { "\($0.value) or more\($0.outcomeTitle.map { " means \($0)" } ?? "")" }
                return "\(tally.title): \(count(tally)) of \(tally.total) \(tally.ratingLabel)"
                    + (bounds.isEmpty ? "" : " (\(bounds.joined(separator: "; ")))")
            }
        }
    }

    private func chartBody(_ spec: ResultChartSpec) -> (String, Double) {
        switch spec.kind {
        case .rows: return rowsBody(spec)
        case .scale: return scaleBody(spec)
        case .tallies: return talliesBody(spec)
        }
    }

    /// Each row: the question, a track with one slot per rating (in the assessment's order, the
    /// chosen one filled), then the rating in words.
    private func rowsBody(_ spec: ResultChartSpec) -> (String, Double) {
        let g = ChartGeometry.self
        let slot = 22.0
        let trackX = g.labelWidth - 40
        let textX = trackX + Double(max(spec.ratings.count, 1)) * slot + 12
        var svg = ""
        var y = 4.0
        for (row, answer) in zip(spec.rows, answers) {
            let lines = g.wrap(row.label)
            let height = max(34, Double(lines.count) * 17 + 12)
            let middle = y + height / 2
            svg += g.line("chart-rule", g.margin, g.width - g.margin, y, y, "stroke-opacity=\"0.25\"")
            let firstLine = middle - Double(lines.count - 1) * 8.5 + 4.5
            for (number, line) in lines.enumerated() {
                svg += g.text(line, x: g.margin, y: firstLine + Double(number) * 17, anchor: "start", className: "chart-label")
            }
            for (index, rating) in spec.ratings.enumerated() {
                let x = trackX + (Double(index) + 0.5) * slot
                svg += rating.id == answer.rating
                    ? g.mark(rating.tone, x: x, y: middle)
                    : "<circle class=\"chart-slot\" cx=\"\(g.n(x))\" cy=\"\(g.n(middle))\" r=\"4\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/>\n"
            }
            svg += g.text(answer.countedAs, x: textX, y: middle + 4.5, anchor: "start", className: "chart-value")
            y += height
        }
        svg += g.line("chart-rule", g.margin, g.width - g.margin, y, y, "stroke-opacity=\"0.25\"")
        return (svg, y + 4)
    }

    /// The total as a marker on its scale, with a dashed line at each cut-off.
    private func scaleBody(_ spec: ResultChartSpec) -> (String, Double) {
        let g = ChartGeometry.self
        guard let scale = spec.scale, scale.maximum > scale.minimum else { return ("", 20) }
        let left = 40.0, right = g.width - 40
        let step = (right - left) / Double(scale.maximum - scale.minimum)
        func x(_ value: Double) -> Double { left + (value - Double(scale.minimum)) * step }
        let axisY = 70.0
        var svg = g.line("chart-axis", left, right, axisY, axisY, "stroke-width=\"2\"")
        for value in scale.minimum...scale.maximum {
            svg += g.line("chart-tick", x(Double(value)), x(Double(value)), axisY - 5, axisY + 5, "")
            svg += g.text(String(value), x: x(Double(value)), y: axisY + 22, anchor: "middle", className: "chart-label")
        }
        for boundary in scale.boundaries {
            let bx = x(Double(boundary.value) - 0.5)
            svg += g.line("chart-cutoff", bx, bx, axisY - 40, axisY + 30, "stroke-dasharray=\"5 4\"")
            let label = "\(boundary.value) or more\(boundary.outcomeTitle.map { ": \($0)" } ?? "")"
            let onLeft = bx > g.width / 2
            svg += g.text(label, x: onLeft ? bx - 6 : bx + 6, y: axisY - 30, anchor: onLeft ? "end" : "start", className: "chart-heading")
        }
        let value = Double(score ?? scale.minimum)
        svg += "<path class=\"chart-mark\" d=\"M\(g.n(x(value))) \(g.n(axisY - 4)) l-8 -14 h16 z\" fill=\"currentColor\"/>\n"
        svg += g.text("Your total: \(score ?? 0)", x: x(value), y: axisY + 44, anchor: "middle", className: "chart-value")
        return (svg, axisY + 56)
    }

    /// Each group: a cell per question, filled for those counted, a dashed line at each threshold.
    private func talliesBody(_ spec: ResultChartSpec) -> (String, Double) {
        let g = ChartGeometry.self
        let cell = 26.0, gap = 6.0, startX = g.labelWidth
        var svg = ""
        var y = 8.0
        for tally in spec.tallies {
            let count = count(tally)
            let markClass = g.markClass(spec.tone(of: tally))
            let lines = g.wrap(tally.title)
            let height = max(60, Double(lines.count) * 17 + 30)
            for (number, line) in lines.enumerated() {
                svg += g.text(line, x: g.margin, y: y + 22 + Double(number) * 17, anchor: "start", className: "chart-label")
            }
            for index in 0..<tally.total {
                let cx = startX + Double(index) * (cell + gap)
                svg += index < count
                    ? "<rect class=\"\(markClass)\" x=\"\(g.n(cx))\" y=\"\(g.n(y + 8))\" width=\"\(g.n(cell))\" height=\"\(g.n(cell))\" rx=\"3\" fill=\"currentColor\"/>\n"
                    : "<rect class=\"chart-slot\" x=\"\(g.n(cx))\" y=\"\(g.n(y + 8))\" width=\"\(g.n(cell))\" height=\"\(g.n(cell))\" rx=\"3\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/>\n"
            }
            for boundary in tally.boundaries where boundary.value > 0 && boundary.value <= tally.total {
                let lineX = startX + Double(boundary.value - 1) * (cell + gap) - gap / 2
                svg += g.line("chart-cutoff", lineX, lineX, y + 2, y + 40, "stroke-width=\"2\" stroke-dasharray=\"4 3\"")
            }
            let textX = startX + Double(tally.total) * (cell + gap) + 8
            svg += g.text("\(tally.ratingLabel): \(count) of \(tally.total)", x: textX, y: y + 26, anchor: "start", className: "chart-value")
            let bounds = tally.boundaries.map { "\($0.value) or more\($0.outcomeTitle.map { ": \($0)" } ?? "")" }.joined(separator: "; ")
            if !bounds.isEmpty { svg += g.text("dashed line: \(bounds)", x: startX, y: y + 54, anchor: "start", className: "chart-note") }
            y += height
        }
        return (svg, y + 4)
    }
}

/// Sizes and markup helpers of the result charts, mirrored in `result-chart.js`.
enum ChartGeometry {
    static let width = 640.0
    static let labelWidth = 300.0
    static let margin = 8.0
    static let charactersPerLine = 36

    static func text(_ text: String, x: Double, y: Double, anchor: String, className: String) -> String {
        "<text class=\"\(className)\" x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" fill=\"currentColor\" font-size=\"13\">\(escapeHTML(text))</text>\n"
    }

    /// The class of a chosen mark: `chart-mark`, and `chart-good`, `chart-mixed` or `chart-bad`
    /// for a rating with a tone (the stylesheet colours them).
    static func markClass(_ tone: Tone?) -> String { "chart-mark" + (tone.map { " chart-\($0.rawValue)" } ?? "") }

    /// The mark of a chosen rating at (x, y): a dot (good, or no tone), a diamond (mixed), a square
    /// (bad), so that the tone reads without colour.
    static func mark(_ tone: Tone?, x: Double, y: Double) -> String {
        let className = markClass(tone)
        switch tone {
        case .mixed:
            return "<path class=\"\(className)\" d=\"M\(n(x)) \(n(y - 8)) l8 8 l-8 8 l-8 -8 z\" fill=\"currentColor\"/>\n"
        case .bad:
            return "<rect class=\"\(className)\" x=\"\(n(x - 6.5))\" y=\"\(n(y - 6.5))\" width=\"13\" height=\"13\" fill=\"currentColor\"/>\n"
        case .good, nil:
            return "<circle class=\"\(className)\" cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"7\" fill=\"currentColor\"/>\n"
        }
    }

    static func line(_ className: String, _ x1: Double, _ x2: Double, _ y1: Double, _ y2: Double, _ extra: String) -> String {
        "<line class=\"\(className)\" x1=\"\(n(x1))\" x2=\"\(n(x2))\" y1=\"\(n(y1))\" y2=\"\(n(y2))\" stroke=\"currentColor\"\(extra.isEmpty ? "" : " " + extra)/>\n"
    }

    /// A coordinate: whole numbers without a fraction, others to one decimal.
    static func n(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// Words in lines of at most `charactersPerLine`, at most three lines (the last cut with "…").
    static func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty { current = String(word) }
            else if current.count + 1 + word.count <= charactersPerLine { current += " " + word }
            else { lines.append(current); current = String(word) }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > 3 { lines = Array(lines.prefix(3)); lines[2] += "…" }
        return lines.isEmpty ? [""] : lines
    }
}
