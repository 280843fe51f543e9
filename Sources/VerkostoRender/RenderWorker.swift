import Foundation
import VerkostoSupport

/// Graphviz isolation: lays out and renders a `MapScene` in a child process, so that a crash,
/// an `abort()`, runaway memory or an endless layout in libgvc/libcgraph cannot take the
/// calling process down.
///
/// The child is the calling executable itself, run with ``argument`` as its first argument
/// (the CLI's hidden `verkosto __render-worker`); it reads the scene as JSON on stdin and writes
/// the rendered bytes to stdout (``serve(format:memoryLimit:)``). The parent waits at most
/// ``timeout`` seconds, then kills it with SIGKILL. The child caps its own address space with
/// `setrlimit(RLIMIT_AS)` before it reads anything or touches Graphviz.
///
/// Where the line is (``Policy/automatic``): a scene of at most ``inProcessNodeLimit`` nodes
/// and ``inProcessEdgeLimit`` edges, built from data that passed import validation, is laid out
/// in-process; anything larger goes to the worker. Scenes from elsewhere should use `.always`.
public struct RenderWorker: Sendable {
    /// The first argument that makes the executable a render worker.
    public static let argument = "__render-worker"
    /// The largest scene drawn in-process under ``Policy/automatic``.
    public static let inProcessNodeLimit = 200
    public static let inProcessEdgeLimit = 2_000
    /// The default address-space cap of a worker: 2 GiB.
    public static let defaultMemoryLimit = 2 << 30

    /// Where a scene is rendered.
    public enum Policy: String, Sendable, CaseIterable {
        /// Small scenes in-process, the rest in a worker.
        case automatic = "auto"
        /// Every Graphviz scene in a worker.
        case always
    }

    /// The executable to run as the worker (normally the running program).
    public var executable: URL
    /// Seconds before the worker is killed.
    public var timeout: TimeInterval
    /// The worker's address-space limit in bytes.
    public var memoryLimit: Int
    public var policy: Policy
    /// Extra environment for the worker (tests use it to inject faults).
    public var environment: [String: String]

    public init(executable: URL = RenderWorker.currentExecutable, timeout: TimeInterval = 60,
                memoryLimit: Int = RenderWorker.defaultMemoryLimit, policy: Policy = .automatic,
                environment: [String: String] = [:]) {
        self.executable = executable
        self.timeout = timeout
        self.memoryLimit = memoryLimit
        self.policy = policy
        self.environment = environment
    }

    /// The running program, from `/proc/self/exe` (falling back to `argv[0]`).
    public static var currentExecutable: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }

    /// Whether `scene` is laid out in a worker under this policy.
    public func isolates(_ scene: MapScene) -> Bool {
        policy == .always || scene.nodes.count > Self.inProcessNodeLimit || scene.edges.count > Self.inProcessEdgeLimit
    }

    /// Renders `scene` in `format`, in a worker or in-process as the policy says.
    ///
    /// - Throws: ``RenderWorkerError`` when the worker crashes, aborts, runs out of memory, times
    ///   out or fails; `RenderError` from an in-process render.
    public func render(_ scene: MapScene, as format: MapFormat) throws -> [UInt8] {
        guard isolates(scene) else { return try MapRenderer.render(scene, as: format) }
        let encoder = JSONEncoder()
        let input = try encoder.encode(scene)
        return try run(input: input, format: format)
    }

    /// Runs one worker over `input` (a JSON scene).
    ///
    /// The child is started with `posix_spawn` and watched with `waitpid` here (not Foundation's
    /// `Process`, whose reaping of a killed child is not dependable), so a timeout always ends.
    func run(input: Data, format: MapFormat) throws -> [UInt8] {
        var environment = ProcessInfo.processInfo.environment
        // A crash in the worker should end it at once, not start Swift's backtracer under the memory cap.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.merge(self.environment) { $1 }
        let arguments = [executable.path, Self.argument, "--format", format.rawValue, "--memory-limit", String(memoryLimit)]
        // A worker that dies before reading its input must not take this process down with SIGPIPE.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        let child = try ChildProcess(arguments: arguments, environment: environment)
        let io = DispatchGroup()
        let collected = Collected()
        DispatchQueue.global().async(group: io) { child.write(input) }
        DispatchQueue.global().async(group: io) { collected.output = ChildProcess.readAll(child.stdout) }
        DispatchQueue.global().async(group: io) { collected.errors = ChildProcess.readAll(child.stderr) }
        let deadline = Date().addingTimeInterval(timeout)
        var status = child.poll()
        while status == nil {
            if Date() >= deadline {
                kill(child.pid, SIGKILL)
                _ = child.wait()
                io.wait()
                throw RenderWorkerError(reason: "Graphviz took longer than \(Self.seconds(timeout)) s and was stopped "
                                        + "(a smaller map, another --layout, or a longer --timeout may help)")
            }
            usleep(5_000)
            status = child.poll()
        }
        io.wait()
        let message = String(decoding: collected.errors, as: UTF8.self)
            .split(separator: "\n").last.map(String.init) ?? ""
        switch status! {
        case let .signalled(signal):
            let name: String
            switch signal {
            case SIGABRT: name = "aborted (SIGABRT)"
            case SIGSEGV: name = "crashed (SIGSEGV)"
            case SIGBUS: name = "crashed (SIGBUS)"
            case SIGILL, SIGTRAP: name = "stopped on a fatal error (possibly out of memory: the limit is \(memoryLimit >> 20) MiB)"
            case SIGKILL: name = "was killed (SIGKILL)"
            default: name = "died on signal \(signal)"
            }
            throw RenderWorkerError(reason: "Graphviz \(name) while drawing \(format.rawValue)")
        case let .exited(code) where code != 0:
            throw RenderWorkerError(reason: message.isEmpty ? "the render worker exited with status \(code)" : message)
        case .exited:
            guard !collected.output.isEmpty else { throw RenderWorkerError(reason: "the render worker wrote nothing") }
            return [UInt8](collected.output)
        }
    }

    static func seconds(_ value: TimeInterval) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }

    /// The bytes the reader threads collect.
    private final class Collected: @unchecked Sendable {
        var output = Data()
        var errors = Data()
    }

    // MARK: The worker side

    /// Runs as the worker: caps the address space, reads a JSON scene from stdin, renders it in
    /// `format` and writes the bytes to stdout. Returns the exit status; a failure is one line
    /// on stderr.
    public static func serve(format: MapFormat, memoryLimit: Int) -> Int32 {
        var limit = rlimit(rlim_cur: rlim_t(memoryLimit), rlim_max: rlim_t(memoryLimit))
        guard setrlimit(Int32(RLIMIT_AS.rawValue), &limit) == 0 else {
            FileHandle.standardError.write(Data("render worker: cannot limit memory: \(String(cString: strerror(errno)))\n".utf8))
            return 1
        }
        signal(SIGPIPE, SIG_IGN)
        do {
            let input = FileHandle.standardInput.readDataToEndOfFile()
            let scene = try JSONDecoder().decode(MapScene.self, from: input)
            injectFault()
            let bytes = try MapRenderer.render(scene, as: format)
            try FileHandle.standardOutput.write(contentsOf: bytes)
            return 0
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            return 1
        }
    }

    /// A test hook, in debug builds only: `VERKOSTO_TEST_WORKER_FAULT` = `abort`, `crash`, `hang`
    /// or `memory` makes the worker fail in that way, as Graphviz might. A release build has no
    /// such switch.
    static func injectFault() {
        #if DEBUG
        switch ProcessInfo.processInfo.environment["VERKOSTO_TEST_WORKER_FAULT"] {
        case "abort": abort()
        case "crash": UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1
        case "hang": while true { sleep(1) }
        case "memory":
            // Grows until the address-space limit stops it (at most 8 GiB).
            var blocks: [UnsafeMutableRawPointer] = []
            for _ in 0..<(8 << 10) {
                guard let block = malloc(1 << 20) else { fatalError("out of memory") }
                memset(block, 1, 1 << 20)
                blocks.append(block)
            }
        default: break
        }
        #endif
    }
}

