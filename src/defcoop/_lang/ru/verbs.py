"""Russian meeting constructions, call cues, announced/future cues and back-references, as regex sources.

Sources: the reporting formulas of the Russian-language releases of the defence ministries of the region and of
the wire services (TASS, Interfax, Sputnik, Kazinform, Trend): "встретился с", "провели переговоры", "принял
делегацию во главе с", "состоялся телефонный разговор", "в ходе визита", "на полях", "посетит",
"планируется"; read against CAMEO 04x (CONSULT) and PLOVER's CONSULT modes as the English list is. Verb endings
are spelled out for gender and number ("встретился/встретилась/встретились"), never as open-ended stems. Each
entry is a regular-expression source without nested or adjacent unbounded quantifiers, matched
case-insensitively.
"""

from __future__ import annotations

MEETING: tuple[str, ...] = (
    r"\bвстретил(?:ся|ась|ись)\b",
    r"\bвстречает(?:ся)?\b",
    r"\bвстреч(?:а|и|у|е|ей)\s+(?:с|со|между|министр\w{0,3}|глав\w{0,2}|делегаци\w{0,2})\b",
    (
        r"\b(?:состоял(?:ась|ись|ся)|прошл(?:а|и))\s+(?:\w+\s+){0,2}(?:встреч[аи]|переговоры|консультации|беседа|"
        r"телефонный\s+разговор)\b"
    ),
    r"\b(?:встреч[аи]|переговоры|консультации|беседа)\s+(?:\w+\s+){0,2}(?:состоял(?:ась|ись|ся)|прошл(?:а|и))\b",
    r"\bпровел(?:а|и)?\s+(?:\w+\s+){0,2}(?:переговоры|встреч[уи]|консультации|беседу|телефонный\s+разговор)\b",
    r"\bпровел(?:а|и)?\s+(?:\w+\s+){0,2}телефонные\s+переговоры\b",
    (
        r"\bпринял(?:а|и)?\s+(?:\w+\s+){0,6}?(?:делегаци|министр|посл|начальник|генерал|генеральн|командующ|глав|"
        r"секретар|коллег|атташе|военн|полковник|подполковник|адмирал|вице-адмирал|контр-адмирал|представител|"
        r"председател|президент|заместител|помощник|советник)\w{0,4}\b"
    ),
    r"\bпринимал(?:а|и)?\s+(?:\w+\s+){0,2}делегаци\w{0,2}\b",
    (
        r"\b(?:был(?:а|и)?\s+)?принят(?:а|ы)?\s+(?:\w+\s+){0,3}?(?:министр|начальник|командующ|глав|президент|"
        r"председател|заместител|генерал)\w{0,4}\b"
    ),
    r"\bпереговоры\s+(?:с|со|между)\b",
    r"\bобменял(?:ся|ись|ась)\s+мнениями\b",
    r"\bтелефонн(?:ый|ого|ом)\s+разговор\w{0,2}\b",
    r"\bпровел(?:а|и)?\s+(?:\w+\s+){0,2}(?:видеоконференци\w{0,2}|видеосвяз\w{0,2})\b",
    r"\bпо\s+(?:телефону|видеосвязи)\b",
    r"\bнанес(?:ла|ли)?\s+визит\b",
    r"\bпровели\s+консультации\b",
    (
        r"\bподписал(?:а|и)?\s+(?:\w+\s+){0,4}(?:соглашени|меморандум|протокол|контракт|договор|план|"
        r"дорожн\w{0,3}\s+карт|декларац)\w{0,3}\b"
    ),
)
"""Constructions that report an encounter between the people in the sentence."""

CALL: str = (
    r"\bтелефонн(?:ый|ого|ом|ые|ых)\s+(?:разговор|переговор|беседа|беседу|беседы)\w{0,2}\b|"
    r"\bпо\s+телефону\b|\bвидеоконференци\w{0,2}\b|\bпо\s+видеосвязи\b|\bв\s+режиме\s+видеосвязи\b|"
    r"\bсозвонил(?:ся|ись|ась)\b"
)
"""A telephone or video call."""

_FUTURE: str = (
    r"\b(?:посетит|посетят|встретится|встретятся|проведет|проведут|примет|примут|прибудет|прибудут|приедет|"
    r"приедут|отправится|отправятся|обсудят|обсудит|подпишут|подпишет|вручат|вручит|состоится|состоятся|"
    r"прибывает|прибывают)\b|"
    r"\b(?:будет|будут)\s+(?:\w+\s+)?(?:наблюдать|участвовать|встречаться|проводить|обсуждать|принимать|"
    r"посещать)\b|\bпланиру(?:ет|ют|ется)\b|\bзапланирован(?:а|о|ы)?\b|\bожида(?:ется|ются)\b|"
    r"\bожидается\b|\bнамерен(?:а|ы)?\b|\bпредстоит\b|\bпредстоящ\w{1,3}\b|\bв\s+ближайшее\s+время\b|"
    r"\bна\s+следующей\s+неделе\b|\bпригласил\w{0,2}\b[^.]{0,80}\bпосетить\b|\bне\s+будет\s+участвовать\b|"
    r"\bпропустит\b|\bотказал(?:ся|ась|ись)\b"
)
"""Future, planned, expected or declined cues."""

