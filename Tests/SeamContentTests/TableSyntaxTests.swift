import Testing
@testable import SeamContent

struct TableSyntaxTests {
    @Test(arguments: [
        ("| a | b |\n| --- | --- |\n| 1 | 2 |\n", 1),
        ("text\n\na | b\n--- | :-:\n", 3),
        ("| a |\n|:---:|\n", 1),
        ("intro\n| x | y |\n|---|---|\n", 2),
    ]) func findsATable(_ body: String, _ line: Int) {
        #expect(TableSyntax.firstTable(in: body) == line)
    }

    @Test(arguments: [
        "no table here\n",
        "a heading\n---\n",                       // a setext heading, no pipe above
        "a | b\n\n--- | ---\n",                   // a blank line between
        "```\n| a | b |\n| --- | --- |\n```\n",   // inside fenced code
        "| a | b |\n| -- x | --- |\n",            // not a delimiter row
        "a | b\n---\n",                           // a thematic break has no pipe
    ]) func ignoresWhatIsNotATable(_ body: String) {
        #expect(TableSyntax.firstTable(in: body) == nil)
    }
}
