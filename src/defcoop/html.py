"""Saved news pages (HTML) to article text that :func:`defcoop.parse` reads, with the standard library only.

A page saved from a news site holds the article among menus, scripts and related-story lists.
:func:`html_to_text` keeps what a reader sees of the article:

- the headline: the first ``<h1>`` of the article (else of the page), else the page ``<title>``;
- the publication date, when the page states it in markup: the ``article:published_time`` (or ``datePublished``,
  ``pubdate``, ``date``) meta tag, else the first ``<time datetime="...">``, else a ``"datePublished"`` in the
  page's JSON-LD; it becomes a header line ``" date YYYY-MM-DD"``, which the metadata stage reads as the
  publication date;
- the text of the paragraphs, list items, sub-headings and quotes, one paragraph a block, separated by blank
  lines (``<br>`` is a line break inside a paragraph); when the page holds several ``<article>`` elements, the
  one with the most text (the others are usually related-story cards);
- without ``script``, ``style``, ``nav``, ``header``, ``footer``, ``aside``, ``form`` and other invisible or
  interactive elements (a headline inside the article's ``<header>`` is still the headline); entities decoded,
  runs of spaces collapsed.

It never raises on any ``str`` and runs in time linear in the size of the page (its own small tokenizer, not
:mod:`html.parser`, which is quadratic on some broken markup): broken markup (unclosed or stray tags, deep
nesting, a ``<`` that starts no tag) gives whatever text can be read. Encoding is not its business: read the
file's bytes with any decoder first (``defcoop``'s command line uses the same decoding as for ``.txt`` files).

The two steps, from Python::

    import defcoop
    from defcoop.html import html_to_text

    article = defcoop.parse(html_to_text(page))

Example:
    >>> page = ('<html><head><title>Talks | Daily</title>'
    ...         '<meta property="article:published_time" content="2024-05-12T09:30:00+05:00"></head>'
    ...         '<body><nav>Home News</nav><article><h1>Ministers meet in Baku</h1>'
    ...         '<p>BAKU, May 12 &ndash; The minister met his counterpart.</p><p>They talked.</p></article>'
    ...         '<footer>&copy; Daily</footer></body></html>')
    >>> print(html_to_text(page))
    Ministers meet in Baku
    <BLANKLINE>
     date 2024-05-12
    <BLANKLINE>
    BAKU, May 12 – The minister met his counterpart.
    <BLANKLINE>
    They talked.
"""

from __future__ import annotations

import datetime as dt
import html as _html
import re
from collections import Counter
from typing import Final

__all__ = ["html_to_text"]

#: Elements whose content is not article text: code, styling, navigation, page chrome, widgets, embedded media.
DROPPED_ELEMENTS: Final = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
        "iframe",
        "svg",
        "canvas",
        "object",
        "embed",
        "dialog",
    }
)
#: Elements that start and end a paragraph of text.
BLOCK_ELEMENTS: Final = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "figure",
        "figcaption",
        "address",
        "hr",
        "body",
    }
)
#: Elements that never have content or an end tag.
VOID_ELEMENTS: Final = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
#: ``<meta>`` names and properties that hold the publication time, best first (Open Graph ``article:``,
#: schema.org ``datePublished``, and the names older content-management systems use).
PUBLISHED_META: Final = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date.issued",
    "dcterms.issued",
)

#: Elements whose content is raw text up to their end tag (no tags inside).
RAW_TEXT_ELEMENTS: Final = frozenset({"script", "style", "textarea", "title", "xmp", "noscript"})

#: A start or end tag: name, then attributes (quoted values of bounded length may hold "<" and ">"), then ">".
#: Every repetition is bounded and the alternatives start with different characters: linear time.
_TAG_RE: Final = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})"
    r"((?:[^<>\"']|\"[^\"]{0,4096}\"|'[^']{0,4096}'){0,4096})>"
)
#: One attribute inside a tag: ``name``, ``name=value``, ``name="value"``, ``name='value'``.
_ATTR_RE: Final = re.compile(
    r"([^\s=/>\"']{1,100})"
    r"(?:[ \t\n\r\f]{0,20}=[ \t\n\r\f]{0,20}(?:\"([^\"]{0,4096})\"|'([^']{0,4096})'|([^\s\"'>]{1,4096})))?"
)
#: The end tag of each raw-text element ("</script >", any case).
_RAW_END_RE: Final = {name: re.compile(rf"</{name}[ \t\n\r\f]{{0,20}}>", re.IGNORECASE) for name in RAW_TEXT_ELEMENTS}
_ISO_DATE_RE: Final = re.compile(r"[ \t\n]{0,8}([12][0-9]{3})-([01][0-9])-([0-3][0-9])")
_JSON_LD_DATE_RE: Final = re.compile(r'"datePublished"[ \t\n]{0,8}:[ \t\n]{0,8}"([12][0-9]{3}-[01][0-9]-[0-3][0-9])')
_SPACES_RE: Final = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")


