"""Word documents (`.docx`): paragraphs and tables in body order, with merged cells laid on the table grid.

The main document part is read straight from the package with lxml, and with it only what a
reviewer sees of the other parts: the numbers Word writes before list paragraphs (`numbering.xml`,
and the styles that number their paragraphs), since "1." at the head of a measure lives there,
not in the text. Opening every part (as python-docx does) took most of the time of reading a report.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from ita_lint.layout.model import Break, Item, Line, Row, SourceCell
from ita_lint.limits import DEFAULT, Limits
from ita_lint.readers import ReadError
from ita_lint.readers.office import check_package
from ita_lint.records import Position

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _R, _T = (f"{_W}{name}" for name in ("p", "tbl", "tr", "tc", "r", "t"))
_SDT, _SDT_CONTENT, _HYPERLINK = f"{_W}sdt", f"{_W}sdtContent", f"{_W}hyperlink"
_VAL, _BREAK_TYPE = f"{_W}val", f"{_W}type"
# What a run's elements other than text (w:t) stand for; a page or column break stands for nothing.
_RUN_CHARACTERS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_BREAK = f"{_W}br"
_MAIN_PART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
# Whitespace between elements is layout of the XML, not text (as Word and python-docx read it);
# entities are never expanded and nothing is fetched.
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
# Word tables have at most 63 columns: a larger gridSpan or gridBefore is damage (or an attack on
# memory), and is read as 63.
WORD_MAX_COLUMNS = 63


def _blocks(parent: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs and tables of a body or cell in order, looking inside content controls."""
    for child in parent.iterchildren():
        if child.tag == _P or child.tag == _TBL:
            yield child
        elif child.tag == _SDT and child.find(f"{_W}sdtPr/{_W}showingPlcHdr") is None:
            content = child.find(_SDT_CONTENT)  # a content control's own paragraphs, never its placeholder
            if content is not None:
                yield from _blocks(content)


def _run_text(run: etree._Element) -> str:
    parts = []
    for child in run.iterchildren():
        if child.tag == _T:
            parts.append(child.text or "")
        elif child.tag == _BREAK:
            parts.append("\n" if child.get(_BREAK_TYPE, "textWrapping") == "textWrapping" else "")
        else:
            parts.append(_RUN_CHARACTERS.get(child.tag, ""))
    return "".join(parts)


# Elements whose runs are the paragraph's text as Word shows it: hyperlinks, tracked insertions
# and moves, smart tags, simple fields. Tracked deletions (w:del, w:moveFrom) are not shown.
_RUN_HOLDERS = frozenset(
    f"{_W}{name}" for name in ("hyperlink", "ins", "moveTo", "smartTag", "fldSimple", "customXml")
)


def _paragraph_text(paragraph: etree._Element) -> str:
    """The text of a paragraph's runs as Word shows it: those of its hyperlinks and tracked
    insertions included, tracked deletions left out."""
    parts: list[str] = []
    for child in paragraph.iterchildren():
        if child.tag == _R:
            parts.append(_run_text(child))
        elif child.tag in _RUN_HOLDERS:
            parts.append(_paragraph_text(child))
        elif child.tag == _SDT and child.find(f"{_W}sdtPr/{_W}showingPlcHdr") is None:
            # a content control (a form's field) shows what was typed in it, not its placeholder
            content = child.find(_SDT_CONTENT)
            parts.append(_paragraph_text(content) if content is not None else "")
    return "".join(parts)


def _cell_text(tc: etree._Element) -> str:
    """The cell's non-empty paragraphs, one a line; a nested table's cells follow in reading order."""
    parts: list[str] = []
    for block in _blocks(tc):
        if block.tag == _P:
            text = _paragraph_text(block)
            if text.strip():
                parts.append(text)
        else:
            parts.extend(
                text
                for tr in block.iterchildren(_TR)
                for inner in tr.iterchildren(_TC)
                if (text := _cell_text(inner))
            )
    return "\n".join(parts)


