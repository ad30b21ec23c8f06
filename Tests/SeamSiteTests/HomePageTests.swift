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

    /// The first entries in reading order, found without sorting the rest, are the whole sort's
    /// first: curated `order` first, then titles as the locale sorts them (numbers as numbers, case
    /// aside), equal titles as given.
    @Test func theFirstInReadingOrderAreTheWholeSortsFirst() throws {
        let titles = ["Framework 2", "framework 10", "Framework 1", "Alpha", "alpha", "Zeta 3", "Zeta 21", "Éclair", "Eclair", "Framework 2"]
        var files: [String: String] = [:]
        for number in 0..<40 {
            let order = number % 3 == 0 ? "order: \((number * 7) % 5)\n" : ""
            files["frameworks/f\(number).md"] = "---\ntitle: \(titles[number % titles.count])\n\(order)summary: Number \(number).\n---\nText.\n"
        }
        let entries = try SiteFixture.load(try SiteFixture.content(files).path).base.entries
        let whole = entries.inReadingOrder
        #expect(whole.count == 40)
        #expect(whole.first?.order == 0 && whole.last?.order == nil)
        for limit in 0...42 {
            #expect(entries.firstInReadingOrder(limit).map(\.id) == whole.prefix(limit).map(\.id), "\(limit)")
        }
    }

    @Test func aKindWithFewEntriesShowsThemAllAndNoLink() throws {
        let home = try Self.home(Self.frameworks(3))
        #expect(Self.cards(home) == 3)
        #expect(!home.contains("home-more"))
    }
}
