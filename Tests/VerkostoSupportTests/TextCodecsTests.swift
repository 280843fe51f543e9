import Testing
import VerkostoSupport

/// The escaping rules of every output, with expected text written out by hand from RFC 4180,
/// RFC 8259 and XML 1.0 (§2.2 characters, §2.4 character data, §3.3.3 attribute-value
/// normalisation).
@Suite struct TextCodecsTests {
    @Test func csvQuotesOnlyWhatNeedsIt() {
        #expect(CSVText.field("Helsinki") == "Helsinki")
        #expect(CSVText.field("") == "")
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("a;b") == "\"a;b\"")  // Finnish spreadsheets split on ';'
        #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVText.field("crlf\r\nend") == "\"crlf\r\nend\"")  // one Character, still quoted
        var out: [UInt8] = []
        CSVText.appendRecord(["id", "name, full"], to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "id,\"name, full\"\n")
    }

    @Test(arguments: ["=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx"])
    func csvNeutralisesFormulas(_ text: String) {
        #expect(CSVText.neutralised(text) == "'" + text)
    }

    @Test func csvLeavesOtherTextAlone() {
        for text in ["", "Oulu", " =x", "1-2", "a=b"] { #expect(CSVText.neutralised(text) == text) }
    }

    @Test func jsonEscapes() {
        #expect(JSONText.string("plain") == "\"plain\"")
        #expect(JSONText.string("q\"b\\s") == "\"q\\\"b\\\\s\"")
        #expect(JSONText.string("l\nr\rt\t") == "\"l\\nr\\rt\\t\"")
        #expect(JSONText.string("\u{0}\u{1F}") == "\"\\u0000\\u001f\"")
        #expect(JSONText.string("äö – 😀") == "\"äö – 😀\"")
        #expect(JSONText.string("</script>") == "\"</script>\"")
    }

    @Test func xmlTextEscapesMarkupAndKeepsWhiteSpace() {
        #expect(XMLText.text("a < b & c > d") == "a &lt; b &amp; c &gt; d")
        #expect(XMLText.text("]]>") == "]]&gt;")
        #expect(XMLText.text("tab\tline\n") == "tab\tline\n")
        #expect(XMLText.text("cr\r") == "cr&#13;")
        #expect(XMLText.text("quote \" and ' stay") == "quote \" and ' stay")
    }

    @Test func xmlAttributesEscapeQuotesAndWhiteSpace() {
        #expect(XMLText.attribute("a\"b") == "a&quot;b")
        #expect(XMLText.attribute("it's") == "it's")  // attributes are always double-quoted
        #expect(XMLText.attribute("t\tn\nr\r") == "t&#9;n&#10;r&#13;")
        #expect(XMLText.attribute("<&>") == "&lt;&amp;&gt;")
    }

    @Test func xmlReplacesWhatXMLCannotCarry() {
        #expect(XMLText.text("a\u{0}b\u{1B}c") == "a\u{FFFD}b\u{FFFD}c")
        #expect(XMLText.attribute("\u{FFFE}\u{FFFF}") == "\u{FFFD}\u{FFFD}")
        #expect(XMLText.text("\u{10FFFF}é") == "\u{10FFFF}é")
    }
}
