"""The labels the whole project speaks (mirrors ../shared/TAXONOMY.md).

Everything that names a pattern, a role or a language imports it from here;
tests/test_taxonomy.py checks it against the shared taxonomy document.
"""

PATTERNS = (
    "pay_or_consent",
    "consent_wall",
    "no_reject",
    "buried_opt_out",
    "preselected",
    "confirmshaming",
    "misleading_wording",
)

ROLES = ("accept", "reject", "settings", "pay", "object", "close", "other")

# Languages the product supports end to end (messages, training data, tests).
LANGUAGES = ("en", "de", "nl", "fr")

# Countries whose forms and authorities the catalogue must cover.
COUNTRIES = ("NL", "DE", "FR", "BE", "AT", "IE")

LEGAL_ANCHORS = {
    "pay_or_consent": "EDPB Opinion 08/2024; CJEU C-252/21 (Meta v Bundeskartellamt) para. 150; DMA Art. 5(2)",
    "consent_wall": "GDPR Art. 7(4), Recital 42/43; EDPB Guidelines 05/2020 on consent, paras. 39-41",
    "no_reject": "GDPR Art. 7(3), 4(11); EDPB Cookie Banner Taskforce report (2023)",
    "buried_opt_out": "GDPR Art. 21, Art. 12(2), Art. 25; EDPB Guidelines 03/2022 (\"Hidden in plain sight\", \"Longer than necessary\")",
    "preselected": "CJEU C-673/17 Planet49; GDPR Art. 4(11)",
    "confirmshaming": "EDPB Guidelines 03/2022 (\"Emotional steering\"); DSA Art. 25",
    "misleading_wording": "EDPB Guidelines 03/2022 (\"Ambiguous wording\", \"Conflicting information\")",
}

# Patterns that exclude each other by the labelling rules, and why (TAXONOMY.md).
EXCLUSIVE_PAIRS = (("no_reject", "buried_opt_out"), ("pay_or_consent", "consent_wall"))
EXCLUSIVE_REASONS = {
    ("no_reject", "buried_opt_out"): "a refusal is either missing from the first layer or there but hidden",
    ("pay_or_consent", "consent_wall"): "a consent wall offers no way in but accepting, a pay-or-consent wall "
                                        "offers paying",
}

WALLS = ("pay_or_consent", "consent_wall")
