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
