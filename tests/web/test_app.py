"""The web application through its HTTP interface (Starlette's test client, real worker processes):
the API gives what `ita-lint check --format json` gives, limits answer in Thai, nothing is kept."""

from __future__ import annotations

import base64
import io
import json
import os
import re
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from ita_lint.cli import cli
from ita_lint.ruleset import load_rules
from ita_lint.web.app import ServeSettings, create_app

from conftest import EXAMPLES, SEEDS

SAMPLES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def temporary(tmp_path_factory) -> Iterator[Path]:
    """The temporary directory of the server and its workers, to see that nothing stays there."""
    directory = tmp_path_factory.mktemp("server-tmp")
    before = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = str(directory)  # the workers start with the app and read it once
    yield directory
    if before is None:
        del os.environ["TMPDIR"]
    else:
        os.environ["TMPDIR"] = before


@pytest.fixture(scope="module")
def client(temporary: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ServeSettings(workers=2, upload_mb=1, max_files=3))) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def client_20mb(temporary: Path) -> Iterator[TestClient]:
    """The server's default limits, which every corpus document fits."""
    with TestClient(create_app(ServeSettings(workers=2))) as test_client:
        yield test_client


def upload(*paths: Path) -> list[tuple[str, tuple[str, bytes]]]:
    return [("file", (path.name, path.read_bytes())) for path in paths]


def cli_json(path: Path, lang: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(
        cli, ["check", "--isolated", "--no-cache", "--lang", lang, "--format", "json", str(path)]
    )
    assert result.exit_code in (0, 1), result.output
    found = json.loads(result.output)
    for finding in found:
        finding["path"] = path.name
    return found


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.stem)
def test_the_api_gives_the_findings_of_the_command_line(client: TestClient, sample: Path, lang: str):
    response = client.post(f"/api/check?lang={lang}", files=upload(sample))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == cli_json(sample, lang)


TUNE = Path(__file__).parents[1] / "corpus" / "tune"
DOCUMENTS = [
    TUNE / "pdf-ruled-hospital-2568.pdf",
    TUNE / "pdf-borderless-police-2566.pdf",
    TUNE / "docx-merged-tambon-2567.docx",
    TUNE / "csv-port-2566.csv",
    TUNE / "html-nakhon-2568.html",
    TUNE / "xlsx-months-college-2567.xlsx",
]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_the_api_reads_every_format_as_the_command_line_does(client: TestClient, document: Path):
    response = client.post("/api/check?lang=th", files=upload(document))
    assert response.status_code == 200
    assert response.json() == cli_json(document, "th") != []


CORPUS = Path(__file__).parents[1] / "corpus"
FIXTURES = Path(__file__).parents[1] / "fixtures"
EVERY_DOCUMENT = sorted(
    path
    for path in [*CORPUS.glob("*/*"), *EXAMPLES.glob("*"), *FIXTURES.glob("documents/*"), *SAMPLES]
    if path.is_file() and not path.name.endswith((".expect.yaml", ".spec.yaml", ".py"))
)
# the rules that speak for a file that could not be read
UNREAD = {rule.name for rule in load_rules() if rule.scope == "file"}


def expected_verdict(found: list[dict[str, object]]) -> str:
    severities = {f["severity"] for f in found}
    if UNREAD & {f["rule"] for f in found}:
        return "unreadable"
    return "errors" if "error" in severities else "warnings" if "warning" in severities else "clean"