PAST: str = (
    r"\b(?:встретил(?:ся|ась|ись)|провел(?:а|и)?|принял(?:а|и)?|обсудил(?:а|и)?|состоял(?:ся|ась|ись)|"
    r"прошл(?:а|и)|подписал(?:а|и)?|посетил(?:а|и)?|обменял(?:ся|ась|ись)|побывал(?:а|и)?|встречал(?:ся|ась|ись))\b"
)
"""Past forms of the meeting verbs: a sentence holding one reports a held encounter whatever else it announces."""

ANNOUNCED: str = rf"\A(?![\s\S]*?{PAST})[\s\S]*?(?:{_FUTURE})"
"""A sentence with a future, planned, expected or declined cue and no past meeting verb: not (yet) a meeting
("посетит", "планируется"; but "встретились и договорились, что следующая встреча состоится" was held)."""

BACKREF: str = (
    r"\b(?:в\s+ходе|на|во\s+время|по\s+итогам|по\s+завершении)\s+(?:этой\s+|данной\s+)?"
    r"(?:встречи|встрече|переговоров|переговорах|беседы|беседе|разговора|визита|консультаций|консультации|"
    r"мероприятия|мероприятии)\b|"
    r"\b(?:стороны|министры|собеседники|гости)\b"
)
"""A reference back to the encounter being reported."""

ATTENDED: str = (
    r"\b(?:принял(?:а|и)?\s+участие|принимал(?:а|и)?\s+участие|участвовал(?:а|и)?|присутствовал(?:а|и)?|"
    r"сопровождал(?:а|и)?)\b|\b(?:на|во\s+время)\s+(?:этой\s+)?(?:встрече|встречи|переговорах|переговоров|"
    r"консультациях|консультаций)\b"
)
"""Extra people at the encounter being reported: "принимал участие", and anyone said to be "на встрече" (at the
meeting: "Делегацию на встрече возглавлял генерал-майор ...")."""

SEPARATE: str = (
    r"\bотдельн(?:ые|ых|о)\b|\bпо\s+отдельности\b|\bс\s+каждым\b|"
    r"\bколлег(?:ами|ам)\s+из\b[^.]{0,200}\b(?:в\s+рамках|на\s+полях|в\s+кулуарах)\b|"
    r"\b(?:в\s+рамках|на\s+полях|в\s+кулуарах)\b[^.]{0,200}\bколлег(?:ами|ам)\s+из\b"
)
"""One encounter per counterpart: "провел отдельные встречи с ...", and talks "с коллегами из X и Y" held
within a multilateral event ("в рамках заседания Совета министров обороны СНГ"), which are bilateral sittings
on its sidelines. Outside such an event, a meeting "с коллегами из X, Y и Z" is one joint meeting."""

JOINT: str = (
    r"\b(?:трехсторонн|трёхсторонн|четырехсторонн|многосторонн)\w{0,4}\b|\bсовместн(?:ое|ой)\s+заседани\w{0,2}\b|"
    r"\bв\s+формате\b"
)
"""One encounter of several states together."""

DELEGATION: str = r"\bделегаци(?:я|и|ю|ей|ям|ями|ях)\b"
"""A delegation: a side of an encounter even when its members are unnamed."""

LED_BY: str = r"\bво\s+главе\s+с(?:о)?\b|\bвозглавля(?:л|ла|ли|ет|ют|емая|емой|емую)\b|\bвозглавил(?:а|и)?\b"
"""Marks the leader of a delegation."""

_EVENT_END = (
    r"(?=\s{1,3}(?:провел\w{0,2}|встретил\w{0,3}|состоял\w{0,3}|прош\w{1,3}|обсудил\w{0,2}|принял\w{0,2}|"
    r"подписал\w{0,2}|с|со|в|во|и)\b|\s{0,3}[,.;:()—–]|\s{0,3}\Z)"
)
"""Where the name of an event ends: before a verb, a post, a preposition or punctuation."""

_EVENT = r"((?:[^\s,.;:()]{1,40}\s{1,3}){0,8}?[^\s,.;:()]{1,40})" + _EVENT_END

_MULTILATERAL = (
    r"(?:\d{1,3}-?\w{0,3}\s{1,3})?(?:\w{1,20}\s{1,3})?(?:заседани|саммит|форум|конференци|совещани|выставк|сесси)"
)

