/// The words of the platform's pages (`verkosto serve`) that the report does not have: the page
/// names, the navigation, forms and downloads. One conforming type per language, each in its own
/// file, as for ``Glossary``; ``Localisation/platform`` picks one.
public protocol PlatformGlossary: Sendable {
    /// The language's own name, for the language switch ("suomi", "svenska", "English").
    var languageName: String { get }
    /// "Skip to the content"
    var skipToContent: String { get }
    /// The navigation's label: "Pages"
    var pages: String { get }
    /// The languages' label: "Language"
    var languageLabel: String { get }
    /// Page names.
    var overviewPage: String { get }
    var gapsPage: String { get }
    var coveragePage: String { get }
    var sectorsPage: String { get }
    var trendPage: String { get }
    var diffPage: String { get }
    /// "Day" (the snapshot day of the pages), "From", "To", "Show"
    var day: String { get }
    var from: String { get }
    var to: String { get }
    var show: String { get }
    /// "Downloads", and what each link gives.
    var downloads: String { get }
    func mapDownload(_ format: String) -> String
    func tableDownload(_ table: String) -> String
    /// "Open the network's page"
    var openNetworkPage: String { get }
    /// The network page's sections: its members over time (organisation, kind, municipality,
    /// role, since, until), its collaborations, and its history.
    var memberList: String { get }
    var collaborations: String { get }
    var role: String { get }
    var until: String { get }
    var kind: String { get }
    var history: String { get }
    /// "Network map" (the ego map's caption).
    var networkMap: String { get }
    /// The error pages: "Page not found", "Bad request", "Something went wrong".
    var notFound: String { get }
    var badRequest: String { get }
    var serverError: String { get }
    /// "Back to the overview"
    var backToOverview: String { get }
    /// The diff page's lead: what it compares.
    func diffLead(from: String, to: String) -> String

    // MARK: Accounts

    var signIn: String { get }
    var signOut: String { get }
    var userName: String { get }
    var password: String { get }
    var account: String { get }
    var users: String { get }
    var auditLog: String { get }
    var wrongCredentials: String { get }
    var tooManyAttempts: String { get }
    var roleLabel: String { get }
    var addUser: String { get }
    var remove: String { get }
    var networksToEdit: String { get }
    var signedInAs: String { get }
    var time: String { get }
    var action: String { get }
    var before: String { get }
    var after: String { get }
}

extension Localisation {
    /// The platform's words in ``language``.
    public var platform: any PlatformGlossary {
        switch language {
        case .fi: return FinnishPlatformGlossary()
        case .sv: return SwedishPlatformGlossary()
        case .en: return EnglishPlatformGlossary()
        }
    }
}
