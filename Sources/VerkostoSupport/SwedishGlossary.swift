/// The words of Verkosto in Swedish (`sv`): see ``Glossary`` for what each term is.
public struct SwedishGlossary: Glossary {
    public init() {}

    // MARK: Formats

    public func percentText(_ whole: Int) -> String { "\(whole) %" }
    public var decimalSeparator: String { "," }
    public func date(year: Int, month: Int, day: Int) -> String { "\(day).\(month).\(year)" }
    public var and: String { "och" }
    public var thousandsSeparator: String { "\u{00A0}" }

    // MARK: Vocabulary of the data

    public func organisationKind(_ key: String) -> String {
        switch key {
        case "municipality": return "Kommun som anordnare"
        case "school": return "Skola"
        case "ecec-unit": return "Enhet för småbarnspedagogik"
        case "upper-secondary": return "Gymnasium"
        case "vocational": return "Yrkesläroanstalt"
        case "higher-education": return "Högskola"
        case "adult-education": return "Läroanstalt för fritt bildningsarbete"
        case "arts-school": return "Läroanstalt för grundläggande konstundervisning"
        case "association": return "Förening eller stiftelse"
        case "regional-body": return "Regional aktör"
        default: return key
        }
    }
    public func municipalityTypeLabel(_ key: String) -> String {
        switch key {
        case "urban": return "Stadskommuner"
        case "semi-urban": return "Tätortskommuner"
        case "rural": return "Landsbygdskommuner"
        default: return key
        }
    }
    public func municipalityTypeGroup(_ key: String) -> String {
        switch key {
        case "urban": return "stadskommuner"
        case "semi-urban": return "tätortskommuner"
        case "rural": return "landsbygdskommuner"
        default: return key
        }
    }
    public func languageGroup(_ key: String) -> String {
        switch key {
        case "fi": return "finskspråkiga kommuner"
        case "sv": return "svenskspråkiga kommuner"
        case "bilingual": return "tvåspråkiga kommuner"
        default: return key
        }
    }
    public func priority(_ priority: Int) -> String {
        switch priority {
        case ...1: return "Huvudriktning"
        case 2: return "Viktig riktning"
        default: return "Stödjande riktning"
        }
    }

    // MARK: Headline indicators

    public func indicator(_ key: String) -> String? {
        switch key {
        case "networks": return "Aktiva nätverk"
        case "organisations": return "Deltagande organisationer"
        case "municipalities": return "Nådda kommuner"
        case "ties": return "Band mellan nätverk"
        case "cross_sector_ties": return "Sektorsöverskridande band"
        case "cross_sector_share": return "Andel sektorsöverskridande band"
        case "direction_gaps": return "Riktningsluckor (samma riktning, inget band)"
        case "isolated_networks": return "Isolerade nätverk"
        default: return nil
        }
    }
    public func eiIndexIndicator(_ sector: String) -> String { "E-I-index: \(sector)" }
    public func coverageIndicator(_ typeGroup: String) -> String { "Ledarskapsnätverkens täckning: \(typeGroup)" }

    // MARK: Maps

