import Mustache

/// The platform's Mustache templates: string literals, never data. `{{…}}` escapes;
/// `{{{….markup}}}` appears only for ``PageMarkup`` values.
enum PageTemplates {
    /// The frame of every page: the bar with the navigation, the day and the language switch,
    /// the page's heading and body, the report's card data and script. No inline script or style.
    static let frame = try! MustacheTemplate(string: #"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="verkosto serve">
<title>{{title}} · {{dataName}}</title>
<link rel="stylesheet" href="/assets/report.css">
<link rel="stylesheet" href="/assets/platform.css">
</head>
<body>
<a class="skip" href="#main">{{w.skipToContent}}</a>
<header class="platform-bar">
  <div class="wrap bar">
    <a class="brand" href="{{homeHref}}">{{dataName}}</a>
    <nav aria-label="{{w.pages}}"><ul class="pages">{{#nav}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>{{/nav}}</ul></nav>
    <a class="account" href="/account">{{w.account}}</a>
    <nav aria-label="{{w.languageLabel}}"><ul class="languages">{{#languages}}<li><a href="{{href}}" lang="{{code}}" hreflang="{{code}}"{{#current}} aria-current="true"{{/current}}>{{label}}</a></li>{{/languages}}</ul></nav>
  </div>
</header>
<main id="main" class="wrap">
<h1>{{title}}</h1>
{{#dayForm}}
<form class="day-form" method="get" action="{{action}}">
  {{#fields}}<label>{{label}} <input type="date" name="{{name}}" value="{{value}}" min="{{min}}" max="{{max}}" required></label>{{/fields}}
  {{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">{{/hidden}}
  <button type="submit">{{w.show}}</button>
</form>
{{/dayForm}}
{{#lead}}<p class="lead-text">{{lead}}</p>{{/lead}}
{{{body.markup}}}
{{#hasDownloads}}
<section class="section downloads" aria-labelledby="downloads-h">
  <h2 id="downloads-h">{{w.downloads}}</h2>
  <ul>{{#downloads}}<li><a href="{{href}}" download>{{label}}</a></li>{{/downloads}}</ul>
</section>
{{/hasDownloads}}
</main>
<footer class="wrap foot"><p>{{dataName}}{{#dateText}} · {{dateText}}{{/dateText}}</p></footer>
{{{cardData.markup}}}
{{#script}}<script src="/assets/report.js"></script>{{/script}}
</body>
</html>
"""#)

    /// A network's page: its facts (``NetworkCard``), map, members over time and collaborations.
    static let network = try! MustacheTemplate(string: #"""
<section class="section" id="network-facts" aria-labelledby="facts-h">
  <h2 id="facts-h">{{sectorName}} · {{s.members}}: {{members}}</h2>
  <dl class="facts">
    <dt>{{s.goal}}</dt><dd>{{goal}}</dd>
    <dt>{{s.operatingModel}}</dt><dd>{{operatingModel}}</dd>
    <dt>{{s.unit}}</dt><dd>{{unit}}</dd>
    <dt>{{s.period}}</dt><dd>{{period}}</dd>
  </dl>
  <div class="columns">
    <div><h3>{{s.directions}}</h3><ul>{{#directions}}<li>{{name}} ({{priority}})</li>{{/directions}}{{^directions}}<li>{{s.none}}</li>{{/directions}}</ul></div>
    <div><h3>{{s.byKind}}</h3><ul>{{#byKind}}<li>{{label}}: {{count}}</li>{{/byKind}}{{^byKind}}<li>{{s.none}}</li>{{/byKind}}</ul></div>
    <div><h3>{{s.byRegion}}</h3><ul>{{#byRegion}}<li>{{label}}: {{count}}</li>{{/byRegion}}{{^byRegion}}<li>{{s.none}}</li>{{/byRegion}}</ul></div>
    <div><h3>{{s.ranks}}</h3><ul>{{#ranks}}<li>{{label}}: {{rank}} / {{of}}</li>{{/ranks}}{{^ranks}}<li>{{s.none}}</li>{{/ranks}}</ul></div>
  </div>
  <h3>{{s.gaps}}</h3>
  <ul>{{#gaps}}<li>{{.}}</li>{{/gaps}}{{^gaps}}<li>{{s.none}}</li>{{/gaps}}</ul>
</section>
{{#map}}<section class="section" aria-labelledby="map-h"><h2 id="map-h">{{s.networkMap}}</h2><figure class="map">{{{markup}}}</figure></section>{{/map}}
<section class="section" aria-labelledby="members-h">
  <h2 id="members-h">{{s.memberList}}</h2>
  <div class="table-wrap"><table class="sortable">
    <thead><tr>{{#memberHeaders}}<th scope="col"><button type="button">{{.}}</button></th>{{/memberHeaders}}</tr></thead>
    <tbody>{{#memberRows}}<tr{{#ended}} class="ended"{{/ended}}>{{#cells}}<td data-sort="{{.}}">{{.}}</td>{{/cells}}</tr>{{/memberRows}}</tbody>
  </table></div>
</section>
<section class="section" aria-labelledby="collab-h">
  <h2 id="collab-h">{{s.collaborations}}</h2>
  {{#hasCollaborations}}<div class="table-wrap"><table class="sortable">
    <thead><tr>{{#collaborationHeaders}}<th scope="col"><button type="button">{{.}}</button></th>{{/collaborationHeaders}}</tr></thead>
    <tbody>{{#collaborations}}<tr>{{#cells}}<td data-sort="{{.}}">{{.}}</td>{{/cells}}</tr>{{/collaborations}}</tbody>
  </table></div>{{/hasCollaborations}}
  {{^collaborations}}<p>{{s.none}}</p>{{/collaborations}}
</section>
"""#)

    /// The diff page: each section of changes as a table, then the summary.
    static let diff = try! MustacheTemplate(string: #"""
{{#sections}}
<section class="section" aria-labelledby="diff-{{id}}-h">
  <h2 id="diff-{{id}}-h">{{heading}}</h2>
  {{#hasRows}}<div class="table-wrap"><table class="sortable">
    <thead><tr>{{#headers}}<th scope="col"><button type="button">{{.}}</button></th>{{/headers}}</tr></thead>
    <tbody>{{#rows}}<tr>{{#cells}}<td data-sort="{{.}}">{{.}}</td>{{/cells}}</tr>{{/rows}}</tbody>
  </table></div>{{/hasRows}}
  {{^rows}}<p>{{noChanges}}</p>{{/rows}}
</section>
{{/sections}}
<section class="section" aria-labelledby="diff-summary-h">
  <h2 id="diff-summary-h">{{summaryHeading}}</h2>
  <ul>{{#summary}}<li>{{.}}</li>{{/summary}}</ul>
</section>
"""#)

    /// An error page's body.
    static let error = try! MustacheTemplate(string: #"""
<section class="section error" role="alert"><p>{{message}}</p><p><a href="/">{{back}}</a></p></section>
"""#)
}
