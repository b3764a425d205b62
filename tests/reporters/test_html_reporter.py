"""The HTML report in a real headless browser (Debian's chromium, driven by Selenium through the
system chromedriver): it loads without script errors, filtering and sorting work, and it draws."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ita_lint.cli import cli

import browser as browser_tools
from conftest import EXAMPLES, SEEDS

browser_tools.require()

from selenium.webdriver.common.by import By  # noqa: E402 - only where a browser exists
from selenium.webdriver.support.ui import Select  # noqa: E402


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    path, damaged = folder / "report.html", folder / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n% cut short by a failed upload\n")
    inputs = [str(EXAMPLES), str(SEEDS), str(damaged)]
    result = CliRunner().invoke(
        cli, ["check", "--isolated", "--lang", "th", "--format", "html", "-o", str(path), *inputs]
    )
    assert result.exit_code == 1, result.output
    return path


@pytest.fixture(scope="module")
def browser():
    driver = browser_tools.chrome()
    yield driver
    driver.quit()


def visible(browser) -> list:
    return [row for row in browser.find_elements(By.CSS_SELECTOR, "#findings tbody tr") if row.is_displayed()]


def test_the_page_loads_offline_without_script_errors_and_draws(page: Path, browser):
    text = page.read_text("utf-8")
    assert "http://" not in text and "https://" not in text  # nothing fetched: one file, offline
    browser.get(page.as_uri())
    assert browser.title == "รายงานผลการตรวจ ita-lint"
    assert browser_tools.script_errors(browser) == []
    files = browser.find_elements(By.CSS_SELECTOR, "#files tbody tr")
    assert len(files) == 12 and any("อ่านไม่ได้" in row.text for row in files)  # the damaged PDF
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg rect.bar")) >= 5
    assert browser_tools.drawn(browser)


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
