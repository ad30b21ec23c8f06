@testable import SeamContent
import Testing

/// The interface words: messages filled in, plurals chosen, template source escaped, and the
/// layers (English, the language, a theme, the settings) checked key by key.
@Suite struct StringsTests {
    static let english = """
        page:
          related: Related
          indexCount: {by: count, one: One entry., other: "{count} entries."}
          alsoCalled: "Also called: {names}"
        script:
          noEntryMatches: No entry matches {query}.
        """
    static let german = """
        page:
          related: Verwandt
          indexCount: {by: count, one: Ein Eintrag., other: "{count} Einträge."}
          alsoCalled: "Auch genannt: {names}"
        script:
          noEntryMatches: Kein Eintrag passt zu {query}.
        """

    func resolve(_ language: String = "en", theme: [String: String] = [:], overrides: String? = nil) throws(Strings.Problem) -> Strings {
        var fields: [DataValue.Field] = []
        if let overrides, case .success(let value) = YAMLText.read(overrides, lineOffset: 0) { fields = value?.fields ?? [] }
        return try Strings.resolve(language: language, shipped: ["en": Self.english, "de": Self.german], theme: theme,
                                   overrides: fields, settingsPath: "kb/site.yml")
    }

    @Test func placeholdersAndPluralsAreFilled() throws {
        let strings = try resolve()
        #expect(strings.text("related") == "Related")
        #expect(strings.text("indexCount", ["count": "1"]) == "One entry.")
        #expect(strings.text("indexCount", ["count": "7"]) == "7 entries.")
        #expect(strings.text("noEntryMatches", ["query": "“x”"]) == "No entry matches “x”.")
        #expect(strings.text("alsoCalled") == "Also called: {names}", "a placeholder with no value stays as written")
        #expect(strings.text("nosuchkey") == "nosuchkey")
    }

    @Test func templateSourceEscapesTheTextAndKeepsMustacheOut() throws {
        // Braces that are not a placeholder reach Mustache as entities, so a message makes no tag
        // of its own: `{{x}}` is the placeholder `{x}` between two braces.
        let strings = try resolve(overrides: "related: \"<b>{{x}}</b> & {y} {#z} {{{w\"\n")
        #expect(strings.templateSource("related") == "&lt;b&gt;&#123;{{x}}&#125;&lt;/b&gt; &amp; {{y}} &#123;#z&#125; &#123;&#123;&#123;w")
        #expect(strings.templateSource("indexCount")
            == "{{#equalzero(minusone(count))}}One entry.{{/equalzero(minusone(count))}}{{^equalzero(minusone(count))}}{{count}} entries.{{/equalzero(minusone(count))}}")
        #expect(strings.templateSource("noEntryMatches") == nil, "script messages are not for templates")
    }

    @Test func aLanguageTakesItsFileThenTheThemesThenTheSettings() throws {
        let strings = try resolve("de", theme: ["de": "page:\n  related: Siehe auch\n"], overrides: "noEntryMatches: Nichts zu {query}.\n")
        #expect(strings.language == "de")
        #expect(strings.text("related") == "Siehe auch")
        #expect(strings.text("indexCount", ["count": "2"]) == "2 Einträge.")
        #expect(strings.text("noEntryMatches", ["query": "x"]) == "Nichts zu x.")
        #expect(strings.scriptJSON == #"{"noEntryMatches":"Nichts zu {query}."}"#)
    }

    /// The problem `resolve` throws; an issue when it throws none.
    func problem(_ language: String = "en", theme: [String: String] = [:], overrides: String? = nil) -> String {
        do {
            _ = try resolve(language, theme: theme, overrides: overrides)
            Issue.record("no problem for \(language), \(theme), \(overrides ?? "")")
            return ""
        } catch {
            return error.description
        }
    }

    @Test func problemsNameTheFileTheLineAndTheKey() {
        #expect(problem("fr").contains("no strings file for language `fr`: there are de, en"))
        #expect(problem(overrides: "relatd: See also\n") == "kb/site.yml:1:1: unknown string `relatd`: did you mean `related`?")
        #expect(problem("xx", theme: ["xx": "page:\n  related: R\n"])
            == "theme strings/xx.yml: no `alsoCalled` in `page`: a language's strings file gives every key of strings/en.yml")
        #expect(problem(theme: ["en": "page:\n  relted: R\n"])
            == "theme strings/en.yml:2:3: unknown string `relted` in `page`: did you mean `related`?")
        #expect(problem(overrides: "related: {one: a}\n").contains("the plural `related` needs `by`"))
    }

    @Test func scriptJSONCannotCloseItsScriptElement() throws {
        let strings = try resolve(overrides: "noEntryMatches: \"</script><b>&\"\n")
        #expect(!strings.scriptJSON.contains("<") && !strings.scriptJSON.contains(">") && !strings.scriptJSON.contains("&"))
    }
}
