import ArgumentParser
import Foundation
import VerkostoAnalysis
import VerkostoGraph
import VerkostoModel
import VerkostoStore
import VerkostoSupport

extension Language: ExpressibleByArgument {}
extension ProjectionWeighting: ExpressibleByArgument {}
extension NetworkTies: ExpressibleByArgument {}

/// `--lang fi|sv|en`: the language of names and explanations. Finnish by default.
struct LanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of names and explanations: fi, sv or en.")
    var language: Language = .fi
}

/// Which graph an analysis runs on, and where it comes from: the database (a snapshot on
/// `--at`), or an ad-hoc file given with `--edges` or `--affiliations`.
struct GraphSourceOptions: ParsableArguments {
    @Option(name: .customLong("edges"), help: ArgumentHelp(
        "Analyse a one-mode edge list instead of the database: source,target[,weight] a line.", valueName: "file"))
    var edgesFile: String?

    @Option(name: .customLong("affiliations"), help: ArgumentHelp(
        "Analyse a two-mode list instead of the database: organisation,network a line.", valueName: "file"))
    var affiliationsFile: String?

    @OptionGroup var snapshot: SnapshotOptions
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if edgesFile != nil && affiliationsFile != nil {
            throw ValidationError("give --edges or --affiliations, not both")
        }
    }

    /// The data to analyse.
    enum Source {
        case atlas(Atlas)
        case edges(LabelledGraph)
        case affiliations(LabelledTwoMode)
    }

    /// Loads the source: the ad-hoc file when given, else the database's snapshot on `--at`.
    func load(language: Language) throws -> Source {
        if let edgesFile {
            let edges = try AdHocInput.edges(URL(fileURLWithPath: edgesFile))
            return .edges(LabelledGraph.fromEdges(edges.map { ($0.source, $0.target, $0.weight) }))
        }
        if let affiliationsFile {
            return .affiliations(LabelledTwoMode.fromAffiliations(try AdHocInput.affiliations(URL(fileURLWithPath: affiliationsFile))))
        }
        return .atlas(try database.open().load().at(snapshot.day))
    }
}

/// A command that cannot do what it was asked: an unknown id, an analysis that cannot run on
/// its input. Its kind picks the exit status.
struct CommandError: VerkostoError {
    var kind: FailureKind
    var message: String

    init(_ kind: FailureKind = .failure, _ message: String) {
        self.kind = kind
        self.message = message
    }

    var description: String { message }
}

