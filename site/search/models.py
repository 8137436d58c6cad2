"""The site's own search index: one row per live public page that people search for.

Each row holds the page's searchable text in two forms (exact and folded, see ``search.text``).
SQLite indexes the rows with an FTS5 table kept in step by triggers; PostgreSQL with generated
``tsvector`` columns and GIN indexes. Both are created by this app's migrations.
"""

from __future__ import annotations

from django.db import models


class SearchEntry(models.Model):
    """What search knows about one page. Rebuilt from the page; never edited by hand."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField("Loại", max_length=60, db_index=True)
    date = models.DateField("Ngày", null=True, blank=True)
    year = models.PositiveSmallIntegerField("Năm", null=True, blank=True, db_index=True)
    title = models.TextField("Tiêu đề")
    keys = models.TextField("Số ký hiệu, tên riêng", blank=True)
    body = models.TextField("Nội dung", blank=True)
    title_folded = models.TextField(blank=True)
    keys_folded = models.TextField(blank=True)
    body_folded = models.TextField(blank=True)

    class Meta:
        verbose_name = "mục chỉ mục tìm kiếm"
        verbose_name_plural = "chỉ mục tìm kiếm"

    def __str__(self) -> str:
        return self.title


# The log of searches without results lives in its own module (search.querylog).
from .querylog import ZeroResultQuery  # noqa: E402, F401
