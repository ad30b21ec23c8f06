import Foundation

/// A search index read straight from its bytes (usually a memory-mapped file): nothing is decoded
/// until a query needs it, so opening a 10,000-entry index costs almost nothing.
///
/// Layout (little-endian): `SEAMIX05`, u32 document, term and name counts, u32 problem count,
/// three f64 average field lengths, then u64 offsets of the sections: content stamp, documents
/// (five u32 each: three field lengths, offset of its strings, offset of its text), document
/// strings, document texts (per entry: varint count and the other field texts, varint count and
/// per heading section its heading, anchor, paragraphs and code; see `IndexText`), term offsets
/// (u32, count + 1), term bytes (sorted), posting offsets (u32, count + 1), postings (per term:
/// varint df, then per entry varint gap and varint code), name offsets (u32, count + 1), names
/// (key bytes, u32 document, u8 strict), problems, end.
public final class SearchIndex: @unchecked Sendable {
    /// The format and indexing version: change it whenever the tokenizer, the index builder or
    /// the layout changes, so that no index written by another version is read.
    static let magic: [UInt8] = Array("SEAMIX05".utf8)
    static let headerSize = 8 + 16 + 24 + 8 * 12

    private let storage: Storage
    let bytes: UnsafeRawBufferPointer
    public let documentCount: Int
    public let termCount: Int
    let nameCount: Int
    public let problemCount: Int
    public let averageLengths: [Double]
    private let offsets: [Int]

    private enum Section: Int { case stamp, documents, strings, texts, termOffsets, terms, postingOffsets, postings, nameOffsets, names, problems, end }

    /// Owns the memory the index is read from.
    final class Storage {
        let pointer: UnsafeMutableRawPointer?
        let count: Int
        let mapped: Bool
        init(pointer: UnsafeMutableRawPointer?, count: Int, mapped: Bool) {
            self.pointer = pointer
            self.count = count
            self.mapped = mapped
        }
        deinit {
            guard let pointer else { return }
            if mapped { munmap(pointer, count) } else { pointer.deallocate() }
        }
    }

    /// Reads an index from bytes in memory; nil when they are not a valid index.
    public convenience init?(bytes: [UInt8]) {
        let pointer = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        self.init(storage: Storage(pointer: pointer, count: bytes.count, mapped: false))
    }

