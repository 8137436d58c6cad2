"""Seed the managed list of document types (loại văn bản) with the abbreviations their numbers use.

Idempotent: a type that exists (by name or slug) is left as the editors made it.
"""

from django.db import migrations
from django.db.models import Q

from core.text import slugify_vi

# (name, abbreviation in the number and symbol, display order). Abbreviations follow the
# administrative document conventions (Decree 30/2020/NĐ-CP); laws and ordinances carry none.
DOCUMENT_TYPES = [
    ("Luật", "", 10),
    ("Pháp lệnh", "", 20),
    ("Nghị định", "NĐ", 30),
    ("Nghị quyết", "NQ", 40),
    ("Thông tư", "TT", 50),
    ("Thông tư liên tịch", "TTLT", 55),
    ("Chỉ thị", "CT", 60),
    ("Quyết định", "QĐ", 70),
    ("Quy định", "QyĐ", 75),
    ("Kế hoạch", "KH", 80),
    ("Chương trình", "CTr", 85),
    ("Đề án", "ĐA", 87),
    ("Hướng dẫn", "HD", 90),
    ("Thông báo", "TB", 100),
    ("Công điện", "CĐ", 105),
    ("Công văn", "", 110),
    ("Báo cáo", "BC", 120),
    ("Tờ trình", "TTr", 130),
]


def seed(apps, schema_editor):
    DocumentType = apps.get_model("directives", "DocumentType")
    for name, abbreviation, sort_order in DOCUMENT_TYPES:
        slug = slugify_vi(name)
        if DocumentType.objects.filter(Q(name__iexact=name) | Q(slug=slug)).exists():
            continue
        DocumentType.objects.get_or_create(
            slug=slug, defaults={"name": name, "abbreviation": abbreviation, "sort_order": sort_order}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("directives", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]
