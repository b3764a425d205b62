"""`once`: a property computed on first use and kept on the instance.

functools.cached_property does the same, but on Python 3.11 it takes a lock on every first
access, which costs about twice the work of a cell's display text; records are built by one
thread and never shared half-built, so they need no lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class once(Generic[T]):
    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> once[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> T | once[T]:
        if instance is None:
            return self
        # a non-data descriptor: once set, the instance's own value is found before this
        value = instance.__dict__[self.name] = self.func(instance)
        return value


def preset(instance: object, **values: Any) -> None:
    """Give `once` properties of an instance their values ahead of first use: values worked out
    for many instances at once."""
    instance.__dict__.update(values)


def passed_on(source: object, target: T, names: tuple[str, ...]) -> T:
    """`target` (built from `source`) given the `once` values among `names` that `source` has."""
    known = source.__dict__
    target.__dict__.update({name: known[name] for name in names if name in known})
    return target
