import Foundation

/// The formats a result is written in.
public enum ResultFormat: String, Sendable, CaseIterable {
    case text, markdown, json, html
}

extension AssessmentResult {
    /// The result in `format`; pages are relative to the site root, or absolute under `siteURL`;
    /// with `chart`, the text, Markdown and HTML show the answers as a chart too. `readingLabel`
    /// goes before an outcome's `reading` (the knowledge base's `readingLabel` string).
    public func rendered(as format: ResultFormat, siteURL: String? = nil, chart: ResultChartSpec? = nil,
                         readingLabel: String = "Our reading.") -> String {
        let result = underSite(siteURL)
        switch format {
        case .text: return result.text(chart: chart, readingLabel: readingLabel)
        case .markdown: return result.markdown(chart: chart, readingLabel: readingLabel)
        case .json: return result.json
        case .html: return result.html(chart: chart, readingLabel: readingLabel)
        }
    }

    /// Pretty JSON with sorted keys: the shape of PRODUCT.md.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// "3 favorable, 2 mixed" or "total score 8"; per group when there are groups.
    var tally: String {
        let parts = Self.countList(counts, in: answers)
        if !groups.isEmpty {
            return groups.map { group in
                let list = Self.countList(group.counts, in: answers.filter { $0.group == group.id })
                return "\(group.title): \(list.joined(separator: ", "))"
            }.joined(separator: "; ")
        }
        return (parts + (score.map { ["total score \($0)"] } ?? [])).joined(separator: ", ")
    }

    /// Non-zero counts, ratings in the order the answers first use them.
    private static func countList(_ counts: [String: Int], in answers: [Answer]) -> [String] {
        var seen: [String] = []
        for answer in answers where answer.score == nil && !seen.contains(answer.rating) { seen.append(answer.rating) }
        return seen.map { "\(counts[$0] ?? 0) \($0)" }
    }

    /// The title of the group that starts at answer `index`, if one does.
    func groupStarting(at index: Int) -> String? {
        guard let group = answers[index].group, index == 0 || answers[index - 1].group != group else { return nil }
        return groups.first { $0.id == group }?.title
    }
}

extension AssessmentResult.Explanation {
    /// "Company stage: Series B to C", or the title alone.
    var heading: String { section.map { "\(title): \($0)" } ?? title }
}

extension AssessmentResult.FactResult {
    var citation: String { sources.map(\.citation).joined(separator: "; ") }
}
