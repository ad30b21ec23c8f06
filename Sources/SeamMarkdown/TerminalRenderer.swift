/// Renders a document for a terminal: headings, emphasis, lists, quotes and code, wrapped to a
/// width; links become numbered references listed under the text. A loop over the document's
/// enter/exit events with an explicit stack, like cmark's own renderers. Text from the document
/// is made safe for a terminal first (control characters replaced), and raw HTML is left out.
public struct TerminalRenderer {
    /// Columns to wrap to.
    public var width: Int
    /// Bold, italic and colour with ANSI escapes; off when piped or with `NO_COLOR`.
    public var styled: Bool
    /// What the reference list shows for a link destination (for example `seam show nrr`).
    public var describeLink: (String) -> String

    public init(width: Int = 80, styled: Bool = false, describeLink: @escaping (String) -> String = { $0 }) {
        self.width = max(width, 20)
        self.styled = styled
        self.describeLink = describeLink
    }

    struct Style: OptionSet, Hashable {
        let rawValue: Int
        static let bold = Style(rawValue: 1)
        static let italic = Style(rawValue: 2)
        static let code = Style(rawValue: 4)
        static let link = Style(rawValue: 8)
    }

    /// A container around the current block, and what its lines start with.
    struct Container {
        var first: String
        var rest: String
        var usedFirst = false
    }

    /// The document as terminal text, ending in a newline (empty for an empty document).
    public func render(_ document: MarkdownDocument) -> String {
        var output: [String] = []
        var containers: [Container] = []
        var pieces: [(String, Style)] = []
        var style: [Style] = []
        var references: [String] = []
        var listCounters: [(ordered: Bool, next: Int, tight: Bool)] = []
        var needsBlank = false

        func current() -> Style { style.reduce(Style()) { $0.union($1) } }

        func prefix() -> (String, String) {
            var first = "", rest = ""
            for index in containers.indices {
                if containers[index].usedFirst {
                    first += containers[index].rest
                } else {
                    first += containers[index].first
                }
                rest += containers[index].rest
            }
            return (first, rest)
        }

        func markUsed() { for index in containers.indices { containers[index].usedFirst = true } }

        func emit(_ lines: [String]) {
            if needsBlank && !output.isEmpty {
                // Only containers already printing continue through the blank line.
                output.append(trimmedRight(containers.filter(\.usedFirst).map(\.rest).joined()))
            }
            needsBlank = false
            for line in lines {
                let (first, _) = prefix()
                output.append(trimmedRight(first + line))
                markUsed()
            }
        }

        func reference(_ url: String) -> Int {
            let shown = terminalSafe(describeLink(url))
            if let existing = references.firstIndex(of: shown) { return existing + 1 }
            references.append(shown)
            return references.count
        }

        for event in document.events {
            let node = document.nodes[event.node]
            switch node.kind {
            case .document, .customBlock, .customInline, .htmlBlock, .htmlInline:
                continue
            case .blockQuote:
                if event.entering { containers.append(Container(first: "│ ", rest: "│ ")) } else { containers.removeLast(); needsBlank = true }
            case .list:
                if event.entering {
                    listCounters.append((node.listType == .ordered, node.listStart, node.listTight))
                } else {
                    listCounters.removeLast()
                    needsBlank = true
                }
            case .item:
                if event.entering {
                    var marker = "• "
                    if var counter = listCounters.last, counter.ordered {
                        marker = "\(counter.next). "
                        counter.next += 1
                        listCounters[listCounters.count - 1] = counter
                    }
                    if listCounters.last?.tight == true { needsBlank = false }
                    containers.append(Container(first: marker, rest: String(repeating: " ", count: marker.count)))
                } else {
                    containers.removeLast()
                    needsBlank = !(listCounters.last?.tight ?? false)
                }
            case .paragraph, .heading:
                if event.entering {
                    pieces.removeAll()
                    if node.kind == .heading { style.append(.bold) }
                } else {
                    let available = max(width - prefix().1.count, 10)
                    var lines = wrap(pieces, width: available)
                    if node.kind == .heading {
                        style.removeLast()
                        if !styled && node.headingLevel <= 2, let first = lines.first {
                            lines.append(String(repeating: node.headingLevel == 1 ? "=" : "-", count: min(first.count, available)))
                        }
                    }
                    emit(lines)
                    pieces.removeAll()
                    needsBlank = true
                }
            case .codeBlock:
                let lines = terminalSafe(node.literal, keepNewlines: true).split(separator: "\n", omittingEmptySubsequences: false)
                let trimmed = lines.last == "" ? Array(lines.dropLast()) : Array(lines)
                emit(trimmed.map { "    " + paint(String($0), .code) })
                needsBlank = true
            case .thematicBreak:
                emit([String(repeating: "─", count: min(40, width - prefix().1.count))])
                needsBlank = true
            case .text:
                pieces.append((terminalSafe(node.literal), current()))
            case .code:
                pieces.append((styled ? terminalSafe(node.literal) : "`" + terminalSafe(node.literal) + "`", current().union(.code)))
            case .softBreak:
                pieces.append((" ", current()))
            case .lineBreak:
                pieces.append(("\n", current()))
            case .emphasis:
                if event.entering { style.append(.italic) } else { style.removeLast() }
            case .strong:
                if event.entering { style.append(.bold) } else { style.removeLast() }
            case .link, .image:
                if event.entering {
                    if node.kind == .image { pieces.append(("[image: ", current())) }
                    style.append(.link)
                } else {
                    style.removeLast()
                    let number = reference(node.url)
                    pieces.append(((node.kind == .image ? "]" : "") + "[\(number)]", current()))
                }
            }
        }
        if !references.isEmpty {
            output.append("")
            for (offset, shown) in references.enumerated() { output.append("[\(offset + 1)] \(shown)") }
        }
        return output.isEmpty ? "" : output.joined(separator: "\n") + "\n"
    }

