"""Load YAML (and JSON, a subset of it) safely while keeping where every value starts.

Positions are kept from the first byte: once a parser throws them away they cannot be recovered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from ita_lint.memo import once

try:  # libyaml is several times faster; the pure-Python loader gives the same nodes.
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

from ita_lint.limits import DEFAULT
from ita_lint.lines import LINE_BREAK, LineIndex, breaks_elsewhere
from ita_lint.records import Position

PathKey = tuple[str | int, ...]


class YamlSourceError(Exception):
    """YAML that cannot be parsed (or is beyond the limits: `limit`), with where the problem is."""

    def __init__(self, message: str, position: Position, limit: bool = False) -> None:
        super().__init__(message)
        self.position = position
        self.limit = limit


@dataclass
class Located:
    """Plain Python data, and where every value (and every mapping key) is written, by path.

    The nodes are kept and positions worked out when asked for: most are never needed.
    """

    data: Any
    text: str = ""
    nodes: dict[PathKey, yaml.Node] = field(default_factory=dict)
    key_nodes: dict[PathKey, yaml.Node] = field(default_factory=dict)

    @once
    def _index(self) -> LineIndex:
        return LineIndex(self.text)

    @once
    def _libyaml_lines_differ(self) -> bool:
        return breaks_elsewhere(self.text)

    def position(self, path: PathKey) -> Position:
        """The position of the value at `path`, or of its closest ancestor."""
        node = self.nodes.get(path)
        if node is not None:
            return self._start(node)
        for end in range(len(path) - 1, -1, -1):
            node = self.nodes.get(path[:end])
            if node is not None:
                return self._start(node)
        return Position()

    def key_position(self, path: PathKey) -> Position:
        node = self.key_nodes.get(path)
        return self._start(node) if node is not None else self.position(path)

    def _start(self, node: yaml.Node) -> Position:
        mark = node.start_mark
        if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
            # A block scalar's text starts on the line after its indicator, past its indentation.
            after = LINE_BREAK.search(self.text, mark.index)
            if after is not None:
                following = self.text[after.end() :]
                return Position(*self._index.at(after.end() + len(following) - len(following.lstrip(" "))))
        if self._libyaml_lines_differ:
            return Position(*self._index.at(mark.index))
        return Position(mark.line + 1, mark.column + 1)


# Collections are walked here, not constructed, so their tags are checked here (scalars: by the
# safe constructor): `!!python/object` and friends never reach Python.
_COLLECTION_TAGS = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})
# Most scalars of a record are text: their value is the node's, without a trip through the constructor.
_STR_TAG = "tag:yaml.org,2002:str"


class _Builder:
    def __init__(self, text: str, max_depth: int, max_nodes: int) -> None:
        self.max_depth = max_depth
        self.out = Located(data=None, text=text)
        # aliases are expanded as they are walked: a budget stops a "billion laughs" document
        self.budget = max_nodes
        # one per document: a constructor remembers every node it built
        self.constructor = yaml.constructor.SafeConstructor()

    def convert(self, node: yaml.Node, path: PathKey) -> Any:
        self.out.nodes[path] = node
        self.budget -= 1
        if len(path) > self.max_depth:  # an alias inside itself (`&a [*a]`) nests without end
            position = self.out.position(path)
            raise YamlSourceError(f"nested more than {self.max_depth} levels deep", position, limit=True)
        if self.budget < 0:
            position = self.out.position(path)
            raise YamlSourceError(
                "more values than the limit once aliases are expanded", position, limit=True
            )
        if isinstance(node, yaml.MappingNode):
            if node.tag not in _COLLECTION_TAGS:
                raise YamlSourceError(f"tag {node.tag} is not allowed", self.out.position(path))
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self.scalar(key_node)
                key = key if isinstance(key, str | int) else str(key)
                self.out.key_nodes[(*path, key)] = key_node
                result[key] = self.convert(value_node, (*path, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            if node.tag not in _COLLECTION_TAGS:
                raise YamlSourceError(f"tag {node.tag} is not allowed", self.out.position(path))
            return [self.convert(item, (*path, index)) for index, item in enumerate(node.value)]
        return self.scalar(node)

    def scalar(self, node: yaml.Node) -> Any:
        if node.tag == _STR_TAG:
            return node.value
        return self.constructor.construct_object(node, deep=True)


def mark_position(text: str, mark: yaml.Mark) -> Position:
    """Where a libyaml mark is, as an editor numbers lines; the end of the text is on its last line."""
    return Position(*LineIndex(text).at(mark.index))


def _may_nest_deeper(text: str, limit: int) -> bool:
    """Whether collections might nest deeper than `limit`, from a cheap look at the text: each
    level is an opening bracket, or one more character at the start of a line (indentation and
    the indicators `- `, `? `, `: `; a sequence may sit at its parent key's indentation, hence two
    levels a character), plus a key after them."""
    room = (limit - text.count("[") - text.count("{") - 2) // 2
    if room < 0:
        return True
    # a search for a line break is a fast scan; `^` with MULTILINE tries every character
    deep_start = f"[ \\t?:-]{{{room + 1}}}"
    return re.match(deep_start, text) is not None or re.search("\n" + deep_start, text) is not None


def _check_depth(text: str, limit: int) -> None:
    """Refuse documents nested deeper than `limit`, before libyaml's composer (which recurses on
    the C stack and crashes the process some 20,000 levels down) ever sees them."""
    if not _may_nest_deeper(text, limit):
        return
    depth = 0
    for event in yaml.parse(text, Loader=SafeLoader):  # the parser keeps its stack on the heap
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > limit:
                position = mark_position(text, event.start_mark)
                raise YamlSourceError(f"nested more than {limit} levels deep", position, limit=True)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def load(text: str, max_depth: int = DEFAULT.yaml_depth, max_nodes: int = DEFAULT.yaml_nodes) -> Located:
    """Parse one YAML document; raise YamlSourceError with a position when it is broken, nested
    deeper than `max_depth` or, with its aliases expanded, larger than `max_nodes` values."""
    try:
        _check_depth(text, max_depth)
        node = yaml.compose(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        position = mark_position(text, mark) if mark else Position()
        message = " ".join(str(part) for part in (error.context, error.problem) if part)
        raise YamlSourceError(message or str(error), position) from error
    except yaml.YAMLError as error:
        raise YamlSourceError(str(error), Position()) from error
    builder = _Builder(text, max_depth, max_nodes)
    if node is not None:
        try:
            builder.out.data = builder.convert(node, ())
        except yaml.constructor.ConstructorError as error:
            mark = error.problem_mark
            position = mark_position(text, mark) if mark else Position()
            raise YamlSourceError(str(error.problem), position) from error
    return builder.out
