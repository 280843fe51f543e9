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

    /// `--sample` marks its columns as estimates and says so on stderr; a seed repeats exactly,
    /// and the thread count does not change a digit.
    @Test func sampledCentralityIsMarkedAndRepeatable() throws {
        let args = ["centrality", "--edges", Self.karate.path, "--measure", "betweenness,closeness,degree",
                    "--sample", "12", "--seed", "5", "--format", "csv"]
        let first = try cli.run(args + ["--threads", "1"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("id,label,betweenness_estimate,closeness_estimate,degree\n"))
        #expect(first.stderr.contains("estimated from 12 sampled sources of 34 (seed 5)"))
        #expect(try cli.run(args + ["--threads", "2"]).stdout == first.stdout)
        #expect(try cli.run(args + ["--threads", "1"]).stdout == first.stdout)
        let other = try cli.run(Array(args.dropLast(4)) + ["--seed", "6", "--format", "csv"])
        #expect(other.stdout != first.stdout)
        // Sampling every vertex is the exact measure, and is not called an estimate.
        let all = try cli.run("centrality", "--edges", Self.karate.path, "--measure", "betweenness", "--sample", "34")
        #expect(all.stdout.hasPrefix("id") && !all.stdout.contains("estimate") && all.stderr.isEmpty)
    }

    /// The estimator of Brandes & Pich (2007) is unbiased. Over 16 seeds of 10 pivots on karate,
    /// the mean estimate of Σ betweenness lies within 4 standard errors of the exact 1.4962121…
    /// (NetworkX; by hand: Σ over pairs of (d − 1) = 561 · (2.4082 − 1) = 790, over 33 · 32 / 2),
    /// and the mean error of the three most central vertices (NetworkX's values) is below 40 %.
    @Test func sampledEstimateErrorAgainstExact() throws {
        let exactSum = 1.4962121212121213
        let top = ["0": 0.4376352813852815, "33": 0.30407497594997596, "32": 0.14524711399711404]
        var sums: [Double] = [], errors: [Double] = []
        for seed in 1...16 {
            let rows = try json(cli.run("centrality", "--edges", Self.karate.path, "--measure", "betweenness",
                                        "--sample", "10", "--seed", String(seed), "--format", "json"))
            let values = rows.compactMap { row in (row["betweenness_estimate"] as? NSNumber)?.doubleValue }
            #expect(values.count == 34)
            sums.append(values.reduce(0, +))
            for row in rows {
                guard let id = row["id"] as? String, let exact = top[id],
                      let estimate = (row["betweenness_estimate"] as? NSNumber)?.doubleValue else { continue }
                errors.append(abs(estimate - exact) / exact)
            }
        }
        let mean = sums.reduce(0, +) / Double(sums.count)
        let variance = sums.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(sums.count - 1)
        let standardError = (variance / Double(sums.count)).squareRoot()
        #expect(abs(mean - exactSum) < 4 * standardError, "mean \(mean), standard error \(standardError)")
        #expect(errors.count == 48)
        #expect(errors.reduce(0, +) / Double(errors.count) < 0.4)
    }

    @Test func allCombinesWithBrokerage() throws {
        try cli.importFixture()
        let result = try cli.run("centrality", "--measure", "all,brokerage", "--at", "2024-06-30", "--format", "csv")
        #expect(result.status == 0, "\(result.stderr)")
        let header = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasPrefix("id,label,degree,strength,betweenness,closeness"))
        #expect(header.contains(",brokerage,coordinator,"))
    }

    /// The pair-budget error names this command's own options, and they work.
    @Test func organisationPairBudgetNamesItsOptions() throws {
        try cli.importFixture()
        let refused = try cli.run("centrality", "--graph", "organisations", "--pair-budget", "1", "--at", "2024-06-30")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("over the budget of 1"))
        #expect(refused.stderr.contains("--min 2") && refused.stderr.contains("--pair-budget"))
        let raised = try cli.run("centrality", "--graph", "organisations", "--pair-budget", "100", "--at", "2024-06-30",
                                 "--format", "csv")
        #expect(raised.status == 0, "\(raised.stderr)")
        let strong = try cli.run("centrality", "--graph", "organisations", "--min", "2", "--measure", "degree",
                                 "--at", "2024-06-30", "--format", "csv")
        #expect(strong.status == 0, "\(strong.stderr)")
        let misplaced = try cli.run("centrality", "--graph", "networks", "--min", "2")
        #expect(misplaced.status == 64)
    }
}
