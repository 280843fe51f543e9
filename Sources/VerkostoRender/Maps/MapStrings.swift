import VerkostoAnalysis
import VerkostoGraph
import VerkostoModel

/// Every user-visible string of the domain maps, in Finnish, Swedish and English (Finnish first).
///
/// One table for all maps, so that the HTML report can reuse the same wording. Names that
/// come from the data (networks, sectors, directions, regions) are not here: they come
/// from the Atlas in the chosen language.
public struct MapStrings: Sendable, Hashable {
    public let language: Language

    public init(_ language: Language = .fi) {
        self.language = language
    }

    /// The text for the current language from the three translations.
    func pick(_ fi: String, _ sv: String, _ en: String) -> String {
        switch language {
        case .fi: return fi
        case .sv: return sv
        case .en: return en
        }
    }

    // MARK: Titles

    public var overviewTitle: String { pick("OPH:n kehittämisverkostot", "Utbildningsstyrelsens utvecklingsnätverk", "EDUFI development networks") }
    public func egoTitle(_ network: String) -> String { pick("\(network): jäsenet ja yhteydet", "\(network): medlemmar och kontakter", "\(network): members and ties") }
    public var directionsTitle: String { pick("Verkostot ja kehittämissuunnat", "Nätverk och utvecklingsriktningar", "Networks and development directions") }
    public var sectorsTitle: String { pick("Sektorien väliset yhteydet", "Samband mellan sektorerna", "Ties between sectors") }
    public var gapsTitle: String { pick("Yhteistyön aukot ja välittäjät", "Luckor i samarbetet och mellanhänder", "Collaboration gaps and brokers") }
    public var coverageTitle: String { pick("Johtamisverkostojen kattavuus maakunnittain", "Ledarskapsnätverkens täckning per landskap", "Reach of the leadership networks by region") }
    public var trendTitle: String { pick("Verkostojen kehitys", "Nätverkens utveckling", "How the networks developed") }
    public var heatmapTitle: String { pick("Verkostojen päällekkäisyys", "Nätverkens överlappning", "Overlap between networks") }

    // MARK: Captions

    /// A day as the captions write it: "29.11.2026" in Finnish and Swedish, ISO 8601 in English.
    func date(_ day: Day) -> String {
        language == .en ? "\(day)" : "\(day.day).\(day.month).\(day.year)"
    }

    /// "Tilanne 29.11.2026" and the like.
    public func snapshot(_ day: Day) -> String {
        pick("Tilanne \(date(day))", "Läget \(date(day))", "As of \(date(day))")
    }

    /// The caption of a trend chart: "5 tilannetta 31.12.2022–1.11.2026".
    public func snapshotRange(from: Day, to: Day, count: Int) -> String {
        let range = from == to ? date(from) : language == .en ? "\(date(from)) to \(date(to))" : "\(date(from))–\(date(to))"
        switch (language, count) {
        case (.fi, 1): return "1 tilanne \(range)"
        case (.fi, _): return "\(count) tilannetta \(range)"
        case (.sv, 1): return "1 tidpunkt \(range)"
        case (.sv, _): return "\(count) tidpunkter \(range)"
        case (.en, 1): return "1 snapshot, \(range)"
        case (.en, _): return "\(count) snapshots, \(range)"
        }
    }
    public func counts(networks: Int, organisations: Int) -> String {
        pick("\(networks) verkostoa, \(organisations) jäsenorganisaatiota",
             "\(networks) nätverk, \(organisations) medlemsorganisationer",
             "\(networks) networks, \(organisations) member organisations")
    }
    public func source(_ text: String) -> String { pick("Lähde: \(text)", "Källa: \(text)", "Source: \(text)") }
    public func hiddenEdges(below minimum: String) -> String {
        pick("ohuimmat yhteydet (alle \(minimum)) piilotettu", "de svagaste banden (under \(minimum)) dolda",
             "weakest ties (below \(minimum)) hidden")
    }
    public var legend: String { pick("Selite", "Teckenförklaring", "Legend") }
    public var sector: String { pick("Sektori", "Sektor", "Sector") }
    public var members: String { pick("Jäsenorganisaatioita", "Medlemsorganisationer", "Member organisations") }
    public var networks: String { pick("Verkostot", "Nätverk", "Networks") }
    public var otherNetworks: String { pick("Muut verkostot", "Andra nätverk", "Other networks") }
    public var organisationKind: String { pick("Organisaation tyyppi", "Typ av organisation", "Kind of organisation") }
    public var region: String { pick("Maakunta", "Landskap", "Region") }

