import Foundation
import Testing
@testable import VerkostoModel

@Suite struct GeoPointTests {
    static func atlas(_ centres: [GeoPoint?]) -> Atlas {
        Atlas(metadata: [:], sectors: [], directions: [], regions: [Region(id: "01", name: LocalizedText(fi: "Uusimaa"))],
              municipalities: centres.enumerated().map { i, centre in
                  Municipality(id: String(format: "%03d", i), name: LocalizedText(fi: "K\(i)"), region: "01", type: .urban,
                               language: .fi, population: 1, centre: centre)
              },
              networks: [], organisations: [], memberships: [], networkDirections: [], collaborations: [])
    }

    @Test func rangesAreCheckedWhereTheValueIs() {
        let problems = Self.atlas([
            GeoPoint(latitude: 60.1712, longitude: 24.9326),  // Helsinki: fine
            GeoPoint(latitude: 90, longitude: -180),           // the limits are allowed
            GeoPoint(latitude: 90.5, longitude: 25),
            GeoPoint(latitude: 60, longitude: 180.01),
            GeoPoint(latitude: .nan, longitude: 25),
            nil,
        ]).validate()
        #expect(problems.map(\.row) == [2, 3, 4])
        #expect(problems.map(\.column) == ["latitude", "longitude", "latitude"])
        #expect(problems[0].message == "latitude 90.5 is outside −90…90 degrees")
        #expect(problems[1].message == "longitude 180.01 is outside −180…180 degrees")
        #expect(GeoPoint(latitude: 69.9079, longitude: 27.0261).isValid)
        #expect(!GeoPoint(latitude: -91, longitude: 0).isValid)
    }
}
