import Foundation

/// The results of work spread by `DispatchQueue.concurrentPerform`, one slot per iteration,
/// each written by exactly one iteration, read in iteration order once all are done.
final class OrderedResults<Value>: @unchecked Sendable {
    private(set) var values: [Value?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func store(_ index: Int, _ value: Value) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}