@pytest.mark.parametrize("document", EVERY_DOCUMENT, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_document_gets_a_verdict_on_the_page_and_findings_from_the_api(
    client_20mb: TestClient, document: Path
):
    api = client_20mb.post("/api/check?lang=en", files=upload(document))
    assert api.status_code == 200, api.text
    found = api.json()
    assert all(f["path"] == document.name for f in found)
    page = client_20mb.post("/check", files=upload(document))
    assert page.status_code == 200, page.text
    verdicts = re.findall(r'<article class="file (\w+)">', page.text)
    assert verdicts == [expected_verdict(found)] * 2  # the Thai view and the English one


def test_a_file_with_errors_only_leaves_the_other_files_results_whole(client_20mb: TestClient):
    errors_only = CORPUS / "tune" / "pdf-ruled-hospital-2568.pdf"
    files = upload(errors_only, SAMPLES[0], EXAMPLES / "clean-example-2568-report.yaml")
    api = client_20mb.post("/api/check?lang=en", files=files).json()
    assert {f["severity"] for f in api if f["path"] == errors_only.name} - {"info"} == {"error"}
    page = client_20mb.post("/check", files=files)
    assert page.status_code == 200
    assert re.findall(r'<article class="file (\w+)">', page.text) == ["errors", "errors", "clean"] * 2


def test_the_api_checks_several_files_in_one_request(client: TestClient):
    response = client.post("/api/check", files=upload(*SAMPLES[:3]))
    assert {finding["path"] for finding in response.json()} == {path.name for path in SAMPLES[:3]}
    assert response.json() == sorted(
        (f for path in SAMPLES[:3] for f in cli_json(path, "th")),
        key=lambda f: (f["path"], f["line"], f["column"], f["code"]),
    )


def test_the_page_is_thai_by_default_and_english_on_request(client: TestClient):
    thai = client.get("/")
    assert thai.status_code == 200 and '<html lang="th">' in thai.text
    assert re.search(r'data-view="en" hidden', thai.text) and not re.search(
        r'data-view="th" hidden', thai.text
    )
    english = client.get("/?lang=en")
    assert '<html lang="en">' in english.text and re.search(r'data-view="th" hidden', english.text)
    assert 'type="file"' in thai.text and "ตรวจไฟล์" in thai.text and "Check" in thai.text


def test_every_response_has_the_security_headers(client: TestClient):
    for response in (client.get("/"), client.get("/healthz"), client.get("/static/site.css")):
        headers = response.headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["cache-control"] == "no-store"
        assert headers["referrer-policy"] == "no-referrer"


def test_the_page_loads_nothing_from_elsewhere(client: TestClient):
    for path in ("/", "/static/site.css", "/static/site.js"):
        text = client.get(path).text
        assert client.get(path).status_code == 200
        assert not re.search(r"(https?:)?//[a-z]", re.sub(r"^\s*//.*$", "", text, flags=re.M)), path


def test_health(client: TestClient):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json()["status"] == "ok"


def test_results_page_shows_verdict_findings_by_measure_rows_and_fixes(client: TestClient):
    sample = SEEDS / "lopburi-pao-2568-report.txt"
    page = client.post("/check", files=upload(sample), data={"lang": "th"}).text
    thai = page[page.index('data-view="th"') : page.index('data-view="en"')]
    assert "ต้องแก้ไขก่อนส่ง: ข้อผิดพลาด 2 รายการ คำเตือน 2 รายการ" in thai
    assert "องค์การบริหารส่วนจังหวัดลพบุรี" in thai and "2568" in thai
    # the measure the period finding concerns, with its row as written and what to write instead
    assert "๒. กิจกรรมควบคุมการเบิกจ่ายเงินตามข้อบัญญัติงบประมาณรายจ่ายประจำปี" in thai
    assert "ก.ย.๖๗ - ต.ค.๖๘" in thai and "แถวนี้ในเอกสารของท่าน" in thai
    assert "1 ต.ค. 2567 ถึง 30 ก.ย. 2568" in thai and "ควรเขียนว่า:" in thai
    assert 'ข้อผิดพลาด</span> <span class="where">บรรทัด 39</span>' in thai
    for rule in ("period-outside-fiscal-year", "budget-unparseable", "duplicate-measure", "outcome-missing"):
        assert rule in thai
    # the download holds the same findings as CSV with a byte-order mark for Excel
    link = re.search(
        r'download="ita-lint-findings.csv" href="data:text/csv;charset=utf-8;base64,([^"]+)"', thai
    )
    csv = base64.b64decode(link[1]).decode("utf-8")
    assert csv.startswith("\ufeffpath,line,column") and len(csv.strip().splitlines()) == 1 + 7


def test_a_clean_file_passes(client: TestClient, tmp_path: Path):
    record = tmp_path / "clean.yaml"
    record.write_bytes(
        (Path(__file__).parents[2] / "examples" / "clean-example-2568-report.yaml").read_bytes()
    )
    page = client.post("/check", files=upload(record)).text
    assert "ผ่าน: ไม่พบข้อผิดพลาดหรือคำเตือน" in page and "Passed: no errors or warnings" in page


def test_a_broken_file_and_an_unknown_type_are_findings_not_failures(client: TestClient):
    files = [
        ("file", ("report.docx", b"PK\x03\x04 this is not a zip")),
        ("file", ("report.odt", b"anything")),
    ]
    found = client.post("/api/check?lang=en", files=files).json()
    assert {(f["path"], f["rule"]) for f in found} == {
        ("report.docx", "parse-error"),
        ("report.odt", "parse-error"),
    }
    assert "unsupported file type .odt" in " ".join(f["message"] for f in found)
    page = client.post("/check", files=files).text
    assert page.count("ตรวจไม่ได้: อ่านไฟล์นี้ไม่ได้") == 2


def test_a_file_name_is_shown_never_used_as_a_path(client: TestClient, temporary: Path):
    sample = SEEDS / "bankluai-sao-2568-report.txt"
    files = [("file", ("../../../../tmp/evil/x\n/../bankluai.txt", sample.read_bytes()))]
    found = client.post("/api/check", files=files).json()
    assert {f["path"] for f in found} == {"bankluai.txt"}
    assert not Path("/tmp/evil").exists()


def test_uploads_leave_nothing_behind(client: TestClient, temporary: Path):
    client.post("/api/check", files=upload(*SAMPLES[:2]))
    assert list(temporary.iterdir()) == []


def test_limits_answer_with_a_clear_message(client: TestClient):
    big = [("file", ("big.txt", b"x" * (1024 * 1024 + 1)))]
    response = client.post("/check", files=big, params={"lang": "th"})
    assert response.status_code == 413 and "ขนาดรวมเกิน 1 MB" in response.text
    api = client.post("/api/check", files=big)
    assert api.status_code == 413 and api.json()["error"]["code"] == "too_large"
    many = client.post("/api/check?lang=en", files=upload(*SAMPLES[:4]))
    assert many.status_code == 413 and "At most 3 files" in many.json()["error"]["message"]
    none = client.post("/check", data={"lang": "th"}, files=[("file", ("", b""))])
    assert none.status_code == 400 and "ยังไม่ได้เลือกไฟล์" in none.text
    not_a_form = client.post("/api/check", content=b"{}", headers={"content-type": "application/json"})
    assert not_a_form.status_code == 400


def test_a_request_over_the_time_limit_is_stopped_with_a_message(temporary: Path):
    settings = ServeSettings(workers=1, seconds=0.001)
    with TestClient(create_app(settings)) as slow:
        response = slow.post("/check", files=upload(SAMPLES[0]), params={"lang": "th"})
        assert response.status_code == 503 and "การตรวจใช้เวลาเกิน 0.001 วินาที" in response.text


def test_a_reload_of_the_results_page_goes_home(client: TestClient):
    response = client.get("/check?lang=en", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/?lang=en"


def test_a_zip_bomb_meets_the_limits_of_the_command_line(client: TestClient):
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    found = client.post("/api/check?lang=en", files=[("file", ("bomb.docx", bomb.getvalue()))]).json()
    assert [f["rule"] for f in found] == ["input-limit"]


def test_serve_without_the_web_extra_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if it were not installed
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 2 and "pip install -e '.[web]'" in result.stderr
