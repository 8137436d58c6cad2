import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("kind", models.CharField(db_index=True, max_length=60, verbose_name="Loại")),
                ("date", models.DateField(blank=True, null=True, verbose_name="Ngày")),
                ("year", models.PositiveSmallIntegerField(blank=True, db_index=True, null=True, verbose_name="Năm")),
                ("title", models.TextField(verbose_name="Tiêu đề")),
                ("keys", models.TextField(blank=True, verbose_name="Số ký hiệu, tên riêng")),
                ("body", models.TextField(blank=True, verbose_name="Nội dung")),
                ("title_folded", models.TextField(blank=True)),
                ("keys_folded", models.TextField(blank=True)),
                ("body_folded", models.TextField(blank=True)),
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="wagtailcore.page"
                    ),
                ),
            ],
            options={
                "verbose_name": "mục chỉ mục tìm kiếm",
                "verbose_name_plural": "chỉ mục tìm kiếm",
            },
        ),
    ]
