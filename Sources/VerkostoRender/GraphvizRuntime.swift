import CGraphviz
import Foundation

/// The process-wide Graphviz context and the one lock that every Graphviz call goes through.
///
/// libcgraph and libgvc keep global state (string pools, error buffers, plugin tables)
/// and are not thread-safe, so all access is serialised. The lock is recursive so that
/// a `GraphHandle` released inside a locked region can free itself.
enum GraphvizRuntime {
    private static let lock = NSRecursiveLock()
    nonisolated(unsafe) private static var context: OpaquePointer?

    /// Runs `body` with the lock held and the (lazily created) `GVC_t *`.
    ///
    /// The context comes from `gvContext()`, which loads the installed plugins
    /// (core, dot and neato layouts, cairo/pango for PNG and PDF) from Graphviz's
    /// `config6` file.
    static func withContext<T>(_ body: (OpaquePointer) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if context == nil {
            // Report errors only; warnings (e.g. about overlap removal) go nowhere.
            agseterr(AGERR)
            guard let created = gvContext() else {
                throw RenderError.graphvizUnavailable("gvContext() returned NULL")
            }
            context = created
        }
        return try body(context!)
    }

    /// The text of the last Graphviz error, if any (lock must be held).
    static func lastError() -> String? {
        guard let message = aglasterr() else { return nil }
        defer { free(message) }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}

/// Owns one root `Agraph_t`: frees its layout and closes it exactly once.
final class GraphHandle {
    let graph: UnsafeMutablePointer<Agraph_t>
    private let context: OpaquePointer
    private(set) var hasLayout = false

    /// Opens a root graph. Call only inside `GraphvizRuntime.withContext`.
    init(context: OpaquePointer, name: String, directed: Bool) throws {
        guard let graph = vk_agopen(name, directed ? 1 : 0) else {
            throw RenderError.graphviz("agopen failed")
        }
        self.graph = graph
        self.context = context
    }

    /// Lays the graph out with `engine`, replacing any previous layout.
    func layout(_ engine: String, seed: Int = 1) throws {
        freeLayout()
        vk_seed_random(UInt32(truncatingIfNeeded: seed))
        guard gvLayout(context, graph, engine) == 0 else {
            throw RenderError.graphviz("layout \(engine) failed: \(GraphvizRuntime.lastError() ?? "no message")")
        }
        hasLayout = true
    }

    func freeLayout() {
        if hasLayout {
            gvFreeLayout(context, graph)
            hasLayout = false
        }
    }

    /// Renders the laid-out graph to memory in `format` with `gvRenderData`.
    func render(_ format: String) throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let rc = gvRenderData(context, graph, format, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard rc == 0, let buffer else {
            throw RenderError.formatUnavailable(format, detail: GraphvizRuntime.lastError())
        }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }

    /// The graph as DOT, written by cgraph's own `agwrite`.
    func dot() throws -> [UInt8] {
        var length = 0
        guard let buffer = vk_agwrite_to_memory(graph, &length) else {
            throw RenderError.graphviz("agwrite failed")
        }
        defer { vk_free(buffer) }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
            Array(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    deinit {
        // The lock is recursive: this is fine whether or not the caller holds it.
        _ = try? GraphvizRuntime.withContext { _ in
            freeLayout()
            agclose(graph)
        }
    }
}

/// Sets a Graphviz attribute on a graph, node or edge (declaring it with an empty default).
@inline(__always)
func setAttribute<T>(_ object: UnsafeMutablePointer<T>, _ name: String, _ value: String) {
    _ = vk_agsafeset(UnsafeMutableRawPointer(object), name, value, "")
}

/// Reads a Graphviz attribute; `nil` if undeclared or empty.
@inline(__always)
func attribute<T>(_ object: UnsafeMutablePointer<T>, _ name: String) -> String? {
    guard let value = vk_agget(UnsafeMutableRawPointer(object), name) else { return nil }
    let text = String(cString: value)
    return text.isEmpty ? nil : text
}
