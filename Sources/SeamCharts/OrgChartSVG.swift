import Foundation
import SeamMarkdown

extension OrgChart {
    /// The chart as an inline SVG element: a title, a description, solid reporting lines and
    /// dotted shared ones. Colours come from CSS classes (`org-box`, `org-line`, `org-shared`,
    /// `org-label`) with `currentColor` defaults, so it follows light, dark and print styles.
    /// `id` makes the title and description ids unique in a page; `sentence` writes a line in
    /// words (the site's, in its language; English by default, as the terminal writes it).
    public func svg(id: String, title: String, sentence: (Line) -> String = \.sentence) -> String {
        let layout = OrgChartLayout(self)
        let number = { (value: Double) -> String in
            value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
        }
        let titleID = escapeHTML("\(id)-title"), descID = escapeHTML("\(id)-desc")
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"org-chart\" role=\"img\" "
            + "viewBox=\"0 0 \(number(layout.width)) \(number(layout.height))\" "
            + "width=\"\(number(layout.width))\" height=\"\(number(layout.height))\" "
            + "aria-labelledby=\"\(titleID) \(descID)\">\n"
        svg += "<title id=\"\(titleID)\">\(escapeHTML(title))</title>\n"
        let description = lines.map(sentence).joined(separator: ". ") + "."
        svg += "<desc id=\"\(descID)\">\(escapeHTML(description))</desc>\n"
        for line in lines where line.kind == .reports {
            guard let child = layout.boxes[line.from], let parent = layout.boxes[line.to] else { continue }
            let middle = parent.bottom + OrgChartLayout.verticalGap / 2
            svg += "<path class=\"org-line\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" d=\"M\(number(parent.centerX)) \(number(parent.bottom)) "
                + "V\(number(middle)) H\(number(child.centerX)) V\(number(child.y))\"/>\n"
        }
        for line in shared {
            guard let a = layout.boxes[line.from], let b = layout.boxes[line.to] else { continue }
            let (left, right) = a.x <= b.x ? (a, b) : (b, a)
            let between = layout.boxes.values.contains { $0.y == left.y && $0.x > left.x && $0.x < right.x }
            let d: String
            if left.y == right.y && !between {
                // Neighbours on one row: a straight dotted line between their sides.
                d = "M\(number(left.x + left.width)) \(number(left.y + left.height / 2)) H\(number(right.x))"
            } else {
                // Otherwise a curve under both boxes, so it crosses none.
                let control = max(left.bottom, right.bottom) + OrgChartLayout.verticalGap * 0.8
                d = "M\(number(left.centerX)) \(number(left.bottom)) Q\(number((left.centerX + right.centerX) / 2)) \(number(control)) \(number(right.centerX)) \(number(right.bottom))"
            }
            svg += "<path class=\"org-shared\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-dasharray=\"4 4\" d=\"\(d)\"/>\n"
        }
        for role in roles {
            guard let box = layout.boxes[role] else { continue }
            svg += "<g class=\"org-role\"><rect class=\"org-box\" x=\"\(number(box.x))\" y=\"\(number(box.y))\" "
                + "width=\"\(number(box.width))\" height=\"\(number(box.height))\" rx=\"6\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"/>"
                + "<text class=\"org-label\" x=\"\(number(box.centerX))\" y=\"\(number(box.y + box.height / 2 + 5))\" "
                + "text-anchor=\"middle\" fill=\"currentColor\" font-size=\"14\">\(escapeHTML(role))</text></g>\n"
        }
        svg += "</svg>"
        return svg
    }

    /// The lines as an HTML list for screen readers and readers without pictures.
    public func linesHTML(sentence: (Line) -> String = \.sentence) -> String {
        "<ul class=\"org-lines\">" + lines.map { "<li>\(escapeHTML(sentence($0)))</li>" }.joined() + "</ul>"
    }
}