def _count(element: etree._Element, properties: str, name: str, default: int) -> int:
    """The w:val of a count property (`w:tcPr/w:gridSpan`), `default` when it is not set."""
    found = element.find(f"{_W}{properties}/{_W}{name}")
    value = None if found is None else found.get(_VAL)
    return min(default if value is None else int(value), WORD_MAX_COLUMNS)


def _row(tr: etree._Element, table: int, row: int, order: int) -> Row:
    """One cell per grid column, so that data cells line up with the header cells above them."""
    cells: list[SourceCell] = []

    def add(text: str) -> None:
        column = len(cells) + 1
        location = f"table {table} row {row} cell {column}"
        position = Position(line=row, column=column, location=location, order=order)
        cells.append(SourceCell(text, position))

    for _ in range(_count(tr, "trPr", "gridBefore", 0)):
        add("")
    for tc in tr.iterchildren(_TC):
        # A vertically merged cell holds its text in the first row only; the rows below continue it.
        merged = tc.find(f"{_W}tcPr/{_W}vMerge")
        add("" if merged is not None and merged.get(_VAL, "continue") == "continue" else _cell_text(tc))
        for _ in range(_count(tc, "tcPr", "gridSpan", 1) - 1):
            add("")
    return Row(tuple(cells))


_PPR, _NUMPR, _PSTYLE, _NUMID, _ILVL = (f"{_W}{n}" for n in ("pPr", "numPr", "pStyle", "numId", "ilvl"))
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหอฮ"
_LEVEL = re.compile(r"%([1-9])")


