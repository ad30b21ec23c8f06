import SeamContent

/// An assessment, read from `content/assessments/<id>.md` and checked: questions with rated or
/// scored options, outcome rules, recommendations, facts and terms, and a snapshot of every entry
/// it refers to, so that evaluating it needs nothing else.
public struct Assessment: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var summary: String
    /// The entry's Markdown body: the introduction shown before the first question.
    public var introduction: String
    /// What an option can count as (`favorable`, `unfavorable`), in display order.
    public var ratings: [Rating]
    /// Named sets of questions that rules can count over.
    public var groups: [Group]
    public var questions: [Question]
    /// Outcomes in order; exactly one applies to any complete set of answers.
    public var outcomes: [Outcome]
    public var recommendations: [Recommendation]
    /// Fact and term ids attached to every result.
    public var facts: [String]
    public var terms: [String]
    /// Every entry the definition names, by id.
    public var references: [String: Reference]
    /// What the chart of a result shows (derived from the rules when the definition is read);
    /// in the site JSON so that the browser draws the same chart.
    public var chart: ResultChartSpec?

    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }
    public func rating(_ id: String) -> Rating? { ratings.first { $0.id == id } }
    public func outcome(_ id: String) -> Outcome? { outcomes.first { $0.id == id } }
}

/// One value an option can count as.
public struct Rating: Sendable, Hashable, Codable {
    public var id: String
    /// How an answer with this rating is described: "favorable for a unified CRO".
    public var label: String
    /// Whether the rating is good, mixed or bad news (`tone:` in the definition), for the colour
    /// and the shape of its mark in charts; nil for ratings that only tell directions apart.
    public var tone: Tone?

    public init(id: String, label: String, tone: Tone? = nil) {
        self.id = id
        self.label = label
        self.tone = tone
    }
}

/// What a rating means for the reader; a chart marks it in colour and in shape, never colour alone.
public enum Tone: String, Sendable, Hashable, Codable, CaseIterable {
    case good, mixed, bad

    /// The mark of the terminal chart (and of the site's legend): a dot, a diamond, a square.
    public var symbol: String {
        switch self {
        case .good: return "●"
        case .mixed: return "◆"
        case .bad: return "■"
        }
    }
}

/// A named set of questions.
public struct Group: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
}

/// A question and its options.
public struct Question: Sendable, Hashable, Codable {
    public var id: String
    public var prompt: String
    /// A short name for charts and tables ("Company stage"); the explaining section's heading
    /// or entry title when absent.
    public var label: String?
    /// One line on why the question matters.
    public var explanation: String
    /// The entry that explains the question in full.
    public var entry: EntryRef
    public var group: String?
    /// Where Seam settles what the source leaves open, said plainly.
    public var reading: String?
    public var options: [AnswerOption]

    public func option(_ id: String) -> AnswerOption? { options.first { $0.id == id } }
}

/// One answer to a question and what it counts as.
public struct AnswerOption: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    public var rating: String?
    public var score: Int?
    /// One line on why the answer counts as it does.
    public var why: String
    public var entry: EntryRef
    public var facts: [String]
    public var terms: [String]
}

/// One outcome: when it applies and what explains it.
public struct Outcome: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var summary: String
    /// A paragraph on what the outcome means.
    public var explanation: String?
    public var reading: String?
    public var entry: EntryRef
    /// The rule; nil for the `otherwise` outcome.
    public var when: Condition?
    /// Applies when no other outcome does.
    public var otherwise: Bool
    public var facts: [String]
    public var terms: [String]
    /// Sentences added to the explanation when their rule holds, in order.
    public var notes: [Note]
}

/// A sentence an outcome adds to its explanation when a rule over the answers holds.
public struct Note: Sendable, Hashable, Codable {
    public var when: Condition
    public var text: String
}

/// An entry to read or a structure to consider, for some outcomes or answers.
public struct Recommendation: Sendable, Hashable, Codable {
    public var entry: EntryRef
    public var why: String
    /// Only for these outcomes; nil for all.
    public var outcomes: [String]?
    /// Only when this holds.
    public var when: Condition?
}

/// An entry id with an optional heading anchor: `company-stage#series-b-to-c`.
public struct EntryRef: Sendable, Hashable, Codable, CustomStringConvertible {
    public var id: String
    public var anchor: String?

    public init(id: String, anchor: String? = nil) {
        self.id = id
        self.anchor = anchor
    }

    public var description: String { anchor.map { "\(id)#\($0)" } ?? id }
}

/// What an assessment keeps of an entry it refers to.
public struct Reference: Sendable, Hashable, Codable {
    public var id: String
    public var kind: String
    public var title: String
    public var summary: String
    /// The entry's page on the site, relative to the site root: `factors/company-stage.html`.
    public var page: String
    /// Heading texts of the anchors the assessment uses.
    public var sections: [String: String]
    public var figure: String?
    public var measured: String?
    public var sources: [Source]?
}