    public var overviewTitle: String { "Utbildningsstyrelsens utvecklingsnätverk" }
    public func egoTitle(_ network: String) -> String { "\(network): medlemmar och kontakter" }
    public var directionsTitle: String { "Nätverk och utvecklingsriktningar" }
    public var sectorsTitle: String { "Samband mellan sektorerna" }
    public var gapsTitle: String { "Luckor i samarbetet och mellanhänder" }
    public var coverageTitle: String { "Ledarskapsnätverkens täckning per landskap" }
    public var heatmapTitle: String { "Nätverkens överlappning" }
    public func counts(networks: Int, organisations: Int) -> String {
        "\(networks) nätverk, \(organisations) medlemsorganisationer"
    }
    public func source(_ text: String) -> String { "Källa: \(text)" }
    public func hiddenEdges(below minimum: String) -> String { "de svagaste banden (under \(minimum)) dolda" }
    public var legend: String { "Teckenförklaring" }
    public var sector: String { "Sektor" }
    public var members: String { "Medlemsorganisationer" }
    public var networks: String { "Nätverk" }
    public var otherNetworks: String { "Andra nätverk" }
    public var organisationKind: String { "Typ av organisation" }
    public var region: String { "Landskap" }
    public var focusNetwork: String { "Nätverket i fokus" }
    public var coordinator: String { "Koordinator" }
    public var membership: String { "Medlemskap" }
    public var alsoMemberOf: String { "Medlem även i detta nätverk" }
    public func sharedWith(_ count: Int) -> String { "\(count) gemensamma" }
    public func moreMembers(_ count: Int) -> String { "+ \(count) andra" }
    public var direction: String { "Utvecklingsriktning" }
    public func networkCount(_ count: Int) -> String { "\(count) nätverk" }
    public func internalTies(_ count: Int) -> String { "\(count) interna band" }
    public var tieCount: String { "Band mellan nätverk" }
    public func crossSectorShare(_ percent: String) -> String { "Sektorsövergripande band \(percent)" }
    public var networksInSector: String { "Nätverk i sektorn" }
    public var directionGap: String { "Samma utvecklingsriktning, ingen kontakt" }
    public var hangingNetwork: String { "Banden hänger på en organisation" }
    public var cutOffNetwork: String { "Lossnar om mellanhanden går" }
    public var cutOrganisation: String { "Mellanhand (enda länken)" }
    public var gaps: String { "Luckor och mellanhänder" }
    public var reachedShare: String { "Andel nådda kommuner" }
    public var allMunicipalities: String { "Alla kommuner" }
    public var wholeCountry: String { "Hela landet" }
    public var noMunicipalities: String { "inga kommuner" }
    public func coverageSubtitle(networks: Int, direction: String) -> String {
        "\(networks) nätverk i riktningen \(direction); en kommun är nådd om en medlemsorganisation finns där"
    }
    public var sortedByShare: String { "ordnat efter andel, minst först" }
    public var noTie: String { "inget band" }
    public var changes: String { "Förändringar" }
    public var gainedTie: String { "Nytt band" }
    public var lostTie: String { "Förlorat band" }
    public var keptTie: String { "Bestående band" }
    public var newNetwork: String { "Nytt nätverk" }
    public var endedNetwork: String { "Upphört nätverk" }
    public func changeCounts(gained: Int, lost: Int, started: Int, ended: Int) -> String {
        "\(gained) nya och \(lost) förlorade band, \(started) nya och \(ended) upphörda nätverk"
    }
    public func snapshot(_ date: String) -> String { "Läget \(date)" }
    public var tieWeightCollaborations: String { "Samarbeten" }
    public var tieWeightSharedMembers: String { "Gemensamma medlemmar" }
    public var tieWeightMembersAndCollaborations: String { "Gemensamma medlemmar + samarbeten" }
    public var tieWeightJaccard: String { "Överlappning (Jaccard)" }
    public var tieWeightOverlap: String { "Överlappning (mot det mindre nätverket)" }
    public var tieWeightNewman: String { "Samarbetsvikt (Newman)" }
    public func gapCount(_ shown: Int, of total: Int) -> String {
        shown == total ? "\(total) riktningsluckor" : "de \(shown) största av \(total) riktningsluckor"
    }
    public var orderBySector: String { "ordning: sektor" }
    public var orderByCluster: String { "ordning: kluster (Louvain)" }
    public func changeMapTitle(from: String, to: String) -> String { "Förändringar i nätverken \(from)–\(to)" }
    public var brokerOrganisation: String { "Mellanhand: förbinder annars åtskilda nätverk" }
    public var brokerMembership: String { "Mellanhandens medlemskap" }
    public func brokerCount(_ count: Int) -> String { count == 1 ? "1 mellanhand" : "\(count) mellanhänder" }
    public func largestNetworks(_ shown: Int, of total: Int) -> String { "de \(shown) av \(total) nätverk som har flest medlemmar" }

