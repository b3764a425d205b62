"""Load YAML (and JSON, a subset of it) safely while keeping where every value starts.

Positions are kept from the first byte: once a parser throws them away they cannot be recovered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import yaml

try:  # libyaml is several times faster; the pure-Python loader gives the same nodes.
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

from ita_lint.records import Position

PathKey = tuple[str | int, ...]


class YamlSourceError(Exception):
    """YAML that cannot be parsed, with the position of the problem."""

    def __init__(self, message: str, position: Position) -> None:
        super().__init__(message)
        self.position = position


@dataclass
class Located:
    """Plain Python data, and where every value (and every mapping key) is written, by path.

    The nodes are kept and positions worked out when asked for: most are never needed.
    """

    data: Any
    text: str = ""
    nodes: dict[PathKey, yaml.Node] = field(default_factory=dict)
    key_nodes: dict[PathKey, yaml.Node] = field(default_factory=dict)

    @cached_property
    def lines(self) -> list[str]:
        return self.text.splitlines()

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
        line, column = mark.line + 1, mark.column + 1
        if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">") and line < len(self.lines):
            # A block scalar's text starts on the line after its indicator.
            following = self.lines[line]
            line, column = line + 1, len(following) - len(following.lstrip()) + 1
        return Position(line, column)


# Collections are walked here, not constructed, so their tags are checked here (scalars: by the
# safe constructor): `!!python/object` and friends never reach Python.
_COLLECTION_TAGS = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})
# Most scalars of a record are text: their value is the node's, without a trip through the constructor.
_STR_TAG = "tag:yaml.org,2002:str"


class _Builder:
    def __init__(self, text: str) -> None:
        self.out = Located(data=None, text=text)
        # one per document: a constructor remembers every node it built
        self.constructor = yaml.constructor.SafeConstructor()

    def convert(self, node: yaml.Node, path: PathKey) -> Any:
        self.out.nodes[path] = node
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


def load(text: str) -> Located:
    """Parse one YAML document; raise YamlSourceError with a position when it is broken."""
    try:
        node = yaml.compose(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        position = Position(line=mark.line + 1, column=mark.column + 1) if mark else Position()
        message = " ".join(str(part) for part in (error.context, error.problem) if part)
        raise YamlSourceError(message or str(error), position) from error
    except yaml.YAMLError as error:
        raise YamlSourceError(str(error), Position()) from error
    builder = _Builder(text)
    if node is not None:
        try:
            builder.out.data = builder.convert(node, ())
        except yaml.constructor.ConstructorError as error:
            mark = error.problem_mark
            position = Position(line=mark.line + 1, column=mark.column + 1) if mark else Position()
            raise YamlSourceError(str(error.problem), position) from error
    return builder.out
