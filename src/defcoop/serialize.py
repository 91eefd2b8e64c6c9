"""JSON and JSON Lines for every model, through one configured ``cattrs`` converter.

Dates are ISO strings, enums their values, countries their alpha-2 codes, spans ``[start, end]`` pairs.
Every top-level record carries a ``schema`` version so old files stay readable; records of models other than
:class:`~defcoop.models.Article` also carry their ``type``. Unknown extra fields are ignored (forward
compatibility); malformed data raises :class:`~defcoop.errors.DataError` naming the field.

Example:
    >>> import defcoop
    >>> a = defcoop.Article("Text.", title="Headline")
    >>> defcoop.loads(defcoop.dumps(a)) == a
    True
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar, cast

import cattrs

from defcoop import countries
from defcoop.errors import DataError
from defcoop.models import Article, Country, Meeting, MeetingKind, MeetingStatus, Official, Span, Topic

__all__ = ["SCHEMA_VERSION", "converter", "dumps", "from_dict", "loads", "read_jsonl", "to_dict", "write_jsonl"]

#: Version of the serialised layout. Bump it when a field changes meaning; :func:`loads` reads every older one.
SCHEMA_VERSION = 1

T = TypeVar("T")
_MODELS: dict[str, type[Any]] = {
    cls.__name__: cls for cls in (Article, Official, Meeting, Country, Span)
}


def _structure_country(value: Any, _type: type[Any]) -> Country:
    if not isinstance(value, str):
        raise ValueError(f"expected a country code string, got {value!r}")
    try:
        return countries.get(value)
    except KeyError as exc:
        raise ValueError(str(exc.args[0])) from None


def _structure_date(value: Any, _type: type[Any]) -> dt.date:
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date string, got {value!r}")
    return dt.date.fromisoformat(value)


def _structure_span(value: Any, _type: type[Any]) -> Span:
    if (
        not isinstance(value, (list, tuple))
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise ValueError(f"expected a span [start, end], got {value!r}")
    return Span(value[0], value[1])


def _structure_str(value: Any, _type: type[Any]) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {value!r}")
    return value


def _format_exception(exc: BaseException, type_: type[Any] | None) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    reason = str(exc) or type(exc).__name__
    if type_ is None:
        return f"invalid value ({reason})"
    return f"invalid value for {getattr(type_, '__name__', type_)} ({reason})"


def make_converter() -> cattrs.Converter:
    """Build the converter defcoop uses; exposed so other tools can extend a copy of it.

    Example:
        >>> c = make_converter()
        >>> c.unstructure(Span(1, 4))
        [1, 4]
    """
    conv = cattrs.Converter(forbid_extra_keys=False)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(Country, lambda c: c.code)
    conv.register_structure_hook(Country, _structure_country)
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_structure_hook(Span, _structure_span)
    conv.register_structure_hook(str, _structure_str)
    conv.register_unstructure_hook_func(
        lambda t: t == frozenset[Topic], lambda topics: sorted(t.value for t in topics)
    )
    for enum_cls in (MeetingKind, MeetingStatus, Topic):
        conv.register_unstructure_hook(enum_cls, lambda e: e.value)
    return conv


#: The converter used by :func:`dumps`, :func:`loads` and the JSONL functions.
converter = make_converter()


def to_dict(obj: Article | Official | Meeting | Country | Span) -> dict[str, Any]:
    """Unstructure a model into JSON-ready builtins, with ``schema`` (and ``type`` for non-articles).

    Example:
        >>> to_dict(Span(0, 4))
        {'schema': 1, 'type': 'Span', 'value': [0, 4]}
    """
    raw = converter.unstructure(obj)
    if isinstance(obj, Article):
        return {"schema": SCHEMA_VERSION, **raw}
    if isinstance(raw, dict):
        return {"schema": SCHEMA_VERSION, "type": type(obj).__name__, **raw}
    return {"schema": SCHEMA_VERSION, "type": type(obj).__name__, "value": raw}


def from_dict(data: Any, cls: type[T] | None = None) -> T:
    """Structure a dict made by :func:`to_dict` back into a model.

    Args:
        data: The dict.
        cls: The model class; by default the ``type`` the dict names, else :class:`Article`.

    Raises:
        DataError: The data is not a valid record; the message names the field.

    Example:
        >>> from_dict({"schema": 1, "type": "Span", "value": [0, 4]})
        Span(start=0, end=4)
    """
    if not isinstance(data, dict):
        raise DataError(f"$: expected a JSON object, got {type(data).__name__}")
    schema = data.get("schema", SCHEMA_VERSION)
    if not isinstance(schema, int) or isinstance(schema, bool) or schema > SCHEMA_VERSION:
        raise DataError(f"$.schema: unsupported schema version {schema!r} (this defcoop reads up to {SCHEMA_VERSION})")
    if cls is None:
        name = data.get("type", "Article")
        if name not in _MODELS:
            raise DataError(f"$.type: unknown record type {name!r}")
        cls = cast("type[T]", _MODELS[name])
    payload: Any = data.get("value", data) if cls in (Country, Span) else data
    try:
        return converter.structure(payload, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        if isinstance(exc, cattrs.BaseValidationError):
            detail = "; ".join(cattrs.transform_error(exc, format_exception=_format_exception))
        else:
            detail = f"$: {exc}"
        raise DataError(detail) from exc


def dumps(obj: Article | Official | Meeting | Country | Span, *, indent: int | None = None) -> str:
    """Serialise a model to a JSON string.

    Example:
        >>> dumps(Span(0, 4))
        '{"schema": 1, "type": "Span", "value": [0, 4]}'
    """
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def loads(text: str | bytes, cls: type[T] | None = None) -> T:
    """Parse a JSON string made by :func:`dumps` back into a model (an :class:`Article` by default).

    Raises:
        DataError: The text is not JSON, or not a valid record; the message names the field.

    Example:
        >>> loads('{"schema": 1, "type": "Span", "value": [2, 5]}')
        Span(start=2, end=5)
    """
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DataError(f"not valid JSON: {exc}") from None
    return from_dict(data, cls)


def write_jsonl(articles: Iterable[Article], path: str | Path | IO[str]) -> int:
    """Write articles as JSON Lines, one article a line; return how many were written.

    Example:
        >>> import io
        >>> buf = io.StringIO()
        >>> write_jsonl([Article("a"), Article("b")], buf)
        2
    """
    if isinstance(path, (str, Path)):
        with open(path, "w", encoding="utf-8") as fh:
            return write_jsonl(articles, fh)
    n = 0
    for article in articles:
        path.write(json.dumps(to_dict(article), ensure_ascii=False))
        path.write("\n")
        n += 1
    return n


def read_jsonl(path: str | Path | IO[str]) -> Iterator[Article]:
    """Read articles written by :func:`write_jsonl`, lazily; blank lines are skipped.

    Raises:
        DataError: A line is not a valid article; the message gives its line number.

    Example:
        >>> import io
        >>> buf = io.StringIO()
        >>> _ = write_jsonl([Article("a")], buf)
        >>> [a.text for a in read_jsonl(io.StringIO(buf.getvalue()))]
        ['a']
    """
    if isinstance(path, (str, Path)):
        with open(path, encoding="utf-8") as fh:
            yield from read_jsonl(fh)
        return
    for lineno, line in enumerate(path, 1):
        if not line.strip():
            continue
        try:
            yield loads(line, Article)
        except DataError as exc:
            raise DataError(f"line {lineno}: {exc}") from exc