    // MARK: Maps of Finland

    public var coverageGeoTitle: String { "Kommuner som nätverken når" }
    public func membersGeoTitle(_ network: String) -> String { "\(network): var medlemmarna finns" }
    public var municipality: String { "Kommun" }
    public var reached: String { "Nådd" }
    public var notReached: String { "Inte nådd" }
    public var inhabitants: String { "Invånare (yta)" }
    public var membersInMunicipality: String { "Medlemsorganisationer i kommunen" }
    public var otherMunicipality: String { "Kommun utan medlemmar" }
    public var projection: String { "projektion ETRS-TM35FIN" }
    public func reachedOf(_ reached: Int, of total: Int, share: String) -> String {
        "\(reached) av \(total) \(total == 1 ? "kommun" : "kommuner") nådda (\(share))"
    }
    public func withoutCentre(_ count: Int) -> String {
        count == 1 ? "1 kommun utan läge saknas på kartan" : "\(count) kommuner utan läge saknas på kartan"
    }
    public func membersIn(_ organisations: Int, places: Int) -> String {
        "\(organisations) \(organisations == 1 ? "medlemsorganisation" : "medlemsorganisationer") i \(places) \(places == 1 ? "kommun" : "kommuner")"
    }
    public func municipalityTooltip(_ name: String, population: Int, written: String, members: Int) -> String {
        let reach = members == 0 ? "inte nådd"
            : "nådd: \(members) \(members == 1 ? "medlemsorganisation" : "medlemsorganisationer")"
        return "\(name): \(written) invånare · \(reach)"
    }
    public func membersTooltip(_ name: String, members: Int) -> String {
        "\(name): \(members) \(members == 1 ? "medlemsorganisation" : "medlemsorganisationer")"
    }
    public func atMost(_ value: String) -> String { "högst \(value)" }

    // MARK: Trend chart

    public var trendTitle: String { "Nätverkens utveckling" }
    public func snapshotRange(from: String, to: String, count: Int) -> String {
        let range = from == to ? from : "\(from)–\(to)"
        return count == 1 ? "1 tidpunkt \(range)" : "\(count) tidpunkter \(range)"
    }
    public var endOfQuarter: String { "kvartalets slut" }
    public var endOfYear: String { "årets slut" }
    public var sharesPanel: String { "Andelar" }
    public var shareAxis: String { "andel (%)" }
    public func countsPanel(base: String) -> String { "Antal som index (\(base) = 100)" }
    public var indexAxis: String { "index" }
    public var eiIndexPanel: String { "E-I-index per sektor" }

    // MARK: Report

