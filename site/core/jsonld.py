"""Structured data (schema.org JSON-LD) for every page type, so that search engines and news
aggregators read the same facts a visitor sees: one function per schema.org type, and
:func:`for_page` choosing them for a page.

Only what the page itself shows goes in: no consent record, no nominator, no comment.
The functions read fields by name and import no content app, so ``core`` stays at the bottom.
"""

from __future__ import annotations

import datetime as dt
import json
import mimetypes
import re
from collections.abc import Callable, Iterable
from typing import Any

from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone

from .sharing import absolute_url, as_datetime, share_image, share_rendition, site_root

SCHEMA = "https://schema.org"
LOGO_STATIC_PATH = "img/logo.png"
# The status of a văn bản as schema.org's LegalForceStatus; "not yet in force" is not in force.
LEGAL_FORCE = {
    "con-hieu-luc": "InForce",
    "het-hieu-luc": "NotInForce",
    "het-hieu-luc-mot-phan": "PartiallyInForce",
    "chua-co-hieu-luc": "NotInForce",
}
# How a relation between documents reads in the ELI vocabulary schema.org adopted.
RELATION_PROPERTIES = {
    "replaces": "legislationRepeals",
    "amends": "legislationAmends",
    "guides": "legislationEnsuresImplementationOf",
}
# Google shows at most 110 characters of a headline.
HEADLINE_LENGTH = 110
PROVINCE_PATTERN = re.compile(r"\b((?:tỉnh|thành phố)\s+\S.*)$", re.IGNORECASE)

Data = dict[str, Any]


