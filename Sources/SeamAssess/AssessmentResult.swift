import SeamContent

/// The outcome of an assessment for one set of answers, with the explanation behind every part.
/// Its JSON is the shape PRODUCT.md fixes (`assessment`, `answers`, `outcome`, `recommendations`,
/// `facts`, `terms`), with more fields beside them.
public struct AssessmentResult: Sendable, Hashable, Codable {
    public var assessment: String
    public var title: String
    public var answers: [Answer]
    public var outcome: OutcomeResult
    public var recommendations: [Recommended]
    public var facts: [FactResult]
    public var terms: [TermResult]
    /// How many answers counted as each rating (every rating listed).
    public var counts: [String: Int]
    /// The total score, when any option is scored.
    public var score: Int?
    /// For an assessment with groups: how many answers of each group counted as each rating.
    public var groups: [GroupTally]

    public struct GroupTally: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var counts: [String: Int]
    }

    /// One answer and what it counted as.
    public struct Answer: Sendable, Hashable, Codable {
        public var question: String
        /// The group of the question, if any.
        public var group: String?
        public var prompt: String
        public var option: String
        public var label: String
        /// The rating id, or the score as text for a scored option.
        public var rating: String
        public var score: Int?
        /// The rating's label, or "N points".
        public var countedAs: String
        public var why: String
        public var explanation: Explanation

        enum CodingKeys: String, CodingKey {
            case question, group, prompt, option, label, rating, score, why, explanation
            case countedAs = "counted_as"
        }
    }

    /// An entry attached to a part of the result.
    public struct Explanation: Sendable, Hashable, Codable {
        public var id: String
        public var kind: String
        public var title: String
        public var summary: String
        public var anchor: String?
        /// The heading the anchor leads to.
        public var section: String?
        /// Its page on the site, relative to the site root (or absolute under a site URL).
        public var page: String
        /// The terminal command that shows it.
        public var command: String
    }

    public struct OutcomeResult: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var summary: String
        public var text: String?
        public var reading: String?
        public var explanation: Explanation
    }

    public struct Recommended: Sendable, Hashable, Codable {
        public var id: String
        public var kind: String
        public var title: String
        public var summary: String
        public var why: String
        public var anchor: String?
        public var page: String
        public var command: String
    }

    public struct FactResult: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var summary: String
        public var figure: String?
        public var measured: String?
        public var sources: [Source]
        public var page: String
        public var command: String
    }

    public struct TermResult: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var definition: String
        public var page: String
        public var command: String
    }
}

extension AssessmentResult {
    /// The same result with every page made absolute under `siteURL` (`https://example.org/kb`).
    public func underSite(_ siteURL: String?) -> AssessmentResult {
        guard let siteURL, !siteURL.isEmpty else { return self }
        let base = siteURL.hasSuffix("/") ? siteURL : siteURL + "/"
        var result = self
        for index in result.answers.indices { result.answers[index].explanation.page = base + result.answers[index].explanation.page }
        result.outcome.explanation.page = base + result.outcome.explanation.page
        for index in result.recommendations.indices { result.recommendations[index].page = base + result.recommendations[index].page }
        for index in result.facts.indices { result.facts[index].page = base + result.facts[index].page }
        for index in result.terms.indices { result.terms[index].page = base + result.terms[index].page }
        return result
    }
}
