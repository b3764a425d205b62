from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from ita_lint.readers import ReadError, record_file
from ita_lint.records import Column, DocumentKind, TableKind

RECORD = """\
kind: plan
agency: เทศบาลตำบลตัวอย่าง
fiscal_year: ๒๕๖๘
tables:
  - kind: plan
    measures:
      - name: ประกาศนโยบาย No Gift Policy
        period: ตลอดปีงบประมาณ
        budget: 12,000 บาท
        status: อยู่ระหว่างดำเนินการ
"""


def test_record_is_parsed_with_positions_and_values():
    report = record_file.parse(RECORD)
    assert report.kind is DocumentKind.PLAN and report.year == 2568
    table = report.tables[0]
    assert table.kind is TableKind.PLAN
    assert table.columns == (Column.NAME, Column.PERIOD, Column.BUDGET, Column.STATUS)
    measure = table.measures[0]
    assert (measure.position.line, measure.position.column) == (7, 9)
    assert (measure.period.position.line, measure.period.position.column) == (8, 17)
    assert measure.period.value.whole_fiscal_year
    assert (measure.period.value.start, measure.period.value.end) == (date(2024, 10, 1), date(2025, 9, 30))
    assert str(measure.budget.value.amount) == "12000"
    assert measure.status.value == "in_progress"


def test_numbers_and_empty_values_become_cells():
    report = record_file.parse(
        "fiscal_year: 2568\ntables:\n  - measures:\n      - name: x\n        budget:\n"
    )
    budget = report.tables[0].measures[0].budget
    assert budget.is_blank and budget.position.line == 5


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("- a\n- b\n", "must hold one mapping", 1),
        ("tables:\n  - measures:\n      - name: x\n        colour: red\n", "tables.0.measures.0.colour", 4),
        ("kind: memo\n", "kind", 1),
        ("tables:\n  - measures:\n      - name: [a, b]\n", "tables.0.measures.0.name", 3),
    ],
)
def test_invalid_records_are_read_errors_with_positions(text, message, line):
    with pytest.raises(ReadError) as raised:
        record_file.parse(text)
    assert message in str(raised.value)
    assert raised.value.position.line == line


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp874"])
def test_encodings(tmp_path: Path, encoding: str):
    path = tmp_path / "r.yaml"
    path.write_bytes(RECORD.encode(encoding))
    assert record_file.read(path).agency.text == "เทศบาลตำบลตัวอย่าง"


def test_unknown_encoding_is_a_read_error(tmp_path: Path):
    path = tmp_path / "r.yaml"
    path.write_bytes(codecs.BOM_UTF8 + b"agency: \xff\xfe\xfa")
    with pytest.raises(ReadError, match="not valid utf-8-sig"):
        record_file.read(path)


def test_other_yaml_files_are_not_reports(linter, tmp_path: Path):
    config = tmp_path / ".pre-commit-config.yaml"
    config.write_text("repos:\n  - repo: local\n    hooks: []\n", encoding="utf-8")
    assert record_file.read(config).kind is DocumentKind.OTHER
    (finding,) = linter.lint_path(config)
    assert (finding.rule, str(finding.severity)) == ("no-measures-table", "info")


