import Foundation
import VerkostoModel
import VerkostoStore
import FuzzSupport

/// libFuzzer entry: the bytes are a JSON data set document. Errors are expected; a crash, a
/// hang or a sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if let atlas = try? DataSetParsing.decodeJSON(Data(bytes: data, count: size)) {
        _ = atlas.validate()
    }
    return 0
}

/// The executable's entry point (SwiftPM names it `FuzzJSON_main`): libFuzzer's driver over ``fuzzJSON``.
@_cdecl("FuzzJSON_main")
public func fuzzJSONMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runLibFuzzer(argc, argv) { fuzzJSON($0, $1) }
}
