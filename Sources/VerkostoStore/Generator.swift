import VerkostoModel
import VerkostoSupport

/// Makes an illustrative data set of any size, deterministically from a seed.
///
/// Sectors, directions, the 19 regions and a few dozen real municipalities are built in;
/// networks, organisations, memberships, direction links and collaborations are made up.
/// Network sizes follow a Zipf law (a few large networks, many small ones), as real
/// affiliation networks do. Dates fall in 2022–2026 and always inside the network's period.
public struct Generator {
    public var networks: Int
    public var organisations: Int
    public var seed: UInt64
    /// The exact number of memberships, or `nil` for 1–6 networks per organisation (skewed to few).
    public var memberships: Int?

    public init(networks: Int, organisations: Int, seed: UInt64, memberships: Int? = nil) {
        self.networks = networks
        self.organisations = organisations
        self.seed = seed
        self.memberships = memberships
    }

    /// Why the sizes cannot be generated, or `nil` when they can.
    public var problem: String? {
        if networks < 1 { return "--networks must be at least 1" }
        if organisations < 1 { return "--organisations must be at least 1" }
        if let memberships {
            if memberships < organisations {
                return "--memberships must be at least --organisations (each organisation joins one network or more)"
            }
            if (memberships + organisations - 1) / organisations > networks {
                return "--memberships needs more networks: an organisation joins each network at most once"
            }
        }
        return nil
    }

    /// Makes the data set.
    ///
    /// - Complexity: O(*m* log *n*) for *m* memberships and *n* networks.
    public func generate() -> Atlas {
        precondition(problem == nil, problem ?? "")
        var random = SplitMix64(seed: seed)
        let start = Day(year: 2022, month: 1, day: 1)!.ordinal
        let end = Day(year: 2026, month: 12, day: 31)!.ordinal

        let sectors = Builtin.sectors.map { Sector(id: $0.0, name: LocalizedText(fi: $0.1, sv: $0.2, en: $0.3)) }
        let directions = Builtin.directions.map { Direction(id: $0.0, name: LocalizedText(fi: $0.1, sv: $0.2, en: $0.3)) }
        let regions = Builtin.regions.map { Region(id: $0.0, name: LocalizedText(fi: $0.1, sv: $0.2)) }
        let municipalities = Builtin.municipalities.map {
            Municipality(id: $0.0, name: LocalizedText(fi: $0.1, sv: $0.2), region: $0.3,
                         type: MunicipalityType(rawValue: $0.4)!, language: LanguageStatus(rawValue: $0.5)!, population: $0.6)
        }

        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }

        // Networks.
        var networkList: [Network] = []
        networkList.reserveCapacity(networks)
        let idWidth = String(networks).count
        for index in 0..<networks {
            let sector = sectors[random.below(sectors.count)]
            let theme = directions[random.below(directions.count)]
            let since = Day(ordinal: start + random.below(4 * 365))
            var until: Day?
            if random.unit() < 0.25 {
                until = Day(ordinal: min(end, since.ordinal + 365 + random.below(3 * 365)))
            }
            let number = index + 1
            networkList.append(Network(
                id: "n-\(pad(number, idWidth))",
                name: LocalizedText(fi: "\(theme.name.fi): \(sector.name.fi.lowercased()) \(number)",
                                    sv: "\(theme.name.sv): \(sector.name.sv.lowercased()) \(number)",
                                    en: "\(theme.name.en): \(sector.name.en.lowercased()) \(number)"),
                sector: sector.id, unit: Builtin.units[random.below(Builtin.units.count)],
                goal: "\(theme.name.fi): yhteinen kehittäminen jäsenten kanssa.",
                operatingModel: Builtin.operatingModels[random.below(Builtin.operatingModels.count)],
                period: Period(since: since, until: until)))
        }

