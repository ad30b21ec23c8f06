import Foundation
import SeamMarkdown
import Yams

/// YAML text (front matter, `site.yml`, `schema.yml`) read into a `DataValue`, with problems
/// named in plain words (a tab, an unclosed quote, a missing colon) at the place they are.
enum YAMLText {
    struct Problem: Error {
        var message: String
        var position: SourcePosition
    }

    /// Reads `text`; `lineOffset` turns YAML lines into file lines. Nil for an empty document.
    static func read(_ text: String, lineOffset: Int) -> Result<DataValue?, Problem> {
        let node: Yams.Node?
        do {
            // The basic resolver: every scalar stays text (no regex tag guessing), the encoding fixed.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(describe(error, in: text, lineOffset: lineOffset))
        } catch {
            return .failure(Problem(message: "could not be read: \(error)", position: SourcePosition(line: 1 + lineOffset, column: 1)))
        }
        guard let node else { return .success(nil) }
        guard let value = DataValue.from(node, lineOffset: lineOffset) else {
            // Reported at the top of the file: no one line is the cause.
            return .failure(Problem(message: "nested more than \(DataValue.maximumDepth) levels deep", position: SourcePosition(line: 1, column: 1)))
        }
        return .success(value)
    }

    /// The cause of a YAML error in plain words, at the place to fix.
    static func describe(_ error: YamlError, in text: String, lineOffset: Int) -> Problem {
        func at(_ mark: Mark?) -> SourcePosition { SourcePosition(line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // A tab in the indentation of any line up to the error is the usual cause, whatever
            // libyaml calls it.
            for (number, line) in lines.prefix(mark.line).enumerated() {
                let indentation = line.prefix { $0 == " " || $0 == "\t" }
                if let tab = indentation.firstIndex(of: "\t") {
                    return Problem(message: "a tab in the indentation: YAML indents with spaces only; replace the tab with spaces",
                                   position: SourcePosition(line: number + 1 + lineOffset, column: line.distance(from: line.startIndex, to: tab) + 1))
                }
            }
            let contextText = context?.text ?? ""
            if contextText.contains("quoted scalar") {
                return Problem(message: "a quote opened here is never closed: end the text with the same quote mark",
                               position: at(context?.mark ?? mark))
            }
            if problem.contains("could not find expected ':'") {
                return Problem(message: "a line inside a mapping has no `:` after its name: write `name: value`",
                               position: at(context?.mark ?? mark))
            }
            if problem.contains("mapping values are not allowed") {
                return Problem(message: "a `: ` inside a value: put the whole value in quotes (`\"...: ...\"`)", position: at(mark))
            }
            if problem.contains("cannot start any token"), mark.line >= 1, mark.line - 1 < lines.count {
                let line = lines[mark.line - 1]
                let character = line.dropFirst(max(0, mark.column - 1)).first.map(String.init) ?? "?"
                return Problem(message: "`\(character)` cannot start a value: put the value in quotes", position: at(mark))
            }
            if problem.contains("did not find expected key") || problem.contains("did not find expected '-'") {
                return Problem(message: "this line is indented differently from the lines around it: line up fields of one mapping or list",
                               position: at(mark))
            }
            let prefix = context.map { "\($0.text) " } ?? ""
            return Problem(message: "not valid YAML: \(prefix)\(problem)", position: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            return Problem(message: "the field \(duplicates.map { "`\($0)`" }.joined(separator: ", ")) is written twice; keep one",
                           position: at(context.mark))
        case let .reader(problem, _, _, _):
            return Problem(message: "not readable as YAML: \(problem)", position: at(nil))
        default:
            return Problem(message: "not valid YAML: \(error)", position: at(nil))
        }
    }
}

/// A settings file of the content folder (`site.yml`, `schema.yml`): its text, or why not.
enum SettingsFile {
    case missing
    case unreadable(Diagnostic)
    case text(String)

    static func read(_ path: String, shown: String, maximumFileSize: Int) -> SettingsFile {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return .missing }
        let name = shown.split(separator: "/").last.map(String.init) ?? shown
        if attributes[.type] as? FileAttributeType != .typeRegular {
            return .unreadable(Diagnostic(path: shown, message: "\(name) must be a plain file (not a link or a folder): refused"))
        }
        if let size = attributes[.size] as? Int, size > maximumFileSize {
            return .unreadable(Diagnostic(path: shown, message: "file is \(size) bytes, over the limit of \(maximumFileSize): keep it short"))
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return .unreadable(Diagnostic(path: shown, message: "\(name) is not UTF-8 text: save it as UTF-8"))
        }
        return .text(text)
    }
}
