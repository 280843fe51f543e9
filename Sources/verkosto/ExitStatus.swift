import Foundation
import VerkostoSupport
import VerkostoSupport

/// The one place where errors become exit statuses (sysexits) and one-line messages.
enum ExitStatus {
    static let ok: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let missingInput: Int32 = 66
    static let internalSoftware: Int32 = 70
    static let cannotCreateOutput: Int32 = 73
    static let inputOutput: Int32 = 74

    /// The status for an error of ours, or `nil` for argument-parser errors (which it reports itself).
    static func code(for error: any Error) -> Int32? {
        switch error {
        case let error as any VerkostoError:
            switch error.kind {
            case .badData: return badData
            case .missingInput: return missingInput
            case .cannotCreateOutput: return cannotCreateOutput
            case .inputOutput: return inputOutput
            case .internalSoftware: return internalSoftware
            case .failure: return failure
            }
        case is CocoaError: return inputOutput
        default: return nil
        }
    }

    /// The single line printed for an error.
    static func message(for error: any Error) -> String {
        switch error {
        case let error as any VerkostoError: return error.description
        default: return "\(error)"
        }
    }
}
