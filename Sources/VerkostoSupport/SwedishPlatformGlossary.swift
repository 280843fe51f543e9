/// The platform's words in Swedish.
public struct SwedishPlatformGlossary: PlatformGlossary {
    public init() {}
    public var languageName: String { "svenska" }
    public var skipToContent: String { "Hoppa till innehållet" }
    public var pages: String { "Sidor" }
    public var languageLabel: String { "Språk" }
    public var overviewPage: String { "Översikt" }
    public var gapsPage: String { "Luckor" }
    public var coveragePage: String { "Täckning" }
    public var sectorsPage: String { "Sektorer" }
    public var trendPage: String { "Utveckling" }
    public var diffPage: String { "Förändringar" }
    public var day: String { "Dag" }
    public var from: String { "Från" }
    public var to: String { "Till" }
    public var show: String { "Visa" }
    public var downloads: String { "Nedladdningar" }
    public func mapDownload(_ format: String) -> String { "Karta (\(format))" }
    public func tableDownload(_ table: String) -> String { "Tabell: \(table) (CSV)" }
    public var openNetworkPage: String { "Öppna nätverkets sida" }
    public var memberList: String { "Medlemmar" }
    public var collaborations: String { "Samarbete med andra nätverk" }
    public var role: String { "Roll" }
    public var until: String { "Slutade" }
    public var kind: String { "Typ" }
    public var history: String { "Historik" }
    public var networkMap: String { "Nätverkets karta" }
    public var notFound: String { "Sidan hittades inte" }
    public var badRequest: String { "Felaktig begäran" }
    public var serverError: String { "Något gick fel" }
    public var backToOverview: String { "Tillbaka till översikten" }
    public func diffLead(from: String, to: String) -> String { "Förändringar \(from)–\(to)." }
    public var signIn: String { "Logga in" }
    public var signOut: String { "Logga ut" }
    public var userName: String { "Användarnamn" }
    public var password: String { "Lösenord" }
    public var account: String { "Mitt konto" }
    public var users: String { "Användare" }
    public var auditLog: String { "Ändringslogg" }
    public var wrongCredentials: String { "Fel användarnamn eller lösenord." }
    public var tooManyAttempts: String { "För många misslyckade inloggningar. Försök igen om 15 minuter." }
    public var roleLabel: String { "Roll" }
    public var addUser: String { "Lägg till användare" }
    public var remove: String { "Ta bort" }
    public var networksToEdit: String { "Nätverk att redigera (id:n med kommatecken)" }
    public var signedInAs: String { "Inloggad som" }
    public var time: String { "Tid" }
    public var action: String { "Åtgärd" }
    public var before: String { "Före" }
    public var after: String { "Efter" }
}
