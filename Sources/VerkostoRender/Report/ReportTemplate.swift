/// The report's Mustache template, style sheet and script: string literals, never data.
///
/// `{{…}}` escapes; `{{{….markup}}}` appears only for ``TrustedMarkup`` values.
enum ReportTemplate {
    /// The page. The context is a `ReportContext`.
    static let page = #"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="verkosto report">
<title>{{title}} · {{dataName}} · {{dateText}}</title>
<style>{{{style.markup}}}</style>
</head>
<body>
<a class="skip" href="#summary">{{s.keyFigures}}</a>
<header class="masthead">
  <div class="wrap">
    <p class="eyebrow">{{dataName}}</p>
    <h1>{{title}}</h1>
    <p class="lead">{{lead}}</p>
    <p class="meta"><span class="date">{{dateText}}</span>{{#source}} · <span class="source">{{source}}</span>{{/source}}</p>
    {{#notice}}<p class="notice" role="note"><strong>{{s.noticeLabel}}</strong> {{notice}}</p>{{/notice}}
  </div>
</header>
<nav class="toc wrap" aria-label="{{s.contents}}">
  <ol>{{#contents}}<li><a href="#{{id}}">{{label}}</a></li>{{/contents}}</ol>
</nav>
<main class="wrap">
<section id="summary" class="section" aria-labelledby="summary-h">
  <h2 id="summary-h">{{s.keyFigures}}</h2>
  <div class="figures">
  {{#figures}}<div class="figure"><span class="value">{{value}}</span><span class="label">{{label}}</span>{{#change}}<span class="change">{{change}}</span>{{/change}}</div>{{/figures}}
  </div>
</section>
{{#questions}}
<section id="{{id}}" class="section question" aria-labelledby="{{id}}-h">
  <h2 id="{{id}}-h">{{heading}}</h2>
  <p class="ask">{{question}}</p>
  <div class="answer"><span class="answer-label">{{s.answer}}</span><p>{{answer}}</p></div>
  {{#interactive}}
  <h3>{{s.interactiveMap}}</h3>
  <p class="help no-print" id="map-help">{{s.mapHelp}} {{s.mapKeys}}</p>
  <div class="controls no-print" role="search">
    <label>{{s.search}} <input id="search" type="search" autocomplete="off"></label>
    <label>{{s.sector}} <select id="filter-sector"><option value="">{{s.allSectors}}</option>{{#sectorOptions}}<option value="{{value}}">{{label}}</option>{{/sectorOptions}}</select></label>
    <label>{{s.direction}} <select id="filter-direction"><option value="">{{s.allDirections}}</option>{{#directionOptions}}<option value="{{value}}">{{label}}</option>{{/directionOptions}}</select></label>
    <span id="match-count" aria-live="polite"></span>
    <span class="zoom"><button type="button" id="zoom-out" aria-label="{{s.zoomOut}}" title="{{s.zoomOut}}">−</button><button type="button" id="zoom-fit">{{s.zoomFit}}</button><button type="button" id="zoom-in" aria-label="{{s.zoomIn}}" title="{{s.zoomIn}}">+</button></span>
  </div>
  <div class="map-and-card">
    <figure class="map interactive" id="overview-map">{{{figure.markup}}}<div id="tooltip" class="tooltip" role="tooltip" hidden></div></figure>
    <div id="card" class="card" tabindex="-1"><p class="card-hint">{{s.cardHint}}</p></div>
  </div>
  {{/interactive}}
  {{^interactive}}{{#figure}}<figure class="map">{{{markup}}}</figure>{{/figure}}{{/interactive}}
  {{#mapOfFinland}}<figure class="map finland">{{{markup}}}</figure>{{/mapOfFinland}}
  <p class="help no-print">{{s.sortHint}}</p>
  <div class="table-wrap"><table class="sortable">
    <caption>{{s.tableBehind}}: {{table.caption}}</caption>
    <thead><tr>{{#table.headers}}<th scope="col"{{#numeric}} class="num"{{/numeric}}><button type="button">{{label}}<span class="sort" aria-hidden="true"></span></button></th>{{/table.headers}}</tr></thead>
    <tbody>{{#table.rows}}<tr{{#network}} data-network="{{.}}"{{/network}}>{{#cells}}<td{{#numeric}} class="num"{{/numeric}} data-sort="{{sortValue}}">{{text}}</td>{{/cells}}</tr>{{/table.rows}}</tbody>
  </table></div>
</section>
{{/questions}}
<section id="gaps" class="section" aria-labelledby="gaps-h">
  <h2 id="gaps-h">{{s.gapsToAct}}</h2>
  <div class="gap-groups">
  {{#gapGroups}}<div class="gap-group" id="{{id}}"><h3>{{heading}}</h3><ul>{{#findings}}<li>{{text}}</li>{{/findings}}</ul></div>{{/gapGroups}}
  </div>
</section>
<section id="overlap" class="section" aria-labelledby="overlap-h">
  <h2 id="overlap-h">{{s.overlapHeading}}</h2>
  <p class="ask">{{s.overlapAnswer}}</p>
  <figure class="map">{{{heatmap.markup}}}</figure>
</section>
<section id="trend" class="section" aria-labelledby="trend-h">
  <h2 id="trend-h">{{s.trendHeading}}</h2>
  <p class="ask">{{trendCaption}}</p>
  <figure class="map chart">{{{trendChart.markup}}}</figure>
</section>
</main>
<footer class="wrap foot"><p>{{dataName}} · {{dateText}}{{#source}} · {{source}}{{/source}}</p><p class="no-print">{{s.printHint}}</p></footer>
<script type="application/json" id="report-data">{{{cardData.markup}}}</script>
<script>{{{script.markup}}}</script>
</body>
</html>
"""#

    /// The style sheet: system fonts, a readable width, the sector palette from the maps, and print rules.
    static let css: StaticString = #"""
:root{--ink:#1d2330;--muted:#5b6475;--line:#d9dee7;--bg:#f6f7f9;--accent:#0b5cad;--accent-soft:#e6f0fb;--warn:#9a3412;--card:#fff;--field:#6b7385;--focus:#111827;--halo:#ffffff}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg);line-height:1.55;font-size:16px}
.wrap{max-width:1280px;margin:0 auto;padding:0 24px}
.skip{position:absolute;left:-999px;top:0}
.skip:focus{left:8px;top:8px;background:#fff;padding:6px 10px;z-index:10}
:focus-visible,button.link:focus-visible,th button:focus-visible{outline:3px solid var(--focus);outline-offset:2px;box-shadow:0 0 0 7px var(--halo)}
.masthead{background:linear-gradient(135deg,#0b3d75,#0b5cad);color:#fff;padding:36px 0 28px}
.masthead h1{font-size:2.3rem;line-height:1.15;margin:.1em 0 .3em;letter-spacing:-.01em}
.eyebrow{text-transform:uppercase;letter-spacing:.08em;font-size:.8rem;opacity:.85;margin:0}
.lead{font-size:1.1rem;max-width:60ch;margin:.2em 0 .8em;opacity:.95}
.meta{margin:.2em 0;font-size:.95rem;opacity:.9}
.notice{background:rgba(255,255,255,.14);border-left:4px solid #fbbf24;padding:8px 12px;margin:14px 0 0;max-width:80ch;font-size:.92rem}
.toc{margin-top:18px}
.toc ol{list-style:none;display:flex;flex-wrap:wrap;gap:6px 8px;padding:0;margin:0}
.toc a{display:inline-block;padding:4px 10px;border:1px solid var(--line);border-radius:999px;background:#fff;color:var(--accent);text-decoration:none;font-size:.9rem}
.toc a:hover{background:var(--accent-soft)}
.section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:22px 26px;margin:22px 0;box-shadow:0 1px 2px rgba(16,24,40,.04)}
h2{font-size:1.5rem;margin:0 0 .4em;line-height:1.25}
h3{font-size:1.1rem;margin:1.3em 0 .4em}
.ask{color:var(--muted);font-size:1.05rem;margin:.2em 0 .8em;font-style:italic}
.answer{background:var(--accent-soft);border-left:4px solid var(--accent);padding:10px 14px;border-radius:4px;margin:0 0 1em}
.answer p{margin:.1em 0 0;font-size:1.05rem}
.answer-label{font-weight:700;font-size:.78rem;text-transform:uppercase;letter-spacing:.06em;color:var(--accent)}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:14px}
.figure{border:1px solid var(--line);border-radius:8px;padding:14px 16px;display:flex;flex-direction:column;background:linear-gradient(#fff,#fafbfc)}
.figure .value{font-size:2.2rem;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums;color:#0b3d75}
.figure .label{color:var(--muted)}
.figure .change{margin-top:6px;font-size:.88rem;color:#166534;font-weight:600}
figure.map{margin:10px 0;overflow:auto;border:1px solid var(--line);border-radius:8px;background:#fff;position:relative}
figure.map svg{display:block;max-width:100%;height:auto;margin:0 auto}
@media screen{figure.map.finland svg{max-height:max(85vh,960px);width:auto}}
#overview-map{max-height:80vh}
#overview-map svg{max-width:none;width:100%}
.zoom{display:inline-flex;margin-left:auto}
.zoom button{font:inherit;color:var(--ink);border:1px solid var(--field);background:#fff;padding:4px 10px;cursor:pointer;min-width:2.2em}
.zoom button:first-child{border-radius:6px 0 0 6px}.zoom button:last-child{border-radius:0 6px 6px 0}
.zoom button+button{border-left:none}
.zoom button:hover{background:var(--accent-soft)}
.figure-zoom{display:flex;justify-content:flex-end;margin:10px 0 -4px}
.figure-zoom button{border-radius:6px!important}
.zoom button[aria-pressed=true]{background:var(--accent-soft);border-color:var(--accent)}
.map-and-card{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:16px;align-items:start}
.card{border:1px solid var(--line);border-radius:8px;padding:14px 16px;background:var(--card);position:sticky;top:12px;max-height:85vh;overflow:auto;font-size:.93rem}
.card h4{margin:0 0 .2em;font-size:1.1rem}
.card h5{margin:.9em 0 .2em;font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.card dl{margin:0}.card dt{font-weight:600;margin-top:.5em}.card dd{margin:0}
.card ul{margin:.2em 0;padding-left:1.1em}
.card .swatch{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.35em;vertical-align:-.05em}
.card .close{float:right;font:inherit;font-size:1.2rem;line-height:1;padding:2px 8px;color:var(--ink);border:1px solid var(--field);background:#fff;border-radius:6px;cursor:pointer}
.card-hint{color:var(--muted)}
button.link{all:unset;cursor:pointer;color:var(--accent);text-decoration:underline;text-decoration-color:#9fc0e6;text-underline-offset:2px}
.controls{display:flex;flex-wrap:wrap;gap:10px 18px;align-items:center;margin:6px 0 10px}
.controls label{font-size:.9rem;color:var(--muted);display:flex;gap:6px;align-items:center}
.controls input,.controls select{font:inherit;color:var(--ink);padding:5px 8px;border:1px solid var(--field);border-radius:6px;background:#fff}
.controls input{min-width:16em}
#match-count{font-size:.9rem;color:var(--muted)}
.help{color:var(--muted);font-size:.9rem;margin:.2em 0 .4em}
.tooltip{position:absolute;pointer-events:none;background:#111827;color:#fff;padding:6px 9px;border-radius:6px;font-size:.85rem;max-width:280px;box-shadow:0 4px 12px rgba(0,0,0,.2);z-index:5}
#overview-map g.node.network{cursor:pointer}
#overview-map.filtering g.node.network:not(.match){opacity:.18}
#overview-map.filtering g.edge{opacity:.25}
#overview-map g.node.network.match ellipse,#overview-map g.node.network.match polygon,#overview-map g.node.network.selected ellipse,#overview-map g.node.network.selected polygon{stroke:#111827;stroke-width:4}
#overview-map g.node.network:focus{outline:none}
#overview-map .focus-halo{fill:none;stroke:var(--halo);stroke-width:11px;pointer-events:none}
#overview-map .focus-ring{fill:none;stroke:var(--focus);stroke-width:4px;pointer-events:none}
figure.map.scrolls:focus-visible{outline-offset:-5px;box-shadow:inset 0 0 0 8px var(--halo)}
.table-wrap{overflow:auto;max-height:520px;border:1px solid var(--line);border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{padding:6px 10px;border-bottom:1px solid #edf0f4;text-align:left;vertical-align:top}
th{position:sticky;top:0;background:#f1f4f8;z-index:1}
th button{all:unset;cursor:pointer;font-weight:600;display:inline-flex;gap:4px;align-items:center}
th .sort::after{content:"↕";color:var(--field);font-size:.8em}
th[aria-sort=ascending] .sort::after{content:"▲";color:var(--accent)}
th[aria-sort=descending] .sort::after{content:"▼";color:var(--accent)}
caption{caption-side:top;text-align:left;font-weight:700;font-size:1.1rem;padding:10px 10px 6px;background:#fff}
.num{text-align:right;font-variant-numeric:tabular-nums}
tbody tr:nth-child(even){background:#fafbfc}
tbody tr:hover{background:var(--accent-soft)}
.gap-groups{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:6px 24px}
.gap-group ul{padding-left:1.1em;margin:.2em 0}
.gap-group li{margin:.35em 0}
.foot{color:var(--muted);font-size:.88rem;padding-bottom:30px}
@media (max-width:900px){.map-and-card{grid-template-columns:1fr}.card{position:static;max-height:none}}
@media print{
  @page{size:A4;margin:14mm}
  body{background:#fff;font-size:10.5pt}
  .no-print,.controls,.toc,.skip,.tooltip,.card,th .sort{display:none!important}
  .masthead{background:none;color:#000;padding:0 0 8pt;border-bottom:2pt solid #000}
  .notice{background:none;border-left:3pt solid #999}
  .wrap{max-width:none;padding:0}
  .section{border:none;box-shadow:none;padding:0;margin:0;break-before:page;page-break-before:always}
  #summary{break-before:auto;page-break-before:auto}
  .map-and-card{display:block}
  figure.map{border:none;overflow:visible;break-inside:avoid;page-break-inside:avoid}
  button.link{color:inherit;text-decoration:none}
  figure.map svg,#overview-map svg{max-width:100%!important;max-height:240mm!important;width:auto!important}
  .focus-ring,.focus-halo{display:none}
  caption{padding:0 0 4pt}
  #overview-map{max-height:none}
  .table-wrap{max-height:none;overflow:visible;border:none}
  th{position:static}
  tr{break-inside:avoid}
  a{color:inherit;text-decoration:none}
}
"""#

    /// The page's script: tooltips, network cards, search and filters, sortable tables.
    static let script: StaticString = #"""
(function(){
"use strict";
var data=JSON.parse(document.getElementById("report-data").textContent);
var L=data.labels;
var SVGNS="http://www.w3.org/2000/svg";
var map=document.getElementById("overview-map");
var card=document.getElementById("card");
var tip=document.getElementById("tooltip");
var byNode={};
data.networks.forEach(function(n){byNode[n.svgId]=n;});
function el(tag,text,cls){var e=document.createElement(tag);if(text!=null)e.textContent=text;if(cls)e.className=cls;return e;}
var mapNodes=map?Array.prototype.slice.call(map.querySelectorAll("g.node.network")).filter(function(g){return !!byNode[g.id];}):[];
function nodeOf(n){for(var i=0;i<mapNodes.length;i++)if(mapNodes[i].id===n.svgId)return mapNodes[i];return null;}
var hint=card?card.querySelector(".card-hint"):null,hintText=hint?hint.textContent:"";
var opener=null;
function showCard(n){
  card.textContent="";
  var close=el("button","×","close");close.type="button";close.setAttribute("aria-label",L.close);close.title=L.close;
  close.addEventListener("click",closeCard);
  card.appendChild(close);
  var h=el("h4",n.name);h.id="card-title";card.appendChild(h);
  var sec=el("p");var sw=el("span",null,"swatch");sw.style.background=n.colour;sec.appendChild(sw);
  sec.appendChild(document.createTextNode(n.sectorName+" · "+L.members+": "+n.members));card.appendChild(sec);
  var dl=el("dl");
  [["goal",n.goal],["operatingModel",n.operatingModel],["unit",n.unit]].forEach(function(p){
    dl.appendChild(el("dt",L[p[0]]));dl.appendChild(el("dd",p[1]||"–",p[0]));});
  card.appendChild(dl);
  function list(title,items){card.appendChild(el("h5",title));var ul=el("ul");
    if(!items.length)ul.appendChild(el("li",L.none));items.forEach(function(t){ul.appendChild(el("li",t));});card.appendChild(ul);}
  list(L.directions,n.directions.map(function(d){return d.name+(d.priority===1?" ★":"");}));
  list(L.byKind,n.byKind.map(function(p){return p[0]+": "+p[1];}));
  list(L.byRegion,n.byRegion.slice(0,8).map(function(p){return p[0]+": "+p[1];}).concat(n.byRegion.length>8?["…"]:[]));
  if(n.ranks.length===3)list(L.ranks,[L.degree+": "+n.ranks[0]+" / "+data.count,L.betweenness+": "+n.ranks[1]+" / "+data.count,L.eigenvector+": "+n.ranks[2]+" / "+data.count]);
  list(L.gaps,n.gaps);
  card.setAttribute("aria-labelledby","card-title");
}
var selected=null;
// Opens the card of network n and moves focus into it; `from` (or what had focus) gets it back on close.
function openCard(n,from){
  if(!card)return;
  opener=from||document.activeElement;
  mapNodes.forEach(function(g){g.classList.toggle("selected",g.id===n.svgId);});
  selected=n;showCard(n);card.focus({preventScroll:true});
}
function closeCard(){
  if(!card||!selected)return;
  mapNodes.forEach(function(g){g.classList.remove("selected");});
  selected=null;card.textContent="";card.removeAttribute("aria-labelledby");card.appendChild(el("p",hintText,"card-hint"));
  var back=opener;opener=null;
  if(back&&document.contains(back)&&back!==document.body){if(mapNodes.indexOf(back)>=0)setCurrent(back);back.focus();}
}
if(card)card.addEventListener("keydown",function(ev){if(ev.key==="Escape"&&selected){ev.preventDefault();closeCard();}});
// The map is one tab stop (a roving tabindex): the arrow keys move between its networks.
var current=mapNodes[0]||null;
function setCurrent(g){current=g;mapNodes.forEach(function(x){x.setAttribute("tabindex",x===g?"0":"-1");});}
function shapeOf(g){return g.querySelector("ellipse, polygon, path");}
function centre(g){var b=(shapeOf(g)||g).getBBox();return {x:b.x+b.width/2,y:b.y+b.height/2};}
function candidates(){var m=map.classList.contains("filtering")?mapNodes.filter(function(g){return g.classList.contains("match");}):[];return m.length?m:mapNodes;}
// The nearest network in the direction (dx, dy): distance along it plus twice the distance across.
function neighbour(from,dx,dy){
  var c=centre(from),best=null,score=Infinity;
  candidates().forEach(function(g){if(g===from)return;var p=centre(g),vx=p.x-c.x,vy=p.y-c.y;
    var along=vx*dx+vy*dy,across=Math.abs(vx*dy-vy*dx);if(along<=0)return;
    var s=along+2*across;if(s<score){score=s;best=g;}});
  return best;
}
function ring(g){
  unring();var shape=shapeOf(g);if(!shape)return;
  ["focus-halo","focus-ring"].forEach(function(cls){var r=shape.cloneNode(false);r.removeAttribute("fill");r.removeAttribute("stroke");
    r.removeAttribute("stroke-width");r.setAttribute("class",cls);r.setAttribute("vector-effect","non-scaling-stroke");
    r.setAttribute("aria-hidden","true");g.appendChild(r);});
}
function unring(){if(!map)return;Array.prototype.forEach.call(map.querySelectorAll(".focus-ring,.focus-halo"),function(r){r.parentNode.removeChild(r);});}
function showTip(n,x,y){tip.textContent="";tip.appendChild(el("strong",n.name));tip.appendChild(el("div",n.sectorName));
  tip.appendChild(el("div",L.members+": "+n.members));tip.hidden=false;tip.style.left=x+"px";tip.style.top=y+"px";}
mapNodes.forEach(function(g){
  var n=byNode[g.id];
  g.setAttribute("role","button");
  g.setAttribute("aria-label",n.name+", "+n.sectorName+", "+L.members+" "+n.members);
  var t=g.querySelector("title");if(t)t.textContent=n.name;
  g.addEventListener("mouseenter",function(){showTip(n,0,0);});
  g.addEventListener("mousemove",function(ev){var r=map.getBoundingClientRect();
    tip.style.left=(ev.clientX-r.left+map.scrollLeft+14)+"px";tip.style.top=(ev.clientY-r.top+map.scrollTop+14)+"px";});
  g.addEventListener("mouseleave",function(){tip.hidden=true;});
  g.addEventListener("click",function(){setCurrent(g);openCard(n,g);});
  g.addEventListener("focus",function(){setCurrent(g);ring(g);
    var b=(shapeOf(g)||g).getBoundingClientRect(),r=map.getBoundingClientRect();
    showTip(n,b.right-r.left+map.scrollLeft+6,b.bottom-r.top+map.scrollTop+6);});
  g.addEventListener("blur",function(){unring();tip.hidden=true;});
  g.addEventListener("keydown",function(ev){
    var k=ev.key,to=null;
    if(k==="Enter"||k===" "){ev.preventDefault();openCard(n,g);return;}
    if(k==="ArrowRight")to=neighbour(g,1,0);else if(k==="ArrowLeft")to=neighbour(g,-1,0);
    else if(k==="ArrowDown")to=neighbour(g,0,1);else if(k==="ArrowUp")to=neighbour(g,0,-1);
    else if(k==="Home")to=candidates()[0];else if(k==="End"){var c=candidates();to=c[c.length-1];}
    else if(k==="Escape"&&selected){ev.preventDefault();closeCard();return;}
    else return;
    ev.preventDefault();
    if(to&&to!==g){setCurrent(to);to.focus();}
  });
});
setCurrent(current);
Array.prototype.forEach.call(document.querySelectorAll("tr[data-network]"),function(tr){
  var id=tr.getAttribute("data-network"),n=null;
  data.networks.forEach(function(x){if(x.id===id)n=x;});
  if(!n||!map)return;
  var td=tr.cells[0],b=el("button",td.textContent,"link");b.type="button";
  b.addEventListener("click",function(){openCard(n,b);var g=nodeOf(n);if(g)g.scrollIntoView({block:"center",inline:"center"});});
  td.textContent="";td.appendChild(b);
});
// Every figure opens at a scale where its smallest text is at least 12 px on screen; a figure
// that then scrolls is focusable, so that the keyboard can scroll it.
var READABLE=12;
function smallestText(svg){
  var least=Infinity;
  Array.prototype.forEach.call(svg.querySelectorAll("text"),function(t){
    var size=parseFloat(getComputedStyle(t).fontSize),m=t.getScreenCTM();
    if(size>0&&m){var px=size*Math.sqrt(m.a*m.a+m.b*m.b);if(px>0&&px<least)least=px;}});
  return least;
}
function fitText(fig){
  var svg=fig.querySelector("svg");if(!svg)return 1;
  svg.style.width="";svg.style.maxWidth="";svg.style.maxHeight="";
  var least=smallestText(svg),w=svg.getBoundingClientRect().width;
  if(!(least<READABLE)||!(w>0))return 1;
  var factor=READABLE/least;
  svg.style.maxWidth="none";svg.style.maxHeight="none";svg.style.width=Math.ceil(w*factor+1)+"px";
  if(fig.scrollWidth>fig.clientWidth+1||fig.scrollHeight>fig.clientHeight+1){
    fig.classList.add("scrolls");
    fig.scrollLeft=(fig.scrollWidth-fig.clientWidth)/2;
    if(fig!==map){fig.tabIndex=0;var label=svg.getAttribute("aria-label");if(label)fig.setAttribute("aria-label",label);fig.setAttribute("role","group");
      fitButton(fig,svg,svg.style.width);}
  }
  return factor;
}
// A toggle above a figure that opened larger than the page: pressed, the whole figure fits the page.
function fitButton(fig,svg,readableWidth){
  var bar=el("div",null,"zoom figure-zoom no-print"),b=el("button",L.fit);b.type="button";b.setAttribute("aria-pressed","false");
  b.addEventListener("click",function(){var fit=b.getAttribute("aria-pressed")!=="true";b.setAttribute("aria-pressed",fit?"true":"false");
    svg.style.width=fit?"100%":readableWidth;svg.style.maxWidth=fit?"100%":"none";
    fig.classList.toggle("scrolls",!fit);fig.tabIndex=fit?-1:0;if(!fit)fig.scrollLeft=(fig.scrollWidth-fig.clientWidth)/2;});
  bar.appendChild(b);fig.parentNode.insertBefore(bar,fig);
}
var overviewSvg=map?map.querySelector("svg"):null,zoom=1,readableZoom=1;
function setZoom(z){if(!overviewSvg)return;zoom=Math.max(1,Math.min(Math.max(4,readableZoom*2),z));
  overviewSvg.style.maxWidth="none";overviewSvg.style.width=(zoom*100)+"%";}
Array.prototype.forEach.call(document.querySelectorAll("figure.map"),function(fig){
  if(fig===map){if(overviewSvg){overviewSvg.style.width="100%";readableZoom=fitText(fig);setZoom(readableZoom);
    // A scroll bar that appears narrows the figure, and with it a width in %: measure again.
    for(var i=0;i<3;i++){var least=smallestText(overviewSvg);if(!(least<READABLE))break;readableZoom*=READABLE/least*1.005;setZoom(readableZoom);}}}
  else fitText(fig);
});
[["zoom-in",function(){setZoom(zoom*1.5);}],["zoom-out",function(){setZoom(zoom/1.5);}],["zoom-fit",function(){setZoom(1);}]].forEach(function(p){
  var b=document.getElementById(p[0]);if(b)b.addEventListener("click",p[1]);});
var search=document.getElementById("search"),fs=document.getElementById("filter-sector"),fd=document.getElementById("filter-direction"),count=document.getElementById("match-count");
function norm(s){return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g,"");}
function filter(){
  if(!map)return;
  var q=norm(search.value.trim()),sv=fs.value,dv=fd.value,active=!!(q||sv||dv),hits=0,first=null;
  mapNodes.forEach(function(g){var n=byNode[g.id];
    var ok=active&&(!q||norm(n.name).indexOf(q)>=0)&&(!sv||n.sector===sv)&&(!dv||n.directions.some(function(d){return d.id===dv;}));
    g.classList.toggle("match",ok);if(ok){hits++;if(!first)first=g;}});
  map.classList.toggle("filtering",active);
  if(first)setCurrent(first);
  count.textContent=active?hits+" / "+data.count:"";
}
[search,fs,fd].forEach(function(c){if(c)c.addEventListener("input",filter);});
if(fs)fs.addEventListener("change",filter);if(fd)fd.addEventListener("change",filter);
Array.prototype.forEach.call(document.querySelectorAll("table.sortable"),function(table){
  var ths=table.querySelectorAll("thead th");
  Array.prototype.forEach.call(ths,function(th,col){
    var b=th.querySelector("button");if(!b)return;
    b.addEventListener("click",function(){
      var dir=th.getAttribute("aria-sort")==="ascending"?"descending":"ascending";
      Array.prototype.forEach.call(ths,function(o){o.removeAttribute("aria-sort");});
      th.setAttribute("aria-sort",dir);
      var num=th.classList.contains("num"),body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,c){var x=a.cells[col].getAttribute("data-sort"),y=c.cells[col].getAttribute("data-sort");
        var r=num?(parseFloat(x)-parseFloat(y)):x.localeCompare(y,document.documentElement.lang);
        return dir==="ascending"?r:-r;});
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
});
})();
"""#
}
