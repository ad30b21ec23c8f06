import Foundation
import SeamTestSupport
import Testing
@testable import seam

/// `seam search`'s fast path (`Seam.fastSearchRequest`, which skips ArgumentParser's reflection)
/// against ArgumentParser itself, on generated argument lists: every subcommand option in any
/// order, `--`, `-`, words with spaces and quotes, unknown and malformed options. Wherever the fast
/// path takes a list, ArgumentParser must take it too and decide the same; where it declines, the
/// ordinary parser runs, so a decline is always safe.
@Suite struct FastPathParityTests {
    static let pieces = ["renewal", "NRR", "two words", "\"a phrase\"", "it's", "--", "-", "--json", "--content", "kb",
                         "my kb", "--kind", "term", "terms", "TERM", "--limit", "5", "0", "1000", "1001", "-3", "x",
                         "--unknown", "-k", "--limit=3", "--kind=term", "--help", "-h", "é", ""]

    @Test func theFastPathDecidesWhatArgumentParserDecides() throws {
        var generator = SeededRandom.make()
        let seed = generator.replay
        var taken = 0
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...7, using: &generator)
            let arguments = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }
            guard let fast = Seam.fastSearchRequest(arguments) else { continue }
            taken += 1
            let parsed: Search
            do {
                parsed = try Search.parse(arguments)
            } catch {
                Issue.record("\(seed): the fast path took \(arguments), ArgumentParser refused it: \(error)")
                continue
            }
            let same = parsed.query == fast.query && parsed.kind?.name == fast.kind && parsed.limit == fast.limit
                && parsed.json == fast.json && parsed.options.content == fast.content
            #expect(same, "\(seed): \(arguments): fast \(fast.query) \(String(describing: fast.kind)) \(fast.limit) \(fast.json) \(fast.content); ArgumentParser \(parsed.query) \(String(describing: parsed.kind?.name)) \(parsed.limit) \(parsed.json) \(parsed.options.content)")
        }
        #expect(taken > 300, "\(seed): the fast path took only \(taken) lists; the generator should reach it more")
    }
}
