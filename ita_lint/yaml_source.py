"""Load YAML (and JSON, a subset of it) safely while keeping where every value starts.

Positions are kept from the first byte: once a parser throws them away they cannot be recovered.
"""

from __future__ import annotations

import re
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


def _too_deep(limit: int, position: Position) -> YamlSourceError:
    return YamlSourceError(f"nested more than {limit} levels deep", position, limit=True)


_INDENTATION = re.compile(" *")


class Source:
    """A YAML text, and where each of its nodes starts as an editor numbers lines."""

    def __init__(self, text: str) -> None:
        self.text = text

    @once
    def _index(self) -> LineIndex:
        return LineIndex(self.text)

    @once
    def _libyaml_lines_differ(self) -> bool:
        return breaks_elsewhere(self.text)

    def position(self, node: yaml.Node) -> Position:
        mark = node.start_mark
        if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
            # A block scalar's text starts on the line after its indicator, past its indentation.
            after = LINE_BREAK.search(self.text, mark.index)
            if after is not None:
                return Position(*self._index.at(_INDENTATION.match(self.text, after.end()).end()))  # type: ignore[union-attr]
        if self._libyaml_lines_differ:
            return Position(*self._index.at(mark.index))
        return Position(mark.line + 1, mark.column + 1)


class Located:
    """Plain Python data, and where every value (and every mapping key) is written, by path.

    The nodes are kept and positions worked out when asked for: most are never needed.
    """

    def __init__(self, data: Any, source: Source) -> None:
        self.data = data
        self.source = source
        self.nodes: dict[PathKey, yaml.Node] = {}
        self.key_nodes: dict[PathKey, yaml.Node] = {}

    def position(self, path: PathKey) -> Position:
        """The position of the value at `path`, or of its closest ancestor."""
        for end in range(len(path), -1, -1):
            node = self.nodes.get(path[:end])
            if node is not None:
                return self.source.position(node)
        return Position()

    def key_position(self, path: PathKey) -> Position:
        node = self.key_nodes.get(path)
        return self.source.position(node) if node is not None else self.position(path)


# The tag of a collection that names none.
_DEFAULT_TAG = {yaml.MappingNode: "tag:yaml.org,2002:map", yaml.SequenceNode: "tag:yaml.org,2002:seq"}
# Collections are walked, not constructed, so their tags are checked by the walker (scalars: by
# the safe constructor): `!!python/object` and friends never reach Python.
_COLLECTION_TAGS = frozenset(_DEFAULT_TAG.values())
# Most scalars of a record are text: their value is the node's, without a trip through the constructor.
_STR_TAG = "tag:yaml.org,2002:str"
_SCALAR = yaml.ScalarNode


class Walker:
    """Reads a composed document node by node: values, positions, and a budget of nodes, since
    aliases are expanded as they are walked (a budget stops a "billion laughs" document)."""

    def __init__(self, source: Source, max_nodes: int) -> None:
        self.source = source
        self.budget = max_nodes
        # one per document: a constructor remembers every node it built
        self.constructor = yaml.constructor.SafeConstructor()

    def visit(self, node: yaml.Node, values: int = 1) -> None:
        """Count `values` walked at `node` (a collection may count its items at once)."""
        self.budget -= values
        if self.budget < 0:
            message = "more values than the limit once aliases are expanded"
            raise YamlSourceError(message, self.source.position(node), limit=True)

    def is_collection(self, node: yaml.Node) -> bool:
        """A mapping or a sequence, with one of the plain tags (any other is refused)."""
        if isinstance(node, yaml.ScalarNode):
            return False
        if node.tag not in _COLLECTION_TAGS:
            raise YamlSourceError(f"tag {node.tag} is not allowed", self.source.position(node))
        return True

    def scalar(self, node: yaml.Node) -> Any:
        """A scalar's value: text as it is, other tags through the safe constructor."""
        if node.tag == _STR_TAG:
            return node.value
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as error:
            raise YamlSourceError(str(error.problem), self.source.position(node)) from error
        except ValueError as error:  # a timestamp such as 2024-13-45
            raise YamlSourceError(
                f"cannot read {node.value!r}: {error}", self.source.position(node)
            ) from error


