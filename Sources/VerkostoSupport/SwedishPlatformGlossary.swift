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
}
