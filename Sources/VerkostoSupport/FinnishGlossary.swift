/// The words of Verkosto in Finnish (`fi`): see ``Glossary`` for what each term is.
public struct FinnishGlossary: Glossary {
    public init() {}

    // MARK: Formats

    public func percentText(_ whole: Int) -> String { "\(whole) %" }
    public var decimalSeparator: String { "," }
    public func date(year: Int, month: Int, day: Int) -> String { "\(day).\(month).\(year)" }
    public var and: String { "ja" }
    public var thousandsSeparator: String { "\u{00A0}" }

    // MARK: Vocabulary of the data

    public func organisationKind(_ key: String) -> String {
        switch key {
        case "municipality": return "Kunta järjestäjänä"
        case "school": return "Koulu"
        case "ecec-unit": return "Varhaiskasvatusyksikkö"
        case "upper-secondary": return "Lukio"
        case "vocational": return "Ammatillinen oppilaitos"
        case "higher-education": return "Korkeakoulu"
        case "adult-education": return "Vapaan sivistystyön oppilaitos"
        case "arts-school": return "Taiteen perusopetuksen oppilaitos"
        case "association": return "Järjestö tai säätiö"
        case "regional-body": return "Alueellinen toimija"
        default: return key
        }
    }
    public func municipalityTypeLabel(_ key: String) -> String {
        switch key {
        case "urban": return "Kaupunkimaiset"
        case "semi-urban": return "Taajaan asutut"
        case "rural": return "Maaseutumaiset"
        default: return key
        }
    }
    public func municipalityTypeGroup(_ key: String) -> String {
        switch key {
        case "urban": return "kaupunkimaiset kunnat"
        case "semi-urban": return "taajaan asutut kunnat"
        case "rural": return "maaseutumaiset kunnat"
        default: return key
        }
    }
    public func languageGroup(_ key: String) -> String {
        switch key {
        case "fi": return "suomenkieliset kunnat"
        case "sv": return "ruotsinkieliset kunnat"
        case "bilingual": return "kaksikieliset kunnat"
        default: return key
        }
    }
    public func priority(_ priority: Int) -> String {
        switch priority {
        case ...1: return "Pääsuunta"
        case 2: return "Tärkeä suunta"
        default: return "Tukeva suunta"
        }
    }

    // MARK: Headline indicators

    public func indicator(_ key: String) -> String? {
        switch key {
        case "networks": return "Aktiiviset verkostot"
        case "organisations": return "Osallistuvat organisaatiot"
        case "municipalities": return "Tavoitetut kunnat"
        case "ties": return "Verkostojen väliset yhteydet"
        case "cross_sector_ties": return "Sektorirajat ylittävät yhteydet"
        case "cross_sector_share": return "Sektorirajat ylittävien yhteyksien osuus"
        case "direction_gaps": return "Suuntakatveet (sama suunta, ei yhteyttä)"
        case "isolated_networks": return "Erilliset verkostot"
        default: return nil
        }
    }
    public func eiIndexIndicator(_ sector: String) -> String { "E-I-indeksi: \(sector)" }
    public func coverageIndicator(_ typeGroup: String) -> String { "Johtamisverkostojen kattavuus: \(typeGroup)" }

    // MARK: Maps

