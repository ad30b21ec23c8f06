/// Where the live preview hears about changes: batches of changed paths, each batch one burst of
/// changes gathered (debounced). `InotifyWatcher` watches folders on Linux; tests hand the
/// preview batches themselves.
public protocol ChangeSource: Sendable {
    /// The batches, until `stop` is called.
    var changes: AsyncStream<[String]> { get }
    /// Stops watching and ends `changes`.
    func stop()
}
