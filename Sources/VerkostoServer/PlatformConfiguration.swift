import Foundation

/// How `verkosto serve` runs: where it listens, which database it serves, and its limits.
public struct PlatformConfiguration: Sendable {
    /// The address to bind: loopback by default, so that nothing outside the machine reaches the
    /// platform until an administrator puts it behind a reverse proxy (README, "Running the platform").
    public var host: String
    public var port: Int
    /// The SQLite database (opened in WAL mode, so that the CLI can read while the server runs).
    public var databasePath: String
    /// The largest request body accepted, in bytes; a larger one gets 413.
    public var maxBodySize: Int
    /// Briefings (one per day) and rendered pages (one per day, language and page) kept in memory.
    public var cachedDays: Int
    /// Where the access log goes: one JSON object a line (stderr by default).
    public var accessLog: @Sendable (String) -> Void
    /// Whether to compute today's answers and pages in the background at start, so that the
    /// first reader does not wait for them (off in tests).
    public var warmUp = false
    /// Whether anyone who reaches the platform may read it without signing in (a trusted
    /// intranet); otherwise reading needs an account of any role.
    public var anonymousViewers = false
    /// Whether cookies carry `Secure` always (behind TLS); they do also when the proxy sends
    /// `X-Forwarded-Proto: https`.
    public var secureCookies = false
    /// A session ends after this many seconds without a request, and this many after sign-in.
    public var sessionIdle: Double = 30 * 60
    public var sessionLifetime: Double = 12 * 3600

    public init(host: String = "127.0.0.1", port: Int = 8080, databasePath: String, maxBodySize: Int = 64 * 1024,
                cachedDays: Int = 8, accessLog: @escaping @Sendable (String) -> Void = PlatformConfiguration.standardError) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.maxBodySize = maxBodySize
        self.cachedDays = cachedDays
        self.accessLog = accessLog
    }

    /// Writes a line to stderr.
    public static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Whether `host` is a loopback address (the default); the CLI warns when it is not.
    public var isLoopback: Bool {
        host == "127.0.0.1" || host == "::1" || host == "localhost" || host.hasPrefix("127.")
    }
}