SIDELINES: str = (
    rf"\b(?:на\s+полях|в\s+кулуарах)\s+{_EVENT}|"
    rf"\bв\s+рамках\s+((?={_MULTILATERAL})(?:[^\s,.;:()]{{1,40}}\s{{1,3}}){{0,8}}?[^\s,.;:()]{{1,40}}){_EVENT_END}"
)
"""The sidelines of a multilateral event; group 1 or 2 is the occasion ("на полях выставки KADEX-2024", "в рамках
85-го заседания Совета министров обороны СНГ"). Two groups at most, as the shared stage reads them."""

OCCASION: str = rf"\b(?:в\s+рамках|в\s+ходе|во\s+время)\s+{_EVENT}"
"""A named event an encounter was part of ("в рамках 85-го заседания Совета министров обороны СНГ"); one group,
as the shared stage reads it."""

AGREEMENT: str = (
    r"\b(?:подписал(?:и|а)?|подписан(?:ы|о|а)?|утвержден(?:ы|о|а)?|утвердили|был\s+утвержден|была\s+подписана)\s+"
    r"((?:[\w\-«»\"]{1,40}\s+){0,8}?(?:план\w{0,2}|соглашени\w{0,2}|меморандум\w{0,2}|протокол\w{0,2}|"
    r"договор\w{0,2}|контракт\w{0,2}|программ\w{0,2}|дорожн\w{0,3}\s+карт\w{0,2}|декларац\w{0,3})"
    r"(?:\s+(?!(?:в|во)\s+(?-i:[А-ЯЁ]))[\w\-«»\"]{1,40}){0,10})"
)
"""A signing or approval; the group is what was signed ("подписан план военного сотрудничества на 2026 год"). It
ends before a place ("в Париже"), not before other uses of "в" ("в области обороны")."""

HERE: str = r"\bздесь\b"
"""The dateline city is the venue."""

NOT_MEETING: str = (
    r"\bпосетил(?:а|и)?\s+(?:\w+\s+)?(?:могил\w{0,2}|мемориал\w{0,2}|аллею|музе\w{0,2}|памятник\w{0,2}|"
    r"выставк\w{0,2}|стенд\w{0,2}|воинск\w{0,3}\s+част\w{0,2}|полигон\w{0,2}|завод\w{0,2})\b|"
    r"\bвозложил(?:а|и)?\s+венок\b|\bпочтил(?:а|и)?\s+память\b"
)
"""Constructions that look like encounters but are not."""

COUNTERPART: str = r"\bколлег(?:а|и|у|ой|ам|ами|ах)?\b"
"""The word for "counterpart"."""

ODD_CASE: tuple[str, ...] = ("ᲀ", "ᲁ", "ᲂ", "ᲃ", "ᲄ", "ᲅ")
"""The old rounded and tall forms of "в", "д", "о", "с" and "т" (U+1C80-U+1C85): lower-case letters of their
own that a case-insensitive pattern matches as the plain letters, so a lowered sentence holding one may match a
cue without holding its words. Every :data:`CUE_WORDS` entry lists them, so such a sentence is always searched."""

CUE_WORDS: dict[str, tuple[str, ...]] = {
    name: (*words, *ODD_CASE)
    for name, words in {
        "meeting": (
            "встре", "переговор", "консультаци", "бесед", "разговор", "приня", "приним", "обменял", "видео",
            "телефон", "визит", "подписал",
        ),
        "call": ("телефон", "видео", "созвонил"),
        "announced": (
            "посет", "встрет", "провед", "прим", "прибу", "прибыва", "приед", "отправ", "обсуд", "подпиш", "вруч",
            "состоит", "состоят", "буд", "планиру", "запланирован", "ожида", "намерен", "предсто", "ближайшее",
            "следующей", "приглас", "пропуст", "отказал",
        ),
        "attended": ("участ", "присутствовал", "сопровождал", "встреч", "переговор", "консультаци"),
        "separate": ("отдельн", "каждым", "коллег"),
        "joint": ("сторонн", "совместн", "формате"),
        "not_meeting": ("посетил", "венок", "почтил"),
        "counterpart": ("коллег",),
        "delegation": ("делегаци",),
        "sidelines": ("полях", "кулуарах", "рамках"),
        "agreement": ("подпис", "утвер"),
        "led_by": ("главе", "возглав"),
    }.items()
}  # fmt: skip
"""For each cue pattern above (by its name in the :class:`~defcoop._lang.Language`), lower-case strings one of
which every match holds, in a sentence lowered as the cues are matched: a word every alternative spells out, or
its stem ("приня" for "принял" and "принят"). A sentence holding none of them is not searched, so a new
alternative needs one of these words or a new one."""