    /// The title of an edge scale for a weighting.
    public func tieWeight(_ weighting: ProjectionWeighting, ties: NetworkTies) -> String {
        switch (weighting, ties) {
        case (_, .collaborations): return pick("Yhteistyöt", "Samarbeten", "Collaborations")
        case (.count, .members): return pick("Yhteisiä jäseniä", "Gemensamma medlemmar", "Shared members")
        case (.count, _): return pick("Yhteiset jäsenet + yhteistyöt", "Gemensamma medlemmar + samarbeten", "Shared members + collaborations")
        case (.jaccard, _): return pick("Päällekkäisyys (Jaccard)", "Överlappning (Jaccard)", "Overlap (Jaccard)")
        case (.overlap, _): return pick("Päällekkäisyys (pienempään verkostoon)", "Överlappning (mot det mindre nätverket)", "Overlap (of the smaller network)")
        case (.newman, _): return pick("Yhteistyöpaino (Newman)", "Samarbetsvikt (Newman)", "Collaboration weight (Newman)")
        }
    }

    // MARK: Ego

    public var focusNetwork: String { pick("Tarkasteltava verkosto", "Nätverket i fokus", "Network in focus") }
    public var coordinator: String { pick("Koordinaattori", "Koordinator", "Coordinator") }
    public var membership: String { pick("Jäsenyys", "Medlemskap", "Membership") }
    public var alsoMemberOf: String { pick("Jäsen myös tässä verkostossa", "Medlem även i detta nätverk", "Also a member of this network") }
    public func sharedWith(_ count: Int) -> String { pick("\(count) yhteistä", "\(count) gemensamma", "\(count) shared") }
    public func moreMembers(_ count: Int) -> String { pick("+ \(count) muuta", "+ \(count) andra", "+ \(count) more") }

    public func kind(_ kind: OrganisationKind) -> String {
        switch kind {
        case .municipality: return pick("Kunta järjestäjänä", "Kommun som anordnare", "Municipality as provider")
        case .school: return pick("Koulu", "Skola", "School")
        case .earlyChildhoodUnit: return pick("Varhaiskasvatusyksikkö", "Enhet för småbarnspedagogik", "ECEC unit")
        case .upperSecondary: return pick("Lukio", "Gymnasium", "Upper secondary school")
        case .vocational: return pick("Ammatillinen oppilaitos", "Yrkesläroanstalt", "Vocational institution")
        case .higherEducation: return pick("Korkeakoulu", "Högskola", "Higher education institution")
        case .adultEducation: return pick("Vapaan sivistystyön oppilaitos", "Läroanstalt för fritt bildningsarbete", "Liberal adult education institution")
        case .artsSchool: return pick("Taiteen perusopetuksen oppilaitos", "Läroanstalt för grundläggande konstundervisning", "Arts school")
        case .association: return pick("Järjestö tai säätiö", "Förening eller stiftelse", "Association or foundation")
        case .regionalBody: return pick("Alueellinen toimija", "Regional aktör", "Regional body")
        }
    }

    // MARK: Directions

    public var direction: String { pick("Kehittämissuunta", "Utvecklingsriktning", "Development direction") }
    public func priority(_ priority: Int) -> String {
        switch priority {
        case ...1: return pick("Pääsuunta", "Huvudriktning", "Main direction")
        case 2: return pick("Tärkeä suunta", "Viktig riktning", "Important direction")
        default: return pick("Tukeva suunta", "Stödjande riktning", "Supporting direction")
        }
    }

    // MARK: Sectors

    public func networkCount(_ count: Int) -> String { pick("\(count) verkostoa", "\(count) nätverk", "\(count) networks") }
    public func internalTies(_ count: Int) -> String { pick("\(count) sisäistä yhteyttä", "\(count) interna band", "\(count) internal ties") }
    public var tieCount: String { pick("Verkostojen välisiä yhteyksiä", "Band mellan nätverk", "Ties between networks") }
    public func crossSectorShare(_ share: Double) -> String {
        pick("Sektorirajat ylittäviä yhteyksiä \(percent(share))", "Sektorsövergripande band \(percent(share))",
             "Cross-sector ties \(percent(share))")
    }
    public var networksInSector: String { pick("Verkostoja sektorilla", "Nätverk i sektorn", "Networks in the sector") }

    // MARK: Gaps

