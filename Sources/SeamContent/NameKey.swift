import Foundation

/// Folds a name for lookups: case and accents ignored, runs of spaces, hyphens and
/// underscores made one space (`Net-Revenue  Retention` and `net revenue retention` match).
public enum NameKey {
    public static func fold(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 128 }) { return foldASCII(name) }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        var pendingSpace = false
        for character in folded {
            if character.isWhitespace || character == "-" || character == "_" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}

extension NameKey {
    /// The same folding for ASCII text, byte by byte.
    static func foldASCII(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            switch byte {
            case 9, 10, 11, 12, 13, 32, UInt8(ascii: "-"), UInt8(ascii: "_"):
                pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace { bytes.append(32) }
                pendingSpace = false
                bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Levenshtein distance, for "did you mean" suggestions.
public enum EditDistance {
    /// The edit distance between `a` and `b`, or nil when it exceeds `limit`.
    public static func between(_ a: String, _ b: String, limit: Int = .max) -> Int? {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where j <= b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// Up to `count` of `candidates` closest to `word`, best first.
    public static func suggestions(for word: String, in candidates: [String], count: Int = 3) -> [String] {
        let key = NameKey.fold(word)
        let limit = max(2, key.count / 3)
        return candidates
            .compactMap { candidate -> (String, Int)? in
                let folded = NameKey.fold(candidate)
                if folded.hasPrefix(key) && key.count >= 3 { return (candidate, 0) }
                return between(key, folded, limit: limit).map { (candidate, $0) }
            }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(count)
            .map(\.0)
    }
}
