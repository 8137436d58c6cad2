"""Wagtail API v2 at /api/v2/: pages, images and documents, for media outlets and partner sites.

Invalid parameters (unknown fields, bad filters, bad limits) answer 400 with a message, never 500.
"""

from __future__ import annotations

from django.core.exceptions import FieldError, ValidationError
from django.db import DataError
from rest_framework.exceptions import ValidationError as DRFValidationError
from rest_framework.response import Response
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from search.api import EngineSearchFilter

from .api_public import PublicReadAPI

# Past a signed 64-bit OFFSET the database fails; far below it, any offset is past the last page.
MAX_OFFSET = 2**31 - 1
# Errors a query parameter can cause deep in the query: a number too large for the database
# column (?category=99999999999999999999) is an OverflowError in SQLite, a DataError in PostgreSQL.
_CLIENT_ERRORS = (
    BadRequestError,
    FieldError,
    ValidationError,
    ValueError,
    OverflowError,
    DataError,
    DRFValidationError,
)


class _FriendlyErrors:
    """Turn every client mistake into a 400 with a readable message."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # Checked before Wagtail builds the query: SQLite fails on both with errors that are not
        # the client's to read (a NUL ends its full-text query; a huge OFFSET is a type mismatch).
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise BadRequestError(f"tham số {name.replace(chr(0), '')!r} chứa ký tự NUL")
            if any(value.lstrip("-").isdigit() and len(value.lstrip("-")) > 18 for value in values):
                # Beyond a 64-bit integer: SQLite overflows while PostgreSQL silently matches
                # nothing; answer the same on both.
                raise BadRequestError(f"tham số {name!r}: số quá lớn")
        offset = request.GET.get("offset", "")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")

    def handle_exception(self, exc):
        if isinstance(exc, _CLIENT_ERRORS):
            return Response({"message": str(exc) or "Tham số không hợp lệ."}, status=400)
        return super().handle_exception(exc)


class PagesAPI(PublicReadAPI, _FriendlyErrors, PagesAPIViewSet):
    # ?search= goes through the site's own engine so that the API and /tim-kiem/ agree.
    filter_backends = [
        EngineSearchFilter if backend is SearchFilter else backend for backend in PagesAPIViewSet.filter_backends
    ]


class ImagesAPI(PublicReadAPI, _FriendlyErrors, ImagesAPIViewSet):
    body_fields = [*ImagesAPIViewSet.body_fields, "credit", "licence", "description"]
    listing_default_fields = [*ImagesAPIViewSet.listing_default_fields, "credit", "licence"]


class DocumentsAPI(PublicReadAPI, _FriendlyErrors, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPI)
api_router.register_endpoint("images", ImagesAPI)
api_router.register_endpoint("documents", DocumentsAPI)
