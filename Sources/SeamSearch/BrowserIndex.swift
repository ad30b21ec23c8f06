import SeamContent

/// The index for the site's client-side search (`search-engine.js`), as compact JSON: the same
/// terms, postings, names and field lengths as the CLI's index, so both rank alike.
///
/// ```
/// {"format": "seam-search", "version": 2,
///  "settings": {...},                              the header: the search settings (`Writer.settings`)
///  "averages": [names, summary, body],            average field lengths
///  "kinds": [[kind, folder, label], ...],          the URL of an entry is folder/id.html; label is its kind's singular name
///  "docs": [[id, kind number, title, summary, [aliases], names length, summary length, body length], ...],
///  "terms": [term, ...],                           sorted by UTF-8 bytes; `@id` terms are mentions of entry id
///  "postings": [string, ...],                      per term, see below
///  "names": [[key, doc number, strict 0/1], ...]}  names (terms joined by spaces) of entries with aliases
/// ```
/// A postings string is a run of numbers, each written as base-64 digits (`A-Z a-z 0-9 - _`)
/// carrying five bits each, least significant first; every digit but the last of a number has
/// bit 32 set. The numbers: the
/// document frequency, then per entry the gap from the previous entry's number (the first is the
/// number itself) and the frequency code of `Scoring.code`.
public enum BrowserIndex {
    public static let version = 2
    static let digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// The browser index of `base` as JSON text.
    public static func json(_ base: KnowledgeBase) -> String { json(IndexBuilder.build(base)) }

    /// The browser index as a script that sets `window.SeamSearchIndex`, for pages opened from disk
    /// (where `fetch` of a JSON file is not allowed). Safe inside a `<script>` element.
    public static func script(_ base: KnowledgeBase) -> String { script(IndexBuilder.build(base)) }

    /// The browser index script of `entries` (sorted by id, one per id; a knowledge base
    /// without errors, as the site is built from).
    public static func script(entries: [Entry]) -> String { script(IndexBuilder.build(entries: entries)) }

