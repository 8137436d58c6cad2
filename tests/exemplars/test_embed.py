"""Reuse of a profile by the press: the framable card, oEmbed discovery and answers, the press kit
box (original photo with credit and licence, citation, embed code), and frame protection kept on
every other page. Drafts and restricted profiles are never served; consent records never shown."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail.models import PageViewRestriction

from tests.exemplars.factories import ExemplarIndexPageFactory, ExemplarPageFactory, add_award, place
from tests.factories import home_page, make_image

pytestmark = pytest.mark.django_db


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[dict] = []
        self.iframes: list[dict] = []
        self.textareas: dict[str, str] = {}
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link":
            self.links.append(attrs)
        if tag == "iframe":
            self.iframes.append(attrs)
        if tag == "textarea":
            self._textarea = attrs.get("id")
            self.textareas[self._textarea] = ""

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.textareas[self._textarea] += data


def parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


@pytest.fixture
def index():
    return ExemplarIndexPageFactory(parent=home_page(), title="Gương điển hình tiên tiến")


@pytest.fixture
def profile(index):
    page = ExemplarPageFactory(
        parent=index,
        title="Nguyễn Thị Hoa",
        role="Giáo viên Trường Tiểu học Cẩm Văn",
        locality=place("huyện Cẩm Giàng"),
        photo=make_image("Cô giáo Nguyễn Thị Hoa", credit="Trần Minh / Báo Hải Dương"),
        date=dt.date(2023, 9, 5),
        consent_note="Đồng ý bằng văn bản, hồ sơ số 12/2023",
    )
    add_award(page, "Chiến sĩ thi đua cơ sở", year=2020)
    add_award(page, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", year=2021)
    add_award(page, "Huân chương Lao động hạng Ba", year=2022)
    add_award(page, text="Giáo viên dạy giỏi cấp huyện", year=2023)
    return page


def test_embed_card_shows_name_role_place_top_awards_and_links_back(client, profile):
    response = client.get(f"/nhung/guong-dien-hinh/{profile.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Nguyễn Thị Hoa" in html
    assert "Giáo viên Trường Tiểu học Cẩm Văn" in html
    assert "huyện Cẩm Giàng" in html
    # The three most senior awards, the highest first; the free-text one is left out.
    assert html.index("Huân chương Lao động hạng Ba") < html.index("Bằng khen của Chủ tịch") < html.index("Chiến sĩ thi đua cơ sở")
    assert "Giáo viên dạy giỏi cấp huyện" not in html
    assert f'href="http://localhost{profile.url}" target="_top"' in html
    assert "Nguồn: Ban Thi đua - Khen thưởng tỉnh Hải Dương" in html
    assert "Trần Minh / Báo Hải Dương" in html
    assert "<picture" in html and 'alt="Cô giáo Nguyễn Thị Hoa"' in html
    # A standalone card: no site header, menu or footer.
    assert "site-header" not in html and "site-footer" not in html
    assert "12/2023" not in html


def test_embed_card_may_be_framed_by_any_site(client, profile):
    response = client.get(f"/nhung/guong-dien-hinh/{profile.pk}/")
    assert "X-Frame-Options" not in response
    assert response["Content-Security-Policy"] == "frame-ancestors *"


@pytest.mark.parametrize("path", ["profile", "index", "/tim-kiem/", "oembed"])
def test_every_other_page_keeps_frame_protection(client, profile, index, path):
    urls = {"profile": profile.url, "index": index.url, "oembed": f"/oembed/?url=http://localhost{profile.url}"}
    response = client.get(urls.get(path, path))
    assert response.status_code == 200
    assert response["X-Frame-Options"] in ("DENY", "SAMEORIGIN")
    assert "frame-ancestors *" not in response.get("Content-Security-Policy", "")


def test_draft_restricted_and_unknown_profiles_have_no_card(client, index, profile):
    draft = ExemplarPageFactory(parent=index, title="Hồ sơ nháp", live=False)
    restricted = ExemplarPageFactory(parent=index, title="Hồ sơ nội bộ")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="x")
    for page_id in (draft.pk, restricted.pk, index.pk, 999999):
        assert client.get(f"/nhung/guong-dien-hinh/{page_id}/").status_code == 404
        assert client.get(f"/anh-goc/guong-dien-hinh/{page_id}/").status_code == 404
    assert client.get(f"/oembed/?url=http://localhost{draft.url}").status_code == 404


def test_profile_page_advertises_oembed(client, profile):
    html = client.get(profile.url).content.decode()
    links = [link for link in parse(html).links if link.get("type") == "application/json+oembed"]
    assert len(links) == 1
    assert links[0]["rel"] == "alternate" and links[0]["title"] == "Nguyễn Thị Hoa"
    href = urlsplit(links[0]["href"])
    assert href.path == "/oembed/"
    assert parse_qs(href.query) == {"url": [f"http://localhost{profile.url}"], "format": ["json"]}


def test_oembed_answers_rich_iframe_of_the_card(client, profile):
    response = client.get("/oembed/", {"url": f"http://localhost{profile.url}", "format": "json"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert data["version"] == "1.0" and data["type"] == "rich"
    assert data["title"] == "Nguyễn Thị Hoa"
    assert data["provider_name"] == "Ban Thi đua - Khen thưởng tỉnh Hải Dương"
    assert data["provider_url"] == "http://localhost/"
    assert (data["width"], data["height"]) == (400, 460)
    iframe = parse(data["html"]).iframes[0]
    assert iframe["src"] == f"http://localhost/nhung/guong-dien-hinh/{profile.pk}/"
    assert iframe["title"] == "Gương điển hình: Nguyễn Thị Hoa"
    assert (iframe["width"], iframe["height"]) == ("400", "460")
    assert data["thumbnail_url"].startswith("http://testserver/media/images/")
    assert (data["thumbnail_width"], data["thumbnail_height"]) == (400, 400)
    assert "12/2023" not in response.content.decode()


def test_oembed_respects_maxwidth_and_maxheight(client, profile):
    data = client.get("/oembed/", {"url": f"http://localhost{profile.url}", "maxwidth": "320", "maxheight": "300"}).json()
    assert (data["width"], data["height"]) == (320, 300)
    iframe = parse(data["html"]).iframes[0]
    assert (iframe["width"], iframe["height"]) == ("320", "300")
    # Never larger than asked, as the specification requires.
    assert (data["thumbnail_width"], data["thumbnail_height"]) == (300, 300)


@pytest.mark.parametrize(
    "params, status",
    [
        ({"format": "xml"}, 501),
        ({"format": "yaml"}, 400),
        ({"url": ""}, 400),
        ({"maxwidth": "abc"}, 400),
        ({"maxwidth": "-5"}, 400),
        ({"maxheight": "0"}, 400),
        ({"url": "http://localhost/khong-co-trang-nay/"}, 404),
        ({"url": "http://example.org/guong-dien-hinh-tien-tien/nguyen-thi-hoa/"}, 404),
        ({"url": "javascript:alert(1)"}, 404),
        ({"url": "http://localhost/"}, 404),
    ],
)
def test_oembed_errors(client, profile, params, status):
    query = {"url": f"http://localhost{profile.url}", "format": "json", **params}
    response = client.get("/oembed/", query)
    assert response.status_code == status
    assert response.json()["error"]


def test_press_kit_box_gives_photo_credit_licence_download_citation_and_embed_code(client, profile):
    html = client.get(profile.url).content.decode()
    assert "Bộ tư liệu báo chí" in html
    assert "Trần Minh / Báo Hải Dương" in html
    assert "CC BY 4.0" in html
    assert f'href="/anh-goc/guong-dien-hinh/{profile.pk}/" download>Tải ảnh gốc (JPEG, ' in html
    areas = parse(html).textareas
    assert areas["press-kit-cite"] == (
        "Nguyễn Thị Hoa – Giáo viên Trường Tiểu học Cẩm Văn, huyện Cẩm Giàng, tỉnh Hải Dương. "
        "Ban Thi đua - Khen thưởng tỉnh Hải Dương, “Gương điển hình tiên tiến”, đăng ngày 05/09/2023, "
        f"http://localhost{profile.url}"
    )
    # One paste: the text area holds the iframe itself (escaped in the page, plain once copied).
    iframe = parse(areas["press-kit-embed"]).iframes[0]
    assert iframe["src"] == f"http://localhost/nhung/guong-dien-hinh/{profile.pk}/"
    assert "Nhúng hồ sơ này" in html


def test_original_photo_downloads_as_attachment_with_ascii_name(client, profile):
    response = client.get(f"/anh-goc/guong-dien-hinh/{profile.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Content-Disposition"] == f'attachment; filename="{profile.slug}-anh-goc.jpg"'
    assert response["Content-Disposition"].isascii()
    body = b"".join(response.streaming_content)
    profile.photo.file.open("rb")
    assert body == profile.photo.file.read()


def test_profile_without_photo_has_no_download(client, index):
    page = ExemplarPageFactory(parent=index, title="Hợp tác xã Thanh Hà", photo=None)
    html = client.get(page.url).content.decode()
    assert "Tải ảnh gốc" not in html
    assert "Trích dẫn hồ sơ này" in html
    assert client.get(f"/anh-goc/guong-dien-hinh/{page.pk}/").status_code == 404
