"""Article-shape words for English news pages: sentence abbreviations, noise lines, bylines, outlet cues.

Sources: the title and rank abbreviations of wire-service style guides (AP, Reuters) and of the military
abbreviation lists of NATO AAP-15 ("Gen.", "Lt.", "Col.", "Maj.", "Adm.", "Brig."); the page furniture that news
sites print around an article body as it comes out of a text scrape (share and print widgets, "Read more", photo
credits, breadcrumbs, bylines, copyright lines), collected from the layouts of news agencies and ministry press
pages of Central Asia, the Caucasus, South and South-East Asia; and the attribution formulas of wire copy
("Trend reports", "told News.Az", "(Xinhua) --", "- Bernama").

Every entry is lower case unless stated; matching is case-insensitive.

Example:
    >>> from defcoop._lang.en.metadata import TITLE_ABBREVIATIONS, WIDGET_LINES
    >>> "gen" in TITLE_ABBREVIATIONS, "read more" in WIDGET_LINES
    (True, True)
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "BOILERPLATE_LINE_STARTS",
    "BYLINE_LABELS",
    "DATE_LABELS",
    "NUMERIC_ABBREVIATIONS",
    "OUTLET_AGENCIES",
    "TITLE_ABBREVIATIONS",
    "WIDGET_LINES",
]

#: Abbreviations that end in a period but never end a sentence when a capitalised word follows
#: (titles, ranks, honorifics, name particles).
TITLE_ABBREVIATIONS: Final = frozenset(
    {
        # civil titles and honorifics
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "hon",
        "rev",
        "st",
        "sr",
        "jr",
        "sen",
        "rep",
        "gov",
        "amb",
        "pres",
        "sec",
        "min",
        "dep",
        "h.e",
        "messrs",
        # military ranks (NATO AAP-15 and wire style)
        "gen",
        "lt",
        "lieut",
        "col",
        "maj",
        "adm",
        "brig",
        "capt",
        "cmdr",
        "cdr",
        "comdr",
        "cpt",
        "sgt",
        "cpl",
        "pvt",
        "ret",
        "vadm",
        "radm",
        "air",
        "mshl",
        "fm",
        # countries and organisations written with periods
        "u.s",
        "u.k",
        "u.n",
        "u.s.a",
        "e.u",
        # Latin and common abbreviations that are followed by a name or a capitalised word
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "univ",
        "approx",
    }
)

#: Abbreviations that never end a sentence when a number follows ("No. 5", "Jan. 28", "Art. 3").
NUMERIC_ABBREVIATIONS: Final = frozenset(
    {
        "no",
        "nos",
        "nr",
        "art",
        "vol",
        "p",
        "pp",
        "fig",
        "ch",
        "sec",
        "para",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)

#: Whole lines (after trimming, lower case, trailing ":" removed) that are page widgets, not content.
WIDGET_LINES: Final = frozenset(
    {
        "share",
        "share this",
        "share this article",
        "share on facebook",
        "share on twitter",
        "print",
        "print this",
        "email",
        "e-mail",
        "tweet",
        "like",
        "comments",
        "comment",
        "leave a comment",
        "read more",
        "read also",
        "see also",
        "related",
        "related news",
        "related articles",
        "related stories",
        "more news",
        "latest news",
        "other news in section",
        "other news",
        "top news",
        "most read",
        "popular",
        "advertisement",
        "advertising",
        "sponsored",
        "tags",
        "subscribe",
        "subscribe now",
        "your name",
        "your email address",
        "your email",
        "send",
        "news release",
        "press release",
        "end",
        "ends",
        "(end)",
        "-end-",
        "--end--",
        "поделиться",
        "редакция",
        "погода",
        "weather",
        "font size",
        "listen",
        "listen to this article",
        "back to top",
        "next",
        "previous",
        "newsfrom japan",
    }
)

#: Line beginnings (lower case, followed by a space or punctuation) that mark a boilerplate line in full:
#: subscription prompts, copyright lines, reading prompts, story codes, contact lines.
BOILERPLATE_LINE_STARTS: Final = (
    "subscribe",
    "follow us",
    "sign up",
    "click here",
    "download our app",
    "join our",
    "copyright",
    "[copyright",
    "©",
    "(c)",
    "all rights reserved",
    "read more:",
    "read also:",
    "also read:",
    "related:",
    "see also:",
    "story code",
    "news id",
    "tags:",
    "keywords:",
    "source:",
    "photo:",
    "photo.",
    "photo source",
    "photo credit",
    "photo courtesy",
    "photos:",
    "image:",
    "image credit",
    "picture:",
    "credit:",
    "caption:",
    "file photo",
    "illustrative photo",
    "author`s name",
    "author's name",
    "author:",
    "authors:",
    "written by",
    "reporting by",
    "edited by",
    "editing by",
    "compiled by",
    "posted by",
    "published by",
    "contact:",
    "tel:",
    "phone:",
    "e-mail:",
    "email:",
)

#: Labels before a byline name ("By Rashid Shirinov", "About Fidan Abdullayeva", "Author: X").
BYLINE_LABELS: Final = ("by", "about", "author:", "author", "authors:", "written by", "reporting by", "author`s name")

#: Labels in front of a header date ("Published : 09/07/2024", "IMMEDIATE RELEASE July 20, 1998").
DATE_LABELS: Final = frozenset(
    {
        "published",
        "published on",
        "publication date",
        "first published",
        "posted",
        "posted on",
        "updated",
        "updated on",
        "last updated",
        "modified",
        "last modified",
        "created",
        "date",
        "dated",
        "release date",
        "release",
        "immediate release",
        "for immediate release",
        "news release",
        "press release",
        "issued",
        "time",
        "on",
        "at",
    }
)

#: News agencies whose name appears in parentheses or after a dash in a dateline ("(Xinhua)", "- Bernama"),
#: mapped to the name defcoop reports. Other agencies are still found by their position; this table only
#: normalises spelling.
OUTLET_AGENCIES: Final = {
    "xinhua": "Xinhua",
    "xinhua news agency": "Xinhua",
    "trend news agency": "Trend",
    "azernews": "Azernews",
    "app": "APP",
    "bernama": "Bernama",
    "irna": "IRNA",
    "ap": "AP",
    "associated press": "AP",
    "afp": "AFP",
    "reuters": "Reuters",
    "vna": "VNA",
    "jiji press": "Jiji Press",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "anadolu": "Anadolu",
    "aa": "Anadolu",
    "apa": "APA",
    "azertac": "AZERTAC",
    "trend": "Trend",
    "kazinform": "Kazinform",
    "uzdaily.com": "UzDaily.com",
    "uza": "UzA",
    "niat khovar": "Khovar",
    "khovar": "Khovar",
    "kabar": "Kabar",
    "akipress": "AKIpress",
    "ians": "IANS",
    "pti": "PTI",
    "ani": "ANI",
    "sapa": "Sapa",
    "menafn": "MENAFN",
    "wam": "WAM",
    "spa": "SPA",
    "qna": "QNA",
    "kuna": "KUNA",
    "mena": "MENA",
    "antara": "Antara",
    "pna": "PNA",
}