class Numbering:
    """Word's automatic list numbers: for each list paragraph, the text Word shows before it."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None) -> None:
        # abstract list -> level -> (format, text pattern, start)
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.lists: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> its levels
        self.styles: dict[str, tuple[str, int]] = {}  # paragraph style -> (numId, level)
        self.counters: dict[str, list[int]] = {}
        if numbering is not None:
            for element in numbering.iterchildren(f"{_W}abstractNum"):
                levels = abstract.setdefault(element.get(f"{_W}abstractNumId", ""), {})
                for level in element.iterchildren(f"{_W}lvl"):
                    levels[int(level.get(f"{_W}ilvl", "0"))] = (
                        _value(level, "numFmt", "decimal"),
                        _value(level, "lvlText", ""),
                        int(_value(level, "start", "1") or 1),
                    )
            for element in numbering.iterchildren(f"{_W}num"):
                self.lists[element.get(f"{_W}numId", "")] = abstract.get(
                    _value(element, "abstractNumId", ""), {}
                )
        if styles is not None:
            for style in styles.iterchildren(f"{_W}style"):
                numbered = style.find(f"{_PPR}/{_NUMPR}")
                if numbered is not None:
                    self.styles[style.get(f"{_W}styleId", "")] = _list_of(numbered, 0)

    def label(self, paragraph: etree._Element) -> str:
        """The number (or bullet) Word shows before a paragraph, counted on; "" for none."""
        properties = paragraph.find(_PPR)
        if properties is None or not self.lists:
            return ""
        numbered = properties.find(_NUMPR)
        style = properties.find(_PSTYLE)
        found = self.styles.get(style.get(_VAL, "")) if style is not None else None
        if numbered is not None:
            found = (
                _list_of(numbered, found[1] if found else 0) if numbered.find(_NUMID) is not None else found
            )
        if found is None or found[0] == "0" or found[0] not in self.lists:
            return ""
        list_id, level = found
        levels = self.lists[list_id]
        if level not in levels:
            return ""
        counters = self.counters.setdefault(list_id, [0] * 10)
        counters[level] = counters[level] + 1 if counters[level] else levels[level][2]
        for deeper in range(level + 1, len(counters)):
            counters[deeper] = 0  # a deeper level starts again under each item of this one
        fmt, pattern, _ = levels[level]
        if fmt == "bullet":
            return "•"
        if fmt == "none":
            return ""

        def number(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            value = counters[at] or (levels.get(at, ("decimal", "", 1))[2])
            return _formatted(levels.get(at, (fmt, "", 1))[0], value)

        return _LEVEL.sub(number, pattern)


def _value(element: etree._Element, name: str, default: str) -> str:
    found = element.find(f"{_W}{name}")
    return default if found is None else found.get(_VAL, default)


def _list_of(numbered: etree._Element, level: int) -> tuple[str, int]:
    ilvl = numbered.find(_ILVL)
    return _value(numbered, "numId", "0"), int(ilvl.get(_VAL, "0")) if ilvl is not None else level


def _formatted(fmt: str, value: int) -> str:
    if fmt in ("thaiNumbers", "thaiCounting"):
        return str(value).translate(_THAI_DIGITS)
    if fmt == "thaiLetters":
        return _THAI_LETTERS[(value - 1) % len(_THAI_LETTERS)]
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    return str(value)  # decimal and whatever else: Arabic digits say the number


def _is_layout(table: etree._Element) -> bool:
    """A table that lays a page out (a title in one cell, the measures table in another) holds a
    table of several rows in a cell: its own cells are no columns of measures."""
    return any(len(inner.findall(_TR)) >= 2 for inner in table.iterfind(f"{_TR}/{_TC}/{_TBL}"))


class _Counts:
    """Paragraphs, tables and reading order, counted through the body and the layout tables."""

    def __init__(self, place: str = "", order: int = 0) -> None:
        self.paragraph = self.table = 0
        self.order = order
        self.place = place  # where the paragraphs are, when not in the body: "page header "


def _walk(parent: etree._Element, numbering: Numbering, counts: _Counts) -> Iterator[Item]:
    for block in _blocks(parent):
        if block.tag == _TBL and _is_layout(block):
            # its cells in reading order, each read as a page of its own
            for tc in block.iterfind(f"{_TR}/{_TC}"):
                yield from _walk(tc, numbering, counts)
                yield Break()
            continue
        if block.tag == _TBL:
            counts.table += 1
            for number, tr in enumerate(block.iterchildren(_TR), start=1):
                if tr.find(f"{_W}trPr/{_W}del") is not None:
                    continue  # a row deleted with changes tracked: Word shows it struck out
                counts.order += 1
                yield _row(tr, counts.table, number, counts.order)
            yield Break()
            continue
        counts.paragraph += 1
        counts.order += 1
        text = _paragraph_text(block)
        label = numbering.label(block) if text.strip() else ""
        if label:
            text = f"{label} {text.lstrip()}"
        if text.strip():
            where = f"{counts.place}paragraph {counts.paragraph}"
            position = Position(line=counts.paragraph, column=1, location=where, order=counts.order)
            yield Line(SourceCell(text, position), paragraph=True)
        else:
            yield Break()
        for box in _text_boxes(block):
            yield from _walk(box, numbering, counts)  # a text box's paragraphs, after its anchor
            yield Break()


_TEXT_BOX, _FALLBACK = (
    f"{_W}txbxContent",
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
)


def _text_boxes(paragraph: etree._Element) -> list[etree._Element]:
    """The text boxes anchored in a paragraph (a measure set in a floating box), each once: the
    fallback copy Word writes for older readers is left out."""
    if paragraph.find(f".//{_TEXT_BOX}") is None:
        return []
    return [
        box
        for box in paragraph.iter(_TEXT_BOX)
        if not any(parent.tag == _FALLBACK for parent in box.iterancestors())
        and not any(parent.tag == _TEXT_BOX for parent in box.iterancestors())
    ]


def items(body: etree._Element, numbering: Numbering | None = None) -> Iterator[Item]:
    """The paragraphs and table rows of a document's body, in reading order; a layout table's
    cells are read in turn, paragraphs and tables alike, as if they were the page."""
    return _walk(body, numbering or Numbering(None, None), _Counts())


def _main_part(package: zipfile.ZipFile) -> str:
    """The name of the document part: the package's officeDocument relationship says which."""
    try:
        relationships = etree.fromstring(package.read("_rels/.rels"), _PARSER)
    except KeyError:
        raise ReadError("not a readable Word document: the package has no _rels/.rels part") from None
    for relationship in relationships.iter(_RELATIONSHIPS):
        if relationship.get("Type") == _MAIN_PART and (target := relationship.get("Target")):
            return target.lstrip("/")
    raise ReadError("not a readable Word document: the package names no main document part")


