"""Russian names to the nominative: "с Закиром Гасановым" → "Закир Гасанов".

Russian inflects personal names for case, and the data model keeps a name in its dictionary form, so every name
read from a Russian article goes through :func:`nominative_name`. The words of a name share one case and one
gender, so the name is read as a whole: each word gets its possible readings (a nominative, a case, a gender and
a weight), and the case and gender that explain all the words best win. A hint from the context (the case of the
rank or post before the name, or of a preposition: "генерал-полковника Руслана Жаксылыкова" is genitive) decides
between equally good readings.

Readings come from two sources:

- **Rules** (always): the endings of the standard paradigms of masculine consonant and soft stems (Закиром,
  Сергея, Виталием), the ``-ов/-ев/-ин`` surnames in both genders (Гасановым, Ивановой), ``-а/-я`` stems
  (Анной, Марии), adjectival surnames (Вишневского, Вишневской), and invariable words (Мирзо, Шойгу, оглы,
  initials, Latin script). Any other word may also be a foreign name left undeclined ("с Дун Цзюнем"): that
  reading weighs too little to beat the nominative alone, but lets the case the context shows explain the words
  that do decline. This is the fallback when pymorphy3 is not installed: it never crashes, and its
  known weakness is an ``-а`` name pair without context ("Руслана Жаксылыкова" could be a woman's nominative
  or a man's genitive): it is read as the masculine genitive unless a hint says otherwise.
- **pymorphy3** (with the ``defcoop[ru]`` extra): its dictionary readings of known given names, surnames and
  patronymics are added, which settles fleeting vowels (Павлом → Павел, Льва → Лев) and the gender of known
  names (Анна Иванова stays feminine). In the case and gender chosen, a word the dictionary knows takes the
  dictionary's nominative, in the text's spelling of "е"/"ё". Guessed readings for unknown words are not used:
  the rules read unknown Central Asian surnames better.

Example:
    >>> nominative_name("Закиром Гасановым")
    'Закир Гасанов'
    >>> nominative_name("Руслана Жаксылыкова", case="gent")
    'Руслан Жаксылыков'
    >>> nominative_name("З.Гасановым")
    'З.Гасанов'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Literal, NamedTuple

from defcoop._lang.ru.inflect import CASES, Case
from defcoop._lang.ru.ranks import MAX_RANK_WORDS, RANKS

__all__ = [
    "Case",
    "available",
    "case_after",
    "nominative_name",
    "reset",
    "split_rank",
]

Gender = Literal["masc", "femn", "any"]


class _Reading(NamedTuple):
    nominative: str
    case: Case
    gender: Gender
    weight: float
    known: bool = False
    """The dictionary knows the word as this inflected form of a name: its nominative is preferred in its case
    and gender over the rules' guesses ("Льва" → "Лев", not "Льв")."""


_SURNAME_STEM = ("ов", "ев", "ёв", "ин", "ын")
_ADJ_STEM = ("ск", "цк")
_HUSH = frozenset("жшчщц")
_VOWELS = frozenset("аеёиоуыэюя")
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_INVARIABLE_ENDINGS = frozenset("оиуэею")
_PARTICLES = frozenset({"оглы", "оглу", "кызы", "гызы", "улы", "уулу", "ибн", "бин", "фон", "де", "ван", "аль", "эль"})

_OBLIQUE: tuple[Case, ...] = tuple(case for case in CASES if case != "nomn")

_IDENTITY_WEIGHT = 0.7
_INVARIABLE_WEIGHT = 0.55
_UNDECLINED_WEIGHT = 0.3
_HINT_BONUS = 0.6

