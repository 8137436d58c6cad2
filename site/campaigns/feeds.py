"""RSS and Atom feeds of the emulation movements, newest launch first."""

from __future__ import annotations

from django.db.models import F
from django.db.models.functions import Coalesce

from core.feeds import SECTIONS, PortalFeed

from .models import CampaignIndexPage, CampaignPage


class CampaignFeed(PortalFeed):
    section = SECTIONS["campaigns"]

    def index_page(self):
        return CampaignIndexPage.objects.live().public().only("url_path", "path", "depth").first()

    def get_queryset(self, obj=None):
        return (
            CampaignPage.objects.live()
            .public()
            .defer_streamfields()
            .defer("goals", "criteria")
            .select_related("hero_image", "field")
            .prefetch_related("hero_image__renditions")
            .annotate(feed_date=Coalesce("date", "launch_date", "start"))
            .order_by(F("feed_date").desc(nulls_last=True), "-pk")
        )

    def item_date(self, item):
        return item.date or item.launch_date or item.start

    def item_summary(self, item) -> str:
        return item.summary or item.slogan or item.search_description or ""

    def item_author_name(self, item) -> str:
        return item.source or item.launched_by or self.office.office_name

    def item_image(self, item):
        return item.hero_image

    def item_categories(self, item) -> list[str]:
        categories = [item.get_form_display()]
        if item.field_id:
            categories.append(item.field.name)
        return categories
