"""What the site remembers about searches that found nothing, for the editors' report.

Popular searches are counted by Wagtail's search promotions app (``Query`` and its daily
hits). This table adds the searches that found nothing, so editors can see what citizens
look for and do not find. Only the query text and counts are kept: no address, no user.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class ZeroResultQuery(models.Model):
    """A search that returned no result, with how often and when it was last made."""

    query_string = models.CharField("Từ khóa", max_length=255, unique=True)
    hits = models.PositiveIntegerField("Số lần tìm", default=0)
    first_seen = models.DateTimeField("Lần đầu", default=timezone.now)
    last_seen = models.DateTimeField("Lần gần nhất", default=timezone.now, db_index=True)

    class Meta:
        app_label = "site_search"
        verbose_name = "từ khóa không có kết quả"
        verbose_name_plural = "từ khóa không có kết quả"

    def __str__(self) -> str:
        return self.query_string

    @classmethod
    def record(cls, query_string: str) -> None:
        now = timezone.now()
        row, _ = cls.objects.get_or_create(query_string=query_string[:255], defaults={"first_seen": now})
        cls.objects.filter(pk=row.pk).update(hits=models.F("hits") + 1, last_seen=now)

    @classmethod
    def forget(cls, query_string: str) -> None:
        """The search finds something now (new content, a better engine): drop it from the report."""
        cls.objects.filter(query_string=query_string[:255]).delete()
