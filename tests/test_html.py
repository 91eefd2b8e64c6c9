"""Saved web pages to article text (``defcoop.html``), and the command line reading ``.html`` files."""

from __future__ import annotations

import datetime as dt
import io
import json
import time
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import defcoop
from defcoop import cli
from defcoop.html import html_to_text

REPO = Path(__file__).resolve().parent.parent
BODY = "<p>The Minister of Defence received the visiting delegation in Baku and discussed cooperation.</p>"


class Case(NamedTuple):
    html: str
    expected: str


CASES = {
    # what is kept
    "paragraphs-between-blank-lines": Case("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
    "inline-tags-joined": Case("<p>The <b>minister</b> met <a href='/x'>Ann Lee</a>.</p>", "The minister met Ann Lee."),
    "br-is-a-line-break": Case("<p>Line one<br>line two<br/>line three</p>", "Line one\nline two\nline three"),
    "spaces-collapsed": Case("<p>  The \n\t minister\u00a0 met   X. </p>", "The minister met X."),
    "entities-decoded": Case(
        "<p>Army &amp; Navy &ndash; &#8220;talks&#x201D; &nbsp;&copy;</p>", "Army & Navy – “talks” ©"
    ),
    "blocks-split-text": Case("<div>Head<div>Inner</div>Tail</div>", "Head\n\nInner\n\nTail"),
    "list-items": Case("<ul><li>Exercises</li><li>Training</li></ul>", "Exercises\n\nTraining"),
    "subheading-kept": Case("<h2>Background</h2><p>Text.</p>", "Background\n\nText."),
    # headline
    "h1-first": Case(f"<p>Intro.</p><h1>Ministers Meet</h1>{BODY}", "Ministers Meet\n\nIntro.\n\n" + BODY[3:-4]),
    "title-when-no-h1": Case(f"<title>Ministers Meet</title>{BODY}", "Ministers Meet\n\n" + BODY[3:-4]),
    "h1-in-article-header": Case(
        f"<header><h1>Site Name</h1></header><article><header><h1>Ministers Meet</h1></header>{BODY}</article>",
        "Ministers Meet\n\n" + BODY[3:-4],
    ),
    "svg-title-is-not-the-title": Case("<svg><title>icon</title></svg><p>Text.</p>", "Text."),
    # dates
    "meta-published-time": Case(
        '<meta property="article:published_time" content="2024-05-12T09:30:00+05:00"><h1>Talks</h1><p>Text.</p>',
        "Talks\n\n date 2024-05-12\n\nText.",
    ),
    "time-datetime": Case(
        '<h1>Talks</h1><time datetime="2023-03-07">7 March</time><p>Text.</p>',
        "Talks\n\n date 2023-03-07\n\n7 March\n\nText.",
    ),
    "meta-beats-time": Case(
        '<meta name="pubdate" content="2023-03-06"><time datetime="2023-03-07"></time><p>Text.</p>',
        " date 2023-03-06\n\nText.",
    ),
    "json-ld-date": Case(
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-01-02T10:00"}</script>'
        "<p>Text.</p>",
        " date 2022-01-02\n\nText.",
    ),
    "impossible-date-ignored": Case('<time datetime="2023-02-30"></time><p>Text.</p>', "Text."),
    # what is dropped
    "script-and-style": Case("<script>var a = '<p>no</p>';</script><style>p {color: red}</style><p>Yes.</p>", "Yes."),
    "page-chrome": Case(
        "<nav>Home | News</nav><header>Logo</header><aside>Most read</aside><form>Search</form>"
        "<p>Yes.</p><footer>© Outlet</footer>",
        "Yes.",
    ),
    "comments-and-doctype": Case("<!DOCTYPE html><!-- a <p>comment</p> --><p>Yes.</p>", "Yes."),
    "related-story-cards": Case(
        f"<article><p>Short card.</p></article><article>{BODY}<p>More text.</p></article>",
        BODY[3:-4] + "\n\nMore text.",
    ),
    # broken markup
    "unclosed-tags": Case("<p>unclosed <b>bold <i>and italic", "unclosed bold and italic"),
    "stray-end-tags": Case("</div></span><p>Text.</p></b></p>", "Text."),
    "lone-less-than": Case("<p>3 < 5 and 7 > 6</p>", "3 < 5 and 7 > 6"),
    "unclosed-comment": Case("<p>Text.</p><!-- never closed <p>hidden</p>", "Text."),
    "unclosed-script": Case("<p>Text.</p><script>var x = 1;", "Text."),
    "upper-case-tags": Case("<P>One.</P><SCRIPT>x</SCRIPT><P>Two.", "One.\n\nTwo."),
    "empty": Case("", ""),
    "only-chrome": Case("<nav>Menu</nav><script>x()</script>", ""),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_html_to_text(case: Case) -> None:
    assert html_to_text(case.html) == case.expected


def test_rejects_bytes() -> None:
    with pytest.raises(TypeError, match="decode the bytes first"):
        html_to_text(b"<p>x</p>")  # type: ignore[arg-type]


PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><title>Azerbaijan, Kazakhstan discuss cooperation | Example News</title>
<meta property="article:published_time" content="2024-04-25T14:20:00+04:00">
<script>window.dataLayer = [];</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<article>
  <header><h1>Azerbaijan, Kazakhstan discuss military cooperation</h1></header>
  <p>BAKU, Azerbaijan, April 25 &ndash; Azerbaijan&#39;s Minister of Defense Colonel General Zakir Hasanov met
  with the delegation led by Kazakhstan&rsquo;s First Deputy Minister of Defense Lieutenant General Sultan
  Kamaletdinov in Baku.</p>
  <p>The sides discussed military cooperation and military education.</p>
</article>
<aside><h3>Most read</h3><p>Uzbekistan's minister met Tajikistan's minister in Dushanbe.</p></aside>
<footer><p>&copy; 2024 Example News</p></footer>
</body></html>
"""


def test_a_page_parses_like_its_text() -> None:
    text = html_to_text(PAGE)
    assert text.startswith("Azerbaijan, Kazakhstan discuss military cooperation\n\n date 2024-04-25\n\nBAKU,")
    for dropped in ("Most read", "Dushanbe", "dataLayer", "Home", "Example News"):
        assert dropped not in text
    article = defcoop.parse(text)
    assert article.published == dt.date(2024, 4, 25)
    assert article.title == "Azerbaijan, Kazakhstan discuss military cooperation"
    assert {o.name for o in article.officials} >= {"Zakir Hasanov", "Sultan Kamaletdinov"}
    assert [sorted(c.code for c in m.countries) for m in article.meetings] == [["AZ", "KZ"]]


# --------------------------------------------------------------------------- hostile input

HOSTILE = {
    "nested-divs-1mb": "<div>" * 200_000 + "deep" + "</div>" * 200_000,
    "unclosed-divs-1mb": "<div>" * 200_000 + "deep",
    "stray-end-tags": "<div>" * 100_000 + "</span>" * 100_000,
    "less-than-signs": "<" * 1_000_000,
    "unfinished-start-tags": "<a " * 300_000,
    "unclosed-quotes": '<a x="' * 200_000,
    "unclosed-comment": "<!--" + "x" * 1_000_000,
    "many-bangs": "<!" * 500_000,
    "many-end-openers": "</" * 500_000,
    "ampersands": "&#" * 500_000,
    "paragraphs": "<p>a" * 200_000,
}


@pytest.mark.parametrize("page", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_pages_take_linear_time(page: str) -> None:
    start = time.perf_counter()
    html_to_text(page)
    assert time.perf_counter() - start < 5.0  # about 0.5 s each on a slow shared machine; quadratic is minutes


def test_deep_nesting_keeps_the_text() -> None:
    assert html_to_text("<div>" * 200_000 + "deep" + "</div>" * 200_000) == "deep"


_MARKUP = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<br>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<",
        ">",
        "&amp;",
        "&",
        "<h1>",
        "</h1>",
        "<article>",
        "</article>",
        "<nav>",
        "</nav>",
        '<time datetime="2024-01-02">',
        "<title>",
        '<a href="x>',
        "'",
        '"',
        "text",
        " ",
        "\n",
        "Minister",
    ]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(_MARKUP, st.text(max_size=5)), max_size=40).map("".join))
def test_never_raises_and_is_plain_text(page: str) -> None:
    text = html_to_text(page)
    assert isinstance(text, str)
    assert text == text.rstrip()
    assert text == text.lstrip() or text.startswith(" date ")  # the header line the metadata stage reads
    assert "\n\n\n" not in text
    defcoop.parse(text)


# --------------------------------------------------------------------------- the command line


def _run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], stdout=out, stderr=err, stdin=io.BytesIO(b""))
    return code, out.getvalue(), err.getvalue()


def _folder_with_a_page(tmp_path: Path) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "news" / "other.htm").write_bytes(PAGE.replace("2024-04-25T", "2024-04-24T").encode("cp1252"))
    (tmp_path / "news" / "notes.md").write_text("# not an article", encoding="utf-8")
    seed = next(iter(sorted((REPO / "seeds").glob("*.txt"))))
    (tmp_path / "news" / "seed.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path / "news"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_reads_html_files_in_a_folder(tmp_path: Path, workers: str) -> None:
    code, out, err = _run("parse", _folder_with_a_page(tmp_path), "--workers", workers)
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 3  # other.htm, page.html, seed.txt; notes.md is not an article file
    pages = [r for r in rows if r.get("title") == "Azerbaijan, Kazakhstan discuss military cooperation"]
    assert sorted(r["published"] for r in pages) == ["2024-04-24", "2024-04-25"]
    assert all("<p>" not in r["text"] and "dataLayer" not in r["text"] for r in pages)


def test_cli_reads_a_named_html_file(tmp_path: Path) -> None:
    page = tmp_path / "page.HTML"
    page.write_text(PAGE, encoding="utf-8")
    code, out, _err = _run("meetings", page, "--format", "json")
    assert code == 0
    (meeting,) = json.loads(out)
    assert (meeting["countries"], meeting["location"], meeting["published"]) == (["AZ", "KZ"], "Baku", "2024-04-25")
    assert meeting["article_title"] == "Azerbaijan, Kazakhstan discuss military cooperation"


def test_cli_reports_a_page_without_text(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><script>x()</script></html>", encoding="utf-8")
    code, _out, err = _run("parse", page)
    assert code == 1
    assert f"defcoop: error: {page}: no article text in this web page, nothing to parse" in err


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_parse_file_reads_a_web_page(tmp_path: Path, suffix: str) -> None:
    page = tmp_path / f"page{suffix}"
    page.write_text(PAGE, encoding="utf-8")
    article = defcoop.parse_file(page)
    assert article.text == html_to_text(PAGE)
    assert article.published == dt.date(2024, 4, 25)
    assert [sorted(c.code for c in m.countries) for m in article.meetings] == [["AZ", "KZ"]]


def test_parse_file_keeps_markup_of_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<p>Colonel General Karim Valiyev spoke.</p>", encoding="utf-8")
    assert defcoop.parse_file(path).text.startswith("<p>")
