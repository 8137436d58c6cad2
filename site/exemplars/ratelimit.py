"""Per-client limits on the public forms, keyed by a salted hash of the client's IP address.

The address itself is never stored: the cache key and ``client_hash`` on a stored nomination or
comment hold only an HMAC of it, which lets editors see that ten submissions came from one
sender without learning who the sender is.

Settings (all optional):

- ``FORMS_RATE_LIMIT``: submissions allowed per window and client (default 5);
- ``FORMS_RATE_WINDOW``: the window in seconds (default 3600);
- ``FORMS_TRUSTED_PROXY_COUNT``: how many reverse proxies in front of the site append to
  ``X-Forwarded-For`` (default 0: the header is ignored, since anyone can send it).
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.crypto import salted_hmac

DEFAULT_LIMIT = 5
DEFAULT_WINDOW = 60 * 60


def client_ip(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or the entry our own proxies added to X-Forwarded-For."""
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = int(getattr(settings, "FORMS_TRUSTED_PROXY_COUNT", 0) or 0)
    if trusted > 0:
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
        # Each trusted proxy appends the address it saw; entries further left come from the
        # client and can be forged, so count from the right.
        if len(hops) >= trusted:
            candidate = hops[-trusted]
            try:
                return str(ipaddress.ip_address(candidate))
            except ValueError:
                pass
    return remote


def client_hash(request: HttpRequest) -> str:
    """64 hex characters identifying the client's address without revealing it."""
    return salted_hmac("exemplars.forms.client", client_ip(request), algorithm="sha256").hexdigest()


class RateLimit:
    """At most ``limit`` submissions per ``window`` seconds for one client in one ``scope``."""

    def __init__(self, scope: str, limit: int | None = None, window: int | None = None) -> None:
        self.scope = scope
        self._limit = limit
        self._window = window

    # Read on every request so that a settings change (or a test's override) takes effect.
    @property
    def limit(self) -> int:
        return self._limit if self._limit is not None else int(getattr(settings, "FORMS_RATE_LIMIT", DEFAULT_LIMIT))

    @property
    def window(self) -> int:
        return self._window if self._window is not None else int(getattr(settings, "FORMS_RATE_WINDOW", DEFAULT_WINDOW))

    def _key(self, request: HttpRequest) -> str:
        return f"forms-rate:{self.scope}:{client_hash(request)}"

    def is_exceeded(self, request: HttpRequest) -> bool:
        return (cache.get(self._key(request)) or 0) >= self.limit

    def hit(self, request: HttpRequest) -> None:
        key = self._key(request)
        # add() is atomic on every backend: the window starts with the first submission.
        if not cache.add(key, 1, self.window):
            try:
                cache.incr(key)
            except ValueError:
                # Expired between add() and incr().
                cache.add(key, 1, self.window)
