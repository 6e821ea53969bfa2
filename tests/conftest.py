"""Shared fixtures. Browser fixtures skip (with the reason) where Chromium or
Playwright is missing, so the fast tier runs anywhere."""

import importlib.util
import os

import pytest


def _browser_missing() -> str | None:
    if importlib.util.find_spec("playwright") is None:
        return "Playwright for Python is not installed (pip install -e '.[browser]')"
    from consentlens.scan import chromium_path

    if not os.path.exists(chromium_path()):
        return f"no Chromium at {chromium_path()} (apt-get install chromium, or set CONSENTLENS_CHROMIUM)"
    return None


@pytest.fixture(scope="session")
def needs_browser():
    reason = _browser_missing()
    if reason:
        pytest.skip(reason)


@pytest.fixture(scope="session")
def browser_context(needs_browser):
    from consentlens.scan import browser_context as open_context

    with open_context() as context:
        yield context


@pytest.fixture
def snapshot_of(browser_context):
    """snapshot_of(html) -> the snapshot dict of that page (or None)."""
    from consentlens.scan import take_snapshot

    pages = []

    def snap(html: str, producer: str = "scan"):
        page = browser_context.new_page()
        pages.append(page)
        page.set_content(html, wait_until="load")
        return take_snapshot(page, settle_ms=0, producer=producer)

    yield snap
    for page in pages:
        page.close()


# ---- the browser extension (test_extension_*.py; helpers in browser_helpers.py)

@pytest.fixture(scope="module")
def launch_extension(needs_browser, tmp_path_factory):
    """launch_extension(*extra_args) -> a Playwright BrowserContext: headless
    Chromium with extension/ loaded unpacked, a fresh profile, en-US, 1280x800.
    Closed when the module's tests are done."""
    from browser_helpers import CHROMIUM_ARGS, EXTENSION
    from playwright.sync_api import sync_playwright

    from consentlens.scan import chromium_path

    contexts = []
    with sync_playwright() as pw:
        def launch(*extra_args: str):
            context = pw.chromium.launch_persistent_context(
                str(tmp_path_factory.mktemp("profile")),
                executable_path=chromium_path(),
                headless=True,
                locale="en-US",
                viewport={"width": 1280, "height": 800},
                args=[f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}",
                      *extra_args, *CHROMIUM_ARGS],
            )
            contexts.append(context)
            return context

        try:
            yield launch
        finally:
            for context in contexts:
                context.close()


@pytest.fixture(scope="module")
def pages_site():
    """tests/pages/ on a loopback port: its URL."""
    from browser_helpers import serve_pages

    with serve_pages() as url:
        yield url


@pytest.fixture
def open_page(browser, pages_site):
    """open_page(path) -> a page of pages_site in the module's `browser` (an
    ExtensionBrowser); its uncaught errors are collected in page.errors."""
    pages = []

    def open_(path: str):
        page = browser.context.new_page()
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        pages.append(page)
        page.goto(f"{pages_site}/{path}", wait_until="load")
        return page

    yield open_
    for page in pages:
        page.close()


@pytest.fixture(autouse=True, scope="session")
def _data_dir_of_the_tests(tmp_path_factory):
    """No test reads or writes the user's evidence (~/.local/share/consentlens) or database."""
    patch = pytest.MonkeyPatch()
    patch.setenv("CONSENTLENS_DATA_DIR", str(tmp_path_factory.mktemp("consentlens-data")))
    patch.delenv("CONSENTLENS_DATABASE_URL", raising=False)
    yield
    patch.undo()


@pytest.fixture(scope="session")
def analyzer():
    """The shipped model (model/artefacts): it is part of the repository, so a
    missing or broken artefact fails the tests instead of skipping them."""
    from consentlens.model.predict import load_analyzer

    return load_analyzer()