    public var overviewTitle: String { "OPH:n kehittämisverkostot" }
    public func egoTitle(_ network: String) -> String { "\(network): jäsenet ja yhteydet" }
    public var directionsTitle: String { "Verkostot ja kehittämissuunnat" }
    public var sectorsTitle: String { "Sektorien väliset yhteydet" }
    public var gapsTitle: String { "Yhteistyön aukot ja välittäjät" }
    public var coverageTitle: String { "Johtamisverkostojen kattavuus maakunnittain" }
    public var heatmapTitle: String { "Verkostojen päällekkäisyys" }
    public func counts(networks: Int, organisations: Int) -> String {
        "\(networks) verkostoa, \(organisations) jäsenorganisaatiota"
    }
    public func source(_ text: String) -> String { "Lähde: \(text)" }
    public func hiddenEdges(below minimum: String) -> String { "ohuimmat yhteydet (alle \(minimum)) piilotettu" }
    public var legend: String { "Selite" }
    public var sector: String { "Sektori" }
    public var members: String { "Jäsenorganisaatioita" }
    public var networks: String { "Verkostot" }
    public var otherNetworks: String { "Muut verkostot" }
    public var organisationKind: String { "Organisaation tyyppi" }
    public var region: String { "Maakunta" }
    public var focusNetwork: String { "Tarkasteltava verkosto" }
    public var coordinator: String { "Koordinaattori" }
    public var membership: String { "Jäsenyys" }
    public var alsoMemberOf: String { "Jäsen myös tässä verkostossa" }
    public func sharedWith(_ count: Int) -> String { "\(count) yhteistä" }
    public func moreMembers(_ count: Int) -> String { "+ \(count) muuta" }
    public var direction: String { "Kehittämissuunta" }
    public func networkCount(_ count: Int) -> String { "\(count) verkostoa" }
    public func internalTies(_ count: Int) -> String { "\(count) sisäistä yhteyttä" }
    public var tieCount: String { "Verkostojen välisiä yhteyksiä" }
    public func crossSectorShare(_ percent: String) -> String { "Sektorirajat ylittäviä yhteyksiä \(percent)" }
    public var networksInSector: String { "Verkostoja sektorilla" }
    public var directionGap: String { "Sama kehittämissuunta, ei yhteyttä" }
    public var hangingNetwork: String { "Yhteydet yhden organisaation varassa" }
    public var cutOffNetwork: String { "Irtoaa, jos välittäjä lähtee" }
    public var cutOrganisation: String { "Välittäjäorganisaatio (ainoa yhdysside)" }
    public var gaps: String { "Aukot ja välittäjät" }
    public var reachedShare: String { "Tavoitettujen kuntien osuus" }
    public var allMunicipalities: String { "Kaikki kunnat" }
    public var wholeCountry: String { "Koko maa" }
    public var noMunicipalities: String { "ei kuntia" }
    public func coverageSubtitle(networks: Int, direction: String) -> String {
        "\(networks) verkostoa suunnalla \(direction); kunta on tavoitettu, jos siellä on jäsenorganisaatio"
    }
    public var sortedByShare: String { "järjestetty osuuden mukaan, pienin ensin" }
    public var noTie: String { "ei yhteyttä" }
    public var changes: String { "Muutokset" }
    public var gainedTie: String { "Uusi yhteys" }
    public var lostTie: String { "Kadonnut yhteys" }
    public var keptTie: String { "Pysynyt yhteys" }
    public var newNetwork: String { "Uusi verkosto" }
    public var endedNetwork: String { "Päättynyt verkosto" }
    public func changeCounts(gained: Int, lost: Int, started: Int, ended: Int) -> String {
        "\(gained) uutta ja \(lost) kadonnutta yhteyttä, \(started) uutta ja \(ended) päättynyttä verkostoa"
    }
    public func snapshot(_ date: String) -> String { "Tilanne \(date)" }
    public var tieWeightCollaborations: String { "Yhteistyöt" }
    public var tieWeightSharedMembers: String { "Yhteisiä jäseniä" }
    public var tieWeightMembersAndCollaborations: String { "Yhteiset jäsenet + yhteistyöt" }
    public var tieWeightJaccard: String { "Päällekkäisyys (Jaccard)" }
    public var tieWeightOverlap: String { "Päällekkäisyys (pienempään verkostoon)" }
    public var tieWeightNewman: String { "Yhteistyöpaino (Newman)" }
    public func gapCount(_ shown: Int, of total: Int) -> String {
        shown == total ? "\(total) suunta-aukkoa" : "\(shown) suurinta \(total) suunta-aukosta"
    }
    public var orderBySector: String { "järjestys: sektori" }
    public var orderByCluster: String { "järjestys: klusteri (Louvain)" }
    public func changeMapTitle(from: String, to: String) -> String { "Verkostojen muutokset \(from)–\(to)" }
    public var brokerOrganisation: String { "Välittäjä: yhdistää muuten erillisiä verkostoja" }
    public var brokerMembership: String { "Välittäjän jäsenyys" }
    public func brokerCount(_ count: Int) -> String { count == 1 ? "1 välittäjä" : "\(count) välittäjää" }
    public func largestNetworks(_ shown: Int, of total: Int) -> String { "\(shown)/\(total) verkostoa, joilla on eniten jäseniä" }

