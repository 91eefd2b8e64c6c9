"""The exceptions defcoop raises on purpose.

Every error the library raises deliberately derives from :class:`DefcoopError`, so a caller can catch
one class::

    try:
        article = defcoop.loads(payload)
    except defcoop.DefcoopError as exc:
        log.warning("skipping record: %s", exc)
"""

from __future__ import annotations

__all__ = ["DataError", "DecodingWarning", "DefcoopError", "InputTooLarge", "StoreError", "UnknownCountryError"]


class DefcoopError(Exception):
    """Base class of every error defcoop raises on purpose.

    Example:
        >>> issubclass(DataError, DefcoopError)
        True
    """


class DataError(DefcoopError, ValueError):
    """Serialised data is malformed: bad JSON, a missing or mistyped field, an unknown code.

    The message names the field that failed, e.g. ``meetings[0].date: invalid isoformat string``.

    Example:
        >>> import defcoop
        >>> try:
        ...     defcoop.loads('{"schema": 1, "text": 3}')
        ... except defcoop.DataError as exc:
        ...     print(type(exc).__name__)
        DataError
    """


class InputTooLarge(DefcoopError, ValueError):
    """The text given to :func:`defcoop.parse` exceeds the configured size limit.

    Attributes:
        size: Length of the input in characters.
        limit: The limit in force.

    Example:
        >>> err = InputTooLarge(2_000_000, 1_000_000)
        >>> err.size, err.limit
        (2000000, 1000000)
    """

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(
            f"input is {size:,} characters, over the limit of {limit:,}; "
            "pass max_chars=... to parse() to raise the limit"
        )

    def __reduce__(self) -> tuple[type[InputTooLarge], tuple[int, int]]:
        # rebuilt from (size, limit), not from the message, so it survives pickling (process pools)
        return (type(self), (self.size, self.limit))


class StoreError(DefcoopError):
    """A file cannot be used as a :class:`defcoop.Store`: not a defcoop store, damaged, or of a newer schema.

    Example:
        >>> issubclass(StoreError, DefcoopError)
        True
    """


class UnknownCountryError(DefcoopError, LookupError):
    """A country name or code given by the user (e.g. in a query filter) is not known.

    Attributes:
        query: What the user gave.
        suggestions: Close matches, best first (may be empty).

    Example:
        >>> err = UnknownCountryError("Kazakstan", ("Kazakhstan",))
        >>> str(err)
        "unknown country 'Kazakstan'; did you mean: Kazakhstan?"
    """

    def __init__(self, query: str, suggestions: tuple[str, ...] = ()) -> None:
        self.query = query
        self.suggestions = suggestions
        hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown country {query!r}{hint}")

    def __reduce__(self) -> tuple[type[UnknownCountryError], tuple[str, tuple[str, ...]]]:
        return (type(self), (self.query, self.suggestions))


class DecodingWarning(UserWarning):
    """An input was not clean UTF-8 and was decoded with a fallback; the message names the file.

    Filter it like any warning, e.g. ``warnings.simplefilter("ignore", defcoop.DecodingWarning)``.

    Example:
        >>> issubclass(DecodingWarning, UserWarning)
        True
    """
