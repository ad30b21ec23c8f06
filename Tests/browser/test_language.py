"""A site in another language speaks it in what the scripts write too: the incident fixture built
with `language: de` shows an assessment result, the search page and the search box's list with no
English interface message (the English ones are read from the shipped site's site-strings.js)."""
import json
import pathlib
import re
import shutil

import pytest

FIXTURE = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "incident" / "content"


def script_strings(site):
    text = (site / "assets" / "site-strings.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("=") + 1:].strip().rstrip(";"))


def english_phrases(messages):
    """The fixed pieces of every message, cut at its placeholders, of three words or more."""
    texts = []
    for message in messages.values():
        texts += [message["one"], message["other"]] if isinstance(message, dict) else [message]
    pieces = set()
    for text in texts:
        for piece in re.split(r"\{[A-Za-z0-9]+\}", text):
            piece = piece.strip(" .,:;“”()")
            if len(piece.split()) >= 3:
                pieces.add(piece)
    return sorted(pieces)


@pytest.fixture(scope="module")
def german_site(seam, tmp_path_factory):
    folder = tmp_path_factory.mktemp("german")
    content = folder / "content"
    shutil.copytree(FIXTURE, content)
    (content / "site.yml").write_text("title: Incidents, handled\nlanguage: de\n", encoding="utf-8")
    done = seam("build", "--content", content, "--output", folder / "site")
    assert done.returncode == 0, done.stderr
    return folder / "site"


def test_scripts_write_in_the_sites_language(browser, site_dir, german_site):
    english = english_phrases(script_strings(site_dir))
    assert len(english) >= 25
    seen = []
    browser.open((german_site / "checks" / "incident-severity.html").as_uri() + "?impact=partial&data=no&workaround=no")
    browser.wait_for("#assessment-result [data-outcome]")
    seen.append(browser.js("return document.body.innerText"))
    browser.open((german_site / "search.html").as_uri() + "?q=incident")
    browser.wait(lambda: browser.js("return document.querySelectorAll('#search-page-results li').length") > 0)
    seen.append(browser.js("return document.body.innerText"))
    box = browser.find("#search-input")
    box.clear()
    box.send_keys("sev")
    browser.wait_for("#search-results", visible=True)
    seen.append(browser.js("return document.getElementById('search-results').innerText"))
    text = "\n".join(seen)
    assert "Ihre Antworten" in text and "1 Punkt" in text and "Ergebnis: " in text and "Ergebnisse für" in text
    found = [phrase for phrase in english if phrase in text]
    assert not found, found
