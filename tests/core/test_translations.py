"""The admin is Vietnamese for every string of the installed Wagtail.

The English catalogs are read from the installed Wagtail, so after an upgrade these tests name
each new string that needs a translation (``manage.py translation_coverage --missing`` too).
"""

from __future__ import annotations

import gettext
import io
import json
import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError

from core.management.commands.translation_coverage import (
    Catalog,
    english_entries,
    is_translated,
    wagtail_catalogs,
)

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"
ADMIN_PO = LOCALE_DIR / "wagtail" / "admin" / "vi" / "LC_MESSAGES" / "django.po"
CATALOGS = wagtail_catalogs()

needs_admin_catalog = pytest.mark.skipif(
    not ADMIN_PO.exists(), reason="the admin catalog (locale/wagtail/admin/vi/LC_MESSAGES/django.po) is not there yet"
)

# What a translation must carry over unchanged: Python and brace placeholders, HTML tags and
# entities. "%%" is a literal percent sign, not a placeholder.
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}|</?[a-zA-Z][^>]*>|&#?\w+;")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text.replace("%%", "")))


def translation_problems(english: polib.POEntry, ours: polib.POEntry | None) -> list[str]:
    """Why ``ours`` is not a usable translation of ``english`` (an empty list when it is)."""
    if ours is None or not is_translated(ours):
        return ["no translation"]
    # One Vietnamese form is used for every count, so it follows the English plural.
    source = english.msgid_plural or english.msgid
    target = ours.msgstr_plural[0] if english.msgid_plural else ours.msgstr
    problems = []
    if placeholders(source) != placeholders(target):
        problems.append(f"placeholders {placeholders(source)} != {placeholders(target)}")
    for name, edge in (("leading", lambda s: s[: len(s) - len(s.lstrip())]), ("trailing", lambda s: s[len(s.rstrip()) :])):
        if edge(source) != edge(target):
            problems.append(f"{name} whitespace {edge(source)!r} != {edge(target)!r}")
    return problems


def catalog_params():
    for catalog in CATALOGS:
        marks = [needs_admin_catalog] if catalog.name == "admin" else []
        yield pytest.param(catalog, id=catalog.label.replace(" ", ""), marks=marks)


@pytest.mark.parametrize("catalog", list(catalog_params()))
def test_every_wagtail_string_has_a_vietnamese_translation_that_keeps_its_placeholders(catalog: Catalog):
    path = catalog.project_vi(LOCALE_DIR)
    assert path.exists(), f"{path} is missing: run locale/update_catalogs.py '{catalog.label}'"
    ours = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(path)) if not e.obsolete}
    failures = []
    for english in english_entries(catalog):
        for problem in translation_problems(english, ours.get((english.msgctxt, english.msgid))):
            failures.append(f"{english.msgid!r}: {problem}")
    assert not failures, f"{catalog.label}: {len(failures)} strings\n" + "\n".join(failures[:50])


@pytest.mark.parametrize("catalog", list(catalog_params()))
def test_catalog_header_declares_vietnamese_with_one_plural_form(catalog: Catalog):
    metadata = polib.pofile(str(catalog.project_vi(LOCALE_DIR))).metadata
    assert metadata["Language"] == "vi"
    assert metadata["Plural-Forms"].replace(" ", "") == "nplurals=1;plural=0;"
    assert "charset=UTF-8" in metadata["Content-Type"]


def test_placeholder_check_catches_a_lost_placeholder_a_broken_tag_and_lost_whitespace():
    english = polib.POEntry(msgid='<b>%(title)s</b> by {user} ', msgstr="")
    assert translation_problems(english, polib.POEntry(msgid=english.msgid, msgstr="<b>%(title)s</b> bởi {user} ")) == []
    assert translation_problems(english, polib.POEntry(msgid=english.msgid, msgstr="<b>%(tieu_de)s</b> bởi {user} "))
    assert translation_problems(english, polib.POEntry(msgid=english.msgid, msgstr="<b>%(title)s bởi {user} "))
    assert translation_problems(english, polib.POEntry(msgid=english.msgid, msgstr="<b>%(title)s</b> bởi {user}"))
    plural = polib.POEntry(msgid="1 page", msgid_plural="%(count)s pages", msgstr_plural={0: "%(count)s trang"})
    assert translation_problems(plural, plural) == []
    assert translation_problems(plural, polib.POEntry(msgid="1 page", msgid_plural="x", msgstr_plural={0: "1 trang"}))


def committed_po_files() -> list[Path]:
    return sorted(LOCALE_DIR.glob("**/LC_MESSAGES/*.po"))


