import Foundation

/// The seed corpus and found crashes of a fuzz target (`Fuzz/Corpus/NAME`), replayed by the tests
/// of the code the target runs.
public struct FuzzCorpus: Sendable {
    public let folder: URL

    /// The corpus of target `name` (`entry`, `query`, `answers`).
    public init(_ name: String) {
        folder = repositoryRoot.appendingPathComponent("Fuzz/Corpus").appendingPathComponent(name)
    }

    /// The names of its inputs, sorted.
    public var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// The bytes of input `name`.
    public func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }
}
