"""Search over the sharded index (`seam build --search-index shards`, what a big knowledge base
gets): the same results as `seam search`, from disk as over http, loading only the shards a query
needs."""
import pytest

from conftest import REPO, Site, serve
from test_search import QUERIES, dropdown_ids, type_query


@pytest.fixture(scope="session")
def sharded_dir(seam, tmp_path_factory):
    output = tmp_path_factory.mktemp("seam-sharded") / "site"
    done = seam("build", "--content", REPO / "content", "--output", output, "--search-index", "shards", timeout=300)
    if done.returncode != 0 or not (output / "assets" / "search" / "d0.js").exists():
        pytest.fail(f"seam build --search-index shards failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return output


@pytest.fixture(scope="session", params=["http", "file"])
def sharded(request, sharded_dir):
    if request.param == "file":
        yield Site("file", sharded_dir.resolve().as_uri() + "/", sharded_dir)
    else:
        with serve(sharded_dir) as base:
            yield Site("http", base, sharded_dir)


def test_sharded_results_rank_as_the_cli_does(browser, sharded, seam):
    browser.open(sharded.url("index.html"))
    for query, expected in QUERIES:
        type_query(browser, query)
        cli = [hit["id"] for hit in seam.json("search", query, "--json", "--limit", "8", "--content", "content")]
        browser.wait(lambda: dropdown_ids(browser) == cli, message=f"{query!r}: {dropdown_ids(browser)} != {cli}")
        assert expected in cli[:3]
    assert not browser.console_errors()


def test_a_query_loads_only_its_shards(browser, sharded_dir):
    with serve(sharded_dir) as base:
        browser.open(base + "index.html")
        type_query(browser, "NRR")
        loaded = browser.js("return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/assets/search/'))")
    total = len(list((sharded_dir / "assets" / "search").glob("*.js")))
    assert loaded and len(loaded) < total / 2, f"{len(loaded)} of {total} shards: {loaded}"


def test_sharded_search_page_with_kind(browser, sharded):
    browser.open(sharded.url("search.html?q=renewal&kind=structure"))
    browser.wait_for("#search-page-results li")
    kinds = browser.js("return Array.from(document.querySelectorAll('#search-page-results li')).map(li => li.dataset.kind)")
    assert kinds and set(kinds) == {"structure"}, kinds
    browser.open(sharded.url("search.html?q=zzqxv"))
    browser.wait(lambda: "Nothing matches" in browser.find("#search-page-status").text)


@pytest.mark.console_errors_allowed
@pytest.mark.parametrize("where", ["file", "http"])
def test_a_missing_shard_says_the_index_could_not_be_loaded(browser, seam, tmp_path, where):
    # From disk a shard comes in by a <script> element; over http it is fetched.
    output = tmp_path / "site"
    seam("build", "--content", REPO / "content", "--output", output, "--search-index", "shards", check=True)
    for shard in (output / "assets" / "search").glob("p*.js"):
        shard.unlink()

    def search():
        box = browser.find("#search-input")
        box.click()
        box.send_keys("renewal")
        browser.wait(lambda: "could not be loaded" in browser.find("#search-results .search-status").text)

    if where == "file":
        browser.open(output.resolve().as_uri() + "/index.html")
        search()
    else:
        with serve(output) as base:
            browser.open(base + "index.html")
            search()


def test_over_http_shards_are_fetched_and_run_no_script(browser, sharded_dir):
    with serve(sharded_dir) as base:
        browser.open(base + "index.html")
        type_query(browser, "renewal forecast")
        kinds = browser.js("return performance.getEntriesByType('resource').filter(e => e.name.includes('/assets/search/')).map(e => e.initiatorType)")
        scripts = browser.js("return document.querySelectorAll('script[src*=\"/search/\"]').length")
    assert kinds and set(kinds) == {"fetch"}, kinds
    assert scripts == 0
