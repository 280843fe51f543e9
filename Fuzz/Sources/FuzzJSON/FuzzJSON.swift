import Foundation
import VerkostoModel
import VerkostoStore

/// libFuzzer entry: the bytes are a JSON data set document. Errors are expected; a crash, a
/// hang or a sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if let atlas = try? DataSetParsing.decodeJSON(Data(bytes: data, count: size)) {
        _ = atlas.validate()
    }
    return 0
}
