// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Verkosto",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "VerkostoModel", targets: ["VerkostoModel"]),
        .library(name: "VerkostoRender", targets: ["VerkostoRender"]),
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
        // Graphviz C library (libgvc, libcgraph, libcdt) through pkg-config.
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        // Domain-free rendering: Graphviz maps, SVG heatmap and line chart.
        .target(name: "VerkostoRender", dependencies: ["CGraphviz"]),
        .testTarget(name: "VerkostoRenderTests", dependencies: ["VerkostoRender"]),
    ]
)
