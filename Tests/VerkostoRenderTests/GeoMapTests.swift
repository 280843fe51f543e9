import Foundation
import FoundationXML
import Testing
import VerkostoAnalysis
import VerkostoModel
import VerkostoSupport
@testable import VerkostoRender

/// The maps of Finland: coverage by municipality, and where one network's members are.
@Suite("Maps of Finland")
struct GeoMapTests {
    /// The transform of the drawing (Graphviz's `graph0` group) in `document`.
    static func drawingTransform(_ document: XMLDocument) -> SVGGeometry.Affine {
        let graph = MapGeometryTests.groups(document, classes: ["graph"]).first
        return SVGGeometry.Affine.parse(graph.flatMap { MapGeometryTests.attribute($0, "transform") } ?? "")
    }

    /// The centre (on the page, y down) and diameter of each municipality dot, by municipality code.
    static func dots(_ svg: String) throws -> [String: (x: Double, y: Double, diameter: Double)] {
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        let transform = drawingTransform(document)
        var result: [String: (x: Double, y: Double, diameter: Double)] = [:]
        for group in MapGeometryTests.groups(document, classes: ["node", "municipality"]) {
            guard let id = MapGeometryTests.attribute(group, "id"), let ellipse = MapGeometryTests.children(group, "ellipse").first,
                  let cx = MapGeometryTests.attribute(ellipse, "cx").flatMap(Double.init),
                  let cy = MapGeometryTests.attribute(ellipse, "cy").flatMap(Double.init),
                  let rx = MapGeometryTests.attribute(ellipse, "rx").flatMap(Double.init) else { continue }
            let (x, y) = transform.apply(cx, cy)
            result[id.replacingOccurrences(of: "node-municipality-", with: "")] = (x, y, 2 * rx * transform.scale)
        }
        return result
    }

    /// The region of each municipality dot, from its `region-XX` class.
    static func dotRegions(_ svg: String) throws -> [String: String] {
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        var result: [String: String] = [:]
        for group in MapGeometryTests.groups(document, classes: ["node", "municipality"]) {
            guard let id = MapGeometryTests.attribute(group, "id"),
                  let region = (MapGeometryTests.attribute(group, "class") ?? "").split(separator: " ")
                    .first(where: { $0.hasPrefix("region-") }) else { continue }
            result[id.replacingOccurrences(of: "node-municipality-", with: "")] = String(region.dropFirst("region-".count))
        }
        return result
    }

    /// Each region name's band (the box behind its text) on the page, by region code.
    static func names(_ svg: String) throws -> [String: (minX: Double, minY: Double, maxX: Double, maxY: Double)] {
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        let transform = drawingTransform(document)
        var result: [String: (minX: Double, minY: Double, maxX: Double, maxY: Double)] = [:]
        for group in MapGeometryTests.groups(document, classes: ["node", "region-name"]) {
            guard let id = MapGeometryTests.attribute(group, "id"), let polygon = MapGeometryTests.children(group, "polygon").first else { continue }
            let values = (MapGeometryTests.attribute(polygon, "points") ?? "").split(whereSeparator: { $0 == " " || $0 == "," })
                .compactMap { Double($0) }
            let points = stride(from: 0, to: values.count - 1, by: 2).map { transform.apply(values[$0], values[$0 + 1]) }
            guard !points.isEmpty else { continue }
            result[id.replacingOccurrences(of: "node-region-", with: "")] =
                (points.map(\.0).min()!, points.map(\.1).min()!, points.map(\.0).max()!, points.map(\.1).max()!)
        }
        return result
    }

    static func render(_ kind: MapKind, network: String? = nil, size: MapSize = .natural, language: Language = .fi) throws -> String {
        let atlas = try MapAtlases.oph.get()
        return String(decoding: try DomainMap.render(kind, atlas: atlas, network: network,
                                                     options: MapOptions(language: language, size: size, geo: true), format: .svg),
                      as: UTF8.self)
    }

    @Test("Helsinki is south of Oulu and west of Joensuu, Utsjoki is the northernmost dot, one dot per municipality in scope",
          arguments: [MapSize.natural, .slide, .a4, .a4Landscape])
    func coverageGeography(_ size: MapSize) throws {
        guard Fixtures.requireGraphviz() else { return }
        let svg = try Self.render(.coverage, size: size)
        let dots = try Self.dots(svg)
        let helsinki = try #require(dots["091"]), oulu = try #require(dots["564"]), joensuu = try #require(dots["167"])
        // SVG y grows downwards: south is a larger y.
        #expect(helsinki.y > oulu.y)
        #expect(helsinki.x < joensuu.x)
        let northernmost = try #require(dots.min { $0.value.y < $1.value.y })
        #expect(northernmost.key == "890", "Utsjoki (890) should be the northernmost dot, not \(northernmost.key)")
        // Every municipality in scope that has a centre, once (Data/oph gives all 308 a centre).
        let atlas = try MapAtlases.oph.get()
        let inScope = atlas.municipalities.filter { DomainMap.inScope($0, in: atlas) && $0.centre != nil }
        #expect(dots.count == inScope.count)
        #expect(Set(dots.keys) == Set(inScope.map(\.id)))
        #expect(atlas.municipalities.allSatisfy { $0.centre != nil })
    }

