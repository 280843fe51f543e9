import Foundation
import Testing
import VerkostoModel
import VerkostoSupport
@testable import VerkostoAnalysis

/// A diff in words and rows, on DiffTests' hand-made Atlas (its comments give every change).
@Suite struct DiffTextTests {
    let result = diff(DiffTests.atlas, from: DiffTests.from, to: DiffTests.to)
    let atlas = DiffTests.atlas

    /// Networks: B and F ended, C started, D started and ended. For machines the change is a key.
    @Test func networkRowsForMachinesAndForPeople() {
        let machine = result.rows(Localisation(.en), atlas: atlas, numbers: true, sections: [.network])
        #expect(machine.map(\.subject) == ["B", "C", "D", "F"])
        #expect(machine.map(\.change) == [.text("ended"), .text("started"), .text("started-and-ended"), .text("ended")])
        #expect(machine[0].before == .text("active") && machine[0].after == .text("not active"))
        #expect(machine[0].other == "s2" && machine[0].reason == "2020-01-01 .. 2024-06-30")
        let people = result.rows(Localisation(.fi), atlas: atlas, numbers: false, sections: [.network])
        #expect(people.map(\.change) == [.text("päättyi"), .text("alkoi"), .text("alkoi ja päättyi"), .text("päättyi")])
    }

    /// o1 left B with the network; o7 joined and left D with it.
    @Test func membershipReasonsNameTheNetworksEnd() {
        let rows = result.rows(Localisation(.en), atlas: atlas, numbers: true, sections: [.membership])
        let o1 = rows.first { $0.subject == "o1" }
        #expect(o1?.other == "B" && o1?.change == .text("left") && o1?.reason == ".. 2024-06-30; network ended")
        #expect(rows.first { $0.subject == "o7" }?.change == .text("joined-and-left"))
    }

    /// A–B (o1) and A–F (collaboration) were tied on `from`; A–C is tied on `to`.
    @Test func tieRowsAndTheirReasons() {
        let rows = result.rows(Localisation(.en), atlas: atlas, numbers: false, sections: [.tie])
        #expect(rows.map { "\($0.subject)-\($0.other ?? "")" } == ["A-C", "A-B", "A-F"])
        #expect(rows[0].change == .text("gained") && rows[0].before == .text("not tied"))
        #expect(rows[0].reason == "shared members 1; collaboration 1")
        #expect(rows[1].reason == "shared members 1; cross-sector")
    }

    /// Indicator rows: numbers for machines, text for people; no other party.
    @Test func indicatorRows() {
        let machine = result.rows(Localisation(.en), atlas: atlas, numbers: true, sections: [.indicator])
        let networks = machine.first { $0.subject == "networks" }
        // Active on from: A, B, F; on to: A, C.
        #expect(networks?.before == .number(3) && networks?.after == .number(2) && networks?.change == .number(-1))
        #expect(networks?.other == nil && networks?.reason == "count")
        let people = result.rows(Localisation(.en), atlas: atlas, numbers: false, sections: [.indicator])
        #expect(people.first { $0.subject == "networks" }?.change == .text("-1"))
        #expect(people.first { $0.subject == "networks" }?.subjectName == "Active networks")
    }

    @Test func headingsCountTheChanges() {
        let text = Localisation(.en)
        #expect(result.title(text) == "Changes 2023-12-31 – 2025-12-31")
        #expect(result.heading(.tie, text) == "Ties between networks (gained 1, lost 2)")
        #expect(result.heading(.membership, text).hasPrefix("Memberships (joined "))
    }

    /// Active networks went from 3 to 2: C and D started (2), B, D and F ended (3).
    @Test func theSummaryStartsWithTheNetworks() {
        let summary = result.summary(Localisation(.en), atlas: atlas)
        #expect(summary.first == SummaryLine(key: "networks",
                                             sentence: "Active networks went from 3 to 2: 2 started and 3 ended. Ended: B, D, F."))
        #expect(summary.map(\.key).contains("ties") && summary.map(\.key).last == "gaps")
        #expect(result.rows(Localisation(.en), atlas: atlas, numbers: true, sections: [.summary]).map(\.subject) == summary.map(\.key))
    }

    @Test func columnsHaveHeadingsInTheLanguage() {
        #expect(DiffRow.Column.subjectName.heading(Localisation(.fi).words) == "nimi")
        #expect(DiffRow.Column.allCases.map(\.rawValue) == ["section", "subject", "subject_name", "other", "other_name", "before",
                                                            "after", "change", "reason"])
    }

    /// Rows encode as the CLI's JSON rows: snake_case keys, plain strings, numbers and nulls.
    @Test func rowsEncodeAsTheCommandsJSON() throws {
        let row = result.rows(Localisation(.en), atlas: atlas, numbers: true, sections: [.indicator])[0]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(row), as: UTF8.self)
        #expect(json == #"{"after":2,"before":3,"change":-1,"other":null,"other_name":null,"reason":"count","section":"indicator","#
                    + #""subject":"networks","subject_name":"Active networks"}"#)
        #expect(try JSONDecoder().decode(DiffRow.self, from: Data(json.utf8)) == row)
    }
}
