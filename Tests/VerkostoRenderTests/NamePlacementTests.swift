import Testing
@testable import VerkostoRender

/// Names laid over marks: worked examples with boxes and circles small enough to check by hand.
@Suite struct NamePlacementTests {
    typealias Box = NamePlacement.Box
    typealias Mark = NamePlacement.Mark

    static let page = MapFrame.Rect(x: 0, y: 0, width: 200, height: 200)

    @Test("a name with nothing under it stays at its anchor")
    func freeNameStays() {
        let placed = NamePlacement.place([Box(x: 100, y: 100, width: 40, height: 10)],
                                         marks: [Mark(x: 20, y: 20, radius: 3)], within: Self.page)
        #expect(placed[0].x == 100 && placed[0].y == 100)
    }

    @Test("a name on a mark moves off it, by the smallest step that frees it")
    func nameLeavesAMark() {
        // A name 40 × 10 centred on a mark of radius 3. The candidates move it in steps of
        // 5 (a quarter of its width) sideways and 2.5 (a quarter of its height) up or down.
        // Off the mark means its box stays 3 or more from the centre: up or down by 5 + 3 = 8
        // (the nearest step is 2.5 × 4 = 10, distance 10), or sideways by 20 + 3 = 23 (beyond
        // the 10 allowed). So it moves 10 up or down; up and down tie, and the first found
        // (down, dy = −4) is kept.
        let placed = NamePlacement.place([Box(x: 100, y: 100, width: 40, height: 10)],
                                         marks: [Mark(x: 100, y: 100, radius: 3)], within: Self.page)
        #expect(placed[0].x == 100)
        #expect(placed[0].y == 90)
        #expect(!Box(x: placed[0].x, y: placed[0].y, width: 40, height: 10).touches(Mark(x: 100, y: 100, radius: 3)))
    }

    @Test("two names on one anchor do not overlap")
    func namesDoNotOverlap() {
        let names = [Box(x: 100, y: 100, width: 40, height: 10), Box(x: 100, y: 100, width: 30, height: 10)]
        let placed = NamePlacement.place(names, marks: [], within: Self.page)
        let a = Box(x: placed[0].x, y: placed[0].y, width: 40, height: 10)
        let b = Box(x: placed[1].x, y: placed[1].y, width: 30, height: 10)
        #expect(a.overlap(b) == 0)
        // The first (both equally crowded: in order) keeps the anchor; the second moves the
        // least that clears it: 10 up or down (two height steps of 2.5 are not enough).
        #expect(placed[0].x == 100 && placed[0].y == 100)
        #expect(abs(placed[1].y - 100) == 10 && placed[1].x == 100)
    }

    @Test("a name stays inside the bounds, even when the free space is outside")
    func namesStayInside() {
        // At the bottom edge on a mark: down is outside, so it goes up.
        let bounds = MapFrame.Rect(x: 0, y: 95, width: 200, height: 105)
        let placed = NamePlacement.place([Box(x: 100, y: 100, width: 40, height: 10)],
                                         marks: [Mark(x: 100, y: 100, radius: 3)], within: bounds)
        #expect(placed[0].y == 110)
        // A name larger than the bounds has no candidate inside: it stays at its anchor.
        let tight = MapFrame.Rect(x: 90, y: 90, width: 20, height: 20)
        let stuck = NamePlacement.place([Box(x: 100, y: 100, width: 40, height: 10)],
                                        marks: [Mark(x: 100, y: 100, radius: 3)], within: tight)
        #expect(stuck[0].x == 100 && stuck[0].y == 100)
    }

    @Test("a mark's square has the circle's area; overlap and touch are exact for boxes")
    func geometry() {
        let square = Mark(x: 0, y: 0, radius: 2).square
        #expect(abs(square.width * square.height - Double.pi * 4) < 1e-9)
        #expect(Box(x: 0, y: 0, width: 4, height: 4).overlap(Box(x: 3, y: 1, width: 4, height: 4)) == 1 * 3)
        #expect(Box(x: 0, y: 0, width: 4, height: 4).overlap(Box(x: 4, y: 0, width: 4, height: 4)) == 0)
        // The box's corner (2, 2) is 2.83 from the centre (4, 4): a radius of 3 reaches it, 2.5 does not.
        #expect(Box(x: 0, y: 0, width: 4, height: 4).touches(Mark(x: 4, y: 4, radius: 3)))
        #expect(!Box(x: 0, y: 0, width: 4, height: 4).touches(Mark(x: 4, y: 4, radius: 2.5)))
    }
}
