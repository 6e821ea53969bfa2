"""The multilingual cues: the fast forms give exactly the matches of the plain ones."""

import gzip
import json
import re
import unicodedata
from pathlib import Path

import pytest

from consentlens import vocabulary as vocab

ROOT = Path(__file__).resolve().parents[1]
CUES = [value for value in vars(vocab).values() if isinstance(value, re.Pattern) and value in vocab._STEMS]


def test_normalise_is_the_letters_and_digits_of_every_code_point():
    # normalise() removes with a regex what the definition keeps with isalnum(): the two agree everywhere
    for code in range(0x110000):
        ch = chr(code)
        expected = ch.isalnum() and not unicodedata.combining(ch)
        assert (vocab._NOT_ALNUM.sub("", ch) == ch) == expected, hex(code)


def test_normalise_folds_case_accents_and_spacing():
    assert vocab.normalise("Alle AKZEPTIEREN!") == vocab.normalise("alleakzeptieren") == "alleakzeptieren"
    assert vocab.normalise("Paramètres « Préférences »") == "parametrespreferences"
    assert vocab.normalise("Ça va_bien-1") == "cavabien1"


def _dialog_texts(limit_per_file: int = 120) -> list:
    texts = []
    for path in sorted((ROOT / "training_data" / "screens").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if n >= limit_per_file:
                    break
                record = json.loads(line)
                snapshot = record.get("snapshot") or {}
                text = (snapshot.get("dialog") or {}).get("text") or re.sub(r"<[^>]+>", " ", record.get("html") or "")
                texts.append(text[:20000].lower())
    return texts


@pytest.fixture(scope="module")
def texts():
    extra = ["ans", "dès 16 ans", "16+", "über 18", "l'âge", "ai", "die KI", "pay", "payé", "abo", "-abo",
             "app", "apps", "avg", "avgs", "ads", "ad", "bad", "plus", "plusieurs", "log in", "login", "logint"]
    return _dialog_texts() + [t.lower() for t in extra]


@pytest.mark.parametrize("cue", CUES, ids=lambda p: p.pattern[:30])
def test_fast_cue_finds_exactly_the_same_matches_on_lower_case_text(cue, texts):
    fast = vocab.for_lower(cue)
    assert fast is not cue
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in cue.finditer(text)], text[:80]
        assert vocab.count(cue, text, 10, lowered=True) == vocab.count(cue, text, 10)


def test_word_boundary_stems_keep_their_boundary():
    fast = vocab.for_lower(vocab.NOT_CONSENT)
    assert fast.search("vanaf 16 ans")
    assert not fast.search("hans und franz")  # 'ans' inside a word
    assert not fast.search("le 116 est gratuit")
    assert vocab._lead_with_literal(r"\bans\b") == r"a(?<=\ba)ns\b"
    assert vocab._lead_with_literal(r"(?:don'?t|not)") == r"(?:don'?t|not)"
