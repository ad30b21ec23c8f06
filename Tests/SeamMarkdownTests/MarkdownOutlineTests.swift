import Foundation
import Testing
@testable import SeamMarkdown

/// The outline (one walk over cmark's tree, as the loader reads every body) against the same
/// values read a second, independent way from the document's nodes, on every example of the
/// CommonMark suites: headings, links with their positions, and the plain text.
struct MarkdownOutlineTests {
    static let suites = ["spec-0.30.json", "regression-0.30.json", "smart-punct-0.30.json"]

    @Test func agreesWithTheNodesOnEveryExample() throws {
        var compared = 0, withLinks = 0
        for suite in Self.suites {
            for example in try CommonMarkSpecTests.load(suite) {
                let document = MarkdownDocument.parse(example.markdown)
                let outline = MarkdownOutline.read(example.markdown)
                #expect(outline.headings == document.headings, "\(suite) example \(example.example): headings")
                #expect(outline.links == Reference.links(document), "\(suite) example \(example.example): links")
                #expect(outline.plainText == Reference.plainText(document), "\(suite) example \(example.example): plain text")
                #expect(Reference.blocks(outline) == Reference.blocks(document), "\(suite) example \(example.example): blocks")
                compared += 1
                if !outline.links.isEmpty { withLinks += 1 }
            }
        }
        #expect(compared == 684)
        #expect(withLinks > 100)
    }

    /// A link's position is where its destination is written, the next occurrence in its block.
    @Test func linksInOneBlockAreFoundInOrder() {
        let source = "Intro\n\n- [a](x.md) then [b](x.md)\n  and [c](x.md)\n\n> [d](y.md#z)\n"
        let links = MarkdownOutline.read(source).links
        #expect(links.map(\.position) == [SourcePosition(line: 3, column: 7), SourcePosition(line: 3, column: 22),
                                          SourcePosition(line: 4, column: 11), SourcePosition(line: 6, column: 7)])
        #expect(links.map(\.text) == ["a", "b", "c", "d"])
    }

    /// The values walked from `MarkdownDocument`'s nodes, the way Seam read them before the
    /// outline: each link's block found through its parents, its text through its descendants.
    enum Reference {
        static func links(_ document: MarkdownDocument) -> [MarkdownLink] {
            let nodes = document.nodes
            let linkIndices = nodes.indices.filter { nodes[$0].kind == .link || nodes[$0].kind == .image }
            guard !linkIndices.isEmpty else { return [] }
            let bytes = Array(document.source.utf8)
            var lineStarts = [0]
            for (offset, byte) in bytes.enumerated() where byte == 10 { lineStarts.append(offset + 1) }
            var blockOf = [Int](repeating: 0, count: nodes.count)
            for (index, node) in nodes.enumerated() { blockOf[index] = node.kind.isBlock ? index : blockOf[node.parent ?? 0] }
            var searchFrom: [Int: (line: Int, offset: Int)] = [:]
            var result: [MarkdownLink] = []
            for index in linkIndices {
                let block = blockOf[index]
                let blockStart = nodes[block].start
                var cursor = searchFrom[block] ?? (line: max(blockStart.line, 1), offset: 0)
                var position = blockStart
                let needle = Array(nodes[index].url.utf8)
                let lastLine = min(max(nodes[block].end.line, cursor.line), lineStarts.count)
                search: while !needle.isEmpty, cursor.line <= lastLine {
                    let start = lineStarts[cursor.line - 1]
                    let end = max(start, cursor.line < lineStarts.count ? lineStarts[cursor.line] - 1 : bytes.count)
                    var offset = start + cursor.offset
                    while offset + needle.count <= end {
                        if bytes[offset..<(offset + needle.count)].elementsEqual(needle) {
                            position = SourcePosition(line: cursor.line, column: offset - start + 1)
                            cursor.offset = offset - start + needle.count
                            break search
                        }
                        offset += 1
                    }
                    cursor = (line: cursor.line + 1, offset: 0)
                }
                searchFrom[block] = cursor
                result.append(MarkdownLink(destination: nodes[index].url, text: document.inlineText(of: index),
                                           isImage: nodes[index].kind == .image, position: position))
            }
            return result
        }

        /// Each paragraph, heading and code block with its text, as `kind: text`, from the nodes.
        static func blocks(_ document: MarkdownDocument) -> [String] {
            document.nodes.indices.compactMap { index in
                let node = document.nodes[index]
                switch node.kind {
                case .paragraph:
                    let text = document.inlineText(of: index)
                    return text.isEmpty ? nil : "paragraph: " + text
                case .heading: return "heading: " + document.inlineText(of: index)
                case .codeBlock: return "code: " + node.literal.trimmingTrailingNewlines
                default: return nil
                }
            }
        }

        /// The outline's blocks in the same form, read from their ranges, which must tile the
        /// plain text: each line after the one before and its newline.
        static func blocks(_ outline: MarkdownOutline) -> [String] {
            let bytes = Array(outline.plainText.utf8)
            var next = 0
            return outline.blocks.map { block in
                let addsLine = !(block.kind == .heading && block.range.isEmpty)
                if addsLine {
                    guard block.range.lowerBound == next, block.range.upperBound <= bytes.count else { return "misplaced \(block)" }
                    next = block.range.upperBound + 1
                }
                return "\(block.kind): " + String(decoding: bytes[block.range], as: UTF8.self)
            } + ((next == 0 ? bytes.isEmpty : next == bytes.count + 1) ? [] : ["text after the last block"])
        }

        static func plainText(_ document: MarkdownDocument) -> String {
            var parts: [String] = []
            var current = ""
            for event in document.events {
                let node = document.nodes[event.node]
                switch node.kind {
                case .text, .code: if event.entering { current += node.literal }
                case .softBreak, .lineBreak: current += " "
                case .codeBlock: parts.append(node.literal.trimmingTrailingNewlines)
                case .paragraph, .heading:
                    if !event.entering, !current.isEmpty { parts.append(current); current = "" }
                default: break
                }
            }
            if !current.isEmpty { parts.append(current) }
            return parts.joined(separator: "\n")
        }
    }
}
