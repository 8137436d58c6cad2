"""API representations of a profile's relations, with the values the import format writes.

``awards`` are ``{"title", "year", "decision", "issuer"}`` as in an export; ``campaigns`` are
``{"id", "title", "import_id"}``: the API id of the live campaign page (the one the pages endpoint
knows), its title, and its ``id`` in the export format (null for campaigns made in the admin).
Nothing private is here: consent and nominators' data never reach the API.
"""

from __future__ import annotations

from typing import Any

from rest_framework import serializers


class NameField(serializers.Field):
    """A related term or place as its name (None when there is none)."""

    def __init__(self, **kwargs: Any):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return getattr(instance, self.source, None)

    def to_representation(self, value) -> str | None:
        return getattr(value, "name", None)

    def get_default(self):  # pragma: no cover - read-only
        return None


class AwardsField(serializers.Field):
    def __init__(self, **kwargs: Any):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page) -> list[dict[str, Any]]:
        return [
            {"title": award.display_title, "year": award.year, "decision": award.decision, "issuer": award.issuer}
            for award in page.award_list
        ]


class CampaignsField(serializers.Field):
    def __init__(self, **kwargs: Any):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page) -> list[dict[str, Any]]:
        return [
            {"id": campaign.pk, "title": campaign.title, "import_id": campaign.import_id or None}
            for campaign in page.live_campaigns
        ]


class PhotoField(serializers.Field):
    """The photo with what a reuser needs: a rendition URL, caption, credit and licence."""

    RENDITION = "max-1200x1200"

    def __init__(self, **kwargs: Any):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page) -> dict[str, Any] | None:
        image = page.photo
        if image is None:
            return None
        rendition = image.get_rendition(self.RENDITION)
        return {
            "id": image.pk,
            "url": rendition.url,
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.description or image.title,
            "caption": page.photo_caption,
            "credit": image.credit,
            "licence": image.licence,
        }
