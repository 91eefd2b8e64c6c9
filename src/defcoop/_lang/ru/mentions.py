"""Russian person mentions: the rules of Russian word order and case that the English reader does not know.

Produces the same :class:`~defcoop._mentions.Mentions` as :func:`defcoop._mentions.find_mentions`, so the
later stages (coreference, meetings) run unchanged. What differs in Russian:

- **Word order and case.** The post precedes the name and its country follows the post in the genitive
  ("Министр обороны Казахстана Даурен Косанов"), or stands before it as an adjective ("азербайджанской армии");
  a country after "в"/"во" is a destination ("посол Азербайджана в США"), never the official's country.
- **Names inflect.** The name is put in the nominative (:func:`defcoop._morph_ru.nominative_name`), with the
  case of the rank, of the post head or of the preposition before it as the hint ("генерала армии Сергея
  Шойгу" → genitive → "Сергей Шойгу"); the mention's span still points at the inflected form in the text.
- **Posts are rendered in English** (the data model records English posts): "первый заместитель министра
  обороны — начальник Генерального штаба азербайджанской армии" → "First Deputy Minister of Defence", "Chief of
  the General Staff of the Army" (the country adjective dropped, as in English posts).
- **Coordination.** "Главы военных ведомств России и Армении Сергей Шойгу и Вагаршак Арутюнян": the post is
  shared and the countries are assigned in order; "министерств обороны Таджикистана Шерали Мирзо и Узбекистана
  Баходур Курбанов": each name takes the country right before it.
- **Delegations.** A person who leads a delegation ("делегацией Таджикистана ... во главе с министром обороны
  ...", "Беларусскую делегацию ... возглавлял генерал-майор ...") serves the delegation's country when the post
  does not name one.

Word lists: :mod:`.ranks`, :mod:`.posts`, :mod:`.names`, :mod:`.verbs`. Linear in the text: every scan around a
name is bounded.

Example:
    >>> from defcoop._lang import get
    >>> m = find_mentions("Министр обороны Казахстана генерал-полковник Руслан Жаксылыков встретился с послом.",
    ...                   get("ru"))
    >>> [(p.name, p.rank, p.posts, p.country.code) for p in m.persons]
    [('Руслан Жаксылыков', 'Colonel General', ('Minister of Defence',), 'KZ')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from defcoop._lang import Language
from defcoop._lang.ru import posts as _posts
from defcoop._lang.ru.inflect import Case
from defcoop._lang.ru.names import NAME_PARTICLES, STOP_WORDS
from defcoop._lang.ru.places import CITIES
from defcoop._lang.ru.ranks import RANKS
from defcoop._lang.ru.verbs import DELEGATION, LED_BY
from defcoop._mentions import CountryMention, Mentions, PersonMention, Token, scan_countries, tokenize
from defcoop._morph_ru import case_after, nominative_name
from defcoop.models import Country, Span

__all__ = ["find_mentions", "translate_post"]

_DASHES = frozenset({"—", "–", "-", "‐", "―"})
_JOINERS = frozenset({"по", "о", "вопросам", "при"})
_DESTINATION = frozenset({"в", "во", "на", "из", "к", "для"})
_MAX_NAME_WORDS = 4
_MAX_PHRASE_TOKENS = 30
_CYRILLIC_CAP = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*\Z")
_DELEGATION = re.compile(DELEGATION, re.IGNORECASE)
_LED_BY = re.compile(LED_BY, re.IGNORECASE)
_INVITED_BY = re.compile(
    r"\b(?:по\s{1,3}(?:приглашению|поручению|инициативе|указанию)|от\s{1,3}имени)\s{1,3}\Z", re.IGNORECASE
)
"""Before a post and name in the genitive that only names who invited or sent someone: not a participant."""
_SENTENCE_END = re.compile(r"[.!?…](?=\s{1,5}[А-ЯЁA-Z«\"—–-])|\n")


def _key(word: str) -> str:
    return word.lower().replace("ё", "е")


@attrs.frozen
class _Post:
    english: str | None
    country: Country | None
    countries: tuple[Country, ...]
    heads: tuple[str, ...]
    case: Case | None
    counterpart: bool


class _Doc:
    def __init__(self, text: str, language: Language, cms: Sequence[CountryMention]) -> None:
        self.text = text
        self.lang = language
        self.tokens: tuple[Token, ...] = tokenize(text)
        n = len(self.tokens)
        self.starts = [t.start for t in self.tokens]
        self.keys = [_key(t.text) for t in self.tokens]
        self.country: list[Country | None] = [None] * n
        self.country_id: list[int] = [-1] * n
        self.country_kind: list[str] = [""] * n
        self.rank: list[tuple[str, Case] | None] = [None] * n
        for k, cm in enumerate(cms):
            for i in self._range(cm.span.start, cm.span.end):
                self.country[i] = cm.country
                self.country_id[i] = k
                self.country_kind[i] = cm.kind
        for m in language.rank_pattern.finditer(text):
            found = RANKS.get(" ".join(_key(m.group()).split()))
            if found is None:
                continue
            for i in self._range(m.start(), m.end()):
                self.rank[i] = found

    def _range(self, start: int, end: int) -> range:
        from bisect import bisect_left

        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))

    def same_line(self, i: int, j: int) -> bool:
        return "\n" not in self.text[self.tokens[i].end : self.tokens[j].start]

    def is_head(self, i: int) -> bool:
        return self.keys[i] in _posts.HEAD_FORMS

    def is_post_word(self, i: int) -> bool:
        k = self.keys[i]
        return k in _posts.POST_WORDS or k in _posts.MODIFIER_FORMS

    def is_initial(self, i: int) -> bool:
        toks = self.tokens
        t = toks[i].text
        return (
            len(t) == 1
            and t.isupper()
            and t.isalpha()
            and i + 2 < len(toks)
            and toks[i + 1].text == "."
            and toks[i + 1].start == toks[i].end
            and _CYRILLIC_CAP.match(toks[i + 2].text) is not None
        )

    def is_name_word(self, i: int) -> bool:
        t = self.tokens[i].text
        if self.is_initial(i):
            return True
        if _CYRILLIC_CAP.match(t) is None or len(t) < 2:
            return False
        if t in STOP_WORDS or t in CITIES or self.country[i] is not None or self.rank[i] is not None:
            return False
        k = self.keys[i]
        return not (self.is_head(i) or self.is_post_word(i) or k in _posts.NOT_OFFICIAL)

    def name_runs(self) -> list[tuple[int, int]]:
        runs: list[tuple[int, int]] = []
        toks = self.tokens
        n = len(toks)
        i = 0
        while i < n:
            # a name word or initial starts with a capital: most tokens fail that test before the full one
            if not toks[i].text[0].isupper() or not self.is_name_word(i):
                i += 1
                continue
            a = j = i
            words = 0
            while j < n and words < _MAX_NAME_WORDS:
                if j > a and not self.same_line(j - 1, j):
                    break
                if self.is_initial(j):
                    j += 2
                    continue
                if self.is_name_word(j):
                    words += 1
                    j += 1
                    continue
                if self.keys[j] in NAME_PARTICLES and j > a and j + 1 < n and self.is_name_word(j + 1):
                    j += 1
                    continue
                break
            if words:
                runs.append((a, j))
            i = max(j, i + 1)
        return runs

    def allowed_in_post(self, i: int, stop: int) -> bool:
        """Whether token i can belong to a post phrase that ends before token ``stop``."""
        t = self.tokens[i].text
        k = self.keys[i]
        if self.is_head(i) or self.is_post_word(i) or self.country[i] is not None or self.rank[i] is not None:
            return True
        if k in _JOINERS or t in _DASHES:
            return True
        nxt = i + 1
        if k in _DESTINATION:  # "посол Пакистана в Москве", "атташе при посольстве США в Минске"
            return nxt < stop and (self.country[nxt] is not None or _is_city(self, nxt))
        if k == "и":
            return nxt < stop and self.country[nxt] is not None
        if t in CITIES and i > 0 and self.keys[i - 1] in _DESTINATION:
            return True
        return t == "," and nxt < stop and (self.rank[nxt] is not None or self.is_head(nxt))

    def back(self, a: int, floor: int) -> tuple[int, tuple[str, Case] | None, int]:
        """(start of the post region, rank before the name, start of the rank) for the name at token ``a``."""
        i = a - 1
        rank = None
        while i > floor and self.rank[i] is not None and self.same_line(i, a):
            rank = rank or self.rank[i]
            i -= 1
        rank_start = i + 1
        k = i
        steps = 0
        while k > floor and steps < _MAX_PHRASE_TOKENS and self.same_line(k, a) and self.allowed_in_post(k, a):
            k -= 1
            steps += 1
        return k + 1, rank, rank_start

    def forward(self, b: int, ceiling: int) -> int:
        """End of a ", post ..." phrase right after the name ending at token ``b`` (or ``b``)."""
        n = min(len(self.tokens), ceiling)
        if (
            b + 1 >= n
            or self.tokens[b].text != ","
            or not (self.is_head(b + 1) or self.keys[b + 1] in _posts.MODIFIER_FORMS)
        ):
            return b
        k = b + 1
        steps = 0
        while k < n and steps < _MAX_PHRASE_TOKENS and self.same_line(b, k) and self.allowed_in_post(k, n):
            if self.tokens[k].text == ",":
                break
            k += 1
            steps += 1
        return k


def _is_city(doc: _Doc, i: int) -> bool:
    """Whether token i is a city ("Москве", "Минске") of :mod:`.places`."""
    return doc.tokens[i].text in CITIES


def _trim(doc: _Doc, s: int, e: int) -> int:
    """Start the post region at its first head, with the modifiers and country adjectives right before it."""
    first_head = next((k for k in range(s, e) if doc.is_head(k)), None)
    if first_head is None:
        return e
    k = first_head
    while k - 1 >= s and (
        doc.keys[k - 1] in _posts.MODIFIER_FORMS
        or (doc.country[k - 1] is not None and doc.tokens[k - 1].text[:1].islower())
        or (doc.is_post_word(k - 1) and doc.tokens[k - 1].text[:1].islower())
    ):
        k -= 1
    return k


def _parts(doc: _Doc, s: int, e: int) -> list[tuple[int, int]]:
    """Split tokens [s, e) into sub-phrases at spaced dashes and commas."""
    out: list[tuple[int, int]] = []
    cur = s
    for k in range(s, e):
        t = doc.tokens[k].text
        spaced_dash = t in _DASHES and (k == 0 or doc.tokens[k - 1].end < doc.tokens[k].start)
        if t == "," or spaced_dash:
            if cur < k:
                out.append((cur, k))
            cur = k + 1
    if cur < e:
        out.append((cur, e))
    return out


_DEPUTY_HEADS = frozenset({"заместитель", "помощник", "советник", "замминистра"})


def translate_post(words: Sequence[str], destination: Country | None = None) -> str | None:
    """Render a Russian post phrase (its words, countries left out) in English.

    Args:
        words: The phrase's words in text order, without country words ("первый", "заместитель", "министра",
            "обороны").
        destination: The country after "в" for an ambassador ("посол ... в США" → "Ambassador to ...").

    Returns:
        The English post, or ``None`` when no head word is found.

    Example:
        >>> translate_post(["первый", "заместитель", "министра", "обороны"])
        'First Deputy Minister of Defence'
        >>> translate_post(["начальник", "Генерального", "штаба", "армии"])
        'Chief of the General Staff of the Army'
        >>> translate_post(["главой", "Минобороны"])
        'Head of the Ministry of Defence'
        >>> translate_post(["генерального", "секретаря", "Организации", "Договора", "о", "коллективной",
        ...                 "безопасности"])
        'Secretary General of the Collective Security Treaty Organization'
    """
    keys = [_key(w) for w in words]
    head_at = next((i for i, k in enumerate(keys) if k in _posts.HEAD_FORMS), None)
    if head_at is None:
        return None
    head = _posts.HEAD_FORMS[keys[head_at]][0]
    english_head = _posts.HEADS_EN[head]
    modifiers = [_posts.MODIFIER_FORMS[k] for k in keys[:head_at] if _posts.MODIFIER_FORMS.get(k)]
    if head == "секретарь" and "Secretary General" in modifiers:
        modifiers.remove("Secretary General")
        english_head = "Secretary General"
    complements: list[str] = []
    i = head_at + 1
    while i < len(keys):
        for n in range(min(_posts.MAX_PHRASE_WORDS, len(keys) - i), 0, -1):
            found = _posts.GENITIVE_PHRASES.get(" ".join(keys[i : i + n]))
            if found is not None:
                complements.append(found)
                i += n
                break
        else:
            i += 1
    if complements and head in _DEPUTY_HEADS and not complements[0].startswith(("of ", "for ")):
        english_head = f"{english_head} {complements.pop(0)}"
    elif head == "начальник" and complements and complements[0].startswith(("of the Department", "of the Direct")):
        english_head = "Head"
    parts = [*modifiers, english_head, *complements]
    if destination is not None and head == "посол":
        parts.append(f"to {_english_name(destination)}")
    return " ".join(parts)


_THE_NAMES = ("United", "Netherlands", "Philippines", "Russian Federation", "Czech", "Republic")


def _english_name(country: Country) -> str:
    name = country.name
    return f"the {name}" if name.startswith(_THE_NAMES) else name


def _read_post(doc: _Doc, s: int, e: int) -> _Post:
    words: list[str] = []
    qualifiers: list[Country] = []
    destination: Country | None = None
    heads: list[str] = []
    case: Case | None = None
    k = s
    while k < e:
        c = doc.country[k]
        if c is not None:
            cid = doc.country_id[k]
            prev = doc.keys[k - 1] if k > s else ""
            if prev in _DESTINATION:
                destination = destination or c
            elif not qualifiers or qualifiers[-1] != c:
                qualifiers.append(c)
            while k < e and doc.country_id[k] == cid:
                k += 1
            continue
        if doc.is_head(k):
            nominative, head_case = _posts.HEAD_FORMS[doc.keys[k]]
            if not heads:
                case = head_case
            heads.append(nominative)
        if doc.tokens[k].is_word and doc.keys[k] not in _DESTINATION and doc.keys[k] != "и":
            words.append(doc.tokens[k].text)
        k += 1
    english = translate_post(words, destination)
    counterpart = bool(heads) and all(h == "коллега" for h in heads)
    return _Post(
        english=None if counterpart else english,
        country=qualifiers[0] if qualifiers else None,
        countries=tuple(qualifiers),
        heads=tuple(heads),
        case=case,
        counterpart=counterpart,
    )


def _sentence_start(text: str, offset: int) -> int:
    """The start of the sentence holding ``offset``, looking back 600 characters at most."""
    window = max(0, offset - 600)
    start = window
    for m in _SENTENCE_END.finditer(text, window, offset):
        start = m.end()
    return start


def _delegation_country(doc: _Doc, name_start: int, phrase_start: int) -> Country | None:
    """The country of a delegation the person leads, from the same sentence ("делегацией Таджикистана ... во
    главе с ...", "Беларусскую делегацию ... возглавлял ...")."""
    text = doc.text
    s = _sentence_start(text, phrase_start)
    window_end = min(len(text), name_start + 200)
    led = _LED_BY.search(text, s, window_end)
    if led is None:
        return None
    for m in _DELEGATION.finditer(text, s, window_end):
        idx = doc._range(m.start(), m.end())
        if not idx:
            continue
        i = idx.start
        # an adjective right before ("азербайджанская делегация", "Беларусскую делегацию")
        if i > 0 and doc.country[i - 1] is not None and doc.country_kind[i - 1] != "capital":
            return doc.country[i - 1]
        # a genitive right after ("делегацией Таджикистана", "делегация Министерства обороны Казахстана")
        j = i + 1
        steps = 0
        while (
            j < len(doc.tokens)
            and steps < 6
            and (doc.country[j] is None)
            and (doc.is_post_word(j) or doc.keys[j] in ("военная", "военной", "военную"))
        ):
            j += 1
            steps += 1
        if j < len(doc.tokens) and doc.country[j] is not None and doc.country_kind[j] != "capital":
            return doc.country[j]
    return None


def find_mentions(
    text: str,
    language: Language,
    country_mentions: Sequence[CountryMention] | None = None,
    exclude: Sequence[Span] = (),
) -> Mentions:
    """Find the person and country mentions of a Russian text.

    Same contract as :func:`defcoop._mentions.find_mentions`; names are in the nominative and posts in English.

    Example:
        >>> from defcoop._lang import get
        >>> t = "Закир Гасанов провел телефонный разговор с главой Минобороны Беларуси Виктором Хрениным."
        >>> [(p.name, p.posts, p.country and p.country.code, p.qualified) for p in find_mentions(t, get("ru")).persons]
        [('Закир Гасанов', (), None, False), ('Виктор Хренин', ('Head of the Ministry of Defence',), 'BY', True)]
    """
    cms = tuple(scan_countries(text)) if country_mentions is None else tuple(country_mentions)
    doc = _Doc(text, language, cms)
    runs = doc.name_runs()
    toks = doc.tokens
    persons: list[PersonMention] = []
    read: list[tuple[int, int, _Post | None, tuple[str, Case] | None]] = []
    for index, (a, b) in enumerate(runs):
        start, end = toks[a].start, toks[b - 1].end
        if any(x.start <= start < x.end for x in exclude):
            continue
        floor = runs[index - 1][1] - 1 if index else -1
        ceiling = runs[index + 1][0] if index + 1 < len(runs) else len(toks)
        region_start, rank, rank_start = doc.back(a, floor)
        post_start = _trim(doc, region_start, rank_start)
        post_parts = [_read_post(doc, s, e) for s, e in _parts(doc, post_start, rank_start)]
        post_parts = [p for p in post_parts if p.heads]
        fwd = doc.forward(b, ceiling)
        after = [_read_post(doc, s, e) for s, e in _parts(doc, b + 1, fwd)]
        after = [p for p in after if p.heads][:1]
        own_countries = [doc.country[k] for k in range(region_start, rank_start) if doc.country[k] is not None]
        coordinated = (
            not post_parts
            and not rank
            and read
            and read[-1][1] <= region_start
            and a - read[-1][1] <= 3 + len(own_countries)
            and any(doc.keys[k] in ("и", ",") for k in range(read[-1][1], a))
            and read[-1][2] is not None
        )
        parts = [*post_parts, *after]
        country: Country | None = next((p.country for p in parts if p.country is not None), None)
        if coordinated:
            previous = read[-1][2]
            assert previous is not None
            shared = previous.countries
            own = next((c for c in own_countries if c is not None), None)
            if own is not None:
                country = own
            elif len(shared) > 1:
                position = 0  # how many names before this one share the post
                for r in reversed(read):
                    if r[2] is not previous or position >= len(shared):
                        break
                    position += 1
                country = shared[position] if position < len(shared) else None
            parts = [attrs.evolve(previous, country=country)]
            rank = rank or read[-1][3]
        if not coordinated and country is None and len(shared_list := [p for p in post_parts if p.countries]) == 1:
            country = shared_list[0].countries[0]
        heads = tuple(h for p in parts for h in p.heads)
        counterpart = bool(parts) and all(p.counterpart for p in parts)
        qualified = rank is not None or bool(heads)
        if qualified and country is None:
            country = _delegation_country(doc, start, toks[post_start].start if post_start < a else start)
        first = post_start if post_parts else rank_start
        first_token = min(first, a)
        hint: Case | None = rank[1] if rank else (parts[0].case if parts and post_parts else None)
        if hint is None and a > 0:
            hint = case_after(toks[a - 1].text)
        invited_by = _INVITED_BY.search(doc.text, max(0, toks[first_token].start - 40), toks[first_token].start)
        raw = _raw_name(doc, a, b)
        name = nominative_name(raw, hint)
        last = fwd if after else b
        post_texts = tuple(p.english for p in parts if p.english)
        persons.append(
            PersonMention(
                name=name,
                span=Span(start, end),
                phrase=Span(toks[first_token].start, toks[last - 1].end),
                rank=rank[0] if rank else None,
                posts=post_texts,
                country=country if qualified else None,
                qualified=qualified,
                counterpart=counterpart,
                not_official=a > 0 and doc.keys[a - 1] in _posts.NOT_OFFICIAL,
                possessive=invited_by is not None,
                headline=False,
                head_words=heads,
            )
        )
        shared_post = parts[0] if parts and (post_parts or coordinated) else None
        read.append((a, b, shared_post, rank))
    persons.extend(_post_references(doc, persons, runs, exclude))
    persons.sort(key=lambda p: p.span.start)
    return Mentions(tuple(persons), cms)


def _post_references(
    doc: _Doc, persons: Sequence[PersonMention], runs: Sequence[tuple[int, int]], exclude: Sequence[Span]
) -> list[PersonMention]:
    """Unnamed posts with a country that refer back to one official named before ("Кроме того, министр обороны
    Казахстана встретился ..."): Russian has no article to mark "the minister", so a post and country that fit
    exactly one official already named stand for that official. The mention's span is the post phrase.

    One sweep in text order: the officials named so far are indexed by (country, head word)."""
    toks = doc.tokens
    n = len(toks)
    covered = [False] * (n + 1)  # tokens inside a person's phrase
    for p in persons:
        for k in doc._range(p.phrase.start, p.phrase.end):
            covered[k] = True
    run_starts = {a for a, _b in runs}
    by_start = sorted((p for p in persons if p.qualified and p.country is not None), key=lambda p: p.span.start)
    named: dict[tuple[str, str], set[str]] = {}
    next_person = 0
    out: list[PersonMention] = []
    head_forms = _posts.HEAD_FORMS
    resume = 0  # where the sweep goes on: after the phrase read last
    for i in [i for i, key in enumerate(doc.keys) if key in head_forms and head_forms[key][0] != "коллега"]:
        if i < resume:
            continue
        start = i
        while start - 1 >= 0 and doc.keys[start - 1] in _posts.MODIFIER_FORMS:
            start -= 1
        j = i + 1
        while (
            j < n
            and j - i < _MAX_PHRASE_TOKENS
            and doc.same_line(i, j)
            and (doc.is_post_word(j) or doc.country[j] is not None or doc.keys[j] in _JOINERS)
        ):
            j += 1
        offset = toks[start].start
        while next_person < len(by_start) and by_start[next_person].span.start < offset:
            p = by_start[next_person]
            for head in p.head_words:
                named.setdefault((p.country.code, head), set()).add(p.name)  # type: ignore[union-attr]
            next_person += 1
        if (
            (j < n and (j in run_starts or doc.rank[j] is not None))
            or covered[start]
            or any(x.start <= offset < x.end for x in exclude)
        ):
            resume = j
            continue
        post = _read_post(doc, start, j)
        if post.country is None or not post.heads:
            resume = j
            continue
        candidates = named.get((post.country.code, post.heads[0]), set())
        if len(candidates) == 1:
            span = Span(offset, toks[j - 1].end)
            out.append(
                PersonMention(
                    name=next(iter(candidates)),
                    span=span,
                    phrase=span,
                    posts=(post.english,) if post.english else (),
                    country=post.country,
                    qualified=True,
                    head_words=post.heads,
                )
            )
        resume = j
    return out


def _raw_name(doc: _Doc, a: int, b: int) -> str:
    """The name as written, initials and all ("З.Гасановым", "З. Гасановым")."""
    toks = doc.tokens
    return doc.text[toks[a].start : toks[b - 1].end]
