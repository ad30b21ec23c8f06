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
        case publisher, title, year, citedIn = "cited_in", note
    }
}
