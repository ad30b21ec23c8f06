import Foundation
import Mustache
import SeamMarkdown

/// The templates and assets a site is rendered with: the shipped theme, embedded in the binary,
/// with any file of a `--theme` folder taking the place of the shipped file of the same name.
public struct Theme: Sendable {
    /// The page templates, parsed once.
    let library: MustacheLibrary
    /// The files copied to `assets/` in the site, by name, sorted.
    let assets: [(name: String, bytes: [UInt8])]

    /// The names of the page templates (`templates/NAME.mustache`).
    public static let templateNames = ["layout", "home", "entry", "kind-index", "glossary", "faq", "search", "assessment", "not-found", "entry-item", "nav"]

    /// A problem with a theme: a template that does not parse, or a folder that cannot be read.
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// The shipped theme, or `folder`'s files over it.
    public static func load(folder: String? = nil) throws -> Theme {
        var templates = ShippedTheme.templates
        var assets = ShippedTheme.assets
        if let folder {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw Problem(description: "\(folder): no such theme folder: give a folder holding templates/ and assets/")
            }
            for (name, bytes) in try files(in: folder + "/templates") where name.hasSuffix(".mustache") {
                templates[String(name.dropLast(".mustache".count))] = bytes
            }
            for (name, bytes) in try files(in: folder + "/assets") where name != "search-index.js" && name != "search-related.js" {
                assets[name] = bytes
            }
        }
        _ = SeamHTMLContentType.registered
        var library = MustacheLibrary()
        for (name, bytes) in templates.sorted(by: { $0.key < $1.key }) {
            // Mustache escapes nothing: a value is escaped by its type (`TemplateValue.text`,
            // through Seam's one escaping function), so `{{var}}` and `{{{var}}}` are the same.
            // On a line of its own: a template whose first line is a lone section tag keeps it standalone.
            let text = "{{% CONTENT_TYPE: SEAMHTML}}\n" + String(decoding: bytes, as: UTF8.self)
            do {
                try library.register(text, named: name)
            } catch {
                throw Problem(description: "templates/\(name).mustache: the template does not parse (\(error)): fix its tags")
            }
        }
        return Theme(library: library, assets: assets.sorted { $0.key < $1.key }.map { (name: $0.key, bytes: $0.value) })
    }

    /// Renders template `name` with `values`.
    func render(_ name: String, _ values: TemplateValue) -> String {
        library.render(values.mustache, withTemplate: name) ?? ""
    }

    /// The regular files directly in `folder` (none when it does not exist).
    private static func files(in folder: String) throws -> [String: [UInt8]] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { return [:] }
        var result: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasPrefix(".") {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
            result[name] = [UInt8](data)
        }
        return result
    }
}

/// HTML in which Mustache escapes nothing: `TemplateValue` has escaped every text already.
struct SeamHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { text }

    static let registered: Void = MustacheContentTypes.register(SeamHTMLContentType(), named: "SEAMHTML")
}