    public var reportTitle: String { "Nätverksöversikt" }
    public var reportLead: String {
        "En helhetsbild av Utbildningsstyrelsens utvecklingsnätverk: vem som deltar, hur nätverken samarbetar och var det finns luckor."
    }
    public var contents: String { "Innehåll" }
    public var keyFigures: String { "Nyckeltal" }
    public var figureNetworks: String { "nätverk" }
    public var figureOrganisations: String { "medlemsorganisationer" }
    public func figureMunicipalities(of total: Int) -> String { "kommuner nådda (av \(total))" }
    public var figureCrossSector: String { "av banden är sektorsöverskridande" }
    public var answer: String { "Svar" }
    public var tableBehind: String { "Tabell" }
    public var sortHint: String { "Sortera genom att klicka på en kolumnrubrik." }
    public var questionNetworks: String { "Vilka nätverk finns, vad strävar de efter och hur arbetar de?" }
    public var questionCrossSector: String { "Hur mycket samarbetar nätverken över sektorsgränserna, och har det ökat?" }
    public var questionDirections: String {
        "Vilka nätverk har samma utvecklingsriktning men inga gemensamma medlemmar och inget gemensamt arbete?"
    }
    public var questionCoverage: String { "Vilka landskap och kommuntyper nås inte av något ledarskapsnätverk?" }
    public var questionCentral: String {
        "Vilka nätverk och organisationer är centrala, och vilka är mellanhänder eller enskilda svaga punkter?"
    }
    public var gapsToAct: String { "Luckor att åtgärda" }
    public var overlapHeading: String { "Nätverkens överlappning" }
    public var trendHeading: String { "Utveckling" }
    public var interactiveMap: String { "Interaktiv nätverkskarta" }
    public var mapHelp: String {
        "Håll pekaren över ett nätverk för att se uppgifterna, klicka för att öppna nätverkskortet. Sökning och filter framhäver nätverk."
    }
    public var mapKeys: String { "Med tangentbordet: tabb leder till kartan, piltangenterna flyttar mellan nätverken, Enter öppnar kortet och Esc stänger det." }
    public var search: String { "Sök nätverk" }
    public var allSectors: String { "Alla sektorer" }
    public var allDirections: String { "Alla riktningar" }
    public var cardHint: String { "Välj ett nätverk på kartan eller i tabellen." }
    public var zoomIn: String { "Zooma in" }
    public var zoomOut: String { "Zooma ut" }
    public var zoomFit: String { "Anpassa" }
    public var close: String { "Stäng" }
    public var network: String { "Nätverk" }
    public var organisation: String { "Organisation" }
    public var goal: String { "Mål" }
    public var operatingModel: String { "Verksamhetsmodell" }
    public var unit: String { "Koordinerande enhet" }
    public var membersByKind: String { "Medlemmar per typ" }
    public var membersByRegion: String { "Medlemmar per landskap" }
    public var directions: String { "Utvecklingsriktningar" }
    public var ranks: String { "Centralitet (placering)" }
    public var gapsOfNetwork: String { "Luckor som nätverket ingår i" }
    public var none: String { "inga" }
    public var since: String { "Startade" }
    public var mainDirection: String { "Huvudriktning" }
    public var degree: String { "Gradcentralitet" }
    public var betweenness: String { "Mellanhandscentralitet" }
    public var eigenvector: String { "Egenvektorcentralitet" }
    public var rank: String { "Placering" }
    public var networkA: String { "Nätverk A" }
    public var networkB: String { "Nätverk B" }
    public var sharedDirection: String { "Gemensam riktning" }
    public var municipalitiesColumn: String { "Kommuner" }
    public var reachedColumn: String { "Nådda" }
    public var shareColumn: String { "Andel" }
    public var externalTies: String { "Band till andra sektorer" }
    public var internalTies: String { "Band inom sektorn" }
    public var eiIndexColumn: String { "E-I-index" }
    public var networksColumn: String { "Nätverk" }
    public var directionGapsHeading: String { "Riktningsluckor" }
    public var coverageGapsHeading: String { "Luckor i täckningen" }
    public var brokersHeading: String { "Mellanhänder och svaga punkter" }
    public var overloadHeading: String { "Överbelastade organisationer" }
    public var isolatedHeading: String { "Isolerade nätverk" }
    public var overlapAnswerLabel: String {
        "Antal gemensamma medlemmar för två nätverk. Mörkare ruta = fler gemensamma medlemmar."
    }
    public func trendCaption(from: Int, to: Int) -> String {
        "Nyckeltal vid årets slut \(from)–\(to); sista punkten är rapportens dag."
    }
    public var noticeLabel: String { "Obs." }
    public var printHint: String { "Skriv ut eller spara som PDF med webbläsarens utskriftsfunktion." }
    public func answerNetworks(networks: Int, sectors: Int, organisations: Int, largest: String, largestMembers: Int, units: Int) -> String {
        "Utbildningsstyrelsen leder \(networks) aktiva nätverk inom \(sectors) sektorer med \(organisations) deltagande organisationer. Störst är \(largest) (\(largestMembers) medlemmar). Nätverken koordineras av \(units) enheter."
    }
    public func answerCentral(network: String, organisation: String, organisationNetworks: Int, singleLinks: Int) -> String {
        "Det mest centrala nätverket är \(network). Flest nätverk förenas av \(organisation) (i \(organisationNetworks) nätverk). \(singleLinks) fynd om mellanhänder eller band som hänger på en enda organisation."
    }

