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
