import Foundation
import Testing
import VerkostoModel
@testable import VerkostoRender

@Suite struct TransverseMercatorTests {
    /// JHS 197 appendix 3 (EUREF-FIN coordinate systems, worked example): 60.3851068722 N,
    /// 19.84813676944 E is E 106256.35961 m, N 6715706.37708 m in ETRS-TM35FIN.
    @Test func theJHS197WorkedExample() {
        let projected = TransverseMercator.tm35fin.project(GeoPoint(latitude: 60.3851068722, longitude: 19.84813676944))
        #expect(abs(projected.easting - 106_256.35961) < 0.001)
        #expect(abs(projected.northing - 6_715_706.37708) < 0.001)
    }

    /// Points computed by PROJ (pyproj, EPSG:4258 → EPSG:3067): Tests/Fixtures/make_tm35fin.py.
    @Test func agreesWithPROJToAMillimetre() throws {
        let url = MapAtlases.packageRoot.appendingPathComponent("Tests/Fixtures/tm35fin.csv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(rows.count == 6)
        for row in rows {
            let fields = row.split(separator: ",").map(String.init)
            let values = fields.dropFirst().compactMap(Double.init)
            try #require(values.count == 4, "\(row)")
            let projected = TransverseMercator.tm35fin.project(GeoPoint(latitude: values[0], longitude: values[1]))
            #expect(abs(projected.easting - values[2]) < 0.001, "\(fields[0]): easting \(projected.easting), PROJ \(values[2])")
            #expect(abs(projected.northing - values[3]) < 0.001, "\(fields[0]): northing \(projected.northing), PROJ \(values[3])")
        }
    }

    @Test func theCentralMeridianIsTheFalseEastingAndScaled() {
        // On the central meridian at the equator: E = 500 000, N = 0.
        let origin = TransverseMercator.tm35fin.project(GeoPoint(latitude: 0, longitude: 27))
        #expect(abs(origin.easting - 500_000) < 1e-6 && abs(origin.northing) < 1e-6)
        // Along the central meridian the northing is 0.9996 × the meridian arc. The GRS80 arc to
        // 60° N, integrating M(φ) = a(1 − e²) / (1 − e² sin²φ)^(3/2) numerically (midpoint rule,
        // 200 000 steps), is 6 654 072.819 m, so N = 6 651 411.190 m.
        let sixty = TransverseMercator.tm35fin.project(GeoPoint(latitude: 60, longitude: 27))
        #expect(abs(sixty.easting - 500_000) < 1e-6)
        #expect(abs(sixty.northing - 6_651_411.190) < 0.01)
    }
}