    public var directionGap: String { pick("Sama kehittämissuunta, ei yhteyttä", "Samma utvecklingsriktning, ingen kontakt", "Same direction, no tie") }
    public var hangingNetwork: String { pick("Yhteydet yhden organisaation varassa", "Banden hänger på en organisation", "Ties rest on one organisation") }
    public var cutOffNetwork: String { pick("Irtoaa, jos välittäjä lähtee", "Lossnar om mellanhanden går", "Cut off if the broker leaves") }
    public var cutOrganisation: String { pick("Välittäjäorganisaatio (ainoa yhdysside)", "Mellanhand (enda länken)", "Broker organisation (only link)") }
    public var gaps: String { pick("Aukot ja välittäjät", "Luckor och mellanhänder", "Gaps and brokers") }
    public var brokerOrganisation: String {
        pick("Välittäjä: yhdistää muuten erillisiä verkostoja", "Mellanhand: förbinder annars åtskilda nätverk",
             "Broker: links otherwise separate networks")
    }
    public var brokerMembership: String { pick("Välittäjän jäsenyys", "Mellanhandens medlemskap", "Broker's membership") }
    /// "5 välittäjää": the number of broker organisations drawn.
    public func brokerCount(_ count: Int) -> String {
        count == 1 ? pick("1 välittäjä", "1 mellanhand", "1 broker")
            : pick("\(count) välittäjää", "\(count) mellanhänder", "\(count) brokers")
    }
    public func gapCount(_ shown: Int, of total: Int) -> String {
        shown == total
            ? pick("\(total) suunta-aukkoa", "\(total) riktningsluckor", "\(total) direction gaps")
            : pick("\(shown) suurinta \(total) suunta-aukosta", "de \(shown) största av \(total) riktningsluckor", "the \(shown) largest of \(total) direction gaps")
    }

    // MARK: Coverage

    public var reachedShare: String { pick("Tavoitettujen kuntien osuus", "Andel nådda kommuner", "Share of municipalities reached") }
    public var allMunicipalities: String { pick("Kaikki kunnat", "Alla kommuner", "All municipalities") }
    public var wholeCountry: String { pick("Koko maa", "Hela landet", "Whole country") }
    public var noMunicipalities: String { pick("ei kuntia", "inga kommuner", "none") }
    public func coverageSubtitle(networks: Int, direction: String) -> String {
        pick("\(networks) verkostoa suunnalla \(direction); kunta on tavoitettu, jos siellä on jäsenorganisaatio",
             "\(networks) nätverk i riktningen \(direction); en kommun är nådd om en medlemsorganisation finns där",
             "\(networks) networks on \(direction); a municipality is reached when a member organisation is there")
    }
    public var sortedByShare: String { pick("järjestetty osuuden mukaan, pienin ensin", "ordnat efter andel, minst först", "sorted by share, lowest first") }
    public func municipalityType(_ type: MunicipalityType) -> String {
        switch type {
        case .urban: return pick("Kaupunkimaiset", "Stadskommuner", "Urban")
        case .semiUrban: return pick("Taajaan asutut", "Tätortskommuner", "Semi-urban")
        case .rural: return pick("Maaseutumaiset", "Landsbygdskommuner", "Rural")
        }
    }

    // MARK: Maps of Finland

    public var coverageGeoTitle: String {
        pick("Verkostojen tavoittamat kunnat", "Kommuner som nätverken når", "Municipalities the networks reach")
    }
    public func membersGeoTitle(_ network: String) -> String {
        pick("\(network): jäsenten sijainti", "\(network): var medlemmarna finns", "\(network): where the members are")
    }
    public var municipality: String { pick("Kunta", "Kommun", "Municipality") }
    public var reached: String { pick("Tavoitettu", "Nådd", "Reached") }
    public var notReached: String { pick("Ei tavoitettu", "Inte nådd", "Not reached") }
    public var inhabitants: String { pick("Asukkaita (pinta-ala)", "Invånare (yta)", "Inhabitants (area)") }
    public var membersInMunicipality: String {
        pick("Jäsenorganisaatioita kunnassa", "Medlemsorganisationer i kommunen", "Member organisations in the municipality")
    }
    public var otherMunicipality: String { pick("Kunta ilman jäseniä", "Kommun utan medlemmar", "Municipality without members") }
    public var projection: String { pick("projektio ETRS-TM35FIN", "projektion ETRS-TM35FIN", "projection ETRS-TM35FIN") }

    /// "181/308 kuntaa tavoitettu (59 %)".
    public func reachedOf(_ reached: Int, of total: Int, share: Double) -> String {
        switch language {
        case .fi: return "\(reached)/\(total) \(total == 1 ? "kunta" : "kuntaa") tavoitettu (\(percent(share)))"
        case .sv: return "\(reached) av \(total) \(total == 1 ? "kommun" : "kommuner") nådda (\(percent(share)))"
        case .en: return "\(reached) of \(total) \(total == 1 ? "municipality" : "municipalities") reached (\(percent(share)))"
        }
    }

