"""API fields shared by content types: an image at the sizes reusers need, with credit and licence."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework import serializers

# name → filter spec: a listing thumbnail, an article-width picture, and the social-card size.
RENDITION_SIZES = {
    "thumbnail": "fill-400x250",
    "medium": "width-800",
    "social": "fill-1200x630",
}


class ImageRenditionsField(serializers.Field):
    """``{"thumbnail": {"url", "width", "height", "alt", "credit", "licence"}, "medium": …,
    "social": …}`` for the image in ``source``; None without an image. URLs are absolute."""

    def __init__(self, **kwargs: Any):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, image) -> dict[str, dict[str, Any]] | None:
        if image is None:
            return None
        request = self.context.get("request")
        base = getattr(settings, "WAGTAILAPI_BASE_URL", "") or ""
        renditions = image.get_renditions(*RENDITION_SIZES.values())
        result = {}
        for name, spec in RENDITION_SIZES.items():
            rendition = renditions[spec]
            url = rendition.url
            if url.startswith("/"):
                url = request.build_absolute_uri(url) if request is not None else base.rstrip("/") + url
            result[name] = {
                "url": url,
                "width": rendition.width,
                "height": rendition.height,
                "alt": image.description or image.title,
                "credit": image.credit,
                "licence": image.licence,
            }
        return result
