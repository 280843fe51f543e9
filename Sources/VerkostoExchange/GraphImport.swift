import Foundation
import VerkostoAnalysis
import VerkostoModel
import VerkostoSupport

/// How the nodes and edges of a graph file map to the data model.
public struct GraphImportOptions: Sendable {
    /// The node attribute that tells networks from organisations.
    public var kindAttribute: String
    /// Its value for networks.
    public var networkValue: String
    /// Its value for organisations.
    public var organisationValue: String
    /// The kind of collaboration for network–network edges without a `collaboration_kind`
    /// attribute; `nil` skips such edges with a warning.
    public var collaborationKind: CollaborationKind?

    public init(kindAttribute: String = "kind", networkValue: String = "network",
                organisationValue: String = "organisation", collaborationKind: CollaborationKind? = nil) {
        self.kindAttribute = kindAttribute
        self.networkValue = networkValue
        self.organisationValue = organisationValue
        self.collaborationKind = collaborationKind
    }
}

/// The rows a graph file gives: a data set that the CLI hands to the store's import, with the
/// element of the file each row came from, for messages.
public struct GraphDataSet: Sendable {
    public var atlas: Atlas
    /// For each table with rows, the element each row came from.
    public var elements: [String: [String]]
    public var warnings: [DataError]
}

