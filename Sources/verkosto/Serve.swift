import ArgumentParser
import Dispatch
import Foundation
import VerkostoServer
import VerkostoSupport

extension Verkosto {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the shared platform: the overview, network pages, gaps, coverage, sectors, trend and diff, and a JSON API.",
            discussion: """
                Listens on 127.0.0.1:8080 by default: only this machine can connect. To open it to an \
                intranet, run it behind a reverse proxy with TLS (README, "Running the platform") rather \
                than binding --host 0.0.0.0. The database is read in WAL mode: the CLI can import while \
                the server runs, and the pages show the new data at the next request.

                SIGTERM or SIGINT (Ctrl-C) stop it gracefully: requests in flight finish first. One JSON \
                line per request goes to stderr (time, client, method, path, status, bytes, ms).

                Pages: / (overview with the interactive map), /gaps, /coverage, /sectors, /trend, \
                /diff?from=DATE&to=DATE, /networks/ID; every page takes ?at=DATE and ?lang=fi|sv|en \
                (default from the browser's Accept-Language). Maps: /maps/KIND.svg|png|pdf. \
                API: /api/networks, /api/networks/ID, /api/gaps, /api/diff, /api/briefing, described \
                in /api/openapi.json (OpenAPI 3.1).

                Reading needs an account of any role (verkosto user add NAME --role viewer), unless                 --anonymous lets anyone read. Sign in at /login; administrators manage accounts at                 /admin/users and read the audit log at /admin/audit. Sessions are kept in the database                 (they survive a restart) and end after 30 minutes idle or 12 hours.

                Example:
                  verkosto serve --db verkosto.sqlite --port 8080
                """)

        @Option(help: "The address to listen on (default: loopback only).")
        var host: String = "127.0.0.1"

        @Option(help: "The TCP port.")
        var port: Int = 8080

        @Option(help: ArgumentHelp("The largest request body accepted, in bytes.", valueName: "bytes"))
        var maxBody: Int = 64 * 1024

        @Flag(help: "Let anyone who reaches the platform read it without signing in (a trusted intranet only).")
        var anonymous = false

        @Flag(help: "Mark cookies Secure (the platform is reached over TLS; also when the proxy sends X-Forwarded-Proto: https).")
        var secureCookies = false

        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if !(1...65535).contains(port) { throw ValidationError("--port must be between 1 and 65535") }
            if maxBody < 1024 { throw ValidationError("--max-body must be at least 1024") }
        }

        func run() throws {
            var configuration = PlatformConfiguration(host: host, port: port, databasePath: database.path)
            configuration.maxBodySize = maxBody
            configuration.warmUp = true
            configuration.anonymousViewers = anonymous
            configuration.secureCookies = secureCookies
            if !configuration.isLoopback {
                Terminal.printError("warning: listening on \(host), not loopback: put the platform behind a reverse proxy with TLS")
            }
            let application = try Platform.application(configuration)
            FileHandle.standardError.write(Data("verkosto serve: http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (database \(database.path)); Ctrl-C stops\n".utf8))
            let done = DispatchSemaphore(value: 0)
            let outcome = Outcome()
            Task {
                do { try await application.runService() } catch { outcome.set(error) }
                done.signal()
            }
            done.wait()
            if let error = outcome.error { throw error }
        }
    }
}

/// The error a background task ended with, read after it signalled.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    func set(_ error: any Error) { lock.lock(); stored = error; lock.unlock() }
    var error: (any Error)? { lock.lock(); defer { lock.unlock() }; return stored }
}
