import Testing
@testable import VerkostoRender

@Suite("LabelText")
struct LabelTextTests {
    @Test("doubles backslashes so Graphviz escapes stay literal")
    func backslashes() {
        #expect(LabelText.graphviz("\\N") == "\\\\N")
        #expect(LabelText.graphviz("a\\") == "a\\\\")
        #expect(LabelText.graphviz("\\G \\L") == "\\\\G \\\\L")
    }

    @Test("escapes ampersands because Graphviz decodes entities")
    func ampersand() {
        #expect(LabelText.graphviz("&amp;") == "&amp;amp;")
        #expect(LabelText.graphviz("Tom & Jerry") == "Tom &amp; Jerry")
    }

    @Test("replaces control characters and collapses spaces")
    func controls() {
        #expect(LabelText.clean("a\u{0}b\nc\t\td\u{1B}") == "a b c d")
        #expect(LabelText.clean("  trim me  ") == "trim me")
        #expect(LabelText.clean("x\u{FFFE}y") == "xy")
    }

    @Test("shortens long text with an ellipsis, counting characters not bytes")
    func shortening() {
        #expect(LabelText.shortened("abcdef", limit: 4) == "abc…")
        #expect(LabelText.shortened("abcd", limit: 4) == "abcd")
        #expect(LabelText.shortened("👩‍🏫👩‍🏫👩‍🏫", limit: 2) == "👩‍🏫…")
        #expect(LabelText.graphviz(String(repeating: "ä", count: 100_000), limit: 60).count == 60)
    }

    @Test("identifiers keep only [A-Za-z0-9_-] and are unique in a pool")
    func identifiers() {
        #expect(LabelText.identifier("Åbo Akademi <1>") == "_bo_Akademi__1_")
        #expect(LabelText.identifier("") == "_")
        #expect(LabelText.identifier(String(repeating: "a", count: 500)).count == 64)
        var pool = IdentifierPool()
        #expect(pool.make("node-", "a b") == "node-a_b")
        #expect(pool.make("node-", "a_b") == "node-a_b-2")
        #expect(pool.make("node-", "a?b") == "node-a_b-3")
    }
}
