import Foundation
import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoStore

@Suite struct GeneratorTests {
    @Test func splitMix64MatchesTheReferenceSequence() {
        // Reference values of SplitMix64 from seed 1234567, computed by a Python transcription of
        // Vigna's splitmix64.c (python3 -c ..., see the commit message).
        var random = SplitMix64(seed: 1_234_567)
        #expect(random.next() == 6_457_827_717_110_365_317)
        #expect(random.next() == 3_203_168_211_198_807_973)
    }

    @Test func sameSeedSameDataAndItValidates() throws {
        let a = Generator(networks: 15, organisations: 400, seed: 9).generate()
        let b = Generator(networks: 15, organisations: 400, seed: 9).generate()
        let c = Generator(networks: 15, organisations: 400, seed: 10).generate()
        #expect(a == b)
        #expect(a != c)
        #expect(a.validate().isEmpty, "\(a.validate().prefix(3))")
        let perOrganisation = Dictionary(grouping: a.memberships, by: \.organisation).values.map(\.count)
        #expect(perOrganisation.allSatisfy { (1...6).contains($0) })
        #expect(Set(a.memberships.map(\.organisation)).count == 400)
    }

    @Test func exactMembershipCount() {
        let atlas = Generator(networks: 50, organisations: 1_000, seed: 1, memberships: 4_321).generate()
        #expect(atlas.memberships.count == 4_321)
        #expect(atlas.errors().isEmpty)
    }

    @Test func writtenFilesImport() throws {
        let folder = try temporaryFolder()
        let atlas = Generator(networks: 10, organisations: 200, seed: 5).generate()
        try DataSetWriter.writeCSV(atlas, to: folder.appendingPathComponent("gen"))
        let store = try AtlasDatabase(path: folder.appendingPathComponent("g.sqlite").path, create: true)
        try store.importData(from: folder.appendingPathComponent("gen"))
        #expect(try store.load() == atlas)
    }
}
