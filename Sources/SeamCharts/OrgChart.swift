import SeamContent
import SeamMarkdown

/// Who reports to whom in a structure, read from its `reporting` and `shared` fields:
///
/// ```yaml
/// reporting:          # role: the role it reports to, in the order to draw them
///   CRO: CEO
///   VP Sales: CRO
///   VP CS: CRO
/// shared:             # shared accountability, drawn dotted
///   - [VP CS, VP Sales]
/// ```
public struct OrgChart: Sendable, Hashable {
    /// A line between two roles.
    public struct Line: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable { case reports, shared }
        public var from: String
        public var to: String
        public var kind: Kind

        /// The line in words, for screen readers: "VP Sales reports to CRO".
        public var sentence: String {
            switch kind {
            case .reports: return "\(from) reports to \(to)"
            case .shared: return "\(from) and \(to) share accountability (dotted line)"
            }
        }
    }

    /// The roles, top first, then in the order written.
    public var roles: [String]
    /// The role at the top, which reports to no one in the chart.
    public var top: String
    /// The manager of each role but the top.
    public var manager: [String: String]
    public var shared: [Line]

    /// Every line: reporting lines first, in role order, then shared ones.
    public var lines: [Line] {
        roles.compactMap { role in manager[role].map { Line(from: role, to: $0, kind: .reports) } } + shared
    }

    /// The roles that report to `role`, in order.
    public func reports(of role: String) -> [String] { roles.filter { manager[$0] == role } }

    /// Most roles a chart may have; more would not be readable.
    public static let maximumRoles = 16
}

extension OrgChart {
    /// Reads the chart of `entry`: nil without a `reporting` field; problems as diagnostics.
    /// `roles` are the names a chart may use (the schema's `roles`); nil lets any name be a role.
    public static func read(_ entry: Entry, path: String, roles: [Schema.Role]?) -> (chart: OrgChart?, diagnostics: [Diagnostic]) {
        var problems: [Diagnostic] = []
        func problem(_ message: String, _ at: SourcePosition) {
            problems.append(Diagnostic(path: path, line: at.line, column: at.column, message: message))
        }
        guard let reporting = entry.frontMatter?["reporting"] else {
            if let shared = entry.frontMatter?["shared"] { problem("`shared` lines need a `reporting` chart", shared.position) }
            return (nil, [])
        }
        guard let pairs = reporting.fields, !pairs.isEmpty else {
            problem("`reporting` must map each role to the role it reports to (`Team lead: Director`), not \(reporting.typeDescription)", reporting.position)
            return (nil, problems)
        }
        func checkRole(_ name: String, _ at: SourcePosition) -> Bool {
            guard let roles, !roles.contains(where: { $0.name == name }) else { return true }
            let names = roles.map(\.name)
            let close = EditDistance.suggestions(for: name, in: names, count: 1)
            problem("unknown role `\(name)`\(close.first.map { " (did you mean `\($0)`?)" } ?? ""): declare it under `roles` in \(Schema.fileName), "
                + "or use one of \(names.joined(separator: ", "))", at)
            return false
        }
        var manager: [String: String] = [:]
        var order: [String] = []
        for pair in pairs {
            guard let boss = pair.value.text else {
                problem("`\(pair.key)` must report to one role, written as text, not \(pair.value.typeDescription)", pair.value.position)
                continue
            }
            guard checkRole(pair.key, pair.keyPosition), checkRole(boss, pair.value.position) else { continue }
            if pair.key == boss { problem("`\(pair.key)` cannot report to itself", pair.value.position); continue }
            manager[pair.key] = boss
            for role in [boss, pair.key] where !order.contains(role) { order.append(role) }
        }
        guard problems.isEmpty else { return (nil, problems) }

        // A cycle: following managers from some role comes back to it.
        for role in order {
            var seen: Set<String> = [role]
            var current = role
            while let next = manager[current] {
                if seen.contains(next) {
                    problem("reporting lines form a cycle through `\(next)`: every chain must end at one top role", reporting.position)
                    return (nil, problems)
                }
                seen.insert(next)
                current = next
            }
        }
        let tops = order.filter { manager[$0] == nil }
        guard tops.count == 1, let top = tops.first else {
            problem(tops.isEmpty ? "the chart has no top: one role must report to no one"
                    : "the chart has \(tops.count) tops (\(tops.joined(separator: ", "))): make all but one report to a role", reporting.position)
            return (nil, problems)
        }
        if order.count > maximumRoles {
            problem("the chart has \(order.count) roles; at most \(maximumRoles) can be drawn readably", reporting.position)
            return (nil, problems)
        }

        var shared: [Line] = []
        if let lines = entry.frontMatter?["shared"] {
            for item in lines.items ?? [] {
                guard let ends = item.items?.compactMap(\.text), ends.count == 2 else {
                    problem("each `shared` line is a pair of roles (`[Team lead, Product lead]`)", item.position)
                    continue
                }
                guard ends.allSatisfy({ order.contains($0) }) else {
                    problem("a `shared` line must join two roles of the chart; \(ends.filter { !order.contains($0) }.joined(separator: ", ")) is not in it", item.position)
                    continue
                }
                shared.append(Line(from: ends[0], to: ends[1], kind: .shared))
            }
            if lines.items == nil { problem("`shared` must be a list of role pairs", lines.position) }
        }
        let roles = [top] + order.filter { $0 != top }
        return (problems.isEmpty ? OrgChart(roles: roles, top: top, manager: manager, shared: shared) : nil, problems)
    }
}
