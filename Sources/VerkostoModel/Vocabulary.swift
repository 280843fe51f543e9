import VerkostoSupport

/// A text given in Finnish, Swedish and English. Swedish and English fall back to Finnish
/// when they are empty.
public struct LocalizedText: Hashable, Sendable {
    public var fi: String
    public var sv: String
    public var en: String

    public init(fi: String, sv: String = "", en: String = "") {
        self.fi = fi
        self.sv = sv
        self.en = en
    }

    /// The text in `language`, or the Finnish text when that language has none.
    public func text(_ language: Language) -> String {
        switch language {
        case .fi: return fi
        case .sv: return sv.isEmpty ? fi : sv
        case .en: return en.isEmpty ? fi : en
        }
    }
}

/// A language status, as Statistics Finland classifies municipalities (kielisuhde), also used
/// for the working language of an organisation.
public enum LanguageStatus: String, CaseIterable, Sendable, Codable {
    /// Finnish-speaking.
    case fi
    /// Swedish-speaking.
    case sv
    /// English-speaking (organisations only: international schools and the like).
    case en
    /// Bilingual, Finnish majority.
    case finnishSwedish = "fi-sv"
    /// Bilingual, Swedish majority.
    case swedishFinnish = "sv-fi"

    /// Whether the status counts Swedish as one of its languages.
    public var includesSwedish: Bool { self == .sv || self == .finnishSwedish || self == .swedishFinnish }
    /// Whether the status is one of the two bilingual ones.
    public var isBilingual: Bool { self == .finnishSwedish || self == .swedishFinnish }
}

/// Statistics Finland's statistical grouping of municipalities (tilastollinen kuntaryhmitys).
public enum MunicipalityType: String, CaseIterable, Sendable, Codable {
    case urban
    case semiUrban = "semi-urban"
    case rural
}

/// What kind of organisation a member is. No persons: a principal appears as a role of
/// their organisation.
public enum OrganisationKind: String, CaseIterable, Sendable, Codable {
    /// A municipality acting as education provider (koulutuksen järjestäjä).
    case municipality
    /// A school providing pre-primary and basic education.
    case school
    /// An early-childhood education unit (päiväkoti, varhaiskasvatusyksikkö).
    case earlyChildhoodUnit = "ecec-unit"
    /// A general upper secondary school (lukio).
    case upperSecondary = "upper-secondary"
    /// A vocational institution (ammatillinen oppilaitos).
    case vocational
    /// A university or university of applied sciences.
    case higherEducation = "higher-education"
    /// A liberal adult education institution (kansalaisopisto, kansanopisto).
    case adultEducation = "adult-education"
    /// A school of basic education in the arts (musiikkiopisto, kuvataidekoulu).
    case artsSchool = "arts-school"
    /// An association or foundation.
    case association
    /// A regional body (regional council, regional state administrative agency, ELY centre).
    case regionalBody = "regional-body"
}

/// The role an organisation has in a network.
public enum MembershipRole: String, CaseIterable, Sendable, Codable {
    case coordinator
    case member
    case partner
}

/// How two networks work together.
public enum CollaborationKind: String, CaseIterable, Sendable, Codable {
    case jointEvent = "joint-event"
    case sharedProject = "shared-project"
    case peerLearning = "peer-learning"
    case jointPublication = "joint-publication"
}
