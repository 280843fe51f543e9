import VerkostoModel
import VerkostoStore

/// libFuzzer entry: the first byte picks the table, the rest is the CSV file. Errors are
/// expected; a crash, a hang or a sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let tables = Atlas.tableNames
    let table = tables[Int(bytes.first ?? 0) % tables.count]
    if let atlas = try? DataSetParsing.decodeCSV(Array(bytes.dropFirst()), table: table) {
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

@_cdecl("FuzzCSV_main")
public func fuzzCSVMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { fuzzCSV($0, $1) }
}