_HEADER_REFERENCE = f"{_W}headerReference"
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _page_headers(package: zipfile.ZipFile, main: str, root: etree._Element) -> list[etree._Element]:
    """The page headers of the document's first section (its first page's, then the others'):
    the agency and the year are often printed there and nowhere else."""
    folder, _, name = main.rpartition("/")
    references = {
        r.get(_RELATIONSHIP_ID): r
        for r in root.iter(_HEADER_REFERENCE)
        if r.get(_BREAK_TYPE) in ("first", "default")
    }
    if not references:
        return []
    relationships = etree.fromstring(
        _raw(package, f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels") or b"<r/>", _PARSER
    )
    targets = {r.get("Id"): r.get("Target", "") for r in relationships.iter(_RELATIONSHIPS)}
    parts = []
    for target in dict.fromkeys(targets.get(rid, "") for rid in references):
        data = _raw(
            package, f"{folder}/{target}" if folder and not target.startswith("/") else target.lstrip("/")
        )
        if data:
            parts.append(etree.fromstring(data, _PARSER))
    return parts


def open_body(path: Path) -> tuple[etree._Element, Numbering, list[etree._Element]]:
    """The body of a .docx file's main document part, its list numbering and its page headers. A
    package without a main part is a `ReadError`; what a damaged zip or XML raises, `readers.read`
    reports as this file's read error all the same."""
    check_package(path, "Word document", "Word 97-2003 (.doc)")
    with zipfile.ZipFile(path) as package:
        main = _main_part(package)
        data = package.read(main)
        root = etree.fromstring(data, _PARSER)
        headers = _page_headers(package, main, root) if b"headerReference" in data else []
        folder = main.rpartition("/")[0]
        styles = _raw(package, f"{folder}/styles.xml" if folder else "styles.xml")
        # lists are read only where the body numbers a paragraph, itself or by a numbered style
        # (parsing the styles of every document cost more than reading its body)
        numbered_styles = _numbered_styles(styles)
        used = b"numPr" in data or any(b'w:val="' + name + b'"' in data for name in numbered_styles)
        numbering = _raw(package, f"{folder}/numbering.xml" if folder else "numbering.xml") if used else b""
    body = root.find(f"{_W}body")
    if root.tag != f"{_W}document" or body is None:
        what = etree.QName(root).localname
        raise ReadError(f"not a readable Word document: its main part holds <{what}>, not a document body")
    if not numbering:
        return body, Numbering(None, None), headers
    return body, Numbering(etree.fromstring(numbering, _PARSER), etree.fromstring(styles, _PARSER)), headers


_STYLE_ID = re.compile(rb'\bw:styleId="([^"]+)"')


def _numbered_styles(styles: bytes) -> set[bytes]:
    """The ids of the paragraph styles that number their paragraphs: for each <w:numPr>, the
    <w:style> it sits in, looked up backwards from it (one pass over the part, where a regex that
    crossed every style took longer than reading the document)."""
    found: set[bytes] = set()
    at = styles.find(b"<w:numPr")
    while at >= 0:
        start = styles.rfind(b"<w:style ", 0, at)
        if start >= 0 and styles.find(b"</w:style>", start, at) < 0:
            tag = styles[start : styles.find(b">", start) + 1]
            if (name := _STYLE_ID.search(tag)) is not None:
                found.add(name.group(1))
        at = styles.find(b"<w:numPr", at + 1)
    return found


def _raw(package: zipfile.ZipFile, name: str) -> bytes:
    """A part of the package that may be missing (a document without lists or styles): b""."""
    try:
        return package.read(name)
    except KeyError:
        return b""


def items_of(path: Path, limits: Limits = DEFAULT) -> Iterator[Item]:
    body, numbering, headers = open_body(path)
    # the page headers' paragraphs come first, as the title lines above the body
    counts = _Counts("page header ", order=-10_000)
    for header in headers:
        yield from _walk(header, numbering, counts)
    if headers:
        yield Break()
    yield from items(body, numbering)
