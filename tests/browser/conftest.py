"""Real Chromium for the browser tests, and a visitor whose every page is checked by axe."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "a long and unusual passphrase 42"


@pytest.fixture
def browser():
    # Playwright's sync API runs an event loop in this thread; the ORM calls in this test
    # are plain synchronous ones between browser steps.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from django.db import connections
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()
        # ORM calls made while Playwright's loop runs get their own connection (Django keys
        # connections by context); close it, or PostgreSQL cannot drop the test database.
        connections.close_all()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


class Visitor:
    """One person's browser tab; every page it lands on is checked by axe."""

    def __init__(self, browser, base: str, checked: dict) -> None:
        self.page = browser.new_context(locale="en-GB").new_page()
        self.base = base
        self.checked = checked

    def go(self, path: str) -> None:
        self.page.goto(self.base + path)
        self.axe()

    def axe(self) -> None:
        from axe_playwright_python.sync_playwright import Axe

        self.page.wait_for_load_state("networkidle")
        url = self.page.url.removeprefix(self.base)
        results = Axe().run(self.page)
        bad = [
            f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        self.checked[url] = bad

    def submit(self, button: str) -> None:
        self.page.get_by_role("button", name=button).click()
        self.page.wait_for_load_state("networkidle")
        self.axe()


def log_in(visitor: Visitor, email: str) -> None:
    visitor.go("/accounts/login/")
    visitor.page.locator("#id_username").fill(email)
    visitor.page.locator("#id_password").fill(PASSWORD)
    visitor.submit("Log in")
