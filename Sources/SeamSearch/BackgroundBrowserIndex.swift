import Dispatch
import SeamContent

/// The browser index built on a thread of its own from the moment the entries are known, so that
/// it overlaps the checks and the pages of a build instead of competing with the pages alone.
public final class BackgroundBrowserIndex: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once, by the job, before `done` is left; read only after waiting on it.
    private var text = ""
    private var relatedText = ""

    /// Starts building the index of `entries` (sorted by id, one per id).
    public init(entries: [Entry]) {
        DispatchQueue.global().async(group: done) {
            let data = IndexBuilder.build(entries: entries)
            self.text = BrowserIndex.script(data)
            self.relatedText = BrowserIndex.relatedScript(data)
        }
    }

    /// Starts building the index of `base` (with its problems, as `BrowserIndex.script(base)`).
    public init(_ base: KnowledgeBase) {
        DispatchQueue.global().async(group: done) {
            let data = IndexBuilder.build(base)
            self.text = BrowserIndex.script(data)
            self.relatedText = BrowserIndex.relatedScript(data)
        }
    }

    /// The script, once built (waits for it).
    public var script: String {
        done.wait()
        return text
    }

    /// The related-word script for the index (`BrowserIndex.relatedScript`), once built (waits for it).
    public var relatedScript: String {
        done.wait()
        return relatedText
    }

    /// Waits until the job has ended, for a caller that stops early: nothing is left running
    /// (nor holding memory) when the process exits.
    public func wait() { done.wait() }
}
