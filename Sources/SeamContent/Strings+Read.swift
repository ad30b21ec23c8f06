import SeamMarkdown

extension Strings {
    /// A strings file or a `strings:` setting that cannot be used, at the place to fix.
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// The messages of one strings file, by section, with where each key is written.
    typealias Messages = [Section: [String: (message: Message, at: SourcePosition)]]

    /// The strings for `language`: the shipped English file (`shipped["en"]`, which names every
    /// key), then the shipped file of the language (which must give every key), then a theme's
    /// file of the language (`theme`, any keys), then `overrides` (`strings:` in the settings,
    /// written in `settingsPath`; a key of either section). Files are YAML texts by language.
    public static func resolve(language: String, shipped: [String: String], theme: [String: String],
                               overrides: [DataValue.Field], settingsPath: String) throws(Problem) -> Strings {
        guard let englishText = shipped["en"] else { throw Problem(description: "strings/en.yml: the shipped strings are missing") }
        let english = try read(englishText, shown: "strings/en.yml")
        var page = english[.page, default: [:]].mapValues(\.message)
        var script = english[.script, default: [:]].mapValues(\.message)
        func apply(_ messages: Messages, shown: String, complete: Bool) throws(Problem) {
            for section in Section.allCases {
                let known = english[section, default: [:]]
                let given = messages[section, default: [:]]
                for (key, entry) in given.sorted(by: { $0.key < $1.key }) {
                    guard known[key] != nil else {
                        let close = EditDistance.suggestions(for: key, in: Array(known.keys), count: 1)
                        throw Problem(description: "\(shown):\(entry.at.line):\(entry.at.column): unknown string `\(key)` in `\(section.rawValue)`"
                            + (close.first.map { ": did you mean `\($0)`?" } ?? ": the keys are those of the shipped strings/en.yml"))
                    }
                    if section == .page { page[key] = entry.message } else { script[key] = entry.message }
                }
                if complete, let missing = known.keys.filter({ given[$0] == nil }).sorted().first {
                    throw Problem(description: "\(shown): no `\(missing)` in `\(section.rawValue)`: a language's strings file gives every key of strings/en.yml")
                }
            }
        }
        // A language other than English: its whole file, shipped or the theme's; then the
        // theme's file over the shipped one, key by key.
        let themeShown = "theme strings/\(language).yml"
        var themeFile = theme[language]
        if language != "en" {
            if let text = shipped[language] {
                try apply(try read(text, shown: "strings/\(language).yml"), shown: "strings/\(language).yml", complete: true)
            } else if let text = themeFile {
                try apply(try read(text, shown: themeShown), shown: themeShown, complete: true)
                themeFile = nil
            } else {
                let names = Set(shipped.keys).union(theme.keys).sorted().joined(separator: ", ")
                throw Problem(description: "no strings file for language `\(language)`: there are \(names); add strings/\(language).yml to a theme folder (--theme)")
            }
        }
        if let text = themeFile {
            try apply(try read(text, shown: themeShown), shown: themeShown, complete: false)
        }
        for field in overrides {
            let position = field.keyPosition
            let at = "\(settingsPath):\(position.line):\(position.column)"
            let section: Section
            if page[field.key] != nil { section = .page } else if script[field.key] != nil { section = .script } else {
                let close = EditDistance.suggestions(for: field.key, in: Array(page.keys) + Array(script.keys), count: 1)
                throw Problem(description: "\(at): unknown string `\(field.key)`" + (close.first.map { ": did you mean `\($0)`?" } ?? ": the keys are those of the theme's strings/en.yml"))
            }
            let message = try self.message(field.value, key: field.key, shown: settingsPath)
            if section == .page { page[field.key] = message } else { script[field.key] = message }
        }
        return Strings(language: language, page: page, script: script)
    }

    /// Reads a strings file: a mapping with `page` and `script`, each a mapping of messages.
    static func read(_ text: String, shown: String) throws(Problem) -> Messages {
        let node: DataValue?
        switch YAMLText.read(text, lineOffset: 0) {
        case .failure(let problem): throw Problem(description: "\(shown):\(problem.position.line):\(problem.position.column): \(problem.message)")
        case .success(let value): node = value
        }
        guard let fields = node?.fields else { throw Problem(description: "\(shown): write the strings as `page:` and `script:` mappings") }
        var messages: Messages = [:]
        for field in fields {
            guard let section = Section(rawValue: field.key) else {
                throw Problem(description: "\(shown):\(field.keyPosition.line):\(field.keyPosition.column): unknown section `\(field.key)`: a strings file has `page:` and `script:`")
            }
            guard let entries = field.value.fields else {
                throw Problem(description: "\(shown):\(field.value.position.line):\(field.value.position.column): `\(field.key)` must map keys to messages")
            }
            var sectionMessages: [String: (message: Message, at: SourcePosition)] = [:]
            for entry in entries {
                sectionMessages[entry.key] = (try message(entry.value, key: entry.key, shown: shown), entry.keyPosition)
            }
            messages[section] = sectionMessages
        }
        return messages
    }

    /// A message: a text, or a plural mapping with `by`, `one` and `other`.
    static func message(_ value: DataValue, key: String, shown: String) throws(Problem) -> Message {
        let at = "\(shown):\(value.position.line):\(value.position.column)"
        if let text = value.text { return .text(text) }
        guard let fields = value.fields else {
            throw Problem(description: "\(at): `\(key)` must be a text, or a plural written {by: NUMBER, one: ..., other: ...}")
        }
        var parts: [String: String] = [:]
        for field in fields {
            guard ["by", "one", "other"].contains(field.key), let text = field.value.text else {
                throw Problem(description: "\(shown):\(field.keyPosition.line):\(field.keyPosition.column): a plural takes `by`, `one` and `other`, each a text")
            }
            parts[field.key] = text
        }
        guard let by = parts["by"], let one = parts["one"], let other = parts["other"] else {
            throw Problem(description: "\(at): the plural `\(key)` needs `by` (the number it counts), `one` and `other`")
        }
        return .plural(by: by, one: one, other: other)
    }
}
