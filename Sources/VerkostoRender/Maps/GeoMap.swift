import VerkostoAnalysis
import VerkostoModel
import VerkostoSupport

/// Maps of Finland: municipalities as dots at their municipal centres, projected with
/// ETRS-TM35FIN (``TransverseMercator/tm35fin``) and laid out by Graphviz with pinned positions
/// (`pos` with `!`, as `neato -n` does), so that only the captions and legend are placed.
extension DomainMap {
    /// Whether `municipality` is in the scope of OPH's networks, which the geographic maps draw
    /// and count.
    ///
    /// The scope hook of issue 12: until the Atlas carries scope (regions and municipalities
    /// outside it, such as Åland), every municipality is in scope. Replace this body with the
    /// Atlas's rule when it lands; the maps, their counts and their captions follow.
    static func inScope(_ municipality: Municipality, in atlas: Atlas) -> Bool {
        true
    }

    /// Points per metre of ETRS-TM35FIN at natural size: Finland's 1,160 km from Hanko to
    /// Nuorgam become about 770 pt.
    static let geoScale = 1 / 1_500.0

    /// The position in points of a municipal centre on the map (east right, north up).
    static func geoPosition(_ centre: GeoPoint) -> MapScene.Point {
        let projected = TransverseMercator.tm35fin.project(centre)
        return MapScene.Point(x: projected.easting * geoScale, y: projected.northing * geoScale)
    }

    /// The diameter in inches of a dot for `value` on a scale whose largest value `largest` gets
    /// `largestDiameter` inches: area proportional to the value, as ``networkDiameter(_:largest:)``,
    /// but never smaller than `smallest` points, so that the smallest municipalities stay visible.
    static func dotDiameter(_ value: Int, largest: Int, largestDiameter: Double, smallest: Double) -> Double {
        guard largest > 0, value > 0 else { return smallest / 72 }
        return max(smallest / 72, largestDiameter * (Double(value) / Double(largest)).squareRoot())
    }

    /// The legend section of a dot scale: the floor (values drawn at the smallest size), then
    /// powers of ten and the largest value, with the area rule of ``dotDiameter``; the circles
    /// in `fill` and `outline` when the dots all have them (light grey when fills mean something else).
    static func dotSection(title: String, largest: Int, largestDiameter: Double, smallest: Double,
                           text: Localisation, fill: Colour? = nil, outline: MapScene.Emphasis? = nil) -> MapScene.Legend.Section {
        guard largest > 0 else { return .init(title: title, items: []) }
        // The value below which dots are drawn at the smallest size.
        let floor = Double(largest) * pow2(smallest / 72 / largestDiameter)
        var items: [MapScene.Legend.Item] = []
        if floor >= 1 {
            items.append(.nodeSize(smallest / 72, label: text.words.atMost(text.integer(Int(floor.rounded(.down)))),
                                   fill: fill, outline: outline))
        }
        // Powers of ten for large values (10 000, 100 000, then the largest); for small ones
        // about a tenth, a half and the whole, as the network maps.
        var steps: [Int] = []
        if largest >= 100 {
            var power = 1
            while power * 10 < largest {
                power *= 10
                if Double(power) > floor { steps.append(power) }
            }
            steps = Array(steps.suffix(2)) + [largest]
        } else {
            steps = scaleSteps(Double(largest), integer: true).map { Int($0) }.filter { Double($0) > floor }
        }
        for value in steps {
            items.append(.nodeSize(dotDiameter(value, largest: largest, largestDiameter: largestDiameter, smallest: smallest),
                                   label: text.integer(value), fill: fill, outline: outline))
        }
        return .init(title: title, items: items)
    }

    private static func pow2(_ x: Double) -> Double { x * x }

    /// The name of each region that has a drawn municipality, at the mean position of its dots.
    static func regionNames(_ atlas: Atlas, positions: [String: MapScene.Point], language: Language) -> [MapScene.Node] {
        var sums: [String: (x: Double, y: Double, count: Int)] = [:]
        for municipality in atlas.municipalities {
            guard let point = positions[municipality.id] else { continue }
            let sum = sums[municipality.region] ?? (0, 0, 0)
            sums[municipality.region] = (sum.x + point.x, sum.y + point.y, sum.count + 1)
        }
        let order = atlas.regions.map(\.id) + Set(sums.keys).subtracting(atlas.regions.map(\.id)).sorted()
        return order.compactMap { id in
            guard let sum = sums[id] else { return nil }
            let name = atlas.region(id)?.name.text(language) ?? id
            // Drawn after the dots, on a translucent band that keeps the name readable over them.
            return MapScene.Node(id: "region-\(id)", label: name, shape: .labelBand, classes: ["region-name"], fontSize: 12,
                                 position: .init(x: sum.x / Double(sum.count), y: sum.y / Double(sum.count)))
        }
    }

