extension OrgChart {
    /// The chart as an indented tree for the terminal, top first, each role under the role it
    /// reports to (in the order written), then the shared lines in words:
    ///
    /// ```
    /// CEO
    /// └─ CRO
    ///    ├─ VP Sales
    ///    └─ VP CS
    /// VP CS and VP Sales share accountability (dotted line)
    /// ```
    public var textTree: [String] {
        var lines: [String] = [top]
        func add(_ boss: String, _ prefix: String) {
            let reports = self.reports(of: boss)
            for (number, role) in reports.enumerated() {
                let last = number == reports.count - 1
                lines.append(prefix + (last ? "└─ " : "├─ ") + role)
                add(role, prefix + (last ? "   " : "│  "))
            }
        }
        add(top, "")
        return lines + shared.map(\.sentence)
    }
}
