"""Military ranks as English news writes them before a name, with the full English rank each stands for.

Sources: the NATO STANAG 2116 rank tables (army, navy, air force columns), the post-Soviet rank ladder as the
Caucasus and Central Asian English-language press renders it ("Colonel General", also "General-Colonel" and
"Col-Gen"), the Commonwealth air ranks ("Air Chief Marshal") and the abbreviations of the AP Stylebook and of
wire copy ("Lt. Gen.", "Maj-Gen", "Brig. Gen.", "Adm.", "Gen").

``RANKS`` maps the full rank to the written variants; every variant is matched case-sensitively (ranks before
names are capitalised) with any of space, hyphen or nothing after an abbreviation's dot between its words.
"""

from __future__ import annotations

RANKS: dict[str, tuple[str, ...]] = {
    # general officers, post-Soviet ladder and NATO
    "Field Marshal": ("Field Marshal General", "Field Marshal", "Field-Marshal"),
    "Marshal": ("Marshal",),
    "General of the Army": ("General of the Army",),
    "Army General": ("Army General", "Army Gen.", "Army Gen"),
    "Colonel General": ("Colonel General", "Colonel-General", "General-Colonel", "General Colonel",
                        "Col-Gen", "Col. Gen.", "Col.Gen.", "Col Gen", "Col.-Gen.", "Colonel-Gen."),
    "Senior Lieutenant General": ("Senior Lieutenant General", "Senior Lt. Gen.", "Sr. Lt. Gen."),
    "Lieutenant General": ("Lieutenant General", "Lieutenant-General", "General-Lieutenant", "Lt. Gen.", "Lt Gen",
                           "Lt-Gen", "Lt.-Gen.", "Lt.Gen.", "Lieut. Gen.", "LtGen", "Lt. General"),
    "Major General": ("Major General", "Major-General", "General-Major", "Maj. Gen.", "Maj Gen", "Maj-Gen",
                      "Maj.-Gen.", "Maj.Gen.", "MajGen"),
    "Brigadier General": ("Brigadier General", "Brigadier-General", "Brig. Gen.", "Brig Gen", "Brig-Gen",
                          "Brig.-Gen.", "Brig.Gen.", "BGen"),
    "Lieutenant Brigadier": ("Lieutenant Brigadier", "Lieutenant-Brigadier"),
    "Brigadier": ("Brigadier", "Brig.", "Brig"),
    "General": ("General", "Gen.", "Gen"),
    # field officers
    "Lieutenant Colonel": ("Lieutenant Colonel", "Lieutenant-Colonel", "Lt. Col.", "Lt Col", "Lt-Col", "Lt.-Col."),
    "Colonel": ("Colonel", "Col.", "Col"),
    "Major": ("Major", "Maj."),
    "Captain": ("Captain", "Capt."),
    "Senior Lieutenant": ("Senior Lieutenant",),
    "Lieutenant": ("Lieutenant", "Lt."),
    # naval
    "Fleet Admiral": ("Fleet Admiral", "Admiral of the Fleet"),
    "Vice Admiral": ("Vice Admiral", "Vice-Admiral", "Vice Adm.", "Vice Adm", "VAdm", "V. Adm."),
    "Rear Admiral": ("Rear Admiral", "Rear-Admiral", "Rear Adm.", "Rear Adm", "RAdm", "R. Adm."),
    "Admiral": ("Admiral", "Adm.", "Adm"),
    "Commodore": ("Commodore", "Cdre."),
    "Captain First Rank": ("Captain First Rank", "Captain 1st Rank", "Captain of the First Rank"),
    "Lieutenant Commander": ("Lieutenant Commander", "Lt. Cdr.", "Lt Cdr", "Lt-Cdr"),
    "Commander": ("Commander", "Cdr.", "Cdr"),
    # air
    "Air Chief Marshal": ("Air Chief Marshal", "Air Chief Marshall", "ACM"),
    "Air Vice Marshal": ("Air Vice Marshal", "Air Vice-Marshal", "AVM"),
    "Air Marshal": ("Air Marshal", "Air Marshall"),
    "Air Commodore": ("Air Commodore", "Air Cdre."),
    "Group Captain": ("Group Captain", "Gp Capt."),
    "Wing Commander": ("Wing Commander", "Wg Cdr."),
    "Squadron Leader": ("Squadron Leader", "Sqn Ldr."),
}
"""Full English rank -> written variants (longest are matched first)."""