def _clean(data: Data) -> Data:
    """Drop empty values: an absent property is better than an empty one."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def _date(value) -> str | None:
    """ISO 8601; datetimes in Vietnam's time (+07:00) as readers of the page see them."""
    if not value:
        return None
    if isinstance(value, dt.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat()


def _image(image, request) -> Data | None:
    rendition = share_rendition(image)
    if rendition is None:
        return None
    return _clean(
        {
            "@type": "ImageObject",
            "url": absolute_url(rendition.url, request),
            "width": rendition.width,
            "height": rendition.height,
            "caption": image.description or image.title,
            "creditText": getattr(image, "credit", ""),
            "license": getattr(image, "licence", ""),
        }
    )


def _page_image(page, request) -> Data | None:
    return _image(share_image(page), request)


def _published(page) -> str | None:
    return _date(as_datetime(getattr(page, "date", None), page.first_published_at))


def _modified(page) -> str | None:
    return _date(page.last_published_at) or _published(page)


def _named_organisation(name: str) -> Data | None:
    return {"@type": "Organization", "name": name} if name else None


def province_of(office) -> str:
    """"tỉnh Hải Dương" from "Ban Thi đua - Khen thưởng tỉnh Hải Dương": the office's name ends
    with the province it serves, the only place name the settings hold."""
    match = PROVINCE_PATTERN.search(office.office_name or "")
    return match.group(1) if match else ""


# --- One function per schema.org type ------------------------------------------------------


def organization(office, request) -> Data:
    """The office itself, as publisher of everything on the site."""
    root = site_root(request)
    address = _clean(
        {
            "@type": "PostalAddress",
            "streetAddress": office.address,
            "addressRegion": province_of(office),
            "addressCountry": "VN",
        }
    )
    return _clean(
        {
            "@context": SCHEMA,
            "@type": "GovernmentOrganization",
            "@id": f"{root}/#to-chuc",
            "name": office.office_name,
            "url": f"{root}/",
            "logo": {"@type": "ImageObject", "url": absolute_url(static(LOGO_STATIC_PATH), request)},
            "address": address if len(address) > 2 else None,
            "telephone": office.phone,
            "faxNumber": office.fax,
            "email": office.email,
            "parentOrganization": _named_organisation(office.parent_body),
        }
    )


def publisher(office, request) -> Data:
    """The short form of :func:`organization` other objects point to."""
    data = organization(office, request)
    return {key: data[key] for key in ("@type", "@id", "name", "url", "logo") if key in data}


def website(office, request) -> Data:
    """The site with its search box (Google's sitelinks search box reads ``SearchAction``)."""
    root = site_root(request)
    return {
        "@context": SCHEMA,
        "@type": "WebSite",
        "@id": f"{root}/#website",
        "name": office.office_name,
        "url": f"{root}/",
        "inLanguage": "vi",
        "publisher": {"@id": f"{root}/#to-chuc"},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{root}{reverse('search')}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }


def breadcrumb_list(trail: Iterable[tuple[str, str]], request) -> Data | None:
    """The trail as (label, URL) pairs from the home page to the page itself."""
    items = [
        {"@type": "ListItem", "position": position, "name": label, "item": absolute_url(url, request)}
        for position, (label, url) in enumerate(trail, start=1)
    ]
    if len(items) < 2:
        return None
    return {"@context": SCHEMA, "@type": "BreadcrumbList", "itemListElement": items}


def news_article(page, request, office) -> Data:
    category = page.category if getattr(page, "category_id", None) else None
    image = _page_image(page, request)
    return _clean(
        {
            "@context": SCHEMA,
            "@type": "NewsArticle",
            "headline": page.title[:HEADLINE_LENGTH],
            "description": page.summary or page.search_description,
            "datePublished": _published(page),
            "dateModified": _modified(page),
            "image": [image] if image else None,
            "articleSection": category.name if category else None,
            "inLanguage": "vi",
            "url": page.full_url,
            "mainEntityOfPage": page.full_url,
            "author": _named_organisation(_source_name(page.source)) or publisher(office, request),
            "publisher": publisher(office, request),
            "isAccessibleForFree": True,
        }
    )


def _source_name(source: str) -> str:
    """"Báo Hải Dương" from the article's "Theo Báo Hải Dương"."""
    return re.sub(r"^(theo|nguồn)\s*:?\s*", "", (source or "").strip(), flags=re.IGNORECASE).strip()


def award_label(award) -> str:
    """"Chiến sĩ thi đua cơ sở (2022)" as schema.org's ``award`` text."""
    title = award.display_title
    return f"{title} ({award.year})" if award.year else title


def exemplar(page, request, office) -> Data:
    """A profile: a Person for an individual, an Organization for a collective or a household."""
    is_person = page.kind == "individual"
    place = page.locality_label
    data = {
        "@context": SCHEMA,
        "@type": "Person" if is_person else "Organization",
        "name": page.title,
        "description": page.summary or page.search_description,
        "image": _page_image(page, request),
        "url": page.full_url,
        "award": [award_label(award) for award in page.awards_timeline if award.display_title],
        "address": _clean({"@type": "PostalAddress", "addressLocality": place, "addressCountry": "VN"}) if place else None,
        "knowsAbout": page.field.name if page.field_id else None,
        "subjectOf": {"@type": "WebPage", "url": page.full_url, "publisher": publisher(office, request)},
    }
    if is_person:
        data["jobTitle"] = page.role
    else:
        data["disambiguatingDescription"] = page.role
    return _clean(data)


def legislation(page, request, office) -> Data:
    issuer = _named_organisation(page.issuer)
    files = [
        _clean(
            {
                "@type": "LegislationObject",
                "name": item.display_title,
                "contentUrl": absolute_url(item.document.url, request),
                "encodingFormat": mimetypes.guess_type(item.document.filename)[0],
                "contentSize": str(item.document.file_size) if item.document.file_size else None,
            }
        )
        for item in page.file_items
    ]
    data = {
        "@context": SCHEMA,
        "@type": "Legislation",
        "name": page.title,
        "legislationIdentifier": page.number,
        "legislationType": page.doc_type.name if page.doc_type_id else None,
        "legislationDate": _date(page.issued),
        "legislationDateOfApplicability": _date(page.effective),
        "datePublished": _date(page.date or page.issued),
        "legislationLegalForce": f"{SCHEMA}/{LEGAL_FORCE[page.status]}" if page.status in LEGAL_FORCE else None,
        "legislationPassedBy": issuer,
        "author": issuer,
        "legislationJurisdiction": "VN",
        "inLanguage": "vi",
        "description": page.summary or page.search_description,
        "about": page.field.name if page.field_id else None,
        "url": page.full_url,
        "encoding": files,
        "publisher": publisher(office, request),
    }
    for relation in page.relations_out:
        key = RELATION_PROPERTIES.get(relation.kind)
        if key:
            target = relation.target
            data.setdefault(key, []).append(
                _clean({"@type": "Legislation", "name": target.title, "legislationIdentifier": target.number, "url": target.full_url})
            )
    return _clean(data)


def event(page, request, office) -> Data:
    """A campaign as an Event: the period it runs, who launched it, where it applies."""
    starts = page.start or page.launch_date
    place = page.scope_detail or province_of(office)
    return _clean(
        {
            "@context": SCHEMA,
            "@type": "Event",
            "name": page.title,
            "description": page.summary or page.slogan or page.search_description,
            "startDate": _date(starts),
            "endDate": _date(page.end),
            "eventStatus": f"{SCHEMA}/EventScheduled",
            "organizer": _named_organisation(page.launched_by) or publisher(office, request),
            "location": _clean({"@type": "AdministrativeArea", "name": place, "address": {"@type": "PostalAddress", "addressCountry": "VN"}})
            if place
            else None,
            "image": _page_image(page, request),
            "url": page.full_url,
            "inLanguage": "vi",
            "keywords": page.get_form_display(),
        }
    )


# --- Choosing the types for a page ---------------------------------------------------------

BUILDERS: dict[str, Callable[[Any, Any, Any], Data]] = {
    "news.NewsPage": news_article,
    "exemplars.ExemplarPage": exemplar,
    "directives.DocumentPage": legislation,
    "campaigns.CampaignPage": event,
}


def for_page(page, request, office, trail: Iterable[tuple[str, str]] = ()) -> list[Data]:
    """Every JSON-LD object of ``page``: the site and the office on the home page; the page's own
    type and its breadcrumb list below it."""
    if page is None:
        return []
    # Depth 2 is the site's root: the home page.
    if page.depth <= 2:
        return [website(office, request), organization(office, request)]
    objects = []
    builder = BUILDERS.get(page._meta.label)
    if builder is not None:
        objects.append(builder(page, request, office))
    breadcrumbs = breadcrumb_list(trail, request)
    if breadcrumbs:
        objects.append(breadcrumbs)
    return objects


def dumps(data: Data) -> str:
    """JSON safe inside ``<script>``: Vietnamese kept readable, ``<``, ``>`` and ``&`` escaped so
    that no text can close the script element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