    // MARK: Maps of Finland

    public var coverageGeoTitle: String { "Verkostojen tavoittamat kunnat" }
    public func membersGeoTitle(_ network: String) -> String { "\(network): jäsenten sijainti" }
    public var municipality: String { "Kunta" }
    public var reached: String { "Tavoitettu" }
    public var notReached: String { "Ei tavoitettu" }
    public var inhabitants: String { "Asukkaita (pinta-ala)" }
    public var membersInMunicipality: String { "Jäsenorganisaatioita kunnassa" }
    public var otherMunicipality: String { "Kunta ilman jäseniä" }
    public var projection: String { "projektio ETRS-TM35FIN" }
    public func reachedOf(_ reached: Int, of total: Int, share: String) -> String {
        "\(reached)/\(total) \(total == 1 ? "kunta" : "kuntaa") tavoitettu (\(share))"
    }
    public func withoutCentre(_ count: Int) -> String {
        count == 1 ? "1 kunta ilman sijaintia ei kartalla" : "\(count) kuntaa ilman sijaintia ei kartalla"
    }
    public func membersIn(_ organisations: Int, places: Int) -> String {
        "\(organisations) \(organisations == 1 ? "jäsenorganisaatio" : "jäsenorganisaatiota") \(places) kunnassa"
    }
    public func municipalityTooltip(_ name: String, population: Int, written: String, members: Int) -> String {
        let people = "\(written) \(population == 1 ? "asukas" : "asukasta")"
        let reach = members == 0 ? "ei tavoitettu"
            : "tavoitettu: \(members) \(members == 1 ? "jäsenorganisaatio" : "jäsenorganisaatiota")"
        return "\(name): \(people) · \(reach)"
    }
    public func membersTooltip(_ name: String, members: Int) -> String {
        "\(name): \(members) \(members == 1 ? "jäsenorganisaatio" : "jäsenorganisaatiota")"
    }
    public func atMost(_ value: String) -> String { "enintään \(value)" }

    // MARK: Trend chart

    public var trendTitle: String { "Verkostojen kehitys" }
    public func snapshotRange(from: String, to: String, count: Int) -> String {
        let range = from == to ? from : "\(from)–\(to)"
        return count == 1 ? "1 tilanne \(range)" : "\(count) tilannetta \(range)"
    }
    public var endOfQuarter: String { "neljänneksen loppu" }
    public var endOfYear: String { "vuoden loppu" }
    public var sharesPanel: String { "Osuudet" }
    public var shareAxis: String { "osuus (%)" }
    public func countsPanel(base: String) -> String { "Määrät indeksinä (\(base) = 100)" }
    public var indexAxis: String { "indeksi" }
    public var eiIndexPanel: String { "E-I-indeksi sektoreittain" }

    // MARK: Report

