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

/// libFuzzer's driver, called from this executable's entry point: SwiftPM links an executable's
/// `main` to `<Target>_main`, so libFuzzer's own `main` is not used.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

@_cdecl("FuzzJSON_main")
public func fuzzJSONMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { fuzzJSON($0, $1) }
}
