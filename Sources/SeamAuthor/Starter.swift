import Foundation

/// The knowledge base `seam init` writes: a small working example on a neutral topic (a guide, a
/// glossary term linked from prose, a question, a fact with its source, a two-question assessment),
/// with its schema, settings and a README for authors. The files travel inside the binary
/// (`Starter/`, embedded by SwiftPM); it passes `seam check` and builds.
public enum Starter {
    /// Every file, by its path in the content folder.
    public static var files: [(path: String, bytes: [UInt8])] {
        [
            ("README.md", PackageResources.README_md),
            ("schema.yml", PackageResources.schema_yml),
            ("site.yml", PackageResources.site_yml),
            ("guides/start-here.md", PackageResources.start_here_md),
            ("terms/entry.md", PackageResources.entry_md),
            ("faqs/how-do-i-preview-my-changes.md", PackageResources.how_do_i_preview_my_changes_md),
            ("facts/commonmark-examples.md", PackageResources.commonmark_examples_md),
            ("assessments/ready-to-publish.md", PackageResources.ready_to_publish_md),
        ]
    }

    /// Writes the starter into `folder` (made if missing) and returns the paths written. Refuses a
    /// folder that holds anything (hidden files too), so nothing of the author's is overwritten.
    @discardableResult
    public static func write(into folder: String) throws -> [String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw AuthorError("\(folder) is a file, not a folder: name a new or empty folder") }
            let inside = try manager.contentsOfDirectory(atPath: folder)
            guard inside.isEmpty else {
                throw AuthorError("\(folder) is not empty (it holds \(inside.sorted().prefix(3).joined(separator: ", "))"
                    + "\(inside.count > 3 ? ", ..." : "")): name a new or empty folder")
            }
        }
        var written: [String] = []
        for file in files {
            let path = folder + "/" + file.path
            try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            guard manager.createFile(atPath: path, contents: Data(file.bytes)) else {
                throw AuthorError("cannot write \(path): check that the folder is writable")
            }
            written.append(path)
        }
        return written
    }
}
