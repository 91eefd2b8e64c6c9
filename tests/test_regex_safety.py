"""Every compiled regular expression in defcoop runs in linear time on hostile input.

Two checks, over every ``re.Pattern`` found at module level in a ``defcoop`` module (directly or inside a
module-level tuple, list, set or dict, as the ``_lang`` data modules keep them) and in each language's resources
(``defcoop._lang.get(code)``, whose patterns are built from the word lists):

1. A **static** check of the parsed pattern tree (``re._parser``, ``sre_parse`` before Python 3.11) for the shapes
   that backtrack catastrophically:

   - *nested* unbounded quantifiers, where the inner repetition can split one outer iteration into several,
     e.g. ``(a+)+``, ``(\\w+\\s?)*``, ``(?:\\w+(?:-\\w+)*)+``. A nested repetition is accepted when every outer
     iteration must consume a character the inner one cannot match (a separator), as in
     ``(?:\\s+[A-Z][a-z]+)*``: then the iterations cannot be re-split and the match stays linear;
   - *adjacent* unbounded quantifiers over overlapping characters with only optional items between them,
     e.g. ``\\w+\\s*\\w+``, ``\\d+\\d*``, ``.*\\s*.*``.

   Possessive quantifiers and atomic groups (Python 3.11+) never backtrack and are exempt.
2. A **timed** check: each pattern runs ``finditer`` over hostile strings of 100,000 characters (runs of capitals,
   digits, dots, dashes, spaces, "General General ...", and strings pumped from the pattern's own repetitions,
   e.g. ``"Ab Ab Ab ..."`` for ``(?:[A-Z][a-z]+\\s)+``) within a budget. This also catches the one quadratic shape
   the static check leaves alone: a search that restarts inside a long run, e.g. ``\\d+\\.\\d+`` over a run of
   digits (fix it with a guard such as ``(?<!\\d)\\d+\\.\\d+``, or ``\\b``). Strings are first tried at 10,000
   characters, so a quadratic pattern fails in a fraction of a second rather than after minutes.

Known offenders in modules still being fixed are listed in ``KNOWN`` with the reason, as strict xfails.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Iterator
from typing import Any, NamedTuple

import attrs
import pytest

import defcoop
from defcoop import _lang

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants
    import sre_parse

C = sre_constants
MAXREPEAT = C.MAXREPEAT
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)  # backtracking repetitions; POSSESSIVE_REPEAT never backtracks
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)
_POSSESSIVE = getattr(C, "POSSESSIVE_REPEAT", None)

# Characters standing in for "every character": letters of both cases and scripts, digits, space, punctuation.
ALPHABET = (
    "aA0 ._-,;:'\"()[]/\\\n\t\r!?&%$#@*+=<>|~`^{}"
    "zZ9bBcCeExX"
    "éÀßÉñ’“”–—…«»·"
    "яЯжЖёЁ"
    "\u00a0\u200b\u2028"
)

Node = tuple[Any, Any]
Charset = frozenset[str]


# ------------------------------------------------------------------------------------------------ char sets

_CATEGORY_RES = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}


def _fold(ch: str, ignorecase: bool) -> set[str]:
    return {c for c in (ch, ch.lower(), ch.upper()) if len(c) == 1} if ignorecase else {ch}


def _in_set(items: list[Node], ch: str, flags: int) -> bool:
    ignorecase = bool(flags & C.SRE_FLAG_IGNORECASE)
    ascii_only = re.ASCII if flags & C.SRE_FLAG_ASCII else 0
    negate = False
    hit = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit = hit or chr(av) in _fold(ch, ignorecase)
        elif op is C.RANGE or op is getattr(C, "RANGE_UNI_IGNORE", None):
            lo, hi = av
            hit = hit or any(lo <= ord(c) <= hi for c in _fold(ch, ignorecase))
        elif op is C.CATEGORY:
            hit = hit or re.fullmatch(_CATEGORY_RES[av], ch, ascii_only) is not None
    return hit != negate


def charset(seq: list[Node], flags: int) -> Charset:
    """The characters of ``ALPHABET`` (and the pattern's own literals) that ``seq`` can consume, anywhere."""
    out: set[str] = set()
    for op, av in seq:
        if op is C.LITERAL:
            out |= _fold(chr(av), bool(flags & C.SRE_FLAG_IGNORECASE))
        elif op is C.NOT_LITERAL:
            out |= set(ALPHABET) - _fold(chr(av), bool(flags & C.SRE_FLAG_IGNORECASE))
        elif op is C.ANY:
            out |= set(ALPHABET) if flags & C.SRE_FLAG_DOTALL else set(ALPHABET) - {"\n"}
        elif op is C.IN:
            candidates = set(ALPHABET) | {chr(a) for o, a in av if o is C.LITERAL}
            candidates |= {chr(a[0]) for o, a in av if o is C.RANGE}
            out |= {ch for ch in candidates if _in_set(av, ch, flags)}
        elif op is C.GROUPREF:
            out |= set(ALPHABET)
        else:
            for child, child_flags in _children(op, av, flags):
                out |= charset(child, child_flags)
    return frozenset(out)


def edge_chars(seq: list[Node], flags: int, *, last: bool = False) -> Charset:
    """The characters ``seq`` can begin with (or end with, when ``last``)."""
    out: set[str] = set()
    for op, av in reversed(seq) if last else seq:
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN, C.GROUPREF):
            out |= charset([(op, av)], flags)
        elif op not in _ZERO_WIDTH:
            for child, child_flags in _children(op, av, flags):
                out |= edge_chars(child, child_flags, last=last)
        if not _nullable_node(op, av):
            break
    return frozenset(out)


