// swift-tools-version:6.1
// libFuzzer targets for Verkosto's readers. Build and run with `make fuzz` (or `make fuzz-smoke`):
//   swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
import PackageDescription

let package = Package(
    name: "VerkostoFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Verkosto", path: "..")],
    targets: [
        // libFuzzer's driver, shared by the targets below.
        .target(name: "FuzzSupport"),
        // CSV bytes → CSVReader → typed rows of a table chosen by the first byte.
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport",.product(name: "VerkostoStore", package: "Verkosto"),
                                                          .product(name: "VerkostoModel", package: "Verkosto")]),
        // JSON bytes → nesting check → JSONSerialization → typed rows → validation.
        .executableTarget(name: "FuzzJSON", dependencies: ["FuzzSupport",.product(name: "VerkostoStore", package: "Verkosto"),
                                                           .product(name: "VerkostoModel", package: "Verkosto")]),
    ]
)
