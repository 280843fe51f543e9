import Testing
@testable import VerkostoSpreadsheet

/// Built-in ids from ECMA-376 Part 1 §18.8.30; format codes as Excel and LibreOffice write them.
@Suite struct NumberFormatTests {
    @Test func builtInFormats() {
        for id in [14, 15, 16, 17] { #expect(NumberFormatKind.builtIn(id) == .date) }
        #expect(NumberFormatKind.builtIn(22) == .dateTime)
        for id in [18, 19, 20, 21, 45, 46, 47] { #expect(NumberFormatKind.builtIn(id) == .time) }
        for id in [0, 1, 2, 9, 10, 11, 49] { #expect(NumberFormatKind.builtIn(id) == .number) }
    }

    @Test(arguments: [
        ("yyyy-mm-dd", NumberFormatKind.date), ("YYYY-MM-DD", .date), ("[$-40B]D.M.YYYY", .date),
        ("d\\.m\\.yyyy", .date), ("mmm yy", .date), ("dd/mm/yyyy;@", .date), ("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", .date),
        ("d.m.yyyy h:mm", .dateTime), ("yyyy-mm-dd hh:mm:ss", .dateTime),
        ("h:mm", .time), ("hh:mm:ss AM/PM", .time), ("[h]:mm:ss", .time), ("mm:ss.0", .time), ("[mm]:ss", .time),
        ("General", .number), ("0.00", .number), ("#,##0", .number), ("0.00E+00", .number), ("@", .number),
        ("\"day\" 0", .number), ("[Red]0.00;[Blue]-0.00", .number), ("0 \"kpl\"", .number),
    ])
    func customFormats(code: String, kind: NumberFormatKind) {
        #expect(NumberFormatKind.custom(code) == kind)
    }
}
