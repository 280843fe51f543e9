import Testing
@testable import VerkostoRender

@Suite("MapScene")
struct MapSceneTests {
    @Test("auto layout picks dot for small clustered maps, neato for mid-sized, sfdp for large")
    func autoLayout() {
        #expect(MapScene.Layout.auto.resolved(nodeCount: 40, hasClusters: true) == .dot)
        #expect(MapScene.Layout.auto.resolved(nodeCount: 40, hasClusters: false) == .neato)
        #expect(MapScene.Layout.auto.resolved(nodeCount: 200, hasClusters: true) == .neato)
        #expect(MapScene.Layout.auto.resolved(nodeCount: 301, hasClusters: false) == .sfdp)
        #expect(MapScene.Layout.auto.resolved(nodeCount: 2_000, hasClusters: true) == .sfdp)
    }

    @Test("an explicit layout is kept whatever the size", arguments: MapScene.Layout.allCases.filter { $0 != .auto })
    func explicitLayout(_ layout: MapScene.Layout) {
        #expect(layout.resolved(nodeCount: 5_000, hasClusters: true) == layout)
    }

    @Test("format from file extension")
    func formats() {
        #expect(MapFormat(pathExtension: "SVG") == .svg)
        #expect(MapFormat(pathExtension: "gv") == .dot)
        #expect(MapFormat(pathExtension: "json") == .json)
        #expect(MapFormat(pathExtension: "gif") == nil)
    }
}
