import VerkostoModel

/// The HTML report's words, in the same string table as the maps (Finnish, Swedish, English).
///
/// Sentences that carry figures take them as parameters: the answers are computed from the
/// data by ``Report``, only the wording lives here.
extension MapStrings {
    public var reportTitle: String { pick("Verkostokatsaus", "Nätverksöversikt", "Network report") }
    var reportLead: String {
        pick("OPH:n johtamien kehittämisverkostojen kokonaiskuva: kuka on mukana, miten verkostot tekevät yhteistyötä ja missä on aukkoja.",
             "En helhetsbild av Utbildningsstyrelsens utvecklingsnätverk: vem som deltar, hur nätverken samarbetar och var det finns luckor.",
             "An overall picture of the development networks EDUFI leads: who takes part, how the networks work together and where the gaps are.")
    }
    var contents: String { pick("Sisältö", "Innehåll", "Contents") }
    var keyFigures: String { pick("Avainluvut", "Nyckeltal", "Key figures") }
    var figureNetworks: String { pick("verkostoa", "nätverk", "networks") }
    var figureOrganisations: String { pick("jäsenorganisaatiota", "medlemsorganisationer", "member organisations") }
    func figureMunicipalities(of total: Int) -> String {
        pick("kuntaa tavoitettu (kaikkiaan \(total))", "kommuner nådda (av \(total))", "of \(total) municipalities reached")
    }
    var figureCrossSector: String { pick("yhteyksistä ylittää sektorirajan", "av banden är sektorsöverskridande", "of ties cross sectors") }
    func changeSince(_ points: Int, day: Day) -> String {
        let signed = points > 0 ? "+\(points)" : points < 0 ? "−\(-points)" : "±0"
        return pick("\(signed) %-yks. vuodesta \(day.day).\(day.month).\(day.year)",
                    "\(signed) procentenheter sedan \(day.day).\(day.month).\(day.year)",
                    "\(signed) points since \(day)")
    }
    var answer: String { pick("Vastaus", "Svar", "Answer") }
    var tableBehind: String { pick("Taulukko", "Tabell", "Table") }
    var sortHint: String { pick("Lajittele napsauttamalla sarakkeen otsikkoa.", "Sortera genom att klicka på en kolumnrubrik.", "Click a column header to sort.") }

    // Questions (DESIGN.md, "The questions it must answer").
    var questionNetworks: String { pick("Mitä verkostoja on, mihin ne pyrkivät ja miten ne toimivat?", "Vilka nätverk finns, vad strävar de efter och hur arbetar de?", "What networks are there, what do they aim at, and how do they work?") }
    var questionCrossSector: String { pick("Kuinka paljon verkostot tekevät yhteistyötä sektorirajojen yli, ja onko se kasvanut?", "Hur mycket samarbetar nätverken över sektorsgränserna, och har det ökat?", "How much do networks cooperate across sectors, and has it grown?") }
    var questionDirections: String { pick("Millä verkostoilla on sama kehittämissuunta mutta ei yhteisiä jäseniä eikä yhteistä työtä?", "Vilka nätverk har samma utvecklingsriktning men inga gemensamma medlemmar och inget gemensamt arbete?", "Which networks share a direction but have no shared members and no joint work?") }
    var questionCoverage: String { pick("Mitä maakuntia ja kuntatyyppejä mikään johtamisverkosto ei tavoita?", "Vilka landskap och kommuntyper nås inte av något ledarskapsnätverk?", "Which regions and municipality types are not reached by any leadership network?") }
    var questionCentral: String { pick("Mitkä verkostot ja organisaatiot ovat keskeisiä, ja mitkä ovat välittäjiä tai yksittäisiä heikkoja kohtia?", "Vilka nätverk och organisationer är centrala, och vilka är mellanhänder eller enskilda svaga punkter?", "Which networks and organisations are central, and which are brokers or single points of failure?") }
    var gapsToAct: String { pick("Aukot, joihin tarttua", "Luckor att åtgärda", "Gaps to act on") }
    var overlapHeading: String { pick("Verkostojen päällekkäisyys", "Nätverkens överlappning", "Overlap between networks") }
    var trendHeading: String { pick("Kehitys", "Utveckling", "Trend") }
    var interactiveMap: String { pick("Vuorovaikutteinen verkostokartta", "Interaktiv nätverkskarta", "Interactive network map") }
    var mapHelp: String { pick("Vie osoitin verkoston päälle nähdäksesi sen tiedot, napsauta avataksesi verkostokortin. Haku ja suodattimet korostavat verkostoja.",
                               "Håll pekaren över ett nätverk för att se uppgifterna, klicka för att öppna nätverkskortet. Sökning och filter framhäver nätverk.",
                               "Hover over a network to see its details; click it to open its card. The search box and filters highlight networks.") }
    var search: String { pick("Hae verkostoa", "Sök nätverk", "Search networks") }
    var allSectors: String { pick("Kaikki sektorit", "Alla sektorer", "All sectors") }
    var allDirections: String { pick("Kaikki suunnat", "Alla riktningar", "All directions") }
    var cardHint: String { pick("Valitse verkosto kartalta tai taulukosta.", "Välj ett nätverk på kartan eller i tabellen.", "Choose a network on the map or in the table.") }
    var zoomIn: String { pick("Lähennä", "Zooma in", "Zoom in") }
    var zoomOut: String { pick("Loitonna", "Zooma ut", "Zoom out") }
    var zoomFit: String { pick("Sovita", "Anpassa", "Fit") }
    var close: String { pick("Sulje", "Stäng", "Close") }