    // MARK: Report answers

    public func changeSince(_ signedPoints: String, date: String) -> String { "\(signedPoints) procentenheter sedan \(date)" }
    public func answerCrossSector(share: String, ties: Int, cross: Int, previousShare: String?, previousDate: String, grew: Bool?) -> String {
        let first = "\(cross) av \(ties) band mellan nätverk (\(share)) går över sektorsgränserna."
        guard let previousShare, let grew else { return first }
        return first + " " + (grew ? "Andelen har ökat: ett år tidigare (\(previousDate)) var den \(previousShare)."
            : "Andelen har inte ökat: ett år tidigare (\(previousDate)) var den \(previousShare).")
    }
    public func answerDirections(count: Int, example: String?) -> String {
        let first = "\(count) par av nätverk har samma utvecklingsriktning men inga gemensamma medlemmar och inget samarbete."
        guard let example else { return first }
        return first + " Största luckan: " + example
    }
    public func answerCoverage(reached: Int, total: Int, types: String, unreached: Int, weakest: String?) -> String {
        var text = "Ledarskapsnätverken når \(reached) av \(total) kommuner: \(types). \(unreached) kommuner nås inte alls."
        if let weakest { text += " Svagast nått landskap: \(weakest)." }
        return text
    }

    // MARK: Change (diff and trend)

