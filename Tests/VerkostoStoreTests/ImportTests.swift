import Foundation
import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoStore

@Suite struct ImportTests {
    @Test func importsTheSmallFixtureAsWrittenByHand() throws {
        let store = try newDatabase()
        let summary = try store.importData(from: smallFixture)
        #expect(try store.load() == expectedSmall)
        #expect(summary.counts["memberships"] == 4)
        #expect(summary.warnings.isEmpty, "\(summary.warnings)")
    }

    @Test func aBadRowNearTheEndChangesNothing() throws {
        let store = try newDatabase()
        try store.importData(from: smallFixture)
        let before = try sqliteShellDump(store.path)
        // Memberships: a good new row, then a bad one on line 7 (unknown network, field 2).
        let bad = try fixtureCopy(replacing: "memberships.csv", with: """
            organisation,network,role,since,until
            o-hki,n-johtajuus,coordinator,2022-01-01,
            o-aland,n-johtajuus,member,2022-03-15,2024-06-30
            o-kirkonkyla,n-pienet,,2023-08-01,
            o-hki,n-pienet,partner,2023-09-01,2025-12-31
            o-kirkonkyla,n-johtajuus,member,2024-01-01,
            o-aland,n-kielitivoli,member,2024-01-01,

            """)
        #expect {
            try store.importData(from: bad)
        } throws: { error in
            (error as? InvalidDataError)?.errors.first?.description == "memberships.csv:7:2: unknown network 'n-kielitivoli'"
        }
        #expect(try sqliteShellDump(store.path) == before)
        #expect(try store.load() == expectedSmall)

        // Into an empty database the bulk path drops and rebuilds the key indexes; a failure
        // must leave the schema, indexes included, as it was.
        let empty = try newDatabase()
        let emptyBefore = try sqliteShellDump(empty.path)
        #expect(emptyBefore.contains("CREATE UNIQUE INDEX memberships_key"))
        #expect(throws: InvalidDataError.self) { try empty.importData(from: bad) }
        #expect(try sqliteShellDump(empty.path) == emptyBefore)
    }

    @Test func validationProblemsAreMappedToPlaces() throws {
        let duplicate = try fixtureCopy(replacing: "networks.csv", with: """
            id,name_fi,sector,since,until
            n-johtajuus,A,basic,2022-01-01,
            n-pienet,B,ecec,2023-08-01,2022-12-31
            n-johtajuus,C,basic,2022-01-01,

            """)
        do {
            try newDatabase().importData(from: duplicate)
            Issue.record("expected errors")
        } catch let error as InvalidDataError {
            let lines = error.errors.map(\.description)
            #expect(lines.contains("networks.csv:4:1: duplicate id 'n-johtajuus' (first on line 2)"))
            #expect(lines.contains("networks.csv:3:5: until 2022-12-31 is before since 2023-08-01"))
        }
    }

    @Test func jsonProblemsNameThePath() throws {
        let folder = try temporaryFolder()
        let store = try newDatabase()
        try store.importData(from: smallFixture)
        try store.dump(to: folder.appendingPathComponent("d.json"))
        var text = try String(contentsOf: folder.appendingPathComponent("d.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"network\": \"n-pienet\", \"role\": \"partner\"",
                                         with: "\"network\": \"n-nowhere\", \"role\": \"partner\"")
        try Data(text.utf8).write(to: folder.appendingPathComponent("bad.json"))
        #expect {
            try newDatabase().importData(from: folder.appendingPathComponent("bad.json"))
        } throws: { error in
            (error as? InvalidDataError)?.errors.first?.description == "bad.json: memberships[3].network: unknown network 'n-nowhere'"
        }
    }

    @Test func mergeUpdatesByKeyAndReplaceStartsOver() throws {
        let store = try newDatabase()
        try store.importData(from: smallFixture)
        let update = try temporaryFolder()
        try Data("""
            organisation,network,role,since,until
            o-hki,n-pienet,coordinator,2023-09-01,2025-06-30
            o-aland,n-pienet,member,2024-01-01,

            """.utf8).write(to: update.appendingPathComponent("memberships.csv"))
        try Data("network_a,network_b,kind,since,until\nn-pienet,n-johtajuus,joint-event,2024-05-20,2024-05-21\n".utf8)
            .write(to: update.appendingPathComponent("collaborations.csv"))
        try store.importData(from: update)
        var expectedMemberships = expectedSmall.memberships
        var expectedCollaborations = expectedSmall.collaborations
        expectedMemberships[3] = Membership(organisation: "o-hki", network: "n-pienet", role: .coordinator,
                                             period: Period(since: Day(iso: "2023-09-01"), until: Day(iso: "2025-06-30")))
        expectedMemberships.append(Membership(organisation: "o-aland", network: "n-pienet", role: .member,
                                               period: Period(since: Day(iso: "2024-01-01"), until: nil)))
        expectedCollaborations[0] = Collaboration(networkA: "n-pienet", networkB: "n-johtajuus", kind: .jointEvent,
                                                   period: Period(since: Day(iso: "2024-05-20"), until: Day(iso: "2024-05-21")))
        let merged = try store.load()
        #expect(merged.memberships == expectedMemberships)
        #expect(merged.collaborations == expectedCollaborations)
        #expect(merged.networks == expectedSmall.networks)

        // Replace: only the reference tables of a new folder are left.
        let onlySectors = try temporaryFolder()
        try Data("id,name_fi\nx,Äksä\n".utf8).write(to: onlySectors.appendingPathComponent("sectors.csv"))
        try store.importData(from: onlySectors, mode: .replace)
        #expect(try store.load() == Atlas(sectors: [Sector(id: "x", name: LocalizedText(fi: "Äksä"))]))
    }

    @Test func missingColumnIsAnErrorUnknownColumnAWarning() throws {
        let missing = try fixtureCopy(replacing: "memberships.csv", with: "organisation,role,since\no-hki,member,2022-01-01\n")
        #expect {
            try newDatabase().importData(from: missing)
        } throws: { error in
            "\(error)".hasPrefix("memberships.csv:1:1: missing required column 'network'")
        }
        let extra = try fixtureCopy(replacing: "sectors.csv", with: "id;name_fi;colour\necec;Varhaiskasvatus;red\nbasic;Perusopetus;blue\n")
        let summary = try newDatabase().importData(from: extra)
        #expect(summary.warnings.map(\.description) == ["sectors.csv:1:1: warning: unknown column 'colour' in sectors is ignored"])
    }
}
