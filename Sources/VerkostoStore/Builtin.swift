import VerkostoSupport

/// Fixed reference data for the generator: sectors, directions, the 19 regions and a sample
/// of real municipalities (populations approximate, rounded).
enum Builtin {
    static let sectors: [(String, String, String, String)] = [
        ("ecec", "Varhaiskasvatus", "Småbarnspedagogik", "Early childhood education"),
        ("basic", "Esi- ja perusopetus", "Förskole- och grundläggande utbildning", "Pre-primary and basic education"),
        ("upper-secondary", "Lukiokoulutus", "Gymnasieutbildning", "General upper secondary education"),
        ("vocational", "Ammatillinen koulutus", "Yrkesutbildning", "Vocational education"),
        ("liberal-adult", "Vapaa sivistystyö", "Fritt bildningsarbete", "Liberal adult education"),
        ("arts", "Taiteen perusopetus", "Grundläggande konstundervisning", "Basic education in the arts"),
        ("cross-sector", "Koulutusasteiden yhteinen", "Sektorövergripande", "Cross-sector"),
    ]

    static let directions: [(String, String, String, String)] = [
        ("leadership", "Johtamisosaaminen", "Ledarskapskompetens", "Leadership competence"),
        ("community", "Yhteisökehittäminen", "Gemenskapsutveckling", "Community development"),
        ("knowledge-management", "Tiedolla johtaminen", "Kunskapsbaserad ledning", "Knowledge-based management"),
        ("digitalisation", "Digitalisaatio", "Digitalisering", "Digitalisation"),
        ("wellbeing", "Hyvinvointi ja osallisuus", "Välbefinnande och delaktighet", "Well-being and participation"),
        ("learning-support", "Oppimisen tuki", "Stöd för lärande", "Learning support"),
        ("equality", "Yhdenvertaisuus ja tasa-arvo", "Likabehandling och jämställdhet", "Equality and inclusion"),
        ("sustainability", "Kestävä kehitys", "Hållbar utveckling", "Sustainable development"),
        ("continuous-learning", "Jatkuva oppiminen", "Kontinuerligt lärande", "Continuous learning"),
        ("internationalisation", "Kansainvälisyys", "Internationalisering", "Internationalisation"),
        ("language-awareness", "Kieli- ja kulttuuritietoisuus", "Språk- och kulturmedvetenhet", "Language and cultural awareness"),
    ]

    static let regions: [(String, String, String)] = [
        ("01", "Uusimaa", "Nyland"), ("02", "Varsinais-Suomi", "Egentliga Finland"), ("04", "Satakunta", "Satakunta"),
        ("05", "Kanta-Häme", "Egentliga Tavastland"), ("06", "Pirkanmaa", "Birkaland"),
        ("07", "Päijät-Häme", "Päijänne-Tavastland"), ("08", "Kymenlaakso", "Kymmenedalen"),
        ("09", "Etelä-Karjala", "Södra Karelen"), ("10", "Etelä-Savo", "Södra Savolax"), ("11", "Pohjois-Savo", "Norra Savolax"),
        ("12", "Pohjois-Karjala", "Norra Karelen"), ("13", "Keski-Suomi", "Mellersta Finland"),
        ("14", "Etelä-Pohjanmaa", "Södra Österbotten"), ("15", "Pohjanmaa", "Österbotten"),
        ("16", "Keski-Pohjanmaa", "Mellersta Österbotten"), ("17", "Pohjois-Pohjanmaa", "Norra Österbotten"),
        ("18", "Kainuu", "Kajanaland"), ("19", "Lappi", "Lappland"), ("21", "Ahvenanmaa", "Åland"),
    ]

