import Foundation
import Testing
import VerkostoModel
import VerkostoStore
import VerkostoSupport
@testable import VerkostoAnalysis

/// The 2022–2026 story of the illustrative OPH data set (`Data/oph`), as `diff` and `trend` tell it.
///
/// Expected figures come from `Data/tools/check_oph.py` (an independent Python computation), as
/// printed in `Data/README.md`, "Output of check_oph.py". The definitions match (see
/// ``HeadlineIndicators``), so the figures must match exactly.
@Suite struct StoryTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Data/oph imported into a fresh database and loaded back, once per test process.
    static let oph: Atlas = {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("verkosto-story-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: database) }
        do {
            let store = try AtlasDatabase(path: database.path, create: true)
            try store.importData(from: packageRoot.appendingPathComponent("Data/oph"), mode: .replace)
            return try store.load()
        } catch {
            fatalError("cannot import Data/oph: \(error)")
        }
    }()

    static let years = trend(oph, days: trendDays(fromYear: 2022, toYear: 2026, every: .year))

    @Test func trendMatchesCheckOph() {
        let series = StoryTests.years
        #expect(series.map(\.networksActive) == [34, 39, 40, 41, 41])
        #expect(series.map(\.organisationsParticipating) == [1187, 1394, 1531, 1714, 1911])
        #expect(series.map(\.ties) == [94, 140, 164, 194, 217])
        #expect(series.map(\.crossSectorTies) == [25, 46, 62, 84, 107])
        #expect(series.map { Int(($0.crossSectorShare * 100).rounded()) } == [27, 33, 38, 43, 49])
        #expect(series.map { $0.coverage(.urban)!.reached } == [49, 50, 51, 52, 53])
        #expect(series.map { $0.coverage(.semiUrban)!.reached } == [27, 31, 36, 40, 44])
        #expect(series.map { $0.coverage(.rural)!.reached } == [37, 47, 60, 72, 84])
        #expect(series.map { $0.coverage(.rural)!.municipalities } == [185, 185, 185, 185, 185])
        // check_oph prints municipalities not reached by any network: 37, 30, 27, 19, 14 of 308.
        #expect(series.map(\.municipalitiesReached) == [271, 278, 281, 289, 294])
        #expect(series.map(\.directionGaps) == [82, 101, 95, 91, 68])
        #expect(series.map(\.isolatedNetworks) == [1, 1, 1, 1, 1])
    }

    @Test func crossSectorShareRisesEveryYear() {
        let shares = StoryTests.years.map(\.crossSectorShare)
        #expect(zip(shares, shares.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func ruralCoverageCatchesUpButLags() {
        let (first, last) = (StoryTests.years.first!, StoryTests.years.last!)
        #expect(last.coverage(.rural)!.share > first.coverage(.rural)!.share)
        #expect(last.coverage(.rural)!.share < last.coverage(.urban)!.share)
        #expect(last.coverage(.rural)!.share < last.coverage(.semiUrban)!.share)
    }

    @Test func diffFrom2022To2026() {
        let atlas = StoryTests.oph
        let result = diff(atlas, from: Day(snapshot: "2022")!, to: Day(snapshot: "2026")!)
        let ended = result.networks.filter { $0.change == .ended }.map { atlas.networks[$0.network].id }
        let started = result.networks.filter { $0.change == .started }.map { atlas.networks[$0.network].id }
        // check_oph: "Networks that start or end in 2022-2026"; none starts in 2022.
        #expect(ended == ["oikeus-oppia-kehittajaverkosto"])
        #expect(Set(started) == ["varhaiskasvatuksen-laatuverkosto", "oppimisen-tuen-uudistuksen-verkosto",
                                 "monikielisyyden-verkosto", "lukioiden-kansainvalisyysverkosto",
                                 "vihrean-siirtyman-osaamisverkosto", "vapaan-sivistystyon-johtajaverkosto",
                                 "tiedolla-johtamisen-verkosto", "jatkuvan-oppimisen-verkosto"])
        #expect(!result.networks.contains { $0.change == .startedAndEnded })
        // Story 3: the learning support reform network carries on the work of the one that ended.
        #expect(result.successions.map { "\(atlas.networks[$0.ended].id) -> \(atlas.networks[$0.started].id)" }
                == ["oikeus-oppia-kehittajaverkosto -> oppimisen-tuen-uudistuksen-verkosto"])
        #expect(result.before.crossSectorShare < result.after.crossSectorShare)
        // Ties: 94 → 217, so gained − lost = 123.
        #expect(result.ties.filter(\.gained).count - result.ties.filter { !$0.gained }.count == 217 - 94)
        // The ended network's 125 memberships all end with it (Data/README.md, story 5).
        let withNetwork = result.memberships.filter {
            $0.withNetwork && atlas.networks[$0.network].id == "oikeus-oppia-kehittajaverkosto"
        }
        #expect(withNetwork.count == atlas.memberships(ofNetwork: "oikeus-oppia-kehittajaverkosto").count)
    }
}
