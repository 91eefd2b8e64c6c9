"""Russian declension rules that generate the case forms of the word lists.

The Russian word lists (ranks, posts, country names and adjectives, cities, months) are written once, in the
nominative; these few rules of the standard noun and adjective paradigms (Zaliznyak's classes for masculine
consonant stems, feminine ``-а/-я/-ия/-ь`` stems, and hard/soft ``-ий/-ый/-ой`` adjectives; see any grammar,
e.g. Wade, *A Comprehensive Russian Grammar*, ch. 2-4) generate every singular and plural case form, so that a
table never lists "генерал-полковника, генерал-полковнику, ..." by hand.

Only what the lists need is covered: no fleeting vowels (the lists spell the stem where one would occur) and no
stress-dependent endings.
"""

from __future__ import annotations

from typing import Literal

Case = Literal["nomn", "gent", "datv", "accs", "ablt", "loct"]
"""The six cases, with the grammeme names OpenCorpora and pymorphy3 use."""

CASES: tuple[Case, ...] = ("nomn", "gent", "datv", "accs", "ablt", "loct")

Gender = Literal["masc", "femn", "neut"]

_HUSH = frozenset("жшчщц")
_VELAR_HUSH = frozenset("гкхжшчщ")


def _masc_consonant(word: str, animate: bool) -> dict[Case, tuple[str, ...]]:
    """Masculine nouns ending in a consonant, ``-й`` or ``-ь`` (полковник, генерал, Китай, Игорь)."""
    if word.endswith(("ий",)):
        stem = word[:-2]
        sg = {"nomn": word, "gent": stem + "ия", "datv": stem + "ию", "ablt": stem + "ием", "loct": stem + "ии"}
        pl = {
            "nomn": stem + "ии",
            "gent": stem + "иев",
            "datv": stem + "иям",
            "ablt": stem + "иями",
            "loct": stem + "иях",
        }
    elif word.endswith(("й", "ь")):
        stem = word[:-1]
        soft_pl_gen = "ев" if word.endswith("й") else "ей"
        sg = {"nomn": word, "gent": stem + "я", "datv": stem + "ю", "ablt": stem + "ем", "loct": stem + "е"}
        pl = {
            "nomn": stem + "и",
            "gent": stem + soft_pl_gen,
            "datv": stem + "ям",
            "ablt": stem + "ями",
            "loct": stem + "ях",
        }
    else:
        o = "е" if word[-1] in _HUSH else "о"
        i = "и" if word[-1] in _VELAR_HUSH else "ы"
        gen_pl = "ей" if word[-1] in "жшчщ" else o + "в"
        sg = {"nomn": word, "gent": word + "а", "datv": word + "у", "ablt": word + o + "м", "loct": word + "е"}
        pl = {"nomn": word + i, "gent": word + gen_pl, "datv": word + "ам", "ablt": word + "ами", "loct": word + "ах"}
    return _with_accusative(sg, pl, animate)


def _femn(word: str, animate: bool) -> dict[Case, tuple[str, ...]]:
    """Feminine nouns in ``-а``, ``-я``, ``-ия``, ``-ь`` (армия, Россия, Беларусь, Москва)."""
    if word.endswith("ия"):
        stem = word[:-2]
        sg = {"nomn": word, "gent": stem + "ии", "datv": stem + "ии", "ablt": stem + "ией", "loct": stem + "ии"}
        sg_acc = stem + "ию"
        pl = {
            "nomn": stem + "ии",
            "gent": stem + "ий",
            "datv": stem + "иям",
            "ablt": stem + "иями",
            "loct": stem + "иях",
        }
    elif word.endswith("ь"):
        stem = word[:-1]
        sg = {"nomn": word, "gent": stem + "и", "datv": stem + "и", "ablt": stem + "ью", "loct": stem + "и"}
        sg_acc = word
        pl = {"nomn": stem + "и", "gent": stem + "ей", "datv": stem + "ям", "ablt": stem + "ями", "loct": stem + "ях"}
    elif word.endswith("я"):
        stem = word[:-1]
        sg = {"nomn": word, "gent": stem + "и", "datv": stem + "е", "ablt": stem + "ей", "loct": stem + "е"}
        sg_acc = stem + "ю"
        pl = {"nomn": stem + "и", "gent": stem + "ь", "datv": stem + "ям", "ablt": stem + "ями", "loct": stem + "ях"}
    else:  # -а
        stem = word[:-1]
        i = "и" if stem[-1:] in _VELAR_HUSH else "ы"
        o = "е" if stem[-1:] in _HUSH else "о"
        sg = {"nomn": word, "gent": stem + i, "datv": stem + "е", "ablt": stem + o + "й", "loct": stem + "е"}
        sg_acc = stem + "у"
        pl = {"nomn": stem + i, "gent": stem, "datv": stem + "ам", "ablt": stem + "ами", "loct": stem + "ах"}
    out = _with_accusative(sg, pl, animate)
    out["accs"] = (sg_acc, *out["accs"][1:])
    return out


