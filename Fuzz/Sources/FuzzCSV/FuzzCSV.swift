import VerkostoModel
import VerkostoStore
import FuzzSupport

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

/// The executable's entry point (SwiftPM names it `FuzzCSV_main`): libFuzzer's driver over ``fuzzCSV``.
@_cdecl("FuzzCSV_main")
public func fuzzCSVMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runLibFuzzer(argc, argv) { fuzzCSV($0, $1) }
}
