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

    /// Whether a letter is written in capitals or small letters.
    package enum LetterCase { case upper, lower, neither }

    /// The case of `scalar`: upper for uppercase and titlecase letters, lower for lowercase ones.
    /// These functions read the scalar's general category, an enum of the standard library whose
    /// layout is known only at run time: where they are inlined, the caller fetches its type
    /// metadata on every call, rare non-ASCII scalar or not (in `WordScanner.next`, a third of
    /// its instructions). So they are never inlined.
    @inline(never)
    package static func letterCase(_ scalar: Unicode.Scalar) -> LetterCase {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .lowercaseLetter: return .lower
        default: return .neither
        }
    }

    /// Whether `scalar` is a combining mark.
    @inline(never)
    package static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether `scalar` is a letter or a number (`\p{L}`, `\p{N}`).
    @inline(never)
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
