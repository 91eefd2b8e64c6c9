"""Parse news articles into :class:`~defcoop.models.Article` records.

:func:`parse` runs the extraction pipeline, one pure stage after another:

1. metadata and noise (:mod:`defcoop._metadata`): title, publication date, outlet, author, dateline city,
   and the page furniture no later stage reads;
2. sentences (:mod:`defcoop._text`);
3. mentions (:mod:`defcoop._mentions`): names with the ranks, posts and country cues around them, and
   country mentions (:func:`defcoop.countries.scan`);
4. officials (:mod:`defcoop._officials`): one per person, later mentions resolved to it;
5. meetings (:mod:`defcoop._meetings`): encounters with participants, sides, date, place, kind, status.

Every word list the stages use comes from the language's resources (:mod:`defcoop._lang`).

Example:
    >>> import defcoop
    >>> article = defcoop.parse(
    ...     "Azerbaijan's Defense Minister Zakir Hasanov met Kazakh Defense Minister Ruslan Zhaksylykov in Baku.")
    >>> [o.name for o in article.officials]
    ['Zakir Hasanov', 'Ruslan Zhaksylykov']
    >>> [c.code for c in article.meetings[0].countries], article.meetings[0].location
    (['AZ', 'KZ'], 'Baku')
"""

from __future__ import annotations

import datetime as dt
import operator
from pathlib import Path

from defcoop import _lang
from defcoop._meetings import find_meetings
from defcoop._mentions import find_mentions, scan_countries
from defcoop._metadata import extract_metadata
from defcoop._officials import resolve_officials
from defcoop._text import split_sentences
from defcoop._textio import read_text
from defcoop._translit import has_cyrillic, transliterate
from defcoop.errors import InputTooLarge
from defcoop.models import Article, Meeting, Official, Span, _evolve

__all__ = ["DEFAULT_MAX_CHARS", "parse", "parse_file"]

DEFAULT_MAX_CHARS = 1_000_000
"""The default limit on the length of a text :func:`parse` accepts (one million characters)."""


def parse(
    text: str,
    *,
    url: str | None = None,
    published: dt.date | None = None,
    language: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article:
    """Parse one article's text into an :class:`~defcoop.models.Article`.

    Args:
        text: The article as plain text, header lines included.
        url: Where the article came from (kept on the record; never used to guess dates).
        published: The publication date when known from elsewhere; otherwise read from the text.
        language: ISO 639-1 code ("en", "ru"); detected from the text when ``None``.
        max_chars: Longest text accepted.

    Returns:
        The article with its metadata, officials and meetings. Never raises on a string within the limit.

    Raises:
        TypeError: ``text`` is not a ``str``.
        InputTooLarge: ``text`` is longer than ``max_chars``.
        ValueError: ``language`` names a language defcoop has no resources for.

    Example:
        >>> a = parse("Colonel General Karim Valiyev met Lieutenant General Marat Khusainov of Kazakhstan.")
        >>> [(o.name, o.rank) for o in a.officials]
        [('Karim Valiyev', 'Colonel General'), ('Marat Khusainov', 'Lieutenant General')]
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() needs the article text as a str, got {type(text).__name__}")
    if len(text) > max_chars:
        raise InputTooLarge(len(text), max_chars)
    code = language if language is not None else _lang.detect(text)
    lang = _lang.get(code)
    meta = extract_metadata(text, url=url)
    pub = published if published is not None else meta.published
    noise = tuple(meta.noise)
    # the headline repeats the body: encounters are read from the body only
    sentences = _outside([s.span for s in split_sentences(text)], noise, meta.title_span)
    cms = scan_countries(text)
    mentions = find_mentions(text, lang, country_mentions=cms, exclude=noise)
    resolved = resolve_officials(mentions)
    meetings, officials = find_meetings(
        text, sentences, resolved, lang, published=pub, dateline_city=meta.dateline_city, country_mentions=cms,
        exclude=(*noise, *(x for x in (meta.published_span, meta.dateline_span) if x is not None)),
        headline=meta.title,
    )
    final = tuple([_with_latin(o) for o in officials])  # a Latin rendering of names in Cyrillic
    if any(map(operator.is_not, final, officials)):
        # meetings carry the final officials (by identity: two people may share a name)
        now = {id(old): new for old, new in zip(officials, final, strict=True)}
        meetings = tuple(
            m if all(now[id(p)] is p for p in m.participants)
            else _with_participants(m, tuple(now[id(p)] for p in m.participants))
            for m in meetings
        )
    officials = final
    return Article(
        text,
        title=meta.title,
        published=pub,
        outlet=_outlet(meta.outlet, meta.outlet_span is not None, text, lang),
        author=meta.author or (lang.find_author(text) if lang.find_author is not None else None),
        url=url,
        language=lang.code,
        officials=officials,
        meetings=meetings,
    )


def _outlet(found: str | None, from_text: bool, text: str, lang: _lang.Language) -> str | None:
    """The metadata's outlet when the text names it, else the language's ("сообщает Kazinform"), else the URL's."""
    if from_text or lang.find_outlet is None:
        return found
    return lang.find_outlet(text) or found


def _with_latin(official: Official) -> Official:
    """The official with ``name_latin`` set when the name is written in Cyrillic ("Закир Гасанов")."""
    if official.name_latin is not None or official.name.isascii() or not has_cyrillic(official.name):
        return official
    return _evolve(official, name_latin=transliterate(official.name))


def _with_participants(meeting: Meeting, participants: tuple[Official, ...]) -> Meeting:
    return _evolve(meeting, participants=participants)


def _outside(spans: list[Span], noise: tuple[Span, ...], title: Span | None) -> tuple[Span, ...]:
    """The non-empty ``spans`` (in text order) that neither ``title`` nor a span of ``noise`` covers.

    ``noise`` is sorted and without overlap: one walk over spans and noise together.
    """
    out = []
    j, last = 0, len(noise) - 1
    for span in spans:
        if title is not None and title.start <= span.start and span.end <= title.end:
            continue
        while j < last and noise[j + 1].start <= span.start:
            j += 1
        if noise and noise[j].start <= span.start and span.end <= noise[j].end:
            continue  # only the last noise span starting at or before ``span`` can cover it
        out.append(span)
    return tuple(out)


def parse_file(path: str | Path, *, url: str | None = None, language: str | None = None) -> Article:
    """Read a file (any common encoding; see :func:`defcoop._textio.read_text`) and parse it.

    Files ending in ``.html`` or ``.htm`` are web pages: their article text is taken out with
    :func:`defcoop.html.html_to_text` first, so spans index that text (the returned ``Article.text``).

    Raises:
        OSError: The file cannot be read.
        defcoop.DataError: The file looks binary.

    Example:
        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = pathlib.Path(d, "a.txt")
        ...     _ = p.write_text("Colonel General Karim Valiyev spoke.", encoding="utf-8")
        ...     parse_file(p).officials[0].name
        'Karim Valiyev'
    """
    text = read_text(path)
    if Path(path).suffix.lower() in (".html", ".htm"):
        from defcoop.html import html_to_text

        text = html_to_text(text)
    return parse(text, url=url, language=language)
