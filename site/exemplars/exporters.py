"""Profiles as ``type: exemplar`` records, photos copied next to the JSONL file.

Consent records (``is_living_person``, ``consent_*``), nominations and public comments are never
exported: the format has no place for them and they are the office's, not the public's.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from core.exporting import Exporter, FileSink, register, stream_html

from .importers import PHOTO_EXTENSIONS
from .models import ExemplarPage


@register
class ExemplarExporter(Exporter):
    """Kind, role, place as named then, field, awards, the ids of its exported campaigns and the photo."""

    type = "exemplar"
    model = ExemplarPage
    order = 300

    @cached_property
    def campaign_ids(self) -> dict[int, str]:
        """Exported campaigns' record ids by page id: a profile may name only those."""
        from campaigns.exporters import CampaignExporter

        exporter = CampaignExporter()
        return {campaign.pk: exporter.record_id(campaign) for campaign in exporter.queryset().only("pk", "import_id")}

    def queryset(self):
        return (
            super()
            .queryset()
            .select_related("locality", "field", "photo")
            .prefetch_related("awards__title", "campaigns")
        )

    def record(self, page: ExemplarPage, files: FileSink) -> dict[str, Any]:
        record = self.common(page, summary=page.summary, body=stream_html(page.story), source=page.source)
        record["kind"] = page.kind
        if page.role:
            record["role"] = page.role
        if page.locality_id:
            record["locality"] = page.locality.name
        if page.field_id:
            record["field"] = page.field.name
        awards = []
        for award in page.award_list:
            item = {"title": award.display_title}
            if award.year:
                item["year"] = award.year
            if award.decision:
                item["decision"] = award.decision
            if award.issuer:
                item["issuer"] = award.issuer
            if item["title"]:
                awards.append(item)
        if awards:
            record["awards"] = awards
        # By id, not by primary key: the order then survives an import into another database.
        campaigns = sorted(self.campaign_ids[c.pk] for c in page.campaigns.all() if c.pk in self.campaign_ids)
        if campaigns:
            record["campaigns"] = campaigns
        photo = self.photo(page, files)
        if photo:
            record["photo"] = photo
        return record

    def photo(self, page: ExemplarPage, files: FileSink) -> dict[str, str] | None:
        image = page.photo
        if image is None or image.file.name.rsplit(".", 1)[-1].lower() not in PHOTO_EXTENSIONS:
            return None
        path = files.add(image.file, "anh", page.slug)
        if path is None:
            return None
        photo = {"path": path}
        if page.photo_caption:
            photo["caption"] = page.photo_caption
        if image.credit:
            photo["credit"] = image.credit
        return photo