# (ending, replacement, cases, gender, weight, condition on the stem left after removing the ending)
_Cond = Literal["consonant", "hush", "vowel_not_i", "plain_consonant", "surname", "adjective", "any", "velar"]
_RULES: tuple[tuple[str, str, tuple[Case, ...], Gender, float, _Cond], ...] = (
    # masculine consonant stems: Закир, Хокансон, Мойсилович
    ("а", "", ("gent", "accs"), "masc", 0.9, "consonant"),
    ("у", "", ("datv",), "masc", 0.8, "consonant"),
    ("ом", "", ("ablt",), "masc", 1.0, "consonant"),
    ("ем", "", ("ablt",), "masc", 1.0, "hush"),
    ("е", "", ("loct",), "masc", 0.6, "consonant"),
    ("ым", "", ("ablt",), "masc", 1.0, "surname"),
    ("е", "", ("loct",), "masc", 0.9, "surname"),
    # masculine soft stems: Сергей, Игорь, Виталий
    ("я", "й", ("gent", "accs"), "masc", 0.9, "vowel_not_i"),
    ("я", "ь", ("gent", "accs"), "masc", 0.7, "plain_consonant"),
    ("ю", "й", ("datv",), "masc", 0.8, "vowel_not_i"),
    ("ю", "ь", ("datv",), "masc", 0.6, "plain_consonant"),
    ("ем", "й", ("ablt",), "masc", 1.0, "vowel_not_i"),
    ("ем", "ь", ("ablt",), "masc", 0.8, "plain_consonant"),
    ("е", "й", ("loct",), "masc", 0.6, "vowel_not_i"),
    ("ия", "ий", ("gent", "accs"), "masc", 0.5, "any"),
    ("ию", "ий", ("datv",), "masc", 0.8, "any"),
    ("ием", "ий", ("ablt",), "masc", 1.0, "any"),
    ("ии", "ий", ("loct",), "masc", 0.6, "any"),
    # feminine surnames: Иванова, Жаксылыкова
    ("ой", "а", ("gent", "datv", "ablt", "loct"), "femn", 1.0, "surname"),
    ("у", "а", ("accs",), "femn", 0.8, "surname"),
    # -а/-я stems (Анна, Мария; also men's names such as Никита)
    ("ы", "а", ("gent",), "any", 0.8, "consonant"),
    ("и", "а", ("gent",), "any", 0.7, "velar"),
    ("е", "а", ("datv", "loct"), "any", 0.6, "consonant"),
    ("у", "а", ("accs",), "any", 0.5, "consonant"),
    ("ю", "я", ("accs",), "any", 0.6, "any"),
    ("ой", "а", ("ablt",), "any", 0.8, "consonant"),
    ("ей", "а", ("ablt",), "any", 0.7, "hush"),
    ("ей", "я", ("ablt",), "any", 0.7, "any"),
    ("ёй", "я", ("ablt",), "any", 0.8, "any"),
    ("ии", "ия", ("gent", "datv", "loct"), "femn", 0.8, "any"),
    ("ию", "ия", ("accs",), "femn", 0.8, "any"),
    ("ией", "ия", ("ablt",), "femn", 1.0, "any"),
    # adjectival surnames: Вишневский, Вишневская
    ("ого", "ий", ("gent", "accs"), "masc", 1.0, "adjective"),
    ("ому", "ий", ("datv",), "masc", 1.0, "adjective"),
    ("им", "ий", ("ablt",), "masc", 1.0, "adjective"),
    ("ом", "ий", ("loct",), "masc", 1.0, "adjective"),
    ("ой", "ая", ("gent", "datv", "ablt", "loct"), "femn", 1.0, "adjective"),
    ("ую", "ая", ("accs",), "femn", 1.0, "adjective"),
)


def _stem_ok(stem: str, cond: _Cond) -> bool:
    if len(stem) < 2:
        return False
    last = stem[-1]
    if cond == "any":
        return True
    if cond == "consonant":
        return last in _CONSONANTS and not stem.endswith(_ADJ_STEM)
    if cond == "hush":
        return last in _HUSH
    if cond == "velar":
        return last in "гкхжшчщ"
    if cond == "plain_consonant":
        return last in _CONSONANTS and last not in _HUSH
    if cond == "vowel_not_i":
        return last in _VOWELS and last != "и"
    if cond == "surname":
        return stem.endswith(_SURNAME_STEM) and len(stem) >= 4
    return stem.endswith(_ADJ_STEM) and len(stem) >= 4  # adjective


