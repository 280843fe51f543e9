import GRDB

/// The columns of each table of the data format (`Data/FORMAT.md`), in file order.
public enum TableSpec {
    public struct Column: Sendable {
        public var name: String
        public var required: Bool
    }

    static func columns(_ list: String) -> [Column] {
        list.split(separator: " ").map {
            $0.hasPrefix("*") ? Column(name: String($0.dropFirst()), required: true) : Column(name: String($0), required: false)
        }
    }

    /// Columns by table; a leading `*` in the source list marks a required column.
    public static let columns: [String: [Column]] = [
        "metadata": columns("*key *value"),
        "sectors": columns("*id *name_fi name_sv name_en"),
        "directions": columns("*id *name_fi name_sv name_en"),
        "regions": columns("*code *name_fi name_sv"),
        "municipalities": columns("*code *name_fi name_sv *region *type *language population latitude longitude"),
        "networks": columns("*id *name_fi name_sv name_en *sector unit goal operating_model *since until"),
        "organisations": columns("*id *name *kind *municipality language"),
        "memberships": columns("*organisation *network role *since until"),
        "network_directions": columns("*network *direction priority"),
        "collaborations": columns("*network_a *network_b *kind *since until"),
    ]

    /// The column names of `table`, in file order.
    public static func names(_ table: String) -> [String] { columns[table]!.map(\.name) }
}

