import ArgumentParser
import SeamAuthor

/// `seam init [DIR]`: writes the starter knowledge base into a new or empty folder.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a small working knowledge base into a new or empty folder.",
        discussion: "One entry of each kind, a schema, the site's settings and a README for authors; it passes `seam check` and builds.")

    @Argument(help: ArgumentHelp("The folder to write (refused when it holds anything).", valueName: "DIR"))
    var folder: String = "content"

    func run() throws {
        do {
            let written = try Starter.write(into: folder)
            for path in written { print(path) }
            printError("seam init: wrote \(written.count) files into \(folder)/; next: seam serve --content \(folder)")
        } catch let error as AuthorError {
            printError("seam init: \(error.description)")
            throw ExitCode(1)
        }
    }
}
