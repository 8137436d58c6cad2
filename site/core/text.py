"""Vietnamese text helpers: normalisation, tone-mark folding and ASCII slugs.

Every path that stores or compares Vietnamese text goes through here, so that the admin,
the importer, the API and the demo data agree on what a title, a slug or a query is.
"""

from __future__ import annotations

import re
import unicodedata

# Characters a browser or a word processor leaves in pasted text that should read as spaces.
_SPACE_RE = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Zero-width characters and soft hyphens that are invisible yet break matching.
_INVISIBLE_RE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")

# Old-style tone placement (hoà, thuỷ, khoẻ) → the placement of the 1997 standard used by
# current government documents (hòa, thủy, khỏe). Only the pairs where both forms are common.
_OLD_TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_OLD_TONE_RE = re.compile(
    "(" + "|".join(sorted(_OLD_TONE_PAIRS, key=len, reverse=True)) + r")(?![\w])",
    re.IGNORECASE,
)


def nfc(value: str | None) -> str:
    """Return ``value`` in Unicode NFC with invisible characters removed (None → "")."""
    if not value:
        return ""
    return _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", value))


def clean_text(value: str | None) -> str:
    """NFC, with every run of white space (non-breaking spaces included) folded to one space."""
    return _SPACE_RE.sub(" ", nfc(value)).strip()


def clean_multiline(value: str | None) -> str:
    """NFC and tidy white space inside lines, keeping paragraph breaks."""
    lines = [clean_text(line) for line in nfc(value).replace("\r\n", "\n").split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _match_case(original: str, replacement: str) -> str:
    if original.isupper():
        return replacement.upper()
    if original[0].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement


def modern_tone_placement(value: str) -> str:
    """Move tone marks from old placement to the modern one at the end of a syllable.

    "hoà bình" → "hòa bình", "Thuỷ" → "Thủy". Only syllable-final "oa/oe/uy" are touched, so
    "hoàng" or "khuya" are left alone.
    """
    value = nfc(value)
    return _OLD_TONE_RE.sub(
        lambda m: _match_case(m.group(0), _OLD_TONE_PAIRS[m.group(0).lower()]), value
    )


def fold(value: str | None) -> str:
    """Lower-case and strip every tone and vowel mark, đ → d: "Đặng Thùy Trâm" → "dang thuy tram"."""
    value = unicodedata.normalize("NFD", clean_text(value).lower())
    value = "".join(ch for ch in value if not unicodedata.combining(ch))
    return value.replace("đ", "d")


def slugify_vi(value: str | None, max_length: int = 255) -> str:
    """ASCII slug from Vietnamese text: "Tổng kết phong trào ‘Dân vận khéo’" → "tong-ket-phong-trao-dan-van-kheo".

    Django's slugify drops "đ" (it has no Unicode decomposition), which turns "Đặng" into "ang";
    folding first keeps every letter.
    """
    value = fold(value)
    value = re.sub(r"[^a-z0-9\s-]", " ", value)
    value = re.sub(r"[-\s]+", "-", value).strip("-")
    if len(value) > max_length:
        value = value[:max_length].rsplit("-", 1)[0] or value[:max_length]
    return value


# Vietnamese alphabet order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
_BASE_ORDER = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONES = {"\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0301": 5, "\u0323": 6}  # ` ̉ ~ ´ .
_SHAPE_MARKS = {"\u0306", "\u0302", "\u031b"}  # ă/â/ê/ô/ơ/ư marks


def _letter_key(cluster: str) -> tuple[int, int]:
    tone = 1
    shaped = []
    for ch in cluster:
        if ch in _TONES:
            tone = _TONES[ch]
        else:
            shaped.append(ch)
    base = unicodedata.normalize("NFC", "".join(shaped))
    pos = _BASE_ORDER.find(base)
    return (pos if pos >= 0 else 100 + ord(base[0]) if base else 0, tone)


def vi_sort_key(value: str | None) -> tuple:
    """Sort key for Vietnamese alphabetical order (a ă â b c d đ e ê …; Đào after Dũng).

    Letters compare by base letter first; tone marks only break ties (primary/tertiary
    strength in collation terms), so "Dũng" < "Dưng" < "Đào".
    """
    text = unicodedata.normalize("NFD", clean_text(value).lower())
    clusters: list[str] = []
    for ch in text:
        if clusters and unicodedata.combining(ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    letters = []
    tones = []
    for cluster in clusters:
        if cluster[0].isalnum():
            pos, tone = _letter_key(cluster)
            letters.append(pos if not cluster[0].isdigit() else -10 + int(cluster[0]))
            tones.append(tone)
        elif cluster.isspace():
            letters.append(-20)
            tones.append(0)
    return (tuple(letters), tuple(tones))
