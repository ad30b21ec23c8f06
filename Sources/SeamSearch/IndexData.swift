/// The index as plain values: what `IndexBuilder` makes and what both the binary index file
/// (for the CLI) and the browser index (JSON, for the site) are written from, so the two engines
/// search the same data.
public struct IndexData: Sendable, Hashable {
    /// One entry's frequencies for one term. Stored in 32 bits each (8 bytes a posting, not 16):
    /// a 10,000-entry knowledge base has about 1.5 million postings, held until the index is written.
    public struct Posting: Sendable, Hashable {
        private var storedDocument: Int32
        private var storedCode: Int32

        public var document: Int {
            get { Int(storedDocument) }
            set { storedDocument = Int32(newValue) }
        }
        /// `Scoring.code(names:summary:body:)`.
        public var code: Int {
            get { Int(storedCode) }
            set { storedCode = Int32(newValue) }
        }

        public init(document: Int, code: Int) {
            storedDocument = Int32(document)
            storedCode = Int32(code)
        }
    }

    /// A name (title or alias) of an entry that has aliases, as its terms joined by spaces.
    public struct Name: Sendable, Hashable {
        public var key: String
        public var document: Int
        /// Matched in entry text only where written in capitals (short abbreviations like `CS`).
        public var strict: Bool
    }

    /// Entries, sorted by id.
    public var documents: [IndexDocument]
    /// Terms sorted by their UTF-8 bytes, each with its postings in document order. A term
    /// `@id` stands for every mention of entry `id` by any of its names.
    public var terms: [(term: String, postings: [Posting])]
    /// Names sorted by key.
    public var names: [Name]
    /// Problems met while loading the content (entries that could not be read).
    public var problems: [String]
    /// The kinds of the documents, in the schema's order, with their folders: the browser index
    /// makes an entry's address from them (not in the CLI's binary index, which reads paths).
    public var kinds: [(id: String, folder: String, singularName: String)] = []

    public static func == (lhs: IndexData, rhs: IndexData) -> Bool {
        lhs.documents == rhs.documents && lhs.names == rhs.names && lhs.problems == rhs.problems
            && lhs.terms.map(\.term) == rhs.terms.map(\.term) && lhs.terms.map(\.postings) == rhs.terms.map(\.postings)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(documents)
        hasher.combine(terms.map(\.term))
    }

    /// Average number of words per field.
    public var averageLengths: [Double] {
        guard !documents.isEmpty else { return [0, 0, 0] }
        return (0..<3).map { field in Double(documents.reduce(0) { $0 + $1.lengths[field] }) / Double(documents.count) }
    }
}
