import Testing
@testable import VerkostoGraph

@Suite struct BrokerageTests {
    @Test func directedByHand() {
        // Groups: A = {0, 1, 5}, B = {2, 3}, C = {4}.
        // Arcs: 0→1, 3→1, 4→1, 2→1, 1→2, 1→5, 4→5.
        // Broker 1: in {0, 2, 3, 4}, out {2, 5}. Ordered pairs (i, j), i ≠ j, no i→j:
        //   (0,2) A→A→B representative   (0,5) A→A→A coordinator
        //   (3,2) B→A→B itinerant        (3,5) B→A→A gatekeeper
        //   (4,2) C→A→B liaison          (4,5) closed by 4→5, not counted
        //   (2,5) B→A→A gatekeeper       (2,2) same vertex, not counted
        // Broker 2: in {1}, out {1}: only i = j. Brokers 0, 3, 4: no in-arcs. Broker 5: no out-arcs.
        var b = GraphBuilder(vertexCount: 6, directed: true)
        for (u, v) in [(0, 1), (3, 1), (4, 1), (2, 1), (1, 2), (1, 5), (4, 5)] { b.addEdge(Int32(u), Int32(v)) }
        let r = brokerageRoles(b.build(), groups: [0, 0, 1, 1, 2, 0])
        #expect(r.coordinator == [0, 1, 0, 0, 0, 0])
        #expect(r.representative == [0, 1, 0, 0, 0, 0])
        #expect(r.itinerant == [0, 1, 0, 0, 0, 0])
        #expect(r.gatekeeper == [0, 2, 0, 0, 0, 0])
        #expect(r.liaison == [0, 1, 0, 0, 0, 0])
        #expect(r.total == [0, 6, 0, 0, 0, 0])
    }

    @Test func undirectedTiesAreTwoArcs() {
        // Path 0–1–2 with groups A, A, B plus triangle 3–4–5 (all A).
        // Broker 1 sees 0→1→2 (A→A→B, representative) and 2→1→0 (B→A→A, gatekeeper).
        // In the triangle every two-path is closed, so nobody there brokers.
        var b = GraphBuilder(vertexCount: 6)
        for (u, v) in [(0, 1), (1, 2), (3, 4), (4, 5), (3, 5)] { b.addEdge(Int32(u), Int32(v)) }
        let r = brokerageRoles(b.build(), groups: [0, 0, 1, 0, 0, 0])
        #expect(r.representative == [0, 1, 0, 0, 0, 0])
        #expect(r.gatekeeper == [0, 1, 0, 0, 0, 0])
        #expect(r.total == [0, 2, 0, 0, 0, 0])
    }

    @Test func starCentreCoordinates() {
        // Undirected star, centre 0 and leaves 1..3, all one group: the centre brokers every ordered
        // pair of distinct leaves, 3 · 2 = 6 coordinator counts; leaves broker nothing.
        var b = GraphBuilder(vertexCount: 4)
        for leaf in 1...3 { b.addEdge(0, Int32(leaf)) }
        let r = brokerageRoles(b.build(), groups: [0, 0, 0, 0])
        #expect(r.coordinator == [6, 0, 0, 0])
        #expect(r.total == [6, 0, 0, 0])
    }
}
