"""Assessments in the browser give what `seam assess --format json` gives: the same outcome and the
same attached explanations (ids and links) for every combination of `cro-reality`, a fixed
sample of `cro-decision` and every combination of the two small ones; answered by clicking,
and by URL (which is how a result is shared); under http:// and file://."""
import concurrent.futures
import itertools
import json
import urllib.parse

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

# What the page shows, read the way a test reads it (the hooks of Theme/README.md).
READ_RESULT = r"""
var s = document.getElementById('assessment-result');
if (!s || s.hidden) return null;
var outcome = s.querySelector('[data-outcome]');
if (!outcome) return null;
function link(a) { return a ? {id: a.getAttribute('data-entry'), href: a.href} : null; }
function first(node) { var a = node.querySelector('a[href]'); return {id: node.getAttribute('data-entry'), href: a ? a.href : null}; }
function own(node) { var a = node.querySelector(':scope > a[href]'); return {id: node.getAttribute('data-entry'), href: a ? a.href : null}; }
return {
  outcome: outcome.getAttribute('data-outcome'),
  summary: (outcome.querySelector('.result-summary') || {}).textContent,
  explanation: link(outcome.querySelector('.result-explanation a[href]')),
  answers: Array.from(s.querySelectorAll('.result-answer[data-question][data-option]')).map(function (li) {
    var counts = li.querySelector('.result-counts');
    return {question: li.getAttribute('data-question'), option: li.getAttribute('data-option'),
            counted: counts ? counts.textContent : null,
            why: counts ? counts.parentNode.textContent.replace(/\s+/g, ' ').trim() : null,
            explanation: link(li.querySelector('.result-explanation a[href]'))};
  }),
  recommendations: Array.from(s.querySelectorAll('.result-recommendation')).map(first),
  charts: Array.from(s.querySelectorAll('.result-recommendation')).filter(function (li) { return li.querySelector('svg'); }).map(function (li) { return li.getAttribute('data-entry'); }),
  facts: Array.from(s.querySelectorAll('.result-fact')).map(own),
  sourceLinks: Array.from(s.querySelectorAll('.result-fact cite')).map(function (c) { var a = c.querySelector('a[href]'); return a ? a.href : null; }),
  terms: Array.from(s.querySelectorAll('.result-terms dt')).map(first),
  resultChart: !!s.querySelector('svg.result-chart')
};
"""


def definition(browser):
    return json.loads(browser.js("return document.getElementById('assessment-definition').textContent"))


def combinations(questions):
    ids = [q["id"] for q in questions]
    for options in itertools.product(*[[o["id"] for o in q["options"]] for q in questions]):
        yield dict(zip(ids, options))


class Expected:
    """`seam assess ID --format json` for answers, remembered across tests and schemes."""

    def __init__(self, seam):
        self.seam, self.cache = seam, {}

    @staticmethod
    def key(assessment, answers):
        return (assessment, tuple(sorted(answers.items())))

    def run(self, assessment, answers):
        args = ["assess", assessment, "--format", "json", "--content", "content"]
        for question, option in answers.items():
            args += ["--answer", f"{question}={option}"]
        return self.seam.json(*args)

    def prefetch(self, assessment, many):
        """Runs the CLI for many answer sets at once, a few processes at a time."""
        todo = [a for a in many if self.key(assessment, a) not in self.cache]
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            for answers, result in zip(todo, pool.map(lambda a: self.run(assessment, a), todo)):
                self.cache[self.key(assessment, answers)] = result

    def __call__(self, assessment, answers):
        key = self.key(assessment, answers)
        if key not in self.cache:
            self.cache[key] = self.run(assessment, answers)
        return self.cache[key]


@pytest.fixture(scope="session")
def expected(seam):
    return Expected(seam)


