import Foundation
import Testing
@testable import SeamCharts
@testable import SeamContent

struct OrgChartTests {
    func structure(_ frontMatter: String) -> Entry {
        let text = "---\ntitle: S\nsummary: A structure.\n\(frontMatter)\n---\nBody.\n"
        let (entry, diagnostics) = EntryFile.read(Data(text.utf8), relativePath: "structures/s.md", kind: Schema.shipped.kind(id: "structure")!)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return entry!
    }

    @Test func readsReportingAndSharedLines() throws {
        let entry = structure("reporting:\n  CRO: CEO\n  VP Sales: CRO\n  VP CS: CRO\nshared:\n  - [VP CS, VP Sales]")
        let (chart, diagnostics) = OrgChart.read(entry, path: "s.md", roles: Schema.shipped.roles)
        #expect(diagnostics.isEmpty)
        let org = try #require(chart)
        #expect(org.top == "CEO")
        #expect(org.roles == ["CEO", "CRO", "VP Sales", "VP CS"])
        #expect(org.reports(of: "CRO") == ["VP Sales", "VP CS"])
        #expect(org.lines.map(\.sentence) == ["CRO reports to CEO", "VP Sales reports to CRO", "VP CS reports to CRO",
                                              "VP CS and VP Sales share accountability (dotted line)"])
    }

    @Test func textTreeDrawsEachRoleUnderItsBoss() throws {
        let entry = structure("reporting:\n  CRO: CEO\n  VP Sales: CRO\n  SDR: VP Sales\n  VP CS: CRO\n  CFO: CEO\nshared:\n  - [VP CS, VP Sales]")
        let chart = try #require(OrgChart.read(entry, path: "s.md", roles: nil).chart)
        #expect(chart.textTree == ["CEO", "├─ CRO", "│  ├─ VP Sales", "│  │  └─ SDR", "│  └─ VP CS", "└─ CFO",
                                   "VP CS and VP Sales share accountability (dotted line)"])
    }

    @Test func layoutCentresParentsOverTheirReports() throws {
        let entry = structure("reporting:\n  CRO: CEO\n  VP Sales: CRO\n  VP CS: CRO")
        let chart = try #require(OrgChart.read(entry, path: "s.md", roles: Schema.shipped.roles).chart)
        let layout = OrgChartLayout(chart)
        let sales = try #require(layout.boxes["VP Sales"]), cs = try #require(layout.boxes["VP CS"])
        let cro = try #require(layout.boxes["CRO"]), ceo = try #require(layout.boxes["CEO"])
        #expect(cro.centerX == (sales.centerX + cs.centerX) / 2)
        #expect(ceo.centerX == cro.centerX)
        #expect(sales.y == cs.y && sales.y > cro.y && cro.y > ceo.y)
        #expect(sales.x + sales.width < cs.x)
        #expect(layout.width >= cs.x + cs.width)
    }

    @Test(arguments: [
        ("reporting:\n  CRO: Chief", "unknown role `Chief`"),
        ("reporting:\n  CRO: VP Sales\n  VP Sales: CRO", "cycle"),
        ("reporting:\n  CRO: CEO\n  VP CS: COO", "2 tops"),
        ("reporting: [CRO, CEO]", "must map each role"),
        ("reporting:\n  CRO: CRO", "cannot report to itself"),
        ("reporting:\n  CRO: CEO\nshared:\n  - [CRO, VP CS]", "not in it"),
    ])
    func rejectsBadCharts(_ frontMatter: String, _ expected: String) {
        let entry = structure(frontMatter)
        let (chart, diagnostics) = OrgChart.read(entry, path: "s.md", roles: Schema.shipped.roles)
        #expect(chart == nil)
        #expect(diagnostics.contains { $0.message.contains(expected) }, "\(diagnostics)")
        #expect(diagnostics.allSatisfy { $0.line >= 4 })
    }

    @Test func svgIsEscapedAndLabelled() throws {
        let entry = structure("reporting:\n  CRO: CEO")
        let chart = try #require(OrgChart.read(entry, path: "s.md", roles: Schema.shipped.roles).chart)
        let svg = chart.svg(id: "x<y", title: "A <b> & c")
        #expect(svg.contains("<title id=\"x&lt;y-title\">A &lt;b&gt; &amp; c</title>"))
        #expect(svg.contains("<desc id=\"x&lt;y-desc\">CRO reports to CEO.</desc>"))
        #expect(svg.contains("role=\"img\""))
        #expect(chart.linesHTML() == "<ul class=\"org-lines\"><li>CRO reports to CEO</li></ul>")
    }
}
