/// Where to put names laid over a drawing of fixed marks (the region names on a map of Finland):
/// near their anchors, off the marks where the drawing leaves room, and never on each other.
///
/// A greedy search over candidate positions, as in the point-feature label placement of
/// Christensen, Marks and Shieber ("An empirical study of algorithms for point-feature label
/// placement", ACM Transactions on Graphics 14(3), 1995), whose greedy variant this is: each
/// name, most crowded first, takes the candidate of lowest cost given the names placed before
/// it. A candidate's cost is the share of the name's box that marks cover, much more the share
/// that names already placed cover, and a little its distance from the anchor.
enum NamePlacement {
    /// A box by its centre and size, in points.
    struct Box: Hashable {
        var x: Double, y: Double, width: Double, height: Double

        /// The area that `self` and `other` share.
        func overlap(_ other: Box) -> Double {
            let w = min(x + width / 2, other.x + other.width / 2) - max(x - width / 2, other.x - other.width / 2)
            let h = min(y + height / 2, other.y + other.height / 2) - max(y - height / 2, other.y - other.height / 2)
            return w > 0 && h > 0 ? w * h : 0
        }

        /// Whether `mark` reaches into `self`.
        func touches(_ mark: Mark) -> Bool {
            let nx = min(max(mark.x, x - width / 2), x + width / 2), ny = min(max(mark.y, y - height / 2), y + height / 2)
            return (nx - mark.x) * (nx - mark.x) + (ny - mark.y) * (ny - mark.y) < mark.radius * mark.radius
        }
    }

    /// A round mark: centre and radius in points.
    struct Mark: Hashable {
        var x: Double, y: Double, radius: Double

        /// The square of the same area and centre: its overlap with a box estimates the circle's.
        var square: Box {
            let side = radius * Double.pi.squareRoot()
            return Box(x: x, y: y, width: side, height: side)
        }
    }

    /// Weights of the cost: a name on another name is never worth it where anything else is
    /// free; a name on marks is worth moving by a few lines.
    static let markWeight = 4.0, nameWeight = 60.0, distanceWeight = 0.3

    /// The centres of `names` (each box centred on its anchor): every name moved by at most
    /// half its width sideways and three of its heights up or down, in steps of a quarter width
    /// and half a height, staying inside `bounds`; a name that fits nowhere inside stays at its
    /// anchor.
    ///
    /// - Parameters:
    ///   - names: the names' boxes at their anchors.
    ///   - marks: what the names should leave visible.
    ///   - bounds: where the names must stay (the drawing area).
    /// - Complexity: O(*N* · *C* · (*M* + *N*)) for *N* names, *M* marks and *C* = 65 candidates.
    static func place(_ names: [Box], marks: [Mark], within bounds: MapFrame.Rect) -> [(x: Double, y: Double)] {
        let squares = marks.map(\.square)
        func covered(_ box: Box) -> Double { squares.reduce(0) { $0 + box.overlap($1) } }
        func touched(_ box: Box) -> Int { marks.filter { box.touches($0) }.count }
        func inside(_ box: Box) -> Bool {
            box.x - box.width / 2 >= bounds.x - 1e-9 && box.x + box.width / 2 <= bounds.maxX + 1e-9
                && box.y - box.height / 2 >= bounds.y - 1e-9 && box.y + box.height / 2 <= bounds.maxY + 1e-9
        }
        // The most crowded names first: they have the fewest good places.
        let order = names.indices.sorted {
            let (a, b) = (covered(names[$0]) / area(names[$0]), covered(names[$1]) / area(names[$1]))
            return a != b ? a > b : $0 < $1
        }
        var placed: [Box?] = Array(repeating: nil, count: names.count)
        for i in order {
            let name = names[i]
            var best = name, bestCost = Double.infinity
            for dy in -8...8 {
                for dx in -4...4 {
                    var box = name
                    box.x += Double(dx) * name.width / 8
                    box.y += Double(dy) * name.height / 4
                    guard inside(box) else { continue }
                    let size = area(name)
                    let others = placed.compactMap { $0 }.reduce(0) { $0 + box.overlap($1) }
                    let distance = ((box.x - name.x) * (box.x - name.x) + (box.y - name.y) * (box.y - name.y)).squareRoot()
                    let cost = markWeight * covered(box) / size + Double(touched(box)) + nameWeight * others / size
                        + distanceWeight * distance / name.height
                    if cost < bestCost {
                        best = box
                        bestCost = cost
                    }
                }
            }
            placed[i] = best
        }
        return placed.enumerated().map { i, box in (box?.x ?? names[i].x, box?.y ?? names[i].y) }
    }

    private static func area(_ box: Box) -> Double { max(1e-9, box.width * box.height) }
}