    /// The municipalities that the geographic maps draw: in scope, with a centre; `MapError`
    /// when the data set has no centres at all.
    static func geoMunicipalities(_ atlas: Atlas) throws -> [(position: Int, municipality: Municipality, point: MapScene.Point)] {
        let drawn = atlas.municipalities.enumerated().compactMap { position, municipality in
            municipality.centre.flatMap { centre in
                inScope(municipality, in: atlas) && centre.isValid ? (position, municipality, geoPosition(centre)) : nil
            }
        }
        guard !drawn.isEmpty else { throw MapError.noCoordinates }
        return drawn
    }

    static let reachedFill = Palette.sequentialHigh
    static let notReachedFill = Colour.white

    /// The coverage map of Finland (`render coverage --geo`): every municipality in scope as a
    /// dot at its municipal centre, its area proportional to the population (at least 3 pt
    /// across), dark when a network on `options.direction` reaches it and hollow when none does,
    /// with the regions' names at the mean position of their municipalities.
    ///
    /// Definition: reach as in ``coverage(_:direction:)``: a municipality is reached when an
    /// active member organisation of a network on the direction is located there. Larger dots
    /// are drawn first, so that small ones stay visible on top of them. Municipalities without a
    /// centre are left out, and the subtitle says how many.
    /// - Throws: ``MapError/noCoordinates`` when no municipality has a centre.
    /// - Complexity: O(*M* + *U* log *U*) for *M* memberships and *U* municipalities.
    public static func coverageGeo(_ atlas: Atlas, options: MapOptions = MapOptions()) throws -> MapScene {
        let text = Localisation(options.language)
        let words = text.words
        let language = options.language
        let result = VerkostoAnalysis.coverage(atlas, direction: options.direction)
        let drawn = try geoMunicipalities(atlas).sorted {
            ($0.municipality.population, $1.municipality.id) > ($1.municipality.population, $0.municipality.id)
        }
        let largest = drawn.map(\.municipality.population).max() ?? 0
        let largestDiameter = 0.5, smallest = 3.0
        var nodes: [MapScene.Node] = []
        var reached = 0
        for (position, municipality, point) in drawn {
            let members = result.membersInMunicipality[position]
            if members > 0 { reached += 1 }
            let name = municipality.name.text(language)
            nodes.append(.init(id: "municipality-\(municipality.id)", label: "",
                               fill: members > 0 ? reachedFill : notReachedFill, shape: .circle,
                               size: dotDiameter(municipality.population, largest: largest, largestDiameter: largestDiameter,
                                                 smallest: smallest),
                               classes: ["municipality", members > 0 ? "reached" : "not-reached", "region-\(municipality.region)"],
                               emphasis: .init(colour: Colour(red: 0x55, green: 0x55, blue: 0x55), width: 0.8),
                               position: point,
                               tooltip: words.municipalityTooltip(name, population: municipality.population,
                                                                  written: text.integer(municipality.population), members: members)))
        }
        let positions = Dictionary(uniqueKeysWithValues: drawn.map { ($0.municipality.id, $0.point) })
        nodes += regionNames(atlas, positions: positions, language: language)

        let directionName = atlas.direction(options.direction)?.name.text(language) ?? options.direction
        let scoped = atlas.municipalities.filter { inScope($0, in: atlas) }.count
        var extra = [words.reachedOf(reached, of: drawn.count, share: text.percent(drawn.isEmpty ? 0 : Double(reached) / Double(drawn.count))),
                     words.coverageSubtitle(networks: result.networks.count, direction: directionName)]
        if scoped > drawn.count { extra.append(words.withoutCentre(scoped - drawn.count)) }
        let legend = MapScene.Legend(title: words.legend, sections: [
            .init(title: words.municipality, items: [
                .symbol(.circle, reachedFill, label: words.reached),
                .symbol(.circle, notReachedFill, label: words.notReached),
            ]),
            dotSection(title: words.inhabitants, largest: largest, largestDiameter: largestDiameter, smallest: smallest,
                       text: text),
        ])
        return MapScene(title: words.coverageGeoTitle, subtitle: subtitle(atlas, text: text, extra: extra),
                        source: geoSource(atlas, text: text), kind: .undirected, layout: .auto,
                        nodes: nodes, legend: legend, style: geoStyle)
    }

