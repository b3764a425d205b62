"""The HTML report in a real headless browser (Debian's chromium, driven by Selenium through the
system chromedriver): it loads without script errors, filtering and sorting work, and it draws."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ita_lint.cli import cli

from conftest import EXAMPLES, ROOT, SEEDS

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER):
    if os.environ.get("ITA_LINT_BROWSER_TESTS") == "required":  # set by .ci/run, which installs them
        pytest.fail("chromium and chromedriver are required: apt-get install chromium chromium-driver")
    pytest.skip("no chromium here: apt-get install chromium chromium-driver", allow_module_level=True)

from selenium import webdriver  # noqa: E402 - only where a browser exists
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    inputs = [str(EXAMPLES), str(SEEDS), str(ROOT / "tests" / "fixtures" / "documents" / "scanned.pdf")]
    result = CliRunner().invoke(
        cli, ["check", "--isolated", "--lang", "th", "--format", "html", "-o", str(path), *inputs]
    )
    assert result.exit_code == 1, result.output
    return path


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def visible(browser) -> list:
    return [row for row in browser.find_elements(By.CSS_SELECTOR, "#findings tbody tr") if row.is_displayed()]


def test_the_page_loads_offline_without_script_errors_and_draws(page: Path, browser):
    text = page.read_text("utf-8")
    assert "http://" not in text and "https://" not in text  # nothing fetched: one file, offline
    browser.get(page.as_uri())
    assert browser.title == "รายงานผลการตรวจ ita-lint"
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    files = browser.find_elements(By.CSS_SELECTOR, "#files tbody tr")
    assert len(files) == 12 and any("อ่านไม่ได้" in row.text for row in files)  # the scan
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg rect.bar")) >= 5
    from PIL import Image

    shot = Image.open(io.BytesIO(browser.get_screenshot_as_png())).convert("L")
    low, high = shot.getextrema()
    assert low < 100 and high > 200  # text and bars on a light page, not a blank screen
    assert sum(1 for count in shot.histogram() if count) > 20  # many shades: drawn, not blank


def test_filtering_and_sorting_work(page: Path, browser):
    browser.get(page.as_uri())
    everything = len(visible(browser))
    Select(browser.find_element(By.ID, "severity")).select_by_value("error")
    errors = visible(browser)
    assert 0 < len(errors) < everything and all("error" in row.get_attribute("class") for row in errors)
    Select(browser.find_element(By.ID, "severity")).select_by_value("")
    browser.find_element(By.ID, "filter").send_keys("ลพบุรี")
    shown = visible(browser)
    assert 0 < len(shown) < everything and all("ลพบุรี" in row.text for row in shown)
    assert browser.find_element(By.ID, "shown").text == str(len(shown))
    browser.find_element(By.ID, "filter").clear()
    browser.find_element(By.ID, "filter").send_keys(" ")  # an input event with no filter
    heading = browser.find_elements(By.CSS_SELECTOR, "#findings th")[3]  # severity
    heading.click()
    first = visible(browser)[0]
    assert "error" in first.get_attribute("class")
    heading.click()
    assert "error" not in visible(browser)[0].get_attribute("class")
