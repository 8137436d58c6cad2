"""The search index follows publishing, and never holds what must stay private."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from search import engine
from search.models import SearchEntry
from tests.exemplars.factories import ExemplarPageFactory
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def found(query: str) -> list[str]:
    return [hit.page.title for hit in engine.search(query).hits]


def test_published_page_is_found_and_unpublished_page_is_not(news_index):
    page = NewsPageFactory(parent=news_index, title="Hội nghị điển hình tiên tiến")
    page.unpublish()
    assert found("hoi nghi dien hinh") == []
    page.save_revision().publish()
    assert found("hoi nghi dien hinh") == ["Hội nghị điển hình tiên tiến"]
    page.refresh_from_db()
    page.unpublish()
    assert found("hoi nghi dien hinh") == []


def test_draft_changes_are_not_searchable_until_published(news_index):
    page = NewsPageFactory(parent=news_index, title="Tin đã đăng")
    page.title = "Bản nháp chưa duyệt"
    page.save_revision()
    assert found("ban nhap chua duyet") == []
    assert found("tin da dang") == ["Tin đã đăng"]
    page.get_latest_revision().publish()
    assert found("ban nhap chua duyet") == ["Bản nháp chưa duyệt"]


def test_deleted_page_leaves_the_index(news_index):
    page = NewsPageFactory(parent=news_index, title="Tin sẽ bị xóa")
    page.delete()
    assert "Tin sẽ bị xóa" not in found("tin se bi xoa")
    assert not SearchEntry.objects.filter(title__contains="xóa").exists()


def test_moved_page_keeps_its_entry(news_index):
    from tests.factories import NewsIndexPageFactory

    other = NewsIndexPageFactory(title="Tin khác", slug="tin-khac")
    page = NewsPageFactory(parent=news_index, title="Tin được chuyển mục")
    page.move(other, pos="last-child")
    hit = engine.search("tin duoc chuyen muc").hits[0]
    assert hit.page.url_path.startswith(other.url_path)


def test_restricted_pages_are_not_indexed(news_index, django_capture_on_commit_callbacks):
    page = NewsPageFactory(parent=news_index, title="Tin nội bộ của cơ quan")
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert "Tin nội bộ của cơ quan" not in found("tin noi bo")
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.filter(page=page).delete()
    assert found("tin noi bo")[0] == "Tin nội bộ của cơ quan"


def test_consent_notes_of_profiles_are_never_indexed(db):
    ExemplarPageFactory(title="Trần Văn Bình", consent_note="Văn bản đồng ý lưu tại hồ sơ mật số 77")
    assert found("ho so mat") == []
    entry = SearchEntry.objects.get(title="trần văn bình")
    assert "mật" not in entry.body.split()
    assert "77" not in entry.body_folded.split()


def test_citizens_nominations_are_never_indexed(db):
    from exemplars.models import Nomination

    Nomination.objects.create(
        nominee_name="Lê Thị Kín Đáo", deed="Giúp đỡ hàng xóm khó khăn", place="xã Nam Đồng",
        nominator_name="Phạm Văn Gửi",
    )
    assert found("le thi kin dao") == []
    assert found("giup do hang xom") == []


def test_rebuild_command_reports_progress_and_a_summary(news_index):
    for n in range(3):
        NewsPageFactory(parent=news_index, title=f"Tin thi đua {n}")
    SearchEntry.objects.all().delete()
    assert found("tin thi dua") == []
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    text = out.getvalue()
    assert "trang/giây" in text
    assert "Đã lập chỉ mục tìm kiếm cho 4 trang" in text  # three articles and their index page
    assert len(found("tin thi dua")) == 3


def test_update_index_also_rebuilds_the_site_index(news_index):
    NewsPageFactory(parent=news_index, title="Tin cần lập chỉ mục")
    SearchEntry.objects.all().delete()
    out = io.StringIO()
    call_command("update_index", stdout=out)
    assert "Đã lập chỉ mục tìm kiếm" in out.getvalue()
    assert found("tin can lap chi muc") == ["Tin cần lập chỉ mục"]


def test_imported_pages_are_searchable(tmp_path, home):
    line = (
        '{"type": "news", "id": "t-1", "title": "Tuyên dương người tốt việc tốt", "date": "2023-05-01", '
        '"summary": "Tuyên dương 50 gương người tốt.", "body": "<p>Nội dung</p>"}'
    )
    source = tmp_path / "tin.jsonl"
    source.write_text(line + "\n", encoding="utf-8")
    call_command("import_portal", str(source), stdout=io.StringIO(), stderr=io.StringIO())
    assert found("tuyen duong nguoi tot") == ["Tuyên dương người tốt việc tốt"]
