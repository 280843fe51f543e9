import Foundation

/// An opaque sRGB colour, written as `#RRGGBB`.
///
/// Colours are validated values so that nothing but a hex triple ever reaches a
/// Graphviz `color` or an SVG `fill` attribute.
public struct Colour: Sendable, Hashable, Codable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#RRGGBB` or `RRGGBB` (case-insensitive); `nil` for anything else.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.first == "#" { digits = digits.dropFirst() }
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit),
              let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: UInt8((value >> 16) & 0xFF), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// `#RRGGBB` in upper case.
    public var hex: String {
        func two(_ v: UInt8) -> String {
            let s = String(v, radix: 16, uppercase: true)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + two(red) + two(green) + two(blue)
    }

    public var description: String { hex }

    /// Linear interpolation in sRGB between `self` (t = 0) and `other` (t = 1); `t` is clamped to 0...1.
    public func mixed(with other: Colour, _ t: Double) -> Colour {
        let t = min(1, max(0, t.isNaN ? 0 : t))
        func lerp(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * t).rounded())
        }
        return Colour(red: lerp(red, other.red), green: lerp(green, other.green), blue: lerp(blue, other.blue))
    }

    /// Relative luminance after WCAG 2.x (sRGB, D65), in 0...1.
    public var luminance: Double {
        func channel(_ v: UInt8) -> Double {
            let c = Double(v) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    public static let black = Colour(red: 0, green: 0, blue: 0)
    public static let white = Colour(red: 255, green: 255, blue: 255)
    /// Neutral grey for "other" or "unknown" categories.
    public static let grey = Colour(red: 0x99, green: 0x99, blue: 0x99)
    /// Dark grey for text and default edges.
    public static let darkGrey = Colour(red: 0x44, green: 0x44, blue: 0x44)
}

/// Colour-blind-safe categorical palettes.
public enum Palette {
    /// The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"): eight
    /// colours distinguishable under the common forms of colour-vision deficiency.
    /// Order: black, orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple.
    public static let okabeIto: [Colour] = [
        Colour(red: 0x00, green: 0x00, blue: 0x00),
        Colour(red: 0xE6, green: 0x9F, blue: 0x00),
        Colour(red: 0x56, green: 0xB4, blue: 0xE9),
        Colour(red: 0x00, green: 0x9E, blue: 0x73),
        Colour(red: 0xF0, green: 0xE4, blue: 0x42),
        Colour(red: 0x00, green: 0x72, blue: 0xB2),
        Colour(red: 0xD5, green: 0x5E, blue: 0x00),
        Colour(red: 0xCC, green: 0x79, blue: 0xA7),
    ]

    /// Okabe–Ito without black, for filling categories (such as sectors) behind dark text.
    public static let categorical: [Colour] = Array(okabeIto.dropFirst())

    /// The categorical colour for index `i`; indices past the palette get `Colour.grey`.
    public static func category(_ i: Int) -> Colour {
        i >= 0 && i < categorical.count ? categorical[i] : .grey
    }

    /// Light end of the sequential scale used by heatmaps (white).
    public static let sequentialLow = Colour(red: 0xF7, green: 0xFB, blue: 0xFF)
    /// Dark end of the sequential scale used by heatmaps (Okabe–Ito blue, darkened).
    public static let sequentialHigh = Colour(red: 0x08, green: 0x30, blue: 0x6B)
}
