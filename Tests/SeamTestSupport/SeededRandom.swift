import Foundation

/// SplitMix64: a small seeded generator for randomised tests, so that a failure can be replayed.
/// `SeededRandom.make()` takes `SEAM_SEED` from the environment, or a fresh seed; tests print the
/// seed in every failure message.
public struct SeededRandom: RandomNumberGenerator {
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// A generator seeded from `SEAM_SEED`, or at random.
    public static func make() -> SeededRandom {
        SeededRandom(seed: ProcessInfo.processInfo.environment["SEAM_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 0...UInt64.max))
    }

    /// "seed N (SEAM_SEED=N replays it)", for failure messages.
    public var replay: String { "seed \(seed) (SEAM_SEED=\(seed) replays it)" }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
