"""The site as its readers see it (issue 16): at phone and desktop widths, light and dark, no page
scrolls sideways, charts never show text under 12 px, the header stays small on phones, the
framework pages read as articles, the 404 page works from any folder, and no note meant for
authors reaches a page."""
import contextlib
import functools
import http.server
import re
import threading

import pytest

WIDTHS = (320, 390, 1366)
PAGES = ("index.html", "frameworks/cro-decision-framework.html", "structures/index.html",
         "structures/commercial-cco.html", "structures/operational-cco.html", "glossary.html", "faq.html",
         "terms/nrr.html", "assessments/cro-reality.html", "404.html")


def set_width(browser, width, height=900):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


@pytest.fixture
def sized(browser):
    yield browser
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


# The smallest text a chart shows: for each visible SVG text its font size times the scale the
# SVG is drawn at, for each visible chart text in HTML its computed font size.
SMALLEST_CHART_TEXT = """
let smallest = Infinity, where = '';
for (const figure of document.querySelectorAll('.org-chart-figure, .result-chart-figure')) {
  for (const svg of figure.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    if (!box.width || svg.closest('template')) continue;
    const scale = box.width / svg.viewBox.baseVal.width;
    for (const t of svg.querySelectorAll('text')) {
      const size = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (size < smallest) { smallest = size; where = t.textContent; }
    }
  }
  for (const node of figure.querySelectorAll('li, figcaption, summary')) {
    if (!node.getClientRects().length) continue;
    const size = parseFloat(getComputedStyle(node).fontSize);
    if (size < smallest) { smallest = size; where = node.textContent.slice(0, 40); }
  }
}
return smallest === Infinity ? [null, ''] : [smallest, where];
"""


def answer_all(browser):
    """Picks the first option of every question and submits; waits for the result."""
    for fieldset in browser.find_all("fieldset.question"):
        browser.js("arguments[0].querySelector('input').click()", fieldset)
    browser.find("#assessment-form button[type=submit]").click()
    browser.wait_for("#assessment-result:not([hidden]) .result-chart-figure")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
def test_pages_fit_every_width_and_charts_keep_their_text_readable(sized, http_site, width, scheme):
    sized.color_scheme(scheme)
    set_width(sized, width)
    for page in PAGES:
        sized.open(http_site.url(page))
        if page.startswith("assessments/"):
            answer_all(sized)
        sized.screenshot(f"reader-{page.replace('/', '-').removesuffix('.html')}-{width}-{scheme}", max_height=4000)
        smallest, where = sized.js(SMALLEST_CHART_TEXT)
        assert smallest is None or smallest >= 12, f"{page} at {width} px: chart text of {smallest:.1f} px ({where!r})"


def test_phone_header_is_small_and_its_menu_opens(sized, http_site):
    set_width(sized, 390, 844)
    sized.open(http_site.url("frameworks/cro-decision-framework.html"))
    height = sized.js("return document.querySelector('.site-header').getBoundingClientRect().height")
    assert height <= 120, f"the header is {height} px tall at 390 px"
    nav = sized.find("#site-nav")
    assert not nav.is_displayed()
    toggle = sized.find(".menu-toggle")
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert nav.is_displayed() and toggle.get_attribute("aria-expanded") == "true"
    set_width(sized, 320, 700)
    sized.open(http_site.url("index.html"))
    for css in (".search-form button", ".menu-toggle", ".site-name"):
        right = sized.js("return arguments[0].getBoundingClientRect().right", sized.find(css))
        assert right <= 320, f"{css} is clipped at 320 px (right edge {right})"


def test_wide_screens_have_the_sections_beside_and_a_list_of_the_page(sized, http_site):
    set_width(sized, 1366)
    sized.open(http_site.url("frameworks/cro-decision-framework.html"))
    side = sized.find("#site-nav")
    assert side.rect["x"] < 300 and side.rect["height"] > side.rect["width"], "the sections are not down the side"
    assert sized.find("#site-nav a[aria-current]").text, "the current section is not marked"
    contents = sized.find(".page-contents")
    assert contents.is_displayed() and contents.rect["x"] > 1000
    links = sized.find_all(".page-contents a")
    assert len(links) >= 3
    for link in links:
        assert sized.find_all(link.get_attribute("hash").replace(":", "\\:")), f"{link.text} points nowhere"
    set_width(sized, 390)
    sized.open(http_site.url("frameworks/cro-decision-framework.html"))
    assert not sized.find(".page-contents").is_displayed()


