"""The author's loop in a real browser: `seam init kb && seam new term "Error budget" --content kb &&
seam serve --content kb` shows the new term, with its placeholders over the page; filling them in
reloads the page by itself and clears them; a broken link shows its path:line:column over the last
good page until it is fixed."""
import re
import signal
import subprocess
import time

import pytest


@pytest.fixture
def served(seam, tmp_path):
    """A `seam serve` of a new knowledge base with one new term; yields (base URL, kb folder)."""
    for args in (("init", "kb"), ("new", "term", "Error budget", "--content", "kb")):
        done = subprocess.run([str(seam.path), *args], cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
    server = subprocess.Popen([str(seam.path), "serve", "--content", "kb", "--port", "0"], cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    assert match, line + server.stderr.read()
    yield f"http://127.0.0.1:{match.group(1)}/", tmp_path / "kb"
    server.send_signal(signal.SIGINT)
    assert server.wait(timeout=10) == 0


def test_a_new_term_shows_and_an_edit_reloads_the_page(browser, served):
    base, kb = served
    browser.open(base + "terms/error-budget.html")
    assert browser.find("h1").text == "Error budget"
    overlay = browser.wait_for("#seam-serve-problems", visible=True)
    assert "kb/terms/error-budget.md:3:11" in overlay.text
    # The page reloads by itself: a value set on the old page is gone from the new one.
    browser.js("window.seamServeTestMark = 1")
    (kb / "terms" / "error-budget.md").write_text(
        "---\ntitle: Error budget\nsummary: How much a service may fail before its team slows down.\n---\n"
        "The part of the objective a service may spend on failures.\n", encoding="utf-8")
    browser.wait(lambda: browser.js("return window.seamServeTestMark === undefined"), timeout=10,
                 message="the page did not reload")
    browser.wait(lambda: "How much a service may fail" in browser.find("main").text, timeout=10)
    assert not browser.find_all("#seam-serve-problems")


def test_an_error_shows_over_the_last_good_page_until_fixed(browser, served):
    base, kb = served
    entry = kb / "terms" / "entry.md"
    good = entry.read_text(encoding="utf-8")
    browser.open(base + "terms/entry.html")
    entry.write_text(good + "\nA [broken link](nowhere.md).\n", encoding="utf-8")
    overlay = browser.wait_for("#seam-serve-problems", visible=True, timeout=10)
    browser.wait(lambda: "kb/terms/entry.md:" in overlay.text and "nowhere.md" in overlay.text, timeout=10)
    assert browser.find("h1").text == "Entry"
    entry.write_text(good, encoding="utf-8")
    # Fixed: the error goes; the placeholders of the new term stay listed until filled in.
    browser.wait(lambda: "nowhere.md" not in " ".join(e.text for e in browser.find_all("#seam-serve-problems")), timeout=10)
