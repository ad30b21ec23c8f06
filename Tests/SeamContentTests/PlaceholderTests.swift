import SeamContent
import SeamMarkdown
import Testing

/// Where `Placeholder.positions` finds the marker `seam new` writes: line and byte column of each.
@Suite struct PlaceholderTests {
    @Test func findsEveryMarkerWithItsLineAndColumn() {
        let text = "---\ntitle: TODO(seam): a title\n---\n\nTODO(seam)\nsome TODO(seam) and TODO(seam): more\nTODO(seam)"
        #expect(Placeholder.positions(in: text).map { [$0.line, $0.column] }
                == [[2, 8], [5, 1], [6, 6], [6, 21], [7, 1]])
    }

    @Test func columnsCountBytes() {
        #expect(Placeholder.positions(in: "é TODO(seam)").map(\.column) == [4])
    }

    @Test func findsNothingWithoutTheWholeMarker() {
        #expect(Placeholder.positions(in: "").isEmpty)
        #expect(Placeholder.positions(in: "TODO: later\nTODO(seam\nTODO (seam)\nTODO(Seam)").isEmpty)
    }
}
