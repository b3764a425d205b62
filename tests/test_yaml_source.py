from __future__ import annotations

import pytest

from ita_lint import yaml_source
from ita_lint.records import Position


def test_positions_of_values_keys_and_block_scalars():
    located = yaml_source.load("agency: อบต.ตัวอย่าง\ntables:\n  - measures:\n      - name: |\n          หนึ่ง\n")
    assert located.data == {"agency": "อบต.ตัวอย่าง", "tables": [{"measures": [{"name": "หนึ่ง\n"}]}]}
    assert located.position(("agency",)) == Position(line=1, column=9)
    assert located.key_position(("agency",)) == Position(line=1, column=1)
    assert located.position(("tables", 0, "measures", 0)) == Position(line=4, column=9)
    # a block scalar's text starts on the line after its indicator
    assert located.position(("tables", 0, "measures", 0, "name")) == Position(line=5, column=11)
    # unknown paths fall back to their closest known ancestor
    assert located.position(("tables", 0, "measures", 0, "nothing")) == Position(line=4, column=9)


def test_json_is_read_with_positions():
    located = yaml_source.load('{"agency": "x",\n "fiscal_year": 2568}')
    assert located.data == {"agency": "x", "fiscal_year": 2568}
    assert located.position(("fiscal_year",)) == Position(line=2, column=17)


@pytest.mark.parametrize(
    ("text", "line"),
    [("agency: [unclosed\n", 2), ("a: 1\n b: 2\n", 2), ("- x\ny: 1\n", 2)],
)
def test_broken_yaml_says_where(text, line):
    with pytest.raises(yaml_source.YamlSourceError) as raised:
        yaml_source.load(text)
    assert raised.value.position.line == line


def test_unsafe_tags_are_refused():
    with pytest.raises(yaml_source.YamlSourceError):
        yaml_source.load("x: !!python/object/apply:os.system ['echo hacked']\n")


def test_empty_document():
    assert yaml_source.load("").data is None


def test_typed_scalars_are_constructed_and_text_is_kept_as_written():
    from datetime import date

    located = yaml_source.load("a: 2568\nb: 2024-10-01\nc: yes\nd: '2568'\ne: ~\n? [x, y]\n: 1\n")
    assert located.data == {
        "a": 2568,
        "b": date(2024, 10, 1),
        "c": True,
        "d": "2568",
        "e": None,
        "['x', 'y']": 1,
    }


@pytest.mark.parametrize(
    "scalar",
    [
        "",
        "~",
        "null",
        "Yes",
        "off",
        "2568",
        "0x1F",
        "1_000",
        "-5",
        "+5",
        ".inf",
        "-.NaN",
        "2568.50",
        "2024-10-01",
        "2024-10-01 10:00:00",
        "=",
        "<<",
        "ต.ค. 67",
        "'2568'",
        '"yes"',
        "|\n  yes\n",
    ],
)
def test_scalars_get_the_tags_of_the_safe_loader(scalar):
    import yaml

    text = f"a: {scalar}\n"
    ours = yaml_source.compose(text).value[0][1]
    theirs = yaml.compose(text, Loader=yaml.SafeLoader).value[0][1]
    assert (ours.tag, ours.value) == (theirs.tag, theirs.value)


def test_a_date_that_is_no_date_is_an_error_where_it_is_written():
    with pytest.raises(yaml_source.YamlSourceError) as raised:
        yaml_source.load("agency: x\nfiscal_year: 2024-13-45\n")
    assert raised.value.position == Position(line=2, column=14)
    assert "2024-13-45" in str(raised.value)
