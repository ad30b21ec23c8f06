import Foundation
import Mustache
import SeamContent
import SeamMarkdown

/// The templates, assets and interface words a site is rendered with: the shipped theme, embedded
/// in the binary, with any file of a `--theme` folder taking the place of the shipped file of the
/// same name, and the strings of the site's `language` (`Strings`).
public struct Theme: Sendable {
    /// The interface words, already written into the templates (`{{t.key}}`); the script's are
    /// written to `assets/site-strings.js`.
    public let strings: Strings
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

    /// The shipped theme, or `folder`'s files over it, with the strings of `settings.language`
    /// and `settings.strings` over them (`settingsPath` is where those are written).
    public static func load(folder: String? = nil, settings: SiteConfig = SiteConfig(), settingsPath: String = SiteConfig.fileName) throws -> Theme {
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
            for (name, bytes) in try files(in: folder + "/assets") where !["search-index.js", "search-related.js", "site-strings.js"].contains(name) {
                assets[name] = bytes
            }
        }
        let strings = try self.strings(folder: folder, settings: settings, settingsPath: settingsPath)
        _ = SeamHTMLContentType.registered
        var library = MustacheLibrary()
        for (name, bytes) in templates.sorted(by: { $0.key < $1.key }) {
            // Mustache escapes nothing: a value is escaped by its type (`TemplateValue.text`,
            // through Seam's one escaping function), so `{{var}}` and `{{{var}}}` are the same.
            // On a line of its own: a template whose first line is a lone section tag keeps it standalone.
            let source = try withStrings(String(decoding: bytes, as: UTF8.self), strings, template: name)
            let text = "{{% CONTENT_TYPE: SEAMHTML}}\n" + source
            do {
                try library.register(text, named: name)
            } catch {
                throw Problem(description: "templates/\(name).mustache: the template does not parse (\(error)): fix its tags")
            }
        }
        return Theme(strings: strings, library: library, assets: assets.sorted { $0.key < $1.key }.map { (name: $0.key, bytes: $0.value) })
    }

    /// The interface words for `settings.language`: the shipped strings, a theme folder's
    /// `strings/LANGUAGE.yml` over them, then `settings.strings` (written in `settingsPath`).
    public static func strings(folder: String? = nil, settings: SiteConfig = SiteConfig(),
                               settingsPath: String = SiteConfig.fileName) throws -> Strings {
        var themeStrings: [String: String] = [:]
        if let folder {
            for (name, bytes) in try files(in: folder + "/strings") where name.hasSuffix(".yml") {
                themeStrings[String(name.dropLast(".yml".count))] = String(decoding: bytes, as: UTF8.self)
            }
        }
        do {
            return try Strings.resolve(language: settings.language, shipped: ShippedTheme.strings, theme: themeStrings,
                                       overrides: settings.strings, settingsPath: settingsPath)
        } catch {
            throw Problem(description: error.description)
        }
    }

    /// `template` with each `{{t.key}}` replaced by the page message `key` as template source
    /// (`Strings.templateSource`).
    static func withStrings(_ template: String, _ strings: Strings, template name: String) throws -> String {
        var result = ""
        var rest = Substring(template)
        while let start = rest.range(of: "{{t.") {
            guard let end = rest[start.upperBound...].range(of: "}}") else { break }
            let key = String(rest[start.upperBound..<end.lowerBound])
            let line = template[..<start.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            guard let source = strings.templateSource(key) else {
                let close = EditDistance.suggestions(for: key, in: Array(strings.page.keys), count: 1)
                throw Problem(description: "templates/\(name).mustache:\(line): unknown string `t.\(key)`"
                    + (close.first.map { ": did you mean `t.\($0)`?" } ?? ": the strings are in the theme's strings/en.yml"))
            }
            result += rest[..<start.lowerBound] + source
            rest = rest[end.upperBound...]
        }
        return result + rest
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
