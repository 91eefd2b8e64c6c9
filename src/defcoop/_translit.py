"""Cyrillic names in Latin letters, as the English-language press of Central Asia and the Caucasus spells them.

:func:`transliterate` gives the reading form stored in :attr:`defcoop.models.Official.name_latin`. It follows
the BGN/PCGN romanisation of Russian with the conventions the English-language press of the region uses for
Turkic and Iranian names: ``Ж`` → ``zh``, ``Х`` → ``kh``, ``Ы`` → ``y``, ``Й`` → ``y``, ``Е`` → ``ye`` at the start
of a word and after a vowel ("Yerlan", "Aliyev"), ``-ий``/``-ый`` → ``-iy``/``-y``, and the Kazakh, Kyrgyz, Tajik
and Uzbek Cyrillic letters (``Ә``, ``Ғ``, ``Қ``, ``Ң``, ``Ө``, ``Ұ``, ``Ү``, ``Һ``, ``І``, ``Ҳ``, ``Ҷ``, ``Ӣ``, ``Ӯ``,
``Ў``), and ``Дж`` → ``j`` as the region's own Latin alphabets write it ("Джейхун" → "Jeyhun"). Russian writes
the Turkic ``h`` with ``Г`` (Гасанов for Hasanov, Гусейнов for Huseynov, Гаджиев for
Hajiyev): the name stems of :data:`TURKIC_H_STEMS` are written with ``H``, every other ``Г`` with ``G``.

:func:`latin_keys` gives variant-tolerant keys for matching one person across scripts and spellings: "Zakir
Hasanov", "Zakir Gasanov" and "Закир Гасанов" share a key, as do "Zhaksylykov"/"Jaksilikov"/"Жаксылыков".

Example:
    >>> transliterate("Закир Гасанов")
    'Zakir Hasanov'
    >>> transliterate("Руслан Жаксылыков")
    'Ruslan Zhaksylykov'
    >>> bool(latin_keys("Zakir Hasanov") & latin_keys("Закир Гасанов"))
    True
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["TURKIC_H_STEMS", "has_cyrillic", "latin_keys", "transliterate"]

_LETTERS: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
    # Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic
    "ә": "a", "ғ": "g", "қ": "k", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u", "ў": "o",
}  # fmt: skip
"""Lower-case Cyrillic letter → Latin (BGN/PCGN, with the regional press's choices for the extra letters)."""

TURKIC_H_STEMS: tuple[str, ...] = (
    "гасан", "гусейн", "гаджи", "гейдар", "гамид", "гамза", "гашим", "гафар", "габиб", "гидаят", "гумбат",
    "гюльнар", "гусен", "гаки", "гаким", "гарун", "гасым", "гамлет", "гакоб",
)  # fmt: skip
"""Name stems whose ``Г`` renders an Azerbaijani/Turkic or Armenian ``H`` (Гасанов → Hasanov, Гамлет → Hamlet).

Source: the Azerbaijani Latin spellings of common Muslim given names and the surnames built on them (Həsən,
Hüseyn, Hacı, Heydər, Həmid, Həmzə, Haşım, Həbib, Hidayət, Hümbət), as the Azerbaijani and Armenian English
press prints them.
"""

_VOWELS = frozenset("аеёиоуыэюяәөұүі")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` contains a Cyrillic letter.

    Example:
        >>> has_cyrillic("Закир"), has_cyrillic("Zakir")
        (True, False)
    """
    return _CYRILLIC.search(text) is not None


def _word(word: str) -> str:
    lower = word.lower()
    suffix = ""
    if lower.endswith("ый") and len(lower) > 3:
        lower, suffix = lower[:-2], "y"
    h_initial = lower.startswith(TURKIC_H_STEMS)
    out: list[str] = []
    for i, ch in enumerate(lower):
        prev = lower[i - 1] if i else ""
        if ch == "е" and (not prev or prev in _VOWELS or prev in "ъь"):
            out.append("ye")
        elif ch == "ж" and prev == "д":
            out[-1] = "j"  # Дж: Джейхун → Jeyhun, Джамшид → Jamshid
        elif ch == "г" and i == 0 and h_initial:
            out.append("h")
        else:
            out.append(_LETTERS.get(ch, ch))
    latin = "".join(out) + suffix
    if len(word) > 1 and word.isupper():
        return latin.upper()
    if word[:1].isupper():
        return latin[:1].upper() + latin[1:]
    return latin


def transliterate(text: str) -> str:
    """Write a Cyrillic name (or any text) in Latin letters; Latin text is returned unchanged.

    Example:
        >>> transliterate("Шухрат Халмухамедов")
        'Shukhrat Khalmukhamedov'
        >>> transliterate("Вагаршак Арутюнян")
        'Vagarshak Arutyunyan'
        >>> transliterate("Виталий Ермеков")
        'Vitaliy Yermekov'
        >>> transliterate("Zakir Hasanov")
        'Zakir Hasanov'
    """
    if not has_cyrillic(text):
        return text
    return _WORD.sub(lambda m: _word(m.group()) if has_cyrillic(m.group()) else m.group(), text)


_SPECIAL_LATIN = {"ə": "a", "ı": "i", "ş": "sh", "ç": "ch", "ğ": "g", "ß": "ss", "ø": "o", "đ": "d", "ł": "l"}
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("shch", "sh"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("ph", "f"), ("ts", "c"),
    ("ck", "k"),
)  # fmt: skip
_SINGLES = str.maketrans({"y": "i", "w": "v", "q": "k", "x": "h", "g": "h", "j": "j"})
_DOUBLE = re.compile(r"(.)\1+")
_NON_LETTER = re.compile(r"[^a-z ]")
_VOWEL_RUN = re.compile(r"[aeiou]+")


def _ascii(text: str) -> str:
    text = transliterate(text).casefold()
    text = "".join(_SPECIAL_LATIN.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _key_word(word: str) -> str:
    for old, new in _DIGRAPHS:
        word = word.replace(old, new)
    word = word.translate(_SINGLES)
    if word.endswith("off"):
        word = word[:-3] + "ov"
    if len(word) > 2 and word.startswith("ie"):  # Yerlan / Erlan
        word = word[1:]
    return _DOUBLE.sub(r"\1", word)


def latin_keys(name: str) -> frozenset[str]:
    """Variant-tolerant keys of a name, for matching one person across scripts and romanisations.

    Two keys are given: the *spelling key* (transliterated, then ``zh``/``dzh``/``j``, ``kh``/``x``/``h``,
    ``g``/``h``, ``y``/``i``, ``w``/``v``, ``q``/``k``, ``ts``/``c`` merged, doubled letters and a final ``-off``
    reduced), and the *consonant key* (the same without vowels), which also absorbs vowel spellings ("Valiyev"
    for Велиев). Callers should back a consonant-key match with the country or post.

    Example:
        >>> sorted(latin_keys("Закир Гасанов"))
        ['zakir hasanov', 'zkr hsnv']
        >>> sorted(latin_keys("Руслан Жаксылыков") & latin_keys("Ruslan Jaksilikov"))
        ['rsln jkslkv', 'ruslan jaksilikov']
        >>> latin_keys("")
        frozenset()
    """
    words = [w for w in _NON_LETTER.sub(" ", _ascii(name)).split() if w]
    if not words:
        return frozenset()
    spelled = [_key_word(w) for w in words]
    consonants = [_DOUBLE.sub(r"\1", _VOWEL_RUN.sub("", w)) or w for w in spelled]
    return frozenset({" ".join(spelled), " ".join(consonants)})
