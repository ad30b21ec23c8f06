"""Search in the browser: the header box as you type (a combobox driven by the keyboard alone),
the search page, the same ranking as `seam search`, and every page free of console errors."""
import json
import pathlib
import re
import urllib.parse

import pytest
from selenium.webdriver.common.keys import Keys

# (query, entry expected among the first three results): an alias, a title, a typo, a question,
# questions in other words than the entries'.
QUERIES = [
    ("NRR", "nrr"),
    ("net revenue retention", "nrr"),
    ("retension", "retention"),
    ("span of contrl", "span-of-control"),
    ("who owns renewals", "renewals-under-cco"),
    ("CRO tenure", "cro-tenure-25-months"),
    # Asked in other words: found through the related words (assets/search-related.js) as well.
    ("how long until customers get value", "time-to-value"),
    ("keep sales and cs apart", "when-to-keep-sales-and-cs-separate"),
    ("too many direct reports for one executive", "span-of-control"),
]


def type_query(browser, text):
    box = browser.find("#search-input")
    box.click()
    box.clear()
    box.send_keys(text)
    browser.wait(lambda: browser.js("var p = document.getElementById('search-results'); return !p.hidden && p.querySelectorAll('[role=option]').length > 0"),
                 message=f"no results shown for {text!r}")
    return box


def dropdown_ids(browser):
    return browser.js("return Array.from(document.querySelectorAll('#search-results [role=option][data-id]')).map(o => o.dataset.id)")


@pytest.mark.parametrize("query,expected", QUERIES)
def test_typing_shows_the_expected_entry(browser, site, query, expected):
    browser.open(site.url("index.html"))
    type_query(browser, query)
    ids = dropdown_ids(browser)
    assert expected in ids[:3], f"{query!r} shows {ids}"
    option = browser.find(f"#search-results [data-id='{expected}']")
    assert option.is_displayed()
    assert option.find_element("css selector", ".search-result-title").text
    assert option.find_element("css selector", ".search-result-kind").text


def test_results_rank_as_the_cli_does(browser, http_site, seam):
    browser.open(http_site.url("index.html"))
    for query, _ in QUERIES:
        type_query(browser, query)
        expected = [hit["id"] for hit in seam.json("search", query, "--json", "--limit", "8", "--content", "content")]
        assert dropdown_ids(browser) == expected, query


def test_matched_words_are_marked_and_text_is_never_markup(browser, http_site):
    browser.open(http_site.url("index.html"))
    type_query(browser, "retention")
    marks = [m.text.lower() for m in browser.find_all("#search-results .search-result-snippet mark")]
    assert "retention" in marks, marks
    # A query that looks like markup stays text: no element is made from it.
    box = browser.find("#search-input")
    box.clear()
    box.send_keys('<img src=x onerror="window.pwned=1">mandate')
    browser.wait(lambda: browser.js("return document.querySelectorAll('#search-results [role=option]').length > 0"))
    assert browser.js("return document.querySelectorAll('#search-results img').length") == 0
    assert browser.js("return window.pwned === undefined")


def test_keyboard_only(browser, site):
    browser.open(site.url("index.html"))
    box = type_query(browser, "NRR")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "true"
    listbox = box.get_attribute("aria-controls")
    assert browser.find(f"#{listbox}").get_attribute("role") == "listbox"
    assert box.get_attribute("aria-activedescendant") in (None, "")

    def active():
        ident = box.get_attribute("aria-activedescendant")
        if not ident:
            return None
        option = browser.find(f"#{ident}")
        assert option.get_attribute("aria-selected") == "true"
        return option.get_attribute("data-id")

    box.send_keys(Keys.ARROW_DOWN)
    ids = dropdown_ids(browser)
    assert active() == ids[0]
    box.send_keys(Keys.ARROW_DOWN)
    assert active() == ids[1]
    assert len(browser.find_all("#search-results [aria-selected=true]")) == 1
    box.send_keys(Keys.ARROW_UP)
    assert active() == ids[0]
    box.send_keys(Keys.ARROW_UP)  # back to the box itself
    assert active() is None

    # Escape closes the list and the focus stays in the box.
    box.send_keys(Keys.ESCAPE)
    assert box.get_attribute("aria-expanded") == "false"
    assert not browser.find("#search-results").is_displayed()
    assert browser.js("return document.activeElement.id") == "search-input"

    # The list is one Tab stop (after the Search button) and stays open there; Escape comes back.
    box.send_keys(Keys.ARROW_DOWN)
    for _ in range(2):
        browser.driver.switch_to.active_element.send_keys(Keys.TAB)
    assert browser.js("return document.activeElement.id") == "search-results"
    browser.js("return new Promise(r => setTimeout(r, 200))")
    assert browser.find("#search-results").is_displayed()
    browser.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert not browser.find("#search-results").is_displayed()
    assert browser.js("return document.activeElement.id") == "search-input"

    # Down opens it again; Enter on a result opens its page.
    box.send_keys(Keys.ARROW_DOWN)
    assert box.get_attribute("aria-expanded") == "true"
    assert active() == ids[0]
    box.send_keys(Keys.ENTER)
    browser.wait(lambda: browser.current_url.endswith("terms/nrr.html"), message=browser.current_url)
    assert browser.find("h1").text


