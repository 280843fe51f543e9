import VerkostoModel
import VerkostoSupport

/// The data set a merge import would leave in the database, and where each of its rows came from.
///
/// Rows of the incoming data replace the existing rows with the same key in place; other rows
/// are appended in input order. This is what the upserts in ``Schema/upsert`` do, so the
/// Atlas here is the Atlas the database holds after the import.
struct Merge {
    /// Where a row of the merged Atlas came from.
    enum Origin {
        case existing(Int)
        case incoming(Int)
    }

    var atlas: Atlas
    /// Origins by table; a table missing here has all its rows from the input, in order.
    var origins: [String: [Origin]] = [:]

    /// - Complexity: O(*n*) expected in the rows of both.
    init(existing: Atlas, incoming: Atlas) {
        if existing.sectors.isEmpty && existing.regions.isEmpty && existing.networks.isEmpty
            && existing.organisations.isEmpty && existing.memberships.isEmpty && existing.directions.isEmpty
            && existing.municipalities.isEmpty && existing.networkDirections.isEmpty && existing.collaborations.isEmpty {
            atlas = incoming.replacingMetadata(existing.metadata.merging(incoming.metadata) { $1 })
            return
        }
        var origins: [String: [Origin]] = [:]
        func merge<T, K: Hashable>(_ table: String, _ old: [T], _ new: [T], _ key: (T) -> K) -> [T] {
            var rows = old
            var from = old.indices.map { Origin.existing($0) }
            var position: [K: Int] = [:]
            for (index, row) in old.enumerated() where position[key(row)] == nil { position[key(row)] = index }
            for (index, row) in new.enumerated() {
                if let at = position[key(row)], case .existing = from[at] {
                    rows[at] = row
                    from[at] = .incoming(index)
                } else {
                    if position[key(row)] == nil { position[key(row)] = rows.count }
                    rows.append(row)
                    from.append(.incoming(index))
                }
            }
            origins[table] = from
            return rows
        }
        struct Pair: Hashable { var a: String, b: String, kind: String, since: Day? }
        struct Link: Hashable { var a: String, b: String, since: Day? }
        atlas = Atlas(
            metadata: existing.metadata.merging(incoming.metadata) { $1 },
            sectors: merge("sectors", existing.sectors, incoming.sectors, \.id),
            directions: merge("directions", existing.directions, incoming.directions, \.id),
            regions: merge("regions", existing.regions, incoming.regions, \.id),
            municipalities: merge("municipalities", existing.municipalities, incoming.municipalities, \.id),
            networks: merge("networks", existing.networks, incoming.networks, \.id),
            organisations: merge("organisations", existing.organisations, incoming.organisations, \.id),
            memberships: merge("memberships", existing.memberships, incoming.memberships) {
                Link(a: $0.organisation, b: $0.network, since: $0.period.since)
            },
            networkDirections: merge("network_directions", existing.networkDirections, incoming.networkDirections) {
                Link(a: $0.network, b: $0.direction, since: nil)
            },
            collaborations: merge("collaborations", existing.collaborations, incoming.collaborations) {
                Pair(a: min($0.networkA, $0.networkB), b: max($0.networkA, $0.networkB), kind: $0.kind.rawValue,
                     since: $0.period.since)
            })
        self.origins = origins
    }

    func origin(_ table: String, _ row: Int) -> Origin {
        origins[table].map { $0[row] } ?? .incoming(row)
    }

    /// The place of a merged row's column: in the input files, or in the database.
    func place(_ table: String, _ row: Int, _ column: String?, in tables: [String: RawTable]) -> SourcePlace {
        switch origin(table, row) {
        case let .existing(index): return .database(table: table, row: index, column: column)
        case let .incoming(index):
            guard let raw = tables[table] else { return .file("\(table).csv") }
            return raw.place(row: index, column: column)
        }
    }

    /// A validation problem as an error or warning at its place in the input. A reference to
    /// another row ("first on row N") is rewritten to that row's place.
    func locate(_ problem: Problem, in tables: [String: RawTable]) -> DataError {
        var message = problem.message
        if let range = message.range(of: "(first on row "),
           let end = message[range.upperBound...].firstIndex(of: ")"),
           let number = Int(message[range.upperBound..<end]) {
            let first = place(problem.table, number - 1, nil, in: tables)
            let text: String
            switch first {
            case let .csv(_, line, _): text = "(first on line \(line))"
            case let .json(_, path): text = "(first at \(path))"
            default: text = "(first at \(first))"
            }
            message.replaceSubrange(range.lowerBound...end, with: text)
        }
        let where_: SourcePlace = problem.row.map { place(problem.table, $0, problem.column, in: tables) }
            ?? tables[problem.table]?.headerPlace ?? .file(problem.table)
        return DataError(where_, message, isWarning: problem.severity == .warning)
    }
}
