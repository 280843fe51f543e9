import VerkostoAnalysis
import VerkostoGraph
import VerkostoModel
import VerkostoSupport

/// Which glossary term names a map setting; the words themselves are in the glossaries.
extension Localisation {
    /// The title of an edge scale: what the width of a tie between networks counts.
    func tieWeight(_ weighting: ProjectionWeighting, ties: NetworkTies) -> String {
        switch (weighting, ties) {
        case (_, .collaborations): return words.tieWeightCollaborations
        case (.count, .members): return words.tieWeightSharedMembers
        case (.count, _): return words.tieWeightMembersAndCollaborations
        case (.jaccard, _): return words.tieWeightJaccard
        case (.overlap, _): return words.tieWeightOverlap
        case (.newman, _): return words.tieWeightNewman
        }
    }

    /// The heatmap's row order.
    func order(_ order: MatrixOrder) -> String {
        switch order {
        case .sector: return words.orderBySector
        case .cluster: return words.orderByCluster
        }
    }

    /// "Tilanne 1.11.2026": the day a map or report shows.
    func snapshot(_ day: Day) -> String { words.snapshot(day.text(self)) }
}
