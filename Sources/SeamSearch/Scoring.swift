import Foundation

/// The BM25F model, shared (number for number) with `search-engine.js`. Each entry has three
/// fields: names (title and aliases), summary (with tags, and a fact's figure and what it
/// measures), body (the text, headings and sources). A term's frequency in each field is stored
/// quantized in one small code.
public enum Scoring {
    /// Field weights: a match in a name outweighs one in the summary, which outweighs the body.
    public static let weights: [Double] = [5.0, 2.5, 1.0]
    /// Length normalization per field.
    public static let b: [Double] = [0.4, 0.5, 0.75]
    public static let k1 = 1.2

    /// The frequency a stored body code stands for.
    static let bodyFrequency: [Double] = [0, 1, 2, 3, 4, 6, 9, 14]

    /// Packs the three field frequencies: body in bits 0-2 (bucketed), summary in 3-4, names in 5-6.
    public static func code(names: Int, summary: Int, body: Int) -> Int {
        let bucket: Int
        switch body {
        case ...3: bucket = max(body, 0)
        case ...5: bucket = 4
        case ...8: bucket = 5
        case ...12: bucket = 6
        default: bucket = 7
        }
        return bucket | min(summary, 3) << 3 | min(names, 3) << 5
    }

    /// Inverse document frequency for a term found in `df` of `count` entries.
    @inline(__always) public static func idf(df: Int, count: Int) -> Double {
        log(1 + (Double(count) - Double(df) + 0.5) / (Double(df) + 0.5))
    }

    /// The BM25F score of one term in one entry.
    @inline(__always) public static func score(code: Int, lengths: (Int, Int, Int), averages: [Double], idf: Double) -> Double {
        let frequencies = (Double(code >> 5 & 3), Double(code >> 3 & 3), bodyFrequency[code & 7])
        var pseudo = 0.0
        if frequencies.0 > 0 { pseudo += weights[0] * frequencies.0 / (1 - b[0] + b[0] * Double(lengths.0) / max(averages[0], 1)) }
        if frequencies.1 > 0 { pseudo += weights[1] * frequencies.1 / (1 - b[1] + b[1] * Double(lengths.1) / max(averages[1], 1)) }
        if frequencies.2 > 0 { pseudo += weights[2] * frequencies.2 / (1 - b[2] + b[2] * Double(lengths.2) / max(averages[2], 1)) }
        return idf * pseudo * (k1 + 1) / (k1 + pseudo)
    }

    /// Rounds a score to six decimals, so both engines compare the same numbers.
    @inline(__always) public static func rounded(_ score: Double) -> Double { (score * 1_000_000).rounded() / 1_000_000 }
}
