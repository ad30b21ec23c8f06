import Foundation

/// Reads one entry file's bytes: decoding, front matter, fields and body. The entry point for
/// the loader, and for fuzzing and tests that have bytes rather than files.
public enum EntryFile {
    /// The entry in `data`, stored at `relativePath` (`terms/nrr.md`), and every problem found.
    public static func read(_ data: Data, relativePath: String, kind: Kind, schema: Schema = .shipped,
                            displayPath: String? = nil) -> (entry: Entry?, diagnostics: [Diagnostic]) {
        let shown = displayPath ?? relativePath
        let fileName = String(relativePath.split(separator: "/").last ?? "")
        let id = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        switch ContentLoader.decode(data) {
        case .failure(let problem):
            return (nil, [Diagnostic(path: shown, line: problem.line, column: problem.column, message: problem.message)])
        case .success(let text):
            var reader = EntryReader(displayPath: shown, relativePath: relativePath, id: id, kind: kind, schema: schema)
            let entry = reader.read(text)
            return (entry, reader.diagnostics)
        }
    }
}