    // Card and table labels.
    var network: String { pick("Verkosto", "Nätverk", "Network") }
    var organisation: String { pick("Organisaatio", "Organisation", "Organisation") }
    var goal: String { pick("Tavoite", "Mål", "Goal") }
    var operatingModel: String { pick("Toimintamalli", "Verksamhetsmodell", "Operating model") }
    var unit: String { pick("Koordinoiva yksikkö", "Koordinerande enhet", "Coordinating unit") }
    var membersByKind: String { pick("Jäsenet tyypeittäin", "Medlemmar per typ", "Members by kind") }
    var membersByRegion: String { pick("Jäsenet maakunnittain", "Medlemmar per landskap", "Members by region") }
    var directions: String { pick("Kehittämissuunnat", "Utvecklingsriktningar", "Development directions") }
    var ranks: String { pick("Keskeisyys (sija)", "Centralitet (placering)", "Centrality (rank)") }
    var gapsOfNetwork: String { pick("Aukot, joissa verkosto on mukana", "Luckor som nätverket ingår i", "Gaps it is part of") }
    var none: String { pick("ei yhtään", "inga", "none") }
    var since: String { pick("Alkanut", "Startade", "Since") }
    var mainDirection: String { pick("Pääsuunta", "Huvudriktning", "Main direction") }
    var degree: String { pick("Astekeskeisyys", "Gradcentralitet", "Degree") }
    var betweenness: String { pick("Välityskeskeisyys", "Mellanhandscentralitet", "Betweenness") }
    var eigenvector: String { pick("Ominaisvektorikeskeisyys", "Egenvektorcentralitet", "Eigenvector") }
    var rank: String { pick("Sija", "Placering", "Rank") }
    var networkA: String { pick("Verkosto A", "Nätverk A", "Network A") }
    var networkB: String { pick("Verkosto B", "Nätverk B", "Network B") }
    var sharedDirection: String { pick("Yhteinen suunta", "Gemensam riktning", "Shared direction") }
    var municipalitiesColumn: String { pick("Kuntia", "Kommuner", "Municipalities") }
    var reachedColumn: String { pick("Tavoitettu", "Nådda", "Reached") }
    var shareColumn: String { pick("Osuus", "Andel", "Share") }
    var externalTies: String { pick("Yhteydet muihin sektoreihin", "Band till andra sektorer", "Ties to other sectors") }
    var internalTies: String { pick("Sektorin sisäiset yhteydet", "Band inom sektorn", "Ties within the sector") }
    var eiIndexColumn: String { pick("E-I-indeksi", "E-I-index", "E-I index") }
    var networksColumn: String { pick("Verkostoja", "Nätverk", "Networks") }
    var directionGapsHeading: String { pick("Suuntakatveet", "Riktningsluckor", "Direction gaps") }
    var coverageGapsHeading: String { pick("Kattavuuden aukot", "Luckor i täckningen", "Coverage gaps") }
    var brokersHeading: String { pick("Välittäjät ja heikot kohdat", "Mellanhänder och svaga punkter", "Brokers and single points of failure") }
    var overloadHeading: String { pick("Kuormittuneet organisaatiot", "Överbelastade organisationer", "Overloaded organisations") }
    var isolatedHeading: String { pick("Erilliset verkostot", "Isolerade nätverk", "Isolated networks") }
    var overlapAnswerLabel: String { pick("Kahden verkoston yhteisten jäsenten määrä. Tummempi ruutu = enemmän yhteisiä jäseniä.",
                                          "Antal gemensamma medlemmar för två nätverk. Mörkare ruta = fler gemensamma medlemmar.",
                                          "Members shared by two networks. A darker cell means more shared members.") }
    func trendCaption(from: Int, to: Int) -> String {
        pick("Tunnusluvut vuoden lopussa \(from)–\(to); viimeinen piste on raportin päivä.",
             "Nyckeltal vid årets slut \(from)–\(to); sista punkten är rapportens dag.",
             "Indicators at the end of each year \(from)–\(to); the last point is the report's day.")
    }
    var noticeLabel: String { pick("Huom.", "Obs.", "Note") }
    var printHint: String { pick("Tulosta tai tallenna PDF:ksi selaimen tulostustoiminnolla.", "Skriv ut eller spara som PDF med webbläsarens utskriftsfunktion.", "Print or save as PDF with the browser's print command.") }
    func generated(_ day: Day) -> String { pick("Tilanne \(day.day).\(day.month).\(day.year)", "Läget \(day.day).\(day.month).\(day.year)", "As of \(day)") }

