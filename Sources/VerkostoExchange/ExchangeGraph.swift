import Foundation
import VerkostoModel

/// A graph as exchange formats carry it: nodes and edges with typed, named attributes.
///
/// Every writer (GraphML, GEXF, node-link JSON, CSV) writes one, and every reader gives one
/// back, so a round trip can be checked on this value alone. Attributes are declared once,
/// with a type, and each node or edge holds a value or nothing for each declared attribute.
public struct ExchangeGraph: Sendable, Equatable {
    /// The type of an attribute, as GraphML's `attr.type` and GEXF's `type` know it.
    public enum AttributeType: String, Sendable, Equatable {
        case string, int, double, boolean

        /// The GraphML `attr.type`.
        public var graphML: String { rawValue }
        /// The GEXF attribute `type`.
        public var gexf: String { self == .int ? "integer" : rawValue }

        /// The type for a GraphML or GEXF type name; unknown names read as strings.
        public init(typeName: String) {
            switch typeName.lowercased() {
            case "int", "integer", "long", "short", "byte": self = .int
            case "double", "float", "bigdecimal": self = .double
            case "boolean", "bool": self = .boolean
            default: self = .string
            }
        }
    }

    /// A declared attribute.
    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var type: AttributeType
        public init(_ name: String, _ type: AttributeType) {
            self.name = name
            self.type = type
        }
    }

    /// A typed attribute value.
    public enum Value: Sendable, Equatable, CustomStringConvertible {
        case string(String)
        case int(Int)
        case double(Double)
        case boolean(Bool)

        /// The value as text: dates and names as they are, numbers in Swift's shortest
        /// round-tripping form, booleans as `true`/`false`.
        public var description: String {
            switch self {
            case let .string(text): return text
            case let .int(number): return String(number)
            case let .double(number): return number.isFinite ? "\(number)" : (number.isNaN ? "NaN" : (number > 0 ? "INF" : "-INF"))
            case let .boolean(flag): return flag ? "true" : "false"
            }
        }

        /// Parses `text` as a value of `type`, or returns `nil` when it is not one.
        public init?(parsing text: String, as type: AttributeType) {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch type {
            case .string: self = .string(text)
            case .int:
                if let number = Int(trimmed) { self = .int(number) }
                else if let number = Double(trimmed), number == number.rounded(), abs(number) < 9e15 { self = .int(Int(number)) }
                else { return nil }
            case .double:
                switch trimmed.uppercased() {
                case "INF", "+INF", "INFINITY": self = .double(.infinity)
                case "-INF", "-INFINITY": self = .double(-.infinity)
                case "NAN": self = .double(.nan)
                default:
                    guard let number = Double(trimmed) else { return nil }
                    self = .double(number)
                }
            case .boolean:
                switch trimmed.lowercased() {
                case "true", "1", "yes": self = .boolean(true)
                case "false", "0", "no": self = .boolean(false)
                default: return nil
                }
            }
        }

        /// The value as text, or `nil` for anything but a string.
        public var text: String? { if case let .string(text) = self { return text } else { return nil } }
    }

    /// A node: its id, its attribute values by name, and the periods it is present (for
    /// dynamic GEXF; empty means always).
    public struct Node: Sendable, Equatable {
        public var id: String
        public var values: [String: Value]
        public var spells: [Period]
        public init(id: String, values: [String: Value] = [:], spells: [Period] = []) {
            self.id = id
            self.values = values
            self.spells = spells
        }
    }

    /// An edge between two node ids, with its own id, values and spells.
    public struct Edge: Sendable, Equatable {
        public var id: String
        public var source: String
        public var target: String
        public var values: [String: Value]
        public var spells: [Period]
        public init(id: String, source: String, target: String, values: [String: Value] = [:], spells: [Period] = []) {
            self.id = id
            self.source = source
            self.target = target
            self.values = values
            self.spells = spells
        }
    }

    public var directed: Bool
    /// Node attributes in declaration order.
    public var nodeAttributes: [Attribute]
    /// Edge attributes in declaration order.
    public var edgeAttributes: [Attribute]
    public var nodes: [Node]
    public var edges: [Edge]
    /// Graph-level attributes (name, snapshot day, ...), written where the format has a place for them.
    public var graphValues: [String: String]

    public init(directed: Bool = false, nodeAttributes: [Attribute] = [], edgeAttributes: [Attribute] = [],
                nodes: [Node] = [], edges: [Edge] = [], graphValues: [String: String] = [:]) {
        self.directed = directed
        self.nodeAttributes = nodeAttributes
        self.edgeAttributes = edgeAttributes
        self.nodes = nodes
        self.edges = edges
        self.graphValues = graphValues
    }

    /// Whether two edges join the same pair of nodes (in either direction when undirected).
    public var hasParallelEdges: Bool {
        var seen = Set<String>()
        for edge in edges {
            let pair = directed || edge.source <= edge.target ? [edge.source, edge.target] : [edge.target, edge.source]
            if !seen.insert(pair.joined(separator: "\u{0}")).inserted { return true }
        }
        return false
    }

    /// Whether any node or edge carries spells.
    public var isDynamic: Bool { nodes.contains { !$0.spells.isEmpty } || edges.contains { !$0.spells.isEmpty } }
}