    /// Maps the index file at `path`; nil when it is missing or not a valid index.
    public convenience init?(mapping path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size >= Self.headerSize else { return nil }
        let size = Int(info.st_size)
        guard let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), pointer != MAP_FAILED else { return nil }
        self.init(storage: Storage(pointer: pointer, count: size, mapped: true))
    }

    private init?(storage: Storage) {
        self.storage = storage
        let bytes = UnsafeRawBufferPointer(start: storage.pointer, count: storage.count)
        self.bytes = bytes
        guard bytes.count >= Self.headerSize, Array(bytes[0..<8]) == Self.magic else { return nil }
        documentCount = bytes.u32(at: 8)
        termCount = bytes.u32(at: 12)
        nameCount = bytes.u32(at: 16)
        problemCount = bytes.u32(at: 20)
        var reader = ByteReader(bytes, offset: 24)
        var averages: [Double] = []
        for _ in 0..<3 { averages.append(Double(bitPattern: reader.u64() ?? 0)) }
        averageLengths = averages
        var offsets: [Int] = []
        for _ in 0...Section.end.rawValue { offsets.append(Int(exactly: reader.u64() ?? 0) ?? -1) }
        self.offsets = offsets
        guard offsets.last == bytes.count, zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }),
              offsets[0] >= Self.headerSize,
              offsets[Section.strings.rawValue] - offsets[Section.documents.rawValue] == documentCount * 20,
              offsets[Section.terms.rawValue] - offsets[Section.termOffsets.rawValue] == (termCount + 1) * 4,
              offsets[Section.postings.rawValue] - offsets[Section.postingOffsets.rawValue] == (termCount + 1) * 4,
              offsets[Section.names.rawValue] - offsets[Section.nameOffsets.rawValue] == (nameCount + 1) * 4
        else { return nil }
    }

    private func start(_ section: Section) -> Int { offsets[section.rawValue] }

    /// A started check of the content folder against the index's stamp; nil when a folder has
    /// already changed.
    public func freshnessCheck(root: String) -> FreshnessCheck? {
        let check = FreshnessCheck(UnsafeRawBufferPointer(rebasing: bytes[start(.stamp)..<start(.documents)]), root: root, owner: self)
        check?.start()
        return check
    }

    // MARK: Documents

    /// The field lengths of document `index`.
    @inline(__always) func lengths(_ index: Int) -> (Int, Int, Int) {
        let base = start(.documents) + index * 20
        return (bytes.u32(at: base), bytes.u32(at: base + 4), bytes.u32(at: base + 8))
    }

    /// Document `index`, decoded.
    public func document(_ index: Int) -> IndexDocument {
        var reader = ByteReader(bytes, offset: min(start(.strings) + bytes.u32(at: start(.documents) + index * 20 + 12), bytes.count))
        let id = reader.string() ?? "", kind = reader.string() ?? "", title = reader.string() ?? ""
        let summary = reader.string() ?? "", path = reader.string() ?? ""
        var aliases: [String] = []
        for _ in 0..<(reader.varint() ?? 0) { aliases.append(reader.string() ?? "") }
        let (a, b, c) = lengths(index)
        return IndexDocument(id: id, kind: kind, title: title, summary: summary, path: path, aliases: aliases, lengths: [a, b, c])
    }

    /// The text of document `index`: its other fields and its body by heading section.
    public func text(_ index: Int) -> IndexText {
        let texts = UnsafeRawBufferPointer(rebasing: bytes[start(.texts)..<start(.termOffsets)])
        var reader = ByteReader(texts, offset: min(bytes.u32(at: start(.documents) + index * 20 + 16), texts.count))
        // Counts are trusted only as far as the strings are there: a damaged count stops at the end.
        var fields: [String] = []
        for _ in 0..<(reader.varint() ?? 0) {
            guard let field = reader.string() else { break }
            fields.append(field)
        }
        var sections: [IndexSection] = []
        for _ in 0..<(reader.varint() ?? 0) {
            guard let heading = reader.string(), let anchor = reader.string(), let text = reader.string(), let code = reader.string() else { break }
            sections.append(IndexSection(heading: heading, anchor: anchor, text: text, code: code))
        }
        return IndexText(fields: fields, sections: sections)
    }

    /// The id and kind of document `index`, decoded without the rest.
    public func idAndKind(_ index: Int) -> (id: String, kind: String) {
        var reader = ByteReader(bytes, offset: min(start(.strings) + bytes.u32(at: start(.documents) + index * 20 + 12), bytes.count))
        return (reader.string() ?? "", reader.string() ?? "")
    }

    /// Problems met while loading the content the index was built from.
    public var problems: [String] {
        var reader = ByteReader(bytes, offset: start(.problems))
        return (0..<problemCount).compactMap { _ in reader.string() }
    }

    // MARK: Terms

    /// The bytes of term `index`.
    @inline(__always) func termBytes(_ index: Int) -> UnsafeRawBufferPointer {
        let table = start(.termOffsets), base = start(.terms)
        let lower = min(base + bytes.u32(at: table + index * 4), bytes.count), upper = base + bytes.u32(at: table + index * 4 + 4)
        return UnsafeRawBufferPointer(rebasing: bytes[lower..<max(lower, min(upper, bytes.count))])
    }

    /// Term `index` as a string.
    public func term(_ index: Int) -> String { String(decoding: termBytes(index), as: UTF8.self) }

    /// The first term index whose bytes are not less than `key`.
    func lowerBound(_ key: [UInt8]) -> Int {
        var low = 0, high = termCount
        while low < high {
            let middle = (low + high) / 2
            if termBytes(middle).lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The index of `term`, if the index has it.
    public func termIndex(_ term: String) -> Int? {
        let key = Array(term.utf8)
        let found = lowerBound(key)
        return found < termCount && termBytes(found).elementsEqual(key) ? found : nil
    }

    /// The indices of the terms that start with `prefix`.
    public func terms(withPrefix prefix: String) -> Range<Int> {
        let key = Array(prefix.utf8)
        let lower = lowerBound(key)
        var upper = lower
        while upper < termCount && termBytes(upper).starts(with: key) { upper += 1 }
        return lower..<upper
    }

    private func postingRange(_ term: Int) -> Range<Int> {
        let table = start(.postingOffsets), base = start(.postings)
        let lower = min(base + bytes.u32(at: table + term * 4), bytes.count), upper = base + bytes.u32(at: table + term * 4 + 4)
        return lower..<max(lower, min(upper, bytes.count))
    }

    /// How many entries have term `index`.
    public func documentFrequency(_ term: Int) -> Int {
        var reader = ByteReader(bytes, offset: postingRange(term).lowerBound)
        return reader.varint() ?? 0
    }

    /// Calls `body` with each (document, code) of term `index`, in document order.
    func forEachPosting(_ term: Int, _ body: (Int, Int) -> Void) {
        let range = postingRange(term)
        var reader = ByteReader(UnsafeRawBufferPointer(rebasing: bytes[range]))
        guard let df = reader.varint() else { return }
        var document = 0
        for position in 0..<df {
            guard let gap = reader.varint(), let code = reader.varint() else { return }
            document = position == 0 ? gap : document + gap
            guard document < documentCount else { return }
            body(document, code)
        }
    }

    // MARK: Names

    /// The entry named `key` (terms joined by spaces), with whether the name is strict.
    func name(_ key: [UInt8]) -> (document: Int, strict: Bool)? {
        let table = start(.nameOffsets), base = start(.names)
        func record(_ index: Int) -> UnsafeRawBufferPointer {
            let lower = min(base + bytes.u32(at: table + index * 4), bytes.count), upper = base + bytes.u32(at: table + index * 4 + 4)
            return UnsafeRawBufferPointer(rebasing: bytes[lower..<max(lower, min(upper, bytes.count))])
        }
        var low = 0, high = nameCount
        while low < high {
            let middle = (low + high) / 2
            let entry = record(middle)
            guard entry.count >= 5 else { return nil }
            let nameKey = UnsafeRawBufferPointer(rebasing: entry[0..<(entry.count - 5)])
            if nameKey.elementsEqual(key) {
                return (entry.u32(at: entry.count - 5), entry[entry.count - 1] != 0)
            }
            if nameKey.lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Every name, decoded (only a test reads them back: queries look names up one by one).
    var allNames: [IndexData.Name] {
        let table = start(.nameOffsets), base = start(.names)
        return (0..<nameCount).compactMap { index in
            let lower = min(base + bytes.u32(at: table + index * 4), bytes.count), upper = base + bytes.u32(at: table + index * 4 + 4)
            guard upper - lower >= 5, upper <= bytes.count else { return nil }
            let entry = UnsafeRawBufferPointer(rebasing: bytes[lower..<upper])
            return IndexData.Name(key: String(decoding: entry[0..<(entry.count - 5)], as: UTF8.self),
                                  document: entry.u32(at: entry.count - 5), strict: entry[entry.count - 1] != 0)
        }
    }
}

extension IndexData {
    /// The binary index file, with `texts` (one per document, in order): see `SearchIndex` for the layout.
    public func encoded(stamp: ContentStamp?, texts: [IndexText]) -> [UInt8] {
        var sections: [[UInt8]] = []
        var stampWriter = ByteWriter()
        if let stamp { stampWriter.data = stamp.encoded() } else { stampWriter.data = ContentStamp(rootTime: .init(seconds: -1, nanoseconds: 0), folders: []).encoded() }
        sections.append(stampWriter.data)

        var fixed = ByteWriter(), strings = ByteWriter(), textWriter = ByteWriter()
        precondition(texts.count == documents.count, "one text per document")
        for (document, text) in zip(documents, texts) {
            fixed.u32(document.lengths[0]); fixed.u32(document.lengths[1]); fixed.u32(document.lengths[2])
            fixed.u32(strings.data.count); fixed.u32(textWriter.data.count)
            for text in [document.id, document.kind, document.title, document.summary, document.path] { strings.string(text) }
            strings.varint(document.aliases.count)
            for alias in document.aliases { strings.string(alias) }
            textWriter.varint(text.fields.count)
            for field in text.fields { textWriter.string(field) }
            textWriter.varint(text.sections.count)
            for section in text.sections {
                for part in [section.heading, section.anchor, section.text, section.code] { textWriter.string(part) }
            }
        }
        sections += [fixed.data, strings.data, textWriter.data]

        var termOffsets = ByteWriter(), termBlob = ByteWriter(), postingOffsets = ByteWriter(), postingBlob = ByteWriter()
        for (term, postings) in terms {
            termOffsets.u32(termBlob.data.count)
            termBlob.data.append(contentsOf: term.utf8)
            postingOffsets.u32(postingBlob.data.count)
            postingBlob.varint(postings.count)
            var previous = 0
            for (position, posting) in postings.enumerated() {
                postingBlob.varint(position == 0 ? posting.document : posting.document - previous)
                postingBlob.varint(posting.code)
                previous = posting.document
            }
        }
        termOffsets.u32(termBlob.data.count)
        postingOffsets.u32(postingBlob.data.count)
        sections += [termOffsets.data, termBlob.data, postingOffsets.data, postingBlob.data]

        var nameOffsets = ByteWriter(), nameBlob = ByteWriter()
        for name in names {
            nameOffsets.u32(nameBlob.data.count)
            nameBlob.data.append(contentsOf: name.key.utf8)
            nameBlob.u32(name.document)
            nameBlob.data.append(name.strict ? 1 : 0)
        }
        nameOffsets.u32(nameBlob.data.count)
        sections += [nameOffsets.data, nameBlob.data]

        var problemWriter = ByteWriter()
        for problem in problems { problemWriter.string(problem) }
        sections.append(problemWriter.data)

        var header = ByteWriter()
        header.data = SearchIndex.magic
        header.u32(documents.count); header.u32(terms.count); header.u32(names.count); header.u32(problems.count)
        for average in averageLengths { header.u64(average.bitPattern) }
        var position = SearchIndex.headerSize
        for section in sections {
            header.u64(UInt64(position))
            position += section.count
        }
        header.u64(UInt64(position))
        precondition(header.data.count == SearchIndex.headerSize)
        // Section by section: appending `sections.joined()` went byte by byte.
        var file = header.data
        file.reserveCapacity(position)
        for section in sections { file.append(contentsOf: section) }
        return file
    }
}