    /// The script form of the browser index of `data`.
    public static func script(_ data: IndexData) -> String {
        var writer = Writer()
        writer.put("window.SeamSearchIndex = ")
        writer.index(data)
        writer.put(";\n")
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The browser index of `data` as JSON text.
    public static func json(_ data: IndexData) -> String {
        var writer = Writer()
        writer.index(data)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes the index as UTF-8 bytes into one buffer: String appends, a String per quoted value
    /// or number and a byte-by-byte copy of every text were most of the time of writing it.
    struct Writer {
        var bytes: [UInt8] = []

        init(capacity: Int = 1 << 20) { bytes.reserveCapacity(capacity) }

        mutating func put(_ text: StaticString) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }

        mutating func put(_ value: Int) {
            guard value >= 0 else { return bytes.append(contentsOf: String(value).utf8) }
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of any Int
            withUnsafeMutableBytes(of: &digits) { buffer in
                var rest = value, start = buffer.count
                repeat {
                    start -= 1
                    buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                } while rest > 0
                bytes.append(contentsOf: buffer[start...])
            }
        }

        /// Writes `items` with `separator` between them, each by `write`.
        mutating func joined<S: Sequence>(_ items: S, _ separator: StaticString, _ write: (inout Writer, S.Element) -> Void) {
            var first = true
            for item in items {
                if !first { put(separator) }
                first = false
                write(&self, item)
            }
        }

        /// The header the single index and the shards' manifest share, up to the kinds (the
        /// object is left open).
        mutating func header(_ data: IndexData) {
            put("{\"format\":\"seam-search\",\"version\":")
            put(version)
            put(",")
            settings()
            put(",\n\"averages\":[")
            joined(data.averageLengths, ",") { $0.number($1) }
            put("],\"kinds\":[")
            joined(data.kinds, ",") { writer, kind in
                writer.put("["); writer.quote(kind.id); writer.put(","); writer.quote(kind.folder)
                writer.put(","); writer.quote(kind.singularName); writer.put("]")
            }
            put("]")
        }

        mutating func index(_ data: IndexData) {
            header(data)
            put(",\"docs\":[\n")
            let kindNumbers = Dictionary(uniqueKeysWithValues: data.kinds.enumerated().map { ($1.id, $0) })
            joined(data.documents, ",\n") { writer, document in
                writer.put("["); writer.quote(document.id); writer.put(","); writer.put(kindNumbers[document.kind] ?? 0)
                writer.put(","); writer.quote(document.title); writer.put(","); writer.quote(document.summary); writer.put(",[")
                writer.joined(document.aliases, ",") { $0.quote($1) }
                writer.put("],")
                writer.joined(document.lengths, ",") { $0.put($1) }
                writer.put("]")
            }
            put("],\n\"terms\":[")
            joined(data.terms, ",") { $0.quote($1.term) }
            put("],\n\"postings\":[")
            joined(data.terms, ",") { writer, term in writer.put("\""); writer.encode(term.postings); writer.put("\"") }
            put("],\n\"names\":[")
            joined(data.names, ",") { writer, name in
                writer.put("["); writer.quote(name.key); writer.put(","); writer.put(name.document)
                writer.put(name.strict ? ",1]" : ",0]")
            }
            put("]}\n")
        }

        /// A postings list in the base-64 varint form; with `lengths`, each entry is followed by
        /// the lengths of the fields its code says the term occurs in (for the shards), but for
        /// the body's when not `bodyLengths` (a long list's: the `l0` shard has every entry's).
        mutating func encode(_ postings: [IndexData.Posting], lengths documents: [IndexDocument]? = nil, bodyLengths: Bool = true) {
            varint(postings.count)
            var previous = 0
            for (position, posting) in postings.enumerated() {
                varint(position == 0 ? posting.document : posting.document - previous)
                varint(posting.code)
                previous = posting.document
                guard let documents else { continue }
                let lengths = documents[posting.document].lengths
                if posting.code >> 5 & 3 > 0 { varint(lengths[0]) }
                if posting.code >> 3 & 3 > 0 { varint(lengths[1]) }
                if bodyLengths && posting.code & 7 > 0 { varint(lengths[2]) }
            }
        }

        /// A number in base-64 digits, five bits each, least significant first, bit 32 set on all
        /// digits but the last.
        mutating func varint(_ value: Int) {
            let digits = BrowserIndex.digits
            var rest = max(value, 0)
            while rest >= 32 {
                bytes.append(digits[(rest & 31) | 32])
                rest >>= 5
            }
            bytes.append(digits[rest])
        }

        /// `text` as a JSON string, with `<`, `>`, `&`, U+2028 and U+2029 escaped too so the JSON
        /// can sit in a `<script>`. Runs of bytes that need no escape are copied whole.
        mutating func quote(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            var text = text
            text.withUTF8 { utf8 in
                var copied = 0, index = 0
                while index < utf8.count {
                    let byte = utf8[index]
                    let escape: StaticString?
                    var width = 1
                    switch byte {
                    case UInt8(ascii: "\""): escape = "\\\""
                    case UInt8(ascii: "\\"): escape = "\\\\"
                    case UInt8(ascii: "\n"): escape = "\\n"
                    case UInt8(ascii: "\r"): escape = "\\r"
                    case UInt8(ascii: "\t"): escape = "\\t"
                    case UInt8(ascii: "<"): escape = "\\u003c"
                    case UInt8(ascii: ">"): escape = "\\u003e"
                    case UInt8(ascii: "&"): escape = "\\u0026"
                    case 0..<0x20, 0x7F: escape = nil
                    // U+2028 and U+2029 (E2 80 A8, E2 80 A9).
                    case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                        escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                        width = 3
                    default:
                        index += 1
                        continue
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
                    if let escape { put(escape) } else { control(byte) }
                    index += width
                    copied = index
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...]))
            }
            bytes.append(UInt8(ascii: "\""))
        }

        /// A control character as `\u00XX`.
        private mutating func control(_ byte: UInt8) {
            let hex = Array("0123456789abcdef".utf8)
            put("\\u00")
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 15)])
        }
    }

    /// A JSON number that reads back as the same double.
    static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "0"
    }
}