def as_shown(cli, base):
    """The CLI result in the shape READ_RESULT gives, links made absolute under base."""
    def link(item):
        return {"id": item["id"], "href": urllib.parse.urljoin(base, item["page"])}
    return {
        "outcome": cli["outcome"]["id"],
        "summary": cli["outcome"]["summary"],
        "explanation": link(cli["outcome"]["explanation"]),
        "answers": [{"question": a["question"], "option": a["option"], "counted": f"Counts as {a['counted_as']}.",
                     "why": " ".join(f"Counts as {a['counted_as']}. {a['why']}".split()),
                     "explanation": link(a["explanation"])} for a in cli["answers"]],
        "recommendations": [link(r) for r in cli["recommendations"]],
        "facts": [link(f) for f in cli["facts"]],
        "terms": [link(t) for t in cli["terms"]],
    }


def check_result(browser, site, assessment, answers, expected):
    shown = browser.js(READ_RESULT)
    assert shown is not None, f"no result shown for {answers}"
    want = as_shown(expected(assessment, answers), site.base)
    got = {k: shown[k] for k in want}
    assert got == want, f"{assessment} {answers}"
    assert shown["resultChart"], "the result has no chart"
    sources_page = urllib.parse.urljoin(site.base, "guides/the-sources.html")
    assert all(href == sources_page for href in shown["sourceLinks"]), "a source line that does not link to the sources page"
    structures = [r["id"] for r in expected(assessment, answers)["recommendations"] if r["kind"] == "structure"]
    assert shown["charts"] == structures, "a recommended structure without its org chart"
    return shown


def click_answers(browser, answers):
    for question, option in answers.items():
        radio = browser.find(f"#q-{question}-{option}")
        if not radio.is_selected():
            label = browser.find(f"label[for='q-{question}-{option}']")
            browser.js("arguments[0].scrollIntoView({block: 'center'})", label)
            label.click()
        assert radio.is_selected()


def url_for(site, assessment, answers):
    return site.url(f"assessments/{assessment}.html") + "?" + urllib.parse.urlencode(answers)


def test_cro_reality_every_combination_by_clicking(browser, site, expected):
    browser.open(site.url("assessments/cro-reality.html"))
    assert browser.find("#assessment-result").get_attribute("hidden") is not None
    every = list(combinations(definition(browser)["questions"]))
    assert len(every) == 8
    expected.prefetch("cro-reality", every)
    outcomes = set()
    for answers in every:
        click_answers(browser, answers)
        outcomes.add(check_result(browser, site, "cro-reality", answers, expected)["outcome"])
        # The address holds the answers, in question order, with the ids of --answer.
        query = urllib.parse.urlparse(browser.current_url).query
        assert urllib.parse.parse_qsl(query) == list(answers.items())
    assert outcomes == {"functional", "nominal"}


def cro_decision_sample(questions):
    every = list(combinations(questions))
    assert len(every) == 243
    # Every 7th (35), the one where every answer favors a unified CRO (the only way to
    # "amplifies-alignment") and that one with a mixed motion ("conditional", which needs a
    # candidate who has led CS): 37 combinations with every outcome among them.
    favorable = {q["id"]: next(o["id"] for o in q["options"] if o.get("rating") == "favorable") for q in questions}
    motion = next(q for q in questions if q["id"] == "motion")
    conditional = dict(favorable, motion=next(o["id"] for o in motion["options"] if o.get("rating") == "mixed"))
    return every[::7] + [favorable, conditional]


def test_cro_decision_sample_by_clicking_and_by_url(browser, site, expected):
    browser.open(site.url("assessments/cro-decision.html"))
    sample = cro_decision_sample(definition(browser)["questions"])
    expected.prefetch("cro-decision", sample)
    # Clicking, for a few (fresh page, then answers changed one by one), with the submit button once.
    for number, answers in enumerate(sample[:6]):
        if number == 0:
            click_answers(browser, answers)
            browser.find("#assessment-form [type=submit]").click()
            assert browser.js("return document.activeElement.id") == "assessment-result"
        else:
            click_answers(browser, answers)
        check_result(browser, site, "cro-decision", answers, expected)
    # The rest by URL, as a shared link opens them.
    outcomes = set()
    for answers in sample:
        browser.open(url_for(site, "cro-decision", answers))
        shown = check_result(browser, site, "cro-decision", answers, expected)
        outcomes.add(shown["outcome"])
        checked = browser.js("return Array.from(document.querySelectorAll('#assessment-form input:checked')).map(i => [i.name, i.value])")
        assert dict(checked) == answers
    assert outcomes == {"amplifies-alignment", "conditional", "at-risk", "amplifies-dysfunction"}


