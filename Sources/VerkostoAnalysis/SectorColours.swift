import VerkostoModel

/// The colour of each sector, the same in every output: maps, charts and exported graph files.
///
/// Sectors take the Okabe–Ito palette without black (Okabe & Ito 2008), in the order of the
/// Atlas's sector table: the first sector orange, the second sky blue, and so on. Maps
/// (VerkostoRender's domain maps) and exported graph files (VerkostoExchange) both take sector
/// colours from here.
public enum SectorColours {
    /// Okabe–Ito without black, as `#RRGGBB`: orange, sky blue, bluish green, yellow, blue,
    /// vermillion, reddish purple.
    public static let hex: [String] = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]

    /// Neutral grey for organisations and for sectors past the seventh.
    public static let other = "#999999"

    /// The colour of the sector with `id`, by its position in `atlas.sectors`; grey when unknown.
    public static func hex(forSector id: String, in atlas: Atlas) -> String {
        guard let position = atlas.index.sector[id], position < hex.count else { return other }
        return hex[position]
    }

    /// The red, green and blue components (0–255) of a `#RRGGBB` colour.
    public static func components(_ hex: String) -> (red: Int, green: Int, blue: Int) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        let value = Int(digits, radix: 16) ?? 0x999999
        return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    }
}
