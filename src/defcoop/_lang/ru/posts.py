"""Russian posts: head words, the institution words of post phrases, and their English renderings.

Sources: the titles of the Russian-language releases of the defence and foreign ministries of Russia, Belarus,
Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Armenia and Azerbaijan ("министр обороны", "начальник
Генерального штаба — первый заместитель министра обороны", "руководитель оборонного ведомства", "помощник
министра обороны по вопросам международного военного сотрудничества"), and the English titles the same
ministries use in their English releases ("Minister of Defence", "Chief of the General Staff", "Head of the
Department of International Military Cooperation"). British spelling ("Defence") as those releases use it.

Heads and institution words are written in the nominative; :mod:`defcoop._lang.ru.inflect` generates their case
forms. ``GENITIVE_PHRASES`` are the complements as they stand after a head (in the genitive, or fixed phrases
such as "по вопросам ..."), so they need no declension.
"""

from __future__ import annotations

from defcoop._lang.ru.inflect import CASES, Case, Gender, adjective_forms, all_forms, noun_forms

# head noun (nominative) -> English; a head is what makes the person next to it an official
_HEADS: dict[str, str] = {
    "министр": "Minister",
    "премьер-министр": "Prime Minister",
    "вице-премьер": "Deputy Prime Minister",
    "вице-президент": "Vice President",
    "президент": "President",
    "заместитель": "Deputy",
    "замминистра": "Deputy Minister",
    "начальник": "Chief",
    "глава": "Head",
    "руководитель": "Head",
    "командующий": "Commander",
    "командир": "Commander",
    "главнокомандующий": "Commander-in-Chief",
    "посол": "Ambassador",
    "атташе": "Attaché",
    "военный атташе": "Military Attaché",
    "секретарь": "Secretary",
    "госсекретарь": "Secretary of State",
    "пресс-секретарь": "Press Secretary",
    "председатель": "Chairman",
    "помощник": "Assistant",
    "советник": "Adviser",
    "спикер": "Speaker",
    "депутат": "Member of Parliament",
    "директор": "Director",
    "представитель": "Representative",
    "полпред": "Envoy",
    "посланник": "Envoy",
    "консул": "Consul",
    "губернатор": "Governor",
    "аким": "Akim",
    "хоким": "Hokim",
    "мэр": "Mayor",
    "инспектор": "Inspector",
    "генсек": "Secretary General",
    "коллега": "counterpart",
}

_SOFT_ADJECTIVE_HEADS = frozenset({"командующий", "главнокомандующий"})
"""Heads that are substantivised adjectives (their case forms are adjective forms)."""

# modifiers before a head (adjectives, masculine nominative) -> English ("" when the English post leaves it out)
_MODIFIERS: dict[str, str] = {
    "первый": "First",
    "генеральный": "Secretary General",
    "верховный": "Supreme",
    "чрезвычайный": "",
    "полномочный": "",
    "временно": "Acting",
    "исполняющий": "Acting",
    "специальный": "Special",
    "постоянный": "Permanent",
    "военный": "Military",
    "главный": "Chief",
}

