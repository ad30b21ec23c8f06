/// Where a figure comes from.
public struct Source: Sendable, Hashable, Codable {
    public var publisher: String
    public var title: String?
    public var year: Int?
    /// The article the figure was taken from, when that is not the publisher.
    public var citedIn: String?
    public var note: String?

    public init(publisher: String, title: String? = nil, year: Int? = nil, citedIn: String? = nil, note: String? = nil) {
        self.publisher = publisher
        self.title = title
        self.year = year
        self.citedIn = citedIn
        self.note = note
    }

    /// One line for a reader: "Gainsight, leadership benchmarks (2024)".
    public var citation: String {
        var text = publisher
        if let title, !title.isEmpty { text += ", \(title)" }
        if let year { text += " (\(year))" }
        if let citedIn, !citedIn.isEmpty { text += "; cited in \(citedIn)" }
        return text
    }

    enum CodingKeys: String, CodingKey {
        case publisher, title, year, citedIn = "cited_in", note, citation
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(publisher: try container.decode(String.self, forKey: .publisher),
                  title: try container.decodeIfPresent(String.self, forKey: .title),
                  year: try container.decodeIfPresent(Int.self, forKey: .year),
                  citedIn: try container.decodeIfPresent(String.self, forKey: .citedIn),
                  note: try container.decodeIfPresent(String.self, forKey: .note))
    }

    /// The fields, then `citation`: JSON readers (the site's assessment page among them) show
    /// the citation as written here and need not format one.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(publisher, forKey: .publisher)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(year, forKey: .year)
        try container.encodeIfPresent(citedIn, forKey: .citedIn)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encode(citation, forKey: .citation)
    }
}