/// The SQLite schema, built by GRDB's migrator. `PRAGMA user_version` carries the schema
/// version so that an older Verkosto refuses a database written by a newer one.
///
/// Migrations are history: each is written out as it was released and never edited. A value
/// added to an enumerated column (a new organisation kind, say) needs a new migration that
/// rebuilds the table with the longer CHECK list; `SchemaTests` fails until there is one.
enum Schema {
    /// The schema version this build writes and understands: 2 added CHECK constraints, 3 the
    /// municipal centres, 4 the platform's accounts, sessions and audit log.
    static let version = 4

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE metadata(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE sectors(id TEXT PRIMARY KEY NOT NULL, name_fi TEXT NOT NULL,
                    name_sv TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '');
                CREATE TABLE directions(id TEXT PRIMARY KEY NOT NULL, name_fi TEXT NOT NULL,
                    name_sv TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '');
                CREATE TABLE regions(code TEXT PRIMARY KEY NOT NULL, name_fi TEXT NOT NULL,
                    name_sv TEXT NOT NULL DEFAULT '');
                CREATE TABLE municipalities(code TEXT PRIMARY KEY NOT NULL, name_fi TEXT NOT NULL,
                    name_sv TEXT NOT NULL DEFAULT '', region TEXT NOT NULL REFERENCES regions(code),
                    type TEXT NOT NULL CHECK (type IN ('urban', 'semi-urban', 'rural')),
                    language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en', 'fi-sv', 'sv-fi')),
                    population INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE networks(id TEXT PRIMARY KEY NOT NULL, name_fi TEXT NOT NULL,
                    name_sv TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '',
                    sector TEXT NOT NULL REFERENCES sectors(id), unit TEXT NOT NULL DEFAULT '',
                    goal TEXT NOT NULL DEFAULT '', operating_model TEXT NOT NULL DEFAULT '',
                    since TEXT NOT NULL, until TEXT);
                CREATE TABLE organisations(id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
                    municipality TEXT NOT NULL REFERENCES municipalities(code),
                    language TEXT NOT NULL DEFAULT 'fi');
                CREATE TABLE memberships(organisation TEXT NOT NULL REFERENCES organisations(id),
                    network TEXT NOT NULL REFERENCES networks(id),
                    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('coordinator', 'member', 'partner')),
                    since TEXT NOT NULL, until TEXT);
                CREATE TABLE network_directions(network TEXT NOT NULL REFERENCES networks(id),
                    direction TEXT NOT NULL REFERENCES directions(id),
                    priority INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 1 AND 3));
                CREATE TABLE collaborations(network_a TEXT NOT NULL REFERENCES networks(id),
                    network_b TEXT NOT NULL REFERENCES networks(id), kind TEXT NOT NULL,
                    since TEXT NOT NULL, until TEXT);
                """)
            for (_, create) in keyIndexes.values.sorted(by: { $0.name < $1.name }) { try db.execute(sql: create) }
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        // v2: CHECK constraints on the enumerated columns that had none (organisations.kind and
        // .language, collaborations.kind), so that the database cannot hold a value the model
        // does not know. SQLite adds constraints only by rebuilding a table: each is copied with
        // its rowids (the load order), dropped and replaced, inside the migration's transaction
        // with foreign keys checked at the end. A row that breaks a new constraint fails the
        // migration, and the database stays at version 1, unchanged.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE TABLE organisations_v2(id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('municipality', 'school', 'ecec-unit', 'upper-secondary',
                        'vocational', 'higher-education', 'adult-education', 'arts-school', 'association', 'regional-body')),
                    municipality TEXT NOT NULL REFERENCES municipalities(code),
                    language TEXT NOT NULL DEFAULT 'fi' CHECK (language IN ('fi', 'sv', 'en', 'fi-sv', 'sv-fi')));
                INSERT INTO organisations_v2(rowid, id, name, kind, municipality, language)
                    SELECT rowid, id, name, kind, municipality, language FROM organisations;
                DROP TABLE organisations;
                ALTER TABLE organisations_v2 RENAME TO organisations;
                CREATE TABLE collaborations_v2(network_a TEXT NOT NULL REFERENCES networks(id),
                    network_b TEXT NOT NULL REFERENCES networks(id),
                    kind TEXT NOT NULL CHECK (kind IN ('joint-event', 'shared-project', 'peer-learning', 'joint-publication')),
                    since TEXT NOT NULL, until TEXT);
                INSERT INTO collaborations_v2(rowid, network_a, network_b, kind, since, until)
                    SELECT rowid, network_a, network_b, kind, since, until FROM collaborations;
                DROP TABLE collaborations;
                ALTER TABLE collaborations_v2 RENAME TO collaborations;
                """)
            try db.execute(sql: keyIndexes["collaborations"]!.create)
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        // v2-coordinates (schema 3): the municipal centre (kuntakeskus) in WGS84 degrees, both or
        // neither. Named when it was written on a branch as the second migration; it runs after v2.
        migrator.registerMigration("v2-coordinates") { db in
            try db.execute(sql: """
                ALTER TABLE municipalities ADD COLUMN latitude REAL CHECK (latitude BETWEEN -90 AND 90);
                ALTER TABLE municipalities ADD COLUMN longitude REAL
                    CHECK (longitude BETWEEN -180 AND 180 AND (latitude IS NULL) = (longitude IS NULL));
                PRAGMA user_version = 3;
                """)
        }
        // platform-accounts (schema 4): the accounts of `verkosto serve` (a name, a role, a Bcrypt
        // hash; no other personal data), the networks each coordinator may edit, the signed-in
        // sessions (by the SHA-256 of their id, so that a copy of the database opens no session),
        // and the audit log of changes. Import and dump never touch them: `import --replace`
        // replaces the data, not the accounts. `user_networks.network` has no foreign key, so that
        // a replace that drops a network does not fail; an assignment to a gone network grants nothing.
        migrator.registerMigration("platform-accounts") { db in
            try db.execute(sql: """
                CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'viewer')),
                    password_hash TEXT NOT NULL, created TEXT NOT NULL, password_changed TEXT NOT NULL);
                CREATE TABLE user_networks(user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    network TEXT NOT NULL, PRIMARY KEY (user_id, network));
                CREATE TABLE sessions(id_hash TEXT PRIMARY KEY NOT NULL,
                    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    csrf_token TEXT NOT NULL, created REAL NOT NULL, last_seen REAL NOT NULL);
                CREATE TABLE audit(id INTEGER PRIMARY KEY, time TEXT NOT NULL, account TEXT NOT NULL,
                    action TEXT NOT NULL, network TEXT, before TEXT, after TEXT);
                CREATE INDEX audit_network ON audit(network);
                PRAGMA user_version = 4;
                """)
        }
        return migrator
    }

    /// The unique indexes that key the link tables, by table: a bulk import into an empty
    /// table drops the index and builds it again after the rows are in, which is faster.
    static let keyIndexes: [String: (name: String, create: String)] = [
        "memberships": ("memberships_key",
                        "CREATE UNIQUE INDEX memberships_key ON memberships(organisation, network, since)"),
        "network_directions": ("network_directions_key",
                               "CREATE UNIQUE INDEX network_directions_key ON network_directions(network, direction)"),
        "collaborations": ("collaborations_pair", """
            CREATE UNIQUE INDEX collaborations_pair ON collaborations(
                min(network_a, network_b), max(network_a, network_b), kind, since)
            """),
    ]

    /// A plain insert into `table`, for a bulk import into an empty table.
    static func insert(_ table: String) -> String {
        let columns = TableSpec.names(table)
        return "INSERT INTO \(table)(\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }

    /// The upsert for each table: an insert that, on a row with the same key, updates it in place.
    static let upsert: [String: String] = [
        "metadata": "INSERT INTO metadata(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        "sectors": upsertByKey("sectors", TableSpec.names("sectors"), key: ["id"]),
        "directions": upsertByKey("directions", TableSpec.names("directions"), key: ["id"]),
        "regions": upsertByKey("regions", TableSpec.names("regions"), key: ["code"]),
        "municipalities": upsertByKey("municipalities", TableSpec.names("municipalities"), key: ["code"]),
        "networks": upsertByKey("networks", TableSpec.names("networks"), key: ["id"]),
        "organisations": upsertByKey("organisations", TableSpec.names("organisations"), key: ["id"]),
        "memberships": upsertByKey("memberships", TableSpec.names("memberships"), key: ["organisation", "network", "since"]),
        "network_directions": upsertByKey("network_directions", TableSpec.names("network_directions"), key: ["network", "direction"]),
        "collaborations": """
            INSERT INTO collaborations(network_a, network_b, kind, since, until) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(min(network_a, network_b), max(network_a, network_b), kind, since)
            DO UPDATE SET network_a = excluded.network_a, network_b = excluded.network_b, until = excluded.until
            """,
    ]

    static func upsertByKey(_ table: String, _ columns: [String], key: [String]) -> String {
        let others = columns.filter { !key.contains($0) }
        let placeholders = columns.map { _ in "?" }.joined(separator: ", ")
        var sql = "INSERT INTO \(table)(\(columns.joined(separator: ", "))) VALUES (\(placeholders))"
        sql += " ON CONFLICT(\(key.joined(separator: ", "))) DO "
        sql += others.isEmpty ? "NOTHING" : "UPDATE SET " + others.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        return sql
    }
}
