import SeamMarkdown

/// `sitemap.xml`: every page but the 404 page, under the site's public address.
enum Sitemap {
    static func xml(pages: [String], baseURL: String) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() where page != "404.html" {
            out += "<url><loc>\(escapeHTML(base + page))</loc></url>\n"
        }
        return out + "</urlset>\n"
    }
}
