"""``manage.py export_portal``: the whole public site in the import format, files beside it, every
line accepted by the importer, a round trip that rebuilds the same pages, nothing private."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import RichText

from campaigns.models import CampaignPage
from core.models import CustomImage
from directives.models import DocumentFile, DocumentPage
from exemplars.models import ExemplarPage, Nomination
from news.models import NewsPage
from tests.campaigns.factories import CampaignPageFactory, link_documents
from tests.directives.factories import DocumentPageFactory, make_document_file
from tests.exemplars.factories import ExemplarIndexPageFactory, ExemplarPageFactory, add_award, place
from tests.factories import NewsPageFactory, home_page, make_image

pytestmark = pytest.mark.django_db

DEV_CORPUS = Path("/work/shared/search-eval/dev_corpus.jsonl")
CONTENT_MODELS = (NewsPage, DocumentPage, CampaignPage, ExemplarPage)
PRIVATE = ("Văn bản đồng ý lưu tại hồ sơ 99/2024", "Trần Văn Đề Xuất", "0912 000 111", "Tin nháp chưa đăng", "Tin nội bộ")


def export(path: Path, *args: str) -> tuple[list[dict], str]:
    err = StringIO()
    call_command("export_portal", "--output", str(path), *args, stderr=err, stdout=StringIO())
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()], err.getvalue()


def import_file(path: Path, *args: str) -> str:
    out, err = StringIO(), StringIO()
    call_command("import_portal", str(path), *args, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


@pytest.fixture
def site_content():
    """The dev corpus as imported, plus pages made in the admin: links in rich text, a quote,
    a document with its PDF, a campaign naming it, a profile with photo, awards and consent."""
    import_file(DEV_CORPUS)
    home = home_page()
    news_index = NewsPage.objects.first().get_parent()
    launch = DocumentPageFactory(title="Kế hoạch tổ chức phong trào thi đua năm 2024", number="45/KH-UBND", body="<p>Nội dung kế hoạch.</p>")
    DocumentFile.objects.create(page=launch, document=make_document_file("Kế hoạch 45", "ke-hoach-45.pdf", b"%PDF-1.4 ke hoach"), title="Toàn văn kế hoạch")
    campaign = CampaignPageFactory(title="Thi đua chuyển đổi số năm 2024", slogan="Chuyển đổi số vì dân", start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31))
    campaign.goals = "<p>Mọi xã có điểm phục vụ số.</p>"
    campaign.save()
    link_documents(campaign, launch)
    news = NewsPageFactory(
        parent=news_index,
        title="Tổng kết phong trào chuyển đổi số",
        body=[
            ("paragraph", RichText(f'<p>Xem <a linktype="page" id="{campaign.pk}">phong trào</a> và <b>kế hoạch</b>.</p>')),
            ("quote", {"text": "Thi đua là yêu nước.", "attribution": "Chủ tịch Hồ Chí Minh"}),
        ],
    )
    news.tags.set(["tổng kết", "chuyển đổi số"])
    news.save()
    NewsPageFactory(parent=news_index, title="Tin nháp chưa đăng", live=False)
    private = NewsPageFactory(parent=news_index, title="Tin nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    index = ExemplarPage.objects.first().get_parent() if ExemplarPage.objects.exists() else ExemplarIndexPageFactory(parent=home)
    profile = ExemplarPageFactory(
        parent=index,
        title="Phạm Thị Thu",
        role="Cán bộ văn hóa xã Cẩm Văn",
        locality=place("huyện Cẩm Giàng"),
        photo=make_image("Chị Phạm Thị Thu", credit="Lê Hà / Báo Hải Dương"),
        photo_caption="Chị Thu tại điểm phục vụ số",
        consent_note=PRIVATE[0],
    )
    profile.campaigns.set([campaign])
    profile.save()
    add_award(profile, "Chiến sĩ thi đua cơ sở", year=2024, decision="12/QĐ-UBND", issuer="Ủy ban nhân dân huyện Cẩm Giàng")
    Nomination.objects.create(nominee_name="Phạm Thị Thu", deed="Giúp dân làm thủ tục trực tuyến", place="Cẩm Văn", nominator_name=PRIVATE[1], nominator_phone=PRIVATE[2])
    return {"profile": profile, "campaign": campaign, "launch": launch}


def public_pages() -> set[tuple[str, str, str]]:
    return {
        (type(page).__name__, page.title, page.url_path)
        for model in CONTENT_MODELS
        for page in model.objects.live().public()
    }


def test_export_writes_every_public_page_with_its_files(tmp_path, site_content):
    records, log = export(tmp_path / "xuat.jsonl")
    assert len(records) == sum(model.objects.live().public().count() for model in CONTENT_MODELS) == 17 + 4
    assert [record["type"] for record in records] == sorted(
        (record["type"] for record in records), key=["document", "news", "campaign", "exemplar"].index
    )
    by_title = {record["title"]: record for record in records}
    document = by_title["Kế hoạch tổ chức phong trào thi đua năm 2024"]
    assert document["id"] == f"page-{site_content['launch'].pk}"
    assert document["files"] == [{"path": "xuat-tep/van-ban/ke-hoach-to-chuc-phong-trao-thi-dua-nam-2024-1.pdf", "title": "Toàn văn kế hoạch"}]
    assert (tmp_path / document["files"][0]["path"]).read_bytes() == b"%PDF-1.4 ke hoach"
    campaign = by_title["Thi đua chuyển đổi số năm 2024"]
    assert campaign["documents"] == ["45/KH-UBND"] and campaign["form"] == "Theo chuyên đề"
    assert campaign["body"].startswith("<h2>Mục tiêu</h2><p>Mọi xã có điểm phục vụ số.</p>")
    news = by_title["Tổng kết phong trào chuyển đổi số"]
    # Internal links become addresses; the quote keeps its words and who said them.
    assert f'<a href="{site_content["campaign"].url}">phong trào</a>' in news["body"]
    assert "<blockquote>Thi đua là yêu nước.<br/>Chủ tịch Hồ Chí Minh</blockquote>" in news["body"]
    assert news["tags"] == ["chuyển đổi số", "tổng kết"]
    profile = by_title["Phạm Thị Thu"]
    assert profile["kind"] == "individual" and profile["locality"] == "huyện Cẩm Giàng"
    assert profile["awards"] == [{"title": "Chiến sĩ thi đua cơ sở", "year": 2024, "decision": "12/QĐ-UBND", "issuer": "Ủy ban nhân dân huyện Cẩm Giàng"}]
    assert profile["campaigns"] == [campaign["id"]]
    assert profile["photo"] == {"path": "xuat-tep/anh/pham-thi-thu.jpg", "caption": "Chị Thu tại điểm phục vụ số", "credit": "Lê Hà / Báo Hải Dương"}
    assert "Tổng cộng: 21 bản ghi, 2 tệp đính kèm" in log


def test_export_holds_nothing_private(tmp_path, site_content):
    records, _ = export(tmp_path / "xuat.jsonl")
    text = (tmp_path / "xuat.jsonl").read_text(encoding="utf-8")
    for value in PRIVATE:
        assert value not in text
    for record in records:
        assert not {"consent_recorded", "consent_note", "consent_date", "is_living_person", "nominations"} & set(record)


def test_every_exported_line_passes_the_importers_checks(tmp_path, site_content):
    export(tmp_path / "xuat.jsonl")
    log = import_file(tmp_path / "xuat.jsonl", "--dry-run")
    assert "bị loại 0" in log.splitlines()[-1]
    # Imported pages are matched by their id; the four made in the admin would be new here.
    assert "Tổng cộng: sẽ tạo mới 4, sẽ cập nhật 17, bị loại 0" in log


def test_type_filter_and_unknown_type(tmp_path, site_content):
    records, _ = export(tmp_path / "xuat.jsonl", "--type", "exemplar,campaign")
    assert {record["type"] for record in records} == {"campaign", "exemplar"}
    with pytest.raises(CommandError, match="Loại không hợp lệ: tin"):
        export(tmp_path / "x.jsonl", "--type", "tin")


def test_round_trip_into_an_emptied_site_rebuilds_the_same_pages(tmp_path, site_content):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, _ = export(tmp_path / "a" / "xuat.jsonl")
    pages_before = public_pages()

    for model in CONTENT_MODELS:
        for page in model.objects.all():
            page.delete()
    get_document_model().objects.all().delete()
    CustomImage.objects.all().delete()
    assert not any(model.objects.exists() for model in CONTENT_MODELS)

    log = import_file(tmp_path / "a" / "xuat.jsonl")
    assert "Tổng cộng: tạo mới 21, cập nhật 0, bị loại 0" in log
    assert public_pages() == pages_before
    second, _ = export(tmp_path / "b" / "xuat.jsonl")
    assert second == first
    for record in second:
        for item in [*record.get("files", []), *([record["photo"]] if "photo" in record else [])]:
            assert (tmp_path / "b" / item["path"]).read_bytes() == (tmp_path / "a" / item["path"]).read_bytes()


def test_export_to_standard_output(tmp_path, site_content, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    call_command("export_portal", "--output", "-", "--type", "exemplar", stderr=StringIO())
    lines = capsys.readouterr().out.splitlines()
    assert {json.loads(line)["type"] for line in lines} == {"exemplar"}
    assert (tmp_path / "tep-xuat" / "anh" / "pham-thi-thu.jpg").is_file()
    assert Page.objects.type(ExemplarPage).live().count() == len(lines)
