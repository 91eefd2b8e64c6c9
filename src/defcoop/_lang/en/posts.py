"""The vocabulary of posts: head words, the words that make up post phrases, honorifics, non-official roles.

Sources: the titles used in the official English releases of the ministries of defence and foreign affairs of
the Caucasus and Central Asian states, Pakistan, India, Turkey, Russia and NATO members (minister, deputy,
chief of the general staff, commander, attaché, ambassador, secretary ...), the Commonwealth usage ("Cabinet
Secretary", "High Commissioner", "Chief of Naval Staff"), and the honorifics of wire copy from Malaysia,
Brunei, India and the Gulf ("Datuk Seri", "Shri", "H.E.", "Prince").
"""

from __future__ import annotations

POST_HEADS: frozenset[str] = frozenset({
    "minister", "ministers", "secretary", "chief", "chiefs", "commander", "commanders", "ambassador", "envoy",
    "president", "premier", "chairman", "chairperson", "chair", "director", "head", "attache", "attaché",
    "adviser", "advisor", "governor", "mayor", "speaker", "senator", "representative", "consul",
    "commissioner", "chargé", "charge", "king", "sultan", "emir", "amir", "leader", "commandant", "inspector",
    "counterpart", "counterparts", "spokesman", "spokesperson", "spokeswoman", "cs", "mp", "deputy",
    "chancellor", "prefect", "hetman", "coordinator", "administrator", "superintendent",
    "ombudsman", "assistant", "undersecretary", "under-secretary", "secretary-general", "commander-in-chief",
    "vice-president", "vice-chairman", "attaches", "emissary", "rector", "principal",
    "mantri",  # Indian releases: "Raksha Mantri" (Defence Minister), "Rajya Raksha Mantri", "Pradhan Mantri"
})
"""Lower-case head words: a phrase holding one of these, right before or after a name, makes it an official."""

POST_WORDS: frozenset[str] = frozenset({
    # modifiers of the head
    "first", "deputy", "vice", "acting", "assistant", "prime", "foreign", "defense", "defence", "national",
    "federal", "interior", "state", "special", "general", "staff", "armed", "forces", "force", "army", "navy",
    "naval", "air", "land", "ground", "joint", "committee", "ministry", "department", "main", "operational",
    "planning", "security", "council", "industry", "aerospace", "production", "extraordinary",
    "plenipotentiary", "supreme", "government", "republic", "affairs", "intelligence", "border", "guard",
    "service", "troops", "military", "agency", "office", "cabinet", "parliament", "assembly", "people",
    "permanent", "policy", "international", "cooperation", "relations", "external", "internal", "executive",
    "senior", "chief", "chiefs", "space", "marine", "marines", "coast", "command", "southern", "northern",
    "eastern", "western", "central", "district", "region", "regional", "fleet", "division", "corps", "brigade",
    "headquarters", "education", "training", "logistics", "armaments", "procurement", "technical",
    "military-technical", "military-political", "political", "administration", "presidential", "royal",
    "economy", "economic", "finance", "trade", "development", "emergency", "emergencies", "situations",
    "justice", "health", "energy", "transport", "infrastructure", "investment", "innovation", "digital",
    "commission", "house", "civil", "high", "senate", "duma", "majlis", "mazhilis", "oliy", "milli",
    "delegation", "commanding", "flag", "guards", "police", "protection", "operations", "operation",
    "strategic", "mission", "kingdom", "federation", "commonwealth", "independent", "states", "member",
    "organization", "organisation", "treaty", "collective", "naval-staff", "general-staff", "heads",
    "secretariat", "bureau", "directorate", "authority", "board", "institute", "academy", "university",
    "commissariat", "civilian", "staff-", "programme", "program", "peacekeeping",
    "raksha", "rajya", "pradhan",
})
"""Lower-case words that may appear inside a post phrase besides heads and connectors."""

CONNECTORS: frozenset[str] = frozenset({
    "of", "the", "for", "and", "to", "in", "on", "at", "under", "&", "-", "–", "—", "‑",
})
"""Function words that join the parts of a post phrase ("Minister of Defense and Aerospace Industry")."""

NOT_OFFICIAL: frozenset[str] = frozenset({
    "academician", "academic", "professor", "prof", "journalist", "correspondent", "reporter", "editor",
    "columnist", "analyst", "expert", "researcher", "scientist", "ophthalmologist", "doctor", "poet", "writer",
    "author", "artist", "singer", "ceo", "businessman", "entrepreneur", "founder", "chairman of the board",
    "photographer", "blogger", "student", "cadet", "scholar", "historian", "economist", "lawyer", "priest",
    "imam", "bishop", "patriarch", "saint", "company", "corporation", "holding", "firm", "bank",
})
"""Roles that make a person not an official: academics, journalists, company staff, clergy."""

NAME_PARTICLES: frozenset[str] = frozenset({
    "bin", "binti", "bint", "ibn", "al", "el", "da", "de", "do", "dos", "das", "del", "della", "di", "van",
    "von", "der", "den", "ter", "le", "la", "ul", "ud", "ur",
})
"""Lower-case particles that may stand inside a personal name ("Khalid bin Salman", "Lula da Silva")."""

