import Foundation
import Testing

/// `verkosto export` and graph imports, run as a user would, in a temporary working directory.
@Suite struct ExchangeCommandTests {
    /// The binary runner shared by the CLI suites (``CLITests``), in a fresh working directory.
    let cli: CLITests
    var directory: URL { cli.directory }
    static var packageRoot: URL { CLITests.packageRoot }
    typealias Run = CLITests.Run

    @discardableResult
    func run(_ arguments: String...) throws -> Run { try cli.run(arguments) }

    init() throws { cli = try CLITests() }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    @Test func exportEveryFormatAndImportBack() throws {
        #expect(try run("import", Self.packageRoot.appendingPathComponent("Data/oph").path).status == 0)
        for format in ["graphml", "gexf", "json"] {
            let result = try run("export", format, "-o", "oph.\(format)")
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("wrote "))
        }
        let graph = try run("import", "oph.graphml", "--db", "copy.sqlite", "--replace")
        #expect(graph.status == 0, "\(graph.stderr)")
        #expect(try run("import", "oph.json", "--graph", "--db", "copy-json.sqlite").status == 0)
        // The copy exports to the same GraphML, byte for byte.
        #expect(try run("export", "graphml", "-o", "again.graphml", "--db", "copy.sqlite").status == 0)
        #expect(FileManager.default.contentsEqual(atPath: path("oph.graphml"), andPath: path("again.graphml")))
        // Node-link JSON is recognised without --graph; a data set dump is still a data set.
        let found = try run("import", "oph.json", "--db", "found.sqlite")
        #expect(found.status == 0 && found.stdout.contains("1999 organisations, 3321 memberships"), "\(found.stderr)")
        #expect(try run("dump", "-o", "dump.json").status == 0)
        #expect(try run("import", "dump.json", "--db", "dump.sqlite").status == 0)
    }

    @Test func csvNamesAndFolders() throws {
        #expect(try run("import", Self.packageRoot.appendingPathComponent("Data/oph").path).status == 0)
        #expect(try run("export", "csv", "-o", "out.csv", "--graph", "networks", "--at", "2025").status == 0)
        #expect(FileManager.default.fileExists(atPath: path("out-nodes.csv")))
        #expect(FileManager.default.fileExists(atPath: path("out-edges.csv")))
        try FileManager.default.createDirectory(atPath: path("tables"), withIntermediateDirectories: false)
        #expect(try run("export", "csv", "-o", "tables/").status == 0)
        #expect(FileManager.default.fileExists(atPath: path("tables/nodes.csv")))
        let header = try String(contentsOfFile: path("tables/edges.csv"), encoding: .utf8).prefix { $0 != "\n" }
        #expect(header == "source,target,id,role,since,until")
    }

    @Test func missingFolderIs73AndBadOptionsAre64() throws {
        #expect(try run("import", Self.packageRoot.appendingPathComponent("Data/oph").path).status == 0)
        let missing = try run("export", "gexf", "-o", "no/such/folder/x.gexf")
        #expect(missing.status == 73)
        #expect(missing.stderr.contains("no/such/folder"))
        #expect(try run("export", "graphml", "--dynamic", "-o", "x.graphml").status == 64)
        #expect(try run("export", "svg", "-o", "x.svg").status == 64)
    }

    @Test func graphImportErrorsNameTheNode() throws {
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="k" for="node" attr.name="kind" attr.type="string"/>
              <graph edgedefault="undirected">
                <node id="o-1"><data key="k">organisation</data></node>
              </graph>
            </graphml>
            """.utf8).write(to: directory.appendingPathComponent("bad.graphml"))
        let result = try run("import", "bad.graphml")
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("bad.graphml: node 'o-1' (line 5), attribute 'org_kind': no 'org_kind' attribute"))
        #expect(!FileManager.default.fileExists(atPath: path("verkosto.sqlite")))
    }
}
