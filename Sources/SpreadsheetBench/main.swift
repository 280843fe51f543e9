import Foundation
import VerkostoSpreadsheet
import VerkostoSupport

/// `verkosto-xlsx-bench`: times writing and reading a sheet of ROWS seeded rows (eight columns:
/// two ids, a name, a count, a day, a truth value, two 1–4 answers with blanks, a decimal), and
/// leaves the workbook in DIR for `Tests/Bench/xlsx_peers.py`, which times openpyxl, XlsxWriter
/// and python-calamine on the same rows in the same run.
let usage = """
usage: verkosto-xlsx-bench [--rows N] [--repeat R] [--out DIR]
  --rows N    rows in the sheet (default 10000)
  --repeat R  runs per timing, the median is reported (default 5)
  --out DIR   where sheet-N.xlsx and ours-xlsx.json are written (default bench-out)
"""

var rows = 10_000, repeats = 5, outDir = "bench-out"
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    guard !arguments.isEmpty, let value = arguments.first else {
        FileHandle.standardError.write(Data("verkosto-xlsx-bench: \(flag) needs a value\n\(usage)\n".utf8))
        exit(64)
    }
    arguments.removeFirst()
    switch flag {
    case "--rows": rows = Int(value) ?? rows
    case "--repeat": repeats = max(1, Int(value) ?? repeats)
    case "--out": outDir = value
    default:
        FileHandle.standardError.write(Data("verkosto-xlsx-bench: unknown option \(flag)\n\(usage)\n".utf8))
        exit(64)
    }
}



struct Record {
    let id: String, network: String, name: String, count: Int, day: Day, active: Bool
    let trust: Int?, value: Int?, share: Double
}

/// Seeded, so that the rows are the same in every run.
var random = SplitMix64(seed: 42)
let places = ["Äänekoski", "Borgå", "Helsinki", "Jyväskylä", "Kemijärvi", "Mariehamn", "Oulu", "Turku"]
let records = (0..<rows).map { index in
    Record(id: "org-\(index + 1)", network: "verkosto-\(random.below(60) + 1)",
           name: "\(places[random.below(places.count)]) koulu \(index + 1)", count: random.below(500),
           day: Day(serial: 45_292 + random.below(1_000), system: .from1900)!, active: random.below(2) == 0,
           trust: random.below(5) == 0 ? nil : random.below(4) + 1, value: random.below(5) == 0 ? nil : random.below(4) + 1,
           share: Double(random.below(10_000)) / 100)
}
let networks = (1...60).map { "verkosto-\($0)" }
let scale = (1...4).map(String.init)
let sheet = Sheet(name: "Toiminta", records: records, columns: [
    SheetColumn("id", width: 12) { .text($0.id) },
    SheetColumn("network", width: 14, validation: .list(networks)) { .text($0.network) },
    SheetColumn("name", width: 30) { .text($0.name) },
    SheetColumn("participants") { .number(Double($0.count)) },
    SheetColumn("day", width: 12) { .date($0.day) },
    SheetColumn("active") { .boolean($0.active) },
    SheetColumn("trust", validation: .list(scale)) { $0.trust.map { .number(Double($0)) } },
    SheetColumn("value", validation: .list(scale)) { $0.value.map { .number(Double($0)) } },
    SheetColumn("share") { .number($0.share) },
])
let workbook = Workbook(sheets: [sheet])

@MainActor func median(_ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return times.sorted()[times.count / 2]
}

do {
    try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
    var bytes = Data()
    let write = try median { bytes = try workbook.data() }
    let path = "\(outDir)/sheet-\(rows).xlsx"
    try workbook.write(to: URL(fileURLWithPath: path))
    var cells = 0
    let read = try median {
        let read = try WorkbookReader(data: bytes, name: path).worksheet(named: "Toiminta")
        cells = read.rows.reduce(0) { $0 + $1.cells.count }
    }
    let json = """
        [
        {"task": "xlsx-write", "rows": \(rows), "seconds": \(write), "bytes": \(bytes.count)},
        {"task": "xlsx-read", "rows": \(rows), "seconds": \(read), "cells": \(cells)}
        ]

        """
    print(json, terminator: "")
    try Data(json.utf8).write(to: URL(fileURLWithPath: "\(outDir)/ours-xlsx.json"))
} catch {
    FileHandle.standardError.write(Data("verkosto-xlsx-bench: \(error)\n".utf8))
    exit(1)
}