    public var reportTitle: String { "Verkostokatsaus" }
    public var reportLead: String {
        "OPH:n johtamien kehittämisverkostojen kokonaiskuva: kuka on mukana, miten verkostot tekevät yhteistyötä ja missä on aukkoja."
    }
    public var contents: String { "Sisältö" }
    public var keyFigures: String { "Avainluvut" }
    public var figureNetworks: String { "verkostoa" }
    public var figureOrganisations: String { "jäsenorganisaatiota" }
    public func figureMunicipalities(of total: Int) -> String { "kuntaa tavoitettu (kaikkiaan \(total))" }
    public var figureCrossSector: String { "yhteyksistä ylittää sektorirajan" }
    public var answer: String { "Vastaus" }
    public var tableBehind: String { "Taulukko" }
    public var sortHint: String { "Lajittele napsauttamalla sarakkeen otsikkoa." }
    public var questionNetworks: String { "Mitä verkostoja on, mihin ne pyrkivät ja miten ne toimivat?" }
    public var questionCrossSector: String {
        "Kuinka paljon verkostot tekevät yhteistyötä sektorirajojen yli, ja onko se kasvanut?"
    }
    public var questionDirections: String {
        "Millä verkostoilla on sama kehittämissuunta mutta ei yhteisiä jäseniä eikä yhteistä työtä?"
    }
    public var questionCoverage: String { "Mitä maakuntia ja kuntatyyppejä mikään johtamisverkosto ei tavoita?" }
    public var questionCentral: String {
        "Mitkä verkostot ja organisaatiot ovat keskeisiä, ja mitkä ovat välittäjiä tai yksittäisiä heikkoja kohtia?"
    }
    public var gapsToAct: String { "Aukot, joihin tarttua" }
    public var overlapHeading: String { "Verkostojen päällekkäisyys" }
    public var trendHeading: String { "Kehitys" }
    public var interactiveMap: String { "Vuorovaikutteinen verkostokartta" }
    public var mapHelp: String {
        "Vie osoitin verkoston päälle nähdäksesi sen tiedot, napsauta avataksesi verkostokortin. Haku ja suodattimet korostavat verkostoja."
    }
    public var mapKeys: String { "Näppäimistöllä: sarkain vie kartalle, nuolinäppäimet siirtävät verkostosta toiseen, Enter avaa kortin ja Esc sulkee sen." }
    public var search: String { "Hae verkostoa" }
    public var allSectors: String { "Kaikki sektorit" }
    public var allDirections: String { "Kaikki suunnat" }
    public var cardHint: String { "Valitse verkosto kartalta tai taulukosta." }
    public var zoomIn: String { "Lähennä" }
    public var zoomOut: String { "Loitonna" }
    public var zoomFit: String { "Sovita" }
    public var close: String { "Sulje" }
    public var network: String { "Verkosto" }
    public var organisation: String { "Organisaatio" }
    public var goal: String { "Tavoite" }
    public var operatingModel: String { "Toimintamalli" }
    public var unit: String { "Koordinoiva yksikkö" }
    public var membersByKind: String { "Jäsenet tyypeittäin" }
    public var membersByRegion: String { "Jäsenet maakunnittain" }
    public var directions: String { "Kehittämissuunnat" }
    public var ranks: String { "Keskeisyys (sija)" }
    public var gapsOfNetwork: String { "Aukot, joissa verkosto on mukana" }
    public var none: String { "ei yhtään" }
    public var since: String { "Alkanut" }
    public var mainDirection: String { "Pääsuunta" }
    public var degree: String { "Astekeskeisyys" }
    public var betweenness: String { "Välityskeskeisyys" }
    public var eigenvector: String { "Ominaisvektorikeskeisyys" }
    public var rank: String { "Sija" }
    public var networkA: String { "Verkosto A" }
    public var networkB: String { "Verkosto B" }
    public var sharedDirection: String { "Yhteinen suunta" }
    public var municipalitiesColumn: String { "Kuntia" }
    public var reachedColumn: String { "Tavoitettu" }
    public var shareColumn: String { "Osuus" }
    public var externalTies: String { "Yhteydet muihin sektoreihin" }
    public var internalTies: String { "Sektorin sisäiset yhteydet" }
    public var eiIndexColumn: String { "E-I-indeksi" }
    public var networksColumn: String { "Verkostoja" }
    public var directionGapsHeading: String { "Suuntakatveet" }
    public var coverageGapsHeading: String { "Kattavuuden aukot" }
    public var brokersHeading: String { "Välittäjät ja heikot kohdat" }
    public var overloadHeading: String { "Kuormittuneet organisaatiot" }
    public var isolatedHeading: String { "Erilliset verkostot" }
    public var overlapAnswerLabel: String {
        "Kahden verkoston yhteisten jäsenten määrä. Tummempi ruutu = enemmän yhteisiä jäseniä."
    }
    public func trendCaption(from: Int, to: Int) -> String {
        "Tunnusluvut vuoden lopussa \(from)–\(to); viimeinen piste on raportin päivä."
    }
    public var noticeLabel: String { "Huom." }
    public var printHint: String { "Tulosta tai tallenna PDF:ksi selaimen tulostustoiminnolla." }
    public func answerNetworks(networks: Int, sectors: Int, organisations: Int, largest: String, largestMembers: Int, units: Int) -> String {
        "OPH johtaa \(networks) aktiivista verkostoa \(sectors) sektorilla; niissä on mukana \(organisations) organisaatiota. Suurin on \(largest) (\(largestMembers) jäsentä). Verkostoja koordinoi \(units) OPH:n yksikköä."
    }
    public func answerCentral(network: String, organisation: String, organisationNetworks: Int, singleLinks: Int) -> String {
        "Keskeisin verkosto on \(network). Eniten verkostoja yhdistää \(organisation) (\(organisationNetworks) verkostossa). \(singleLinks) havaintoa välittäjistä tai yhden organisaation varassa olevista yhteyksistä."
    }