_CYRILLIC_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*")


def _rule_readings(word: str, undeclined: tuple[Gender, ...] = ("any",)) -> list[_Reading]:
    """Readings of one lower-case word by the ending rules: the identity reading, and the light readings of a
    foreign name left undeclined, in the ``undeclined`` genders."""
    if word in _PARTICLES or not _CYRILLIC_WORD.fullmatch(word):
        return [_Reading(word, case, "any", _IDENTITY_WEIGHT) for case in CASES]
    readings = [_Reading(word, "nomn", "any", _IDENTITY_WEIGHT)]
    invariable = word[-1] in _INVARIABLE_ENDINGS or (word[-1] == "а" and word[-2:-1] in ("у", "о", "е"))  # Дюбуа
    # any other word may be a foreign name left undeclined ("с генералом Резой Талаи-Ника"): too light to
    # outweigh the nominative alone, it lets a case the context shows explain the other words
    if invariable:
        readings.extend(_Reading(word, case, "any", _INVARIABLE_WEIGHT) for case in _OBLIQUE)
    else:
        readings.extend(_Reading(word, case, gender, _UNDECLINED_WEIGHT) for gender in undeclined for case in _OBLIQUE)
    for ending, replacement, cases, gender, weight, cond in _RULES:
        if word.endswith(ending) and _stem_ok(word[: -len(ending)], cond):
            nominative = word[: -len(ending)] + replacement
            readings.extend(_Reading(nominative, case, gender, weight) for case in cases)
    return readings


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    """The pymorphy3 analyser, or ``None`` when the ``ru`` extra is not installed."""
    try:
        import pymorphy3
    except ImportError:
        return None
    return pymorphy3.MorphAnalyzer()


def available() -> bool:
    """Whether pymorphy3 (the ``defcoop[ru]`` extra) is installed and used.

    Example:
        >>> isinstance(available(), bool)
        True
    """
    return _analyzer() is not None


def reset() -> None:
    """Forget the cached analyser and readings (after installing or hiding pymorphy3, e.g. in tests).

    Example:
        >>> reset()
    """
    _analyzer.cache_clear()
    _readings.cache_clear()
    _best_readings.cache_clear()


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def _masculine_surname_locative(word: str) -> bool:
    """True when the lower-case ``word`` reads as the dative or locative of a surname in -ов/-ев/-ёв ("зазаеве"):
    a feminine name in -ова/-ева cannot end so, as feminine surnames take -ой in these cases."""
    return word.endswith("е") and word[:-1].endswith(("ов", "ев", "ёв")) and len(word) >= 5


def _dictionary_readings(word: str) -> list[_Reading]:
    analyzer = _analyzer()
    if analyzer is None:
        return []
    out: list[_Reading] = []
    for parse in analyzer.parse(word):
        tag = parse.tag
        if not (_NAME_GRAMMEMES & tag.grammemes) or str(tag.case) not in CASES or str(tag.number) == "plur":
            continue
        if len(parse.methods_stack) != 1 or type(parse.methods_stack[0][0]).__name__ != "DictionaryAnalyzer":
            continue  # a guess: an unknown prefix before a known ending ("Какулеве" as "каку" + "лёве")
        if _masculine_surname_locative(word) and str(tag.gender) == "femn" and str(tag.case) in ("datv", "loct"):
            continue  # the dictionary's rare first names in -ова/-ева ("Зазаева"): a woman's surname takes -ой here
        nominative = parse.inflect({"nomn"})
        word_nom = nominative.word if nominative is not None else parse.normal_form
        written_gender = str(tag.gender)
        gender: Gender = "masc" if written_gender == "masc" else "femn" if written_gender == "femn" else "any"
        case: Case = CASES[CASES.index(str(tag.case))]
        nom = str(word_nom) if "ё" in word else str(word_nom).replace("ё", "е")  # as written: Грачевым → Грачев
        fixed = "Fixd" in tag.grammemes
        out.append(_Reading(nom, case, gender, 0.5 + float(parse.score), known=not fixed))
    if any(r.known for r in out):
        # a word that is both an invariable name and an inflected one ("Анне", "Карине": names of their own, and
        # forms of Анна, Карина): its invariable readings count no more than the rules' invariable reading, so
        # the common name's inflected form wins
        out = [
            r if r.known or r.case == "nomn" else r._replace(weight=min(r.weight, _INVARIABLE_WEIGHT)) for r in out
        ]
    return out


