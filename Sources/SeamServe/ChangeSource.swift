/// Where the live preview hears about changes: batches of changed paths, each batch one burst of
/// changes gathered (debounced). `InotifyWatcher` watches folders on Linux; tests hand the
/// preview batches themselves.
public protocol ChangeSource: Sendable {
    /// The batches, until `stop` is called.
    var changes: AsyncStream<[String]> { get }
    /// Stops watching and ends `changes`.
    func stop()
    /// How many batches have begun so far (a burst's first change seen), those handed over
    /// among them; nil when the source cannot tell. More than the batches taken from `changes`
    /// means another is coming: the preview then leaves work that only the latest state needs.
    var batchesBegun: Int? { get }
}

extension ChangeSource {
    public var batchesBegun: Int? { nil }
}
