import VerkostoAnalysis
import VerkostoModel
import VerkostoRender

/// The words of `diff` and `trend` in Finnish, Swedish and English.
struct ChangeText {
    let language: Language

    func t(_ fi: String, _ sv: String, _ en: String) -> String {
        switch language {
        case .fi: return fi
        case .sv: return sv
        case .en: return en
        }
    }

    /// A proportion as a whole percentage: 0.266 → "27 %".
    static func percent(_ share: Double?) -> String {
        guard let share else { return "–" }
        return "\(Int((share * 100).rounded())) %"
    }

    func municipalityType(_ key: String, plural: Bool = true) -> String {
        MapStrings(language).municipalityType(key)
    }

    /// The name of a headline indicator (one string table: ``MapStrings/indicatorName(_:atlas:)``).
    func indicator(_ indicator: Indicator, atlas: Atlas) -> String {
        MapStrings(language).indicatorName(indicator, atlas: atlas)
    }

    /// An indicator's value for people: shares as percentages, indices with two decimals.
    static func value(_ indicator: Indicator) -> String {
        guard let value = indicator.value else { return "–" }
        switch indicator.kind {
        case .count: return String(Int(value.rounded()))
        case .share: return percent(value)
        case .index: return String(format: "%.2f", value)
        }
    }

    func networkChange(_ change: AtlasDiff.NetworkChange) -> String {
        switch change {
        case .started: return t("alkoi", "började", "started")
        case .ended: return t("päättyi", "upphörde", "ended")
        case .startedAndEnded: return t("alkoi ja päättyi", "började och upphörde", "started and ended")
        }
    }

    func membershipChange(_ change: AtlasDiff.MembershipChange) -> String {
        switch change {
        case .joined: return t("liittyi", "anslöt sig", "joined")
        case .left: return t("erosi", "lämnade", "left")
        case .joinedAndLeft: return t("liittyi ja erosi", "anslöt sig och lämnade", "joined and left")
        }
    }

    /// Why a tie exists: shared members, collaborations, or both; and whether it crosses sectors.
    func tieReason(_ row: AtlasDiff.TieRow) -> String {
        var parts: [String] = []
        if row.sharedMembers > 0 {
            parts.append(t("yhteisiä jäseniä \(row.sharedMembers)", "gemensamma medlemmar \(row.sharedMembers)",
                           "shared members \(row.sharedMembers)"))
        }
        if row.collaborations > 0 {
            parts.append(t("yhteistyö \(row.collaborations)", "samarbete \(row.collaborations)", "collaboration \(row.collaborations)"))
        }
        if row.crossSector { parts.append(t("sektorirajan yli", "över sektorsgränsen", "cross-sector")) }
        return parts.joined(separator: "; ")
    }

