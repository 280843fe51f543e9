import Testing
@testable import VerkostoRender

/// Raw markup for the report: inlined SVGs with their own ids.
@Suite struct TrustedMarkupTests {
    @Test("an inlined figure's ids and references start with its prefix; its text does not change")
    func prefixedIDs() {
        let svg = """
            <?xml version="1.0"?>
            <svg width="1"><g id="graph0" class="graph"><g id="node&#45;a" class="node"><title>id="x" and url(#y)</title>\
            <ellipse fill="url(#grad)" cx="1"/><a xlink:href="#node&#45;a"><text x="1">&lt;b id="c"&gt;</text></a>\
            <use href="#graph0" data-id="d"/></g></g></svg>
            """
        let markup = TrustedMarkup.renderedSVG(svg, label: "Map", idPrefix: "finland-").markup
        #expect(markup == """
            <svg role="img" aria-label="Map" width="1"><g id="finland-graph0" class="graph"><g id="finland-node&#45;a" class="node">\
            <title>id="x" and url(#y)</title><ellipse fill="url(#finland-grad)" cx="1"/><a xlink:href="#finland-node&#45;a">\
            <text x="1">&lt;b id="c"&gt;</text></a><use href="#finland-graph0" data-id="d"/></g></g></svg>
            """)
    }
}
