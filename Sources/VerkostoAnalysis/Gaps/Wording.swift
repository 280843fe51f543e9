import VerkostoModel

/// Numbers and group names as a manager reads them in Finnish, Swedish or English.
enum Wording {
    /// A share as a whole percentage: `34 %` in Finnish and Swedish, `34%` in English.
    static func percent(_ share: Double, _ language: Language) -> String {
        let value = Int((share * 100).rounded())
        return language == .en ? "\(value)%" : "\(value) %"
    }

    /// A number with two decimals, with a decimal comma in Finnish and Swedish.
    static func decimal(_ value: Double, _ language: Language) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100, fraction = abs(hundredths) % 100
        let separator = language == .en ? "." : ","
        return "\(sign)\(whole)\(separator)\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func municipalityType(_ key: String, _ language: Language) -> String {
        switch (key, language) {
        case ("urban", .fi): return "kaupunkimaiset kunnat"
        case ("urban", .sv): return "stadskommuner"
        case ("urban", .en): return "urban municipalities"
        case ("semi-urban", .fi): return "taajaan asutut kunnat"
        case ("semi-urban", .sv): return "tätortskommuner"
        case ("semi-urban", .en): return "semi-urban municipalities"
        case ("rural", .fi): return "maaseutumaiset kunnat"
        case ("rural", .sv): return "landsbygdskommuner"
        case ("rural", .en): return "rural municipalities"
        default: return key
        }
    }

    static func languageGroup(_ key: String, _ language: Language) -> String {
        switch (key, language) {
        case ("fi", .fi): return "suomenkieliset kunnat"
        case ("fi", .sv): return "finskspråkiga kommuner"
        case ("fi", .en): return "Finnish-speaking municipalities"
        case ("sv", .fi): return "ruotsinkieliset kunnat"
        case ("sv", .sv): return "svenskspråkiga kommuner"
        case ("sv", .en): return "Swedish-speaking municipalities"
        case ("bilingual", .fi): return "kaksikieliset kunnat"
        case ("bilingual", .sv): return "tvåspråkiga kommuner"
        case ("bilingual", .en): return "bilingual municipalities"
        default: return key
        }
    }

    /// "A, B ja C" / "A, B och C" / "A, B and C".
    static func list(_ items: [String], _ language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let and = language == .fi ? "ja" : language == .sv ? "och" : "and"
        return items.dropLast().joined(separator: ", ") + " \(and) " + items.last!
    }

    /// Picks the sentence for `language`.
    static func say(_ language: Language, fi: String, sv: String, en: String) -> String {
        switch language {
        case .fi: return fi
        case .sv: return sv
        case .en: return en
        }
    }
}
