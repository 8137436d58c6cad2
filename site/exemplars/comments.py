"""Lấy ý kiến nhân dân: request handling for the public comment notice and its form.

The form exists only between ``opens`` and ``closes``; a POST outside that window is refused
with 403 and stores nothing, whatever the browser still had on screen.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers

from .forms import PublicCommentForm
from .ratelimit import RateLimit, client_hash

THANKS_PARAM = "da-gui"

rate_limit = RateLimit("public-comment")


def window_state(page, now=None) -> str:
    """"not-yet", "open" or "closed"."""
    now = now or timezone.now()
    if page.opens and now < page.opens:
        return "not-yet"
    if page.closes and now > page.closes:
        return "closed"
    if page.opens and page.closes:
        return "open"
    return "closed"


def serve_page(page, request: HttpRequest) -> HttpResponse:
    state = window_state(page)
    if request.method == "POST":
        response = _handle_post(page, request, state)
    else:
        sent = request.GET.get(THANKS_PARAM) == "1"
        form = PublicCommentForm(page=page) if state == "open" and not sent else None
        response = _render(page, request, state, form, sent=sent)
    add_never_cache_headers(response)
    return response


def _render(page, request, state, form, status: int = 200, **extra) -> TemplateResponse:
    context = page.get_context(request)
    context.update(window=state, form=form, **extra)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _handle_post(page, request, state) -> HttpResponse:
    if state != "open":
        return _render(page, request, state, None, status=403, refused=True)
    if rate_limit.is_exceeded(request):
        return _render(page, request, state, None, status=429, rate_limited=True)
    form = PublicCommentForm(request.POST, page=page)
    thanks = f"{page.get_url(request)}?{THANKS_PARAM}=1"
    if form.is_spam:
        rate_limit.hit(request)
        return HttpResponseRedirect(thanks)
    if not form.is_valid():
        return _render(page, request, state, form)
    form.save(client_hash=client_hash(request))
    rate_limit.hit(request)
    return HttpResponseRedirect(thanks)
