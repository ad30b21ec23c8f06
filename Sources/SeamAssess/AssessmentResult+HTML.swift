import SeamMarkdown

extension AssessmentResult {
    /// A standalone page: no scripts, no outside resources, every text escaped; with `chart`,
    /// the answers drawn as a chart under the outcome.
    public var html: String { html(chart: nil) }

    public func html(chart: ResultChartSpec?, readingLabel: String = "Our reading.") -> String {
        func e(_ text: String) -> String { escapeHTML(text) }
        func a(_ text: String, _ page: String) -> String { "<a href=\"\(e(page))\">\(e(text))</a>" }
        func explained(_ explanation: Explanation) -> String {
            "<p class=\"explained\">Explained in \(a(explanation.heading, explanation.page)) "
                + "<code>\(e(explanation.command))</code>: \(e(explanation.summary))</p>"
        }
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"en\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<title>\(e(title)): \(e(outcome.title))</title>")
        out.append("<style>")
        out.append("body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}")
        out.append(".outcome{border-left:4px solid #3a6ea5;padding:.5rem 1rem;background:#f3f6fa}")
        out.append("ol.answers>li{margin-bottom:1rem}ol.answers>li.group{list-style:none;margin-left:-1.5rem}.counts{font-weight:600}.explained{color:#444;font-size:.95em}")
        out.append("figure.chart{margin:1rem 0;overflow-x:auto}figure.chart svg{max-width:100%;height:auto}figure.chart figcaption{font-size:.9rem;opacity:.8}")
        out.append("blockquote{margin:1rem 0;padding:.25rem 1rem;border-left:4px solid #bbb;color:#333}code{font-size:.9em}")
        out.append("</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<h1>\(e(title))</h1>")
        out.append("<p class=\"outcome\"><strong>Outcome: \(e(outcome.title)).</strong> \(e(outcome.summary))</p>")
        if let chart {
            out.append("<h2>At a glance</h2>")
            out.append("<figure class=\"chart\">\(chartSVG(chart, id: "result-chart"))"
                + (chart.legend.map { "<figcaption>\(escapeHTML($0))</figcaption>" } ?? "") + "</figure>")
        }
        out.append("<h2>Answers</h2>")
        out.append("<ol class=\"answers\">")
        for (number, answer) in answers.enumerated() {
            if let group = groupStarting(at: number) { out.append("<li class=\"group\"><h3>\(e(group))</h3></li>") }
            out.append("<li value=\"\(number + 1)\" id=\"answer-\(e(answer.question))\"><p><strong>\(e(answer.prompt))</strong><br>\(e(answer.label))</p>")
            out.append("<p><span class=\"counts\">Counts as \(e(answer.countedAs)).</span> \(e(answer.why))</p>")
            out.append(explained(answer.explanation) + "</li>")
        }
        out.append("</ol>")
        out.append("<p>Tally: \(e(tally)).</p>")
        out.append("<h2>Outcome: \(e(outcome.title))</h2>")
        out.append("<p>\(e(outcome.summary))</p>")
        if let text = outcome.text { out.append("<p>\(e(text))</p>") }
        if let reading = outcome.reading { out.append("<blockquote><p><strong>\(e(readingLabel))</strong> \(e(reading))</p></blockquote>") }
        out.append(explained(outcome.explanation))
        if !recommendations.isEmpty {
            out.append("<h2>Recommended next</h2>")
            out.append("<ul>")
            for item in recommendations { out.append("<li>\(a(item.title, item.page)) (\(e(item.kind))): \(e(item.why))</li>") }
            out.append("</ul>")
        }
        if !facts.isEmpty {
            out.append("<h2>Facts behind it</h2>")
            out.append("<ul>")
            for fact in facts {
                var line = "<li>"
                if let figure = fact.figure { line += "<strong>\(e(figure))</strong>: " }
                line += e(fact.measured ?? fact.summary)
                if !fact.sources.isEmpty { line += " <cite>Source: \(e(fact.citation))</cite>." }
                out.append(line + " (\(a(fact.title, fact.page)))</li>")
            }
            out.append("</ul>")
        }
        if !terms.isEmpty {
            out.append("<h2>Terms used</h2>")
            out.append("<dl>")
            for term in terms { out.append("<dt>\(a(term.title, term.page))</dt><dd>\(e(term.definition))</dd>") }
            out.append("</dl>")
        }
        out.append("<p><small>Produced by <code>seam assess \(e(assessment))</code>.</small></p>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }
}
