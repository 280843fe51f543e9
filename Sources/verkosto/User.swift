import ArgumentParser
import Foundation
import VerkostoServer
import VerkostoStore
import VerkostoSupport

extension AccountRole: ExpressibleByArgument {}

extension Verkosto {
    struct User: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Accounts of the platform (verkosto serve): add, list, passwd, remove.",
            discussion: """
                Roles: admin (everything, including accounts and the audit log), coordinator (edits the \
                networks given with --network), viewer (reads). Passwords are asked at the terminal \
                without echo (twice), or read from the first line of stdin when it is not a terminal; \
                never from an argument, which the shell's history and the process list would show. \
                They are kept as Bcrypt hashes of cost 12 and need at least 12 characters.

                Examples:
                  verkosto user add ada --role admin
                  verkosto user add kim --role coordinator --network johtamisen-oppiva-yhteiso
                  printf '%s\\n' "$PASSWORD" | verkosto user passwd kim
                  verkosto user list
                """,
            subcommands: [Add.self, List.self, Passwd.self, Remove.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add an account; its password is asked for.")
            @Argument(help: "The user name: letters, digits, '.', '_', '-' or '@'.") var name: String
            @Option(help: "admin, coordinator or viewer.") var role: AccountRole
            @Option(name: .customLong("network"), help: ArgumentHelp("A network the coordinator edits (repeat for more).", valueName: "id"))
            var networks: [String] = []
            @OptionGroup var database: DatabaseOptions

            func validate() throws {
                if role != .coordinator && !networks.isEmpty { throw ValidationError("--network is for coordinators only") }
            }

            func run() throws {
                let store = try database.open()
                let hash = try Passwords.hash(try PasswordPrompt.read(confirm: true))
                try store.addAccount(name: name, role: role, passwordHash: hash, networks: networks)
                try store.appendAudit(account: "cli", action: "user add",
                                      after: "{\"name\": \(JSONText.string(name)), \"role\": \"\(role.rawValue)\"}")
                print("added \(name) (\(role.rawValue))")
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the accounts: name, role, networks, created.")
            @OptionGroup var output: OutputFormatOptions
            @OptionGroup var database: DatabaseOptions

            func run() throws {
                var table = Table(columns: ["name", "role", "networks", "created"])
                for account in try database.open().accounts() {
                    table.append([.text(account.name), .text(account.role.rawValue), .text(account.networks.joined(separator: " ")),
                                  .text(account.created)])
                }
                table.print(output.format)
            }
        }

        struct Passwd: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Set an account's password (its sessions end).")
            @Argument(help: "The user name.") var name: String
            @OptionGroup var database: DatabaseOptions

            func run() throws {
                let store = try database.open()
                guard try store.account(named: name) != nil else { throw StoreError(.missingInput, "no user '\(name)'") }
                try store.setPasswordHash(name: name, hash: try Passwords.hash(try PasswordPrompt.read(confirm: true)))
                try store.appendAudit(account: "cli", action: "user passwd", after: "{\"name\": \(JSONText.string(name))}")
                print("password of \(name) changed; its sessions ended")
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Remove an account and end its sessions.")
            @Argument(help: "The user name.") var name: String
            @OptionGroup var database: DatabaseOptions

            func run() throws {
                let store = try database.open()
                try store.removeAccount(name: name)
                try store.appendAudit(account: "cli", action: "user remove", before: "{\"name\": \(JSONText.string(name))}")
                print("removed \(name)")
            }
        }
    }

    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The platform's audit log: who changed what, when, before and after.",
            discussion: """
                Oldest first. Columns: time (UTC), account, action, network, before, after (JSON).

                Examples:
                  verkosto audit --since 2026-11-01
                  verkosto audit --network johtamisen-oppiva-yhteiso --format json
                """)
        @Option(help: ArgumentHelp("Entries on or after this day (YYYY-MM-DD).", valueName: "date")) var since: Day?
        @Option(help: ArgumentHelp("Entries about this network.", valueName: "id")) var network: String?
        @OptionGroup var output: OutputFormatOptions
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            var table = Table(columns: ["time", "account", "action", "network", "before", "after"])
            for entry in try database.open().auditEntries(since: since, network: network) {
                table.append([.text(entry.time), .text(entry.account), .text(entry.action), .text(entry.network ?? ""),
                              .text(entry.before ?? ""), .text(entry.after ?? "")])
            }
            table.print(output.format)
        }
    }
}

/// A password from the terminal without echo, or from the first line of stdin when it is not a terminal.
enum PasswordPrompt {
    static func read(confirm: Bool) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = Swift.readLine(strippingNewline: true) else { throw CommandError(.failure, "no password on stdin") }
            return line
        }
        let first = try hidden("Password: ")
        if confirm, try hidden("Again: ") != first { throw CommandError(.failure, "the passwords differ") }
        return first
    }

    private static func hidden(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = Swift.readLine(strippingNewline: true) else { throw CommandError(.failure, "no password given") }
        return line
    }
}
