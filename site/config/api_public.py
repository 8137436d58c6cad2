"""What every API endpoint does for reusers: open to other sites for reading (CORS), and cached.

Responses to GET are kept in Django's cache under the URL and the listing-cache version (see
``core.listing_cache``), so a publish, unpublish, move or delete is visible at once; images and
documents, which do not bump that version, are kept at most ``CACHE_SECONDS``. Browsers and
proxies may keep a response for as long (``Cache-Control: public, max-age=300``).
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from core import listing_cache
from core.cors import allow_public_read

CACHE_SECONDS = 300


def _cache_key(request) -> str:
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha1(address.encode(), usedforsecurity=False).hexdigest()
    return f"api:{listing_cache.version()}:{digest}"


class PublicReadAPI:
    """Mixin for Wagtail API viewsets; put it first in the bases."""

    def dispatch(self, request, *args, **kwargs):
        cacheable = request.method in ("GET", "HEAD") and not request.user.is_authenticated
        key = _cache_key(request) if cacheable else None
        if key is not None:
            hit = cache.get(key)
            if hit is not None:
                content, content_type = hit
                return self._public(request, HttpResponse(content, content_type=content_type))
        response = super().dispatch(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD"):
            # OPTIONS (a browser's preflight) is answered as open for reading; POST and the rest never.
            return allow_public_read(request, response)
        if response.status_code == 200:
            if hasattr(response, "render"):
                response.render()
            if key is not None:
                cache.set(key, (response.content, response["Content-Type"]), CACHE_SECONDS)
        return self._public(request, response)

    @staticmethod
    def _public(request, response):
        if response.status_code == 200 and request.method in ("GET", "HEAD"):
            patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        return allow_public_read(request, response)