def _children(op: Any, av: Any, flags: int) -> Iterator[tuple[list[Node], int]]:
    """The sub-sequences of one node, with the flags in force inside them."""
    if op in _REPEATS or op is _POSSESSIVE:
        yield list(av[2]), flags
    elif op is C.SUBPATTERN:
        _group, add_flags, del_flags, p = av
        yield list(p), (flags | add_flags) & ~del_flags
    elif op is C.BRANCH:
        for branch in av[1]:
            yield list(branch), flags
    elif op is _ATOMIC:
        yield list(av), flags
    elif op in (C.ASSERT, C.ASSERT_NOT):
        yield list(av[1]), flags
    elif op is C.GROUPREF_EXISTS:
        _group, yes, no = av
        yield list(yes), flags
        if no is not None:
            yield list(no), flags


def nullable(seq: list[Node]) -> bool:
    """True when ``seq`` can match the empty string."""
    return all(_nullable_node(op, av) for op, av in seq)


def _nullable_node(op: Any, av: Any) -> bool:
    if op in _ZERO_WIDTH or op is C.GROUPREF:
        return True
    if op in _REPEATS or op is _POSSESSIVE:
        return av[0] == 0 or nullable(list(av[2]))
    if op is C.SUBPATTERN:
        return nullable(list(av[3]))
    if op is C.BRANCH:
        return any(nullable(list(b)) for b in av[1])
    if op is _ATOMIC:
        return nullable(list(av))
    if op is C.GROUPREF_EXISTS:
        return nullable(list(av[1])) or av[2] is None or nullable(list(av[2]))
    return False


def _unbounded(op: Any, av: Any) -> bool:
    return op in _REPEATS and av[1] == MAXREPEAT


def _flatten(seq: list[Node], flags: int) -> list[tuple[Any, Any, int]]:
    """Inline plain groups into the sequence around them, so ``(\\w+)\\s*(\\w+)`` is seen as three items."""
    out: list[tuple[Any, Any, int]] = []
    for op, av in seq:
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, p = av
            out.extend(_flatten(list(p), (flags | add_flags) & ~del_flags))
        else:
            out.append((op, av, flags))
    return out


