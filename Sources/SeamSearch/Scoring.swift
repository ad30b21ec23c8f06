import Foundation

/// The scoring model, shared (number for number) with `search-engine.js`: BM25 over three
/// weighted fields (BM25F's fields, saturated one by one). Each entry has three
/// fields: names (title and aliases), summary (with tags, and a fact's figure and what it
/// measures), body (the text, headings and sources). A term's frequency in each field is stored
/// quantized in one small code.
public enum Scoring {
    /// Field weights: a match in a name outweighs one in the summary, which outweighs the body.
    public static let weights: [Double] = [8.0, 3.0, 1.0]
    /// Length normalization per field.
    public static let b: [Double] = [0.75, 0.5, 0.75]
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

    /// The score of one term in one entry: BM25 in each field (its own length normalization and
    /// saturation), weighted and summed. Saturating per field keeps a name match ahead of any
    /// number of mentions in the body, which one saturation over all fields (classic BM25F) loses.
    @inline(__always) public static func score(code: Int, lengths: (Int, Int, Int), averages: [Double], idf: Double) -> Double {
        let frequencies = (Double(code >> 5 & 3), Double(code >> 3 & 3), bodyFrequency[code & 7])
        var sum = 0.0
        if frequencies.0 > 0 { sum += weights[0] * field(frequencies.0, Double(lengths.0), averages[0], b[0]) }
        if frequencies.1 > 0 { sum += weights[1] * field(frequencies.1, Double(lengths.1), averages[1], b[1]) }
        if frequencies.2 > 0 { sum += weights[2] * field(frequencies.2, Double(lengths.2), averages[2], b[2]) }
        return idf * sum
    }

    @inline(__always) static func field(_ frequency: Double, _ length: Double, _ average: Double, _ b: Double) -> Double {
        frequency * (k1 + 1) / (frequency + k1 * (1 - b + b * length / max(average, 1)))
    }

    /// Rounds a score to six decimals, so both engines compare the same numbers.
    @inline(__always) public static func rounded(_ score: Double) -> Double { (score * 1_000_000).rounded() / 1_000_000 }
}