    // MARK: Report answers

    public func changeSince(_ signedPoints: String, date: String) -> String { "\(signedPoints) %-yks. vuodesta \(date)" }
    public func answerCrossSector(share: String, ties: Int, cross: Int, previousShare: String?, previousDate: String, grew: Bool?) -> String {
        let first = "Verkostojen välisistä yhteyksistä \(cross)/\(ties) (\(share)) ylittää sektorirajan."
        guard let previousShare, let grew else { return first }
        return first + " " + (grew ? "Osuus on kasvanut: vuotta aiemmin (\(previousDate)) se oli \(previousShare)."
            : "Osuus ei ole kasvanut: vuotta aiemmin (\(previousDate)) se oli \(previousShare).")
    }
    public func answerDirections(count: Int, example: String?) -> String {
        let first = "\(count) verkostoparilla on sama kehittämissuunta, mutta ei yhteisiä jäseniä eikä yhteistyötä."
        guard let example else { return first }
        return first + " Suurin aukko: " + example
    }
    public func answerCoverage(reached: Int, total: Int, types: String, unreached: Int, weakest: String?) -> String {
        var text = "Johtamisverkostot tavoittavat \(reached) kuntaa \(total) kunnasta: \(types). \(unreached) kuntaa jää kokonaan tavoittamatta."
        if let weakest { text += " Heikoimmin tavoitettu maakunta: \(weakest)." }
        return text
    }

    // MARK: Change (diff and trend)

