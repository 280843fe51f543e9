// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Verkosto",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "VerkostoModel", targets: ["VerkostoModel"]),
        .library(name: "VerkostoGraph", targets: ["VerkostoGraph"]),
        .executable(name: "verkosto-bench", targets: ["VerkostoBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // Domain model: plain values, no dependencies.
        .target(name: "VerkostoModel"),
        .testTarget(name: "VerkostoModelTests", dependencies: ["VerkostoModel"]),
        // Graph engine: CSR graphs, projections, centrality. Domain-free.
        .target(name: "VerkostoGraph", dependencies: [.product(name: "HeapModule", package: "swift-collections")]),
        .testTarget(name: "VerkostoGraphTests", dependencies: ["VerkostoGraph"], exclude: ["Fixtures"]),
        // Benchmark: seeded graphs, edge-list files, JSON timings for /work/shared/bench/compare.py.
        .executableTarget(name: "VerkostoBench", dependencies: ["VerkostoGraph"]),
    ]
)
