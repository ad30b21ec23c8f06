import ArgumentParser
import Foundation
import SeamContent
import SeamServe
import SeamSite

/// `seam serve`: builds the site, serves it on 127.0.0.1 (unless `--host`), rebuilds what each
/// change affects and reloads the open pages; Ctrl-C stops it and removes what it wrote.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site: build, serve, rebuild on every change and reload the open pages.",
        discussion: """
            Serves on 127.0.0.1 unless --host says otherwise. Watches the content folder (and the \
            theme folder) and rebuilds only what a change affects; the files served are always the \
            bytes `seam build` would write. Content errors show in the terminal and over the page, \
            and the last good site stays served until they are fixed. Ctrl-C stops it.
            """)

    @OptionGroup var options: ContentOptions
    @Option(name: .long, help: ArgumentHelp("The address to listen on (another than 127.0.0.1 lets other machines in).", valueName: "H"))
    var host: String = "127.0.0.1"
    @Option(name: .long, help: ArgumentHelp("The port (0 for any free one).", valueName: "P")) var port: Int = 8080
    @Flag(name: .long, help: "Publish drafts (`draft: true`) too.") var drafts = false
    @Flag(name: .long, help: "Open the site in the browser (with xdg-open).") var open = false
    @Option(name: .long, help: ArgumentHelp("A theme folder (templates/, assets/) over the shipped theme; watched too.", valueName: "DIR"))
    var theme: String?
    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: a temporary folder, removed on exit).", valueName: "DIR"))
    var output: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.content, isDirectory: &isFolder), isFolder.boolValue else {
            printError("seam serve: \(options.content) is not a folder: pass --content DIR, or run `seam init \(options.content)` first")
            throw ExitCode(1)
        }
        var temporary: String?
        if output == nil {
            var template = Array((FileManager.default.temporaryDirectory.path + "/seam-serve-\(getpid())-XXXXXX").utf8CString)
            guard let made = mkdtemp(&template) else {
                printError("seam serve: cannot make a temporary folder: pass --output DIR")
                throw ExitCode(1)
            }
            temporary = String(cString: made)
        }
        defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }
        let siteFolder = output ?? temporary! + "/site"
        let site = IncrementalSite(contentRoot: options.content, output: siteFolder,
                                   options: SiteOptions(themeFolder: theme, includeDrafts: drafts, previewPlaceholders: true))
        let watcher: InotifyWatcher
        do {
            watcher = try InotifyWatcher(roots: [options.content] + (theme.map { [$0] } ?? []))
        } catch {
            printError("seam serve: \(error)")
            throw ExitCode(1)
        }
        let preview = LivePreview(site: site, source: watcher, report: ServeReport.hear)
        preview.buildFirst()
        let server = PreviewServer(preview: preview, host: host, port: port)
        let (host, open) = (self.host, self.open)
        let outcome = ServeOutcome()
        Task {
            do {
                try await server.run { port in
                    let url = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
                    FileHandle.standardOutput.write(Data("seam serve: serving \(url) (Ctrl-C to stop)\n".utf8))
                    if !["127.0.0.1", "localhost", "::1"].contains(host) {
                        printError("seam serve: listening on \(host), not only on this machine: anyone who can reach it on port \(port) can read the site")
                    }
                    if open { Self.openInBrowser(url) }
                }
            } catch {
                outcome.fail("\(error)")
            }
            outcome.done.signal()
        }
        outcome.done.wait()
        if let failure = outcome.failure {
            printError("seam serve: cannot serve on \(host):\(port): \(failure)")
            throw ExitCode(1)
        }
        printError("seam serve: stopped")
    }

    /// Opens `url` with xdg-open when there is one; says so when not.
    static func openInBrowser(_ url: String) {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let opener = paths.map({ "\($0)/xdg-open" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            printError("seam serve: no xdg-open to open a browser with; open \(url) yourself")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}

/// How the server's task ended.
final class ServeOutcome: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    private(set) var failure: String?

    func fail(_ text: String) { failure = text }
}

/// What `seam serve` prints on standard error after each rebuild.
enum ServeReport {
    @Sendable static func hear(_ report: LivePreview.Report) {
        switch report {
        case .built(let update, let milliseconds):
            let time = String(format: "%.0f ms", milliseconds)
            for placeholder in update.placeholders { printError(placeholder.description) }
            if ProcessInfo.processInfo.environment["SEAM_BUILD_TIMES"] != nil && !update.stepTimes.isEmpty {
                printError(update.stepTimes.map { "\($0.name) " + String(format: "%.1f ms", $0.milliseconds) }.joined(separator: ", "))
            }
            let left = update.indexLeft ? "; search index left for the newer changes" : ""
            if update.full {
                printError("seam serve: built the site in \(time) (\(update.written.count) files written)")
            } else if update.written.isEmpty {
                printError("seam serve: rebuilt in \(time): no file changed\(left)")
            } else {
                let shown = update.written.prefix(5).joined(separator: ", ") + (update.written.count > 5 ? ", ..." : "")
                printError("seam serve: rebuilt in \(time): \(update.written.count) \(update.written.count == 1 ? "file" : "files") written (\(shown))\(left)")
            }
        case .stopped(let errors, let diagnostics):
            for diagnostic in diagnostics { printError(diagnostic.description) }
            printError("seam serve: \(errors) \(errors == 1 ? "error" : "errors"); still serving the last good site")
        case .failed(let text):
            printError("seam serve: \(text)")
        }
    }
}
