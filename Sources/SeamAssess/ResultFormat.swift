import Foundation

/// The formats a result is written in.
public enum ResultFormat: String, Sendable, CaseIterable {
    case text, markdown, json, html
}

extension AssessmentResult {
    /// The result in `format`; pages are relative to the site root, or absolute under `siteURL`.
    public func rendered(as format: ResultFormat, siteURL: String? = nil) -> String {
        let result = underSite(siteURL)
        switch format {
        case .text: return result.text
        case .markdown: return result.markdown
        case .json: return result.json
        case .html: return result.html
        }
    }

    /// Pretty JSON with sorted keys: the shape of PRODUCT.md.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// "3 favourable, 2 mixed" or "total score 8".
    var tally: String {
        var parts: [String] = []
        let nonzero = answers.compactMap { $0.score == nil ? $0.rating : nil }
        var seen: [String] = []
        for rating in nonzero where !seen.contains(rating) { seen.append(rating) }
        for rating in seen { parts.append("\(counts[rating] ?? 0) \(rating)") }
        if let score { parts.append("total score \(score)") }
        return parts.joined(separator: ", ")
    }
}

extension AssessmentResult.Explanation {
    /// "Company stage: Series B to C", or the title alone.
    var heading: String { section.map { "\(title): \($0)" } ?? title }
}

extension AssessmentResult.FactResult {
    var citation: String { sources.map(\.citation).joined(separator: "; ") }
}
