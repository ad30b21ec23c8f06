import Foundation
import SeamContent
import SeamMarkdown

/// One input: an entry file's bytes. Reads it as a term (decoding, front matter, YAML, fields,
/// Markdown) and renders its body with every transform, as the site does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntry(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let (entry, _) = EntryFile.read(data, relativePath: "terms/fuzz.md", kind: Schema.shipped.kind(id: "term")!)
    guard let entry else { return 0 }
    let transform = HTMLTransform(
        rewriteURL: { $0.hasSuffix(".md") ? String($0.dropLast(3)) + ".html" : $0 },
        linkTerms: { text in
            guard let range = text.range(of: "NRR") else { return nil }
            return [.text(String(text[..<range.lowerBound])),
                    .wrapped(open: "<a href=\"nrr.html\">", text: "NRR", close: "</a>"),
                    .text(String(text[range.upperBound...]))]
        },
        headingAnchors: true)
    _ = MarkdownDocument.parse(entry.body).renderHTML(transform)
    return 0
}
