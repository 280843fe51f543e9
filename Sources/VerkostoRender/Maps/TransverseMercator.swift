import Foundation
import VerkostoModel

/// The transverse Mercator projection of an ellipsoid, by Krüger's series to the fourth order
/// in the third flattening *n*, in the form of the Finnish public-administration recommendation
/// JHS 154 (appendix 1) and Karney (2011), "Transverse Mercator with an accuracy of a few
/// nanometers", J. Geodesy 85, eqs. (7)–(11). Conformal: angles, and so the shapes of small
/// areas, are kept.
///
/// Within Finland (3° either side of the central meridian and more) the series is accurate to
/// well under a millimetre; that is far beyond what a map needs, and is what the tests check
/// against the JHS 197 worked example and PROJ.
public struct TransverseMercator: Sendable, Hashable {
    /// The ellipsoid's semi-major axis in metres.
    public let semiMajorAxis: Double
    /// The ellipsoid's flattening.
    public let flattening: Double
    /// The central meridian in degrees east.
    public let centralMeridian: Double
    /// The scale on the central meridian.
    public let scale: Double
    /// Metres added to every easting.
    public let falseEasting: Double
    /// Metres added to every northing.
    public let falseNorthing: Double

    /// EUREF-FIN / ETRS-TM35FIN (EPSG:3067), Finland's national map projection: GRS80,
    /// central meridian 27° E, scale 0.9996, false easting 500,000 m.
    public static let tm35fin = TransverseMercator(semiMajorAxis: 6_378_137, flattening: 1 / 298.257222101,
                                                   centralMeridian: 27, scale: 0.9996, falseEasting: 500_000, falseNorthing: 0)

    public init(semiMajorAxis: Double, flattening: Double, centralMeridian: Double, scale: Double,
                falseEasting: Double, falseNorthing: Double) {
        self.semiMajorAxis = semiMajorAxis
        self.flattening = flattening
        self.centralMeridian = centralMeridian
        self.scale = scale
        self.falseEasting = falseEasting
        self.falseNorthing = falseNorthing
    }

    /// Easting and northing in metres.
    public struct Projected: Sendable, Hashable {
        public var easting: Double
        public var northing: Double
    }

    /// Projects `point` (degrees) to easting and northing in metres.
    /// - Complexity: O(1).
    public func project(_ point: GeoPoint) -> Projected {
        let f = flattening
        let n = f / (2 - f)
        let n2 = n * n, n3 = n2 * n, n4 = n3 * n
        let e = (f * (2 - f)).squareRoot()
        // The rectifying radius A (the meridian's length / 2π), JHS 154's A1.
        let a1 = semiMajorAxis / (1 + n) * (1 + n2 / 4 + n4 / 64)
        // Krüger's coefficients h'_1…h'_4 (Karney's α_1…α_4).
        let h: [Double] = [
            n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180,
            13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440,
            61 * n3 / 240 - 103 * n4 / 140,
            49561 * n4 / 161280,
        ]
        let phi = point.latitude * .pi / 180
        let lambda = (point.longitude - centralMeridian) * .pi / 180
        // Conformal latitude β through the isometric latitude Q = asinh(tan φ) − e·atanh(e sin φ).
        let q = asinh(tan(phi)) - e * atanh(e * sin(phi))
        let beta = atan(sinh(q))
        // Coordinates on the sphere (Gauss–Schreiber), then Krüger's series.
        let etaPrime = atanh(cos(beta) * sin(lambda))
        let xiPrime = asin(sin(beta) * cosh(etaPrime))
        var xi = xiPrime, eta = etaPrime
        for (j, coefficient) in h.enumerated() {
            let k = Double(2 * (j + 1))
            xi += coefficient * sin(k * xiPrime) * cosh(k * etaPrime)
            eta += coefficient * cos(k * xiPrime) * sinh(k * etaPrime)
        }
        return Projected(easting: falseEasting + scale * a1 * eta, northing: falseNorthing + scale * a1 * xi)
    }
}