@lru_cache(maxsize=8192)
def _readings(word: str) -> tuple[_Reading, ...]:
    dictionary = _dictionary_readings(word)
    # a word the dictionary does not know may be a foreign name left undeclined; one it knows, only in a gender
    # it gives the word in the nominative alone ("Дун", a man's; not "Айгуль", a woman's invariable name)
    undeclined: tuple[Gender, ...] = ("any",)
    if dictionary:
        known = {g for r in dictionary for g in _genders(r.gender)}
        oblique = {g for r in dictionary if r.case != "nomn" for g in _genders(r.gender)}
        undeclined = tuple(g for g in _BOTH if g in known and g not in oblique)
    return (*_rule_readings(word, undeclined), *dictionary)


def _recase(original: str, lower: str) -> str:
    if len(original) > 1 and original.isupper():
        return lower.upper()
    if original[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in lower.split("-"))
    return lower


_INITIALS = re.compile(r"(?:[A-ZА-ЯЁ]\.[ \u00a0]?){1,3}")
"""Initials written before a surname: "З.", "З. ", "А.А."."""


def _split_initials(token: str) -> tuple[str, str]:
    m = _INITIALS.match(token)
    if m is None:
        return "", token
    return token[: m.end()], token[m.end() :]


_BOTH: tuple[Gender, ...] = ("masc", "femn")
_FITS: tuple[tuple[Case, Gender], ...] = tuple((c, g) for c in CASES for g in _BOTH)
"""The cases and genders :func:`_choose` tries, in order of preference on a tie."""


def _genders(gender: Gender) -> tuple[Gender, ...]:
    """The genders a reading of ``gender`` fits: both for "any"."""
    return _BOTH if gender == "any" else (gender,)


@lru_cache(maxsize=8192)
def _best_readings(word: str) -> dict[tuple[Case, Gender], _Reading]:
    """For each case and gender of :data:`_FITS`, the reading of ``word`` in that case and gender (or any gender)
    that names its nominative, with the highest weight of all those readings; absent: none fits.

    The nominative is the heaviest :attr:`~_Reading.known` reading's when there is one (the dictionary's word
    beats the rules' guess), else the heaviest reading's; the first of equals in both."""
    heaviest: dict[tuple[Case, Gender], _Reading] = {}
    known: dict[tuple[Case, Gender], _Reading] = {}
    for reading in _readings(word):
        for gender in _genders(reading.gender):
            slot = (reading.case, gender)
            for best in (heaviest, known) if reading.known else (heaviest,):
                current = best.get(slot)
                if current is None or reading.weight > current.weight:
                    best[slot] = reading
    for slot, reading in known.items():
        heaviest[slot] = reading._replace(weight=heaviest[slot].weight)
    return heaviest


def _choose(words: list[str], hint: Case | None) -> list[str]:
    """Pick the case and gender that explain all words best; return each word's nominative (lower case)."""
    table = [_best_readings(w) for w in words]
    best: tuple[float, int] | None = None
    best_pick: list[str] = words
    for rank, fit in enumerate(_FITS):
        total = 0.0
        pick: list[str] = []
        for fitting in table:
            top = fitting.get(fit)
            if top is None:
                break
            total += top.weight
            pick.append(top.nominative)
        else:
            case = fit[0]
            if case == hint or (hint == "accs" and case == "gent") or (hint == "gent" and case == "accs"):
                total += _HINT_BONUS * len(words)
            score = (round(total, 6), -rank)
            if best is None or score > best:
                best, best_pick = score, pick
    return best_pick


