/// The platform's words in English.
public struct EnglishPlatformGlossary: PlatformGlossary {
    public init() {}
    public var languageName: String { "English" }
    public var skipToContent: String { "Skip to the content" }
    public var pages: String { "Pages" }
    public var languageLabel: String { "Language" }
    public var overviewPage: String { "Overview" }
    public var gapsPage: String { "Gaps" }
    public var coveragePage: String { "Coverage" }
    public var sectorsPage: String { "Sectors" }
    public var trendPage: String { "Trend" }
    public var diffPage: String { "Changes" }
    public var day: String { "Day" }
    public var from: String { "From" }
    public var to: String { "To" }
    public var show: String { "Show" }
    public var downloads: String { "Downloads" }
    public func mapDownload(_ format: String) -> String { "Map (\(format))" }
    public func tableDownload(_ table: String) -> String { "Table: \(table) (CSV)" }
    public var openNetworkPage: String { "Open the network's page" }
    public var memberList: String { "Members" }
    public var collaborations: String { "Collaboration with other networks" }
    public var role: String { "Role" }
    public var until: String { "Ended" }
    public var kind: String { "Kind" }
    public var history: String { "History" }
    public var networkMap: String { "Network map" }
    public var notFound: String { "Page not found" }
    public var badRequest: String { "Bad request" }
    public var serverError: String { "Something went wrong" }
    public var backToOverview: String { "Back to the overview" }
    public func diffLead(from: String, to: String) -> String { "Changes from \(from) to \(to)." }
    public var signIn: String { "Sign in" }
    public var signOut: String { "Sign out" }
    public var userName: String { "User name" }
    public var password: String { "Password" }
    public var account: String { "Account" }
    public var users: String { "Users" }
    public var auditLog: String { "Audit log" }
    public var wrongCredentials: String { "Wrong user name or password." }
    public var tooManyAttempts: String { "Too many failed sign-ins. Try again in 15 minutes." }
    public var roleLabel: String { "Role" }
    public var addUser: String { "Add a user" }
    public var remove: String { "Remove" }
    public var networksToEdit: String { "Networks to edit (ids, comma-separated)" }
    public var signedInAs: String { "Signed in as" }
    public var time: String { "Time" }
    public var action: String { "Action" }
    public var before: String { "Before" }
    public var after: String { "After" }
}
