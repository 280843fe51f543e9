// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Verkosto",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "VerkostoSupport", targets: ["VerkostoSupport"]),
        .library(name: "VerkostoModel", targets: ["VerkostoModel"]),
        .library(name: "VerkostoGraph", targets: ["VerkostoGraph"]),
        .library(name: "VerkostoAnalysis", targets: ["VerkostoAnalysis"]),
        .library(name: "VerkostoStore", targets: ["VerkostoStore"]),
        .executable(name: "verkosto", targets: ["verkosto"]),
        .library(name: "VerkostoRender", targets: ["VerkostoRender"]),
        .executable(name: "verkosto-bench", targets: ["VerkostoBench"]),
        .library(name: "VerkostoExchange", targets: ["VerkostoExchange"]),
        .library(name: "VerkostoSpreadsheet", targets: ["VerkostoSpreadsheet"]),
        .executable(name: "verkosto-xlsx-bench", targets: ["SpreadsheetBench"]),
        .library(name: "VerkostoServer", targets: ["VerkostoServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // The base: error vocabulary, localisation (glossaries, formats), text codecs, atomic
        // file writes, the seeded generator, progress reporting. No dependencies.
        .target(name: "VerkostoSupport"),
        .testTarget(name: "VerkostoSupportTests", dependencies: ["VerkostoSupport"]),
        // Domain model: plain values.
        .target(name: "VerkostoModel", dependencies: ["VerkostoSupport"]),
        .testTarget(name: "VerkostoModelTests", dependencies: ["VerkostoModel", "VerkostoSupport"]),
        // Graph engine: CSR graphs, projections, centrality. Domain-free.
        .target(name: "VerkostoGraph", dependencies: [
            "VerkostoSupport", .product(name: "HeapModule", package: "swift-collections"),
        ]),
        .testTarget(name: "VerkostoGraphTests", dependencies: ["VerkostoGraph", "VerkostoSupport"], exclude: ["Fixtures"]),
        // Graph views of the Atlas and the domain analyses.
        .target(name: "VerkostoAnalysis", dependencies: ["VerkostoModel", "VerkostoGraph", "VerkostoSupport"]),
        .testTarget(name: "VerkostoAnalysisTests", dependencies: [
            "VerkostoAnalysis", "VerkostoGraph", "VerkostoModel", "VerkostoStore", "VerkostoSupport",
        ]),
        // SQLite store: schema, CSV/JSON import and dump, load into an Atlas; the CSV reader; the generator.
        .target(name: "VerkostoStore", dependencies: [
            "VerkostoModel", "VerkostoSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        .testTarget(name: "VerkostoStoreTests", dependencies: ["VerkostoStore", "VerkostoModel", "VerkostoSupport"],
                    exclude: ["Fixtures"]),
        // The command-line tool.
        .executableTarget(name: "verkosto", dependencies: [
            "VerkostoModel", "VerkostoStore", "VerkostoAnalysis", "VerkostoRender", "VerkostoExchange",
            "VerkostoGraph", "VerkostoSupport", "VerkostoServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "CLITests", dependencies: ["verkosto", "VerkostoSupport"], exclude: ["Golden"]),
        // Graphviz C library (libgvc, libcgraph, libcdt) through pkg-config.
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        // Rendering: the only code that touches Graphviz; domain maps, SVG heatmap and line chart.
        .target(name: "VerkostoRender", dependencies: [
            "CGraphviz", "VerkostoModel", "VerkostoGraph", "VerkostoAnalysis", "VerkostoSupport",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .testTarget(name: "VerkostoRenderTests", dependencies: [
            "VerkostoRender", "VerkostoModel", "VerkostoAnalysis", "VerkostoStore", "VerkostoSupport",
        ]),
        // Benchmark: seeded graphs, edge-list files, JSON timings for /work/shared/bench/compare.py.
        .executableTarget(name: "VerkostoBench", dependencies: ["VerkostoGraph", "VerkostoSupport"]),
        // Graph files for other tools: GraphML, GEXF, node-link JSON and CSV out; GraphML, GEXF
        // and node-link JSON in (as a data set that the CLI hands to the store's import).
        .target(name: "VerkostoExchange", dependencies: ["VerkostoModel", "VerkostoAnalysis", "VerkostoGraph", "VerkostoSupport"]),
        .testTarget(name: "ExchangeTests", dependencies: [
            "VerkostoExchange", "VerkostoStore", "VerkostoAnalysis", "VerkostoModel", "VerkostoSupport",
        ], exclude: ["Fixtures"]),
        // Excel workbooks (.xlsx, Office Open XML SpreadsheetML): a domain-free reader and writer.
        .target(name: "VerkostoSpreadsheet", dependencies: [
            "VerkostoSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "VerkostoSpreadsheetTests", dependencies: [
            "VerkostoSpreadsheet", "VerkostoSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Fixtures"]),
        // The shared platform (`verkosto serve`): Hummingbird routes, pages and the JSON API over the
        // same typed facts as the report; accounts, sessions and the audit log in the store's database.
        .target(name: "VerkostoServer", dependencies: [
            "VerkostoModel", "VerkostoStore", "VerkostoAnalysis", "VerkostoRender", "VerkostoSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "VerkostoServerTests", dependencies: [
            "VerkostoServer", "VerkostoStore", "VerkostoModel", "VerkostoSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        // Benchmark: write and read a seeded sheet, for Tests/Bench/xlsx_peers.py.
        .executableTarget(name: "SpreadsheetBench", dependencies: ["VerkostoSpreadsheet", "VerkostoSupport"]),
    ]
)
