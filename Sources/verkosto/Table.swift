import Foundation
import VerkostoSupport

/// The CLI's name for ``TextTable`` (in VerkostoSupport, shared with the platform).
typealias Table = TextTable

extension TextTable {
    /// The table in `format`, ending with a line feed (nothing for an empty aligned table body but its header).
    func rendered(_ format: OutputFormat) -> String {
        switch format {
        case .table: return aligned()
        case .csv: return csv()
        case .json: return json()
        }
    }

    func print(_ format: OutputFormat) {
        FileHandle.standardOutput.write(Data(rendered(format).utf8))
    }

}
