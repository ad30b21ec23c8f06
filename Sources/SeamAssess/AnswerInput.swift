import Foundation
import SeamContent
import Yams

/// Answers as a user gives them: `QUESTION=OPTION` arguments and YAML or JSON answer files.
public enum AnswerInput {
    /// A problem with how answers were written.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public init(description: String) { self.description = description }
        public var description: String
    }

    /// Parses `--answer` values (`stage=series-b-to-c`). A later value for a question replaces an earlier one.
    public static func parse(arguments: [String]) throws -> [String: String] {
        var answers: [String: String] = [:]
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "=") else {
                throw Problem(description: "`--answer \(argument)`: write QUESTION=OPTION, such as `--answer stage=series-b-to-c`")
            }
            let question = argument[..<equals].trimmingCharacters(in: .whitespaces)
            let option = argument[argument.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !question.isEmpty, !option.isEmpty else {
                throw Problem(description: "`--answer \(argument)`: both the question and the option are needed (QUESTION=OPTION)")
            }
            answers[question] = option
        }
        return answers
    }

    /// Parses an answers file: a mapping `question: option`, optionally under `answers:`, or a
    /// list of `{question, option}` (as `--format json` writes them).
    public static func parse(file text: String, name: String) throws -> [String: String] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw Problem(description: "\(name): not valid YAML or JSON: \(error)")
        }
        guard var node else { return [:] }
        if let mapping = node.mapping, let inner = mapping["answers"] { node = inner }
        var answers: [String: String] = [:]
        if let mapping = node.mapping {
            for (key, value) in mapping {
                guard let question = key.scalar?.string, let option = value.scalar?.string else {
                    throw Problem(description: "\(name): each answer is `question: option`, with plain texts")
                }
                answers[question] = option
            }
        } else if let sequence = node.sequence {
            for item in sequence {
                guard let question = item.mapping?["question"]?.scalar?.string,
                      let option = item.mapping?["option"]?.scalar?.string else {
                    throw Problem(description: "\(name): each item of the list needs `question` and `option`")
                }
                answers[question] = option
            }
        } else {
            throw Problem(description: "\(name): write the answers as a mapping, `question: option` on each line")
        }
        return answers
    }
}
