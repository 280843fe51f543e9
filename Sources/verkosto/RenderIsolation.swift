import ArgumentParser
import Foundation
import VerkostoModel
import VerkostoRender
import VerkostoSupport

/// `--timeout SECONDS`: how a Graphviz map is isolated (see ``RenderWorker``).
///
/// Maps of at most 200 nodes and 2,000 edges are laid out in-process (the data passed import
/// validation, and such layouts take well under a second); larger ones in a child process
/// with this time limit and a 2 GiB memory limit. `VERKOSTO_RENDER_WORKER=always` sends every
/// map to the worker; `VERKOSTO_RENDER_MEMORY_MB` changes the memory limit.
struct RenderIsolationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Stop a Graphviz layout after this many seconds (exit 70, no file written).",
                               valueName: "seconds"))
    var timeout: Double = 60

    func validate() throws {
        guard timeout.isFinite, timeout > 0 else { throw ValidationError("--timeout: expected a positive number of seconds") }
    }

    var worker: RenderWorker {
        let environment = ProcessInfo.processInfo.environment
        let policy = environment["VERKOSTO_RENDER_WORKER"].flatMap(RenderWorker.Policy.init(rawValue:)) ?? .automatic
        let memory = environment["VERKOSTO_RENDER_MEMORY_MB"].flatMap(Int.init).map { $0 << 20 } ?? RenderWorker.defaultMemoryLimit
        return RenderWorker(timeout: timeout, memoryLimit: memory, policy: policy)
    }

    /// Draws a prepared Graphviz scene to `url` atomically, through ``worker``.
    func write(_ scene: MapScene, to url: URL, format: MapFormat?) throws {
        guard let format = format ?? MapFormat(pathExtension: url.pathExtension) else {
            throw RenderError.unknownFormat(url.pathExtension)
        }
        try AtomicFile.checkFolder(of: url)
        try AtomicFile.write(try worker.render(scene, as: format), to: url)
    }

    /// Draws a domain map to `url` atomically: Graphviz maps through ``worker``, direct-SVG maps in-process.
    func write(_ kind: MapKind, atlas: Atlas, network: String?, options: MapOptions, to url: URL, format: MapFormat?) throws {
        guard let format = format ?? MapFormat(pathExtension: url.pathExtension) else {
            throw RenderError.unknownFormat(url.pathExtension)
        }
        try AtomicFile.checkFolder(of: url)
        let bytes: [UInt8]
        if DomainMap.usesGraphviz(kind, options) {
            bytes = try worker.render(try DomainMap.scene(kind, atlas: atlas, network: network, options: options), as: format)
        } else {
            bytes = try DomainMap.render(kind, atlas: atlas, network: network, options: options, format: format)
        }
        try AtomicFile.write(bytes, to: url)
    }
}

extension Verkosto {
    /// The hidden render worker: a JSON `MapScene` on stdin, the rendered bytes on stdout.
    struct RenderWorkerCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: RenderWorker.argument,
            abstract: "Render a scene read from stdin (used by verkosto render; not for people).",
            shouldDisplay: false)

        @Option var format: MapFormat
        @Option(name: .customLong("memory-limit")) var memoryLimit: Int = RenderWorker.defaultMemoryLimit

        func run() throws {
            let status = RenderWorker.serve(format: format, memoryLimit: memoryLimit)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
