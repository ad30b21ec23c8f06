import ArgumentParser

@main
struct Seam: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seam",
        abstract: "Index, check, search and publish a Markdown knowledge base.",
        subcommands: [Check.self, Search.self, Define.self, Show.self, List.self, Assess.self, Build.self, Init.self, New.self, Serve.self]
    )
}