    /// Data/oph's municipality codes in OPH's scope and outside it, read from its CSV files rather
    /// than through the Atlas: outside are the municipalities whose region (regions.csv) or whose own
    /// row (municipalities.csv) has `in_scope` 0; without the column, everything is in scope.
    static func ophScope() throws -> (inside: Set<String>, outside: Set<String>) {
        let folder = MapAtlases.packageRoot.appendingPathComponent("Data/oph")
        func rows(_ file: String) throws -> [[String: String]] {
            let lines = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(whereSeparator: \.isNewline)
            let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return lines.dropFirst().map { line in
                Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
            }
        }
        func outside(_ row: [String: String]) -> Bool { ["0", "false", "no"].contains(row["in_scope"]?.lowercased() ?? "") }
        let regionsOutside = Set(try rows("regions.csv").filter(outside).compactMap { $0["code"] })
        var inside = Set<String>(), out = Set<String>()
        for row in try rows("municipalities.csv") {
            guard let code = row["code"], let region = row["region"] else { continue }
            if regionsOutside.contains(region) || outside(row) { out.insert(code) } else { inside.insert(code) }
        }
        return (inside, out)
    }

    @Test("the number of dots equals the municipalities in OPH's scope, as Data/oph's files mark it (Åland outside)",
          arguments: [MapKind.coverage, .ego])
    func dotsInScope(_ kind: MapKind) throws {
        guard Fixtures.requireGraphviz() else { return }
        let scope = try Self.ophScope()
        #expect(scope.inside.count + scope.outside.count == 308)
        let dots = try Self.dots(try Self.render(kind, network: kind == .ego ? "johtamisen-oppiva-yhteiso" : nil))
        #expect(dots.count == scope.inside.count)
        #expect(Set(dots.keys) == scope.inside)
        #expect(scope.outside.isDisjoint(with: dots.keys), "a municipality outside the scope is drawn")
    }

