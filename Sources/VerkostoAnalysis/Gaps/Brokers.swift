import VerkostoGraph
import VerkostoModel

/// Organisations and ties that hold the network field together.
public struct BrokerAnalysis: Sendable {
    /// An organisation whose removal cuts networks off from each other.
    public struct CutOrganisation: Sendable, Hashable {
        /// Position in the Atlas.
        public let organisation: Int
        /// Positions of the networks that lose their connection to the largest remaining group.
        public let cutOffNetworks: [Int]
    }
    /// A network whose every tie to other networks runs through one organisation.
    public struct HangingNetwork: Sendable, Hashable {
        public let network: Int
        public let organisation: Int
    }
    /// An organisation that links otherwise separate parts of the field.
    public struct Broker: Sendable, Hashable {
        public let organisation: Int
        /// Betweenness in the two-mode graph (normalised, Borgatti–Everett).
        public let betweenness: Double
        /// Burt's constraint in the organisation graph (shared networks as ties).
        public let constraint: Double
    }

    public let cutOrganisations: [CutOrganisation]
    public let hangingNetworks: [HangingNetwork]
    public let brokers: [Broker]
}

/// Finds the organisations that are single points of failure between networks, the networks
/// that hang on one organisation, and the organisations with high betweenness and low constraint
/// (Burt's brokers across structural holes).
///
/// The field is read as one graph of organisations and networks: memberships tie an
/// organisation to a network, and collaborations tie two networks directly.
/// - An organisation is a cut organisation when it is an articulation point (Hopcroft–Tarjan)
///   of that graph and removing it leaves networks in more than one component; the networks
///   outside the component with the most networks are the ones cut off.
/// - A network hangs on an organisation when it has no collaboration and exactly one of its
///   members also belongs to another network.
/// - Brokers: organisations in at least two networks whose two-mode betweenness is among the
///   top `brokerLimit` and whose constraint (in the organisation graph) is at most the median
///   constraint of organisations in at least two networks. When the organisation graph would be
///   too large to project, constraint is left out and only betweenness ranks.
/// - Complexity: O(*A* (*V* + *E*)) for *A* articulation points, plus two-mode betweenness O(*V E*).
public func brokerAnalysis(_ view: NetworkGraphView, brokerLimit: Int = 10, threads: Int? = nil) -> BrokerAnalysis {
    let atlas = view.atlas
    let twoMode = view.twoMode
    let organisationCount = twoMode.graph.leftCount, networkCount = twoMode.graph.rightCount
    let atlasPosition = twoMode.organisationIds.map { atlas.index.organisation[$0]! }

    // The field: organisations 0..<L, networks L..<L+N; memberships and collaborations as edges.
    var builder = GraphBuilder(vertexCount: organisationCount + networkCount)
    for u in 0..<organisationCount {
        for v in twoMode.graph.neighbors(of: Int32(u), on: .left) { builder.addEdge(Int32(u), Int32(organisationCount) + v) }
    }
    var collaborates = [Bool](repeating: false, count: networkCount)
    for tie in view.ties where tie.collaborations > 0 {
        builder.addEdge(Int32(organisationCount + tie.a), Int32(organisationCount + tie.b))
        collaborates[tie.a] = true
        collaborates[tie.b] = true
    }
    let field = builder.build()

    var cut: [BrokerAnalysis.CutOrganisation] = []
    for point in articulationPoints(field) where Int(point) < organisationCount {
        if twoMode.graph.degree(of: point, on: .left) < 2 { continue }
        let cutOff = networksCutOff(field, removing: point, organisationCount: organisationCount)
        if !cutOff.isEmpty { cut.append(.init(organisation: atlasPosition[Int(point)], cutOffNetworks: cutOff)) }
    }
    cut.sort {
        $0.cutOffNetworks.count != $1.cutOffNetworks.count ? $0.cutOffNetworks.count > $1.cutOffNetworks.count
            : atlas.organisations[$0.organisation].id < atlas.organisations[$1.organisation].id
    }

    var hanging: [BrokerAnalysis.HangingNetwork] = []
    for network in 0..<networkCount where !collaborates[network] {
        let linking = twoMode.graph.neighbors(of: Int32(network), on: .right).filter {
            twoMode.graph.degree(of: $0, on: .left) > 1
        }
        if linking.count == 1 { hanging.append(.init(network: network, organisation: atlasPosition[Int(linking.first!)])) }
    }

    var brokers: [BrokerAnalysis.Broker] = []
    let multi = (0..<organisationCount).filter { twoMode.graph.degree(of: Int32($0), on: .left) > 1 }
    if !multi.isEmpty && networkCount > 0 {
        let between = betweenness(field, threads: threads)
        let constraintValues: [Double]? = (try? project(twoMode.graph, onto: .left, weighting: .count)).map { constraint($0) }
        var medianConstraint = Double.infinity
        if let constraintValues {
            let values = multi.map { constraintValues[$0] }.filter { !$0.isNaN }.sorted()
            if !values.isEmpty { medianConstraint = values[values.count / 2] }
        }
        let ranked = multi.filter { u in
            guard let constraintValues else { return true }
            let c = constraintValues[u]
            return !c.isNaN && c <= medianConstraint
        }.sorted { between[$0] != between[$1] ? between[$0] > between[$1] : $0 < $1 }
        for u in ranked.prefix(brokerLimit) where between[u] > 0 {
            brokers.append(.init(organisation: atlasPosition[u], betweenness: between[u],
                                 constraint: constraintValues?[u] ?? .nan))
        }
    }
    return BrokerAnalysis(cutOrganisations: cut, hangingNetworks: hanging, brokers: brokers)
}

/// The networks that lose their connection to the main group when `removed` leaves the field:
/// networks in components other than the one holding the most networks (among those that were
/// in `removed`'s component).
private func networksCutOff(_ field: Graph, removing removed: Int32, organisationCount: Int) -> [Int] {
    let n = field.vertexCount
    var label = [Int32](repeating: -1, count: n)
    label[Int(removed)] = -2
    var networksIn: [[Int]] = []
    var queue: [Int32] = []
    for start in field.neighbors(of: removed) where label[Int(start)] == -1 {
        let component = Int32(networksIn.count)
        networksIn.append([])
        label[Int(start)] = component
        queue = [start]
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            if Int(v) >= organisationCount { networksIn[Int(component)].append(Int(v) - organisationCount) }
            for w in field.neighbors(of: v) where label[Int(w)] == -1 {
                label[Int(w)] = component
                queue.append(w)
            }
        }
    }
    let withNetworks = networksIn.filter { !$0.isEmpty }
    guard withNetworks.count > 1 else { return [] }
    let main = withNetworks.indices.max { withNetworks[$0].count < withNetworks[$1].count }!
    return withNetworks.indices.filter { $0 != main }.flatMap { withNetworks[$0] }.sorted()
}
