"""Opens the HTML report in headless Chromium and checks that it works for a reader.

Usage: python3 Tests/Browser/report_test.py REPORT.html [SCREENSHOT.png] [OTHER-LANGUAGE-REPORT.html ...]

Needs Debian's `chromium` and `chromium-driver` (/usr/bin/chromedriver), Selenium and
axe-core-python (which bundles axe-core 4.4) from PyPI; it loads nothing from the network.
`make test-browser` builds the CLI, imports Data/oph into a scratch database, writes the
report in Finnish, Swedish and English and runs this script.

Accessibility, in every report given (each in its own language): axe-core finds no serious or
critical violation, on load and with a network card open (the card's section, which is all
that the card changes); no id occurs twice; every table has a caption; no complementary
landmark inside <main>; every figure's smallest text is at least 12 px on screen, and one that
is then wider than the page scrolls by keyboard and has a Fit toggle; input
borders reach 3:1; the sort arrows are hidden from screen readers; the map is one tab stop,
its arrow keys move focus to the nearest network in that direction, and its focus ring (a
dark ring with a light halo) reaches 3:1 on white and on every sector fill, as does the
focus outline of the page's controls; Enter opens a card, whose close button is named in the
page's language, and Escape or the close button returns focus to what opened it.

Then, in the first report:
no console errors; the overview map is visible; typing a network's name
into the search box highlights that network on the map; clicking a network opens its card
with the network's goal (from the page's JSON block); a network's name in the table opens
its card; a header button sorts the table (by keyboard); the screenshot is not blank (many
distinct colours); in print media the controls are hidden, sections start on new pages and
the page prints to PDF. Prints
'N passed, N failed' and exits non-zero on any failure.
"""

import json
import os
import struct
import sys
import zlib

from axe_core_python.base import AXE_SCRIPT
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.support.ui import WebDriverWait


CLOSE_NAMES = {"fi": "Sulje", "sv": "Stäng", "en": "Close"}


def rgb(css):
    """The (r, g, b) of a computed CSS colour `rgb(…)`/`rgba(…)` or `#rrggbb`."""
    css = css.strip()
    if css.startswith("#") and len(css) == 7:
        return tuple(int(css[i:i + 2], 16) for i in (1, 3, 5))
    inside = css[css.index("(") + 1:css.index(")")].replace(",", " ").split()
    return tuple(int(float(v)) for v in inside[:3])


def contrast(a, b):
    """WCAG 2.x contrast ratio of two sRGB colours."""
    def luminance(c):
        def channel(v):
            v = v / 255
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        r, g, b = (channel(v) for v in c)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    x, y = sorted((luminance(a), luminance(b)))
    return (y + 0.05) / (x + 0.05)


def run_axe(driver, context="document"):
    """axe-core's violations on `context` (a CSS selector or the document)."""
    if not driver.execute_script("return typeof axe !== 'undefined'"):
        driver.execute_script(AXE_SCRIPT)
    target = "document" if context == "document" else json.dumps({"include": [[context]]})
    return driver.execute_async_script(
        "var done=arguments[arguments.length-1];"
        "axe.run(%s,{resultTypes:['violations']}).then(function(r){done(r.violations);},"
        "function(e){done([{id:'axe-error',impact:'critical',help:String(e),nodes:[]}]);});" % target)


def describe(violations):
    return "; ".join("%s %s (%d): %s %s" % (v["impact"], v["id"], len(v["nodes"]), v["help"],
                                            [n["target"] for n in v["nodes"][:3]]) for v in violations)


def active(driver):
    """A description of the focused element: tag, id, and whether it is a node of the map."""
    return driver.execute_script(
        "var a=document.activeElement,m=document.getElementById('overview-map');"
        "return {tag:a.tagName.toLowerCase(),id:a.id,inMap:!!(m&&m.contains(a)&&a!==m),"
        "cls:a.getAttribute('class')||''};")


