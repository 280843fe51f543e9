import Foundation
import Testing

/// The analysis commands run as a user would: centrality, overlap, communities and gaps.
@Suite struct AnalysisCommandTests {
    let cli: CLITests
    static let karate = CLITests.packageRoot.appendingPathComponent("Tests/Fixtures/karate.csv")

    init() throws { cli = try CLITests() }

    func json(_ result: CLITests.Run) throws -> [[String: Any]] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    /// Expected values from NetworkX 3.6 (`Tests/Fixtures/make_karate.py` prints them).
    @Test func centralityOnAnEdgeListMatchesNetworkX() throws {
        let rows = try json(cli.run("centrality", "--edges", Self.karate.path, "--measure", "betweenness,pagerank",
                                    "--top", "3", "--format", "json"))
        #expect(rows.map { $0["id"] as? String } == ["0", "33", "32"])
        let expected = [0.4376352813852815, 0.30407497594997596, 0.14524711399711404]
        for (row, value) in zip(rows, expected) {
            let got = try #require(row["betweenness"] as? Double)
            #expect(abs(got - value) <= 1e-9 * value)
        }
        let pagerank = try #require(rows[1]["pagerank"] as? Double)
        #expect(abs(pagerank - 0.10091791674871207) < 1e-6)  // NetworkX's own tolerance is 1e-6 per vertex
    }

    /// The small fixture on 2024-06-30: n-johtajuus {o-hki, o-aland}, n-pienet {o-kirkonkyla, o-hki}.
    /// By hand: shared 1, jaccard 1/3, overlap 1/2, newman 1/(2−1) = 1 (o-hki is in two networks).
    @Test func overlapOfTheSmallFixture() throws {
        try cli.importFixture()
        let rows = try json(cli.run("overlap", "--at", "2024-06-30", "--format", "json"))
        #expect(rows.count == 1)
        let row = rows[0]
        #expect(row["a"] as? String == "n-johtajuus" && row["b"] as? String == "n-pienet")
        #expect(row["shared"] as? Int == 1)
        #expect(abs((row["jaccard"] as? Double ?? 0) - 1.0 / 3.0) < 1e-12)
        #expect(row["overlap"] as? Double == 0.5)
        #expect(row["newman"] as? Int == 1)
    }

    @Test func twoModeCentralityNamesKinds() throws {
        try cli.importFixture()
        let rows = try json(cli.run("centrality", "--graph", "two-mode", "--measure", "degree", "--at", "2024-06-30",
                                    "--format", "json"))
        // o-hki is in both networks: two-mode degree 2/2 = 1 (Borgatti–Everett: divided by the other side's size).
        let hki = try #require(rows.first { $0["id"] as? String == "o-hki" })
        #expect(hki["kind"] as? String == "organisation")
        #expect(hki["degree"] as? Int == 1)
        #expect(rows.contains { $0["kind"] as? String == "network" })
    }

    @Test func communitiesRepeatForASeed() throws {
        let first = try cli.run("communities", "--edges", Self.karate.path, "--seed", "3", "--format", "csv")
        let second = try cli.run("communities", "--edges", Self.karate.path, "--seed", "3", "--format", "csv")
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.split(separator: "\n").count == 35)  // header and 34 members
    }

    @Test func badEdgeListGivesOneLineAndExit65() throws {
        let file = cli.directory.appendingPathComponent("bad.csv")
        try "source,target,weight\na,b,0.5\nb,c,0,7\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try cli.run("centrality", "--edges", file.path)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("bad.csv:3:"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func unknownMeasureIsAUsageError() throws {
        let result = try cli.run("centrality", "--edges", Self.karate.path, "--measure", "fame")
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown measure 'fame'"))
    }
}