    public var active: String { "aktiv" }
    public var inactive: String { "inte aktiv" }
    public var isMember: String { "medlem" }
    public var isNotMember: String { "inte medlem" }
    public var networkStartedReason: String { "nätverket började" }
    public var networkEndedReason: String { "nätverket upphörde" }
    public var tied: String { "band" }
    public var untied: String { "inget band" }
    public var tieGained: String { "tillkom" }
    public var tieLost: String { "försvann" }
    public var networkStarted: String { "började" }
    public var networkEnded: String { "upphörde" }
    public var networkStartedAndEnded: String { "började och upphörde" }
    public var memberJoined: String { "anslöt sig" }
    public var memberLeft: String { "lämnade" }
    public var memberJoinedAndLeft: String { "anslöt sig och lämnade" }
    public var crossSectorReason: String { "över sektorsgränsen" }
    public var noChanges: String { "(inga förändringar)" }
    public var networksStartedAndEndedHeading: String { "Nätverk: startade och upphörda" }
    public var membershipsHeading: String { "Medlemskap" }
    public var tiesHeading: String { "Band mellan nätverk" }
    public var indicatorsHeading: String { "Nyckeltal" }
    public var summaryHeading: String { "Sammanfattning" }
    public var indicatorColumn: String { "nyckeltal" }
    public var idColumn: String { "id" }
    public var nameColumn: String { "namn" }
    public var otherColumn: String { "mål" }
    public var otherNameColumn: String { "målets namn" }
    public var beforeColumn: String { "före" }
    public var afterColumn: String { "efter" }
    public var changeColumn: String { "förändring" }
    public var reasonColumn: String { "orsak" }
    public var ruralCaughtUp: String { "Landsbygdskommunerna knappade in men ligger fortfarande efter stadskommunerna." }
    public var ruralLags: String { "Landsbygdskommunerna ligger fortfarande efter stadskommunerna." }
    public func percentagePoints(_ signed: String) -> String { "\(signed) %-enh." }
    public func changesTitle(from: String, to: String) -> String { "Förändringar \(from) – \(to)" }
    public func tieCounts(gained: Int, lost: Int) -> String { "tillkom \(gained), försvann \(lost)" }
    public func sharedMembersReason(_ count: Int) -> String { "gemensamma medlemmar \(count)" }
    public func collaborationReason(_ count: Int) -> String { "samarbete \(count)" }
    public func networksSummary(before: Int, after: Int, started: Int, ended: Int) -> String {
        "Aktiva nätverk var \(before), nu \(after): \(started) började och \(ended) upphörde."
    }
    public func endedNetworks(_ names: String) -> String { "Upphörde: \(names)." }
    public func succession(new: String, since: String, old: String, until: String) -> String {
        "\(new) (började \(since)) fortsätter arbetet i ett nätverk som upphört: \(old) upphörde \(until). De har samma sektor och huvudriktning."
    }
    public func crossSectorShareRose(from: String, to: String) -> String {
        "Andelen sektorsöverskridande band ökade från \(from) till \(to)"
    }
    public func crossSectorShareFell(from: String, to: String) -> String {
        "Andelen sektorsöverskridande band minskade från \(from) till \(to)"
    }
    public func crossSectorShareStayed(at share: String) -> String { "Andelen sektorsöverskridande band låg kvar på \(share)" }
    public func crossSectorTies(before: Int, after: Int) -> String { "(\(before) → \(after) band)" }
    public func coverageSummary(rural: String, semiUrban: String, urban: String) -> String {
        "Ledarskapsnätverken nådde \(rural) av landsbygdskommunerna, \(semiUrban) av tätortskommunerna och \(urban) av stadskommunerna."
    }
    public func membershipsSummary(joined: Int, left: Int, leftWithNetwork: Int, brief: Int) -> String {
        "\(joined) medlemskap i nätverk började och \(left) upphörde (\(leftWithNetwork) när nätverket upphörde); dessutom började och upphörde \(brief) medlemskap under perioden."
    }
    public func tiesSummary(gained: Int, lost: Int) -> String { "\(gained) band mellan nätverk tillkom och \(lost) försvann." }
    public func gapsSummary(directionGapsBefore: Int, directionGapsAfter: Int, isolatedBefore: Int, isolatedAfter: Int) -> String {
        "Riktningsluckor (samma utvecklingsriktning, inget band): \(directionGapsBefore) → \(directionGapsAfter); isolerade nätverk: \(isolatedBefore) → \(isolatedAfter)."
    }

    // MARK: Gap findings

