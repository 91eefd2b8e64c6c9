"""Example table for person mentions: rank, posts, country, qualification."""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from defcoop import _mentions
from defcoop._lang import get
from defcoop._lang.en.ranks import RANKS
from defcoop._mentions import find_mentions


class Case(NamedTuple):
    text: str
    expected: tuple[str, str | None, str | None, bool]  # first person: name, rank, country, qualified


CASES = {
    # rank forms
    "rank-full": Case("Colonel General Ali Veliyev spoke.", ("Ali Veliyev", "Colonel General", None, True)),
    "rank-abbrev-hyphen": Case("Col-Gen Ali Veliyev spoke.", ("Ali Veliyev", "Colonel General", None, True)),
    "rank-abbrev-dots": Case("Lt. Gen. Ali Veliyev spoke.", ("Ali Veliyev", "Lieutenant General", None, True)),
    "rank-naval": Case("Vice Adm. Ravi Kumar arrived.", ("Ravi Kumar", "Vice Admiral", None, True)),
    "rank-then-post-word-name": Case("Lieutenant General Sultan Omarov arrived.",
                                     ("Sultan Omarov", "Lieutenant General", None, True)),
    "dotted-rank-then-capitals-family-name": Case("Lt. Gen. Sultan OMAROV arrived.",
                                                  ("Sultan OMAROV", "Lieutenant General", None, True)),
    "capitals-family-name-after-given-name": Case("The Chief of Staff, Colonel Ruslan BEKOV, arrived.",
                                                  ("Ruslan BEKOV", "Colonel", None, True)),
    "secretary-general-is-a-post-not-a-rank": Case("CSTO Secretary General Ivan Markov spoke.",
                                                   ("Ivan Markov", None, None, True)),
    "chief-then-general-is-a-rank": Case("Army Chief General Ali Khan spoke.", ("Ali Khan", "General", None, True)),
    "titled-post-of-a-place-after-the-name": Case(
        "Sheikh Omar bin Khalid Al Nahyan, Crown Prince of Sharjah, Minister of Defence, received guests.",
        ("Omar bin Khalid Al Nahyan", None, None, True),
    ),
    "post-accredited-to-an-organisation": Case("Georgia's Ambassador to NATO, Levan Beridze, attended.",
                                               ("Levan Beridze", None, "GE", True)),
    "post-accredited-to-the-kingdom": Case("Georgia's Ambassador to the Kingdom, Levan Beridze, attended.",
                                           ("Levan Beridze", None, "GE", True)),
    # posts and countries
    "demonym-post": Case("Kazakh Defense Minister Nurlan Ermekov said.", ("Nurlan Ermekov", None, "KZ", True)),
    "possessive-post": Case("Georgia's Ambassador to Turkey Levan Beridze said.",
                            ("Levan Beridze", None, "GE", True)),
    "post-of-country": Case("The Minister of Defense of the Republic of Uzbekistan Bakhtiyor Rakhimov said.",
                            ("Bakhtiyor Rakhimov", None, "UZ", True)),
    "name-comma-post": Case("Ivan Petrov, the Defence Minister of Belarus, said.", ("Ivan Petrov", None, "BY", True)),
    "initial-glued": Case("Lieutenant General S.Omarov said.", ("S. Omarov", "Lieutenant General", None, True)),
    "retired-rank-and-titles": Case("Brigadier-General (rtd) Datuk Seri Ali Rahman spoke.",
                                    ("Ali Rahman", "Brigadier General", None, True)),
    "institution-qualifier": Case("Chief of General Staff (CGS) UK Army, General Sir John Smith arrived.",
                                  ("John Smith", "General", "GB", True)),
    "hard-wrapped-line": Case("The visiting general then called on Chief of Army Staff (COAS), General\n"
                              "Ahmed Khan here at the headquarters.", ("Ahmed Khan", "General", None, True)),
    "counterpart": Case("He met his Kazakh counterpart Col-Gen Ruslan Omarov.",
                        ("Ruslan Omarov", "Colonel General", "KZ", True)),
    "preposition-then-place": Case("He met his counterparts in Istanbul on Monday.", ("Istanbul", None, None, False)),
    "generational-suffix": Case("U.S. Defense Secretary Lloyd J. Austin III spoke.",
                                ("Lloyd J. Austin III", None, "US", True)),
    "apostrophe-surname": Case("Brigadier Clinton O'Neill spoke.", ("Clinton O'Neill", "Brigadier", None, True)),
    "apostrophe-surname-typographic": Case("Colonel Amadou N’Diaye spoke.", ("Amadou N’Diaye", "Colonel", None, True)),
    "numbered-post-is-not-a-suffix": Case("Defence Minister II Halbi Yussof spoke.",
                                          ("Halbi Yussof", None, None, True)),
    # bugs caught
    "unclosed-bracket-after-a-name": Case("General Zakir Hasanov, (", ("Zakir Hasanov", "General", None, True)),
    # not officials
    "journalist": Case("Journalist Ivan Petrov, the correspondent, said.", ("Ivan Petrov", None, None, False)),
}

BARE = {
    "no-context": "Ivan Petrov said.",
    "academic": "The academician Ivan Petrov said.",
    "after-a-verb": "They thanked Ivan Petrov.",
}


@pytest.mark.parametrize("text", BARE.values(), ids=BARE.keys())
def test_bare_names_are_kept_light_and_unqualified(text: str) -> None:
    found = find_mentions(text, get("en"))
    assert found.persons == ()
    assert [name for _s, _e, name in found.bare] == ["Ivan Petrov"]


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_first_person(case: Case) -> None:
    persons = find_mentions(case.text, get("en")).persons
    p = persons[0]
    assert (p.name, p.rank, p.country.code if p.country else None, p.qualified) == case.expected