GENITIVE_PHRASES: dict[str, str] = {
    # ministries and ministers
    "министра обороны": "Minister of Defence",
    "министра национальной обороны": "Minister of National Defence",
    "министра иностранных дел": "Minister of Foreign Affairs",
    "министра": "Minister",
    "премьер-министра": "Prime Minister",
    "президента": "of the President",
    "обороны": "of Defence",
    "национальной обороны": "of National Defence",
    "иностранных дел": "of Foreign Affairs",
    "внутренних дел": "of Internal Affairs",
    "по чрезвычайным ситуациям": "of Emergency Situations",
    "оборонной промышленности": "of Defence Industry",
    "оборонной промышленности и аэрокосмической промышленности": "of Defence and Aerospace Industry",
    "министерства обороны": "of the Ministry of Defence",
    "минобороны": "of the Ministry of Defence",
    "мо": "of the Ministry of Defence",
    "министерства иностранных дел": "of the Ministry of Foreign Affairs",
    "мид": "of the Ministry of Foreign Affairs",
    "оборонного ведомства": "of the Defence Ministry",
    "военного ведомства": "of the Defence Ministry",
    "военных ведомств": "of the Defence Ministries",
    "министерств обороны": "of the Ministries of Defence",
    "ведомства": "of the Ministry",
    # staffs and services
    "генерального штаба": "of the General Staff",
    "генштаба": "of the General Staff",
    "объединенного штаба": "of the Joint Staff",
    "штаба": "of Staff",
    "вооруженных сил": "of the Armed Forces",
    "вс": "of the Armed Forces",
    "армии": "of the Army",
    "национальной армии": "of the National Army",
    "сухопутных войск": "of the Ground Forces",
    "военно-морских сил": "of the Navy",
    "военно-морского флота": "of the Navy",
    "вмс": "of the Navy",
    "вмф": "of the Navy",
    "военно-воздушных сил": "of the Air Force",
    "ввс": "of the Air Force",
    "сил противовоздушной обороны": "of the Air Defence Forces",
    "пограничной службы": "of the Border Service",
    "пограничных войск": "of the Border Troops",
    "национальной гвардии": "of the National Guard",
    "бюро национальной гвардии": "of the National Guard Bureau",
    "службы государственной безопасности": "of the State Security Service",
    "комитета национальной безопасности": "of the National Security Committee",
    "совета безопасности": "of the Security Council",
    "главного управления": "of the Main Directorate",
    "департамента": "of the Department",
    "управления": "of the Directorate",
    "департамента международного военного сотрудничества": "of the Department of International Military Cooperation",
    "управления международного военного сотрудничества": "of the Directorate of International Military Cooperation",
    "главного управления международного военного сотрудничества": (
        "of the Main Directorate of International Military Cooperation"
    ),
    "международного военного сотрудничества": "of International Military Cooperation",
    "по вопросам международного военного сотрудничества": "for International Military Cooperation",
    "по военному сотрудничеству": "for Military Cooperation",
    "по вопросам обороны": "for Defence",
    "военно-технического сотрудничества": "of Military-Technical Cooperation",
    # after "командующий", which governs the instrumental ("командующий Сухопутными войсками")
    "сухопутными войсками": "of the Ground Forces",
    "военно-морскими силами": "of the Navy",
    "военно-морским флотом": "of the Navy",
    "военно-воздушными силами": "of the Air Force",
    "вооруженными силами": "of the Armed Forces",
    "пограничными войсками": "of the Border Troops",
    "национальной гвардией": "of the National Guard",
    "силами противовоздушной обороны": "of the Air Defence Forces",
    "войсками": "of the Troops",
    "войсками центрального военного округа": "of the Central Military District",
    "войсками южного военного округа": "of the Southern Military District",
    "войсками западного военного округа": "of the Western Military District",
    "войсками восточного военного округа": "of the Eastern Military District",
    "войсками военного округа": "of the Military District",
    "военного округа": "of the Military District",
    # organisations and assemblies
    "организации договора о коллективной безопасности": "of the Collective Security Treaty Organization",
    "одкб": "of the CSTO",
    "снг": "of the CIS",
    "шос": "of the SCO",
    "нато": "of NATO",
    "совета министров обороны": "of the Council of Defence Ministers",
    "совета министров обороны снг": "of the CIS Council of Defence Ministers",
    "парламента": "of Parliament",
    "правительства": "of the Government",
    "кабинета министров": "of the Cabinet of Ministers",
    "сената": "of the Senate",
    "мажилиса": "of the Mazhilis",
    "милли меджлиса": "of the Milli Majlis",
    "государственной думы": "of the State Duma",
    "госдумы": "of the State Duma",
}
"""Complements after a head, as they stand (lower case, ``ё`` as ``е``; genitive, or instrumental after
"командующий") → English, with its "of"/"for"."""

_INSTITUTION_NOUNS: tuple[tuple[str, Gender], ...] = (
    ("оборона", "femn"), ("министерство", "neut"), ("штаб", "masc"), ("генштаб", "masc"), ("сила", "femn"),
    ("войско", "neut"), ("армия", "femn"), ("флот", "masc"), ("ведомство", "neut"), ("департамент", "masc"),
    ("управление", "neut"), ("сотрудничество", "neut"), ("служба", "femn"), ("гвардия", "femn"),
    ("безопасность", "femn"), ("совет", "masc"), ("организация", "femn"), ("договор", "masc"),
    ("республика", "femn"), ("федерация", "femn"), ("дело", "neut"), ("правительство", "neut"),
    ("парламент", "masc"), ("комитет", "masc"), ("промышленность", "femn"), ("вопрос", "masc"),
    ("ситуация", "femn"), ("кабинет", "masc"), ("сенат", "masc"), ("дума", "femn"), ("округ", "masc"),
    ("группа", "femn"), ("командование", "neut"), ("посольство", "neut"),
    ("представительство", "neut"), ("академия", "femn"), ("университет", "masc"),
    ("администрация", "femn"), ("аппарат", "masc"), ("государство", "neut"), ("страна", "femn"),
)  # fmt: skip
"""Nouns of institution names inside post phrases (nominative, gender)."""

