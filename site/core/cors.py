"""Cross-origin reading for partners' pages (a district portal calling the API from the browser).

Open for reading only: ``Access-Control-Allow-Origin: *`` on GET, HEAD and OPTIONS, never with
credentials, and nothing on POST or any other method, so no other site can write with a visitor's
session.
"""

from __future__ import annotations

from functools import wraps

READ_METHODS = ("GET", "HEAD", "OPTIONS")


def allow_public_read(request, response):
    """Add the CORS headers to ``response`` when ``request`` only reads."""
    if request.method in READ_METHODS:
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = ", ".join(READ_METHODS)
        if request.method == "OPTIONS":
            response["Access-Control-Max-Age"] = "86400"
            requested = request.headers.get("Access-Control-Request-Headers")
            if requested:
                # Only the harmless ones a fetch() sends; no Authorization, no cookies.
                response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, Content-Type"
    return response


def public_read(view):
    """Decorator for function views: CORS headers on read requests."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return allow_public_read(request, view(request, *args, **kwargs))

    return wrapped
