import Foundation
import Testing
@testable import SeamMarkdown

/// Deeply nested Markdown stays linear: four times the nesting must take about four times the
/// work, not sixteen. Proved by a size ratio with a generous bound (the best of five interleaved
/// runs each, in thread CPU time), not by an absolute time, so a slow or busy machine does not fail it.
@Suite(.serialized) struct PathologicalInputTests {
    static let shapes: [(name: String, make: @Sendable (Int) -> String)] = [
        ("block quotes", { String(repeating: "> ", count: $0) + "deep" }),
        // A list item that starts with a list marker opens a nested list, so input size stays linear.
        ("bullet lists", { String(repeating: "- ", count: $0) + "item" }),
        ("ordered lists", { String(repeating: "1. ", count: $0) + "item" }),
        ("brackets", { String(repeating: "[", count: $0) + "x" + String(repeating: "](y.md)", count: $0) }),
        ("emphasis", { String(repeating: "*a ", count: $0) + "b" + String(repeating: " a*", count: $0) }),
        ("links in emphasis", { String(repeating: "*[a](b.md) ", count: $0) + String(repeating: "*", count: $0) }),
        ("backticks", { String(repeating: "`", count: $0) + "x" }),
    ]

    /// Everything Seam does with a body: outline, parse, render with every transform.
    static func work(_ source: String) -> Int {
        let document = MarkdownDocument.parse(source)
        let outline = MarkdownOutline.read(source)
        let transform = HTMLTransform(rewriteURL: { $0 + "#x" }, linkTerms: { [.text($0)] }, headingAnchors: true)
        return outline.links.count + outline.headings.count + outline.plainText.count + document.headings.count
            + document.renderHTML(transform).count
    }

    /// CPU time of this thread, so that other processes on a busy machine do not count.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func seconds(_ source: String) -> Double {
        let start = cpuSeconds()
        _ = work(source)
        return cpuSeconds() - start
    }

    @Test(arguments: 0..<shapes.count) func nestingStaysLinear(_ index: Int) {
        let shape = Self.shapes[index]
        let smallSource = shape.make(2_500), largeSource = shape.make(10_000)
        var small = Double.infinity, large = Double.infinity
        for _ in 0..<5 {
            small = min(small, Self.seconds(smallSource))
            large = min(large, Self.seconds(largeSource))
        }
        // Linear work grows 4x, quadratic 16x. Allow noise up to 8x, and ignore runs too short
        // to measure.
        #expect(large < max(small, 0.002) * 8, "\(shape.name): 2,500 deep took \(small) s, 10,000 deep \(large) s")
        #expect(large < 1, "\(shape.name): 10,000 deep must take well under a second, took \(large) s")
    }
}
