import Foundation
import Yams

/// The site's settings, from `site.yml` at the top of the content folder. The file is optional;
/// without it the site is called "Seam" and has no tagline.
///
/// ```yaml
/// title: CRO and CCO explainer
/// description: What a Chief Revenue Officer and a Chief Customer Officer own, and when.
/// sources: about-the-sources
/// ```
public struct SiteConfig: Sendable, Hashable {
    public static let fileName = "site.yml"
    public static let fields = ["title", "description", "sources"]

    /// The name in every page's header and the home page's heading.
    public var title = "Seam"
    /// One or two sentences under the home page's heading, and its meta description.
    public var description: String?
    /// The id of the entry about the knowledge base's sources, which every source line links to.
    public var sources: String?
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
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return (SiteConfig(), []) }
        if attributes[.type] as? FileAttributeType != .typeRegular {
            error("\(fileName) must be a plain file (not a link or a folder): refused")
            return (SiteConfig(), diagnostics)
        }
        if let size = attributes[.size] as? Int, size > maximumFileSize {
            error("file is \(size) bytes, over the limit of \(maximumFileSize): keep the site settings short")
            return (SiteConfig(), diagnostics)
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            error("\(fileName) is not UTF-8 text: save it as UTF-8")
            return (SiteConfig(), diagnostics)
        }
        let node: Yams.Node?
        do {
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let yamlError as YamlError {
            let (message, mark) = EntryReader.describe(yamlError)
            error("not valid YAML: \(message)", mark?.line ?? 1, mark?.column ?? 1)
            return (SiteConfig(), diagnostics)
        } catch {
            diagnostics.append(Diagnostic(path: shown, message: "could not be read: \(error)"))
            return (SiteConfig(), diagnostics)
        }
        guard let node else { return (SiteConfig(), []) }
        guard let mapping = node.mapping else {
            error("write the settings as a mapping (`title: ...`), not a list or a text")
            return (SiteConfig(), diagnostics)
        }
        var config = SiteConfig()
        for (key, value) in mapping {
            let at = (key.mark?.line ?? 1, key.mark?.column ?? 1)
            guard let name = key.scalar?.string, fields.contains(name) else {
                error("unknown setting `\(key.scalar?.string ?? "?")`: \(fileName) takes \(fields.map { "`\($0)`" }.joined(separator: ", "))", at.0, at.1)
                continue
            }
            guard let text = value.scalar?.string, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                error("`\(name)` must be a line of text", value.mark?.line ?? at.0, value.mark?.column ?? at.1)
                continue
            }
            let clean = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch name {
            case "title": config.title = clean
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