/// Turns a graph read from a file into data-model rows.
///
/// Nodes are told apart by ``GraphImportOptions/kindAttribute`` (default `kind`: `network` or
/// `organisation`). When no node has that attribute, every node is a network (a one-mode
/// network graph).
///
/// - Networks: `name_fi` (else `label`, else the id), `name_sv`, `name_en`, `sector` (required),
///   `unit`, `goal`, `operating_model`, `since` (required), `until`.
/// - Organisations: `name` (else `label`, else the id), `org_kind` (required), `municipality`
///   (required), `language` (default `fi`).
/// - Edges between an organisation and a network are memberships: `role` (default `member`),
///   `since` (default: the network's start), `until`.
/// - Edges between two networks are collaborations of kind `collaboration_kind` (or the
///   command line's default), `since` (default: the later start of the two), `until`. Without
///   a kind they are skipped with a warning: shared-member ties come from memberships.
/// - Edges between two organisations are skipped with a warning (projection ties are not data).
///
/// Reference rows: a sector, municipality or region the node names but `existing` lacks is
/// created from the node's `sector_name_fi|sv|en`, `municipality_name_fi|sv`,
/// `municipality_type`, `municipality_language`, `region`, `region_name_fi|sv` when those are
/// there (new sectors are ordered by their `colour` in the sector palette, so colours survive a
/// round trip). When they are not, validation reports the unknown reference at the node.
/// The graph's `name` value becomes the metadata `name`.
///
/// - Throws: ``DataError`` at the node or edge for a missing required attribute or a bad value.
public func graphDataSet(_ read: ReadGraph, file: String, options: GraphImportOptions = .init(),
                         existing: Atlas = Atlas()) throws -> GraphDataSet {
    let graph = read.graph
    var warnings = read.warnings
    var elements: [String: [String]] = [:]
    func place(_ element: String, _ attribute: String?) -> SourcePlace { .graph(file: file, element: element, attribute: attribute) }

    let hasKinds = graph.nodes.contains { $0.values[options.kindAttribute] != nil }
    enum NodeKind { case network, organisation }
    var kindOf: [String: NodeKind] = [:]
    var networks: [Network] = [], organisations: [Organisation] = []
    var sectors: [(Sector, Int)] = [], municipalities: [Municipality] = [], regions: [Region] = []
    var newSectors = Set<String>(), newMunicipalities = Set<String>(), newRegions = Set<String>()

    func string(_ node: ExchangeGraph.Node, _ name: String) -> String? {
        guard let value = node.values[name] else { return nil }
        let text = value.description
        return text.isEmpty ? nil : text
    }
    func required(_ node: ExchangeGraph.Node, _ name: String, _ at: String, _ what: String) throws -> String {
        guard let text = string(node, name) else {
            throw DataError(place(at, name), "no '\(name)' attribute: \(what)")
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
    func day(_ text: String?, _ at: String, _ name: String) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(iso: text.trimmingCharacters(in: .whitespaces)) else {
            throw DataError(place(at, name), "expected a date YYYY-MM-DD, got '\(text)'")
        }
        return day
    }
    func choice<E: RawRepresentable & CaseIterable>(_ text: String, _ at: String, _ name: String) throws -> E where E.RawValue == String {
        switch FieldParsing.choice(text, as: E.self) {
        case let .success(value): return value
        case let .failure(error): throw DataError(place(at, name), error.message)
        }
    }

    for (position, node) in graph.nodes.enumerated() {
        let at = read.nodePlaces[position]
        let kind: NodeKind
        if !hasKinds {
            kind = .network
        } else {
            let value = string(node, options.kindAttribute)
            switch value {
            case options.networkValue?: kind = .network
            case options.organisationValue?: kind = .organisation
            default:
                throw DataError(place(at, options.kindAttribute),
                                "expected '\(options.networkValue)' or '\(options.organisationValue)', got \(value.map { "'\($0)'" } ?? "nothing")")
            }
        }
        kindOf[node.id] = kind
        switch kind {
        case .network:
            let sector = try required(node, "sector", at, "a network needs its sector (the id of a sector)")
            if existing.sector(sector) == nil, !newSectors.contains(sector), let fi = string(node, "sector_name_fi") {
                newSectors.insert(sector)
                let colour = string(node, "colour").flatMap { SectorColours.hex.firstIndex(of: $0.uppercased()) } ?? Int.max
                sectors.append((Sector(id: sector, name: LocalizedText(fi: fi, sv: string(node, "sector_name_sv") ?? "",
                                                                        en: string(node, "sector_name_en") ?? "")), colour))
            }
            let since = try day(try required(node, "since", at, "a network needs its start date (YYYY-MM-DD)"), at, "since")
            networks.append(Network(
                id: node.id,
                name: LocalizedText(fi: string(node, "name_fi") ?? string(node, "label") ?? node.id,
                                    sv: string(node, "name_sv") ?? "", en: string(node, "name_en") ?? ""),
                sector: sector, unit: string(node, "unit") ?? "", goal: string(node, "goal") ?? "",
                operatingModel: string(node, "operating_model") ?? "",
                period: Period(since: since, until: try day(string(node, "until"), at, "until"))))
            elements["networks", default: []].append(at)
        case .organisation:
            let kindText = try required(node, "org_kind", at, "an organisation needs its kind (\(OrganisationKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            let municipality = try required(node, "municipality", at, "an organisation needs its municipality (a three-digit code)")
            if existing.municipality(municipality) == nil, !newMunicipalities.contains(municipality),
               let fi = string(node, "municipality_name_fi"), let region = string(node, "region"),
               let type = string(node, "municipality_type"), let language = string(node, "municipality_language") {
                newMunicipalities.insert(municipality)
                municipalities.append(Municipality(
                    id: municipality, name: LocalizedText(fi: fi, sv: string(node, "municipality_name_sv") ?? ""),
                    region: region, type: try choice(type, at, "municipality_type"),
                    language: try choice(language, at, "municipality_language"), population: 0))
                if existing.region(region) == nil, !newRegions.contains(region), let regionFi = string(node, "region_name_fi") {
                    newRegions.insert(region)
                    regions.append(Region(id: region, name: LocalizedText(fi: regionFi, sv: string(node, "region_name_sv") ?? "")))
                }
            }
            organisations.append(Organisation(
                id: node.id, name: string(node, "name") ?? string(node, "label") ?? node.id,
                kind: try choice(kindText, at, "org_kind"), municipality: municipality,
                language: try string(node, "language").map { try choice($0, at, "language") } ?? .fi))
            elements["organisations", default: []].append(at)
        }
    }

    var networkStart: [String: Day] = [:]
    for network in networks { networkStart[network.id] = network.period.since }
    for network in existing.networks where networkStart[network.id] == nil { networkStart[network.id] = network.period.since }
    var memberships: [Membership] = [], collaborations: [Collaboration] = []
    var skippedOrganisationTies = 0, skippedNetworkTies = 0
    for (position, edge) in graph.edges.enumerated() {
        let at = read.edgePlaces[position]
        func endpoint(_ id: String, _ name: String) throws -> NodeKind {
            if let kind = kindOf[id] { return kind }
            throw DataError(place(at, name), "no node with id '\(id)' in the file")
        }
        let (a, b) = (try endpoint(edge.source, "source"), try endpoint(edge.target, "target"))
        let node = ExchangeGraph.Node(id: edge.id, values: edge.values)
        let until = try day(string(node, "until"), at, "until")
        switch (a, b) {
        case (.organisation, .network), (.network, .organisation):
            let (organisation, network) = a == .organisation ? (edge.source, edge.target) : (edge.target, edge.source)
            let since = try day(string(node, "since"), at, "since") ?? networkStart[network]
            guard let since else { throw DataError(place(at, "since"), "no 'since' date, and the network has none either") }
            memberships.append(Membership(organisation: organisation, network: network,
                                          role: try string(node, "role").map { try choice($0, at, "role") } ?? .member,
                                          period: Period(since: since, until: until)))
            elements["memberships", default: []].append(at)
        case (.network, .network):
            guard let kindText = string(node, "collaboration_kind") ?? options.collaborationKind?.rawValue else {
                skippedNetworkTies += 1
                continue
            }
            let starts = [networkStart[edge.source], networkStart[edge.target]].compactMap { $0 }
            let since = try day(string(node, "since"), at, "since") ?? starts.max()
            guard let since else { throw DataError(place(at, "since"), "no 'since' date for the collaboration") }
            collaborations.append(Collaboration(networkA: edge.source, networkB: edge.target,
                                                kind: try choice(kindText, at, "collaboration_kind"),
                                                period: Period(since: since, until: until)))
            elements["collaborations", default: []].append(at)
        case (.organisation, .organisation):
            skippedOrganisationTies += 1
        }
    }
    if skippedNetworkTies > 0 {
        warnings.append(DataError(.file(file), "\(skippedNetworkTies) network–network edges without 'collaboration_kind' skipped (shared-member ties come from memberships; give --collaboration-kind to import them as collaborations)", isWarning: true))
    }
    if skippedOrganisationTies > 0 {
        warnings.append(DataError(.file(file), "\(skippedOrganisationTies) organisation–organisation edges skipped (ties between organisations come from memberships)", isWarning: true))
    }
    let orderedSectors = sectors.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element.0)
    if !orderedSectors.isEmpty { elements["sectors"] = orderedSectors.map { "node with sector '\($0.id)'" } }
    if !municipalities.isEmpty { elements["municipalities"] = municipalities.map { "node with municipality '\($0.id)'" } }
    if !regions.isEmpty { elements["regions"] = regions.map { "node with region '\($0.id)'" } }
    var metadata: [String: String] = [:]
    if let name = graph.graphValues["name"], !name.isEmpty {
        metadata["name"] = name
        elements["metadata"] = ["graph"]
    }
    let atlas = Atlas(metadata: metadata, sectors: orderedSectors, regions: regions, municipalities: municipalities,
                      networks: networks, organisations: organisations, memberships: memberships,
                      collaborations: collaborations)
    return GraphDataSet(atlas: atlas, elements: elements, warnings: warnings)
}
