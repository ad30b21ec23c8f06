import SeamContent

/// The search index of the last build, kept by `seam serve` so that the next build after an edit
/// reads again only the entries that changed: each entry's terms and frequency codes are kept
/// with their numbers in one growing term table, and the postings are put together from them.
/// `build` gives what `IndexBuilder.build(entries:)` gives (tests compare the two). Anything
/// but edits to entries (an entry added, removed or renamed, a name, alias or kind changed)
/// starts over. One build at a time.
public final class IndexBuildCache: @unchecked Sendable {
    private struct State {
        var ids: [String]
        var names: [IndexData.Name]
        /// The term table, the name matcher and the mention terms of `ids` and `names`.
        var builder: PostingsBuilder
        var entries: [Entry]
        var documents: [IndexDocument]
        var contributions: [PostingsBuilder.Contribution]
        /// Every term number, sorted by the terms' bytes, and each term's text.
        var sorted: [Int32] = []
        var words: [String] = []
    }

    private var state: State?
    /// How many entries are read between two questions to `stop`.
    private let askEvery: Int

    public init(askEvery: Int = 256) { self.askEvery = max(askEvery, 1) }

    /// The index data of `entries` (sorted by id, one per id), or nil as soon as `stop` (asked
    /// before the first entry read, and every `askEvery`) says it is no longer wanted.
    public func build(entries: [Entry], unless stop: (() -> Bool)? = nil) -> IndexData? {
        let ids = entries.map(\.id)
        let names = IndexBuilder.names(of: entries)
        var state: State
        if let kept = self.state, kept.ids == ids, kept.names == names {
            state = kept
        } else {
            state = State(ids: ids, names: names, builder: PostingsBuilder(names: names, ids: ids), entries: [], documents: [],
                          contributions: [])
        }
        self.state = nil
        var read = 0
        for (number, entry) in entries.enumerated() {
            if number < state.entries.count {
                guard state.entries[number] != entry else { continue }
                guard state.entries[number].kind.id == entry.kind.id else { return self.build(afresh: entries, unless: stop) }
            }
            if read % askEvery == 0, let stop, stop() {
                self.state = state  // every entry read so far is recorded whole
                return nil
            }
            read += 1
            let contribution = state.builder.contribution(of: entry, as: number)
            let document = IndexDocument(id: entry.id, kind: entry.kind.rawValue, title: entry.title, summary: entry.summary,
                                         path: entry.path, aliases: entry.aliases, lengths: contribution.lengths)
            if number < state.entries.count {
                state.entries[number] = entry
                state.documents[number] = document
                state.contributions[number] = contribution
            } else {
                state.entries.append(entry)
                state.documents.append(document)
                state.contributions.append(contribution)
            }
        }
        Self.sortNewTerms(&state)
        var data = IndexData(documents: state.documents, terms: Self.terms(state), names: names, problems: [])
        var kinds: [String: Kind] = [:]
        for entry in entries where kinds[entry.kind.id] == nil { kinds[entry.kind.id] = entry.kind }
        data.kinds = kinds.values.sorted().map { (id: $0.id, folder: $0.folder, singularName: $0.singularName) }
        self.state = state
        return data
    }

    /// Starts over (the entries changed in a way edits do not).
    private func build(afresh entries: [Entry], unless stop: (() -> Bool)?) -> IndexData? {
        state = nil
        return build(entries: entries, unless: stop)
    }

    /// Puts the terms numbered since the last build into the sorted order, each where it belongs.
    private static func sortNewTerms(_ state: inout State) {
        let builder = state.builder
        for number in Int32(state.words.count)..<Int32(builder.termCount) {
            state.words.append(builder.word(number))
            var low = 0, high = state.sorted.count
            while low < high {
                let middle = (low + high) / 2
                if builder.precedes(state.sorted[middle], number) { low = middle + 1 } else { high = middle }
            }
            state.sorted.insert(number, at: low)
        }
    }

    /// The terms that have postings, sorted, each with its postings in document order.
    private static func terms(_ state: State) -> [(term: String, postings: [IndexData.Posting])] {
        var postings = [[IndexData.Posting]](repeating: [], count: state.words.count)
        for (document, contribution) in state.contributions.enumerated() {
            for (term, code) in contribution.terms { postings[Int(term)].append(IndexData.Posting(document: document, code: code)) }
        }
        return state.sorted.lazy.filter { !postings[Int($0)].isEmpty }.map { (term: state.words[Int($0)], postings: postings[Int($0)]) }
    }
}