_INSTITUTION_ADJECTIVES: tuple[str, ...] = (
    "генеральный", "вооруженный", "оборонный", "военный", "международный", "национальный", "главный",
    "сухопутный", "военно-морской", "военно-воздушный", "пограничный", "государственный", "объединенный",
    "коллективный", "иностранный", "внутренний", "чрезвычайный", "полномочный", "оборонно-промышленный",
    "военно-технический", "военно-политический", "противовоздушный", "аэрокосмический", "президентский",
    "верховный", "первый", "специальный", "постоянный", "центральный", "южный", "северный", "западный",
    "восточный", "оперативный", "стратегический", "воздушно-десантный", "ракетный", "космический",
    "федеральный", "исполняющий",
)  # fmt: skip
"""Adjectives of institution names and of posts (masculine nominative)."""

ABBREVIATIONS: frozenset[str] = frozenset(
    {"минобороны", "мо", "мид", "вс", "вмс", "вмф", "ввс", "одкб", "снг", "шос", "нато", "оон", "генштаба",
     "госдумы", "пво", "кнб", "гкнб", "сгб", "мчс", "мвд", "фсб", "вдв", "нгу", "бюро"}
)  # fmt: skip
"""Invariable abbreviations inside post phrases (lower case)."""

CONNECTORS: frozenset[str] = frozenset({"по", "о", "и", "—", "–", "-", "вопросам", "в", "во", "при"})
"""Words that join the parts of a post phrase ("помощник министра обороны по вопросам ...")."""

NOT_OFFICIAL: frozenset[str] = frozenset(
    all_forms(noun_forms("журналист"))
    | all_forms(noun_forms("корреспондент"))
    | all_forms(noun_forms("эксперт"))
    | all_forms(noun_forms("аналитик"))
    | all_forms(noun_forms("профессор"))
    | all_forms(noun_forms("академик"))
    | all_forms(noun_forms("архитектор"))
    | all_forms(noun_forms("политолог"))
    | all_forms(noun_forms("историк"))
    | all_forms(noun_forms("блогер"))
    | all_forms(noun_forms("писатель"))
    | all_forms(noun_forms("автор"))
    | all_forms(noun_forms("редактор"))
    | all_forms(noun_forms("обозреватель"))
)
"""Roles that make a person not an official (every case form, lower case)."""


def _head_forms() -> dict[str, tuple[str, Case]]:
    table: dict[str, tuple[str, Case]] = {}
    for head in _HEADS:
        if head in _SOFT_ADJECTIVE_HEADS:
            adjectives = adjective_forms(head)
            for index in (0, 3):  # singular forms first: "командующим" is instrumental singular before dative plural
                for case in CASES:
                    table.setdefault(adjectives[case][index], (head, case))
            continue
        if " " in head:
            continue
        forms = noun_forms(head, gender="femn" if head in ("глава", "коллега") else "masc")
        for case in CASES:
            for form in forms[case]:
                table.setdefault(form, (head, case))
    for case, form in _POSOL:  # fleeting vowel: посол, посла
        table[form] = ("посол", case)
    return table


_POSOL: tuple[tuple[Case, str], ...] = (
    ("nomn", "посол"), ("gent", "посла"), ("datv", "послу"), ("ablt", "послом"), ("nomn", "послы"),
    ("gent", "послов"), ("datv", "послам"), ("ablt", "послами"),
)  # fmt: skip
"""The forms of "посол" (its vowel drops); the prepositional "после" is left out: it is also "after"."""

HEAD_FORMS: dict[str, tuple[str, Case]] = _head_forms()
"""Every case form of a head word → (nominative head, case)."""

HEADS_EN: dict[str, str] = dict(_HEADS)
"""Nominative head → English head."""

MODIFIER_FORMS: dict[str, str] = {
    form: english for adjective, english in _MODIFIERS.items() for form in all_forms(adjective_forms(adjective))
}
"""Every form of a modifier adjective before a head → English."""


def _institution_words() -> frozenset[str]:
    words: set[str] = set()
    for noun, gender in _INSTITUTION_NOUNS:
        words |= all_forms(noun_forms(noun, gender=gender, animate=False))
    for adjective in _INSTITUTION_ADJECTIVES:
        words |= all_forms(adjective_forms(adjective))
    words |= {"сил", "войск", "дел", "штатов", "штаты"}
    return frozenset(w.replace("ё", "е") for w in words)


POST_WORDS: frozenset[str] = _institution_words() | ABBREVIATIONS | frozenset(MODIFIER_FORMS)
"""Lower-case words that may stand inside a post phrase besides heads and connectors."""

MAX_PHRASE_WORDS: int = max(len(k.split()) for k in GENITIVE_PHRASES)
"""The longest complement, in words."""
