"""The error hierarchy: one base class to catch, and errors that survive a process pool (pickling)."""

from __future__ import annotations

import inspect
import pickle

import pytest

import defcoop
from defcoop import errors


@pytest.mark.parametrize(
    "exc",
    [
        errors.InputTooLarge(2_000_000, 1_000_000),
        errors.UnknownCountryError("Kazakstan", ("Kazakhstan",)),
        errors.DataError("$.text: required field missing"),
        errors.StoreError("not a defcoop store"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_pickle_round_trip(exc: Exception) -> None:
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is type(exc)
    assert str(back) == str(exc)
    assert vars(back) == vars(exc)


def test_every_error_class_derives_from_the_base() -> None:
    classes = [
        c
        for _, c in inspect.getmembers(errors, inspect.isclass)
        if issubclass(c, Exception) and not issubclass(c, Warning)
    ]
    assert classes
    for cls in classes:
        assert issubclass(cls, defcoop.DefcoopError), cls


def test_decoding_warning_is_a_warning_exported_at_top_level() -> None:
    assert defcoop.DecodingWarning is errors.DecodingWarning
    assert issubclass(defcoop.DecodingWarning, UserWarning)


def test_parse_raises_one_catchable_class_for_oversized_input() -> None:
    with pytest.raises(defcoop.DefcoopError, match="over the limit"):
        defcoop.parse("x" * 11, max_chars=10)