def _neut(word: str) -> dict[Case, tuple[str, ...]]:
    """Neuter nouns in ``-о``, ``-ие``, ``-е`` (министерство, управление, поле); always inanimate."""
    if word.endswith("ие"):
        stem = word[:-2]
        sg = {"nomn": word, "gent": stem + "ия", "datv": stem + "ию", "ablt": stem + "ием", "loct": stem + "ии"}
        pl = {
            "nomn": stem + "ия",
            "gent": stem + "ий",
            "datv": stem + "иям",
            "ablt": stem + "иями",
            "loct": stem + "иях",
        }
    elif word.endswith("е"):
        stem = word[:-1]
        sg = {"nomn": word, "gent": stem + "я", "datv": stem + "ю", "ablt": stem + "ем", "loct": stem + "е"}
        pl = {"nomn": stem + "я", "gent": stem + "ей", "datv": stem + "ям", "ablt": stem + "ями", "loct": stem + "ях"}
    else:
        stem = word[:-1]
        sg = {"nomn": word, "gent": stem + "а", "datv": stem + "у", "ablt": stem + "ом", "loct": stem + "е"}
        pl = {"nomn": stem + "а", "gent": stem, "datv": stem + "ам", "ablt": stem + "ами", "loct": stem + "ах"}
    return _with_accusative(sg, pl, animate=False)


def _with_accusative(sg: dict[str, str], pl: dict[str, str], animate: bool) -> dict[Case, tuple[str, ...]]:
    acc_sg = sg["gent"] if animate else sg["nomn"]
    acc_pl = pl["gent"] if animate else pl["nomn"]
    return {
        "nomn": (sg["nomn"], pl["nomn"]),
        "gent": (sg["gent"], pl["gent"]),
        "datv": (sg["datv"], pl["datv"]),
        "accs": (acc_sg, acc_pl),
        "ablt": (sg["ablt"], pl["ablt"]),
        "loct": (sg["loct"], pl["loct"]),
    }


def noun_forms(word: str, *, gender: Gender = "masc", animate: bool = True) -> dict[Case, tuple[str, ...]]:
    """Return the (singular, plural) forms of a noun in each case.

    Example:
        >>> noun_forms("полковник")["ablt"]
        ('полковником', 'полковниками')
        >>> noun_forms("Россия", gender="femn", animate=False)["gent"]
        ('России', 'Россий')
        >>> noun_forms("министерство", gender="neut")["gent"]
        ('министерства', 'министерств')
    """
    if gender == "neut" and word[-1:] in "ое":
        return _neut(word)
    if word[-1:] in "оеиуыэю" or not word[-1:].isalpha():
        return dict.fromkeys(CASES, (word,))  # indeclinable (Баку, Душанбе, Тбилиси) or not a word
    if gender == "femn" or (word[-1:] in "ая" and gender != "neut"):
        return _femn(word, animate)
    return _masc_consonant(word, animate)