    /// The members map of Finland (`render ego ID --geo`): for one network, a dot in each
    /// municipality where it has member organisations, its area proportional to their number and
    /// filled with the network's sector colour; every other municipality in scope as a small
    /// grey dot, so that the country's shape shows; and the regions' names.
    ///
    /// Definition: the organisations with an active membership in the network, counted once each,
    /// in their municipality. Members in municipalities without a centre are not drawn; the
    /// subtitle counts them all.
    /// - Throws: ``MapError/unknownNetwork(_:)``, ``MapError/noCoordinates``.
    /// - Complexity: O(*m* + *U*) for *m* memberships of the network and *U* municipalities.
    public static func membersGeo(_ atlas: Atlas, network id: String, options: MapOptions = MapOptions()) throws -> MapScene {
        guard let network = atlas.network(id) else { throw MapError.unknownNetwork(id) }
        let text = Localisation(options.language)
        let words = text.words
        let language = options.language
        var organisations = Set<String>()
        var count: [String: Int] = [:]
        for membership in atlas.memberships(ofNetwork: id) where organisations.insert(membership.organisation).inserted {
            guard let organisation = atlas.organisation(membership.organisation) else { continue }
            count[organisation.municipality, default: 0] += 1
        }
        let drawn = try geoMunicipalities(atlas)
        let largest = drawn.map { count[$0.municipality.id] ?? 0 }.max() ?? 0
        let largestDiameter = 0.45, smallest = 3.0
        let fill = sectorColours(atlas)[network.sector] ?? .grey
        let other = Colour(red: 0xC8, green: 0xC8, blue: 0xC8)
        let memberOutline = MapScene.Emphasis(colour: Colour(red: 0x33, green: 0x33, blue: 0x33), width: 0.8)
        let otherOutline = MapScene.Emphasis(colour: other, width: 0.3)
        var nodes: [MapScene.Node] = []
        // Empty municipalities first, then members' from most to fewest, so that small dots lie on top.
        let ordered = drawn.sorted {
            let (a, b) = (count[$0.municipality.id] ?? 0, count[$1.municipality.id] ?? 0)
            if (a == 0) != (b == 0) { return a == 0 }
            return (a, $1.municipality.id) > (b, $0.municipality.id)
        }
        for (_, municipality, point) in ordered {
            let members = count[municipality.id] ?? 0
            let name = municipality.name.text(language)
            nodes.append(.init(id: "municipality-\(municipality.id)", label: "", fill: members > 0 ? fill : other, shape: .circle,
                               size: members > 0
                                   ? dotDiameter(members, largest: largest, largestDiameter: largestDiameter, smallest: smallest)
                                   : 2.0 / 72,
                               classes: ["municipality", members > 0 ? "members" : "no-members", "region-\(municipality.region)"],
                               emphasis: members > 0 ? memberOutline : otherOutline,
                               position: point,
                               tooltip: members > 0 ? words.membersTooltip(name, members: members) : name))
        }
        let positions = Dictionary(uniqueKeysWithValues: drawn.map { ($0.municipality.id, $0.point) })
        nodes += regionNames(atlas, positions: positions, language: language)
        let places = count.values.filter { $0 > 0 }.count
        let legend = MapScene.Legend(title: words.legend, sections: [
            dotSection(title: words.membersInMunicipality, largest: largest, largestDiameter: largestDiameter,
                       smallest: smallest, text: text, fill: fill, outline: memberOutline),
            .init(title: "", items: [.nodeSize(2.0 / 72, label: words.otherMunicipality, fill: other, outline: otherOutline)]),
        ])
        return MapScene(title: words.membersGeoTitle(network.name.text(language)),
                        subtitle: subtitle(atlas, text: text, extra: [words.membersIn(organisations.count, places: places)]),
                        source: geoSource(atlas, text: text), kind: .undirected, layout: .auto,
                        nodes: nodes, legend: legend, style: geoStyle)
    }

    /// The source line of a geographic map: the data's, with the projection.
    static func geoSource(_ atlas: Atlas, text: Localisation) -> String? {
        [source(atlas, text: text), text.words.projection].compactMap { $0 }.joined(separator: " · ")
    }

    /// The presentation style of the geographic maps: as the others, with the legend's circles
    /// compared to dots of up to half an inch.
    static var geoStyle: MapScene.Style {
        MapScene.Style(fontSize: 12, titleFontSize: 22, labelLimit: 110, seed: 1)
    }
}