# --------------------------------------------------------------------------------------------- the checker


def _inner_repeats(seq: list[Node], flags: int) -> Iterator[tuple[Node, int]]:
    """Unbounded backtracking repetitions anywhere inside ``seq`` (not inside possessive or atomic parts)."""
    for op, av in seq:
        if op is _ATOMIC or op is _POSSESSIVE or op in (C.ASSERT, C.ASSERT_NOT):
            continue
        if _unbounded(op, av):
            yield (op, av), flags
        for child, child_flags in _children(op, av, flags):
            yield from _inner_repeats(child, child_flags)


def _show(op: Any, av: Any) -> str:
    lo, hi, _body = av
    return f"{{{lo},{'' if hi == MAXREPEAT else hi}}} repeat"


def problems(pattern: re.Pattern[str]) -> list[str]:
    """Static findings for one compiled pattern: ``nested: ...`` and ``adjacent: ...`` descriptions."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    found: list[str] = []
    _check(list(tree.data), pattern.flags, found)
    return found


def _check(seq: list[Node], flags: int, found: list[str]) -> None:
    items = _flatten(seq, flags)
    for i, (op, av, item_flags) in enumerate(items):
        if _unbounded(op, av):
            body = list(av[2])
            body_items = _flatten(body, item_flags)
            for (_iop, iav), inner_flags in _inner_repeats(body, item_flags):
                inner_chars = charset(list(iav[2]), inner_flags)
                separated = any(
                    (bop, bav) != (_iop, iav)
                    and not _nullable_node(bop, bav)
                    and not (charset([(bop, bav)], bflags) & inner_chars)
                    for bop, bav, bflags in body_items
                )
                if not separated:
                    found.append(f"nested: an unbounded repeat inside an unbounded repeat, with no separator ({iav})")
            # adjacency: the next unbounded repeats reachable through optional items only, when a character could
            # end this repetition or begin that one (then the boundary between them can shift)
            ends = edge_chars(body, item_flags, last=True)
            for jop, jav, jflags in items[i + 1 :]:
                shared = ends & edge_chars(list(jav[2]), jflags) if _unbounded(jop, jav) else frozenset()
                if shared:
                    found.append(f"adjacent: two unbounded repeats can both match {''.join(sorted(shared))[:10]!r}")
                    break
                if not _nullable_node(jop, jav):
                    break
        if op is _ATOMIC or op is _POSSESSIVE:
            continue
        for child, child_flags in _children(op, av, item_flags):
            _check(child, child_flags, found)


# ------------------------------------------------------------------------------------------ hostile strings


def _witness(seq: list[Node], flags: int, depth: int = 0) -> str:
    """A short string the sequence (roughly) matches: the unit to pump."""
    out = []
    for op, av in seq:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op in (C.NOT_LITERAL, C.ANY, C.IN):
            chars = charset([(op, av)], flags)
            out.append(next((c for c in ALPHABET if c in chars), min(chars) if chars else ""))
        elif (op in _REPEATS or op is _POSSESSIVE) and depth < 8:
            out.append(_witness(list(av[2]), flags, depth + 1) * max(1, min(av[0], 3)))
        elif op is C.SUBPATTERN and depth < 8:
            out.append(_witness(list(av[3]), (flags | av[1]) & ~av[2], depth + 1))
        elif op is C.BRANCH and depth < 8:
            out.append(_witness(list(av[1][0]), flags, depth + 1))
        elif op is _ATOMIC and depth < 8:
            out.append(_witness(list(av), flags, depth + 1))
    return "".join(out)


def _units(seq: list[Node], flags: int) -> Iterator[str]:
    for op, av in seq:
        if _unbounded(op, av):
            body = list(av[2])
            yield _witness(body, flags)
            chars = charset(body, flags)
            yield from (c for c in ALPHABET if c in chars)
        for child, child_flags in _children(op, av, flags):
            yield from _units(child, child_flags)


GENERIC_UNITS = (
    "a", "A", "Aa", "AB ", "1", ".", "-", " ", "\n", "'", "General ", "Colonel General ", "Abc Def ", "A. ",
    "Minister of Defense of the Republic of ", "1.", "12 March ", "Баку ", "«", "\u200b",
)  # fmt: skip


def hostile_strings(pattern: re.Pattern[str], size: int) -> Iterator[tuple[str, str]]:
    """``(label, string)`` pairs of ``size`` characters built from generic and pattern-specific units."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    units = dict.fromkeys([*GENERIC_UNITS, *(u for u in _units(list(tree.data), pattern.flags) if u)])
    whole = _witness(list(tree.data), pattern.flags)
    for unit in units:
        yield repr(unit[:20]), (unit * (size // len(unit) + 1))[:size]
    if whole:  # the whole pattern's witness, repeated without its last character so each try fails at the end
        yield f"{whole[:20]!r}*", ((whole[:-1] or whole) * (size // len(whole) + 1))[:size]


def time_finditer(pattern: re.Pattern[str], text: str) -> float:
    start = time.perf_counter()
    for _ in pattern.finditer(text):
        pass
    return time.perf_counter() - start


# ------------------------------------------------------------------------------------- collecting patterns


def _patterns_in(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif depth < 3 and isinstance(value, (tuple, list, set, frozenset)):
        for v in value:
            yield from _patterns_in(v, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for v in value.values():
            yield from _patterns_in(v, depth + 1)


def collect_patterns() -> dict[str, re.Pattern[str]]:
    """Every module-level pattern of every ``defcoop`` module, keyed ``module:NAME`` (``NAME[i]`` in tables),
    and every pattern a language's resources hold, keyed ``_lang.get('en').FIELD``."""
    found: dict[str, re.Pattern[str]] = {}
    for code in _lang.known_codes():
        language = _lang.get(code)
        for field in attrs.fields(type(language)):
            value = getattr(language, field.name)
            for i, pattern in enumerate(_patterns_in(value)):
                index = "" if isinstance(value, re.Pattern) else f"[{i}]"
                found[f"_lang.get({code!r}).{field.name}{index}"] = pattern
    names = [m.name for m in pkgutil.walk_packages(defcoop.__path__, "defcoop.")]
    for module_name in ["defcoop", *names]:
        module = importlib.import_module(module_name)
        for attr, value in sorted(vars(module).items()):
            if getattr(value, "__module__", module_name) != module_name and not isinstance(value, re.Pattern):
                continue
            for i, pattern in enumerate(_patterns_in(value)):
                key = f"{module_name}:{attr}" if isinstance(value, re.Pattern) else f"{module_name}:{attr}[{i}]"
                if pattern not in found.values():
                    found[key] = pattern
    return found


PATTERNS = collect_patterns()

#: Patterns known to break a rule, each with its reason: strict xfails, so fixing one makes the test say so.
#: Keys are ``(check, "module:NAME")`` with check ``"static"`` or ``"timed"``.
KNOWN: dict[tuple[str, str], str] = {
    # e.g. ("timed", "defcoop._meetings:_POSSESSION"): r"leading \s* restarts in a whitespace run; guard with (?<!\s)",
}


def _params(check: str) -> list[Any]:
    params = []
    for key, p in PATTERNS.items():
        reason = KNOWN.get((check, key))
        marks = pytest.mark.xfail(reason=reason, strict=True) if reason else ()
        params.append(pytest.param(p, id=key, marks=marks))
    return params


# ------------------------------------------------------------------------------------------------- the tests


def test_patterns_were_found() -> None:
    assert len(PATTERNS) >= 5
    assert "defcoop._textio:_LINE_END" in PATTERNS


@pytest.mark.parametrize("pattern", _params("static"))
def test_no_nested_or_adjacent_unbounded_quantifiers(pattern: re.Pattern[str]) -> None:
    assert problems(pattern) == [], pattern.pattern


_PY311_OPS = tuple(op for op in (_POSSESSIVE, _ATOMIC) if op is not None)


def python_311_syntax(pattern: re.Pattern[str]) -> bool:
    """True when ``pattern`` uses a possessive repeat or an atomic group, which Python 3.10 cannot compile."""

    def uses(seq: list[Node], flags: int) -> bool:
        for op, av in seq:
            if op in _PY311_OPS:
                return True
            if any(uses(child, child_flags) for child, child_flags in _children(op, av, flags)):
                return True
        return False

    return uses(list(sre_parse.parse(pattern.pattern, pattern.flags)), pattern.flags)


@pytest.mark.parametrize("pattern", _params("syntax"))
def test_patterns_compile_on_every_supported_python(pattern: re.Pattern[str]) -> None:
    """defcoop supports Python 3.10 (``requires-python``): no pattern may need 3.11's possessive repeats or
    atomic groups."""
    assert not python_311_syntax(pattern), pattern.pattern


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the syntax is Python 3.11's")
@pytest.mark.parametrize("source", [r"\w*+x", r"(?>ab|a)c", r"(?:a(?:b++))"])
def test_python_311_syntax_is_recognised(source: str) -> None:
    assert python_311_syntax(re.compile(source))
    assert not python_311_syntax(re.compile(source.replace("++", "+").replace("*+", "*").replace("(?>", "(?:")))


#: Budgets in seconds for one ``finditer`` over one hostile string, by its length. A simple linear pattern takes
#: about 0.1 ms at 1k characters, 1 ms at 10k and 10 ms at 100k (the heaviest here, with bounded repeats such as
#: ``[\w-]{0,30}``, about 30 ms at 100k); a quadratic one about 3 ms, 0.3 s and 30 s. The short strings come first,
#: so a quadratic pattern fails in well under a second. Generous for a loaded machine.
BUDGETS = ((1_000, 0.02), (10_000, 0.1), (100_000, 1.0))


def widest_window(pattern: re.Pattern[str]) -> int:
    """The largest finite upper bound of a repetition in ``pattern`` (``[^.]{0,300}?`` -> 300; none -> 0).

    A bounded window is tried at every place it may start, so a pattern holding one costs that many steps a
    character: linear, but with a larger constant than the budgets assume.
    """

    def widest(seq: list[Node], flags: int) -> int:
        best = 0
        for op, av in seq:
            if op in _REPEATS and av[1] != MAXREPEAT:
                best = max(best, int(av[1]))
            for child, child_flags in _children(op, av, flags):
                best = max(best, widest(child, child_flags))
        return best

    return widest(list(sre_parse.parse(pattern.pattern, pattern.flags)), pattern.flags)


@pytest.mark.parametrize("pattern", _params("timed"))
def test_linear_time_on_hostile_strings(pattern: re.Pattern[str]) -> None:
    # a wide bounded window ("up to 300 characters before the word") scales the budgets, not the growth: a
    # quadratic pattern still takes 100x as long on the 10x longer string and fails at the largest size
    scale = max(1.0, widest_window(pattern) / 100)
    for size, base_budget in BUDGETS:
        budget = base_budget * scale
        for label, text in hostile_strings(pattern, size):
            elapsed = time_finditer(pattern, text)
            if budget < elapsed < 4 * budget:  # measure again: one scheduling pause must not fail the test
                elapsed = min(elapsed, time_finditer(pattern, text))
            assert elapsed <= budget, f"{pattern.pattern!r} took {elapsed:.2f} s on {label} x {size:,}"


# ------------------------------------------------------------------------------------- the checker's own tests


class Case(NamedTuple):
    pattern: str
    expected: tuple[str, ...]  # kinds of finding: "nested", "adjacent"


CHECKER_CASES = {
    # catastrophic shapes
    "plus-plus": Case(r"(a+)+", ("nested",)),
    "word-optional-space": Case(r"(\w+\s?)*", ("nested",)),
    "star-star": Case(r"(?:x*)*y", ("nested",)),
    "hyphenated-words": Case(r"(?:\w+(?:-\w+)*)+", ("nested",)),
    "dot-comma": Case(r"(?:.+,)+", ("nested",)),
    "ignorecase-no-separator": Case(r"(?i)(?:[a-z]+[A-Z])+", ("nested",)),
    "word-word": Case(r"\w+\w+", ("adjacent",)),
    "word-space-word": Case(r"\w+\s*\w+", ("adjacent",)),
    "groups-are-seen-through": Case(r"(\d+)(?:\s*)(\d+)", ("adjacent",)),
    "dot-dot": Case(r"x.*\s*.*y", ("adjacent",)),
    "suffix-overlap": Case(r"(?:-\w+)+\w+", ("adjacent",)),
    # safe shapes
    "separated-names": Case(r"(?:\s+[A-Z][a-z]+)*", ()),
    "comma-list": Case(r"(?:\w+,)+", ()),
    "not-comma": Case(r"(?:[^,]+,)+", ()),
    "disjoint-neighbours": Case(r"\s*\w+\s*", ()),
    "bounded": Case(r"(?:\w{1,5}\s?){1,3}", ()),
    "single": Case(r"[A-Z][a-z]+", ()),
    "literal-between": Case(r"\d+\.\d+", ()),
    "hyphen-led-repeat": Case(r"\w+(?:-\w+)*", ()),
    "pairs-then-a": Case(r"(?:ab)+a+", ()),
}
if sys.version_info >= (3, 11):
    CHECKER_CASES["possessive"] = Case(r"(?:\w++\s?)*+", ())
    CHECKER_CASES["atomic"] = Case(r"(?>(\w+\s?)*)", ())


@pytest.mark.parametrize("case", CHECKER_CASES.values(), ids=CHECKER_CASES.keys())
def test_checker(case: Case) -> None:
    kinds = tuple(sorted({p.split(":")[0] for p in problems(re.compile(case.pattern))}))
    assert kinds == case.expected


SLOW_CASES = {
    "restarting-digits": r"\d+\.\d+",
    "name-chain": r"(?:[A-Z][a-z]+\s)+Minister",
    "word-then-x": r"\w+x",
    "space-run-then-words": r"\s+(?:(?:deputy|army)\s+){0,2}(?:minister|chief)\b",
}


@pytest.mark.parametrize("source", SLOW_CASES.values(), ids=SLOW_CASES.keys())
def test_hostile_strings_expose_quadratic_search(source: str) -> None:
    pattern = re.compile(source)
    size, budget = BUDGETS[1]
    assert any(time_finditer(pattern, text) > budget for _, text in hostile_strings(pattern, size))


GUARDED = {
    "lookbehind-digits": r"(?<!\d)\d+\.\d+",
    "boundary-word": r"\b\w+x",
    "anchored": r"\A(?:[A-Z][a-z]+\s)+Minister",
    "space-run-guarded": r"(?<!\s)\s+(?:(?:deputy|army)\s+){0,2}(?:minister|chief)\b",
}


@pytest.mark.parametrize("source", GUARDED.values(), ids=GUARDED.keys())
def test_guarded_patterns_pass(source: str) -> None:
    pattern = re.compile(source)
    size, budget = BUDGETS[-1]
    assert max(time_finditer(pattern, text) for _, text in hostile_strings(pattern, size)) < budget



@pytest.mark.parametrize(
    ("source", "expected"),
    [(r"\w+", 0), (r"[^.]{0,300}?\bday", 300), (r"(?:a{2,5}|(?:b{1,40}))c", 40), (r"(?=x{3})y", 3)],
)
def test_widest_window(source: str, expected: int) -> None:
    assert widest_window(re.compile(source)) == expected