    public var noDirectionGaps: String {
        "Inga luckor i inriktningarna: alla nätverk med samma inriktning har gemensamma medlemmar eller gemensam verksamhet."
    }
    public func directionGap(_ a: String, _ b: String, directions: String, bridges: String?) -> String {
        "Nätverken \(a) och \(b) arbetar båda med \(directions), men de har inga gemensamma medlemmar och ingen gemensam verksamhet"
            + (bridges.map { "; \($0) kunde bygga en bro mellan dem." } ?? ".")
    }
    public func noNetworkOnDirection(_ direction: String) -> String {
        "Inget nätverk arbetar med \(direction), så täckningen kan inte beräknas."
    }
    public func coverageOfGroup(direction: String, group: String, isRegion: Bool, reached: Int, municipalities: Int, share: String) -> String {
        "Nätverken med inriktningen \(direction) når \(reached) av \(municipalities) i gruppen \(group) (\(share))."
    }
    public func coverageEquality(_ ratio: String) -> String {
        "Den sämst nådda kommuntypen täcks \(ratio) gånger så väl som den bäst nådda."
    }
    public func unreachedMunicipality(direction: String, municipality: String, region: String, type: String, population: Int) -> String {
        "Inget nätverk med inriktningen \(direction) når \(municipality) (\(region), \(type), \(population) invånare)."
    }
    public var noIsolatedNetworks: String {
        "Inga isolerade nätverk: varje nätverk har gemensamma medlemmar eller samarbete med något annat."
    }
    public func isolatedNetwork(_ network: String) -> String {
        "Nätverket \(network) har inga gemensamma medlemmar och inget samarbete med något annat nätverk."
    }
    public func noOverload(threshold: Int) -> String { "Ingen organisation deltar i fler än \(threshold) nätverk." }
    public func overloaded(_ organisation: String, networks: Int) -> String {
        "\(organisation) deltar i \(networks) nätverk samtidigt, vilket kan vara en belastning."
    }
    public func andMore(_ count: Int) -> String { " och \(count) till" }
    public func onlyLink(_ organisation: String, cutOff networks: String) -> String {
        "\(organisation) är den enda länken: utan den skulle \(networks) förlora kontakten med de andra nätverken."
    }
    public func hangsOnOne(_ network: String, organisation: String) -> String {
        "Nätverket \(network) har kontakt med andra nätverk endast via \(organisation)."
    }
    public func broker(_ organisation: String, betweenness: String, constraint: String) -> String {
        "\(organisation) förmedlar mellan annars åtskilda nätverk (mellanhandscentralitet \(betweenness), begränsning \(constraint))."
    }
    public var noBrokers: String { "Inga mellanhänder hittades: nätverken hänger inte på en enda organisation." }
    public var noNetworksThatDay: String { "Inga nätverk den dagen." }
    public var allSectorsSubject: String { "alla sektorer" }
    public func wholeFieldEI(share: String, observed: String, expected: String) -> String {
        "\(share) av nätverkens band går över sektorgränsen; E-I-index \(observed), mot \(expected) av en slump."
    }
    public func sectorEI(_ sector: String, index: String) -> String { "Sektorn \(sector) har E-I-index \(index): " }
    public func sectorIsSilo(p: String) -> String {
        "sektorn är en silo: dess nätverk håller mest kontakt sinsemellan (p = \(p))."
    }
    public func sectorFewerTies(p: String) -> String {
        "dess nätverk har färre band till andra sektorer än slumpen skulle ge (p = \(p))."
    }
    public func sectorReachesOut(p: String) -> String { "dess nätverk vänder sig utåt mer än av en slump (p = \(p))." }
    public var notDifferentFromChance: String { "skillnaden mot slumpen är inte signifikant." }
    public func unconnectedSectors(_ a: String, _ b: String) -> String {
        "Nätverken inom \(a) och \(b) har inga gemensamma medlemmar och inget samarbete."
    }
    public func tiesWithinSector(_ sector: String, ties: Int) -> String { "Inom \(sector) finns \(ties) band mellan nätverken." }
    public func tiesBetweenSectors(_ a: String, _ b: String, ties: Int) -> String {
        "Mellan nätverken inom \(a) och \(b) finns \(ties) band."
    }
    public var communitiesNeedTwoNetworks: String { "Gemenskaper kräver minst två nätverk." }
    public func communitiesAgainstSectors(count: Int, nmi: String, ari: String) -> String {
        "Nätverken bildar \(count) gemenskaper; överensstämmelsen med sektorerna är NMI \(nmi), ARI \(ari): "
    }
    public var communitiesFollowSectors: String { "gemenskaperna följer sektorgränserna: sektorerna är silor." }
    public var communitiesPartlyFollowSectors: String { "gemenskaperna följer delvis sektorgränserna." }
    public var communitiesCrossSectors: String { "gemenskaperna går över sektorgränserna." }
    public func community(_ number: Int, networks: Int, inTopSector: Int, sector: String) -> String {
        networks == 1 ? "Gemenskap \(number) har bara ett nätverk (\(sector))."
            : "Gemenskap \(number) har \(networks) nätverk, varav \(inTopSector) inom \(sector)."
    }
}
