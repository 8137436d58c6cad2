"""RSS and Atom feeds of the exemplary profiles. Only what the profile page itself shows goes
out: never the consent record, never a nominator or a commenter."""

from __future__ import annotations

from django.db.models import F
from django.db.models.functions import Coalesce

from core.feeds import SECTIONS, PortalFeed

from .models import ExemplarIndexPage, ExemplarPage


class ExemplarFeed(PortalFeed):
    section = SECTIONS["exemplars"]

    def index_page(self):
        return ExemplarIndexPage.objects.live().public().only("url_path", "path", "depth").first()

    def get_queryset(self, obj=None):
        return (
            ExemplarPage.objects.live()
            .public()
            .defer_streamfields()
            .defer("consent_recorded", "consent_date", "consent_note", "is_living_person")
            .select_related("photo", "field")
            .prefetch_related("photo__renditions")
            .annotate(feed_date=Coalesce("date", F("first_published_at__date")))
            .order_by(F("feed_date").desc(nulls_last=True), "-pk")
        )

    def item_title(self, item) -> str:
        return f"{item.title} – {item.role}" if item.role else item.title

    def item_image(self, item):
        return item.photo

    def item_categories(self, item) -> list[str]:
        categories = [item.get_kind_display()]
        if item.field_id:
            categories.append(item.field.name)
        return categories
