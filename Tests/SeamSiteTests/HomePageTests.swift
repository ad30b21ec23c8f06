import Foundation
@testable import SeamSite
import Testing

/// The home page shows a few entries of each home kind to start from; a kind with more links to its index.
@Suite struct HomePageTests {
    static func frameworks(_ count: Int) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (1...count).map { number in
            ("frameworks/f\(number).md", "---\ntitle: Framework \(number)\nsummary: The framework numbered \(number).\n---\nText.\n")
        })
    }

    static func home(_ files: [String: String]) throws -> String {
        let root = try SiteFixture.content(files)
        return try #require(SiteFixture.page("index.html", in: try Site.render(try SiteFixture.load(root.path))))
    }

    static func cards(_ home: String) -> Int { home.components(separatedBy: "<li class=\"card\">").count - 1 }

    @Test func aKindWithMoreEntriesThanCardsLinksToItsIndex() throws {
        let count = SiteContext.homeCardsPerKind + 3
        let home = try Self.home(Self.frameworks(count))
        #expect(Self.cards(home) == SiteContext.homeCardsPerKind)
        #expect(home.contains("<p class=\"home-more\"><a href=\"frameworks/index.html\">All \(count) Frameworks</a></p>"))
        // the first in reading order (by title, numbers as numbers) are the ones shown
        #expect(home.contains(">Framework 1<") && home.contains(">Framework 12<") && !home.contains(">Framework 13<"))
    }

    @Test func aKindWithFewEntriesShowsThemAllAndNoLink() throws {
        let home = try Self.home(Self.frameworks(3))
        #expect(Self.cards(home) == 3)
        #expect(!home.contains("home-more"))
    }
}
