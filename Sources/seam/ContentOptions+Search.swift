import ArgumentParser
import SeamContent
import SeamMarkdown
import SeamSearch

extension ContentOptions {
    /// The search index of the content folder, fresh; problems with the content are noted on
    /// standard error.
    func searchIndex() throws -> SearchIndex {
        let index: SearchIndex
        do {
            index = try IndexStore(root: content).open().index
        } catch let error as DiagnosticError {
            printError(error.description)
            throw ExitCode(1)
        }
        warnAboutProblems(index)
        return index
    }

    /// Notes on standard error the files the index could not read.
    func warnAboutProblems(_ index: SearchIndex) { Self.warnAboutProblems(index, content: content) }

    static func warnAboutProblems(_ index: SearchIndex, content: String) {
        let problems = index.problemCount
        if problems > 0 {
            printError("warning: \(problems) \(problems == 1 ? "file" : "files") in \(content) could not be read and \(problems == 1 ? "is" : "are") not searched; `seam check --content \(content)` says why")
        }
    }

    /// The path of an entry file as shown to the user: `content/terms/nrr.md`.
    func displayPath(_ path: String) -> String { Self.displayPath(path, content: content) }

    static func displayPath(_ path: String, content: String) -> String {
        var root = content
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        return root == "." ? path : root + "/" + path
    }
}

/// Text from content, safe to print on a terminal.
func terminalSafeText(_ text: String) -> String { terminalSafe(text) }