def test_every_invalid_field_of_a_record_is_reported_where_it_is(linter, tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(
        "agency: เทศบาลตำบลนาดี\nfiscal_year: 2568\ntables:\n  - measures:\n"
        "      - name: a\n        colour: แดง\n      - name: b\n        budget: [1, 2]\n",
        encoding="utf-8",
    )
    found = [(d.rule, d.line) for d in linter.lint_path(path)]
    assert found == [("parse-error", 6), ("parse-error", 8)]


def test_a_json_record_may_name_its_schema(linter, tmp_path):
    path = tmp_path / "r.json"
    path.write_text('{"$schema": "ita-record.schema.json", "agency": "เทศบาลตำบลนาดี", "fiscal_year": 2568}')
    assert "parse-error" not in [d.rule for d in linter.lint_path(path)]


@pytest.mark.parametrize(
    ("text", "message", "line", "column"),
    [
        (
            "agency: x\ntables:\n  - measures:\n      - nmae: x\n",
            "unknown field 'nmae'; did you mean 'name'?",
            4,
            9,
        ),
        ("agency: x\nfisacl_year: 2568\n", "did you mean 'fiscal_year'?", 2, 1),
        (
            "agency: x\ntables:\n  - kind: budget\n",
            "tables.0.kind: must be one of report, plan, scores",
            3,
            11,
        ),
        (
            "agency: x\ntables:\n  - fiscal_year: next year\n",
            "must be a Buddhist-era year such as 2568",
            3,
            18,
        ),
        (
            "agency: x\ntables:\n  - columns: [name, colour]\n",
            "tables.0.columns.1: must be one of area",
            3,
            21,
        ),
        ("agency: x\ntables: {measures: []}\n", "tables: tables must be a list, not a mapping", 2, 9),
        (
            "agency: x\ntables:\n  - just text\n",
            "tables.0: a table must be a mapping of fields, not text",
            3,
            5,
        ),
        ("agency: [a, b]\n", "agency: a cell holds text or a number, not a list", 1, 9),
        ("agency: x\ntables:\n  - title: {a: b}\n", "a title is text, not a mapping", 3, 12),
        ("agency: x\ntables:\n  - kind: [report]\n", "tables.0.kind: must be one of report", 3, 11),
        ("agency: x\nfiscal_year: 2024-13-45\n", "invalid YAML: cannot read '2024-13-45'", 2, 14),
        ("agency: x\ntables: !!set {a}\n", "invalid YAML: tag tag:yaml.org,2002:set is not allowed", 2, 9),
    ],
)
def test_every_kind_of_invalid_record_is_named_where_it_is(text, message, line, column):
    with pytest.raises(ReadError) as raised:
        record_file.parse(text)
    assert message in str(raised.value)
    assert (raised.value.position.line, raised.value.position.column) == (line, column)


def test_all_problems_of_a_record_are_reported_in_document_order():
    text = "kind: memo\ntables:\n  - kind: budget\n    measures:\n      - colour: red\n"
    with pytest.raises(ReadError) as raised:
        record_file.parse(text)
    lines = [raised.value.position.line] + [position.line for _, position in raised.value.more]
    assert lines == [1, 3, 5]


# (record, valid?): the reader and the JSON Schema that `ita-lint schema` prints must agree
AGREEMENT = [
    ({"agency": "x", "fiscal_year": 2568}, True),
    ({"$schema": "ita.json", "kind": "plan", "tables": []}, True),
    ({"agency": "x", "tables": [{"kind": "plan", "title": None, "columns": ["name"], "measures": []}]}, True),
    ({"agency": "x", "tables": [{"fiscal_year": 2567, "measures": [{"name": "a", "budget": 1200.5}]}]}, True),
    ({"agency": "x", "tables": [{"measures": [{"name": None, "status": "done"}]}]}, True),
    ({"agency": "x", "colour": "red"}, False),
    ({"kind": "memo"}, False),
    ({"agency": "x", "tables": [{"kind": "budget"}]}, False),
    ({"agency": "x", "tables": [{"columns": ["colour"]}]}, False),
    ({"agency": "x", "tables": [{"measures": [{"name": ["a"]}]}]}, False),
    ({"agency": "x", "tables": [{"measures": [{"nmae": "a"}]}]}, False),
    ({"agency": "x", "tables": {"measures": []}}, False),
    ({"agency": "x", "tables": ["text"]}, False),
    ({"agency": {"name": "x"}}, False),
    ({"agency": "x", "tables": [{"title": ["a"]}]}, False),
    ({"agency": "x", "tables": [{"fiscal_year": 416}]}, False),
    ({"agency": "x", "tables": [{"fiscal_year": 2701}]}, False),
]


@pytest.mark.parametrize(("record", "valid"), AGREEMENT)
def test_the_reader_and_the_printed_schema_agree(record, valid):
    import json

    import jsonschema

    schema_says = not list(jsonschema.Draft202012Validator(record_file.schema()).iter_errors(record))
    try:
        record_file.parse(json.dumps(record, ensure_ascii=False))
        reader_says = True
    except ReadError:
        reader_says = False
    assert schema_says is reader_says is valid


def test_the_printed_schema_is_a_valid_json_schema():
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(record_file.schema())


def test_records_are_immutable_and_read_in_the_assumed_year():
    text = "agency: x\ntables:\n  - measures:\n      - {name: a, period: ต.ค. - ธ.ค.}\n"
    assert record_file.parse(text).tables[0].measures[0].period.value is None
    report = record_file.parse(text, assumed_year=2568)
    period = report.tables[0].measures[0].period
    assert (report.year, report.assumed_year) == (2568, 2568)
    assert (period.value.start, period.value.end) == (date(2024, 10, 1), date(2024, 12, 31))
    with pytest.raises(AttributeError):
        report.kind = DocumentKind.PLAN  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        period.raw = "ตลอดปี"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        del period.value
    stated = record_file.parse("fiscal_year: 2567\n" + text, assumed_year=2568)
    assert (stated.year, stated.assumed_year) == (2567, None)  # a stated year wins
