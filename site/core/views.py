"""Error pages in Vietnamese. The 500 page renders without the database or context processors."""

from __future__ import annotations

from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token


@requires_csrf_token
def page_not_found(request, exception=None):
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request_path": request.path}, request))


@requires_csrf_token
def server_error(request):
    # No request context: the failure may be the database the context processors need.
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}))


def server_error_preview(request):
    return server_error(request)