_SPACE = re.compile(r"\s+")


def nominative_name(name: str, case: Case | None = None) -> str:
    """Return a person's name in the nominative, keeping its spelling and capitalisation otherwise.

    Args:
        name: The name as written, in any case ("Закиром Гасановым", "Руслана Жаксылыкова", "З.Гасанова").
        case: The case the context shows, when known (from the rank, post or preposition before the name).

    Returns:
        The nominative form ("Закир Гасанов"). Latin-script names, initials and invariable words are kept.

    Example:
        >>> nominative_name("Дэниелем Хокансоном")
        'Дэниель Хокансон'
        >>> nominative_name("Анной Ивановой")
        'Анна Иванова'
        >>> nominative_name("Сергея Шойгу")
        'Сергей Шойгу'
        >>> nominative_name("Шерали Мирзо")
        'Шерали Мирзо'
    """
    tokens = [t for t in _SPACE.split(name.strip()) if t]
    if not tokens:
        return name
    parts: list[tuple[str, str]] = [_split_initials(t) for t in tokens]
    words = [w for _, w in parts if w]
    if not words:
        return name.strip()
    chosen = iter(_choose([w.lower() for w in words], case))
    out = []
    for prefix, word in parts:
        out.append(prefix + (_recase(word, next(chosen)) if word else ""))
    return " ".join(out)


_PREPOSITION_CASE: dict[str, Case] = {
    "с": "ablt",
    "со": "ablt",
    "между": "ablt",
    "перед": "ablt",
    "за": "ablt",
    "над": "ablt",
    "под": "ablt",
    "у": "gent",
    "от": "gent",
    "для": "gent",
    "без": "gent",
    "до": "gent",
    "из": "gent",
    "со стороны": "gent",
    "к": "datv",
    "ко": "datv",
    "по": "datv",
    "о": "loct",
    "об": "loct",
    "при": "loct",
}


def case_after(preceding: str) -> Case | None:
    """The case a name takes after the given preceding word or phrase, when that word governs it.

    Rank words give their own case ("генерал-полковника" → genitive); prepositions give the case they govern
    ("с" → instrumental). Other words give ``None``.

    Example:
        >>> case_after("с"), case_after("генералом армии"), case_after("встретился")
        ('ablt', 'ablt', None)
    """
    key = " ".join(preceding.lower().replace("ё", "е").split())
    found = RANKS.get(key)
    if found is not None:
        return found[1]
    return _PREPOSITION_CASE.get(key)


def split_rank(phrase: str, case: Case | None = None) -> tuple[str | None, str]:
    """Split a "rank name" phrase into the English rank and the nominative name.

    The rank's own case is the hint for the name ("генерала армии Сергея Шойгу" is genitive).

    Args:
        phrase: A name, optionally preceded by a Russian rank in any case form.
        case: A case hint from the context, used when there is no rank.

    Returns:
        ``(english_rank or None, nominative name)``.

    Example:
        >>> split_rank("генерал-полковником Русланом Жаксылыковым")
        ('Colonel General', 'Руслан Жаксылыков')
        >>> split_rank("генерала армии Сергея Шойгу")
        ('Army General', 'Сергей Шойгу')
        >>> split_rank("Керим Велиев")
        (None, 'Керим Велиев')
    """
    words = phrase.split()
    for n in range(min(MAX_RANK_WORDS, len(words) - 1), 0, -1):
        found = RANKS.get(" ".join(words[:n]).lower().replace("ё", "е"))
        if found is not None:
            english, rank_case = found
            return english, nominative_name(" ".join(words[n:]), rank_case)
    return None, nominative_name(phrase, case)