def adjective_forms(word: str) -> dict[Case, tuple[str, ...]]:
    """Return every form of an adjective given in the masculine nominative singular, by case.

    Each tuple holds the masculine, feminine, neuter and plural forms of that case.

    Example:
        >>> adjective_forms("казахстанский")["gent"]
        ('казахстанского', 'казахстанской', 'казахстанского', 'казахстанских')
        >>> adjective_forms("первый")["ablt"]
        ('первым', 'первой', 'первым', 'первыми')
    """
    stem, ending = word[:-2], word[-2:]
    soft_i = stem[-1:] in _VELAR_HUSH or ending == "ий"
    i = "и" if soft_i else "ы"
    o = "е" if stem[-1:] in _HUSH and ending != "ой" else "о"
    if ending == "ий" and stem[-1:] not in _VELAR_HUSH:
        o = "е"  # soft adjectives (последний): последнего, последнем
    nom_m = word
    gent_m = stem + o + "го"
    datv_m = stem + o + "му"
    ablt_m = stem + i + "м"
    loct_m = stem + o + "м"
    fem_oblique = stem + o + "й"
    return {
        "nomn": (nom_m, stem + "ая", stem + o + "е", stem + i + "е"),
        "gent": (gent_m, fem_oblique, gent_m, stem + i + "х"),
        "datv": (datv_m, fem_oblique, datv_m, stem + i + "м"),
        "accs": (gent_m, stem + "ую", stem + o + "е", stem + i + "х"),
        "ablt": (ablt_m, fem_oblique, ablt_m, stem + i + "ми"),
        "loct": (loct_m, fem_oblique, loct_m, stem + i + "х"),
    }


def adjective_agreeing(word: str, case: Case, gender: Gender, *, plural: bool = False) -> str:
    """Return the form of an adjective (given in the masculine nominative) agreeing with a noun.

    The accusative masculine here is the animate one; callers for inanimate nouns use the nominative.

    Example:
        >>> adjective_agreeing("азербайджанский", "gent", "femn")
        'азербайджанской'
    """
    forms = adjective_forms(word)[case]
    if plural:
        return forms[3]
    return forms[{"masc": 0, "femn": 1, "neut": 2}[gender]]


def phrase_forms(
    head: str,
    *,
    gender: Gender = "masc",
    animate: bool = True,
    adjectives: tuple[str, ...] = (),
    tail: str = "",
    hyphen_head: bool = False,
) -> dict[Case, tuple[str, ...]]:
    """Return the case forms of a phrase: agreeing adjectives + declined head noun + an invariable tail.

    ``hyphen_head`` declines only the last part of a hyphenated head ("генерал-полковник"), which is what
    :func:`noun_forms` does anyway; the flag documents the intent at the call site.

    Example:
        >>> phrase_forms("генерал", tail="армии")["ablt"]
        ('генералом армии', 'генералами армии')
        >>> phrase_forms("лейтенант", adjectives=("старший",))["gent"]
        ('старшего лейтенанта', 'старших лейтенантов')
    """
    del hyphen_head
    nouns = noun_forms(head, gender=gender, animate=animate)
    out: dict[Case, tuple[str, ...]] = {}
    for case in CASES:
        forms: list[str] = []
        for number, noun in enumerate(nouns[case]):
            plural = number == 1
            inanimate_acc = case == "accs" and not animate and (plural or gender == "masc")
            adj_case: Case = "nomn" if inanimate_acc else case
            adjs = [adjective_agreeing(adj, adj_case, gender, plural=plural) for adj in adjectives]
            words = [*adjs, noun, tail] if tail else [*adjs, noun]
            forms.append(" ".join(words))
        out[case] = tuple(forms)
    return out


def all_forms(forms: dict[Case, tuple[str, ...]]) -> frozenset[str]:
    """Flatten a table of case forms into the set of distinct forms.

    Example:
        >>> sorted(all_forms(noun_forms("Баку")))
        ['Баку']
    """
    return frozenset(f for group in forms.values() for f in group)
