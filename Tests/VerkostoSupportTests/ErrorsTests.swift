import Testing
import VerkostoSupport

/// Where errors say they are, and what they say.
@Suite struct ErrorsTests {
    @Test func placesNameFileLineColumnOrPath() {
        #expect(SourcePlace.csv(file: "memberships.csv", line: 214, column: 2).description == "memberships.csv:214:2")
        #expect(SourcePlace.json(file: "data.json", path: "memberships[3].network").description == "data.json: memberships[3].network")
        #expect(SourcePlace.database(table: "organisations", row: 4, column: "kind").description == "database: organisations row 5 column kind")
        #expect(SourcePlace.database(table: "networks", row: 0, column: nil).description == "database: networks row 1")
        #expect(SourcePlace.file("networks.csv").description == "networks.csv")
        #expect(SourcePlace.graph(file: "g.graphml", element: "node 'n-7'", attribute: "sector").description
                    == "g.graphml: node 'n-7', attribute 'sector'")
        #expect(SourcePlace.text(file: "data.json", line: 3, column: 9).description == "data.json:3:9")
    }

    @Test func dataErrorsAreBadDataAndMarkWarnings() {
        let error = DataError(.csv(file: "a.csv", line: 2, column: 1), "unknown network 'x'")
        #expect(error.description == "a.csv:2:1: unknown network 'x'" && error.kind == .badData)
        let warning = DataError(.file("b.csv"), "ignored", isWarning: true)
        #expect(warning.description == "b.csv: warning: ignored")
    }

    @Test func invalidDataSaysTheFirstErrorAndHowManyMore() {
        let first = DataError(.file("a.csv"), "one"), second = DataError(.file("a.csv"), "two")
        #expect(InvalidDataError(errors: [first]).description == "a.csv: one")
        #expect(InvalidDataError(errors: [first, second]).description == "a.csv: one (and 1 more errors)")
        #expect(InvalidDataError(errors: [first]).kind == .badData)
    }
}
