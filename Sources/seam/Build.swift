import ArgumentParser
import Foundation
import SeamContent
import SeamSearch
import SeamSite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `seam build`: checks the knowledge base, renders the site and swaps it into the output folder.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the static explainer site (stops on the errors `seam check` reports).",
        discussion: """
            Writes every page to a temporary folder beside the output and swaps it in whole, so a \
            failed or interrupted build leaves the previous site as it was. Refuses to write over a \
            non-empty folder it did not create.
            """)

    @OptionGroup var options: ContentOptions
    @Option(name: .long, help: ArgumentHelp("Where to write the site.", valueName: "DIR")) var output: String = "site"
    @Option(name: .long, help: ArgumentHelp("The site's public address; writes sitemap.xml.", valueName: "URL")) var baseURL: String?
    @Option(name: .long, help: ArgumentHelp("A theme folder (templates/, assets/) over the shipped theme.", valueName: "DIR")) var theme: String?

    func validate() throws {
        if let baseURL {
            let lowered = baseURL.lowercased()
            let scheme = ["https://", "http://"].first { lowered.hasPrefix($0) }
            let host = scheme.map { baseURL.dropFirst($0.count).prefix { $0 != "/" } } ?? ""
            let forbidden = baseURL.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || "\"'<>`\\{}|^".unicodeScalars.contains($0) }
            if scheme == nil || host.isEmpty || forbidden {
                throw ValidationError("--base-url must be the site's http: or https: address, such as https://example.org/kb/ "
                    + "(no quotes, spaces or angle brackets)")
            }
        }
    }

    func run() throws {
        let started = DispatchTime.now()
        let progress = BuildProgress()
        progress.show("checking \(options.content)")
        // The search index starts as soon as the entries are read, beside the checks.
        var searchIndex: BackgroundBrowserIndex?
        defer { searchIndex?.wait() }
        let base = try options.load(whenRead: { searchIndex = BackgroundBrowserIndex(entries: $0) })
        let loaded = DispatchTime.now()
        let errors = base.errors
        if !errors.isEmpty {
            progress.clear()
            for diagnostic in base.diagnostics { printError(diagnostic.description) }
            printError("seam build: stopped by \(errors.count) \(errors.count == 1 ? "error" : "errors") in \(options.content) "
                + "(as `seam check` reports them); \(output) is unchanged")
            throw ExitCode(1)
        }
        for warning in base.warnings { progress.clear(); printError(warning.description) }
        do {
            let transaction = try SiteWriter(output: output).begin {
                progress.clear()
                printError("seam build: another build is writing \(output); waiting for it to finish")
            }
            let summary: Site.Summary
            do {
                summary = try Site.render(base, options: SiteOptions(baseURL: baseURL, themeFolder: theme, siteName: base.site.title, siteDescription: base.site.description), progress: { step, done, total in
                    progress.show(total > 0 ? "\(step.rawValue) \(done)/\(total)" : step.rawValue)
                    if total == 0 { progress.mark(step.rawValue) }
                }, searchIndex: searchIndex, into: { file in try transaction.add(file) })
                progress.show("swapping the new site in")
                try transaction.commit()
            } catch {
                transaction.abandon()
                throw error
            }
            let rendered = DispatchTime.now()
            progress.clear()
            let finished = DispatchTime.now()
            let seconds = Double(finished.uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            if ProcessInfo.processInfo.environment["SEAM_BUILD_TIMES"] != nil {
                func span(_ from: DispatchTime, _ to: DispatchTime) -> String {
                    String(format: "%.3f s", Double(to.uptimeNanoseconds - from.uptimeNanoseconds) / 1e9)
                }
                printError("load and check \(span(started, loaded)), render and write \(span(loaded, rendered)) "
                    + "(\(progress.marks.map { "\($0.name) from \(span(loaded, $0.time))" }.joined(separator: ", ")))")
            }
            printError("built \(summary.pages) pages (\(summary.files) files) in \(String(format: "%.2f", seconds)) s into \(output)/")
        } catch let failure as SiteWriter.Failure {
            progress.clear()
            printError("seam build: \(failure.description)")
            throw ExitCode(1)
        } catch let problem as Theme.Problem {
            progress.clear()
            printError("seam build: \(problem.description)")
            throw ExitCode(1)
        }
    }
}

/// One updating line of progress on standard error, only when it is a terminal.
final class BuildProgress: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var shown = false
    /// When each step started, for `SEAM_BUILD_TIMES`.
    private(set) var marks: [(name: String, time: DispatchTime)] = []

    func mark(_ name: String) {
        lock.lock()
        marks.append((name, DispatchTime.now()))
        lock.unlock()
    }

    func show(_ text: String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + "seam build: " + text).utf8))
        shown = true
    }

    func clear() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        shown = false
    }
}