def _iso_date(value: str | None) -> dt.date | None:
    """The date at the start of an ISO 8601 value ("2024-05-12T09:30:00Z"), if it is a real date."""
    if not value:
        return None
    m = _ISO_DATE_RE.match(value)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


class _PageReader:
    """Collects the headline, the dates in markup and the paragraphs of a page, in one pass over its tags."""

    def __init__(self) -> None:
        self.open: list[str] = []  # the stack of open elements
        self.counts: Counter[str] = Counter()  # open elements by name: a stray end tag is ignored in O(1)
        self.dropped = 0  # open dropped elements
        self.articles = 0  # <article> elements seen; the current one is self.article
        self.article = -1
        self.article_depth = 0
        self.in_title = False
        self.title: list[str] = []
        self.h1: list[str] | None = None  # the headline being read
        self.headlines: list[tuple[int, bool, str]] = []  # (article, inside a dropped element, text)
        self.meta_dates: dict[str, dt.date] = {}
        self.time_dates: list[dt.date] = []
        self.json_ld: list[dt.date] = []
        self.in_json_ld = False
        self.buffer: list[str] = []
        self.paragraphs: list[tuple[int, str]] = []  # (article, text)

    # ------------------------------------------------------------------ the tokenizer

    def feed(self, page: str) -> None:
        """Read the whole page: text, tags, comments and raw-text elements, left to right, each character once."""
        pos, n = 0, len(page)
        while pos < n:
            lt = page.find("<", pos)
            if lt < 0:
                self.handle_data(_html.unescape(page[pos:]))
                return
            if lt > pos:
                self.handle_data(_html.unescape(page[pos:lt]))
            if page.startswith("<!--", lt):
                end = page.find("-->", lt + 4)
                pos = n if end < 0 else end + 3
                continue
            if page.startswith(("<!", "<?"), lt):  # a doctype, CDATA or processing instruction
                end = page.find(">", lt + 2)
                pos = n if end < 0 else end + 1
                continue
            tag = _TAG_RE.match(page, lt)
            if tag is None:
                self.handle_data("<")
                pos = lt + 1
                continue
            pos = tag.end()
            name = tag.group(2).lower()
            if tag.group(1):
                self.handle_endtag(name)
                continue
            attrs = [
                (a.group(1).lower(), _html.unescape(a.group(2) or a.group(3) or a.group(4) or ""))
                for a in _ATTR_RE.finditer(tag.group(3))
            ]
            self.handle_starttag(name, attrs)
            if name in RAW_TEXT_ELEMENTS:
                end_tag = _RAW_END_RE[name].search(page, pos)
                raw = page[pos : end_tag.start() if end_tag else n]
                self.handle_data(_html.unescape(raw) if name in ("title", "textarea") else raw)
                self.handle_endtag(name)
                pos = end_tag.end() if end_tag else n

    # ------------------------------------------------------------------ tags

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str]]) -> None:
        if tag == "meta":
            self._meta(attrs)
            return
        if tag == "time":
            when = _iso_date(dict(attrs).get("datetime"))
            if when is not None:
                self.time_dates.append(when)
        if tag == "br" and not self.dropped:
            self.buffer.append("\n")
            return
        if tag in BLOCK_ELEMENTS or tag == "h1":
            self._flush()
        if tag in VOID_ELEMENTS:
            return
        if tag == "script":
            kind = (dict(attrs).get("type") or "").lower()
            self.in_json_ld = kind == "application/ld+json"
        if tag == "title" and not self.dropped and not self.title:  # the page title, not an <svg> <title>
            self.in_title = True
        if tag == "h1" and self.h1 is None:
            self.h1 = []
        if tag == "article" and self.article_depth == 0 and not self.dropped:
            self.article, self.articles = self.articles, self.articles + 1
        if tag == "article":
            self.article_depth += 1
        if tag in DROPPED_ELEMENTS:
            self.dropped += 1
        self.open.append(tag)
        self.counts[tag] += 1

    def handle_endtag(self, tag: str) -> None:
        if self.counts[tag] == 0:
            if tag == "p" or tag == "br":  # "</p>" or "</br>" without a start: still a break
                self._flush()
            return
        while self.open:  # close everything left open inside this element (amortised: each is popped once)
            name = self.open.pop()
            self.counts[name] -= 1
            self._close(name)
            if name == tag:
                break

    def _close(self, tag: str) -> None:
        if tag in BLOCK_ELEMENTS:
            self._flush()
        if tag in DROPPED_ELEMENTS:
            self.dropped -= 1
        if tag == "script":
            self.in_json_ld = False
        if tag == "title":
            self.in_title = False
        if tag == "h1" and self.h1 is not None:
            text = _clean("".join(self.h1))
            if text:
                self.headlines.append((self.article, self.dropped > 0, text))
            self.h1 = None
        if tag == "article":
            self.article_depth -= 1
            if self.article_depth == 0:
                self.article = -1

    def _meta(self, attrs: list[tuple[str, str]]) -> None:
        values = dict(attrs)
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").strip().lower()
        if key in PUBLISHED_META and key not in self.meta_dates:
            when = _iso_date(values.get("content") or values.get("datetime"))
            if when is not None:
                self.meta_dates[key] = when

    # ------------------------------------------------------------------ text

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if self.in_json_ld:
            m = _JSON_LD_DATE_RE.search(data)
            when = _iso_date(m.group(1)) if m else None
            if when is not None:
                self.json_ld.append(when)
            return
        if self.h1 is not None:
            self.h1.append(data)
            return
        if not self.dropped:
            self.buffer.append(_SPACES_RE.sub(" ", data))  # a line break in the source is a space; <br> is "\n"

    def _flush(self) -> None:
        if not self.buffer:
            return
        lines = (_clean(line) for line in "".join(self.buffer).split("\n"))
        text = "\n".join(line for line in lines if line)
        self.buffer = []
        if text:
            self.paragraphs.append((self.article, text))

    # ------------------------------------------------------------------ the result

    def result(self) -> str:
        self._flush()
        headline = self._headline()
        published = self._published()
        body = self._body()
        parts = [headline] if headline else []
        if published is not None:
            parts.append(f" date {published.isoformat()}")
        parts.extend(p for p in body if p != headline)
        return "\n\n".join(parts)

    def _headline(self) -> str:
        main = self._main_article()
        in_main = [text for article, _dropped, text in self.headlines if article == main and main >= 0]
        visible = [text for _article, dropped, text in self.headlines if not dropped]
        anywhere = [text for _article, _dropped, text in self.headlines]
        for found in (in_main, visible, anywhere):
            if found:
                return found[0]
        return _clean("".join(self.title))

    def _published(self) -> dt.date | None:
        for key in PUBLISHED_META:
            if key in self.meta_dates:
                return self.meta_dates[key]
        if self.time_dates:
            return self.time_dates[0]
        return self.json_ld[0] if self.json_ld else None

    def _main_article(self) -> int:
        """The ``<article>`` with the most paragraph text, or -1 when the page has none with text."""
        sizes: Counter[int] = Counter()
        for article, text in self.paragraphs:
            if article >= 0:
                sizes[article] += len(text)
        return max(sizes, key=lambda a: (sizes[a], -a)) if sizes else -1

    def _body(self) -> list[str]:
        main = self._main_article()
        if main < 0:
            return [text for _article, text in self.paragraphs]
        return [text for article, text in self.paragraphs if article == main]


def _clean(text: str) -> str:
    return _SPACES_RE.sub(" ", text).strip()


def html_to_text(html: str) -> str:
    r"""The article text of an HTML page: headline, a ``" date YYYY-MM-DD"`` line, paragraphs between blank lines.

    See the module docstring for what is kept and dropped. Feed the result to :func:`defcoop.parse`.

    Args:
        html: the page, already decoded to ``str``.

    Returns:
        The text, without a final newline; ``""`` when the page has no readable text.

    Raises:
        TypeError: if ``html`` is not a ``str`` (decode bytes first).

    Example:
        >>> html_to_text("<h1>Talks</h1><p>One &amp; two<br>three</p><script>var x = 1;</script><p>Four</p>")
        'Talks\n\nOne & two\nthree\n\nFour'
        >>> html_to_text("<p>unclosed <b>bold <i>and italic")
        'unclosed bold and italic'
    """
    if not isinstance(html, str):
        raise TypeError(f"html_to_text() needs a str, got {type(html).__name__}; decode the bytes first")
    reader = _PageReader()
    reader.feed(html)
    return reader.result()
