"""A real headless browser for the tests of pages: Debian's chromium, driven by Selenium through
the system chromedriver. Without them the tests are skipped, except under CI (.ci/run installs
them and sets ITA_LINT_BROWSER_TESTS=required), where their absence fails the run."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")


def require() -> None:
    """Call at the top of a test module that needs the browser."""
    if CHROMIUM and CHROMEDRIVER:
        return
    if os.environ.get("ITA_LINT_BROWSER_TESTS") == "required":
        pytest.fail("chromium and chromedriver are required: apt-get install chromium chromium-driver")
    pytest.skip("no chromium here: apt-get install chromium chromium-driver", allow_module_level=True)


def chrome(downloads: Path | None = None) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if downloads is not None:
        options.add_experimental_option(
            "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
        )
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def script_errors(driver: Any) -> list[dict[str, Any]]:
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def drawn(driver: Any) -> bool:
    """The screenshot has dark text on a light page in many shades: drawn, not blank."""
    from PIL import Image

    shot = Image.open(io.BytesIO(driver.get_screenshot_as_png())).convert("L")
    low, high = shot.getextrema()
    return low < 100 and high > 200 and sum(1 for count in shot.histogram() if count) > 20