def test_glossary_letters_stay_in_view(sized, http_site):
    set_width(sized, 1366)
    sized.open(http_site.url("glossary.html"))
    sized.js("window.scrollTo(0, document.body.scrollHeight / 2)")
    top = sized.js("return document.querySelector('.letter-nav').getBoundingClientRect().top")
    assert 0 <= top <= 1, f"the letter bar scrolled away (top {top})"


def test_framework_page_reads_as_an_article(browser, http_site):
    browser.open(http_site.url("frameworks/cro-decision-framework.html"))
    size, contrast = browser.js("""
      const p = document.querySelector('.entry-body p');
      const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
      const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                         return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      const fg = lum(getComputedStyle(p).color), bg = lum(getComputedStyle(document.body).backgroundColor);
      return [parseFloat(getComputedStyle(p).fontSize), (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)];
    """)
    assert size >= 16, f"body text of {size} px"
    assert contrast >= 7, f"body text contrast of {contrast:.2f}:1"


def test_home_heading_does_not_repeat_the_site_name(browser, http_site):
    browser.open(http_site.url("index.html"))
    assert browser.find("h1").text.strip() != browser.find(".site-name").text.strip()


def test_dotted_line_caption_only_under_charts_with_dotted_lines(site_dir):
    for page in sorted((site_dir / "structures").glob("*.html")):
        for figure in re.findall(r'<figure class="org-chart-figure">.*?</figure>', page.read_text(), re.S):
            caption = re.search(r"<figcaption>(.*?)</figcaption>", figure, re.S)
            if caption:
                assert ("dotted" in caption.group(1)) == ("org-shared" in figure), f"{page.name}: {caption.group(1)}"


def test_related_and_backlinks_are_one_list_without_repeats(browser, http_site):
    browser.open(http_site.url("terms/nrr.html"))
    assert not browser.find_all(".entry-backlinks")
    hrefs = [a.get_attribute("href") for a in browser.find_all(".entry-related .entry-item > a")]
    assert len(hrefs) == len(set(hrefs)), "an entry is listed twice"
    shown = [a for a in browser.find_all(".entry-related .entry-item > a") if a.is_displayed()]
    assert len(shown) <= 8
    if len(hrefs) > len(shown):
        browser.find(".entry-more summary").click()
        assert all(a.is_displayed() for a in browser.find_all(".entry-related .entry-item > a"))


def test_result_chart_marks_tone_in_shape_and_the_result_box_has_one_frame(browser, http_site):
    browser.open(http_site.url("assessments/cro-reality.html"))
    assert not browser.find_all(".option-note"), "the options tell their rating before the reader picks"
    answer_all(browser)
    marks = browser.find_all(".result-chart .chart-mark")
    assert marks and all(set(m.get_attribute("class").split()) & {"chart-good", "chart-mixed", "chart-bad"} for m in marks)
    shapes = {m.tag_name for m in marks}
    classes = {c for m in marks for c in m.get_attribute("class").split()}
    assert not ({"chart-good", "chart-bad"} <= classes) or len(shapes) > 1, "good and bad marks have one shape"
    text = browser.find("#assessment-result").text
    assert "seam assess" not in text and "seam show" not in text, "a terminal command reaches the result"
    outline = browser.js("return getComputedStyle(document.getElementById('assessment-result')).outlineStyle")
    assert outline == "none", "the focused result box draws a focus outline around its border"


def test_faq_follows_the_curated_order(browser, http_site):
    from conftest import REPO
    orders = {}
    for path in (REPO / "content" / "faqs").glob("*.md"):
        match = re.search(r"^order: (\d+)$", path.read_text(), re.M)
        orders[path.stem] = int(match.group(1)) if match else 10**9
    browser.open(http_site.url("faq.html"))
    ids = [s.get_attribute("id") for s in browser.find_all("section.faq-item")]
    assert ids == sorted(ids, key=lambda i: orders.get(i, 10**9))[:len(ids)] and ids[0] == min(orders, key=orders.get)


READER_NOTES = ("seam show", "seam assess", "the first article", "the second article", "Built with")


