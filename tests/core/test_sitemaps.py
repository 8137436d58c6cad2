"""The sitemap and robots.txt as a crawler reads them, and the privacy of everything partners
reuse: no nominator, commenter or consent record in any feed, sitemap or JSON-LD."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests.core import reuse_content
from tests.factories import NewsPageFactory, publish

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def content(db):
    built = reuse_content.build()
    publish(built.home)
    return built


def sitemap_entries(client) -> dict[str, str | None]:
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    parts = [loc.text for loc in ET.fromstring(index.content).findall("sm:sitemap/sm:loc", NS)]  # noqa: S314 — our own output
    assert parts
    entries = {}
    for part in parts:
        response = client.get(part.replace("http://testserver", ""))
        assert response.status_code == 200
        for url in ET.fromstring(response.content).findall("sm:url", NS):  # noqa: S314
            lastmod = url.find("sm:lastmod", NS)
            entries[url.find("sm:loc", NS).text] = lastmod.text if lastmod is not None else None
    return entries


def test_sitemap_lists_every_public_page_with_lastmod(client, content):
    entries = sitemap_entries(client)
    for name in ("home", "news_index", "article", "campaign_index", "campaign", "library", "document", "exemplar_index", "profile", "collective", "comment_page"):
        page = getattr(content, name)
        assert page.full_url in entries, name
        assert entries[page.full_url], f"{name} has no lastmod"
    assert all(lastmod for lastmod in entries.values())


def test_sitemap_leaves_out_drafts_private_pages_forms_search_and_filtered_urls(client, content):
    draft = NewsPageFactory(parent=content.news_index, title="Tin nháp", slug="tin-nhap", live=False)
    restricted = NewsPageFactory(parent=content.news_index, title="Tin nội bộ", slug="tin-noi-bo")
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="x")
    entries = sitemap_entries(client)
    assert draft.full_url not in entries
    assert restricted.full_url not in entries
    assert content.nomination_page.full_url not in entries
    assert not [url for url in entries if "?" in url or "/tim-kiem/" in url or "/admin/" in url]


def test_robots_names_the_sitemap_and_keeps_search_and_admin_out(client, content):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /tim-kiem/" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    # Pages, files and feeds stay open to crawlers.
    assert "Disallow: /" not in lines
    assert not [line for line in lines if line.startswith("Disallow:") and ("/rss/" in line or "/documents/" in line)]


def test_public_outputs_never_carry_private_data(client, content):
    urls = [
        *(f"/{kind}/{segment}/" for kind in ("rss", "atom") for segment in ("tin-tuc", "phong-trao", "van-ban", "guong-dien-hinh")),
        f"/rss/tin-tuc/{content.category.slug}/",
        "/sitemap.xml",
        "/sitemap-trang.xml",
        "/robots.txt",
        *(
            getattr(content, name).url
            for name in ("home", "article", "campaign", "document", "profile", "collective", "exemplar_index", "comment_page")
        ),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for secret in reuse_content.SECRETS:
            assert secret not in body, (url, secret)
    # The profile is in the feeds and in its JSON-LD: it is only its consent record that stays out.
    assert "Đỗ Thị Hạnh" in client.get("/rss/guong-dien-hinh/").content.decode()
