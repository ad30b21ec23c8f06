/// Positions of an org chart's boxes: a tidy tree, each parent centred over its reports, leaves
/// side by side in the order written. Computed without recursion.
public struct OrgChartLayout: Sendable, Hashable {
    public struct Box: Sendable, Hashable {
        public var role: String
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double
        public var centerX: Double { x + width / 2 }
        public var bottom: Double { y + height }
    }

    public static let boxWidth = 128.0
    public static let boxHeight = 40.0
    public static let horizontalGap = 32.0
    public static let verticalGap = 48.0
    public static let margin = 12.0

    public var boxes: [String: Box]
    public var width: Double
    public var height: Double

    public init(_ chart: OrgChart) {
        // Depth of each role, and its place among the leaves (post-order over an explicit stack).
        var depth: [String: Int] = [chart.top: 0]
        var center: [String: Double] = [:]
        var nextLeaf = 0.0
        var stack: [(role: String, visited: Bool)] = [(chart.top, false)]
        while let (role, visited) = stack.popLast() {
            let reports = chart.reports(of: role)
            if visited || reports.isEmpty {
                if reports.isEmpty {
                    center[role] = nextLeaf
                    nextLeaf += 1
                } else {
                    let first = center[reports.first!] ?? 0, last = center[reports.last!] ?? 0
                    center[role] = (first + last) / 2
                }
                continue
            }
            stack.append((role, true))
            for report in reports.reversed() {
                depth[report] = (depth[role] ?? 0) + 1
                stack.append((report, false))
            }
        }
        let step = Self.boxWidth + Self.horizontalGap
        var boxes: [String: Box] = [:]
        for role in chart.roles {
            let x = Self.margin + (center[role] ?? 0) * step
            let y = Self.margin + Double(depth[role] ?? 0) * (Self.boxHeight + Self.verticalGap)
            boxes[role] = Box(role: role, x: x, y: y, width: Self.boxWidth, height: Self.boxHeight)
        }
        let levels = (depth.values.max() ?? 0) + 1
        self.boxes = boxes
        self.width = 2 * Self.margin + max(nextLeaf, 1) * step - Self.horizontalGap
        // Room under the last row for dotted curves, which dip up to 0.4 of a gap below boxes.
        let curveRoom = chart.shared.isEmpty ? 0 : Self.verticalGap / 2
        self.height = 2 * Self.margin + Double(levels) * (Self.boxHeight + Self.verticalGap) - Self.verticalGap + curveRoom
    }
}
