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
    /// The centre (in SVG coordinates, y down) of each municipality dot, by municipality code.
    static func dots(_ svg: String) throws -> [String: (x: Double, y: Double, diameter: Double)] {
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        var result: [String: (x: Double, y: Double, diameter: Double)] = [:]
        for group in MapGeometryTests.groups(document, classes: ["node", "municipality"]) {
            guard let id = MapGeometryTests.attribute(group, "id"), let ellipse = MapGeometryTests.children(group, "ellipse").first,
                  let cx = MapGeometryTests.attribute(ellipse, "cx").flatMap(Double.init),
                  let cy = MapGeometryTests.attribute(ellipse, "cy").flatMap(Double.init),
                  let rx = MapGeometryTests.attribute(ellipse, "rx").flatMap(Double.init) else { continue }
            result[id.replacingOccurrences(of: "node-municipality-", with: "")] = (cx, cy, 2 * rx)
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
          arguments: [MapSize.natural, .slide, .a4])
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

    @Test("hostile names and ä/ö/å on the maps of Finland, every size", arguments: [MapSize.natural, .slide, .a4])
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
