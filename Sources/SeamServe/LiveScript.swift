/// The live-reload script (`Resources/live.js`) and the tag that loads it, added to each HTML page
/// as the preview sends it: before the last `</body>`, or at the end.
enum LiveScript {
    static var bytes: [UInt8] { PackageResources.live_js }

    static let tag = Array("<script src=\"/_seam/live.js\"></script>\n".utf8)

    /// `page` with the tag added.
    static func injected(into page: [UInt8]) -> [UInt8] {
        let end = Array("</body>".utf8)
        var index = page.count - end.count
        while index >= 0 {
            if page[index] == UInt8(ascii: "<"), page[index..<(index + end.count)].elementsEqual(end) {
                return Array(page[..<index]) + tag + Array(page[index...])
            }
            index -= 1
        }
        return page + tag
    }
}
