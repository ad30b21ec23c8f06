import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that talks to cmark. Every tree is parsed, converted to values or rendered,
/// and freed before the function returns; no cmark pointer leaves this file.
enum Cmark {
    static func flags(_ options: MarkdownOptions, sourcePositions: Bool) -> Int32 {
        // No CMARK_OPT_VALIDATE_UTF8: the source is a Swift string, always valid UTF-8.
        var flags: Int32 = 0
        if options.contains(.unsafe) { flags |= CMARK_OPT_UNSAFE }
        if options.contains(.smart) { flags |= CMARK_OPT_SMART }
        if options.contains(.hardBreaks) { flags |= CMARK_OPT_HARDBREAKS }
        if sourcePositions { flags |= CMARK_OPT_SOURCEPOS }
        return flags
    }

    /// Parses `source` and returns a tree that the caller must free with `cmark_node_free`.
    private static func parseTree(_ source: String, flags: Int32) -> OpaquePointer {
        let root = source.withCString { cmark_parse_document($0, source.utf8.count, flags) }
        guard let root else { fatalError("cmark_parse_document returned NULL: out of memory") }
        return root
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: return .customBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: return .customInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        default: preconditionFailure("cmark returned an unknown node type")
        }
    }

    /// Walks the tree with cmark's iterator (no recursion) and copies every node into a value.
    static func parse(_ source: String, options: MarkdownOptions) -> MarkdownDocument {
        let root = parseTree(source, flags: flags(options, sourcePositions: true))
        defer { cmark_node_free(root) }
        guard let iterator = cmark_iter_new(root) else { fatalError("cmark_iter_new: out of memory") }
        defer { cmark_iter_free(iterator) }

        var nodes: [MarkdownNode] = []
        var events: [MarkdownDocument.Event] = []
        var stack: [Int] = []  // indices of the open (entered, not exited) nodes
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_EXIT {
                let index = stack.removeLast()
                events.append(.init(node: index, entering: false))
                continue
            }
            var node = MarkdownNode(kind: kind(of: pointer))
            node.parent = stack.last
            node.depth = stack.count
            node.start = SourcePosition(line: Int(cmark_node_get_start_line(pointer)),
                                        column: Int(cmark_node_get_start_column(pointer)))
            node.end = SourcePosition(line: Int(cmark_node_get_end_line(pointer)),
                                      column: Int(cmark_node_get_end_column(pointer)))
            switch node.kind {
            case .text, .code, .codeBlock, .htmlBlock, .htmlInline:
                node.literal = string(cmark_node_get_literal(pointer))
                if node.kind == .codeBlock { node.fenceInfo = string(cmark_node_get_fence_info(pointer)) }
            case .link, .image:
                node.url = string(cmark_node_get_url(pointer))
                node.title = string(cmark_node_get_title(pointer))
            case .heading:
                node.headingLevel = Int(cmark_node_get_heading_level(pointer))
            case .list:
                node.listType = cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST ? .ordered : .bullet
                node.listStart = Int(cmark_node_get_list_start(pointer))
                node.listTight = cmark_node_get_list_tight(pointer) != 0
            default:
                break
            }
            let index = nodes.count
            nodes.append(node)
            events.append(.init(node: index, entering: true))
            if !node.kind.isLeaf { stack.append(index) }
        }
        return MarkdownDocument(nodes: nodes, events: events, source: source, options: options)
    }

    /// The headings, links and plain text of `source` in one walk (see `MarkdownOutline`): the
    /// same values as `MarkdownDocument`'s, without a value per node.
    static func outline(_ source: String, options: MarkdownOptions) -> MarkdownOutline {
        let root = parseTree(source, flags: flags(options, sourcePositions: true))
        defer { cmark_node_free(root) }
        guard let iterator = cmark_iter_new(root) else { fatalError("cmark_iter_new: out of memory") }
        defer { cmark_iter_free(iterator) }

        func position(_ node: OpaquePointer) -> SourcePosition {
            SourcePosition(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
        }
        // The open blocks, innermost last, each with where its links are looked for next.
        struct Block { var start: SourcePosition; var endLine: Int; var cursor: LinkLocator.Cursor? }
        var blocks: [Block] = []
        var locator: LinkLocator?
        // Headings and links whose text is being gathered (a link may sit in a heading, not the
        // other way round): the index in their list and the text so far.
        var open: [(index: Int, text: String)] = []
        var headings: [(level: Int, text: String, position: SourcePosition)] = []
        var links: [MarkdownLink] = []
        var parts: [String] = []
        var textBlocks: [MarkdownTextBlock] = []
        var size = 0  // of the parts joined so far
        var current = ""

        func gather(_ text: String) {
            for index in open.indices { open[index].text += text }
        }
        func add(_ part: String, _ kind: MarkdownTextBlock.Kind) {
            let start = parts.isEmpty ? 0 : size + 1
            parts.append(part)
            size = start + part.utf8.count
            textBlocks.append(MarkdownTextBlock(kind: kind, range: start..<size))
        }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event != CMARK_EVENT_EXIT
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                let literal = string(cmark_node_get_literal(node))
                current += literal
                gather(literal)
                continue
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                current += " "
                gather(" ")
                continue
            case CMARK_NODE_CODE_BLOCK:
                add(string(cmark_node_get_literal(node)).trimmingTrailingNewlines, .code)
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                let kind: MarkdownTextBlock.Kind = type == CMARK_NODE_HEADING ? .heading : .paragraph
                if !entering, !current.isEmpty {
                    add(current, kind)
                    current = ""
                } else if !entering, kind == .heading {
                    textBlocks.append(MarkdownTextBlock(kind: .heading, range: size..<size))
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if entering {
                    let destination = string(cmark_node_get_url(node))
                    if locator == nil { locator = LinkLocator(source) }
                    var place = SourcePosition(line: 0, column: 0)
                    if var block = blocks.last {
                        var cursor = block.cursor ?? locator!.start(of: block.start)
                        place = locator!.locate(destination, from: &cursor, blockStart: block.start, blockEndLine: block.endLine)
                        block.cursor = cursor
                        blocks[blocks.count - 1] = block
                    }
                    links.append(MarkdownLink(destination: destination, text: "", isImage: type == CMARK_NODE_IMAGE, position: place))
                    open.append((links.count - 1, ""))
                } else if let last = open.popLast() {
                    links[last.index].text = last.text
                }
                continue
            default:
                break
            }
            if type == CMARK_NODE_HEADING {
                if entering {
                    headings.append((Int(cmark_node_get_heading_level(node)), "", position(node)))
                    open.append((headings.count - 1, ""))
                } else if let last = open.popLast() {
                    headings[last.index].text = last.text
                }
            }
            // Blocks: leaves (code, HTML, breaks) have no exit event, so they are never pushed.
            switch type {
            case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_CUSTOM_BLOCK,
                 CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if entering {
                    blocks.append(Block(start: position(node), endLine: Int(cmark_node_get_end_line(node)), cursor: nil))
                } else {
                    blocks.removeLast()
                }
            default:
                break
            }
        }
        if !current.isEmpty { add(current, .paragraph) }
        let anchors = Slug.unique(headings.map(\.text))
        return MarkdownOutline(
            headings: zip(headings, anchors).map { MarkdownHeading(level: $0.level, text: $0.text, anchor: $1, position: $0.position) },
            links: links, plainText: joinedExactly(parts), blocks: textBlocks)
    }

    /// `parts` joined by newlines into a string of exactly their size: the plain text of every
    /// entry is kept for the whole build, and `joined` can leave up to half of it unused capacity.
    private static func joinedExactly(_ parts: [String]) -> String {
        var size = max(parts.count - 1, 0)
        for part in parts { size += part.utf8.count }
        var text = ""
        text.reserveCapacity(size)
        for (index, part) in parts.enumerated() {
            if index > 0 { text += "\n" }
            text += part
        }
        return text
    }

    /// Replaces a raw HTML node by text with the same characters (in a paragraph, for a block),
    /// so the renderer escapes it and the reader sees what the author typed.
    private static func showAsText(_ node: OpaquePointer) {
        let block = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
        var literal = string(cmark_node_get_literal(node))
        if block { while literal.hasSuffix("\n") { literal.removeLast() } }
        guard let text = cmark_node_new(CMARK_NODE_TEXT) else { return }
        _ = cmark_node_set_literal(text, literal)
        var replacement = text
        if block {
            guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else { cmark_node_free(text); return }
            _ = cmark_node_append_child(paragraph, text)
            replacement = paragraph
        }
        _ = cmark_node_replace(node, replacement)
        cmark_node_free(node)
    }

    /// Parses `source` again, applies `transform` to the C tree and renders it to HTML.
    /// `headingIDs` are the anchors of the document's headings, in document order.
    static func renderHTML(_ source: String, options: MarkdownOptions, headingIDs: [String],
                           transform: HTMLTransform) -> String {
        let renderFlags = flags(options, sourcePositions: false)
        let root = parseTree(source, flags: renderFlags)
        defer { cmark_node_free(root) }

        var headings: [OpaquePointer] = []
        var urlNodes: [OpaquePointer] = []
        var textNodes: [OpaquePointer] = []
        var rawNodes: [OpaquePointer] = []
        var proseLinks: [OpaquePointer] = []  // links outside headings
        if let iterator = cmark_iter_new(root) {
            defer { cmark_iter_free(iterator) }
            var excluded = 0  // depth inside links, images and headings, where terms are not linked
            var inHeading = 0
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                let isContainer = type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE || type == CMARK_NODE_HEADING
                if event == CMARK_EVENT_EXIT {
                    if isContainer { excluded -= 1 }
                    if type == CMARK_NODE_HEADING { inHeading -= 1 }
                    continue
                }
                if isContainer { excluded += 1 }
                if type == CMARK_NODE_HEADING { headings.append(node); inHeading += 1 }
                if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { urlNodes.append(node) }
                if type == CMARK_NODE_LINK && inHeading == 0 { proseLinks.append(node) }
                if type == CMARK_NODE_TEXT && excluded == 0 { textNodes.append(node) }
                if type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK { rawNodes.append(node) }
            }
        }

        var replaced = Set<OpaquePointer>()
        if let replaceLink = transform.replaceLink {
            for link in proseLinks {
                guard let (open, close) = replaceLink(string(cmark_node_get_url(link))),
                      let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
                _ = cmark_node_set_on_enter(wrapper, open)
                _ = cmark_node_set_on_exit(wrapper, close)
                while let child = cmark_node_first_child(link) {
                    cmark_node_unlink(child)
                    _ = cmark_node_append_child(wrapper, child)
                }
                _ = cmark_node_replace(link, wrapper)
                cmark_node_free(link)
                replaced.insert(link)
            }
        }
        if let rewrite = transform.rewriteURL {
            for node in urlNodes where !replaced.contains(node) {
                let url = string(cmark_node_get_url(node))
                let rewritten = rewrite(url)
                if rewritten != url { _ = cmark_node_set_url(node, rewritten) }
            }
        }
        if let linkTerms = transform.linkTerms {
            for node in textNodes {
                let text = string(cmark_node_get_literal(node))
                guard let segments = linkTerms(text), segments != [.text(text)] else { continue }
                for segment in segments {
                    guard let inserted = makeNode(for: segment) else { continue }
                    _ = cmark_node_insert_before(node, inserted)
                }
                cmark_node_unlink(node)
                cmark_node_free(node)
            }
        }
        if transform.rawHTMLAsText && !options.contains(.unsafe) {
            for node in rawNodes { showAsText(node) }
        }
        if transform.headingAnchors {
            for (heading, id) in zip(headings, headingIDs) {
                let level = cmark_node_get_heading_level(heading)
                guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK),
                      let rendered = cmark_render_html(heading, renderFlags) else { continue }
                // cmark writes `<hN>inner</hN>\n`: keep the inner HTML, put the anchor on the tag.
                let whole = String(cString: rendered)
                free(rendered)
                let inner = whole.dropFirst("<hN>".count).dropLast("</hN>\n".count)
                _ = cmark_node_set_on_enter(block, "<h\(level) id=\"\(escapeHTML(id))\">\(inner)</h\(level)>")
                _ = cmark_node_replace(heading, block)
                cmark_node_free(heading)
            }
        }

        guard let rendered = cmark_render_html(root, renderFlags) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// A text node, or a custom inline whose raw `open`/`close` wrap an escaped text child.
    private static func makeNode(for segment: HTMLTransform.Segment) -> OpaquePointer? {
        switch segment {
        case .text(let text):
            guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
            _ = cmark_node_set_literal(node, text)
            return node
        case .wrapped(let open, let text, let close):
            guard let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE),
                  let child = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
            _ = cmark_node_set_on_enter(node, open)
            _ = cmark_node_set_on_exit(node, close)
            _ = cmark_node_set_literal(child, text)
            _ = cmark_node_append_child(node, child)
            return node
        }
    }
}
