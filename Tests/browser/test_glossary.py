"""Glossary terms in the prose: the definition shows on keyboard focus and on hover, Escape hides
it, and the link works without JavaScript; screenshots of an entry and the glossary."""
import re

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys


def page_with_term(site_dir):
    """An entry page (not the glossary itself) whose prose links a glossary term with a card."""
    preferred = ["guides/case-for-unified-cro.html", "frameworks/cro-decision-framework.html"]
    candidates = preferred + sorted(p.relative_to(site_dir).as_posix() for p in site_dir.glob("*/*.html"))
    for page in candidates:
        path = site_dir / page
        if path.exists() and 'class="term-card"' in path.read_text(encoding="utf-8"):
            return page
    pytest.fail("no page of the built site has a glossary term card")


def tab_to(browser, css, limit=300):
    """Presses Tab from the start of a freshly opened page until an element matching css has the focus."""
    browser.js("document.activeElement && document.activeElement.blur && document.activeElement.blur(); window.scrollTo(0, 0)")
    for _ in range(limit):
        ActionChains(browser.driver).send_keys(Keys.TAB).perform()
        if browser.js("return document.activeElement.matches(arguments[0])", css):
            return browser.driver.switch_to.active_element
    pytest.fail(f"Tab never reached {css}")


def test_term_shows_its_definition_on_keyboard_focus(browser, site, site_dir, seam):
    page = page_with_term(site_dir)
    browser.open(site.url(page))
    link = tab_to(browser, ".term-link")
    term = link.find_element("xpath", "./ancestor::*[contains(concat(' ', @class, ' '), ' term ')][1]")
    card = term.find_element("css selector", ".term-card")
    assert card.is_displayed()
    described = link.get_attribute("aria-describedby")
    assert described and card.get_attribute("id") == described
    term_id = re.search(r"([a-z0-9-]+)\.html$", link.get_attribute("href")).group(1)
    entry = seam.json("show", term_id, "--json", "--content", "content")
    card_text = " ".join(card.text.split())
    # The card gives the term's title and its short definition (the entry's summary).
    assert card_text.startswith(entry["title"]), card_text
    assert " ".join(entry["summary"].split()) in card_text, (card_text, entry["summary"])

    # Escape hides it, focus stays on the link; the next focus shows it again.
    ActionChains(browser.driver).send_keys(Keys.ESCAPE).perform()
    assert not card.is_displayed()
    assert browser.js("return document.activeElement.classList.contains('term-link')")
    ActionChains(browser.driver).send_keys(Keys.TAB).perform()
    ActionChains(browser.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    assert browser.js("return document.activeElement.classList.contains('term-link')")
    assert card.is_displayed()

    # Away from the term the card is hidden; the link leads to the term's page.
    ActionChains(browser.driver).send_keys(Keys.TAB).perform()
    ActionChains(browser.driver).move_to_element(browser.find("h1")).perform()
    assert not card.is_displayed()
    href = link.get_attribute("href")
    browser.open(href)
    assert browser.find("h1").text


def test_term_card_on_hover_and_escape(browser, http_site, site_dir):
    browser.open(http_site.url(page_with_term(site_dir)))
    term = browser.find(".term")
    card = term.find_element("css selector", ".term-card")
    assert not card.is_displayed()
    ActionChains(browser.driver).move_to_element(term.find_element("css selector", ".term-link")).perform()
    browser.wait(card.is_displayed, message="the card does not show on hover")
    ActionChains(browser.driver).send_keys(Keys.ESCAPE).perform()
    assert not card.is_displayed()
    ActionChains(browser.driver).move_to_element(browser.find("h1")).perform()
    ActionChains(browser.driver).move_to_element(term.find_element("css selector", ".term-link")).perform()
    browser.wait(card.is_displayed, message="the card does not come back on the next hover")


def test_term_cards_need_no_javascript(browser, http_site, site_dir):
    # The link and the card are in the page as built: nothing of it comes from seam.js.
    text = (site_dir / page_with_term(site_dir)).read_text(encoding="utf-8")
    assert re.search(r'<a href="\.\./terms/[a-z0-9-]+\.html" class="term-link" aria-describedby="[^"]+">', text)


def test_entry_and_glossary_screenshots(browser, http_site, site_dir):
    entry = page_with_term(site_dir)
    for scheme in ("light", "dark"):
        browser.color_scheme(scheme)
        browser.open(http_site.url(entry))
        browser.screenshot(f"entry-{scheme}")
        link = tab_to(browser, ".term-link")
        browser.js("arguments[0].scrollIntoView({block: 'center'})", link)
        browser.screenshot(f"term-card-{scheme}", full_page=False)
        browser.open(http_site.url("glossary.html"))
        assert browser.find("h1").text
        browser.screenshot(f"glossary-{scheme}")
