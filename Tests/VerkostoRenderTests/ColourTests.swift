import Testing
@testable import VerkostoRender

@Suite("Colour and Palette")
struct ColourTests {
    @Test("parses and prints hex colours")
    func hex() {
        #expect(Colour(hex: "#E69F00")?.hex == "#E69F00")
        #expect(Colour(hex: "56b4e9") == Colour(red: 0x56, green: 0xB4, blue: 0xE9))
        #expect(Colour(hex: "red") == nil)
        #expect(Colour(hex: "#12345") == nil)
        #expect(Colour(hex: "#12345G") == nil)
    }

    @Test("the Okabe–Ito palette has its eight published colours")
    func okabeIto() {
        #expect(Palette.okabeIto.map(\.hex) == ["#000000", "#E69F00", "#56B4E9", "#009E73",
                                               "#F0E442", "#0072B2", "#D55E00", "#CC79A7"])
        #expect(Palette.category(0) == Palette.okabeIto[1])
        #expect(Palette.category(99) == .grey)
    }

    @Test("mixing and luminance")
    func mixing() {
        #expect(Colour.black.mixed(with: .white, 0.5) == Colour(red: 128, green: 128, blue: 128))
        #expect(Colour.black.mixed(with: .white, 2) == .white)
        #expect(Colour.black.luminance == 0)
        #expect(abs(Colour.white.luminance - 1) < 1e-9)
    }
}