    // Computed answers: the figures come from ``Report``.
    func answerNetworks(networks: Int, sectors: Int, organisations: Int, largest: String, largestMembers: Int, units: Int) -> String {
        pick("OPH johtaa \(networks) aktiivista verkostoa \(sectors) sektorilla; niissä on mukana \(organisations) organisaatiota. Suurin on \(largest) (\(largestMembers) jäsentä). Verkostoja koordinoi \(units) OPH:n yksikköä.",
             "Utbildningsstyrelsen leder \(networks) aktiva nätverk inom \(sectors) sektorer med \(organisations) deltagande organisationer. Störst är \(largest) (\(largestMembers) medlemmar). Nätverken koordineras av \(units) enheter.",
             "EDUFI leads \(networks) active networks in \(sectors) sectors, with \(organisations) organisations taking part. The largest is \(largest) (\(largestMembers) members). \(units) EDUFI units coordinate them.")
    }
    func answerCrossSector(share: String, ties: Int, cross: Int, previousShare: String?, previousDay: Day, grew: Bool?) -> String {
        let first = pick("Verkostojen välisistä yhteyksistä \(cross)/\(ties) (\(share)) ylittää sektorirajan.",
                         "\(cross) av \(ties) band mellan nätverk (\(share)) går över sektorsgränserna.",
                         "\(cross) of the \(ties) ties between networks (\(share)) cross sector lines.")
        guard let previousShare, let grew else { return first }
        let day = "\(previousDay.day).\(previousDay.month).\(previousDay.year)"
        let second = grew
            ? pick("Osuus on kasvanut: vuotta aiemmin (\(day)) se oli \(previousShare).", "Andelen har ökat: ett år tidigare (\(day)) var den \(previousShare).", "The share has grown: a year earlier (\(previousDay)) it was \(previousShare).")
            : pick("Osuus ei ole kasvanut: vuotta aiemmin (\(day)) se oli \(previousShare).", "Andelen har inte ökat: ett år tidigare (\(day)) var den \(previousShare).", "The share has not grown: a year earlier (\(previousDay)) it was \(previousShare).")
        return first + " " + second
    }
    func answerDirections(count: Int, example: String?) -> String {
        let first = pick("\(count) verkostoparilla on sama kehittämissuunta, mutta ei yhteisiä jäseniä eikä yhteistyötä.",
                         "\(count) par av nätverk har samma utvecklingsriktning men inga gemensamma medlemmar och inget samarbete.",
                         "\(count) pairs of networks share a development direction but have no shared members and no joint work.")
        guard let example else { return first }
        return first + " " + pick("Suurin aukko: ", "Största luckan: ", "The largest gap: ") + example
    }
    func answerCoverage(reached: Int, total: Int, types: String, unreached: Int, weakest: String?) -> String {
        var text = pick("Johtamisverkostot tavoittavat \(reached) kuntaa \(total) kunnasta: \(types). \(unreached) kuntaa jää kokonaan tavoittamatta.",
                        "Ledarskapsnätverken når \(reached) av \(total) kommuner: \(types). \(unreached) kommuner nås inte alls.",
                        "The leadership networks reach \(reached) of \(total) municipalities: \(types). \(unreached) municipalities are not reached at all.")
        if let weakest { text += " " + pick("Heikoimmin tavoitettu maakunta: \(weakest).", "Svagast nått landskap: \(weakest).", "The least reached region: \(weakest).") }
        return text
    }
    func answerCentral(network: String, organisation: String, organisationNetworks: Int, singleLinks: Int) -> String {
        pick("Keskeisin verkosto on \(network). Eniten verkostoja yhdistää \(organisation) (\(organisationNetworks) verkostossa). \(singleLinks) havaintoa välittäjistä tai yhden organisaation varassa olevista yhteyksistä.",
             "Det mest centrala nätverket är \(network). Flest nätverk förenas av \(organisation) (i \(organisationNetworks) nätverk). \(singleLinks) fynd om mellanhänder eller band som hänger på en enda organisation.",
             "The most central network is \(network). \(organisation) connects the most networks (it is in \(organisationNetworks)). \(singleLinks) findings of brokers or ties that rest on a single organisation.")
    }
}
