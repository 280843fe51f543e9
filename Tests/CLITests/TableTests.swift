import Foundation
import Testing
@testable import verkosto

/// Expected texts are written by hand.
@Suite struct TableTests {
    let table = Table(columns: ["name", "change", "note"], rows: [
        [.text("=SUM(A1:A2)"), .integer(-3), .text("-1")],
        [.text("Hämeenlinna, \"keskusta\""), .number(2.5), .text("@user")],
        [.text("+358"), .empty, .text("\tindented")],
    ])

    @Test func csvNeutralisesFormulasButNotNumbers() {
        let expected = [
            "name,change,note",
            "'=SUM(A1:A2),-3,'-1",
            "\"Hämeenlinna, \"\"keskusta\"\"\",2.5,'@user",
            "'+358,,'\tindented",
        ].joined(separator: "\n") + "\n"
        #expect(table.csv() == expected)
    }

    @Test func jsonHasNumbersAndNulls() throws {
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(table.json().utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows[0]["name"] as? String == "=SUM(A1:A2)")
        #expect(rows[0]["change"] as? Int == -3)
        #expect(rows[1]["change"] as? Double == 2.5)
        #expect(rows[2]["change"] is NSNull)
    }

    @Test func alignedPadsByCharactersAndRightAlignsNumbers() {
        let small = Table(columns: ["id", "n"], rows: [[.text("ä"), .integer(5)], [.text("öö"), .integer(12)]])
        #expect(small.aligned() == """
            id   n
            --  --
            ä    5
            öö  12

            """)
    }
}
