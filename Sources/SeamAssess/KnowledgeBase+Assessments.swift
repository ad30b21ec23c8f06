import SeamContent
import SeamMarkdown

extension KnowledgeBase {
    /// Reads one assessment entry, with every problem found in it (including rules that leave a
    /// combination of answers without exactly one outcome).
    public func readAssessment(_ entry: Entry) -> (assessment: Assessment?, diagnostics: [Diagnostic]) {
        var reader = AssessmentReader(entry: entry, base: self)
        let assessment = reader.read()
        var diagnostics = reader.diagnostics
        if let assessment, !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics += coverageDiagnostics(assessment, entry: entry)
        }
        return (diagnostics.contains { $0.severity == .error } ? nil : assessment, diagnostics)
    }

    /// The assessment `id`, or an error that says why not (unknown id, or its problems).
    public func assessment(_ id: String) throws -> Assessment {
        guard let entry = entry(id), entry.kind.has(.assessment) else {
            let ids = entries(with: .assessment).map(\.id)
            throw DiagnosticError([Diagnostic(path: root, message:
                "no assessment `\(id)`; the assessments: \(ids.isEmpty ? "(none)" : ids.joined(separator: ", "))")])
        }
        let (assessment, diagnostics) = readAssessment(entry)
        guard let assessment else {
            throw DiagnosticError(diagnostics.filter { $0.severity == .error })
        }
        return assessment
    }

    private func coverageDiagnostics(_ assessment: Assessment, entry: Entry) -> [Diagnostic] {
        let coverage = Coverage(assessment)
        let position = entry.position(of: "outcomes")
        func diagnostic(_ message: String, _ severity: Diagnostic.Severity = .error, at: SourcePosition = position) -> Diagnostic {
            Diagnostic(path: displayPath(entry), line: at.line, column: at.column, severity: severity, message: message)
        }
        guard coverage.combinations <= Coverage.limit else {
            return [diagnostic("\(coverage.combinations) combinations of answers are too many to check one by one (limit \(Coverage.limit)): the rules are not checked", .warning)]
        }
        var result: [Diagnostic] = []
        let gaps = coverage.failures.filter { $0.outcomes.isEmpty }
        if let first = gaps.first {
            let more = gaps.count > 1 ? " (and \(gaps.count - 1) more combination\(gaps.count == 2 ? "" : "s"))" : ""
            result.append(diagnostic("the rules give no outcome for \(first.answerList)\(more): widen a rule or add an outcome with `otherwise: true`"))
        }
        var overlaps: [[String]: [Coverage.Failure]] = [:]
        for failure in coverage.failures where failure.outcomes.count > 1 { overlaps[failure.outcomes, default: []].append(failure) }
        for (outcomes, failures) in overlaps.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let more = failures.count > 1 ? " (and \(failures.count - 1) more combination\(failures.count == 2 ? "" : "s"))" : ""
            result.append(diagnostic("outcomes \(outcomes.map { "`\($0)`" }.joined(separator: " and ")) \(outcomes.count == 2 ? "both" : "all") apply to \(failures[0].answerList)\(more): make their rules exclusive"))
        }
        if coverage.failures.isEmpty {
            for (index, outcome) in assessment.outcomes.enumerated() where coverage.reached[outcome.id] == nil {
                let at = entry.frontMatter?["outcomes"]?.items?[safe: index]?.position ?? position
                result.append(diagnostic("outcome `\(outcome.id)` applies to no combination of answers: fix its rule or remove it", .warning, at: at))
            }
        }
        return result
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
