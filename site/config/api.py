"""Wagtail API v2 at /api/v2/: pages, images and documents, for media outlets and partner sites.

Invalid parameters (unknown fields, bad filters, bad limits) answer 400 with a message, never 500.
"""

from __future__ import annotations

from django.core.exceptions import FieldError, ValidationError
from rest_framework.exceptions import ValidationError as DRFValidationError
from rest_framework.response import Response
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


class _FriendlyErrors:
    """Turn every client mistake into a 400 with a readable message."""

    def handle_exception(self, exc):
        if isinstance(exc, (BadRequestError, FieldError, ValidationError, ValueError, DRFValidationError)):
            return Response({"message": str(exc) or "Tham số không hợp lệ."}, status=400)
        return super().handle_exception(exc)


class PagesAPI(_FriendlyErrors, PagesAPIViewSet):
    pass


class ImagesAPI(_FriendlyErrors, ImagesAPIViewSet):
    body_fields = [*ImagesAPIViewSet.body_fields, "credit", "licence", "description"]
    listing_default_fields = [*ImagesAPIViewSet.listing_default_fields, "credit", "licence"]


class DocumentsAPI(_FriendlyErrors, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPI)
api_router.register_endpoint("images", ImagesAPI)
api_router.register_endpoint("documents", DocumentsAPI)