@pytest.mark.parametrize("assessment", ["cco-mandate", "renewal-owner"])
def test_small_assessments_every_combination_by_url(browser, http_site, expected, assessment):
    browser.open(http_site.url(f"assessments/{assessment}.html"))
    every = list(combinations(definition(browser)["questions"]))
    expected.prefetch(assessment, every)
    for answers in every:
        browser.open(url_for(http_site, assessment, answers))
        check_result(browser, http_site, assessment, answers, expected)


def test_first_90_days_sample_by_url(browser, site, expected):
    browser.open(site.url("assessments/first-90-days.html"))
    questions = definition(browser)["questions"]
    every = list(combinations(questions))
    assert len(every) == 4096
    # Every 331st (13), and one that is aligned: decisions made, signs it works, no absorption.
    aligned = {q["id"]: "no" if q.get("group") == "absorption" else "yes" for q in questions}
    sample = every[::331] + [aligned]
    expected.prefetch("first-90-days", sample)
    outcomes = set()
    for answers in sample:
        browser.open(url_for(site, "first-90-days", answers))
        outcomes.add(check_result(browser, site, "first-90-days", answers, expected)["outcome"])
    assert outcomes == {"absorbed", "aligned", "in-progress"}


def test_shared_url_restores_answers_and_result(browser, site, expected):
    answers = {"stage": "series-b-to-c", "motion": "consultative", "concentration": "moderate",
               "candidate": "sales-only", "expansion": "above-30"}
    browser.open(site.url("assessments/cro-decision.html"))
    click_answers(browser, answers)
    first = check_result(browser, site, "cro-decision", answers, expected)
    shared = browser.find("#assessment-result .result-link").get_attribute("href")
    assert urllib.parse.parse_qsl(urllib.parse.urlparse(shared).query) == list(answers.items())
    assert shared == browser.current_url
    assert browser.find("#assessment-result .result-print").is_displayed()
    browser.find("#assessment-result .result-copy").click()
    status = browser.find("#assessment-result .result-copy-status")
    browser.wait(lambda: status.text, message="copy link says nothing")
    assert status.text == "Link copied." or shared in status.text, status.text
    # Someone else opens the link.
    browser.open(site.url("index.html"))
    browser.open(shared)
    assert check_result(browser, site, "cro-decision", answers, expected) == first
    for question, option in answers.items():
        assert browser.find(f"#q-{question}-{option}").is_selected()
    # Changing one answer changes the address and the result at once.
    click_answers(browser, {"candidate": "cs-or-integrated"})
    changed = dict(answers, candidate="cs-or-integrated")
    check_result(browser, site, "cro-decision", changed, expected)
    assert dict(urllib.parse.parse_qsl(urllib.parse.urlparse(browser.current_url).query)) == changed


def test_incomplete_answers_say_what_remains(browser, site):
    browser.open(site.url("assessments/cro-decision.html"))
    click_answers(browser, {"stage": "pre-series-b", "concentration": "low"})
    assert browser.find("#assessment-result").get_attribute("hidden") is not None
    browser.find("#assessment-form [type=submit]").click()
    note = browser.wait_for("#assessment-result .result-incomplete", visible=True)
    assert note.get_attribute("data-missing").split() == ["motion", "candidate", "expansion"]
    links = [a.get_attribute("href").rsplit("#", 1)[1] for a in browser.find_all("#assessment-result .result-missing a")]
    assert links == ["q-motion", "q-candidate", "q-expansion"]
    assert browser.js("return document.activeElement.id") == "assessment-result"
    click_answers(browser, {"motion": "mixed", "candidate": "sales-only", "expansion": "below-20"})
    assert browser.find("#assessment-result [data-outcome]").get_attribute("data-outcome") == "amplifies-dysfunction"


