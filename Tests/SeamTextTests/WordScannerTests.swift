import Foundation
import PropertyBased
import Testing
@testable import SeamText

/// `WordScanner` against its rules written out plainly over `String.unicodeScalars`, every
/// scalar folded afresh with Foundation.
@Suite struct WordScannerTests {
    struct Word: Equatable, CustomStringConvertible {
        var range: Range<Int>
        var folded: String
        var isUppercase: Bool
        var description: String { "\(range) \(folded)\(isUppercase ? " (capitals)" : "")" }
    }

    @Test(arguments: [true, false])
    func splitsAsTheRulesSay(joinsApostrophes: Bool) async {
        await propertyCheck(input: Generated.text) { text in
            #expect(Self.scanned(text, joinsApostrophes: joinsApostrophes) == Self.naive(text, joinsApostrophes: joinsApostrophes),
                    "\(text.debugDescription)")
        }
    }

    /// Long words of non-ASCII letters, of small ASCII letters (the scanner's fast loop), and of
    /// both, starting at each offset from the limit.
    @Test(arguments: [String(repeating: "É", count: 100), String(repeating: "e", count: 100), "Re" + String(repeating: "e", count: 98),
                      String(repeating: "é", count: 47) + String(repeating: "e", count: 53), String(repeating: "e", count: 47) + "É" + String(repeating: "e", count: 52)])
    func longWordsAreCutButKeepTheirRange(_ long: String) {
        let text = long + " end"
        let words = Self.scanned(text, joinsApostrophes: true)
        #expect(words.map(\.folded.count) == [WordScanner.maximumWordLength, 3])
        #expect(words[0].range == 0..<long.utf8.count)
        #expect(words == Self.naive(text, joinsApostrophes: true))
    }

    static func scanned(_ text: String, joinsApostrophes: Bool) -> [Word] {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: WordScanner.scratchCapacity) { scratch in
                var scanner = WordScanner(bytes, joinsApostrophes: joinsApostrophes)
                var words: [Word] = []
                while let word = scanner.next(into: scratch) {
                    words.append(Word(range: word.range, folded: String(decoding: scratch[..<word.length], as: UTF8.self),
                                      isUppercase: word.isUppercase))
                }
                return words
            }
        }
    }

    /// The words of `text` by the rules: a word is a run of scalars whose folding (NFKD, marks
    /// dropped, lowercased, letters and numbers kept) is not empty; marks inside it are skipped;
    /// an apostrophe between two of its scalars joins them when `joinsApostrophes`, and
    /// separates otherwise; its folding keeps `maximumWordLength` scalars.
    static func naive(_ text: String, joinsApostrophes: Bool) -> [Word] {
        var words: [Word] = []
        var word: (start: Int, end: Int, folded: [Unicode.Scalar], upper: Bool, lower: Bool)?
        var afterApostrophe = false
        var offset = 0
        func finish() {
            if let done = word {
                let kept = String(String.UnicodeScalarView(done.folded.prefix(WordScanner.maximumWordLength)))
                words.append(Word(range: done.start..<done.end, folded: kept, isUppercase: done.upper && !done.lower))
            }
            word = nil
            afterApostrophe = false
        }
        for scalar in text.unicodeScalars {
            let end = offset + String(scalar).utf8.count
            defer { offset = end }
            if ["'", "’", "ʼ"].contains(scalar) {
                if joinsApostrophes, word != nil, !afterApostrophe { afterApostrophe = true } else { finish() }
                continue
            }
            if isMark(scalar) {
                if word != nil, !afterApostrophe { word!.end = end } else { finish() }
                continue
            }
            let folded = String(String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars.filter { !isMark($0) })
                .lowercased().unicodeScalars.filter(isLetterOrNumber)
            guard !folded.isEmpty else {
                finish()
                continue
            }
            if word == nil { word = (offset, end, [], false, false) }
            afterApostrophe = false
            word!.end = end
            word!.folded += folded
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .titlecaseLetter: word!.upper = true
            case .lowercaseLetter: word!.lower = true
            default: break
            }
        }
        finish()
        return words
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
    }

    static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber, .otherNumber]
            .contains(scalar.properties.generalCategory)
    }
}