    @Test("dots are dark where the leadership networks reach, with the counts of the coverage analysis")
    func reach() throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = try MapAtlases.oph.get()
        let scene = try DomainMap.coverageGeo(atlas)
        let reached = Set(scene.nodes.filter { $0.classes.contains("reached") }.map(\.id))
        // Independently: the municipalities of active members of networks on the leadership direction.
        let leadership = Set(atlas.networkDirections.filter { $0.direction == "leadership" }.map(\.network))
        let places = Set(atlas.memberships.filter { leadership.contains($0.network) && atlas.network($0.network) != nil }
            .compactMap { atlas.organisation($0.organisation)?.municipality })
        #expect(reached == Set(places.map { "municipality-\($0)" }))
        #expect(scene.nodes.filter { $0.classes.contains("reached") }.allSatisfy { $0.fill == DomainMap.reachedFill })
        #expect(scene.subtitle?.contains("\(places.count)/308 kuntaa tavoitettu") == true)
        // Region names, one per region, drawn after the dots.
        let regions = scene.nodes.filter { $0.classes.contains("region-name") }
        #expect(regions.count == atlas.regions.count)
        #expect(scene.nodes.lastIndex { $0.classes.contains("municipality") }! < scene.nodes.firstIndex { $0.classes.contains("region-name") }!)
        // Uusimaa's name sits at the mean of its municipalities' positions, which is south of Lappi's.
        let uusimaa = try #require(regions.first { $0.id == "region-01" }?.position)
        let lappi = try #require(regions.first { $0.id == "region-19" }?.position)
        #expect(uusimaa.y < lappi.y)
    }

    @Test("dot areas follow population above the smallest size, as the legend says")
    func populationAreas() throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = try MapAtlases.oph.get()
        let dots = try Self.dots(try Self.render(.coverage))
        let helsinki = try #require(dots["091"]).diameter
        // Helsinki is the largest (674,500): the largest dot, half an inch.
        #expect(abs(helsinki - 36) <= 0.51)
        for municipality in atlas.municipalities where municipality.population > 10_000 {
            let expected = 36 * (Double(municipality.population) / 674_500).squareRoot()
            let drawn = try #require(dots[municipality.id]).diameter
            // Graphviz draws node sizes in whole points.
            #expect(abs(drawn - expected) <= 0.51, "\(municipality.name.fi): \(drawn) pt, area rule \(expected) pt")
        }
        // The smallest municipalities are drawn at the 3-point minimum.
        let sottunga = try #require(dots["766"]).diameter
        #expect(abs(sottunga - 3) <= 0.51)
    }

    @Test("the members map: a dot sized by member count where the network has members, grey dots elsewhere")
    func members() throws {
        guard Fixtures.requireGraphviz() else { return }
        let atlas = try MapAtlases.oph.get()
        let id = "johtamisen-oppiva-yhteiso"
        let svg = try Self.render(.ego, network: id)
        let dots = try Self.dots(svg)
        #expect(dots.count == 308)
        var count: [String: Int] = [:]
        for organisation in Set(atlas.memberships.filter { $0.network == id }.map(\.organisation)) {
            count[atlas.organisation(organisation)!.municipality, default: 0] += 1
        }
        let largest = count.values.max()!
        for (municipality, members) in count {
            let expected = max(3, 0.45 * 72 * (Double(members) / Double(largest)).squareRoot())
            #expect(abs(dots[municipality]!.diameter - expected) <= 0.51, "\(municipality)")
        }
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        #expect(MapGeometryTests.groups(document, classes: ["municipality", "members"]).count == count.count)
        let text = Fixtures.allText(document)
        #expect(text.contains("Johtamisen oppiva yhteisö: jäsenten sijainti"))
        #expect(text.contains("\(count.values.reduce(0, +)) jäsenorganisaatiota \(count.count) kunnassa"))
        #expect(text.contains("projektio ETRS-TM35FIN"))
    }

    @Test("errors: --geo on a map without a geographic form, a data set without centres, an unknown network")
    func errors() throws {
        let tiny = MapAtlases.tiny()
        #expect(throws: MapError.notGeographic(.overview)) { try DomainMap.scene(.overview, atlas: tiny, options: MapOptions(geo: true)) }
        #expect(throws: MapError.unknownNetwork("x")) { try DomainMap.scene(.ego, atlas: tiny, network: "x", options: MapOptions(geo: true)) }
        let bare = Atlas(metadata: tiny.metadata, sectors: tiny.sectors, directions: tiny.directions, regions: tiny.regions,
                         municipalities: tiny.municipalities.map {
                             Municipality(id: $0.id, name: $0.name, region: $0.region, type: $0.type, language: $0.language,
                                          population: $0.population)
                         },
                         networks: tiny.networks, organisations: tiny.organisations, memberships: tiny.memberships,
                         networkDirections: tiny.networkDirections, collaborations: tiny.collaborations)
        #expect(throws: MapError.noCoordinates) { try DomainMap.coverageGeo(bare) }
        #expect(MapError.noCoordinates.description.contains("latitude and longitude"))
    }

    @Test("on a page the map of Finland takes the height, with the title, subtitle, legend and source beside it",
          arguments: [MapSize.slide, .a4Landscape, .a4])
    func fillsThePage(_ size: MapSize) throws {
        guard Fixtures.requireGraphviz() else { return }
        let frame = try #require(size.frame)
        for (kind, network) in [(MapKind.coverage, nil), (.ego, "johtamisen-oppiva-yhteiso")] as [(MapKind, String?)] {
            let svg = try Self.render(kind, network: network, size: size)
            let dots = try Self.dots(svg).values
            let top = dots.map { $0.y - $0.diameter / 2 }.min()!, bottom = dots.map { $0.y + $0.diameter / 2 }.max()!
            let east = dots.map { $0.x + $0.diameter / 2 }.max()!
            let usable = frame.height - 2 * frame.margin
            // Landscape pages: the whole height between the margins (Lappi's north to Hanko's
            // south), so the captions go beside the map; portrait A4: the page's width is the
            // limit, with the legend beside the map and the title above it.
            let share = (bottom - top) / usable
            #expect(share >= (frame.legendBelow ? 0.8 : 0.97), "\(kind) on \(size.rawValue): \(share) of the height")
            let document = try XMLDocument(data: Data(svg.utf8), options: [])
            let legend = MapGeometryTests.groups(document, classes: ["legend"])
            #expect(!legend.isEmpty)
            // Everything of the legend (its labels, marks and frame) lies right of the map.
            for element in legend.flatMap({ MapGeometryTests.children($0, "text") + MapGeometryTests.children($0, "ellipse") }) {
                let x = MapGeometryTests.attribute(element, "x") ?? MapGeometryTests.attribute(element, "cx")
                let position = Self.drawingTransform(document).apply(x.flatMap(Double.init) ?? 0, 0).0
                #expect(position > east, "\(kind) on \(size.rawValue): legend at \(position), the map reaches \(east)")
            }
            if !frame.legendBelow {
                for caption in MapGeometryTests.groups(document, classes: ["caption"]) {
                    for text in MapGeometryTests.children(caption, "text") {
                        let x = MapGeometryTests.attribute(text, "x").flatMap(Double.init) ?? 0
                        #expect(Self.drawingTransform(document).apply(x, 0).0 > east,
                                "\(kind) on \(size.rawValue): caption \(text.stringValue ?? "") over the map")
                    }
                }
            }
        }
    }

    @Test("region names: at their regions, never on each other, and off the dots where there is room",
          arguments: [MapSize.natural, .slide, .a4Landscape, .a4])
    func regionNames(_ size: MapSize) throws {
        guard Fixtures.requireGraphviz() else { return }
        for (kind, network) in [(MapKind.coverage, nil), (.ego, "johtamisen-oppiva-yhteiso")] as [(MapKind, String?)] {
            let svg = try Self.render(kind, network: network, size: size)
            let dots = try Self.dots(svg), regions = try Self.dotRegions(svg), names = try Self.names(svg)
            #expect(names.count == 19, "\(kind) on \(size.rawValue)")
            let boxes = names.sorted { $0.key < $1.key }
            for (i, a) in boxes.enumerated() {
                for b in boxes[(i + 1)...] {
                    let apart = a.value.maxX <= b.value.minX || b.value.maxX <= a.value.minX
                        || a.value.maxY <= b.value.minY || b.value.maxY <= a.value.minY
                    #expect(apart, "\(kind) on \(size.rawValue): \(a.key) and \(b.key) overlap")
                }
                // Near its region: the name's centre is at most half its width sideways and
                // two and a half of its heights up or down from the mean of its region's dots (give
                // or take the point of air around a name and Graphviz's rounding).
                let members = dots.filter { regions[$0.key] == a.key }.map(\.value)
                let meanX = members.map(\.x).reduce(0, +) / Double(members.count)
                let meanY = members.map(\.y).reduce(0, +) / Double(members.count)
                let (width, height) = (a.value.maxX - a.value.minX, a.value.maxY - a.value.minY)
                #expect(abs((a.value.minX + a.value.maxX) / 2 - meanX) <= width / 2 + 2, "\(kind) \(a.key)")
                #expect(abs((a.value.minY + a.value.maxY) / 2 - meanY) <= height * 2.5 + 2, "\(kind) \(a.key)")
            }
            // Dots (308) that a name's band reaches into: at their anchors the names reach over
            // a hundred; placed, fewer than one in ten.
            let covered = dots.values.filter { dot in
                names.values.contains { box in
                    let nx = min(max(dot.x, box.minX), box.maxX), ny = min(max(dot.y, box.minY), box.maxY)
                    return (nx - dot.x) * (nx - dot.x) + (ny - dot.y) * (ny - dot.y) < dot.diameter * dot.diameter / 4
                }
            }.count
            #expect(covered < dots.count / 10, "\(kind) on \(size.rawValue): \(covered) dots under names")
            // Readable on a slide shown 1,920 px wide: at least 15 px (7.5 pt of 960).
            if size == .slide {
                let document = try XMLDocument(data: Data(svg.utf8), options: [])
                for group in MapGeometryTests.groups(document, classes: ["region-name"]) {
                    let text = try #require(MapGeometryTests.children(group, "text").first)
                    let points = try #require(MapGeometryTests.attribute(text, "font-size").flatMap(Double.init))
                    #expect(points * Self.drawingTransform(document).scale * 2 >= 15)
                }
            }
        }
    }

    @Test("hostile names and ä/ö/å on the maps of Finland, every size", arguments: [MapSize.natural, .slide, .a4, .a4Landscape])
    func hostile(_ size: MapSize) throws {
        guard Fixtures.requireGraphviz() else { return }
        for (kind, network) in [(MapKind.coverage, nil), (.ego, "cera")] as [(MapKind, String?)] {
            let svg = String(decoding: try DomainMap.render(kind, atlas: MapAtlases.hostile, network: network,
                                                            options: MapOptions(size: size, geo: true), format: .svg), as: UTF8.self)
            guard let document = Fixtures.parseXML(svg) else { return }
            #expect(!svg.lowercased().contains("<script"))
            #expect(!Fixtures.attributes(document).contains { $0.0.lowercased().hasPrefix("on") })
            let text = Fixtures.allText(document)
            #expect(text.contains("Äänekoski") && text.contains("Föglö"), "\(kind)")
            if let frame = size.frame {
                let geometry = try SVGGeometry(svg)
                #expect(abs(geometry.viewBox.width - frame.width) < 0.01)
                #expect(geometry.outside().points == 0)
            }
        }
    }
}
