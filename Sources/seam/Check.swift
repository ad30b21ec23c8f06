import ArgumentParser
import SeamContent

/// `seam check`: validates a knowledge base, compiler style.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a knowledge base: front matter, links, aliases, sources. Exit 1 on any error.")

    @OptionGroup var options: ContentOptions
    @Flag(help: "Print {\"errors\": [...], \"warnings\": [...]} as JSON.") var json = false

    struct Report: Encodable {
        var errors: [Diagnostic]
        var warnings: [Diagnostic]
    }

    func run() throws {
        let project = try options.load()
        let diagnostics = project.diagnostics
        let errors = diagnostics.filter { $0.severity == .error }
        let warnings = diagnostics.filter { $0.severity == .warning }
        if json {
            try printJSON(Report(errors: errors, warnings: warnings))
        } else {
            for diagnostic in diagnostics { print(diagnostic) }
            print("checked \(project.base.entries.count) \(project.base.entries.count == 1 ? "entry" : "entries"): "
                + "\(errors.count) \(errors.count == 1 ? "error" : "errors"), "
                + "\(warnings.count) \(warnings.count == 1 ? "warning" : "warnings")")
        }
        if !errors.isEmpty { throw ExitCode(1) }
    }
}
