import Hummingbird
import VerkostoRender

/// The static files the pages load, from an allow-list of names: each is a constant of the
/// program (the report's style sheet and script, the platform's style sheet). No path from a
/// request ever reaches the file system.
enum Assets {
    struct Asset: Sendable {
        let contentType: String
        let body: String
    }

    static let files: [String: Asset] = [
        "report.css": Asset(contentType: "text/css; charset=utf-8", body: ReportParts.styleSheet),
        "report.js": Asset(contentType: "text/javascript; charset=utf-8", body: ReportParts.script),
        "platform.css": Asset(contentType: "text/css; charset=utf-8", body: platformCSS),
    ]

    /// The asset called `name`, or 404.
    static func response(_ name: String) throws -> Response {
        guard let asset = files[name] else { throw PlatformError.notFound("no such file") }
        return Response(status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "public, max-age=3600"],
                        body: .init(byteBuffer: ByteBuffer(string: asset.body)))
    }

    /// The platform's own style: the bar with the navigation and the language switch, forms,
    /// downloads and the network page. Colours meet WCAG AA contrast on their backgrounds.
    static let platformCSS = #"""
.platform-bar{background:#0b3d75;color:#fff}
.platform-bar .bar{display:flex;flex-wrap:wrap;align-items:center;gap:8px 22px;padding-top:10px;padding-bottom:10px}
.platform-bar a{color:#fff}
.platform-bar .brand{font-weight:700;text-decoration:none;margin-right:auto}
.platform-bar ul{list-style:none;display:flex;flex-wrap:wrap;gap:4px 14px;margin:0;padding:0}
.platform-bar a[aria-current]{font-weight:700;text-decoration-thickness:3px;text-underline-offset:5px}
.day-form{display:flex;flex-wrap:wrap;gap:10px 16px;align-items:end;margin:8px 0 4px}
.day-form label{display:flex;flex-direction:column;font-size:.9rem;color:var(--muted)}
.day-form input,.day-form button{font:inherit;padding:5px 8px;border:1px solid #b8c0cc;border-radius:6px;background:#fff;color:var(--ink)}
.day-form button{background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer}
main h1{font-size:2rem;margin:18px 0 6px}
.lead-text{color:var(--muted)}
.downloads ul{columns:2;padding-left:1.1em}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}
.facts dt{font-weight:600}.facts dd{margin:0}
.columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:4px 24px}
.columns ul{padding-left:1.1em;margin:.2em 0}
tr.ended td{color:var(--muted)}
.error p{font-size:1.05rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
form.stacked{display:grid;grid-template-columns:minmax(0,28em);gap:4px 0}
form.stacked input,form.stacked select,form.stacked button{font:inherit;padding:6px 8px;border:1px solid #8a94a6;border-radius:6px}
form.stacked button{margin-top:10px;background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer}
.form-error{color:#9a1c1c;font-weight:600}
"""#
}
