import SeamContent

/// The index for the site's client-side search (`search-engine.js`), as compact JSON: the same
/// terms, postings, names and field lengths as the CLI's index, so both rank alike.
///
/// ```
/// {"format": "seam-search", "version": 1,
///  "averages": [names, summary, body],            average field lengths
///  "kinds": [[kind, folder], ...],                 the URL of an entry is folder/id.html
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
    public static let version = 1
    static let digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// The browser index of `base` as JSON text.
    public static func json(_ base: KnowledgeBase) -> String { json(IndexBuilder.build(base)) }

    /// The browser index as a script that sets `window.SeamSearchIndex`, for pages opened from disk
    /// (where `fetch` of a JSON file is not allowed). Safe inside a `<script>` element.
    public static func script(_ base: KnowledgeBase) -> String { script(IndexBuilder.build(base)) }

    /// The script form of the browser index of `data`.
    public static func script(_ data: IndexData) -> String { "window.SeamSearchIndex = " + json(data) + ";\n" }

    /// The browser index of `data` as JSON text, written as UTF-8 bytes into one buffer (String
    /// appends and a String per quoted value were most of the time of writing it).
    public static func json(_ data: IndexData) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        func put(_ text: String) { out.append(contentsOf: text.utf8) }
        func quoted(_ text: String) { quote(text, into: &out) }
        func joined<S: Sequence>(_ items: S, _ separator: String, _ write: (S.Element) -> Void) {
            var first = true
            for item in items {
                if !first { put(separator) }
                first = false
                write(item)
            }
        }
        put("{\"format\":\"seam-search\",\"version\":\(version),\"averages\":[")
        joined(data.averageLengths, ",") { put(number($0)) }
        put("],\"kinds\":[")
        joined(Kind.allCases, ",") { kind in put("["); quoted(kind.rawValue); put(","); quoted(kind.folder); put("]") }
        put("],\"docs\":[\n")
        let kindNumbers = Dictionary(uniqueKeysWithValues: Kind.allCases.enumerated().map { ($1.rawValue, $0) })
        joined(data.documents, ",\n") { document in
            put("["); quoted(document.id); put(",\(kindNumbers[document.kind] ?? 0),"); quoted(document.title); put(",")
            quoted(document.summary); put(",[")
            joined(document.aliases, ",") { quoted($0) }
            put("],")
            joined(document.lengths, ",") { put(String($0)) }
            put("]")
        }
        put("],\n\"terms\":[")
        joined(data.terms, ",") { quoted($0.term) }
        put("],\n\"postings\":[")
        joined(data.terms, ",") { put("\""); encode($0.postings, into: &out); put("\"") }
        put("],\n\"names\":[")
        joined(data.names, ",") { name in put("["); quoted(name.key); put(",\(name.document),\(name.strict ? 1 : 0)]") }
        put("]}\n")
        return String(decoding: out, as: UTF8.self)
    }

    /// A postings list in the base-64 varint form.
    static func encode(_ postings: [IndexData.Posting]) -> String {
        var bytes: [UInt8] = []
        encode(postings, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a postings list in the base-64 varint form to `bytes`.
    static func encode(_ postings: [IndexData.Posting], into bytes: inout [UInt8]) {
        func put(_ value: Int) {
            var rest = value
            while rest >= 32 {
                bytes.append(digits[(rest & 31) | 32])
                rest >>= 5
            }
            bytes.append(digits[rest])
        }
        put(postings.count)
        var previous = 0
        for (position, posting) in postings.enumerated() {
            put(position == 0 ? posting.document : posting.document - previous)
            put(posting.code)
            previous = posting.document
        }
    }

    /// A JSON number that reads back as the same double.
    static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "0"
    }

    /// A JSON string, with `<`, `>`, `&`, U+2028 and U+2029 escaped too so the JSON can sit in a `<script>`.
    static func quote(_ text: String) -> String {
        var out: [UInt8] = []
        quote(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` quoted (as `quote` does) to `out`, working on its UTF-8 bytes.
    static func quote(_ text: String, into out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        func escaped(_ value: UInt32) {
            out.append(contentsOf: "\\u".utf8)
            for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int(value >> UInt32(shift)) & 15]) }
        }
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
                case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
                case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
                case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0..<0x20, 0x7F: escaped(UInt32(byte))
                case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && (bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9):
                    // U+2028 and U+2029 (E2 80 A8, E2 80 A9).
                    escaped(bytes[index + 1] == 0xA8 ? 0x2028 : 0x2029)
                    index += 2
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