def accessibility(driver, report, check):
    """The accessibility checks of one report, in its own language (see the module's doc)."""
    driver.get("file://" + report)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
    lang = driver.execute_script("return document.documentElement.lang")
    tag = "[%s] " % lang

    serious = [v for v in run_axe(driver) if v.get("impact") in ("serious", "critical")]
    check(tag + "axe-core: no serious or critical violation on load", not serious, describe(serious))

    duplicates = driver.execute_script(
        "var seen={},dup=[];Array.prototype.forEach.call(document.querySelectorAll('[id]'),function(e){"
        "if(seen[e.id]&&dup.indexOf(e.id)<0)dup.push(e.id);seen[e.id]=1;});return dup;")
    check(tag + "no id occurs twice on the page", not duplicates, str(duplicates[:10]))
    captions = driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('table'),function(t){"
        "return t.caption?t.caption.textContent.trim():'';});")
    check(tag + "every table has a caption", captions and all(captions), str(captions))
    nested = driver.execute_script("return document.querySelectorAll('main aside, main [role=complementary]').length")
    check(tag + "no complementary landmark inside main", nested == 0, str(nested))
    smallest = driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('figure.map svg'),function(svg){var least=1e9;"
        "Array.prototype.forEach.call(svg.querySelectorAll('text'),function(t){var m=t.getScreenCTM(),"
        "s=parseFloat(getComputedStyle(t).fontSize);if(m&&s>0)least=Math.min(least,s*Math.hypot(m.a,m.b));});"
        "return [svg.getAttribute('aria-label'),least];});")
    small = [(label, round(px, 1)) for label, px in smallest if px < 11.95]
    check(tag + "every figure's smallest text is at least 12 px on screen", smallest and not small, str(small))
    toggled = driver.execute_script(
        "var f=document.querySelector('figure.map.scrolls:not(#overview-map)');if(!f)return null;"
        "var b=f.previousElementSibling.querySelector('button[aria-pressed]'),svg=f.querySelector('svg');b.click();"
        "var fits=svg.getBoundingClientRect().width<=f.clientWidth+1&&f.scrollWidth<=f.clientWidth+1,pressed=b.getAttribute('aria-pressed');"
        "b.click();var least=1e9;Array.prototype.forEach.call(svg.querySelectorAll('text'),function(t){var m=t.getScreenCTM(),"
        "s=parseFloat(getComputedStyle(t).fontSize);if(m&&s>0)least=Math.min(least,s*Math.hypot(m.a,m.b));});"
        "return [fits,pressed,b.getAttribute('aria-pressed'),least,f.tabIndex];")
    check(tag + "a figure larger than the page has a Fit toggle that shows it whole and back at 12 px",
          toggled is not None and toggled[0] and toggled[1] == "true" and toggled[2] == "false"
          and toggled[3] >= 11.95 and toggled[4] == 0, str(toggled))
    borders = driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('.controls input,.controls select'),function(e){"
        "var s=getComputedStyle(e);return [e.id,s.borderTopColor,s.backgroundColor];});")
    weak = [(i, round(contrast(rgb(b), rgb(bg)), 2)) for i, b, bg in borders if contrast(rgb(b), rgb(bg)) < 3]
    check(tag + "input borders reach 3:1", borders and not weak, str(weak))
    arrows = driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('th button'),function(b){"
        "var s=b.querySelector('.sort');return [getComputedStyle(b,'::after').content,"
        "!!s&&s.getAttribute('aria-hidden')==='true',!!s&&getComputedStyle(s,'::after').content];});")
    check(tag + "sort arrows are drawn only inside aria-hidden elements",
          arrows and all(after in ("none", "normal") and hidden and icon not in ("none", "normal")
                         for after, hidden, icon in arrows), str(arrows[:3]))

    # The map is one tab stop: from the last control before it, Tab enters the map, Tab leaves it.
    stops = driver.execute_script(
        "return document.querySelectorAll('#overview-map [tabindex]:not([tabindex=\"-1\"]),"
        "#overview-map a[href],#overview-map button').length")
    check(tag + "the map has one tab stop", stops == 1, "%d tab stops" % stops)
    zoom_in = driver.find_element(By.ID, "zoom-in")
    driver.execute_script("arguments[0].scrollIntoView({block:'center'});arguments[0].focus();", zoom_in)
    ActionChains(driver).send_keys(Keys.TAB).perform()
    entered = active(driver)
    check(tag + "Tab from the controls enters the map on a network", entered["inMap"] and "network" in entered["cls"],
          str(entered))
    ActionChains(driver).send_keys(Keys.TAB).perform()
    left = active(driver)
    check(tag + "the next Tab leaves the map", not left["inMap"], str(left))
    ActionChains(driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    back = active(driver)
    check(tag + "Shift+Tab comes back to the same network", back["id"] == entered["id"], str(back))

    centre = ("var g=document.activeElement,s=g.querySelector('ellipse,polygon,path'),b=(s||g).getBBox();"
              "return [g.id,b.x+b.width/2,b.y+b.height/2];")
    moves = []
    for key, axis, sign in ((Keys.ARROW_RIGHT, 1, 1), (Keys.ARROW_DOWN, 2, 1), (Keys.ARROW_LEFT, 1, -1), (Keys.ARROW_UP, 2, -1)):
        before = driver.execute_script(centre)
        ActionChains(driver).send_keys(key).perform()
        after = driver.execute_script(centre)
        moved = active(driver)["inMap"] and (after[0] == before[0] or (after[axis] - before[axis]) * sign > 0)
        moves.append((key == Keys.ARROW_RIGHT and "right" or key == Keys.ARROW_DOWN and "down"
                      or key == Keys.ARROW_LEFT and "left" or "up", before[0] != after[0], moved))
    check(tag + "arrow keys move focus between networks, each in its direction",
          all(ok for _, _, ok in moves) and sum(1 for _, changed, _ in moves if changed) >= 3, str(moves))
    roving = driver.execute_script(
        "var a=document.activeElement;return Array.prototype.filter.call("
        "document.querySelectorAll('#overview-map g.node.network[tabindex=\"0\"]'),function(g){return g!==a;}).length")
    check(tag + "the focused network is the map's only tab stop", roving == 0, str(roving))

    ring = driver.execute_script(
        "var g=document.activeElement,r=g.querySelector('.focus-ring'),h=g.querySelector('.focus-halo');"
        "if(!r||!h)return null;var rs=getComputedStyle(r),hs=getComputedStyle(h);"
        "var fills=Array.prototype.map.call(document.querySelectorAll('#overview-map g.node.network>ellipse,"
        "#overview-map g.node.network>polygon'),function(s){return s.getAttribute('fill');});"
        "return [rs.stroke,parseFloat(rs.strokeWidth),hs.stroke,parseFloat(hs.strokeWidth),fills,"
        "r.compareDocumentPosition(h)&Node.DOCUMENT_POSITION_PRECEDING?1:0];")
    if ring is None:
        check(tag + "a focused network has a focus ring and halo", False, "no .focus-ring/.focus-halo")
    else:
        ring_colour, ring_width, halo_colour, halo_width, fills, halo_first = ring
        fills = sorted({f.lower() for f in fills if f and f.startswith("#")})
        worst = min([contrast(rgb(ring_colour), rgb(halo_colour)), contrast(rgb(ring_colour), (255, 255, 255))]
                    + [contrast(rgb(ring_colour), rgb(f)) for f in fills])
        check(tag + "the map's focus ring reaches 3:1 on its halo, on white and on every sector fill",
              worst >= 3 and halo_width >= ring_width + 4 and halo_first and len(fills) >= 3,
              "ring %s %.1f, halo %s %.1f, fills %s, worst %.2f" % (ring_colour, ring_width, halo_colour,
                                                                    halo_width, fills, worst))
    search = driver.find_element(By.ID, "search")
    driver.execute_script("arguments[0].focus();", driver.find_element(By.CSS_SELECTOR, ".skip"))
    for _ in range(40):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        if active(driver)["id"] == "search":
            break
    outline = driver.execute_script(
        "var s=getComputedStyle(arguments[0]);return [s.outlineStyle,parseFloat(s.outlineWidth),s.outlineColor,s.boxShadow];",
        search)
    style, width, colour, shadow = outline
    check(tag + "controls get a dark outline with a light halo, 3:1 on white",
          style != "none" and width >= 2 and contrast(rgb(colour), (255, 255, 255)) >= 3
          and "rgb(255, 255, 255)" in shadow, str(outline))

    # Enter on a network opens its card; Escape closes it and gives focus back to the network.
    driver.execute_script("document.getElementById('zoom-in').focus();")
    ActionChains(driver).send_keys(Keys.TAB).perform()
    opener = active(driver)
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    opened = active(driver)
    title = driver.execute_script("var h=document.querySelector('#card h4');return h?h.textContent:'';")
    close = driver.execute_script("var b=document.querySelector('#card button.close');"
                                  "return b?[b.getAttribute('aria-label'),b.textContent]:null;")
    check(tag + "Enter on a network opens its card and moves focus into it", opened["id"] == "card" and title,
          "%s %r" % (opened, title))
    check(tag + "the close button is named in the page's language",
          close is not None and close[0] == CLOSE_NAMES.get(lang), str(close))
    serious = [v for v in run_axe(driver, "#networks") if v.get("impact") in ("serious", "critical")]
    check(tag + "axe-core: no serious or critical violation with a card open", not serious, describe(serious))
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    closed = active(driver)
    hint = driver.execute_script("return !!document.querySelector('#card .card-hint')")
    check(tag + "Escape closes the card and returns focus to the network that opened it",
          hint and closed["id"] == opener["id"] and closed["inMap"], "%s, opener %s" % (closed, opener))
    button = driver.find_element(By.CSS_SELECTOR, "#networks tr[data-network] button.link")
    driver.execute_script("arguments[0].scrollIntoView({block:'center'});arguments[0].focus();", button)
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    close_button = driver.find_element(By.CSS_SELECTOR, "#card button.close")
    close_button.send_keys(Keys.ENTER)
    back = driver.execute_script("return document.activeElement===arguments[0]", button)
    check(tag + "the close button returns focus to the table's button that opened the card", back,
          str(active(driver)))


def png_colours(path, limit=4096):
    """Distinct RGB colours in an 8-bit RGB or RGBA PNG (the kind Chromium writes), up to `limit`."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height, colour_type = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour_type in (2, 6), "unexpected PNG format"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    channels = 4 if colour_type == 6 else 3
    stride = width * channels
    previous = bytearray(stride)
    colours = set()
    offset = 0
    for _ in range(height):
        filter_type = raw[offset]
        line = bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            up_left = previous[i - channels] if i >= channels else 0
            if filter_type == 1:
                line[i] = (line[i] + left) & 255
            elif filter_type == 2:
                line[i] = (line[i] + up) & 255
            elif filter_type == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif filter_type == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
                line[i] = (line[i] + predictor) & 255
        for x in range(0, stride, channels * 7):
            colours.add(bytes(line[x:x + 3]))
        if len(colours) >= limit:
            break
        previous = line
    return len(colours)


def make_driver():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    if os.path.exists("/usr/bin/chromium"):
        options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path="/usr/bin/chromedriver") if os.path.exists("/usr/bin/chromedriver") else Service()
    driver = webdriver.Chrome(service=service, options=options)
    # axe-core takes minutes over the report's thousands of SVG elements on a busy machine.
    driver.set_script_timeout(900)
    config = getattr(driver.command_executor, "_client_config", None)
    if config is not None:
        config.timeout = 900
    return driver


def main():
    arguments = sys.argv[1:] or ["Graphs/report.html"]
    report = os.path.abspath(arguments[0])
    pngs = [a for a in arguments[1:] if a.endswith(".png")]
    screenshot = pngs[0] if pngs else os.path.join(os.path.dirname(report), "report-screenshot.png")
    reports = [report] + [os.path.abspath(a) for a in arguments[1:] if not a.endswith(".png")]
    results = []

    def check(name, condition, detail=""):
        results.append(bool(condition))
        print(("PASS " if condition else "FAIL ") + name + ("" if condition else ": " + detail), flush=True)

    driver = make_driver()
    try:
        for page in reports:
            accessibility(driver, page, check)

        driver.get("file://" + report)
        WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")

        severe = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        check("no console errors", not severe, json.dumps(severe)[:500])

        svg = driver.find_element(By.CSS_SELECTOR, "#overview-map svg")
        size = svg.size
        check("overview map is visible", svg.is_displayed() and size["width"] > 300 and size["height"] > 200, str(size))

        data = json.loads(driver.find_element(By.ID, "report-data").get_attribute("textContent"))
        network = next(n for n in data["networks"] if n["id"] == "johtamisen-oppiva-yhteiso") \
            if any(n["id"] == "johtamisen-oppiva-yhteiso" for n in data["networks"]) else data["networks"][0]

        search = driver.find_element(By.ID, "search")
        search.send_keys(network["name"])
        node = driver.find_element(By.ID, network["svgId"])
        classes = node.get_attribute("class").split()
        matches = driver.find_elements(By.CSS_SELECTOR, "#overview-map g.node.network.match")
        check("search highlights the network", "match" in classes and len(matches) >= 1,
              "class=%r, %d matches" % (classes, len(matches)))
        others_dimmed = driver.execute_script(
            "var g=document.querySelector('#overview-map g.node.network:not(.match)');"
            "return g ? getComputedStyle(g).opacity : '0';")
        check("other networks are dimmed", float(others_dimmed) < 0.5, others_dimmed)
        search.send_keys(Keys.CONTROL, "a")
        search.send_keys(Keys.DELETE)

        driver.execute_script("arguments[0].scrollIntoView({block:'center'});", node)
        shape = node.find_element(By.CSS_SELECTOR, "ellipse, polygon")
        webdriver.ActionChains(driver).move_to_element(shape).perform()
        tooltip = driver.find_element(By.ID, "tooltip")
        check("hover shows the network's name", tooltip.is_displayed() and network["name"] in tooltip.text, tooltip.text)
        webdriver.ActionChains(driver).click(shape).perform()
        card = driver.find_element(By.ID, "card")
        WebDriverWait(driver, 5).until(lambda d: network["name"] in card.text)
        goal = card.find_element(By.CSS_SELECTOR, "dd.goal").text
        check("clicking a node shows its goal in the card", goal == network["goal"].strip(), goal[:120])

        other = next(n for n in data["networks"] if n["id"] != network["id"])
        row_button = driver.find_element(By.CSS_SELECTOR, '#networks tr[data-network="%s"] button.link' % other["id"])
        driver.execute_script("arguments[0].scrollIntoView({block:'center'});", row_button)
        row_button.send_keys(Keys.ENTER)
        WebDriverWait(driver, 5).until(lambda d: other["name"] in card.text)
        check("a network's name in the table opens its card", card.find_element(By.CSS_SELECTOR, "h4").text == other["name"],
              card.text[:120])

        header = driver.find_element(By.CSS_SELECTOR, "#networks table.sortable th.num button")
        driver.execute_script("arguments[0].scrollIntoView({block:'center'});", header)
        header.send_keys(Keys.ENTER)
        header.send_keys(Keys.ENTER)
        values = driver.execute_script(
            "var t=document.querySelector('#networks table.sortable');var c=t.querySelector('th.num').cellIndex;"
            "return Array.prototype.map.call(t.tBodies[0].rows,function(r){return parseFloat(r.cells[c].dataset.sort);});")
        check("a header button sorts the table by keyboard", values == sorted(values, reverse=True) and len(values) > 1,
              str(values[:10]))

        driver.execute_script("window.scrollTo(0,0);")
        driver.save_screenshot(screenshot)
        colours = png_colours(screenshot)
        check("screenshot is not blank", colours > 50, "%d colours" % colours)

        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        check("printing hides the interactive controls", not driver.find_element(By.ID, "search").is_displayed()
              and not driver.find_element(By.ID, "card").is_displayed())
        breaks = driver.execute_script(
            "return getComputedStyle(document.getElementById('trend')).breakBefore;")
        check("printing starts each section on a new page", breaks == "page", breaks)
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
        check("the report prints to PDF", len(pdf.get("data", "")) > 10000, "empty PDF")
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

        severe = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        check("no console errors after interaction", not severe, json.dumps(severe)[:500])
    finally:
        driver.quit()

    passed = sum(results)
    print("%d passed, %d failed" % (passed, len(results) - passed))
    sys.exit(0 if passed == len(results) else 1)


if __name__ == "__main__":
    main()
