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
        do {
            for (index, outcome) in assessment.outcomes.enumerated() where coverage.reached[outcome.id] == nil {
                let at = entry.frontMatter?["outcomes"]?.items?[safe: index]?.position ?? position
                if coverage.holds[outcome.id] != nil {
                    // Outcomes are tried in order: an earlier one takes every combination this one's rule holds for.
                    result.append(diagnostic("outcome `\(outcome.id)` is never reached: wherever its rule holds, an earlier outcome's rule holds "
                        + "too, and the first wins; move it up or narrow the earlier rule", at: at))
                } else {
                    result.append(diagnostic("outcome `\(outcome.id)` applies to no combination of answers: fix its rule or remove it", .warning, at: at))
                }
            }
        }
        return result
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
