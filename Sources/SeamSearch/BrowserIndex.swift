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

    /// The browser index of `data` as JSON text.
    public static func json(_ data: IndexData) -> String {
        var out = "{\"format\":\"seam-search\",\"version\":\(version),\"averages\":["
        out += data.averageLengths.map { number($0) }.joined(separator: ",")
        out += "],\"kinds\":["
        out += Kind.allCases.map { "[\(quote($0.rawValue)),\(quote($0.folder))]" }.joined(separator: ",")
        out += "],\"docs\":[\n"
        let kindNumbers = Dictionary(uniqueKeysWithValues: Kind.allCases.enumerated().map { ($1.rawValue, $0) })
        out += data.documents.map { document in
            "[\(quote(document.id)),\(kindNumbers[document.kind] ?? 0),\(quote(document.title)),\(quote(document.summary)),["
                + document.aliases.map(quote).joined(separator: ",") + "],"
                + document.lengths.map(String.init).joined(separator: ",") + "]"
        }.joined(separator: ",\n")
        out += "],\n\"terms\":["
        out += data.terms.map { quote($0.term) }.joined(separator: ",")
        out += "],\n\"postings\":["
        out += data.terms.map { "\"" + encode($0.postings) + "\"" }.joined(separator: ",")
        out += "],\n\"names\":["
        out += data.names.map { "[\(quote($0.key)),\($0.document),\($0.strict ? 1 : 0)]" }.joined(separator: ",")
        out += "]}\n"
        return out
    }

    /// A postings list in the base-64 varint form.
    static func encode(_ postings: [IndexData.Posting]) -> String {
        var bytes: [UInt8] = []
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
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A JSON number that reads back as the same double.
    static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "0"
    }

    /// A JSON string, with `<`, `>`, `&`, U+2028 and U+2029 escaped too so the JSON can sit in a `<script>`.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(4)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
