@testable import SeamServe
import Testing

/// `RequestPath`: what a request target may name, decided from its text alone.
@Suite struct RequestPathTests {
    @Test(arguments: [
        ("/", RequestPath.site("", folder: true)),
        ("/index.html", .site("index.html", folder: false)),
        ("/terms/", .site("terms", folder: true)),
        ("/terms", .site("terms", folder: false)),
        ("/terms//entry.html?x=1#top", .site("terms/entry.html", folder: false)),
        ("/a%20b.html", .site("a b.html", folder: false)),
        ("/%C3%A9t%C3%A9.html", .site("été.html", folder: false)),
        ("/_seam/events", .events),
        ("/_seam/live.js", .script),
        ("/%5Fseam/live.js", .script),
    ])
    func siteTargetsAreDecoded(target: String, expected: RequestPath) {
        #expect(RequestPath(target) == expected)
    }

    @Test(arguments: ["/..", "/../etc/passwd", "/terms/../../x", "/%2e%2e/x", "/%2E%2e", "/.%2e/x", "/terms/%2e", "/./index.html",
                      "/a%2fb", "/a%2F..%2Fb", "/a\\b", "/%5c", "/a%00b", "/%0a", "/%7f", "/%", "/%4", "/%g0", "/%ff",
                      "", "index.html", "*", "http://example.org/"])
    func targetsThatCouldLeaveTheSiteAreRefused(target: String) {
        #expect(RequestPath(target) == .refused(.badRequest))
    }

    @Test func overLongTargetsAreRefusedBeforeDecoding() {
        #expect(RequestPath("/" + String(repeating: "a", count: RequestPath.maximumLength)) == .refused(.tooLong))
        #expect(RequestPath("/" + String(repeating: "a", count: RequestPath.maximumLength - 1)) != .refused(.tooLong))
    }

    @Test func theScriptGoesBeforeTheLastBodyEnd() {
        let page = Array("<p>&lt;/body&gt;</p></body>\n</html>\n".utf8)
        #expect(String(decoding: LiveScript.injected(into: page), as: UTF8.self)
            == "<p>&lt;/body&gt;</p><script src=\"/_seam/live.js\"></script>\n</body>\n</html>\n")
        #expect(String(decoding: LiveScript.injected(into: Array("<p>no end".utf8)), as: UTF8.self)
            == "<p>no end<script src=\"/_seam/live.js\"></script>\n")
    }
}
