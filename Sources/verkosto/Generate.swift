import ArgumentParser
import Foundation
import VerkostoStore
import VerkostoSupport

extension Verkosto {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an illustrative, made-up data set of any size as a CSV folder.",
            discussion: """
                The same seed always gives the same files. Sectors, development directions, the 19 \
                regions and a sample of real municipalities are built in; networks, organisations and \
                memberships are invented. Network sizes follow a Zipf law; each organisation joins 1–6 \
                networks (or --memberships in total); dates fall in 2022–2026.

                Example:
                  verkosto generate --networks 40 --organisations 2000 --seed 7 --out /tmp/demo
                  verkosto generate --networks 2000 --organisations 200000 --memberships 1000000 --out /tmp/big
                  verkosto import /tmp/demo
                """)

        @Option(help: "The number of networks.")
        var networks: Int = 30

        @Option(help: "The number of member organisations.")
        var organisations: Int = 500

        @Option(help: "The exact number of memberships (default: 1–6 per organisation, most in few).")
        var memberships: Int?

        @Option(help: "The random seed.")
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("The folder to write (created when needed).", valueName: "dir"))
        var out: String

        func validate() throws {
            let generator = Generator(networks: networks, organisations: organisations, seed: seed, memberships: memberships)
            if let problem = generator.problem { throw ValidationError(problem) }
        }

        func run() throws {
            Terminal.progress("generating")
            let atlas = Generator(networks: networks, organisations: organisations, seed: seed,
                                  memberships: memberships).generate()
            Terminal.progress("writing \(out)")
            try DataSetWriter.writeCSV(atlas, to: URL(fileURLWithPath: out))
            Terminal.clearProgress()
            Swift.print("wrote \(atlas.networks.count) networks, \(atlas.organisations.count) organisations, "
                        + "\(atlas.memberships.count) memberships to \(out)")
        }
    }
}
