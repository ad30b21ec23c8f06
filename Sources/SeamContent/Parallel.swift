import Dispatch
import Foundation

/// Work spread over every core in chunks, results kept in order: the loader's files, the
/// checker's links, the site's pages.
package enum Parallel {
    /// `body(0) ..< body(count)` computed on all cores, in chunks of `chunk` (by default as many
    /// as keep the cores busy without a claim per item); `progress` hears how many are done.
    package static func map<T>(_ count: Int, chunk: Int? = nil, progress: (@Sendable (Int) -> Void)? = nil,
                               _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunkSize = max(1, chunk ?? max(8, min(256, count / (workers * 4) + 1)))
        let chunks = (count + chunkSize - 1) / chunkSize
        let results = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
            for index in range { results.set(index, body(index)) }
            let done = results.finished(range.count)
            progress?(done)
        }
        return results.values
    }

    /// The slots the workers fill, each its own; a counter for progress.
    private final class Slots<T>: @unchecked Sendable {
        private var slots: UnsafeMutableBufferPointer<T?>
        private let lock = NSLock()
        private var done = 0

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        /// Each index is set by one worker only, into storage allocated up front.
        func set(_ index: Int, _ value: T) { slots[index] = value }

        func finished(_ count: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            done += count
            return done
        }

        var values: [T] { slots.map { $0! } }
    }
}