    /// The plain-language summary of a diff: a few sentences a manager can read.
    func summary(_ diff: AtlasDiff, atlas: Atlas) -> [(key: String, sentence: String)] {
        var lines: [(String, String)] = []
        let (before, after) = (diff.before, diff.after)
        let started = diff.networks.filter { $0.change != .ended }.count
        let ended = diff.networks.filter { $0.change != .started }
        var networks = t("Aktiivisia verkostoja oli \(before.networksActive), nyt \(after.networksActive): \(started) alkoi ja \(ended.count) päättyi.",
                         "Aktiva nätverk var \(before.networksActive), nu \(after.networksActive): \(started) började och \(ended.count) upphörde.",
                         "Active networks went from \(before.networksActive) to \(after.networksActive): \(started) started and \(ended.count) ended.")
        if !ended.isEmpty, ended.count <= 3 {
            let names = ended.map { atlas.networks[$0.network].name.text(language) }.joined(separator: ", ")
            networks += " " + t("Päättyi: \(names).", "Upphörde: \(names).", "Ended: \(names).")
        }
        lines.append(("networks", networks))
        for succession in diff.successions {
            let (old, new) = (atlas.networks[succession.ended], atlas.networks[succession.started])
            let (oldName, newName) = (old.name.text(language), new.name.text(language))
            let (until, since) = (old.period.until!.description, new.period.since!.description)
            lines.append(("succession", t(
                "\(newName) (alkoi \(since)) jatkaa päättyneen verkoston työtä: \(oldName) päättyi \(until). Niillä on sama sektori ja pääsuunta.",
                "\(newName) (började \(since)) fortsätter arbetet i ett nätverk som upphört: \(oldName) upphörde \(until). De har samma sektor och huvudriktning.",
                "\(newName) (started \(since)) carries on the work of \(oldName), which ended \(until): same sector and main direction.")))
        }

        let (b, a) = (ChangeText.percent(before.crossSectorShare), ChangeText.percent(after.crossSectorShare))
        let (bp, ap) = (Int((before.crossSectorShare * 100).rounded()), Int((after.crossSectorShare * 100).rounded()))
        let counts = "(\(before.crossSectorTies) → \(after.crossSectorTies) " + t("yhteyttä", "band", "ties") + ")"
        let share: String
        if ap > bp {
            share = t("Sektorirajat ylittävien yhteyksien osuus kasvoi \(b):sta \(a):iin", "Andelen sektorsöverskridande band ökade från \(b) till \(a)",
                      "The share of cross-sector ties rose from \(b) to \(a)")
        } else if ap < bp {
            share = t("Sektorirajat ylittävien yhteyksien osuus laski \(b):sta \(a):iin", "Andelen sektorsöverskridande band minskade från \(b) till \(a)",
                      "The share of cross-sector ties fell from \(b) to \(a)")
        } else {
            share = t("Sektorirajat ylittävien yhteyksien osuus pysyi \(a):ssa", "Andelen sektorsöverskridande band låg kvar på \(a)",
                      "The share of cross-sector ties stayed at \(a)")
        }
        lines.append(("cross_sector_share", share + " " + counts + "."))

        let types = [MunicipalityType.rural, .semiUrban, .urban]
        let parts = types.map { type -> String in
            let (x, y) = (before.coverage(type)?.share, after.coverage(type)?.share)
            return "\(ChangeText.percent(x)) → \(ChangeText.percent(y))"
        }
        lines.append(("coverage", t(
            "Johtamisverkostot tavoittivat maaseutumaisista kunnista \(parts[0]), taajaan asutuista \(parts[1]) ja kaupunkimaisista \(parts[2]).",
            "Ledarskapsnätverken nådde \(parts[0]) av landsbygdskommunerna, \(parts[1]) av tätortskommunerna och \(parts[2]) av stadskommunerna.",
            "Leadership networks reached \(parts[0]) of rural municipalities, \(parts[1]) of semi-urban and \(parts[2]) of urban ones.")))
        if let rural = after.coverage(.rural)?.share, let urban = after.coverage(.urban)?.share, rural < urban {
            let ruralBefore = before.coverage(.rural)?.share ?? 0
            lines.append(("coverage_gap", rural > ruralBefore
                ? t("Maaseutumaiset kunnat kirivät, mutta ovat yhä jäljessä kaupunkimaisista.",
                    "Landsbygdskommunerna knappade in men ligger fortfarande efter stadskommunerna.",
                    "Rural municipalities caught up in part but still lag behind urban ones.")
                : t("Maaseutumaiset kunnat ovat yhä jäljessä kaupunkimaisista.",
                    "Landsbygdskommunerna ligger fortfarande efter stadskommunerna.",
                    "Rural municipalities still lag behind urban ones.")))
        }

        let joined = diff.memberships.filter { $0.change == .joined }.count
        let left = diff.memberships.filter { $0.change == .left }
        let leftWithNetwork = left.filter(\.withNetwork).count
        let brief = diff.memberships.filter { $0.change == .joinedAndLeft }.count
        lines.append(("memberships", t(
            "Organisaatioiden jäsenyyksiä verkostoissa alkoi \(joined) ja päättyi \(left.count) (\(leftWithNetwork) verkoston päättyessä); lisäksi \(brief) jäsenyyttä alkoi ja päättyi jakson aikana.",
            "\(joined) medlemskap i nätverk började och \(left.count) upphörde (\(leftWithNetwork) när nätverket upphörde); dessutom började och upphörde \(brief) medlemskap under perioden.",
            "\(joined) memberships began and \(left.count) ended (\(leftWithNetwork) with their network); another \(brief) began and ended within the period.")))

        let gained = diff.ties.filter(\.gained).count, lost = diff.ties.count - gained
        lines.append(("ties", t("Verkostojen välisiä yhteyksiä syntyi \(gained) ja katosi \(lost).",
                                "\(gained) band mellan nätverk tillkom och \(lost) försvann.",
                                "\(gained) ties between networks appeared and \(lost) disappeared.")))
        lines.append(("gaps", t(
            "Suuntakatveita (sama kehittämissuunta, ei yhteyttä) oli \(before.directionGaps), nyt \(after.directionGaps); erillisiä verkostoja \(before.isolatedNetworks) → \(after.isolatedNetworks).",
            "Riktningsluckor (samma utvecklingsriktning, inget band): \(before.directionGaps) → \(after.directionGaps); isolerade nätverk: \(before.isolatedNetworks) → \(after.isolatedNetworks).",
            "Direction gaps (same direction, no tie): \(before.directionGaps) → \(after.directionGaps); isolated networks: \(before.isolatedNetworks) → \(after.isolatedNetworks).")))
        return lines.map { (key: $0.0, sentence: $0.1) }
    }
}