def test_no_note_for_authors_reaches_a_page(site_dir):
    found = []
    for page in sorted(site_dir.rglob("*.html")):
        text = re.sub(r"<[^>]+>", " ", page.read_text()).lower()
        found += [f"{page.relative_to(site_dir)}: {note}" for note in READER_NOTES if note.lower() in text]
    assert not found, "\n".join(found[:20])


class _NotFoundHandler(http.server.SimpleHTTPRequestHandler):
    """Answers 404.html, with status 404, for any missing path, as static hosts do."""

    def log_message(self, format, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (pathlib_root(self) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def pathlib_root(handler):
    import pathlib
    return pathlib.Path(handler.directory)


@contextlib.contextmanager
def serve_with_404(directory):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_NotFoundHandler, directory=str(directory)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.mark.console_errors_allowed  # the 404 status of the page itself is logged
def test_not_found_page_works_from_a_nested_missing_path(browser, site_dir):
    with serve_with_404(site_dir) as base:
        browser.open(base + "terms/does-not-exist/deeper.html")
        sheet = browser.js("return [...document.styleSheets].some(s => s.href && s.href.endsWith('/assets/seam.css') && s.cssRules.length > 0)")
        assert sheet, "the stylesheet did not load"
        links = browser.js("return [...document.querySelectorAll('main a, .site-nav a, .site-name')].map(a => a.href)")
        assert links
        for href in links:
            assert href.startswith(base) and "/does-not-exist/" not in href and not href.startswith(base + "terms/terms/"), href
        browser.open(links[-1])
        assert "Page not found" not in browser.title, f"{links[-1]} does not resolve"


def test_not_found_page_links_are_absolute_with_a_base_url(seam, tmp_path):
    output = tmp_path / "site"
    done = seam("build", "--content", "content", "--output", output, "--base-url", "https://example.org/kb/")
    assert done.returncode == 0, done.stderr
    page = (output / "404.html").read_text()
    assert 'href="https://example.org/kb/assets/seam.css"' in page
    assert "<base" not in page


STOP_WORDS_SEEN = {"the", "of", "to", "a", "and", "in", "for", "on"}


@pytest.mark.parametrize("query", ["board", "handoff", "renewal"])
def test_search_marks_only_the_words_that_matched(browser, http_site, query):
    browser.open(http_site.url("search.html?q=" + query))
    browser.wait_for(".search-hit")
    marked = {m.text.lower() for m in browser.find_all(".search-hit mark")}
    assert marked, f"nothing marked for {query}"
    assert not marked & STOP_WORDS_SEEN, f"{query} marks stop words: {marked & STOP_WORDS_SEEN}"
    assert all(word.startswith(query[:4]) for word in marked), f"{query} marks {marked}"


def test_search_page_trims_the_weak_tail_and_one_letter_asks_for_more(browser, http_site):
    browser.open(http_site.url("search.html?q=renewal"))
    browser.wait_for(".search-hit")
    assert len(browser.find_all(".search-hit")) < 50
    browser.open(http_site.url("search.html?q=r"))
    browser.wait(lambda: browser.find("#search-page-status").text)
    assert "Nothing matches" not in browser.find("#search-page-status").text


def test_back_after_a_suggestion_leaves_the_list_closed(browser, http_site):
    browser.open(http_site.url("index.html"))
    box = browser.find("#search-input")
    box.click()
    box.send_keys("nrr")
    browser.wait_for("#search-results [role=option]", visible=True)
    from selenium.webdriver.common.keys import Keys
    box.send_keys(Keys.ARROW_DOWN, Keys.ENTER)
    browser.wait(lambda: "index.html" not in browser.current_url)
    browser.back()
    browser.wait(lambda: "index.html" in browser.current_url)
    assert browser.find("#search-results").get_attribute("hidden") is not None, "the list opened again"


def test_printing_keeps_the_reporting_lines_in_words(browser, http_site):
    browser.open(http_site.url("structures/commercial-cco.html"))
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        heights = browser.js("return [...document.querySelectorAll('.org-lines li')].map(li => li.getBoundingClientRect().height)")
        assert heights and all(h > 0 for h in heights), "the reporting lines in words do not print"
        assert not browser.find(".site-header .search-form").is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