/// A child process with pipes on its stdin, stdout and stderr, started with `posix_spawn`.
final class ChildProcess: @unchecked Sendable {
    enum Status { case exited(Int32), signalled(Int32) }

    let pid: pid_t
    let stdin: Int32
    let stdout: Int32
    let stderr: Int32
    private var status: Status?

    init(arguments: [String], environment: [String: String]) throws {
        var pipes: [[Int32]] = []
        for _ in 0..<3 {
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else { throw RenderWorkerError(reason: "cannot make a pipe: \(String(cString: strerror(errno)))") }
            pipes.append(ends)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipes[0][0], 0)
        posix_spawn_file_actions_adddup2(&actions, pipes[1][1], 1)
        posix_spawn_file_actions_adddup2(&actions, pipes[2][1], 2)
        for ends in pipes { for end in ends { posix_spawn_file_actions_addclose(&actions, end) } }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        close(pipes[0][0])
        close(pipes[1][1])
        close(pipes[2][1])
        guard result == 0 else {
            for end in [pipes[0][1], pipes[1][0], pipes[2][0]] { close(end) }
            throw RenderWorkerError(reason: "cannot start the render worker \(arguments[0]): \(String(cString: strerror(result)))")
        }
        self.pid = pid
        stdin = pipes[0][1]
        stdout = pipes[1][0]
        stderr = pipes[2][0]
    }

    /// Writes `data` to the child's stdin and closes it. A child that is gone makes the write fail, quietly.
    func write(_ data: Data) {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(stdin, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { break }
                offset += written
            }
        }
        close(stdin)
    }

    /// Reads `descriptor` to its end and closes it.
    static func readAll(_ descriptor: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        close(descriptor)
        return data
    }

    /// The exit status if the child has ended (reaping it), else `nil`.
    func poll() -> Status? {
        if status == nil { reap(WNOHANG) }
        return status
    }

    /// Waits for the child to end.
    func wait() -> Status {
        while status == nil { reap(0) }
        return status!
    }

    private func reap(_ options: Int32) {
        var raw: Int32 = 0
        let result = waitpid(pid, &raw, options)
        if result == pid {
            let signal = raw & 0x7F
            status = signal == 0 ? .exited((raw >> 8) & 0xFF) : .signalled(signal)
        } else if result < 0 && errno != EINTR {
            status = .exited(-1)
        }
    }
}

/// A render in the worker failed: it crashed, aborted, ran out of memory or time, or reported an error.
public struct RenderWorkerError: VerkostoError, Equatable {
    public var reason: String
    public init(reason: String) { self.reason = reason }
    public var kind: FailureKind { .internalSoftware }
    public var description: String { "render failed: \(reason); no file was written" }
}
