"""Shared fixtures for Seam's browser tests (headless Chromium through Selenium, offline).

The site is built once per run and opened both over http and from disk:

    site_dir        the built site (a pathlib.Path): `seam build --content content --output TMP`
                    with the binary in $SEAM_BINARY (default .build/release/seam). Set
                    $SEAM_SITE to an already built site to skip the build.
    http_base       "http://127.0.0.1:PORT/": the site served by a threaded http.server,
                    stopped at the end of the run (it sends a `LinkChecker` header: with
                    `maxrequestspersecond=1000` in its configuration linkchecker no longer
                    waits 0.1-0.6 s between requests).
    file_base       "file:///.../site/": the same site opened from disk.
    site            parametrised over both schemes: a Site with .scheme, .base, .url(path).
                    Use it for a test that must pass under http:// and file://.
    http_site, file_site   one scheme only.
    driver          the one Chromium session of the run (headless, no sandbox, offline).
    browser         the driver wrapped for one test (a Browser): light colours, console
                    cleared before the test; after the test it fails on console errors unless
                    the test is marked `@pytest.mark.console_errors_allowed`.
    seam            run the seam binary: seam("assess", "cro-reality", "--format", "json")
                    returns the CompletedProcess; seam.json(...) parses its standard output.
    screenshots     Tests/browser/screenshots/ (git-ignored), created on demand.

Browser helpers (see the class): open(url), color_scheme("dark"), console_errors() (returns
and clears the SEVERE messages), screenshot(name) (full page PNG), wait(condition),
wait_for(css), find(css), find_all(css), js(script, *args).
"""
import base64
import contextlib
import functools
import http.server
import json
import os
import pathlib
import subprocess
import threading

import pytest
from PIL import Image
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

