import Foundation

/// The live-reload events, sent to every open page as server-sent events: `reload` after a
/// rebuild that changed files (its data `site` for every page, or the paths of the pages
/// written, one per line, for those pages only), `problems` (the errors as `path:line:column: error: ...` lines)
/// while the content has errors (the last good site is served), `placeholders` while it has only
/// the placeholders of `seam new` (the site is built past them), `ok` when they are gone. A page
/// that connects hears the current problems at once.
public final class ReloadEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    private var problems: (event: String, lines: [String]) = ("problems", [])
    private var closed = false

    public init() {}

    /// A new listener's stream of events in the `text/event-stream` format, starting with the
    /// current problems if any; it ends when the listener goes or `close` is called.
    func listen() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        let id = UUID()
        lock.withLock {
            guard !closed else {
                continuation.finish()
                return
            }
            listeners[id] = continuation
            continuation.yield(": seam serve\n\n")
            if !problems.lines.isEmpty { continuation.yield(Self.event(problems.event, problems.lines.joined(separator: "\n"))) }
        }
        continuation.onTermination = { [weak self] _ in self?.lock.withLock { _ = self?.listeners.removeValue(forKey: id) } }
        return stream
    }

    /// How many pages are listening.
    public var listenerCount: Int { lock.withLock { listeners.count } }

    /// Tells the open pages to reload: every page, or (with `pages`, site paths such as
    /// `terms/nrr.html`) those among them.
    public func reload(pages: [String]? = nil) {
        send(Self.event("reload", pages.map { $0.joined(separator: "\n") } ?? "site"))
    }

    /// Shows `lines` in every page (and to pages that connect later), until `clearProblems`: as
    /// errors that stop the build, or as placeholders still to fill in.
    public func show(problems lines: [String], placeholdersOnly: Bool = false) {
        let event = placeholdersOnly ? "placeholders" : "problems"
        lock.withLock { problems = (event, lines) }
        send(Self.event(event, lines.joined(separator: "\n")))
    }

    /// Clears the problems shown.
    public func clearProblems() {
        let had = lock.withLock { () -> Bool in
            defer { problems = ("problems", []) }
            return !problems.lines.isEmpty
        }
        if had { send(Self.event("ok", "fixed")) }
    }

    /// Ends every stream, and those opened later, so that the server can stop.
    public func close() {
        let open = lock.withLock { () -> [AsyncStream<String>.Continuation] in
            closed = true
            defer { listeners = [:] }
            return Array(listeners.values)
        }
        for continuation in open { continuation.finish() }
    }

    private func send(_ text: String) {
        let open = lock.withLock { Array(listeners.values) }
        for continuation in open { continuation.yield(text) }
    }

    /// One event: its name, then each line of `data` as a `data:` line.
    static func event(_ name: String, _ data: String) -> String {
        "event: \(name)\n" + data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined() + "\n"
    }
}