HONORIFICS: tuple[str, ...] = (
    "His Excellency", "Her Excellency", "His Royal Highness", "His Majesty", "Her Majesty", "H.E.", "HE",
    "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Hon.", "Hon", "Honourable", "Honorable", "Sir",
    "Dame", "Shri", "Smt.", "Datuk Seri", "Dato' Seri", "Dato’ Seri", "Dato Seri", "Tan Sri", "Datuk",
    "Dato'", "Dato’", "Dato", "Tun", "Pehin", "Mawlavi", "Mawlawi", "Maulvi", "Mullah", "Sheikh", "Sheikha",
    "Prince", "Princess", "Crown Prince", "Madam", "Mme", "Mme.", "Monsieur", "M.P.",
    # Malay and Bruneian titles of address
    "Datuk Seri Pahlawan", "Datuk Paduka Seri", "Datuk Paduka", "Dato Paduka Seri", "Pehin", "Datu", "Awang",
    "Dayang", "Pengiran", "Haji", "Hajah", "Yang Berhormat",
)
"""Titles of address dropped from names; they never make a person an official by themselves."""

STOP_WORDS: frozenset[str] = frozenset({
    "The", "A", "An", "This", "That", "These", "Those", "On", "In", "At", "As", "By", "For", "From", "With",
    "To", "Of", "And", "But", "Or", "Also", "Then", "Later", "Earlier", "Meanwhile", "However", "Moreover",
    "During", "After", "Before", "Following", "According", "Speaking", "Welcoming", "Today", "Yesterday",
    "Tomorrow", "He", "She", "It", "They", "We", "I", "His", "Her", "Its", "Their", "Our", "My", "You", "Your",
    "Both", "Each", "Every", "All", "Some", "Any", "No", "Not", "Mr", "Mrs", "Ms", "Dr", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "April", "June", "July",
    "August", "September", "October", "November", "December", "Home", "News", "Photo", "Video", "Read", "More",
    "Source", "Related", "Share", "Tags", "Follow", "Click", "Here", "There", "Where", "When", "What", "Who",
    "Why", "How", "While", "Since", "Until", "Under", "Within", "Without", "Upon", "Via", "Per", "About",
    "Against", "Among", "Between", "Through", "Over", "Into", "Onto", "Toward", "Towards", "Despite",
    "Minister", "Ministry", "General", "Staff", "Chief", "Army", "Navy", "Air", "Force", "Forces", "Defense",
    "Defence", "Republic", "Committee", "President", "Deputy", "First", "Armed", "Embassy", "Government",
    "Parliament", "Council", "Agency", "Office", "Department", "Academy", "University", "Museum",
    "Alley", "Honor", "Honour", "Martyrs", "Book", "Hall", "Palace", "Square", "Street", "Avenue", "Centre",
    "Center", "Headquarters", "International", "National", "State", "Federal", "Union", "Organization",
    "Organisation", "Treaty", "Summit", "Exhibition", "Fair", "Forum", "Conference", "Meeting", "Session",
    "Commonwealth", "Independent", "States", "Security", "Cooperation", "Industry", "Ministers",
    "Kingdom", "Federation", "Islamic", "Democratic", "People's", "United", "Nations", "Command", "Guard",
    "Border", "Service", "Troops", "Military", "Joint", "Main", "Operational", "Planning", "Supreme", "Fleet",
    "Prime", "Foreign", "Affairs", "Vice", "Acting", "Assistant", "Secretary", "Commander", "Ambassador",
    "Head", "Director", "Chairman", "Leader", "Special", "Representative", "Counterpart", "Minister's",
    "Mission", "Delegation", "Land", "Naval", "Marine", "Coast", "Space", "Education", "Training",
    "Extraordinary", "Plenipotentiary", "Cabinet", "Secretariat", "Production", "Aerospace", "Intelligence",
    "Technical", "Political", "Economic", "Development", "Strategic", "Regional", "Southern", "Northern",
    "Eastern", "Western", "Central", "Presidential", "Royal", "Administration", "Division", "Corps", "Brigade",
    "Institute", "Board", "Authority", "Directorate", "Bureau", "Commission", "Group", "Company", "Corporation",
    "Holding", "Bank", "Ltd", "Inc", "Plc", "LLC", "JSC", "Azertac", "Trend", "Report", "Reports", "Press",
    "Kazinform", "Xinhua", "Reuters", "Copyright", "Rights", "Reserved", "Updated",
    "Published", "Posted", "Live", "Breaking", "Exclusive", "Opinion", "Analysis", "Interview", "Politics",
    "Economy", "Society", "World", "Region", "Sport", "Culture", "Featured", "Latest", "Top",
    # continents, regions and seas
    "Asia", "Europe", "Africa", "America", "Americas", "Eurasia", "Oceania", "Caucasus", "Balkans", "Arctic",
    "Antarctic", "Pacific", "Atlantic", "Mediterranean", "Caspian", "Baltic", "Gulf", "Sea", "Ocean", "Middle",
    "East", "West", "North", "South", "Indo-Pacific", "Sahel", "Levant",
    # calendar and ceremony words that follow organisation names ("UPDF Day", "Navy Week")
    "Day", "Week", "Month", "Year", "Anniversary", "Celebrations", "Ceremony", "Parade", "Games", "Cup",
    # page furniture and sentence adverbs
    "Subscribe", "Telegram", "Join", "Open", "Facebook", "Twitter", "Instagram", "YouTube", "WhatsApp",
    "Undoubtedly", "Additionally", "Furthermore", "Besides", "Notably", "Thus", "Therefore",
})
"""Capitalised words that never belong to a personal name (function words, calendar words, post and
institution vocabulary, page furniture)."""

GENERAL_POSTS: frozenset[str] = frozenset({
    "secretary", "director", "inspector", "consul", "governor", "attorney", "commissioner", "auditor",
    "procurator", "controller", "comptroller", "postmaster", "surgeon", "judge", "advocate",
})
"""Lower-case words that make a post with a following "General" ("Secretary General", "Director General",
"Inspector General"): there "General" is part of the post, not a military rank."""