REPO = pathlib.Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "Tests" / "browser" / "screenshots"
CHROMEDRIVER = os.environ.get("SEAM_CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM = next((p for p in ("/usr/lib/chromium/chromium", "/usr/bin/chromium") if os.path.exists(p)), None)

# Selenium Manager would try the network first without these.
os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")


def pytest_configure(config):
    config.addinivalue_line("markers", "console_errors_allowed: the test expects console errors; the browser fixture does not fail on them")


# ---------- the seam binary and the built site ----------

def _binary():
    configured = os.environ.get("SEAM_BINARY")
    if configured:
        path = pathlib.Path(configured)
        if not path.is_absolute():
            path = REPO / path
        return path
    for candidate in (REPO / ".build" / "release" / "seam", REPO / ".build" / "debug" / "seam"):
        if candidate.exists():
            return candidate
    return REPO / ".build" / "release" / "seam"


class Seam:
    """Runs the seam binary from the repository folder (so `content` is the shipped knowledge base)."""

    def __init__(self, path):
        self.path = pathlib.Path(path)

    def __call__(self, *args, check=False, input=None, timeout=60):
        return subprocess.run([str(self.path), *map(str, args)], cwd=REPO, capture_output=True, text=True,
                              input=input, timeout=timeout, check=check)

    def json(self, *args):
        done = self(*args)
        if done.returncode not in (0, 1) or not done.stdout.strip():
            raise AssertionError(f"seam {' '.join(map(str, args))} exited {done.returncode}: {done.stderr}")
        return json.loads(done.stdout)


@pytest.fixture(scope="session")
def seam():
    path = _binary()
    if not path.exists():
        pytest.fail(f"no seam binary at {path}: run `make build` or set SEAM_BINARY")
    return Seam(path)


@pytest.fixture(scope="session")
def site_dir(seam, tmp_path_factory):
    prebuilt = os.environ.get("SEAM_SITE")
    if prebuilt:
        return pathlib.Path(prebuilt).resolve()
    output = tmp_path_factory.mktemp("seam-site") / "site"  # seam build creates it
    done = seam("build", "--content", REPO / "content", "--output", output, timeout=300)
    if done.returncode != 0 or not (output / "index.html").exists():
        pytest.fail(f"seam build failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return output


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site without logging. The `LinkChecker` header tells linkchecker the host is
    ours, so that it drops its minimum wait of 0.1-0.6 s between requests (its speed is then set
    by `maxrequestspersecond` in its configuration); browsers ignore the header."""

    def log_message(self, format, *args):
        pass

    def end_headers(self):
        self.send_header("LinkChecker", "local test server")
        super().end_headers()


@contextlib.contextmanager
def serve(directory):
    """Serves `directory` on a free port of 127.0.0.1 while the block runs; gives its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="seam-site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def http_base(site_dir):
    with serve(site_dir) as base:
        yield base


@pytest.fixture(scope="session")
def file_base(site_dir):
    return site_dir.resolve().as_uri() + "/"


class Site:
    """One way to open the built site: `scheme` is "http" or "file"; `url("terms/nrr.html")`."""

    def __init__(self, scheme, base, directory):
        self.scheme, self.base, self.directory = scheme, base, pathlib.Path(directory)

    def url(self, path=""):
        return self.base + path.lstrip("/")

    def __repr__(self):
        return f"Site({self.scheme})"


@pytest.fixture(scope="session", params=["http", "file"])
def site(request, site_dir):
    """The built site under http:// and under file://: a test using it runs once for each."""
    base = request.getfixturevalue("http_base") if request.param == "http" else request.getfixturevalue("file_base")
    return Site(request.param, base, site_dir)


@pytest.fixture(scope="session")
def http_site(http_base, site_dir):
    return Site("http", http_base, site_dir)


@pytest.fixture(scope="session")
def file_site(file_base, site_dir):
    return Site("file", file_base, site_dir)


# ---------- the browser ----------

@pytest.fixture(scope="session")
def driver():
    if not os.path.exists(CHROMEDRIVER):
        pytest.fail(f"no chromedriver at {CHROMEDRIVER}: run `scripts/setup --test`")
    options = Options()
    if CHROMIUM:
        options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--hide-scrollbars", "--no-first-run",
                     "--disable-extensions", "--disable-background-networking", "--lang=en-US"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    chrome = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    chrome.set_page_load_timeout(30)
    try:
        yield chrome
    finally:
        chrome.quit()


class Browser:
    """The session's driver with the helpers the tests share."""

    # Messages that are not the page's fault.
    IGNORED = ("favicon.ico",)

    def __init__(self, driver):
        self.driver = driver
        self.scheme = "light"

    def __getattr__(self, name):
        return getattr(self.driver, name)

    def open(self, url):
        self.driver.get(url)
        return self

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def find(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def wait(self, condition, timeout=5, message=""):
        return WebDriverWait(self.driver, timeout, poll_frequency=0.02).until(lambda d: condition(), message)

    def wait_for(self, css, timeout=5, visible=False):
        """The first element matching css, once there (and displayed, with visible=True)."""
        def found():
            elements = self.find_all(css)
            elements = [e for e in elements if e.is_displayed()] if visible else elements
            return elements[0] if elements else None
        return self.wait(found, timeout, f"no {'visible ' if visible else ''}element matches {css}")

    def color_scheme(self, scheme):
        """"light" or "dark": prefers-color-scheme for the pages from now on (current page too)."""
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        self.scheme = scheme
        return self

    def console_errors(self):
        """The SEVERE console messages since the last call (the log is cleared by reading it)."""
        entries = self.driver.get_log("browser")
        return [e["message"] for e in entries if e.get("level") == "SEVERE" and not any(i in e["message"] for i in self.IGNORED)]

    def screenshot(self, name, full_page=True, max_height=6000):
        """Saves screenshots/NAME.png (the whole page by default), checks the picture and returns its
        path: it has the page's size, it is not blank (one colour), and the page does not scroll
        sideways (nothing wider than the window)."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        width = int(self.js("return document.documentElement.clientWidth"))
        overflow = int(self.js("return document.documentElement.scrollWidth")) - width
        assert overflow <= 0, f"{name}: the page scrolls sideways by {overflow} px at {width} px wide"
        if not full_page:
            self.driver.save_screenshot(str(path))
            expected = None
        else:
            metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
            size = metrics.get("cssContentSize") or metrics["contentSize"]
            height = min(int(size["height"]), max_height)
            shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
            path.write_bytes(base64.b64decode(shot["data"]))
            expected = (width, height)
        with Image.open(path) as picture:
            if expected:
                assert picture.size == expected, f"{name}: the picture is {picture.size}, the page {expected}"
            colours = picture.convert("RGB").getcolors(maxcolors=4)
            assert colours is None or len(colours) > 3, f"{name}: the picture is blank ({colours})"
        return path


@pytest.fixture
def browser(driver, request):
    b = Browser(driver)
    b.color_scheme("light")
    driver.get_log("browser")  # drop what earlier tests left
    yield b
    errors = b.console_errors()
    if errors and not request.node.get_closest_marker("console_errors_allowed"):
        pytest.fail("console errors:\n" + "\n".join(errors))


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
