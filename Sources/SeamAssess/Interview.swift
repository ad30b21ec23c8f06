import Foundation
/// Asks an assessment's questions one by one over injected line input and output, so a
/// terminal, a pseudo-terminal in a test or a plain function can drive it.
public struct Interview {
    public var assessment: Assessment
    /// The next line typed, without its newline; nil at end of input (Ctrl-D).
    public var readLine: () -> String?
    /// Writes text as it is (prompts have no newline at the end).
    public var write: (String) -> Void
    /// The full explanation of a question, shown for `?`.
    public var explain: (Question) -> String

    public init(assessment: Assessment, readLine: @escaping () -> String?, write: @escaping (String) -> Void,
                explain: @escaping (Question) -> String) {
        self.assessment = assessment
        self.readLine = readLine
        self.write = write
        self.explain = explain
    }

    /// Asks every question without an answer in `answers`. Returns false when input ends first;
    /// `answers` then keeps only what was given before.
    public func run(_ answers: inout [String: String]) -> Bool {
        let open = assessment.questions.filter { answers[$0.id] == nil }
        guard !open.isEmpty else { return true }
        write("\(assessment.title)\n\(assessment.summary)\n")
        write("Type the number of an answer (or its id); ? explains the question in full; Ctrl-D stops.\n")
        for (number, question) in open.enumerated() {
            if let group = question.group, number == 0 || open[number - 1].group != group,
               let title = assessment.groups.first(where: { $0.id == group })?.title {
                write("\n\(title)\n")
            }
            write("\nQuestion \(number + 1) of \(open.count): \(question.prompt)\n")
            write("  \(question.explanation)\n")
            write(Self.optionList(question))
            guard let option = ask(question) else {
                write("\nStopped: no result, since \(open.count - number) question\(open.count - number == 1 ? " is" : "s are") unanswered.\n")
                return false
            }
            answers[question.id] = option.id
        }
        write("\n")
        return true
    }

    /// Reads lines until one names an option of `question`; nil at end of input.
    func ask(_ question: Question) -> AnswerOption? {
        while true {
            write("> ")
            guard let line = readLine() else { return nil }
            switch Self.interpret(line, for: question) {
            case .option(let option): return option
            case .explain:
                write("\n\(explain(question))\n\n")
                write(Self.optionList(question))
            case .invalid(let reason):
                write("\(reason)\n")
            }
        }
    }

    enum Reply: Equatable {
        case option(AnswerOption)
        case explain
        case invalid(String)
    }

    /// What a typed line means for `question`.
    static func interpret(_ line: String, for question: Question) -> Reply {
        let typed = line.trimmingCharacters(in: .whitespaces)
        let choices = "type a number from 1 to \(question.options.count), or ? to read the full explanation"
        if typed == "?" { return .explain }
        if typed.isEmpty { return .invalid("No answer given: \(choices).") }
        if let option = question.option(typed) { return .option(option) }
        if let number = Int(typed) {
            if number >= 1 && number <= question.options.count { return .option(question.options[number - 1]) }
            return .invalid("There is no answer \(number): \(choices).")
        }
        let lowered = typed.lowercased()
        if let option = question.options.first(where: { $0.label.lowercased() == lowered }) { return .option(option) }
        return .invalid("\"\(typed)\" is not one of the answers: \(choices).")
    }

    static func optionList(_ question: Question) -> String {
        question.options.enumerated().map { "  \($0 + 1)) \($1.label)\n" }.joined()
    }
}
