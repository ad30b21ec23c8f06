import Foundation
import SeamContent

extension Entry {
    /// The Markdown of the section under the heading with `anchor`, heading included, up to the
    /// next heading of the same or a higher level; nil when there is no such heading.
    public func section(_ anchor: String) -> String? {
        guard let index = headings.firstIndex(where: { $0.anchor == anchor }) else { return nil }
        let heading = headings[index]
        let end = headings[(index + 1)...].first { $0.level <= heading.level }?.position.line
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        let from = max(heading.position.line - bodyLine, 0)
        let to = min((end ?? bodyLine + lines.count) - bodyLine, lines.count)
        guard from < to else { return nil }
        return lines[from..<to].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
