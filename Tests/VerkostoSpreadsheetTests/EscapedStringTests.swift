import Testing
@testable import VerkostoSpreadsheet

/// `ST_Xstring` escaping (ECMA-376 Part 1 §22.9.2.19; [MS-OI29500] §2.1.1747).
@Suite struct EscapedStringTests {
    @Test func escapesWhatXMLCannotCarry() {
        #expect(EscapedString.encode("a\u{1}b") == "a_x0001_b")
        #expect(EscapedString.encode("a\rb") == "a_x000D_b")
        #expect(EscapedString.encode("\u{0}") == "_x0000_")
        #expect(EscapedString.encode("\u{FFFF}") == "_xFFFF_")
        #expect(EscapedString.encode("tab\tand\nline") == "tab\tand\nline")
    }

    @Test func escapesLiteralEscapeSequences() {
        #expect(EscapedString.encode("_x0041_") == "_x005F_x0041_")
        #expect(EscapedString.encode("_x00_") == "_x00_")
        #expect(EscapedString.encode("a_b_c") == "a_b_c")
    }

    @Test(arguments: ["plain", "a\u{1}b\u{1F}c", "\r\n", "_x0041_", "__x0041__", "_x005F_", "ä ö å 😀", "_xZZZZ_", ""])
    func roundTrips(text: String) {
        #expect(EscapedString.decode(EscapedString.encode(text)) == text)
    }

    @Test func decodesExcelsEscapes() {
        #expect(EscapedString.decode("line_x000D_\nnext") == "line\r\nnext")
        #expect(EscapedString.decode("_x005f_x0041_") == "_x0041_")
        #expect(EscapedString.decode("_x00e4_") == "ä")
    }
}
