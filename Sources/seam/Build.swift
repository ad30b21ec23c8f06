import ArgumentParser
import Foundation
import SeamContent
import SeamProject
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
    @Flag(name: .long, help: "Publish drafts (`draft: true`) too, as `seam serve --drafts` shows them.") var drafts = false
    @Option(name: .long, help: ArgumentHelp(
        "The browser search index: one file, shards loaded as queries need them, or automatic (shards when one file would pass 400 kB).",
        valueName: "single|shards|automatic")) var searchIndex: BrowserIndex.Layout = .automatic

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
        let progress = BuildProgress(output: output)
        let built: SiteBuild.Context
        do {
            built = try SiteBuild.run(contentRoot: options.content, output: output,
                                      options: SiteOptions(baseURL: baseURL, themeFolder: theme, includeDrafts: drafts, searchLayout: searchIndex),
                                      report: progress.hear)
        } catch let stopped as SiteBuild.Stopped {
            progress.clear()
            for diagnostic in stopped.project.diagnostics { printError(diagnostic.description) }
            let errors = stopped.project.errors.count
            printError("seam build: stopped by \(errors) \(errors == 1 ? "error" : "errors") in \(options.content) "
                + "(as `seam check` reports them); \(output) is unchanged")
            throw ExitCode(1)
        } catch let error as DiagnosticError {
            progress.clear()
            printError(error.description)
            throw ExitCode(1)
        } catch let failure as SiteWriter.Failure {
            progress.clear()
            printError("seam build: \(failure.description)")
            throw ExitCode(1)
        } catch let problem as Theme.Problem {
            progress.clear()
            printError("seam build: \(problem.description)")
            throw ExitCode(1)
        }
        progress.clear()
        for warning in built.project?.warnings ?? [] { printError(warning.description) }
        if ProcessInfo.processInfo.environment["SEAM_BUILD_TIMES"] != nil { printError(progress.stepTimes()) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        printError("built \(built.summary.pages) pages (\(built.summary.files) files) in \(String(format: "%.2f", seconds)) s into \(output)/")
    }
}

/// One updating line of progress on standard error, only when it is a terminal; and when each
/// step began, for `SEAM_BUILD_TIMES`.
final class BuildProgress: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) == 1
    private let output: String
    private let lock = NSLock()
    private var shown = false
    private var marks: [(name: String, time: DispatchTime)] = []

    init(output: String) { self.output = output }

    /// Hears the build's events.
    func hear(_ event: SiteBuild.Event) {
        switch event {
        case .step(let name):
            lock.withLock { marks.append((name, DispatchTime.now())) }
            show(name)
        case .pages(let done, let total):
            show("pages \(done)/\(total)")
        case .waitingForLock:
            clear()
            printError("seam build: another build is writing \(output); waiting for it to finish")
        }
    }

    /// How long each step took: `load 0.052 s, check 0.000 s, ...`.
    func stepTimes() -> String {
        let marks = lock.withLock { self.marks } + [("end", DispatchTime.now())]
        return zip(marks, marks.dropFirst()).map { step, next in
            "\(step.name) " + String(format: "%.3f s", Double(next.time.uptimeNanoseconds - step.time.uptimeNanoseconds) / 1e9)
        }.joined(separator: ", ")
    }

    func show(_ text: String) {
        guard enabled else { return }
        lock.withLock {
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + "seam build: " + text).utf8))
            shown = true
        }
    }

    func clear() {
        guard enabled else { return }
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            shown = false
        }
    }
}

extension BrowserIndex.Layout: ExpressibleByArgument {}
