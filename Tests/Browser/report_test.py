"""Opens the HTML report in headless Chromium and checks that it works for a reader.

Usage: python3 Tests/Browser/report_test.py REPORT.html [SCREENSHOT.png]

Needs Debian's `chromium` and `chromium-driver` (/usr/bin/chromedriver) and Selenium from
PyPI; it loads nothing from the network. `make test-browser` builds the CLI, imports
Data/oph into a scratch database, writes the report and runs this script.

Checks, in order: no console errors; the overview map is visible; typing a network's name
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

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


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
    return webdriver.Chrome(service=service, options=options)


def main():
    report = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "Graphs/report.html")
    screenshot = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(report), "report-screenshot.png")
    results = []

    def check(name, condition, detail=""):
        results.append(bool(condition))
        print(("PASS " if condition else "FAIL ") + name + ("" if condition else ": " + detail), flush=True)

    driver = make_driver()
    try:
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
