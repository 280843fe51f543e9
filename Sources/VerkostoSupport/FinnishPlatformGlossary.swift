/// The platform's words in Finnish.
public struct FinnishPlatformGlossary: PlatformGlossary {
    public init() {}
    public var languageName: String { "suomi" }
    public var skipToContent: String { "Siirry sisältöön" }
    public var pages: String { "Sivut" }
    public var languageLabel: String { "Kieli" }
    public var overviewPage: String { "Yleiskuva" }
    public var gapsPage: String { "Aukot" }
    public var coveragePage: String { "Kattavuus" }
    public var sectorsPage: String { "Sektorit" }
    public var trendPage: String { "Kehitys" }
    public var diffPage: String { "Muutokset" }
    public var day: String { "Päivä" }
    public var from: String { "Alkaen" }
    public var to: String { "Päättyen" }
    public var show: String { "Näytä" }
    public var downloads: String { "Lataukset" }
    public func mapDownload(_ format: String) -> String { "Kartta (\(format))" }
    public func tableDownload(_ table: String) -> String { "Taulukko: \(table) (CSV)" }
    public var openNetworkPage: String { "Avaa verkoston sivu" }
    public var memberList: String { "Jäsenet" }
    public var collaborations: String { "Yhteistyö muiden verkostojen kanssa" }
    public var role: String { "Rooli" }
    public var until: String { "Päättyi" }
    public var kind: String { "Laji" }
    public var history: String { "Historia" }
    public var networkMap: String { "Verkoston kartta" }
    public var notFound: String { "Sivua ei löytynyt" }
    public var badRequest: String { "Virheellinen pyyntö" }
    public var serverError: String { "Jokin meni vikaan" }
    public var backToOverview: String { "Takaisin yleiskuvaan" }
    public func diffLead(from: String, to: String) -> String { "Muutokset \(from) – \(to)." }
    public var signIn: String { "Kirjaudu sisään" }
    public var signOut: String { "Kirjaudu ulos" }
    public var userName: String { "Käyttäjätunnus" }
    public var password: String { "Salasana" }
    public var account: String { "Oma tili" }
    public var users: String { "Käyttäjät" }
    public var auditLog: String { "Muutosloki" }
    public var wrongCredentials: String { "Väärä käyttäjätunnus tai salasana." }
    public var tooManyAttempts: String { "Liian monta epäonnistunutta kirjautumista. Yritä uudelleen 15 minuutin kuluttua." }
    public var roleLabel: String { "Rooli" }
    public var addUser: String { "Lisää käyttäjä" }
    public var remove: String { "Poista" }
    public var networksToEdit: String { "Muokattavat verkostot (tunnukset pilkuin eroteltuina)" }
    public var signedInAs: String { "Kirjautuneena" }
    public var time: String { "Aika" }
    public var action: String { "Toimenpide" }
    public var before: String { "Ennen" }
    public var after: String { "Jälkeen" }
}
