import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoAnalysis

/// A hand-made Atlas with known changes between 2023-12-31 and 2025-12-31; every expected row is
/// counted by hand from the comments.
@Suite struct DiffTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static func period(_ since: String, _ until: String? = nil) -> Period { TinyAtlas.period(since, until) }

    static let from = day("2023-12-31"), to = day("2025-12-31")

    /// Networks:
    /// - A (s1) always active: no row.
    /// - B (s2) ends 2024-06-30, inside: ended.
    /// - C (s1) starts 2024-03-01, inside: started.
    /// - D (s2) 2024-02-01 … 2024-10-31, wholly inside: started and ended.
    /// - E (s2) starts 2026-01-01, after `to`: no row.
    /// - F (s1) ends on the `from` day: active on `from` (boundary), so ended.
    /// Memberships:
    /// - o1 in A throughout: nothing; o1 in B throughout: left on 2024-06-30 with B.
    /// - o2 in A 2024-05-01 … 2024-08-31: joined and left (one row).
    /// - o3 in A until 2025-12-31, the `to` day: still a member that day, so nothing.
    /// - o4 in A until 2024-01-10, again from 2024-01-11: the runs touch, so nothing.
    /// - o5 in A until 2024-02-01, again from 2024-09-01: left, then joined (two rows).
    /// - o6 in C from C's start: joined with the network; o6 in A from 2025-01-01: joined.
    /// - o7 in D for D's whole life: joined and left, with the network's end.
    /// - o8 in F until F's end (the `from` day): left with the network.
    /// - o9 in E: E is never active in the interval: nothing.
    /// Ties on `from`: A–B (o1), A–F (a collaboration in 2023). On `to`: A–C (o6 and a collaboration).
    /// Main directions: F and C d1, B and D d2 (A has d1 at priority 2).
    static let atlas: Atlas = {
        let networks: [(String, String, Period)] = [
            ("A", "s1", period("2020-01-01")), ("B", "s2", period("2020-01-01", "2024-06-30")),
            ("C", "s1", period("2024-03-01")), ("D", "s2", period("2024-02-01", "2024-10-31")),
            ("E", "s2", period("2026-01-01")), ("F", "s1", period("2019-01-01", "2023-12-31")),
        ]
        let memberships: [(String, String, Period)] = [
            ("o1", "A", period("2020-01-01")), ("o1", "B", period("2020-01-01")),
            ("o2", "A", period("2024-05-01", "2024-08-31")),
            ("o3", "A", period("2020-01-01", "2025-12-31")),
            ("o4", "A", period("2020-01-01", "2024-01-10")), ("o4", "A", period("2024-01-11")),
            ("o5", "A", period("2020-01-01", "2024-02-01")), ("o5", "A", period("2024-09-01")),
            ("o6", "C", period("2024-03-01")), ("o6", "A", period("2025-01-01")),
            ("o7", "D", period("2024-02-01", "2024-10-31")),
            ("o8", "F", period("2019-01-01", "2023-12-31")),
            ("o9", "E", period("2026-01-01")),
        ]
        return Atlas(
            sectors: [Sector(id: "s1", name: LocalizedText(fi: "S1")), Sector(id: "s2", name: LocalizedText(fi: "S2"))],
            municipalities: [Municipality(id: "m1", name: LocalizedText(fi: "M1"), region: "r1", type: .urban, language: .fi,
                                          population: 1)],
            networks: networks.map {
                Network(id: $0.0, name: LocalizedText(fi: $0.0), sector: $0.1, unit: "", goal: "", operatingModel: "", period: $0.2)
            },
            organisations: (1...9).map { Organisation(id: "o\($0)", name: "O\($0)", kind: .school, municipality: "m1", language: .fi) },
            memberships: memberships.map { Membership(organisation: $0.0, network: $0.1, role: .member, period: $0.2) },
            networkDirections: [
                NetworkDirection(network: "F", direction: "d1", priority: 1), NetworkDirection(network: "C", direction: "d1", priority: 1),
                NetworkDirection(network: "B", direction: "d2", priority: 1), NetworkDirection(network: "D", direction: "d2", priority: 1),
                NetworkDirection(network: "A", direction: "d1", priority: 2),
            ],
            collaborations: [
                Collaboration(networkA: "F", networkB: "A", kind: .jointEvent, period: period("2023-01-01", "2023-12-31")),
                Collaboration(networkA: "A", networkB: "C", kind: .sharedProject, period: period("2025-06-01")),
            ])
    }()

    let result = diff(DiffTests.atlas, from: DiffTests.from, to: DiffTests.to)

    func id(network position: Int) -> String { DiffTests.atlas.networks[position].id }
    func id(organisation position: Int) -> String { DiffTests.atlas.organisations[position].id }

    @Test func networksStartedAndEnded() {
        let rows = result.networks.map { "\(id(network: $0.network)) \($0.change.rawValue)" }
        #expect(rows == ["B ended", "C started", "D started-and-ended", "F ended"])
    }

    @Test func everyMembershipChangeAndNothingElse() {
        let rows = result.memberships.map {
            "\(id(network: $0.network)) \(id(organisation: $0.organisation)) \($0.change.rawValue) \($0.since)..\($0.until)"
                + ($0.withNetwork ? " with-network" : "")
        }
        #expect(rows == [
            "A o2 joined-and-left 2024-05-01..2024-08-31",
            "A o5 left 2023-12-31..2024-02-01",
            "A o5 joined 2024-09-01..2025-12-31",
            "A o6 joined 2025-01-01..2025-12-31",
            "B o1 left 2023-12-31..2024-06-30 with-network",
            "C o6 joined 2024-03-01..2025-12-31 with-network",
            "D o7 joined-and-left 2024-02-01..2024-10-31 with-network",
            "F o8 left 2023-12-31..2023-12-31 with-network",
        ])
    }

    @Test func tiesGainedAndLostWithTheirReasons() {
        let rows = result.ties.map {
            "\(id(network: $0.a))-\(id(network: $0.b)) \($0.gained ? "gained" : "lost") members \($0.sharedMembers) "
                + "collaborations \($0.collaborations)\($0.crossSector ? " cross" : "")"
        }
        #expect(rows == [
            "A-C gained members 1 collaborations 1",
            "A-B lost members 1 collaborations 0 cross",
            "A-F lost members 0 collaborations 1",
        ])
    }

    @Test func indicatorsBeforeAndAfter() {
        // On `from`: A, B, F active; o1, o3, o4, o5, o8 members; ties A–B (cross) and A–F.
        #expect(result.before.networksActive == 3)
        #expect(result.before.organisationsParticipating == 5)
        #expect(result.before.ties == 2 && result.before.crossSectorTies == 1)
        #expect(result.before.crossSectorShare == 0.5)
        // On `to`: A, C active; o1, o3 (ends that day), o4, o5, o6 members; one tie A–C, same sector.
        #expect(result.after.networksActive == 2)
        #expect(result.after.organisationsParticipating == 5)
        #expect(result.after.ties == 1 && result.after.crossSectorTies == 0)
        #expect(result.after.crossSectorShare == 0)
    }

    /// C (s1, main d1) starts 2024-03-01 after F (s1, main d1) ended 2023-12-31: a succession.
    /// D (s2, main d2) started before B (s2, main d2) ended: none.
    @Test func successorsShareSectorAndMainDirection() {
        #expect(result.successions.map { "\(id(network: $0.ended))->\(id(network: $0.started))" } == ["F->C"])
    }

    @Test func noChangeFromADayToItself() {
        let same = diff(DiffTests.atlas, from: DiffTests.from, to: DiffTests.from)
        #expect(same.networks.isEmpty && same.memberships.isEmpty && same.ties.isEmpty)
        #expect(same.before == same.after)
    }

    /// The boundary rule: a membership that ends on the snapshot day counts that day, not the next.
    @Test func membershipEndingOnTheDayCountsThatDay() {
        let atlas = DiffTests.atlas
        let onTheDay = atlas.at(DiffTests.day("2025-12-31")).memberships.filter { $0.organisation == "o3" }
        let dayAfter = atlas.at(DiffTests.day("2026-01-01")).memberships.filter { $0.organisation == "o3" }
        #expect(onTheDay.count == 1)
        #expect(dayAfter.isEmpty)
        // One day later, o3's leaving shows in the diff.
        let later = diff(atlas, from: DiffTests.from, to: DiffTests.day("2026-01-01"))
        #expect(later.memberships.contains { id(organisation: $0.organisation) == "o3" && $0.change == .left
            && $0.until == DiffTests.day("2025-12-31") })
    }
}