    /// Plain text wrapped to the width (no Markdown, no styles).
    public func wrapPlain(_ text: String) -> String {
        wrap([(text, Style())], width: width).joined(separator: "\n")
    }

    private func paint(_ text: String, _ style: Style) -> String {
        guard styled, !style.isEmpty, !text.isEmpty else { return text }
        var open = "", close = ""
        if style.contains(.bold) { open += "\u{1B}[1m"; close += "\u{1B}[22m" }
        if style.contains(.italic) { open += "\u{1B}[3m"; close += "\u{1B}[23m" }
        if style.contains(.link) { open += "\u{1B}[4m"; close += "\u{1B}[24m" }
        if style.contains(.code) { open += "\u{1B}[36m"; close += "\u{1B}[39m" }
        return open + text + close
    }

    /// Wraps styled pieces into lines of at most `width` visible characters (longer words stay whole).
    func wrap(_ pieces: [(String, Style)], width: Int) -> [String] {
        var lines: [String] = []
        var line = "", lineWidth = 0
        var word = "", wordWidth = 0
        var run = "", runStyle = Style()

        func flushRun() {
            word += paint(run, runStyle)
            run = ""
        }
        func flushWord() {
            flushRun()
            guard wordWidth > 0 else { return }
            if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = ""; lineWidth = 0
            }
            if lineWidth > 0 { line += " "; lineWidth += 1 }
            line += word; lineWidth += wordWidth
            word = ""; wordWidth = 0
        }
        for (text, style) in pieces {
            for character in text {
                if character == "\n" {
                    flushWord()
                    lines.append(line)
                    line = ""; lineWidth = 0
                } else if character == " " || character == "\t" {
                    flushWord()
                } else {
                    if style != runStyle { flushRun(); runStyle = style }
                    run.append(character)
                    wordWidth += 1
                }
            }
        }
        flushWord()
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    private func trimmedRight(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// `text` made safe to print on a terminal: control characters (escape sequences, bells,
/// backspaces; also tabs and newlines unless `keepNewlines`) become spaces or U+FFFD, so
/// content can never drive the terminal.
public func terminalSafe(_ text: String, keepNewlines: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x2028 || $0.value == 0x2029 }) else {
        return text
    }
    var result = ""
    for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0x0A where keepNewlines: result.unicodeScalars.append(scalar)
        case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: result += " "
        case 0..<0x20, 0x7F...0x9F: result += "\u{FFFD}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}
