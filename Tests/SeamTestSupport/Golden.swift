import Foundation
import SnapshotTesting
import Testing

/// The repository's root folder (where `Package.swift` is), for fixtures and golden files.
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// Whether this run records golden files instead of comparing with them (`make golden`, which sets
/// `SEAM_RECORD=1`).
public var recordingGoldens: Bool { ProcessInfo.processInfo.environment["SEAM_RECORD"] == "1" }

/// Compares `actual` with the golden file at `path` (relative to the repository) and records an
/// issue that shows the difference line by line (swift-snapshot-testing's line diff: `-` the golden
/// file, `+` what the code makes now). When recording, writes the file instead: review the diff in
/// git before committing it.
public func expectGolden(_ actual: String, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = repositoryRoot.appendingPathComponent(path)
    if recordingGoldens {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("\(path): no golden file; record it with `make golden` and review it", sourceLocation: sourceLocation)
        return
    }
    if let difference = goldenDifference(expected: expected, actual: actual) {
        Issue.record("\(path) differs (- golden, + now); if the change is meant, re-record with `make golden` and review the diff:\n\(difference)",
                     sourceLocation: sourceLocation)
    }
}

/// The line diff of two texts, in hunks with `@@` marks; nil when they are equal.
public func goldenDifference(expected: String, actual: String) -> String? {
    Diffing<String>.lines.diffV2(expected, actual)?.0
}