    public var active: String { "aktiivinen" }
    public var inactive: String { "ei aktiivinen" }
    public var isMember: String { "jäsen" }
    public var isNotMember: String { "ei jäsen" }
    public var networkStartedReason: String { "verkosto alkoi" }
    public var networkEndedReason: String { "verkosto päättyi" }
    public var tied: String { "yhteys" }
    public var untied: String { "ei yhteyttä" }
    public var tieGained: String { "syntyi" }
    public var tieLost: String { "katosi" }
    public var networkStarted: String { "alkoi" }
    public var networkEnded: String { "päättyi" }
    public var networkStartedAndEnded: String { "alkoi ja päättyi" }
    public var memberJoined: String { "liittyi" }
    public var memberLeft: String { "erosi" }
    public var memberJoinedAndLeft: String { "liittyi ja erosi" }
    public var crossSectorReason: String { "sektorirajan yli" }
    public var noChanges: String { "(ei muutoksia)" }
    public var networksStartedAndEndedHeading: String { "Verkostot: alkaneet ja päättyneet" }
    public var membershipsHeading: String { "Jäsenyydet" }
    public var tiesHeading: String { "Verkostojen väliset yhteydet" }
    public var indicatorsHeading: String { "Tunnusluvut" }
    public var summaryHeading: String { "Yhteenveto" }
    public var indicatorColumn: String { "tunnusluku" }
    public var idColumn: String { "tunnus" }
    public var nameColumn: String { "nimi" }
    public var otherColumn: String { "kohde" }
    public var otherNameColumn: String { "kohteen nimi" }
    public var beforeColumn: String { "ennen" }
    public var afterColumn: String { "jälkeen" }
    public var changeColumn: String { "muutos" }
    public var reasonColumn: String { "peruste" }
    public var ruralCaughtUp: String { "Maaseutumaiset kunnat kirivät, mutta ovat yhä jäljessä kaupunkimaisista." }
    public var ruralLags: String { "Maaseutumaiset kunnat ovat yhä jäljessä kaupunkimaisista." }
    public func percentagePoints(_ signed: String) -> String { "\(signed) %-yks." }
    public func changesTitle(from: String, to: String) -> String { "Muutokset \(from) – \(to)" }
    public func tieCounts(gained: Int, lost: Int) -> String { "syntyi \(gained), katosi \(lost)" }
    public func sharedMembersReason(_ count: Int) -> String { "yhteisiä jäseniä \(count)" }
    public func collaborationReason(_ count: Int) -> String { "yhteistyö \(count)" }
    public func networksSummary(before: Int, after: Int, started: Int, ended: Int) -> String {
        "Aktiivisia verkostoja oli \(before), nyt \(after): \(started) alkoi ja \(ended) päättyi."
    }
    public func endedNetworks(_ names: String) -> String { "Päättyi: \(names)." }
    public func succession(new: String, since: String, old: String, until: String) -> String {
        "\(new) (alkoi \(since)) jatkaa päättyneen verkoston työtä: \(old) päättyi \(until). Niillä on sama sektori ja pääsuunta."
    }
    public func crossSectorShareRose(from: String, to: String) -> String {
        "Sektorirajat ylittävien yhteyksien osuus kasvoi \(from):sta \(to):iin"
    }
    public func crossSectorShareFell(from: String, to: String) -> String {
        "Sektorirajat ylittävien yhteyksien osuus laski \(from):sta \(to):iin"
    }
    public func crossSectorShareStayed(at share: String) -> String {
        "Sektorirajat ylittävien yhteyksien osuus pysyi \(share):ssa"
    }
    public func crossSectorTies(before: Int, after: Int) -> String { "(\(before) → \(after) yhteyttä)" }
    public func coverageSummary(rural: String, semiUrban: String, urban: String) -> String {
        "Johtamisverkostot tavoittivat maaseutumaisista kunnista \(rural), taajaan asutuista \(semiUrban) ja kaupunkimaisista \(urban)."
    }
    public func membershipsSummary(joined: Int, left: Int, leftWithNetwork: Int, brief: Int) -> String {
        "Organisaatioiden jäsenyyksiä verkostoissa alkoi \(joined) ja päättyi \(left) (\(leftWithNetwork) verkoston päättyessä); lisäksi \(brief) jäsenyyttä alkoi ja päättyi jakson aikana."
    }
    public func tiesSummary(gained: Int, lost: Int) -> String {
        "Verkostojen välisiä yhteyksiä syntyi \(gained) ja katosi \(lost)."
    }
    public func gapsSummary(directionGapsBefore: Int, directionGapsAfter: Int, isolatedBefore: Int, isolatedAfter: Int) -> String {
        "Suuntakatveita (sama kehittämissuunta, ei yhteyttä) oli \(directionGapsBefore), nyt \(directionGapsAfter); erillisiä verkostoja \(isolatedBefore) → \(isolatedAfter)."
    }

    // MARK: Gap findings

