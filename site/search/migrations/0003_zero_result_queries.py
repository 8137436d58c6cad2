"""Searches that found nothing (search.querylog.ZeroResultQuery), for the editors' report."""

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0002_fulltext"),
    ]

    operations = [
        migrations.CreateModel(
            name="ZeroResultQuery",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("query_string", models.CharField(max_length=255, unique=True, verbose_name="Từ khóa")),
                ("hits", models.PositiveIntegerField(default=0, verbose_name="Số lần tìm")),
                ("first_seen", models.DateTimeField(default=django.utils.timezone.now, verbose_name="Lần đầu")),
                (
                    "last_seen",
                    models.DateTimeField(
                        db_index=True, default=django.utils.timezone.now, verbose_name="Lần gần nhất"
                    ),
                ),
            ],
            options={
                "verbose_name": "từ khóa không có kết quả",
                "verbose_name_plural": "từ khóa không có kết quả",
            },
        ),
    ]