    /// Code, Finnish name, Swedish name, region, type, language, approximate population.
    static let municipalities: [(String, String, String, String, String, String, Int)] = [
        ("091", "Helsinki", "Helsingfors", "01", "urban", "fi-sv", 675_000),
        ("049", "Espoo", "Esbo", "01", "urban", "fi-sv", 320_000),
        ("092", "Vantaa", "Vanda", "01", "urban", "fi-sv", 250_000),
        ("638", "Porvoo", "Borgå", "01", "urban", "fi-sv", 52_000),
        ("543", "Nurmijärvi", "Nurmijärvi", "01", "semi-urban", "fi", 44_000),
        ("753", "Sipoo", "Sibbo", "01", "semi-urban", "fi-sv", 22_000),
        ("853", "Turku", "Åbo", "02", "urban", "fi-sv", 200_000),
        ("445", "Parainen", "Pargas", "02", "semi-urban", "sv-fi", 15_000),
        ("322", "Kemiönsaari", "Kimitoön", "02", "rural", "sv-fi", 6_500),
        ("430", "Loimaa", "Loimaa", "02", "semi-urban", "fi", 15_500),
        ("609", "Pori", "Björneborg", "04", "urban", "fi", 83_000),
        ("050", "Eura", "Eura", "04", "rural", "fi", 11_500),
        ("109", "Hämeenlinna", "Tavastehus", "05", "urban", "fi", 68_000),
        ("433", "Loppi", "Loppi", "05", "semi-urban", "fi", 8_000),
        ("837", "Tampere", "Tammerfors", "06", "urban", "fi", 255_000),
        ("562", "Orivesi", "Orivesi", "06", "semi-urban", "fi", 9_000),
        ("398", "Lahti", "Lahtis", "07", "urban", "fi", 121_000),
        ("098", "Hollola", "Hollola", "07", "semi-urban", "fi", 23_000),
        ("286", "Kouvola", "Kouvola", "08", "urban", "fi", 79_000),
        ("075", "Hamina", "Fredrikshamn", "08", "semi-urban", "fi", 19_000),
        ("405", "Lappeenranta", "Villmanstrand", "09", "urban", "fi", 73_000),
        ("689", "Rautjärvi", "Rautjärvi", "09", "rural", "fi", 3_200),
        ("491", "Mikkeli", "S:t Michel", "10", "urban", "fi", 51_000),
        ("178", "Juva", "Jockas", "10", "rural", "fi", 6_100),
        ("297", "Kuopio", "Kuopio", "11", "urban", "fi", 124_000),
        ("762", "Sonkajärvi", "Sonkajärvi", "11", "rural", "fi", 3_800),
        ("167", "Joensuu", "Joensuu", "12", "urban", "fi", 77_000),
        ("146", "Ilomantsi", "Ilomants", "12", "rural", "fi", 4_900),
        ("179", "Jyväskylä", "Jyväskylä", "13", "urban", "fi", 147_000),
        ("729", "Saarijärvi", "Saarijärvi", "13", "rural", "fi", 9_500),
        ("743", "Seinäjoki", "Seinäjoki", "14", "urban", "fi", 65_000),
        ("233", "Kauhava", "Kauhava", "14", "rural", "fi", 15_000),
        ("905", "Vaasa", "Vasa", "15", "urban", "fi-sv", 68_000),
        ("599", "Pedersöre", "Pedersöre", "15", "rural", "sv-fi", 11_200),
        ("893", "Uusikaarlepyy", "Nykarleby", "15", "rural", "sv-fi", 7_500),
        ("272", "Kokkola", "Karleby", "16", "urban", "fi-sv", 48_000),
        ("564", "Oulu", "Uleåborg", "17", "urban", "fi", 215_000),
        ("305", "Kuusamo", "Kuusamo", "17", "semi-urban", "fi", 15_000),
        ("615", "Pudasjärvi", "Pudasjärvi", "17", "rural", "fi", 7_600),
        ("205", "Kajaani", "Kajana", "18", "urban", "fi", 36_000),
        ("290", "Kuhmo", "Kuhmo", "18", "rural", "fi", 8_000),
        ("698", "Rovaniemi", "Rovaniemi", "19", "urban", "fi", 65_000),
        ("273", "Kolari", "Kolari", "19", "rural", "fi", 3_800),
        ("890", "Utsjoki", "Utsjoki", "19", "rural", "fi", 1_200),
        ("478", "Maarianhamina", "Mariehamn", "21", "urban", "sv", 11_900),
        ("170", "Jomala", "Jomala", "21", "rural", "sv", 5_500),
    ]

    /// Organisation kind and a Finnish word for names.
    static let kinds: [(String, String)] = [
        ("municipality", "sivistystoimi"), ("school", "koulu"), ("school", "koulu"), ("school", "koulu"),
        ("ecec-unit", "päiväkoti"), ("ecec-unit", "päiväkoti"), ("upper-secondary", "lukio"),
        ("vocational", "ammattiopisto"), ("higher-education", "korkeakoulu"), ("adult-education", "kansalaisopisto"),
        ("arts-school", "musiikkiopisto"), ("association", "yhdistys"), ("regional-body", "aluehallinto"),
    ]

    static let units = [
        "Varhaiskasvatus ja esi- ja perusopetus", "Lukiokoulutus ja vapaa sivistystyö", "Ammatillinen koulutus",
        "Osaamisen kehittäminen", "Tieto ja analyysi", "Kansainvälisyys",
    ]

    static let operatingModels = [
        "Verkostotapaamiset neljä kertaa vuodessa ja yhteinen työtila.",
        "Vertaisoppimisen pienryhmät ja vuosittainen seminaari.",
        "Kehittämishankkeet ja kuukausittaiset etätapaamiset.",
        "Alueelliset työpajat ja yhteinen verkkoalusta.",
    ]
}