    public var noDirectionGaps: String {
        "Suuntakuiluja ei löytynyt: kaikilla saman suunnan verkostoilla on yhteisiä jäseniä tai yhteistä toimintaa."
    }
    public func directionGap(_ a: String, _ b: String, directions: String, bridges: String?) -> String {
        "Verkostot \(a) ja \(b) työskentelevät molemmat suunnalla \(directions), mutta niillä ei ole yhteisiä jäseniä eikä yhteistä toimintaa"
            + (bridges.map { "; yhdistäjänä voisi toimia \($0)." } ?? ".")
    }
    public func noNetworkOnDirection(_ direction: String) -> String {
        "Yksikään verkosto ei työskentele suunnalla \(direction), joten kattavuutta ei voi laskea."
    }
    public func coverageOfGroup(direction: String, group: String, isRegion: Bool, reached: Int, municipalities: Int, share: String) -> String {
        "Suunnan \(direction) verkostot tavoittavat ryhmästä \(group) \(reached)/\(municipalities) kuntaa (\(share))."
    }
    public func coverageEquality(_ ratio: String) -> String {
        "Heikoimmin tavoitetun kuntatyypin kattavuus on \(ratio) kertaa parhaiten tavoitetun kuntatyypin kattavuus."
    }
    public func unreachedMunicipality(direction: String, municipality: String, region: String, type: String, population: Int) -> String {
        "Yksikään suunnan \(direction) verkosto ei tavoita kuntaa \(municipality) (\(region), \(type), asukkaita \(population))."
    }
    public var noIsolatedNetworks: String {
        "Eristäytyneitä verkostoja ei ole: jokaisella verkostolla on yhteisiä jäseniä tai yhteistyötä jonkin toisen kanssa."
    }
    public func isolatedNetwork(_ network: String) -> String {
        "Verkostolla \(network) ei ole yhteisiä jäseniä eikä yhteistyötä minkään muun verkoston kanssa."
    }
    public func noOverload(threshold: Int) -> String {
        "Yksikään organisaatio ei ole mukana useammassa kuin \(threshold) verkostossa."
    }
    public func overloaded(_ organisation: String, networks: Int) -> String {
        "\(organisation) on mukana \(networks) verkostossa yhtä aikaa, mikä voi kuormittaa sitä."
    }
    public func andMore(_ count: Int) -> String { " ja \(count) muuta" }
    public func onlyLink(_ organisation: String, cutOff networks: String) -> String {
        "\(organisation) on ainoa yhdysside: ilman sitä \(networks) irtoaisi muista verkostoista."
    }
    public func hangsOnOne(_ network: String, organisation: String) -> String {
        "Verkosto \(network) on yhteydessä muihin verkostoihin vain organisaation \(organisation) kautta."
    }
    public func broker(_ organisation: String, betweenness: String, constraint: String) -> String {
        "\(organisation) välittää tietoa muuten erillisten verkostojen välillä (välityskeskeisyys \(betweenness), rajoite \(constraint))."
    }
    public var noBrokers: String { "Välittäjiä ei löytynyt: verkostot eivät ole yhden organisaation varassa." }
    public var noNetworksThatDay: String { "Ei verkostoja tänä päivänä." }
    public var allSectorsSubject: String { "kaikki sektorit" }
    public func wholeFieldEI(share: String, observed: String, expected: String) -> String {
        "Verkostojen yhteyksistä \(share) ylittää sektorirajan; E-I-indeksi on \(observed), kun satunnaisesti odottaisi \(expected)."
    }
    public func sectorEI(_ sector: String, index: String) -> String { "Sektorin \(sector) E-I-indeksi on \(index): " }
    public func sectorIsSilo(p: String) -> String {
        "sektori on siilo: sen verkostot pitävät yhteyttä lähinnä keskenään (p = \(p))."
    }
    public func sectorFewerTies(p: String) -> String {
        "sen verkostoilla on vähemmän yhteyksiä muihin sektoreihin kuin sattumalta odottaisi (p = \(p))."
    }
    public func sectorReachesOut(p: String) -> String {
        "sen verkostot suuntautuvat muihin sektoreihin enemmän kuin sattumalta (p = \(p))."
    }
    public var notDifferentFromChance: String { "ero sattumaan ei ole merkitsevä." }
    public func unconnectedSectors(_ a: String, _ b: String) -> String {
        "Sektoreiden \(a) ja \(b) verkostoilla ei ole yhtään yhteistä jäsentä eikä yhteistyötä."
    }
    public func tiesWithinSector(_ sector: String, ties: Int) -> String {
        "Sektorin \(sector) sisällä verkostojen välillä on \(ties) yhteyttä."
    }
    public func tiesBetweenSectors(_ a: String, _ b: String, ties: Int) -> String {
        "Sektoreiden \(a) ja \(b) verkostojen välillä on \(ties) yhteyttä."
    }
    public var communitiesNeedTwoNetworks: String { "Yhteisöjä ei voi etsiä alle kahdesta verkostosta." }
    public func communitiesAgainstSectors(count: Int, nmi: String, ari: String) -> String {
        "Verkostot jakautuvat \(count) yhteisöön; yhteisöjen ja sektoreiden vastaavuus on NMI \(nmi), ARI \(ari): "
    }
    public var communitiesFollowSectors: String { "yhteisöt noudattavat sektorirajoja, eli sektorit ovat siiloja." }
    public var communitiesPartlyFollowSectors: String { "yhteisöt noudattavat osin sektorirajoja." }
    public var communitiesCrossSectors: String { "yhteisöt ylittävät sektorirajoja." }
    public func community(_ number: Int, networks: Int, inTopSector: Int, sector: String) -> String {
        networks == 1 ? "Yhteisössä \(number) on vain yksi verkosto (sektori \(sector))."
            : "Yhteisössä \(number) on \(networks) verkostoa, joista \(inTopSector) sektorilta \(sector)."
    }
}
