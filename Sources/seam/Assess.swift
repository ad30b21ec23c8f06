import ArgumentParser
import Foundation
import SeamAssess
import SeamContent
import SeamProject
import SeamSite

/// `seam assess`: lists the assessments, or runs one and prints the result with its reasoning.
struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run an assessment: every answer comes back with the explanation behind it.",
        discussion: """
            Without ID, lists the assessments. With ID, takes answers from --answer and --answers; \
            on a terminal with no answers given it asks each question (as does --interactive for \
            the questions left open).
            """)

    @OptionGroup var options: ContentOptions
    @Argument(help: "The assessment to run (`seam assess` lists them).") var id: String?
    @Option(name: .long, help: ArgumentHelp("An answer, QUESTION=OPTION (repeatable).", valueName: "Q=O"))
    var answer: [String] = []
    @Option(name: .long, help: ArgumentHelp("A YAML or JSON file of answers (`question: option`); - for standard input.", valueName: "FILE"))
    var answers: String?
    @Flag(name: .long, help: "Ask the questions that have no answer yet.") var interactive = false
    @Option(name: .long, help: "text, markdown, json or html.") var format: Format = .text
    @Option(name: .long, help: ArgumentHelp("Link pages under this URL instead of relative to the site root.", valueName: "URL"))
    var siteURL: String?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, html
    }

    struct Listing: Encodable {
        var id: String
        var title: String
        var summary: String
        var questions: Int
    }

    func run() throws {
        let project = try options.load()
        let base = project.base
        guard let id else { return try list(base) }
        let assessment: Assessment
        do {
            assessment = try project.assessment(id)
        } catch let error as DiagnosticError {
            printError(error.description)
            throw ExitCode(1)
        }

        var given: [String: String] = [:]
        do {
            if let answers {
                let text = try readAnswersFile(answers)
                given = try AnswerInput.parse(file: text, name: answers == "-" ? "standard input" : answers)
            }
            given.merge(try AnswerInput.parse(arguments: answer)) { $1 }
        } catch let problem as AnswerInput.Problem {
            printError("error: \(problem.description)")
            throw ExitCode(1)
        }

        // Unknown questions and options are reported before anything is asked.
        var problems = assessment.problems(with: given)
        if !problems.unknownQuestions.isEmpty || !problems.unknownOptions.isEmpty {
            problems.missing = []
            printError("error: " + problems.description)
            throw ExitCode(1)
        }
        // The words before a reading are the knowledge base's (its `readingLabel` string), read once.
        let readingLabel = (try? Theme.strings(settings: base.site))?.text("readingLabel") ?? "Our reading."
        let terminal = isatty(STDIN_FILENO) == 1 && answer.isEmpty && answers == nil
        if interactive || terminal {
            let interview = Interview(assessment: assessment, readLine: { Swift.readLine(strippingNewline: true) },
                                      write: { FileHandle.standardError.write(Data($0.utf8)) },
                                      explain: { fullExplanation($0, base: base, readingLabel: readingLabel) })
            guard interview.run(&given) else { throw ExitCode(1) }
        }
        do {
            let result = try assessment.evaluate(given)
            let rendered = result.rendered(as: ResultFormat(rawValue: format.rawValue) ?? .text, siteURL: siteURL,
                                           chart: assessment.chartSpec, readingLabel: readingLabel)
            print(rendered, terminator: "")
        } catch let problems as AnswerProblems {
            printError("error: " + problems.description)
            if !problems.missing.isEmpty {
                printError("give them with --answer QUESTION=OPTION, or add --interactive to be asked")
            }
            throw ExitCode(1)
        }
    }

    private func list(_ base: KnowledgeBase) throws {
        let entries = base.entries(with: .assessment)
        let listings = entries.map { entry in
            Listing(id: entry.id, title: entry.title, summary: entry.summary,
                    questions: entry.frontMatter?["questions"]?.items?.count ?? 0)
        }
        switch format {
        case .json:
            try printJSON(listings)
        default:
            if listings.isEmpty { print("no assessments in \(base.root)/assessments") }
            let width = listings.map(\.id.count).max() ?? 0
            for listing in listings {
                print(listing.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + listing.summary)
            }
            if !listings.isEmpty { print("\nRun one with: seam assess ID (add --answer QUESTION=OPTION to answer without being asked)") }
        }
    }

    private func readAnswersFile(_ path: String) throws -> String {
        if path == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AnswerInput.Problem(description: "cannot read the answers file `\(path)`")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// What `?` shows: the question's one-line explanation, Seam's reading, and the entry behind it.
func fullExplanation(_ question: Question, base: KnowledgeBase, readingLabel: String) -> String {
    var parts = [question.explanation]
    if let reading = question.reading {
        parts.append(readingLabel + " " + reading)
    }
    if let entry = base.entry(question.entry.id) {
        parts.append("From \"\(entry.title)\" (seam show \(entry.id)): \(entry.summary)")
        let body = question.entry.anchor.flatMap { entry.section($0) } ?? entry.body.trimmingCharacters(in: .whitespacesAndNewlines)
        if !body.isEmpty { parts.append(body) }
    }
    return parts.joined(separator: "\n\n")
}
