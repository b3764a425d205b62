"""The web page as agency staff use it, in a real headless browser against a real `ita-lint serve`:
upload each sample as Word and as text, read the findings in Thai, switch to English, download the
CSV, and meet the messages for a file too large and a broken file."""

from __future__ import annotations

import csv
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import browser as browser_tools
from conftest import ROOT, SEEDS

browser_tools.require()

from selenium.webdriver.common.by import By  # noqa: E402 - only where a browser exists
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "readers"))
import web_load  # noqa: E402
from build_documents import build_docx  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from test_samples import NOTES, REVIEWER  # noqa: E402


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    process, url = web_load.start_server("--workers", "2", "--max-upload-mb", "0.5")
    yield url
    process.terminate()
    process.wait()


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads: Path) -> Iterator[Any]:
    driver = browser_tools.chrome(downloads)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def word_samples(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("word")
    for name in REVIEWER:
        build_docx(SEEDS / f"{name}.txt", directory / f"{name}.docx")
    return directory


def check(browser: Any, url: str, *files: Path, lang: str = "th") -> Any:
    """Open the page, choose the files, press the button: the view shown afterwards."""
    browser.get(f"{url}/?lang={lang}")
    view = browser.find_element(By.CSS_SELECTOR, f'[data-view="{lang}"]')
    view.find_element(By.CSS_SELECTOR, 'input[type="file"]').send_keys("\n".join(str(f) for f in files))
    browser.execute_script("window.beforeCheck = true")
    view.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
    WebDriverWait(browser, 60).until(  # the page of results has replaced this one
        lambda driver: driver.execute_script(
            "return window.beforeCheck === undefined && document.readyState === 'complete'"
        )
    )
    return shown_view(browser)


def shown_view(browser: Any) -> Any:
    return next(v for v in browser.find_elements(By.CSS_SELECTOR, "[data-view]") if v.is_displayed())


def rules_shown(view: Any) -> set[str]:
    return {code.text.split()[-1] for code in view.find_elements(By.CSS_SELECTOR, ".finding .code")}


@pytest.mark.parametrize("form", ["txt", "docx"])
@pytest.mark.parametrize("name", sorted(REVIEWER))
def test_each_sample_shows_the_reviewers_findings_in_thai(browser, server, word_samples, name, form):
    path = SEEDS / f"{name}.txt" if form == "txt" else word_samples / f"{name}.docx"
    view = check(browser, server, path)
    assert view.get_attribute("lang") == "th"
    assert browser_tools.script_errors(browser) == []
    assert rules_shown(view) == {rule for rule, _ in REVIEWER[name] | NOTES.get(name, set())}
    verdict = view.find_element(By.CSS_SELECTOR, ".verdict").text
    assert verdict.startswith(("ต้องแก้ไขก่อนส่ง", "ควรแก้ไข"))
    severities = {s.text for s in view.find_elements(By.CSS_SELECTOR, ".finding .severity")}
    assert severities <= {"ข้อผิดพลาด", "คำเตือน", "ข้อสังเกต"}
    places = [p.text for p in view.find_elements(By.CSS_SELECTOR, ".finding .where")]
    if form == "docx":  # a Word finding names its table, row and cell, never a line
        assert all(p.startswith("ตาราง") for p in places if "แถว" in p) and not any(
            "บรรทัด" in p for p in places
        )
    else:
        assert all(p.startswith("บรรทัด") for p in places)
    assert view.find_elements(By.CSS_SELECTOR, ".fix")  # what to write instead


def test_findings_are_grouped_under_the_measure_with_its_row(browser, server):
    view = check(browser, server, SEEDS / "lopburi-pao-2568-report.txt")
    measures = view.find_elements(By.CSS_SELECTOR, ".measure")
    period = next(m for m in measures if "period-outside-fiscal-year" in m.text)
    assert period.find_element(By.TAG_NAME, "h4").text.startswith("๒. กิจกรรมควบคุมการเบิกจ่ายเงิน")
    row = {
        th.text: td.text
        for th, td in zip(
            period.find_elements(By.CSS_SELECTOR, "table.row th"),
            period.find_elements(By.CSS_SELECTOR, "table.row td"),
            strict=True,
        )
    }
    assert row["ระยะเวลา"] == "ก.ย.๖๗ - ต.ค.๖๘"
    assert "1 ต.ค. 2567 ถึง 30 ก.ย. 2568" in period.find_element(By.CSS_SELECTOR, ".message").text


def test_the_language_switch_keeps_the_results(browser, server):
    view = check(browser, server, SEEDS / "bankluai-sao-2568-report.txt")
    view.find_element(By.CSS_SELECTOR, "[data-switch]").click()
    english = shown_view(browser)
    assert english.get_attribute("lang") == "en"
    assert browser.execute_script("return document.documentElement.lang") == "en"
    assert english.find_element(By.CSS_SELECTOR, ".verdict").text.startswith("Fix before submitting")
    assert rules_shown(english) == {"budget-column-missing", "complaint-channel-missing"}
    assert {s.text for s in english.find_elements(By.CSS_SELECTOR, ".severity")} <= {
        "error",
        "warning",
        "info",
    }
    english.find_element(By.CSS_SELECTOR, "[data-switch]").click()
    assert shown_view(browser).get_attribute("lang") == "th"


def test_the_findings_download_as_csv_for_excel(browser, server, downloads):
    view = check(
        browser, server, SEEDS / "lopburi-pao-2568-report.txt", SEEDS / "bankluai-sao-2568-report.txt"
    )
    shown = len(view.find_elements(By.CSS_SELECTOR, ".finding"))
    view.find_element(By.CSS_SELECTOR, "a[download]").click()
    target = downloads / "ita-lint-findings.csv"
    for _ in range(100):
        if target.exists() and target.stat().st_size:
            break
        time.sleep(0.1)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a byte-order mark: Excel shows the Thai
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    assert len(rows) == shown == 9  # 6 a reviewer lists, 3 misspelt key words
    assert {row["path"] for row in rows} == {"lopburi-pao-2568-report.txt", "bankluai-sao-2568-report.txt"}
    assert any("อยู่นอกปีงบประมาณ" in row["message"] for row in rows)


def test_the_page_draws_and_is_usable_from_the_keyboard(browser, server):
    browser.get(f"{server}/")
    assert browser_tools.drawn(browser)
    label = browser.find_element(By.CSS_SELECTOR, '[data-view="th"] label[for="file-th"]')
    assert "เลือกไฟล์" in label.text
    check(browser, server, SEEDS / "bankluai-sao-2568-report.txt")
    focused = browser.switch_to.active_element
    assert focused.text == "ผลการตรวจ"  # after a check, the keyboard starts at the results
    assert browser_tools.drawn(browser)


def test_a_file_over_the_limit_gets_a_thai_message(browser, server, tmp_path):
    big = tmp_path / "big-report.txt"
    big.write_text("ก" * 400_000, encoding="utf-8")  # 1.2 MB, over the server's 0.5 MB
    view = check(browser, server, big)
    assert "ขนาดรวมเกิน 0.5 MB" in view.find_element(By.CSS_SELECTOR, "[role=alert]").text


def test_a_broken_file_gets_its_reason(browser, server, tmp_path):
    broken = tmp_path / "report.docx"
    broken.write_bytes(b"PK\x03\x04 not really a Word file")
    view = check(browser, server, broken)
    assert view.find_element(By.CSS_SELECTOR, ".verdict").text == "ตรวจไม่ได้: อ่านไฟล์นี้ไม่ได้ (ดูเหตุผลด้านล่าง)"
    assert "อ่านไฟล์ไม่ได้" in view.find_element(By.CSS_SELECTOR, ".message").text