@pytest.mark.parametrize("po_path", committed_po_files(), ids=lambda p: str(p.relative_to(LOCALE_DIR)))
def test_compiled_catalog_matches_its_po_file(po_path: Path):
    """Django reads the .mo, editors edit the .po: a stale .mo would hide a fix."""
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing: run make locale"
    expected = {}
    for entry in polib.pofile(str(po_path)):
        if entry.obsolete or not entry.msgid or not is_translated(entry):
            continue
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        if entry.msgid_plural:
            for n, text in entry.msgstr_plural.items():
                expected[(key, int(n))] = text
        else:
            expected[key] = entry.msgstr
    with mo_path.open("rb") as fp:
        compiled = dict(gettext.GNUTranslations(fp)._catalog)
    compiled.pop("", None)  # the header
    stale = sorted(str(k) for k in expected.keys() ^ compiled.keys()) or sorted(
        str(k) for k in expected if expected[k] != compiled[k]
    )
    assert not stale, f"{mo_path} differs from its .po (run make locale): {stale[:20]}"


def test_coverage_command_prints_full_coverage_for_every_catalog():
    out = io.StringIO()
    call_command("translation_coverage", stdout=out)
    lines = {line.split()[0] + (" (djangojs)" if "(djangojs)" in line else ""): line for line in out.getvalue().splitlines()[1:-1]}
    assert set(lines) == {c.label for c in CATALOGS}
    for label, line in lines.items():
        if label.startswith("admin") and not ADMIN_PO.exists():
            continue
        assert line.rstrip().endswith("100,0%"), line
    if ADMIN_PO.exists():
        assert "(100,0%)" in out.getvalue().splitlines()[-1]
        call_command("translation_coverage", "--fail-under", "100", stdout=io.StringIO())


def test_coverage_command_fails_and_lists_what_is_missing_without_the_project_catalogs(settings, tmp_path):
    settings.BASE_DIR = tmp_path  # no locale/ there: only Wagtail's partial catalogs count
    out = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("translation_coverage", "--missing", "--fail-under", "100", stdout=out)
    assert error.value.returncode == 1
    assert "thấp hơn mức yêu cầu 100%" in str(error.value)
    assert "'Add column'" in out.getvalue()  # typed_table_block has no Vietnamese in Wagtail


def test_time_since_an_edit_reads_in_vietnamese():
    """Django's own Vietnamese catalog lacks these; the admin lists "3 giờ trước", "vừa xong"."""
    import datetime as dt

    from django.utils import timezone, translation
    from django.utils.timesince import timesince
    from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

    now = timezone.now()
    with translation.override("vi"):
        assert timesince(now - dt.timedelta(hours=3, minutes=5), now) == "3\xa0giờ, 5\xa0phút"
        assert timesince(now - dt.timedelta(days=400), now) == "1\xa0năm, 1\xa0tháng"
        if ADMIN_PO.exists():  # "just now" comes from the admin catalog
            assert timesince_simple(now) == "vừa xong"


# Words an editor would see if a catalog string were missing.
ENGLISH_UI_WORDS = [
    "Pages", "Images", "Documents", "Snippets", "Settings", "Reports", "Help", "Search",
    "Dashboard", "Sign out", "Log out", "Account", "Edit", "Add", "Save draft", "Publish",
    "Workflows", "Users", "Groups", "Collections", "Redirects", "Forms", "Your pages",
]


def visible_text(html: str) -> str:
    """What a person reads: the page text plus the sidebar menu, which the admin renders from JSON."""
    soup = BeautifulSoup(html, "html.parser")
    labels = []
    sidebar = soup.find("script", id="wagtail-sidebar-props")
    if sidebar is not None:

        def walk(node):
            if isinstance(node, dict):
                labels.extend(str(v) for k, v in node.items() if k == "label")
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk(json.loads(sidebar.string))
    for tag in soup(["script", "style", "template", "noscript"]):
        tag.decompose()
    return " ".join([soup.get_text(" "), *labels])


def english_words_in(text: str) -> list[str]:
    return [w for w in ENGLISH_UI_WORDS if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]


@needs_admin_catalog
@pytest.mark.django_db
def test_admin_login_page_is_in_vietnamese(client):
    text = visible_text(client.get("/admin/login/").content.decode())
    assert "Đăng nhập" in text
    assert "Sign in" not in text
    assert "Password" not in text


@needs_admin_catalog
@pytest.mark.django_db
def test_editor_dashboard_has_no_english_menu_or_heading(client):
    editor = get_user_model().objects.create_user("bientap", password="mat-khau-thu-123", email="bientap@example.vn")
    editor.groups.add(Group.objects.get(name="Biên tập viên"))
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert "Hình ảnh" in text  # the sidebar was read
    assert english_words_in(text) == []
