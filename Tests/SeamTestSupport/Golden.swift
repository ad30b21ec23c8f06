import Foundation

/// The repository's root folder (where `Package.swift` is), for fixtures and golden files.
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// Compares `actual` with the golden file at `path` (relative to the repository); with
/// `SEAM_RECORD=1` in the environment, writes it instead (review the diff before committing).
public func matchesGolden(_ actual: String, _ path: String) throws -> Bool {
    let url = repositoryRoot.appendingPathComponent(path)
    if ProcessInfo.processInfo.environment["SEAM_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return true
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    return expected == actual
}
