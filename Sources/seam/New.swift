import ArgumentParser
import SeamAuthor
import SeamContent

/// `seam new KIND TITLE`: writes a new entry from the schema, with placeholders `seam check`
/// reports until they are filled in, and prints its path.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new entry of a kind, with placeholders to fill in; prints its path.",
        discussion: "The file name comes from the title (`Error budget` gives error-budget.md). `seam check` reports each placeholder until it is replaced. Never overwrites a file.")

    @OptionGroup var options: ContentOptions
    @Argument(help: ArgumentHelp("The kind of the entry (its id in schema.yml, such as term).", valueName: "KIND"))
    var kind: String
    @Argument(help: ArgumentHelp("The entry's title.", valueName: "TITLE"))
    var title: String

    func run() throws {
        let schema = Schema.load(options.content)
        do {
            let entry = try NewEntry(kindID: kind, title: title, schema: schema)
            print(try entry.write(into: options.content, schema: schema))
        } catch let error as AuthorError {
            printError("seam new: \(error.description)")
            throw ExitCode(1)
        }
    }
}
