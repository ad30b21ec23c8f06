import Foundation
import PropertyBased
import SeamContent
import SeamText
import Testing
@testable import SeamSite

/// The glossary linker against a brute-force one: at each word, every name tried in turn.
@Suite struct GlossaryLinkerPropertyTests {
    static let vocabulary = ["net", "revenue", "retention", "NRR", "customer", "success", "CS", "arr", "Café"]
    static let separators = [" ", " ", " ", "-", " / ", " & ", ". ", ", ", "'s ", "’", "\n", "é"]

    /// Up to six terms, each with a title and up to two aliases of one to three words.
    static let terms = Gen.int(in: 0...(vocabulary.count - 1)).array(of: 1...3).array(of: 1...3).array(of: 1...6)
    /// Texts of up to 30 words of the vocabulary, in any case, between separators.
    static let texts = zip(Gen.int(in: 0...(vocabulary.count - 1)), Gen.int(in: 0...2), Gen.int(in: 0...(separators.count - 1)))
        .array(of: 0...30).map { pieces in
            pieces.map { word, casing, separator in
                let word = vocabulary[word]
                return [word, word.lowercased(), word.uppercased()][casing] + separators[separator]
            }.joined()
        }

    @Test func linksAsTheBruteForceDoes() async {
        await propertyCheck(input: Self.terms, Self.texts) { names, text in
            let entries = names.enumerated().map { number, names in
                GlossaryLinkerTests.term("t\(number)", names[0].map { Self.vocabulary[$0] }.joined(separator: " "),
                                         names.dropFirst().map { $0.map { Self.vocabulary[$0] }.joined(separator: " ") })
            }
            let segments = GlossaryLinker(terms: entries).session(root: "", excluding: "t0").link(text) ?? [.text(text)]
            var linked: [String] = []
            for segment in segments {
                switch segment {
                case .text(let text): linked.append(text)
                case .wrapped(let open, let text, _): linked.append("[\(text)](\(open.components(separatedBy: "terms/")[1].prefix { $0 != "." }))")
                }
            }
            #expect(linked.joined() == Self.bruteForce(text, entries, excluding: "t0"), "\(text.debugDescription)")
        }
    }

    /// Links first mentions by trying, at each word, every name (longest first) whose words are
    /// the text's next words with only spaces, hyphens, slashes and ampersands between them.
    static func bruteForce(_ text: String, _ entries: [Entry], excluding: String) -> String {
        let words = self.words(text)
        var names: [[String]: String] = [:]
        for entry in entries.sorted(by: { $0.id < $1.id }) {
            for name in [entry.title] + entry.aliases where names[self.words(name).map(\.folded)] == nil {
                names[self.words(name).map(\.folded)] = entry.id
            }
        }
        let bytes = Array(text.utf8)
        let joins = { (gap: Range<Int>) in bytes[gap].allSatisfy { " -/&".utf8.contains($0) } }
        var output = "", copied = 0, linked = Set<String>(), index = 0
        while index < words.count {
            var best: (id: String, count: Int)?
            for count in 1...(words.count - index) {
                let run = words[index..<(index + count)]
                guard zip(run, run.dropFirst()).allSatisfy({ joins($0.range.upperBound..<$1.range.lowerBound) }) else { break }
                if let id = names[run.map(\.folded)] { best = (id, count) }
            }
            guard let best else { index += 1; continue }
            let range = words[index].range.lowerBound..<words[index + best.count - 1].range.upperBound
            index += best.count
            guard best.id != excluding, linked.insert(best.id).inserted else { continue }
            output += String(decoding: bytes[copied..<range.lowerBound], as: UTF8.self)
                + "[\(String(decoding: bytes[range], as: UTF8.self))](\(best.id))"
            copied = range.upperBound
        }
        return output + String(decoding: bytes[copied...], as: UTF8.self)
    }

    /// The words of `text` as the linker reads them (`WordScanner`, apostrophes separating).
    static func words(_ text: String) -> [(range: Range<Int>, folded: String)] {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: WordScanner.scratchCapacity) { scratch in
                var scanner = WordScanner(bytes, joinsApostrophes: false)
                var words: [(range: Range<Int>, folded: String)] = []
                while let word = scanner.next(into: scratch) { words.append((word.range, String(decoding: scratch[..<word.length], as: UTF8.self))) }
                return words
            }
        }
    }
}
