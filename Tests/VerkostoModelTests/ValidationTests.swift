import Testing
import VerkostoModel
import VerkostoSupport

/// Every rule of ``Atlas/validate()``, each broken once on the hand-made Atlas.
@Suite struct ValidationTests {
    let base = HandAtlas.atlas

    func with(networks: [Network]? = nil, organisations: [Organisation]? = nil, municipalities: [Municipality]? = nil,
              memberships: [Membership]? = nil, networkDirections: [NetworkDirection]? = nil,
              collaborations: [Collaboration]? = nil) -> Atlas {
        Atlas(metadata: base.metadata, sectors: base.sectors, directions: base.directions, regions: base.regions,
              municipalities: municipalities ?? base.municipalities, networks: networks ?? base.networks,
              organisations: organisations ?? base.organisations, memberships: memberships ?? base.memberships,
              networkDirections: networkDirections ?? base.networkDirections, collaborations: collaborations ?? base.collaborations)
    }

    @Test func theHandMadeAtlasIsValid() {
        #expect(base.validate().isEmpty)
    }

    @Test func idsMustBeUniqueAndNonEmpty() {
        let organisations = base.organisations + [Organisation(id: "o2", name: "Taas", kind: .school, municipality: "091", language: .fi),
                                                  Organisation(id: "", name: "Tyhjä", kind: .school, municipality: "091", language: .fi)]
        let problems = with(organisations: organisations).validate()
        #expect(problems.map(\.description) == ["organisations row 5 column id: duplicate id 'o2' (first on row 2)",
                                                 "organisations row 6 column id: empty id"])
    }

    @Test func referencesMustResolve() {
        let problems = with(
            municipalities: base.municipalities + [Municipality(id: "999", name: LocalizedText(fi: "X"), region: "77", type: .urban,
                                                                language: .fi, population: -1)],
            memberships: base.memberships + [Membership(organisation: "ghost", network: "nowhere", role: .member,
                                                        period: HandAtlas.period("2023-01-01"))],
            networkDirections: base.networkDirections + [NetworkDirection(network: "A", direction: "space", priority: 4)],
            collaborations: base.collaborations + [Collaboration(networkA: "A", networkB: "Q", kind: .peerLearning,
                                                                 period: HandAtlas.period("2023-01-01"))]).errors()
        #expect(problems.map(\.description) == [
            "municipalities row 4 column region: unknown region '77'",
            "municipalities row 4 column population: population -1 is negative",
            "memberships row 6 column organisation: unknown organisation 'ghost'",
            "memberships row 6 column network: unknown network 'nowhere'",
            "network_directions row 4 column direction: unknown direction 'space'",
            "network_directions row 4 column priority: priority 4 is not 1, 2 or 3",
            "collaborations row 3 column network_b: unknown network 'Q'",
        ])
    }

    @Test func periodsMustRunForward() {
        var networks = base.networks
        networks[0] = Network(id: "A", name: LocalizedText(fi: "Aa"), sector: "basic", unit: "", goal: "", operatingModel: "",
                              period: HandAtlas.period("2024-01-01", "2023-01-01"))
        #expect(with(networks: networks).errors().map(\.description) == ["networks row 1 column until: until 2023-01-01 is before since 2024-01-01"])
    }

    @Test func repeatedRowsAreErrors() {
        let problems = with(
            memberships: base.memberships + [base.memberships[0]],
            networkDirections: base.networkDirections + [NetworkDirection(network: "A", direction: "leadership", priority: 3)],
            collaborations: base.collaborations + [Collaboration(networkA: "B", networkB: "A", kind: .jointEvent,
                                                                 period: HandAtlas.period("2023-05-05"))]).errors()
        #expect(problems.map(\.description) == [
            "memberships row 6: the same membership of 'o1' in 'A' again (first on row 1)",
            "network_directions row 4: direction 'leadership' of network 'A' again (first on row 2)",
            "collaborations row 3: the same collaboration again (first on row 1)",
        ])
    }

    @Test func aNetworkCannotCollaborateWithItself() {
        let problems = with(collaborations: [Collaboration(networkA: "A", networkB: "A", kind: .jointEvent,
                                                           period: HandAtlas.period("2023-01-01"))]).errors()
        #expect(problems.map(\.description) == ["collaborations row 1 column network_b: network 'A' collaborates with itself"])
    }

    /// B runs 2022-06-01 … 2024-06-30: a membership from 2022-01-01 to 2025-01-01 reaches out at
    /// both ends, and is a warning, not an error.
    @Test func datesOutsideTheNetworkAreWarnings() {
        let problems = with(memberships: base.memberships + [Membership(organisation: "o4", network: "B", role: .member,
                                                                         period: HandAtlas.period("2022-01-01", "2025-01-01"))]).validate()
        #expect(problems.map(\.severity) == [.warning])
        #expect(problems.first?.description == "memberships row 6 column since: membership dates since 2022-01-01 is before the network "
                    + "starts on 2022-06-01; until 2025-01-01 is after the network ends on 2024-06-30 fall outside network 'B'")
    }
}
