/// The shipped theme's files, embedded in the binary by SwiftPM (`.embedInCode`), so that a
/// `seam` binary copied anywhere builds the site with its default theme.
enum ShippedTheme {
    /// Template texts by name (`layout` for `templates/layout.mustache`).
    static var templates: [String: [UInt8]] {
        [
            "layout": PackageResources.layout_mustache,
            "home": PackageResources.home_mustache,
            "entry": PackageResources.entry_mustache,
            "kind-index": PackageResources.kind_index_mustache,
            "glossary": PackageResources.glossary_mustache,
            "faq": PackageResources.faq_mustache,
            "search": PackageResources.search_mustache,
            "assessment": PackageResources.assessment_mustache,
            "not-found": PackageResources.not_found_mustache,
            "entry-item": PackageResources.entry_item_mustache,
            "glossary-row": PackageResources.glossary_row_mustache,
            "nav": PackageResources.nav_mustache,
        ]
    }

    /// Asset files by name, copied to `assets/` in the site.
    static var assets: [String: [UInt8]] {
        [
            "seam.css": PackageResources.seam_css,
            "seam.js": PackageResources.seam_js,
            "search-engine.js": PackageResources.search_engine_js,
            "search-meaning.js": PackageResources.search_meaning_js,
            "url-state.js": PackageResources.url_state_js,
            "search-box.js": PackageResources.search_box_js,
            "dom.js": PackageResources.dom_js,
            "assessment-view.js": PackageResources.assessment_view_js,
            "assessment-page.js": PackageResources.assessment_page_js,
            "assess-engine.js": PackageResources.assess_engine_js,
            "result-chart.js": PackageResources.result_chart_js,
            "favicon.svg": PackageResources.favicon_svg,
            "strings.js": PackageResources.strings_js,
        ]
    }

    /// The interface words by language (`en` for `strings/en.yml`), as YAML texts.
    static var strings: [String: String] {
        [
            "en": String(decoding: PackageResources.en_yml, as: UTF8.self),
            "de": String(decoding: PackageResources.de_yml, as: UTF8.self),
        ]
    }
}