    /// "3 kuntaa ilman kuntakeskuksen sijaintia" (left off the map).
    public func withoutCentre(_ count: Int) -> String {
        switch language {
        case .fi: return count == 1 ? "1 kunta ilman sijaintia ei kartalla" : "\(count) kuntaa ilman sijaintia ei kartalla"
        case .sv: return count == 1 ? "1 kommun utan läge saknas på kartan" : "\(count) kommuner utan läge saknas på kartan"
        case .en: return count == 1 ? "1 municipality without a location not shown" : "\(count) municipalities without a location not shown"
        }
    }

    /// "152 jäsenorganisaatiota 87 kunnassa".
    public func membersIn(_ organisations: Int, places: Int) -> String {
        switch language {
        case .fi:
            return "\(organisations) \(organisations == 1 ? "jäsenorganisaatio" : "jäsenorganisaatiota") \(places) \(places == 1 ? "kunnassa" : "kunnassa")"
        case .sv:
            return "\(organisations) \(organisations == 1 ? "medlemsorganisation" : "medlemsorganisationer") i \(places) \(places == 1 ? "kommun" : "kommuner")"
        case .en:
            return "\(organisations) member \(organisations == 1 ? "organisation" : "organisations") in \(places) \(places == 1 ? "municipality" : "municipalities")"
        }
    }

    /// The hover text of a municipality on the coverage map.
    public func municipalityTooltip(_ name: String, population: Int, members: Int) -> String {
        let people: String
        switch language {
        case .fi: people = "\(integer(population)) \(population == 1 ? "asukas" : "asukasta")"
        case .sv: people = "\(integer(population)) \(population == 1 ? "invånare" : "invånare")"
        case .en: people = "\(integer(population)) \(population == 1 ? "inhabitant" : "inhabitants")"
        }
        let reach: String
        switch (language, members) {
        case (.fi, 0): reach = "ei tavoitettu"
        case (.fi, 1): reach = "tavoitettu: 1 jäsenorganisaatio"
        case (.fi, _): reach = "tavoitettu: \(members) jäsenorganisaatiota"
        case (.sv, 0): reach = "inte nådd"
        case (.sv, 1): reach = "nådd: 1 medlemsorganisation"
        case (.sv, _): reach = "nådd: \(members) medlemsorganisationer"
        case (.en, 0): reach = "not reached"
        case (.en, 1): reach = "reached: 1 member organisation"
        case (.en, _): reach = "reached: \(members) member organisations"
        }
        return "\(name): \(people) · \(reach)"
    }

    /// The hover text of a municipality on the members map.
    public func membersTooltip(_ name: String, members: Int) -> String {
        switch language {
        case .fi: return "\(name): \(members) \(members == 1 ? "jäsenorganisaatio" : "jäsenorganisaatiota")"
        case .sv: return "\(name): \(members) \(members == 1 ? "medlemsorganisation" : "medlemsorganisationer")"
        case .en: return "\(name): \(members) member \(members == 1 ? "organisation" : "organisations")"
        }
    }

    /// "enintään 4 684": the values drawn at the smallest dot size.
    public func atMost(_ value: String) -> String { pick("enintään \(value)", "högst \(value)", "up to \(value)") }

    /// A whole number with thousands grouped: "674 500" in Finnish and Swedish (no-break space),
    /// "674,500" in English.
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += language == .en ? "," : "\u{00A0}" }
            out.append(digit)
        }
        return (value < 0 ? "−" : "") + out
    }

    // MARK: Heatmap

    public func order(_ order: MatrixOrder) -> String {
        switch order {
        case .sector: return pick("järjestys: sektori", "ordning: sektor", "order: sector")
        case .cluster: return pick("järjestys: klusteri (Louvain)", "ordning: kluster (Louvain)", "order: cluster (Louvain)")
        }
    }
    /// "30 verkostoa, joilla on eniten jäseniä (41:stä)": which networks a page shows.
    public func largestNetworks(_ shown: Int, of total: Int) -> String {
        pick("\(shown)/\(total) verkostoa, joilla on eniten jäseniä", "de \(shown) av \(total) nätverk som har flest medlemmar",
             "the \(shown) of \(total) networks with most members")
    }
    public var noTie: String { pick("ei yhteyttä", "inget band", "no tie") }

    // MARK: Numbers

    /// A share as a whole percentage: "46 %" in Finnish and Swedish, "46%" in English.
    public func percent(_ share: Double) -> String {
        let value = Int((share.isFinite ? share : 0) * 100 + 0.5)
        return language == .en ? "\(value)%" : "\(value) %"
    }

    /// A number with at most two decimals, with a decimal comma in Finnish and Swedish.
    public func number(_ x: Double) -> String {
        let text = SVGText.number(x)
        return language == .en ? text : String(text.map { $0 == "." ? "," : $0 })
    }
}