def test_enter_with_nothing_chosen_opens_the_search_page(browser, site):
    browser.open(site.url("index.html"))
    box = type_query(browser, "span of control")
    box.send_keys(Keys.ENTER)
    browser.wait(lambda: "search.html" in browser.current_url)
    query = urllib.parse.parse_qs(urllib.parse.urlparse(browser.current_url).query)
    assert query.get("q") == ["span of control"]
    first = browser.wait_for("#search-page-results li a")
    assert first.get_attribute("href").endswith("terms/span-of-control.html")
    assert browser.find("#search-input").get_attribute("value") == "span of control"


def test_search_page_with_kind(browser, site):
    browser.open(site.url("search.html?q=renewal&kind=structure"))
    browser.wait_for("#search-page-results li")
    kinds = browser.js("return Array.from(document.querySelectorAll('#search-page-results li')).map(li => li.dataset.kind)")
    assert kinds and set(kinds) == {"structure"}, kinds
    assert browser.find_all("#search-page-results mark")
    browser.open(site.url("search.html?q=zzqxv"))
    browser.wait(lambda: "Nothing matches" in browser.find("#search-page-status").text)
    assert not browser.find_all("#search-page-results li")


def test_home_screenshots(browser, http_site):
    for scheme in ("light", "dark"):
        browser.color_scheme(scheme)
        browser.open(http_site.url("index.html"))
        browser.screenshot(f"home-{scheme}")
        type_query(browser, "NRR")
        browser.find("#search-input").send_keys(Keys.ARROW_DOWN)
        browser.screenshot(f"search-dropdown-{scheme}", full_page=False)
        browser.open(http_site.url("search.html?q=renewals"))
        browser.wait_for("#search-page-results li")
        browser.screenshot(f"search-page-{scheme}")


def site_pages(site_dir):
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html"))


def test_every_page_loads_without_console_errors(browser, http_site, file_site, site_dir):
    pages = site_pages(site_dir)
    assert len(pages) > 20
    failures = {}
    for page in pages:
        browser.open(http_site.url(page))
        errors = browser.console_errors()
        if errors:
            failures[page] = errors
    # From disk too, a page of each kind.
    for page in ["index.html", "search.html?q=nrr", "glossary.html", "terms/nrr.html", "faq.html",
                 "assessments/cro-reality.html?nrr-comp=yes&comp-authority=no&seam-authority=yes"]:
        browser.open(file_site.url(page))
        errors = browser.console_errors()
        if errors:
            failures["file:" + page] = errors
    assert not failures, failures


def test_search_loads_its_index_from_disk_once_the_page_is_idle(browser, file_site):
    # No fetch under file://: the index comes in by a <script> element, with no click or key.
    browser.open(file_site.url("terms/nrr.html"))
    browser.wait(lambda: browser.js("return !!window.SeamSearchIndex && 'related' in window.SeamSearchIndex"),
                 message="the index did not load once the page was idle")
    assert browser.js("return document.querySelectorAll('script[src$=\"search-index.js\"]').length") == 1
    type_query(browser, "ARR")
    href = browser.find("#search-results [role=option]").get_attribute("href")
    assert href.startswith("file://") and re.search(r"/[a-z]+/[a-z0-9-]+\.html$", href), href


def test_a_theme_without_the_hooks_still_works(browser, seam, tmp_path):
    """A custom theme may drop the elements seam.js uses: the pages load without errors and
    what remains works (the search box without its result list, the form without a result)."""
    shipped = pathlib.Path(__file__).resolve().parents[2] / "Sources" / "SeamSite" / "Theme" / "templates"
    theme = tmp_path / "theme" / "templates"
    theme.mkdir(parents=True)
    cuts = {
        "layout.mustache": r'<div id="search-results"[^>]*></div>',
        "search.mustache": r'<ol id="search-page-results"[^>]*></ol>',
        "assessment.mustache": r'<section id="assessment-result"[^>]*></section>',
    }
    for name, pattern in cuts.items():
        text, count = re.subn(pattern, "", (shipped / name).read_text(encoding="utf-8"))
        assert count == 1, f"{name} no longer has {pattern}"
        (theme / name).write_text(text, encoding="utf-8")
    output = tmp_path / "site"
    done = seam("build", "--content", "content", "--output", output, "--theme", theme.parent)
    assert done.returncode == 0, done.stderr
    base = output.as_uri() + "/"
    for page in ["index.html", "search.html?q=nrr", "terms/nrr.html", "assessments/cro-reality.html?nrr-comp=yes"]:
        browser.open(base + page)
        assert browser.find("h1").text
        assert not browser.console_errors(), page
    box = browser.find("#search-input")
    box.send_keys("NRR")
    browser.find("label[for='q-comp-authority-no']").click()
    assert browser.find("#q-comp-authority-no").is_selected()
    assert not browser.console_errors()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_open_search_list_passes_axe(browser, http_site, scheme):
    """The list as you type (a combobox with a chosen option) has no serious accessibility issue."""
    from selenium_axe_python import Axe
    browser.color_scheme(scheme)
    browser.open(http_site.url("index.html"))
    box = type_query(browser, "renewal")
    box.send_keys(Keys.ARROW_DOWN)
    axe = Axe(browser.driver)
    axe.inject()
    results = axe.run(context=json.dumps({"include": [[".search-form"]]}), options=json.dumps({"resultTypes": ["violations"]}))
    serious = [f"{v['id']}: {v['help']} {[n.get('target') for n in v['nodes'][:4]]}"
               for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    assert not serious, "\n".join(serious)