def test_list_of_officials_shares_the_stated_country() -> None:
    text = ("He called on Amos Bello, Defence Minister, General Musa Ade, Chief of Defence Staff and "
            "Air Marshal Hasan Umar, Chief of Air Staff of Nigeria.")
    found = [(p.name, p.posts, p.country.code if p.country else None)
             for p in find_mentions(text, get("en")).persons if p.qualified]
    assert found == [("Amos Bello", ("Defence Minister",), "NG"), ("Musa Ade", ("Chief of Defence Staff",), "NG"),
                     ("Hasan Umar", ("Chief of Air Staff",), "NG")]


def test_coordinated_names_share_a_plural_post_and_take_the_states_in_turn() -> None:
    text = "The Defense Ministers of Azerbaijan and Uzbekistan, Ali Hasanli and Bakhtiyor Kurbanov, held talks."
    found = [(p.name, p.posts, p.country.code if p.country else None)
             for p in find_mentions(text, get("en")).persons if p.qualified]
    assert found == [("Ali Hasanli", ("Defense Minister",), "AZ"), ("Bakhtiyor Kurbanov", ("Defense Minister",), "UZ")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monika Iwersen, Ambassador of Germany to Kazakhstan, said.",
         ("Monika Iwersen", ("Ambassador to Kazakhstan",), "DE")),
        ("Kim Sung-jin, Ambassador of the Republic of Korea to Kazakhstan, said.",
         ("Kim Sung-jin", ("Ambassador to Kazakhstan",), "KR")),
        ("Colonel Hans Vogel, Defence Attaché of Germany in Astana, said.",
         ("Hans Vogel", ("Defence Attaché in Astana",), "DE")),
        ("Ivan Petrov, the Defence Minister of Belarus, said.", ("Ivan Petrov", ("Defence Minister",), "BY")),
        ("Hans Vogel, Minister of Defence of Germany on Monday, said.", ("Hans Vogel", ("Minister of Defence",), "DE")),
        ("BEIJING, Nov. 20 (Xinhua) -- Chinese Defense Minister Dong Jun said.",
         ("Dong Jun", ("Defense Minister",), "CN")),
        ("Raksha Mantri Shri Rajnath Singh said.", ("Rajnath Singh", ("Raksha Mantri",), None)),
    ],
)
def test_post_keeps_where_it_is_accredited_when_the_country_is_cut_out(
    text: str, expected: tuple[str, tuple[str, ...], str]
) -> None:
    p = find_mentions(text, get("en")).persons[0]
    assert (p.name, p.posts, p.country.code if p.country else None) == expected


def test_coordinated_names_with_ranks_share_the_plural_post() -> None:
    text = ("The Chiefs of General Staff of Azerbaijan and Turkey, Colonel General Karim Valiyev and General Metin "
            "Gurak, held a meeting.")
    found = [(p.name, p.rank, p.posts, p.country.code if p.country else None)
             for p in find_mentions(text, get("en")).persons if p.qualified]
    assert found == [("Karim Valiyev", "Colonel General", ("Chief of General Staff",), "AZ"),
                     ("Metin Gurak", "General", ("Chief of General Staff",), "TR")]


def test_post_acronym_is_kept_for_later_references() -> None:
    text = "General Ali Khan, Chairman of the Joint Chiefs of Staff Committee (CJCSC), arrived."
    (person,) = [p for p in find_mentions(text, get("en")).persons if p.qualified]
    assert person.acronyms == ("CJCSC",)


def test_a_lone_word_after_of_is_not_a_person() -> None:
    found = find_mentions("Sheikh Omar bin Khalid Al Nahyan, Crown Prince of Sharjah, Minister of Defence, spoke.",
                          get("en"))
    assert [p.name for p in found.persons] == ["Omar bin Khalid Al Nahyan"]
    assert found.bare == ()


def test_ranks_and_titles_are_written_capitalised() -> None:
    # the person finder tries the rank and honorific patterns only at capitalised words
    assert all(w[0].isupper() for written in RANKS.values() for w in written)
    assert all(title[0].isupper() for title in get("en").honorifics)


def test_ranks_and_titles_after_a_hyphen_inside_a_word_are_marked() -> None:
    m = find_mentions("Brig‐Lieutenant General Ali Khan met Foo‐Mr. Wu.", get("en"))
    assert [(p.name, p.rank) for p in m.persons if p.rank] == [("Ali Khan", "Lieutenant General")]


#: The token pattern written plainly: each token is a word (letters, inner hyphens), a number, a run of periods, one
#: punctuation character or a run of other symbols.
_PLAIN_TOKEN_SPLIT = re.compile(
    rf"([^\s_](?:(?<=[^\W\d_])[^\W\d_]*(?:[\-‐][^\W\d_]+)*|(?<=\d)\d*|(?<=\.)\.*|(?<={_mentions._PUNCT})"
    rf"|(?<={_mentions._SYMBOLS}){_mentions._SYMBOLS}*))"
)


@given(st.text(alphabet=st.sampled_from("aZqé ßЖж_-‐–.,'’()[]09١²½\n\t\x1cﬁ😀𝐀#$"), max_size=80))
def test_tokens_are_those_of_the_plain_pattern(text: str) -> None:
    assert _mentions._TOKEN_SPLIT.split(text) == _PLAIN_TOKEN_SPLIT.split(text)