def test_a_link_with_some_answers_says_what_remains(browser, site):
    browser.open(site.url("assessments/cro-reality.html?comp-authority=no"))
    note = browser.wait_for("#assessment-result .result-incomplete", visible=True)
    assert note.get_attribute("data-missing").split() == ["nrr-comp", "seam-authority"]
    assert browser.find("#q-comp-authority-no").is_selected()
    click_answers(browser, {"nrr-comp": "yes"})
    assert browser.find("#assessment-result .result-incomplete").get_attribute("data-missing") == "seam-authority"
    click_answers(browser, {"seam-authority": "yes"})
    assert browser.find("#assessment-result [data-outcome]").get_attribute("data-outcome") == "nominal"
    assert "Nominal" in browser.find(".result-announcer").get_attribute("textContent")


def test_unknown_answers_in_a_link_are_reported(browser, http_site):
    browser.open(http_site.url("assessments/cro-reality.html?nrr-comp=maybe&seam-authority=yes&utm_source=x"))
    note = browser.wait_for("#assessment-result .result-unknown", visible=True)
    assert "nrr-comp=maybe" in note.text and "utm_source" not in note.text
    assert browser.find("#q-seam-authority-yes").is_selected()


def test_keyboard_answers(browser, http_site, expected):
    # Radios by keyboard: Tab into each group, Space chooses, Down moves to the next option.
    browser.open(http_site.url("assessments/cro-reality.html"))
    questions = [q["id"] for q in definition(browser)["questions"]]
    for number, question in enumerate(questions):
        for _ in range(100):
            ActionChains(browser.driver).send_keys(Keys.TAB).perform()
            if browser.js("return document.activeElement.name") == question:
                break
        else:
            pytest.fail(f"Tab never reached the options of {question}")
        ActionChains(browser.driver).send_keys(Keys.SPACE).perform()
        if number == 1:
            ActionChains(browser.driver).send_keys(Keys.ARROW_DOWN).perform()
    answers = dict(browser.js("return Array.from(document.querySelectorAll('#assessment-form input:checked')).map(i => [i.name, i.value])"))
    assert list(answers) == questions, answers
    assert answers["comp-authority"] == "no"
    check_result(browser, http_site, "cro-reality", answers, expected)


def test_result_screenshots(browser, http_site, expected):
    shots = [
        ("cro-decision", {"stage": "past-series-c", "motion": "transactional", "concentration": "low",
                          "candidate": "sales-only", "expansion": "below-20"}),
        ("cco-mandate", {"expansion-dependence": "4", "maturity": "3"}),
        ("first-90-days", dict(zip(
            ["nrr-forecast-owner", "renewal-model", "expansion-pipeline-owner", "comp-live", "forecast-accuracy",
             "less-coordination-time", "cs-culture-holds", "expansion-shared", "vp-cs-in-sales-reviews",
             "csm-quota-comp", "cs-hiring-slows", "senior-csm-attrition"],
            ["yes", "yes", "no", "yes", "yes", "no", "yes", "no", "yes", "no", "yes", "no"]))),
    ]
    for scheme in ("light", "dark"):
        browser.color_scheme(scheme)
        for assessment, answers in shots:
            browser.open(url_for(http_site, assessment, answers))
            check_result(browser, http_site, assessment, answers, expected)
            browser.screenshot(f"result-{assessment}-{scheme}")
    browser.color_scheme("light")
    browser.open(url_for(http_site, *shots[0]))
    browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        browser.screenshot("result-cro-decision-print")
    finally:
        browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
