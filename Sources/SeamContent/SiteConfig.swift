import Foundation

/// The site's settings, from `site.yml` at the top of the content folder. The file is optional;
/// without it the site is called "Seam" and has no tagline.
///
/// ```yaml
/// title: CRO and CCO explainer
/// description: What a Chief Revenue Officer and a Chief Customer Officer own, and when.
/// sources: about-the-sources
/// language: en
/// strings:
///   searchPlaceholder: Search terms and questions…
/// ```
public struct SiteConfig: Sendable, Hashable {
    public static let fileName = "site.yml"
    public static let fields = ["title", "description", "sources", "language", "strings"]

    /// The name in every page's header and the home page's heading.
    public var title = "Seam"
    /// One or two sentences under the home page's heading, and its meta description.
    public var description: String?
    /// The id of the entry about the knowledge base's sources, which every source line links to.
    public var sources: String?
    /// The language the site is written in (`en`, `de`): the pages' `lang` and the theme's strings
    /// file (`strings/LANGUAGE.yml`).
    public var language = "en"
    /// Interface words that take the place of the theme's (`Strings`), as written, key by key.
    public var strings: [DataValue.Field] = []
    /// Where `sources` is written, for the diagnostic when it names no entry.
    var sourcesLocation = Diagnostic(path: fileName, message: "")

    public init(title: String = "Seam", description: String? = nil) {
        self.title = title
        self.description = description
    }

    /// Reads `site.yml` in the content folder `root` (shown as `displayRoot` in diagnostics).
    static func read(root: String, displayRoot: String, maximumFileSize: Int) -> (SiteConfig, [Diagnostic]) {
        let path = root + "/" + fileName
        let shown = displayRoot == "." ? fileName : displayRoot + "/" + fileName
        var diagnostics: [Diagnostic] = []
        func error(_ message: String, _ line: Int = 1, _ column: Int = 1) {
            diagnostics.append(Diagnostic(path: shown, line: line, column: column, message: message))
        }
        let text: String
        switch SettingsFile.read(path, shown: shown, maximumFileSize: maximumFileSize) {
        case .missing: return (SiteConfig(), [])
        case .unreadable(let diagnostic): return (SiteConfig(), [diagnostic])
        case .text(let read): text = read
        }
        let node: DataValue
        switch YAMLText.read(text, lineOffset: 0) {
        case .failure(let problem):
            error(problem.message, problem.position.line, problem.position.column)
            return (SiteConfig(), diagnostics)
        case .success(let value):
            guard let value else { return (SiteConfig(), []) }
            node = value
        }
        guard let mapping = node.fields else {
            error("write the settings as a mapping (`title: ...`), not a list or a text")
            return (SiteConfig(), diagnostics)
        }
        var config = SiteConfig()
        for field in mapping {
            let (name, value) = (field.key, field.value)
            let at = (field.keyPosition.line, field.keyPosition.column)
            guard fields.contains(name) else {
                let close = EditDistance.suggestions(for: name, in: fields, count: 1)
                error("unknown setting `\(name)`: \(close.first.map { "did you mean `\($0)`? " } ?? "")\(fileName) takes \(fields.map { "`\($0)`" }.joined(separator: ", "))", at.0, at.1)
                continue
            }
            if name == "strings" {
                if let overrides = value.fields { config.strings = overrides } else {
                    error("`strings` maps interface words to your own (`related: See also`), not \(value.typeDescription)", value.position.line, value.position.column)
                }
                continue
            }
            guard let text = value.text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                error("`\(name)` must be a line of text", value.position.line, value.position.column)
                continue
            }
            let clean = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch name {
            case "title": config.title = clean
            case "language":
                guard clean.count <= 35, clean.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                    error("`language` is a language tag such as `en` or `de`", value.position.line, value.position.column)
                    continue
                }
                config.language = clean
            case "sources": (config.sources, config.sourcesLocation) = (clean, Diagnostic(path: shown, line: at.0, column: at.1, message: ""))
            default: config.description = clean
            }
        }
        return (config, diagnostics)
    }

    /// The error when `sources` names an entry that `isEntry` does not know.
    func sourcesProblem(isEntry: (String) -> Bool) -> Diagnostic? {
        guard let id = sources, !isEntry(id) else { return nil }
        var problem = sourcesLocation
        problem.message = "`sources` names `\(id)`, which is not an entry: give the id of the entry about the sources"
        return problem
    }
}
