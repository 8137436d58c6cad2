"""Seed the fields (lĩnh vực) that documents, campaigns and exemplars are filed under.

Idempotent: a field that exists (by name or slug) is left as the editors made it.
"""

from django.db import migrations
from django.db.models import Q

from core.text import slugify_vi

FIELDS = [
    "Thi đua - Khen thưởng",
    "Nội vụ",
    "Giáo dục",
    "Y tế",
    "Nông nghiệp",
    "Công nghiệp",
    "An ninh - Quốc phòng",
    "Văn hóa - Xã hội",
    "Kinh tế",
    "Khoa học - Công nghệ",
    "Lao động - Thương binh và Xã hội",
    "Tư pháp",
    "Tài chính",
    "Giao thông vận tải",
    "Tài nguyên và Môi trường",
    "Thông tin và Truyền thông",
]


def seed(apps, schema_editor):
    Field = apps.get_model("core", "Field")
    for position, name in enumerate(FIELDS, start=1):
        slug = slugify_vi(name)
        if Field.objects.filter(Q(name__iexact=name) | Q(slug=slug)).exists():
            continue
        Field.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": position * 10})


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0006_field"),
    ]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]