        // Zipf weights for network popularity: network at rank r has weight 1 / r.
        var cumulative: [Double] = []
        cumulative.reserveCapacity(networks)
        var total = 0.0
        for rank in 1...networks {
            total += 1.0 / Double(rank)
            cumulative.append(total)
        }
        func popularNetwork(_ random: inout SplitMix64) -> Int {
            let target = random.unit() * total
            var low = 0, high = networks - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] < target { low = middle + 1 } else { high = middle }
            }
            return low
        }

        // Municipality choice weighted by population.
        var municipalityCumulative: [Int] = []
        var people = 0
        for municipality in municipalities {
            people += municipality.population
            municipalityCumulative.append(people)
        }

        // Organisations.
        var organisationList: [Organisation] = []
        organisationList.reserveCapacity(organisations)
        let orgWidth = String(organisations).count
        for index in 0..<organisations {
            let target = random.below(people)
            let place = municipalityCumulative.firstIndex { $0 > target }!
            let municipality = municipalities[place]
            let kind = Builtin.kinds[random.below(Builtin.kinds.count)]
            var language = LanguageStatus.fi
            switch municipality.language {
            case .sv: language = .sv
            case .finnishSwedish: language = random.unit() < 0.2 ? .sv : .fi
            case .swedishFinnish: language = random.unit() < 0.6 ? .sv : .fi
            default: language = random.unit() < 0.01 ? .en : .fi
            }
            organisationList.append(Organisation(
                id: "o-\(pad(index + 1, orgWidth))", name: "\(municipality.name.fi): \(kind.1) \(index + 1)",
                kind: OrganisationKind(rawValue: kind.0)!, municipality: municipality.id, language: language))
        }

        // Memberships: each organisation joins k distinct networks chosen by popularity.
        var membershipList: [Membership] = []
        membershipList.reserveCapacity(memberships ?? organisations * 2)
        let perOrganisation = [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6]
        var chosen: [Int] = []
        for index in 0..<organisations {
            var count: Int
            if let memberships {
                count = memberships / organisations + (index < memberships % organisations ? 1 : 0)
            } else {
                count = min(networks, perOrganisation[random.below(perOrganisation.count)])
            }
            chosen.removeAll(keepingCapacity: true)
            var attempts = 0
            while chosen.count < count {
                attempts += 1
                // Popularity first; after many collisions, any network not yet taken.
                let candidate = attempts < 8 * count + 16 ? popularNetwork(&random) : random.below(networks)
                if !chosen.contains(candidate) { chosen.append(candidate) }
            }
            for candidate in chosen {
                let network = networkList[candidate]
                let first = network.period.since!.ordinal
                let last = (network.period.until ?? Day(ordinal: end)).ordinal
                let since = first + random.below(max(1, (last - first) / 2 + 1))
                var until: Day? = network.period.until
                if random.unit() < 0.15 { until = Day(ordinal: since + random.below(last - since + 1)) }
                let roll = random.unit()
                let role: MembershipRole = roll < 0.03 ? .coordinator : roll < 0.18 ? .partner : .member
                membershipList.append(Membership(organisation: organisationList[index].id, network: network.id,
                                                 role: role, period: Period(since: Day(ordinal: since), until: until)))
            }
        }

        // Directions: one to three per network, the first the main one.
        var links: [NetworkDirection] = []
        for network in networkList {
            var taken: [Int] = []
            let count = 1 + random.below(3)
            while taken.count < count {
                let candidate = random.below(directions.count)
                if !taken.contains(candidate) { taken.append(candidate) }
            }
            for (position, direction) in taken.enumerated() {
                links.append(NetworkDirection(network: network.id, direction: directions[direction].id, priority: position + 1))
            }
        }

        // Collaborations: about one per two networks, dated inside both networks' periods.
        var collaborationList: [Collaboration] = []
        var seen = Set<String>()
        if networks > 1 {
            for _ in 0..<(networks / 2 + 1) {
                let a = popularNetwork(&random), b = random.below(networks)
                guard a != b else { continue }
                let first = max(networkList[a].period.since!.ordinal, networkList[b].period.since!.ordinal)
                let last = min((networkList[a].period.until ?? Day(ordinal: end)).ordinal,
                               (networkList[b].period.until ?? Day(ordinal: end)).ordinal)
                guard first <= last else { continue }
                let kind = CollaborationKind.allCases[random.below(CollaborationKind.allCases.count)]
                let since = first + random.below(last - first + 1)
                let until = random.unit() < 0.5 ? Day(ordinal: since + random.below(last - since + 1)) : nil
                let key = "\(min(a, b))-\(max(a, b))-\(kind.rawValue)-\(since)"
                guard seen.insert(key).inserted else { continue }
                collaborationList.append(Collaboration(networkA: networkList[a].id, networkB: networkList[b].id, kind: kind,
                                                       period: Period(since: Day(ordinal: since), until: until)))
            }
        }

        return Atlas(
            metadata: ["name": "Verkosto synthetic data (seed \(seed))", "source": "verkosto generate",
                       "notice": "Illustrative data made up by a program; places are real, memberships are not."],
            sectors: sectors, directions: directions, regions: regions, municipalities: municipalities,
            networks: networkList, organisations: organisationList, memberships: membershipList,
            networkDirections: links, collaborations: collaborationList)
    }
}
