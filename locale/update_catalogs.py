"""Create or refresh the project's Vietnamese catalogs from the installed Wagtail's English ones.

    .venv/bin/python locale/update_catalogs.py images documents contrib-forms
    .venv/bin/python locale/update_catalogs.py --list

Each catalog keeps every msgid / msgid_plural / msgctxt of the English catalog, in its order.
A string keeps the project's translation when it has one, else takes Wagtail's own Vietnamese
translation (to be reviewed against GLOSSARY.md), else stays empty for a translator. Strings
Wagtail dropped disappear. Then `make locale` compiles the .mo files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(LOCALE_DIR.parent / "site"))

from core.management.commands.translation_coverage import (  # noqa: E402
    Catalog,
    is_translated,
    translations,
    wagtail_catalogs,
)

HEADER = {
    "Project-Id-Version": "Wagtail (tdkt-portal)",
    "PO-Revision-Date": "2025-01-01 00:00+0700",
    "Last-Translator": "Ban Thi đua - Khen thưởng <quantri@example.vn>",
    "Language-Team": "Vietnamese",
    "Language": "vi",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


def _copy_translation(target: polib.POEntry, source: polib.POEntry) -> None:
    if target.msgid_plural:
        target.msgstr_plural = {0: source.msgstr_plural.get(0, "") if source.msgid_plural else source.msgstr}
    else:
        target.msgstr = source.msgstr


def update(catalog: Catalog) -> tuple[Path, int, int]:
    path = catalog.project_vi(LOCALE_DIR)
    ours = translations(path)
    wagtails = translations(catalog.wagtail_vi)
    po = polib.POFile(wrapwidth=100)
    po.metadata = dict(HEADER)
    po.header = f"Vietnamese translation of Wagtail's {catalog.label} catalog. Terms: locale/GLOSSARY.md"
    for english in polib.pofile(str(catalog.english)):
        if english.obsolete:
            continue
        entry = polib.POEntry(
            msgid=english.msgid,
            msgid_plural=english.msgid_plural,
            msgctxt=english.msgctxt,
            occurrences=english.occurrences,
            comment=english.comment,
            flags=[f for f in english.flags if f != "fuzzy"],
        )
        if entry.msgid_plural:
            entry.msgstr_plural = {0: ""}
        key = (english.msgctxt, english.msgid)
        source = ours.get(key) or wagtails.get(key)
        if source is not None:
            _copy_translation(entry, source)
        po.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return path, sum(1 for e in po if is_translated(e)), len(po)


def main() -> None:
    catalogs = {c.label: c for c in wagtail_catalogs()}
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("catalogs", nargs="*", metavar="catalog", help="e.g. core images 'admin (djangojs)'")
    parser.add_argument("--list", action="store_true", help="list the installed Wagtail's catalogs")
    args = parser.parse_args()
    if args.list or not args.catalogs:
        print("\n".join(catalogs))
        return
    for label in args.catalogs:
        if label not in catalogs:
            parser.error(f"unknown catalog {label!r}; see --list")
        path, translated, total = update(catalogs[label])
        print(f"{path.relative_to(LOCALE_DIR.parent)}: {translated}/{total} translated")


if __name__ == "__main__":
    main()
