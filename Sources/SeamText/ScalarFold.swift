import Foundation

/// How `WordScanner` folds one non-ASCII scalar: compatibility decomposition (NFKD), combining
/// marks dropped, lowercased, only letters and numbers kept (`Ｃ` gives `c`, `é` gives `e`, `ﬁ`
/// gives `fi`, `—` gives nothing).
package enum ScalarFold {
    /// The folding of `scalar`; empty when it is no letter or number.
    package static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        // General punctuation (dashes, curly quotes, spaces) has no letters or numbers, even decomposed.
        if (0x2000...0x206F).contains(scalar.value) { return [] }
        if let known = folds.get(scalar.value) { return known }
        let result = computeFold(scalar)
        folds.set(scalar.value, result)
        return result
    }

    /// Whether `scalar` is a combining mark.
    package static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether `scalar` is a letter or a number (`\p{L}`, `\p{N}`).
    package static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Folds already computed, by scalar value: NFKD is slow and text repeats its characters.
    private static let folds = FoldCache()

    /// A lock-protected map from scalar to fold.
    private final class FoldCache: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [UInt32: [Unicode.Scalar]] = [:]
        func get(_ key: UInt32) -> [Unicode.Scalar]? { lock.lock(); defer { lock.unlock() }; return values[key] }
        func set(_ key: UInt32, _ value: [Unicode.Scalar]) { lock.lock(); values[key] = value; lock.unlock() }
    }

    private static func computeFold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let decomposed = String(scalar).decomposedStringWithCompatibilityMapping
        var kept = ""
        for piece in decomposed.unicodeScalars where !isMark(piece) { kept.unicodeScalars.append(piece) }
        return kept.lowercased().unicodeScalars.filter(isLetterOrNumber)
    }
}
