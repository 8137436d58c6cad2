"""Citizens' nominations: the public form's request handling, and turning a nomination into a
draft profile for the editors.

What the nominator tells us about themselves (name, phone, e-mail, the address hash) stays on the
``Nomination`` row. Nothing here copies it into a page, an image or a log entry.
"""

from __future__ import annotations

import html
import io
import re

from django.core.files.images import ImageFile
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.text import Truncator
from wagtail.models import Page, Site

from core.models import CustomImage, HomePage
from core.text import clean_text, fold

from .forms import NominationForm
from .models import CycleStage, ExemplarIndexPage, ExemplarPage, Locality, Nomination, NominationStatus
from .ratelimit import RateLimit, client_hash

THANKS_PARAM = "da-gui"
THANKS_TEMPLATE = "exemplars/nomination_thanks.html"
INDEX_TITLE = "Gương điển hình"
INDEX_SLUG = "guong-dien-hinh"
SUMMARY_LENGTH = 300

rate_limit = RateLimit("nomination")


# --- The public form ---------------------------------------------------------------------------


def serve_form(page, request: HttpRequest) -> HttpResponse:
    """GET shows the form, POST stores a nomination and redirects to the thank-you state (PRG)."""
    if request.method == "POST":
        response = _handle_post(page, request)
    elif request.GET.get(THANKS_PARAM) == "1":
        response = TemplateResponse(request, THANKS_TEMPLATE, page.get_context(request))
    else:
        response = _render_form(page, request, NominationForm())
    # The form carries a CSRF token and the thank-you state depends on the query: never cache.
    add_never_cache_headers(response)
    return response


def _render_form(page, request, form, status: int = 200, **extra) -> TemplateResponse:
    context = page.get_context(request)
    context.update(form=form, **extra)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _thanks_url(page, request) -> str:
    return f"{page.get_url(request)}?{THANKS_PARAM}=1"


def _handle_post(page, request) -> HttpResponse:
    if rate_limit.is_exceeded(request):
        # Checked before reading the upload: a flood should cost us as little as possible.
        return _render_form(page, request, None, status=429, rate_limited=True)
    form = NominationForm(request.POST, request.FILES)
    if form.is_spam:
        # Answer exactly like a success so the robot learns nothing; store nothing.
        rate_limit.hit(request)
        return HttpResponseRedirect(_thanks_url(page, request))
    if not form.is_valid():
        # A browser cannot refill a file input: say so when a photo was chosen.
        photo_again = bool(request.FILES.get("photo")) and "photo" not in form.errors
        return _render_form(page, request, form, photo_again=photo_again)
    form.save(client_hash=client_hash(request))
    rate_limit.hit(request)
    return HttpResponseRedirect(_thanks_url(page, request))


# --- From nomination to draft profile ---------------------------------------------------------


def exemplar_index(user=None) -> ExemplarIndexPage:
    """The profiles' index, created as a draft under the home page when the site has none yet."""
    index = ExemplarIndexPage.objects.order_by("path").first()
    if index is not None:
        return index
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = site.root_page if site else HomePage.objects.order_by("path").first() or Page.get_first_root_node()
    index = ExemplarIndexPage(title=INDEX_TITLE, slug=INDEX_SLUG, live=False, owner=user)
    home.add_child(instance=index)
    index.save_revision(user=user, log_action=True)
    return index


def _place_keys(place: str) -> list[str]:
    """Folded candidates from the most to the least specific: for "xã A, huyện B, tỉnh C" that is
    "xã A, huyện B, tỉnh C", "xã A", "huyện B, tỉnh C", "huyện B", "tỉnh C"."""
    parts = [fold(part) for part in clean_text(place).split(",") if part.strip()]
    keys: list[str] = []
    for i, part in enumerate(parts):
        for key in (", ".join(parts[i:]), part):
            if key and key not in keys:
                keys.append(key)
    return keys


def match_locality(place: str) -> Locality | None:
    """The managed place whose name matches what the citizen wrote, ignoring tone marks and case."""
    keys = _place_keys(place)
    if not keys:
        return None
    by_name = {}
    for locality in Locality.objects.only("pk", "name"):
        by_name.setdefault(", ".join(fold(part) for part in locality.name.split(",")), locality)
    for key in keys:
        if key in by_name:
            return by_name[key]
    return None


def _paragraphs(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"\n\s*\n|\n", text) if part.strip()]


def _story(nomination: Nomination) -> list[dict]:
    blocks = [
        {"type": "paragraph", "value": f"<p>{html.escape(paragraph, quote=False)}</p>"}
        for paragraph in _paragraphs(nomination.deed)
    ]
    facts = [f"Địa điểm: {nomination.place}"]
    if nomination.when:
        facts.append(f"Thời gian: {nomination.when}")
    blocks.append({"type": "paragraph", "value": f"<p>{html.escape('. '.join(facts), quote=False)}.</p>"})
    return blocks


def _copy_photo(nomination: Nomination, user) -> CustomImage:
    with nomination.photo.open("rb") as source:
        data = source.read()
    image = CustomImage(
        title=nomination.nominee_name,
        # The nominator asked for privacy: the credit names no one until the editor verifies it.
        credit="Ảnh do người dân cung cấp",
        uploaded_by_user=user,
    )
    extension = nomination.photo.name.rsplit(".", 1)[-1]
    image.file = ImageFile(io.BytesIO(data), name=f"de-xuat-{nomination.pk}.{extension}")
    image.save()
    return image


def create_draft_profile(nomination: Nomination, user=None, copy_photo: bool = False) -> ExemplarPage:
    """Turn ``nomination`` into an unpublished profile under the exemplar index.

    Only what the nomination says about the nominee goes into the page: the name, the deed, the
    place and time. The photo is copied into the image library only when the editor asks.
    """
    if nomination.profile_id:
        return nomination.profile
    with transaction.atomic():
        index = exemplar_index(user)
        summary = Truncator(clean_text(nomination.deed)).chars(SUMMARY_LENGTH)
        page = ExemplarPage(
            title=nomination.nominee_name,
            summary=summary,
            story=_story(nomination),
            locality=match_locality(nomination.place),
            stage=CycleStage.DISCOVERED,
            live=False,
            has_unpublished_changes=True,
            owner=user,
        )
        if copy_photo and nomination.photo:
            page.photo = _copy_photo(nomination, user)
        index.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        nomination.profile = page
        nomination.status = NominationStatus.VERIFYING
        nomination.save(update_fields=["profile", "status"])
    return page
