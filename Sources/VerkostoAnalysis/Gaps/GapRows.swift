import VerkostoModel
import VerkostoSupport

extension GapRow {
    /// The rows of `findings` for `kinds`, in the order of `kinds`: each kind's first `top`
    /// findings, or the one row that says the kind found nothing. What `verkosto gaps` prints and
    /// the platform's `/api/gaps` returns.
    ///
    /// - Parameters:
    ///   - findings: ``findGaps(_:kinds:settings:)`` on `atlas` with `settings`.
    ///   - atlas: the snapshot the findings came from (names).
    /// - Complexity: O(*k f*) for *k* kinds and *f* findings.
    public static func rows(_ findings: [GapFinding], kinds: [GapKind], top: Int? = nil, text: Localisation,
                            settings: GapSettings, atlas: Atlas) -> [GapRow] {
        var rows: [GapRow] = []
        for kind in kinds {
            let ofKind = findings.filter { $0.kind == kind }.prefix(top ?? Int.max)
            if ofKind.isEmpty {
                rows += [kind.nothingFoundRow(text, settings: settings)].compactMap { $0 }
            } else {
                rows += ofKind.map { $0.row(text, atlas: atlas) }
            }
        }
        return rows
    }
}
