"""Print how much of the installed Wagtail's admin is translated into Vietnamese, per catalog.

Every catalog is found by walking the Wagtail package for ``locale/en/LC_MESSAGES/*.po``, so a
Wagtail upgrade shows at once what is new to translate. A string counts as translated when the
project's catalog (``locale/wagtail/<catalog>/vi/LC_MESSAGES/``, the one the site uses first) or
Wagtail's own Vietnamese catalog has a non-empty, non-fuzzy translation for it.

    python manage.py translation_coverage
    python manage.py translation_coverage --missing --fail-under 100

It reads catalogs with polib, a development requirement (requirements-dev.txt).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polib
import wagtail
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

WAGTAIL_DIR = Path(wagtail.__file__).resolve().parent
LANGUAGE = "vi"

# (msgctxt, msgid): the key gettext looks a string up by.
MessageKey = tuple[str | None, str]


@dataclass(frozen=True)
class Catalog:
    """One gettext catalog of the installed Wagtail, e.g. ``admin`` / ``djangojs``."""

    name: str  # folder name under locale/wagtail/: "core" for wagtail/locale, "contrib-forms" …
    domain: str  # "django" or "djangojs"
    english: Path

    @property
    def label(self) -> str:
        return self.name if self.domain == "django" else f"{self.name} ({self.domain})"

    @property
    def wagtail_vi(self) -> Path:
        return self.english.parents[2] / LANGUAGE / "LC_MESSAGES" / self.english.name

    def project_vi(self, locale_dir: Path | None = None) -> Path:
        locale_dir = locale_dir or project_locale_dir()
        return locale_dir / "wagtail" / self.name / LANGUAGE / "LC_MESSAGES" / f"{self.domain}.po"


@dataclass
class Coverage:
    catalog: Catalog
    total: int = 0
    missing: list[polib.POEntry] = field(default_factory=list)

    @property
    def translated(self) -> int:
        return self.total - len(self.missing)

    @property
    def percent(self) -> float:
        return 100.0 if not self.total else 100.0 * self.translated / self.total


def project_locale_dir() -> Path:
    return Path(settings.BASE_DIR) / "locale"


def wagtail_catalogs() -> list[Catalog]:
    """Every English catalog shipped by the installed Wagtail, sorted by name."""
    catalogs = []
    for english in WAGTAIL_DIR.glob("**/locale/en/LC_MESSAGES/*.po"):
        package = english.parents[3].relative_to(WAGTAIL_DIR)
        name = "-".join(package.parts) or "core"
        catalogs.append(Catalog(name=name, domain=english.stem, english=english))
    return sorted(catalogs, key=lambda c: (c.name, c.domain))


def english_entries(catalog: Catalog) -> list[polib.POEntry]:
    return [e for e in polib.pofile(str(catalog.english)) if not e.obsolete]


def is_translated(entry: polib.POEntry) -> bool:
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        # Vietnamese has a single plural form: msgstr[0] is used for every count.
        return bool(entry.msgstr_plural.get(0, "").strip())
    return bool(entry.msgstr.strip())


def translations(path: Path) -> dict[MessageKey, polib.POEntry]:
    """The translated entries of a .po file (empty when the file does not exist)."""
    if not path.exists():
        return {}
    return {(e.msgctxt, e.msgid): e for e in polib.pofile(str(path)) if is_translated(e)}


def coverage(catalog: Catalog, locale_dir: Path | None = None) -> Coverage:
    effective = translations(catalog.wagtail_vi)
    effective.update(translations(catalog.project_vi(locale_dir)))  # the project's wins
    result = Coverage(catalog)
    for entry in english_entries(catalog):
        result.total += 1
        if (entry.msgctxt, entry.msgid) not in effective:
            result.missing.append(entry)
    return result


def format_percent(value: float) -> str:
    # Vietnamese writes a decimal comma. Floor, so 99.99% never prints as 100,0%.
    return f"{int(value * 10) / 10:.1f}".replace(".", ",") + "%"


class Command(BaseCommand):
    help = "In độ phủ bản dịch tiếng Việt của từng bộ chuỗi (catalog) trong Wagtail đang cài."
    # It only reads files: it must report even while the project has other problems.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--missing", action="store_true", help="Liệt kê các chuỗi chưa được dịch.")
        parser.add_argument(
            "--fail-under",
            type=float,
            default=None,
            metavar="PHẦN_TRĂM",
            help="Thoát với mã 1 khi độ phủ tổng dưới mức này (ví dụ 100).",
        )

    def handle(self, *args, missing: bool, fail_under: float | None, **options):
        results = [coverage(catalog) for catalog in wagtail_catalogs()]
        self.stdout.write(f"Độ phủ bản dịch tiếng Việt của Wagtail {wagtail.__version__}:")
        width = max(len(r.catalog.label) for r in results)
        for r in results:
            self.stdout.write(f"  {r.catalog.label:<{width}}  {r.translated:>5} / {r.total:<5} {format_percent(r.percent):>7}")
            if missing:
                for entry in r.missing:
                    context = f" [ngữ cảnh: {entry.msgctxt}]" if entry.msgctxt else ""
                    self.stdout.write(f"      - {entry.msgid!r}{context}")
        total = sum(r.total for r in results)
        translated = sum(r.translated for r in results)
        percent = 100.0 if not total else 100.0 * translated / total
        self.stdout.write(
            f"Tổng cộng: đã dịch {translated} / {total} chuỗi ({format_percent(percent)}) "
            f"trong {len(results)} bộ chuỗi."
        )
        if fail_under is not None and percent < fail_under:
            raise CommandError(
                f"Độ phủ {format_percent(percent)} thấp hơn mức yêu cầu {fail_under:g}%.", returncode=1
            )
