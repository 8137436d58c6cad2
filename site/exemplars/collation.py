"""Vietnamese alphabetical order for profiles, stored so the database can sort and paginate.

Order follows the Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y):
letters compare first, tone marks only break ties, so "Dũng" < "Dưng" < "Đào". Letters outside
the alphabet (f, j, w, z in foreign names) sit where the Latin alphabet puts them.

Individuals are listed the way official lists of commended people are: by given name (the last
word) first, then by family and middle names ("Nguyễn Văn Dũng" files under D, before
"Trần Thị Đào"; "Bùi Thị Hoa" before "Vũ Thị Hoa"). Collectives and households are listed by their name as written
("Trường Tiểu học …" under T).

The key is written with the characters 0-9 and a-z only, in fixed-width codes, so that its order
is the same under SQLite's byte order and under any PostgreSQL collation.
"""

from __future__ import annotations

import unicodedata

from core.text import clean_text

# Vietnamese letters in order, with the foreign letters slotted in where Latin puts them.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# The A–Z bar of the index: the Vietnamese alphabet, capitalised.
LETTERS = ["A", "Ă", "Â", "B", "C", "D", "Đ", "E", "Ê", "G", "H", "I", "K", "L", "M", "N",
           "O", "Ô", "Ơ", "P", "Q", "R", "S", "T", "U", "Ư", "V", "X", "Y"]  # fmt: skip

_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_WIDTH = 2  # base-36 digits per character: 1296 codes
_SPACE = 1
_DIGIT_BASE = 2  # 0-9 → 2..11
_LETTER_BASE = 20  # alphabet → 20..52
_OTHER_BASE = 60  # anything else that is a letter, by code point (capped)
_MAX_CODE = 36**_WIDTH - 1
# Tone marks: none, grave, hook above, tilde, acute, dot below (the order dictionaries use).
_TONES = {"\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0301": 5, "\u0323": 6}
SORT_NAME_MAX_LENGTH = 255


def _encode(code: int) -> str:
    code = max(0, min(code, _MAX_CODE))
    return _DIGITS[code // 36] + _DIGITS[code % 36]


def _clusters(text: str) -> list[str]:
    """Base characters with their combining marks: "Đào" → ["đ", "a" + grave, "o"]."""
    clusters: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if clusters and unicodedata.combining(ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


def _letter(cluster: str) -> tuple[int, int] | None:
    """(letter code, tone) of one cluster; None for punctuation, which does not count."""
    tone = 1
    shaped = ""
    for ch in cluster:
        if ch in _TONES:
            tone = _TONES[ch]
        else:
            shaped += ch
    base = unicodedata.normalize("NFC", shaped)
    if not base:
        return None
    if base.isspace():
        return _SPACE, 0
    if base.isdigit() and len(base) == 1 and base in "0123456789":
        return _DIGIT_BASE + int(base), 0
    position = _ALPHABET.find(base)
    if position >= 0 and len(base) == 1:
        return _LETTER_BASE + position, tone
    if base[0].isalnum():
        return _OTHER_BASE + ord(base[0]), tone
    return None


def sort_key_string(value: str | None) -> str:
    """``value`` as a string that sorts in Vietnamese order: letters first, then tone marks."""
    text = clean_text(value).lower()
    codes: list[int] = []
    tones: list[int] = []
    for cluster in _clusters(text):
        found = _letter(cluster)
        if found is None:
            continue
        code, tone = found
        if code == _SPACE and (not codes or codes[-1] == _SPACE):
            continue
        codes.append(code)
        tones.append(tone)
    while codes and codes[-1] == _SPACE:
        codes.pop()
        tones.pop()
    # "00" ends the letters: a name sorts before every longer name that starts with it.
    key = "".join(_encode(code) for code in codes) + "00" + "".join(str(tone) for tone in tones)
    return key[:SORT_NAME_MAX_LENGTH]


def name_order(name: str, *, individual: bool) -> str:
    """The name as it is filed: an individual's given name first ("Dũng Nguyễn Văn")."""
    words = clean_text(name).split(" ")
    if individual and len(words) > 1:
        return " ".join([words[-1], *words[:-1]])
    return " ".join(words)


def sort_name_for(name: str | None, *, individual: bool) -> str:
    """The stored sort key of a profile named ``name``.

    For an individual the given name is keyed whole (letters, then tone marks) before the rest, so
    every "Dung" comes before every "Dũng", and people with the same given name follow their
    family and middle names.
    """
    words = clean_text(name).split(" ")
    if individual and len(words) > 1:
        key = sort_key_string(words[-1]) + sort_key_string(" ".join(words[:-1]))
        return key[:SORT_NAME_MAX_LENGTH]
    return sort_key_string(name)


def letter_prefix(letter: str) -> str | None:
    """The key prefix of every name filed under ``letter`` of :data:`LETTERS`, else None."""
    if letter not in LETTERS:
        return None
    return _encode(_LETTER_BASE + _ALPHABET.index(letter.lower()))


def letter_of(sort_name: str) -> str | None:
    """The letter of :data:`LETTERS` a stored key is filed under (None for digits and others)."""
    prefix = sort_name[:_WIDTH]
    for letter in LETTERS:
        if letter_prefix(letter) == prefix:
            return letter
    return None


def find_letter(value: str | None) -> str | None:
    """The bar letter a visitor asked for (``?letter=đ``, ``?letter=Ă``); None when it is not one."""
    text = unicodedata.normalize("NFC", clean_text(value)).upper()
    return text if text in LETTERS else None