class _Builder(Walker):
    """Plain Python data, with the node of every value and mapping key kept by path."""

    def __init__(self, source: Source, max_depth: int, max_nodes: int) -> None:
        super().__init__(source, max_nodes)
        self.max_depth = max_depth
        self.out = Located(data=None, source=source)

    def convert(self, node: yaml.Node, path: PathKey) -> Any:
        self.out.nodes[path] = node
        self.visit(node)
        if len(path) > self.max_depth:  # an alias inside itself (`&a [*a]`) nests without end
            raise _too_deep(self.max_depth, self.source.position(node))
        if not self.is_collection(node):
            return self.scalar(node)
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self.scalar(key_node)  # a collection as a key ([x, y]) is constructed safely too
                key = key if isinstance(key, str | int) else str(key)
                self.out.key_nodes[(*path, key)] = key_node
                result[key] = self.convert(value_node, (*path, key))
            return result
        return [self.convert(item, (*path, index)) for index, item in enumerate(node.value)]


# The safe loader's implicit resolvers, by the first character of a plain scalar ('' for empty).
_IMPLICIT: dict[str, list[tuple[str, re.Pattern[str]]]] = SafeLoader.yaml_implicit_resolvers


class _Loader(SafeLoader):  # type: ignore[misc, valid-type]
    """The safe loader, answering libyaml's call back for every node's tag directly: it has no
    path or wildcard resolvers, which the generic resolver looks up on every call."""

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is not _SCALAR:
            return _DEFAULT_TAG[kind]
        if implicit[0]:  # plain, not quoted: 2568, yes, ~ and 2024-10-01 are not text
            for tag, regexp in _IMPLICIT.get(value[:1], ()):
                if regexp.match(value):
                    return tag
        return _STR_TAG

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


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


_LIBYAML_TOO_DEEP = "exceeded maximum nesting depth"  # libyaml's own limit, as its error says


def _check_depth(text: str, limit: int) -> None:
    """Refuse documents nested deeper than `limit`, before libyaml's composer (which recurses on
    the C stack and crashes the process some 20,000 levels down) ever sees them."""
    if not _may_nest_deeper(text, limit):
        return
    depth = 0
    try:
        for event in yaml.parse(text, Loader=SafeLoader):  # the parser keeps its stack on the heap
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > limit:
                    raise _too_deep(limit, mark_position(text, event.start_mark))
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as error:
        # libyaml 0.2.6 (in PyYAML 6.0.4) stops at 1000 levels, and its scanner reads ahead through
        # a run of opening brackets: its own limit can come before the events counted here
        if error.problem != _LIBYAML_TOO_DEEP or error.problem_mark is None:
            raise
        raise _too_deep(limit, mark_position(text, error.problem_mark)) from error


def compose(text: str, max_depth: int = DEFAULT.yaml_depth) -> yaml.Node | None:
    """The node tree of one YAML document; raise YamlSourceError with a position when it is
    broken or nested deeper than `max_depth`."""
    try:
        _check_depth(text, max_depth)
        return yaml.compose(text, Loader=_Loader)  # type: ignore[no-any-return]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        position = mark_position(text, mark) if mark else Position()
        message = " ".join(str(part) for part in (error.context, error.problem) if part)
        raise YamlSourceError(message or str(error), position) from error
    except yaml.YAMLError as error:
        raise YamlSourceError(str(error), Position()) from error


def load(text: str, max_depth: int = DEFAULT.yaml_depth, max_nodes: int = DEFAULT.yaml_nodes) -> Located:
    """Parse one YAML document into plain data with positions; raise YamlSourceError as
    `compose` does, and when, with its aliases expanded, it is larger than `max_nodes` values."""
    node = compose(text, max_depth)
    builder = _Builder(Source(text), max_depth, max_nodes)
    if node is not None:
        builder.out.data = builder.convert(node, ())
    return builder.out
