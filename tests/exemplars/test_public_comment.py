"""Lấy ý kiến nhân dân: the notice lists the candidates with the comment period; the form exists only
while the period is open; comments stay private to editors."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from exemplars.models import PublicComment
from tests.exemplars.form_helpers import comment_page, profile

pytestmark = pytest.mark.django_db

HOUR = dt.timedelta(hours=1)


@pytest.fixture
def candidates(home):
    teacher = profile("Cô giáo Đỗ Thị Hạnh", role="Giáo viên Trường Tiểu học Cẩm Hưng", locality="huyện Cẩm Giàng")
    doctor = profile("Bác sĩ Vũ Minh Đức", role="Trung tâm Y tế huyện Kim Thành", locality="huyện Kim Thành")
    hidden = profile("Hộ ông Nguyễn Văn Chưa Đăng", live=False)
    return [(teacher, "Huân chương Lao động hạng Ba"), (doctor, "Bằng khen của Thủ tướng Chính phủ"), (hidden, "")]


def at(hours: float):
    return timezone.now() + dt.timedelta(hours=hours)


@pytest.fixture
def open_page(candidates):
    return comment_page(at(-24), at(24 * 7), candidates)


def comment_data(page, **overrides):
    data = {
        "name": "Phạm Văn Gópý",
        "contact": "0977 111 222",
        "candidate": str(page.candidates.first().pk),
        "message": "Tôi đồng ý đề nghị khen thưởng cô giáo Hạnh, cô rất tận tụy với học trò.",
        "website": "",
    }
    data.update(overrides)
    return data


def test_notice_lists_candidates_award_and_dates(client, candidates):
    opens = timezone.make_aware(dt.datetime(2021, 9, 1, 8, 0))
    closes = timezone.make_aware(dt.datetime(2099, 9, 15, 17, 30))
    page = comment_page(opens, closes, candidates)
    html = client.get(page.url).content.decode()
    assert "Huân chương Lao động hạng Ba" in html
    assert "01/09/2021 08:00" in html and "15/09/2099 17:30" in html
    teacher, _ = candidates[0]
    assert f'<a href="{teacher.url}">Cô giáo Đỗ Thị Hạnh</a>' in html
    assert "Giáo viên Trường Tiểu học Cẩm Hưng; huyện Cẩm Giàng" in html
    assert "Đề nghị: Bằng khen của Thủ tướng Chính phủ" in html
    # A profile not yet published is named but not linked.
    assert "Hộ ông Nguyễn Văn Chưa Đăng" in html
    assert not re.search(r"<a [^>]*>Hộ ông Nguyễn Văn Chưa Đăng</a>", html)


def test_open_period_shows_the_form_and_stores_a_comment(client, open_page):
    response = client.get(open_page.url)
    html = response.content.decode()
    assert '<form class="public-form" method="post"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "no-store" in response["Cache-Control"]
    assert '<label for="id_candidate">Ý kiến về</label>' in html
    assert "Cô giáo Đỗ Thị Hạnh – Huân chương Lao động hạng Ba" in html

    sent = client.post(open_page.url, comment_data(open_page), REMOTE_ADDR="203.0.113.9")
    assert sent.status_code == 302
    assert sent["Location"] == f"{open_page.url}?da-gui=1"
    comment = PublicComment.objects.get()
    assert comment.page.pk == open_page.pk
    assert comment.candidate.exemplar.title == "Cô giáo Đỗ Thị Hạnh"
    assert comment.contact == "0977111222"
    assert re.fullmatch(r"[0-9a-f]{64}", comment.client_hash)

    thanks = client.get(sent["Location"]).content.decode()
    assert "Cảm ơn bạn đã gửi ý kiến" in thanks
    assert "Phạm Văn Gópý" not in thanks


def test_a_general_comment_needs_no_candidate(client, open_page):
    response = client.post(open_page.url, comment_data(open_page, candidate="", contact="gopy@example.vn"))
    assert response.status_code == 302
    comment = PublicComment.objects.get()
    assert comment.candidate is None
    assert comment.contact == "gopy@example.vn"


def test_invalid_comment_reshows_input_with_errors(client, open_page):
    response = client.post(open_page.url, comment_data(open_page, contact="goi cho toi", message=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert not PublicComment.objects.exists()
    assert 'value="Phạm Văn Gópý"' in html
    assert 'value="goi cho toi"' in html
    assert 'href="#id_contact"' in html and "Nhập số điện thoại" in html
    assert 'href="#id_message"' in html and "Viết ý kiến của bạn." in html
    assert re.search(r'<textarea[^>]*aria-invalid="true"[^>]*id="id_message"', html)


def test_candidate_of_another_notice_is_refused(client, open_page, candidates):
    other = comment_page(at(-1), at(5), candidates[:1])
    response = client.post(open_page.url, comment_data(open_page, candidate=str(other.candidates.first().pk)))
    assert response.status_code == 200
    assert not PublicComment.objects.exists()


def test_before_opening_the_page_says_when_and_refuses_posts(client, candidates):
    opens = timezone.localtime(at(48)).replace(second=0, microsecond=0)
    page = comment_page(opens, opens + dt.timedelta(days=10), candidates)
    html = client.get(page.url).content.decode()
    assert f"Chưa đến thời gian lấy ý kiến (từ {opens:%d/%m/%Y %H:%M})" in html
    assert 'name="message"' not in html
    refused = client.post(page.url, comment_data(page))
    assert refused.status_code == 403
    assert not PublicComment.objects.exists()


def test_after_closing_the_form_is_gone_and_posts_are_refused(client, candidates):
    page = comment_page(at(-24 * 20), at(-1), candidates)
    html = client.get(page.url).content.decode()
    assert "Đã hết thời gian lấy ý kiến" in html
    assert 'name="message"' not in html
    refused = client.post(page.url, comment_data(page))
    assert refused.status_code == 403
    assert "Ý kiến vừa gửi không được ghi nhận vì đã quá hạn." in refused.content.decode()
    assert not PublicComment.objects.exists()


def test_honeypot_comment_is_dropped_silently(client, open_page):
    response = client.post(open_page.url, comment_data(open_page, website="buy now"))
    assert response.status_code == 302
    assert not PublicComment.objects.exists()


def test_comment_flood_is_refused_politely(client, open_page, settings):
    settings.FORMS_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post(open_page.url, comment_data(open_page), REMOTE_ADDR="203.0.113.5").status_code == 302
    refused = client.post(open_page.url, comment_data(open_page), REMOTE_ADDR="203.0.113.5")
    assert refused.status_code == 429
    assert "Bạn đã gửi nhiều ý kiến trong thời gian ngắn" in refused.content.decode()
    assert PublicComment.objects.count() == 2


def test_comments_are_not_shown_publicly(client, open_page, candidates):
    client.post(open_page.url, comment_data(open_page, message="Ý kiến riêng tư số 4711 về ứng viên."))
    assert PublicComment.objects.count() == 1
    teacher, _ = candidates[0]
    outputs = [
        client.get(open_page.url).content.decode(),
        client.get(f"{open_page.url}?da-gui=1").content.decode(),
        client.get(teacher.url).content.decode(),
        client.get("/api/v2/pages/", {"search": "4711"}).content.decode(),
        client.get(f"/api/v2/pages/{open_page.pk}/").content.decode(),
        client.get("/").content.decode(),
    ]
    for text in outputs:
        assert "Phạm Văn Gópý" not in text
        assert "4711" not in text.replace('"search": "4711"', "")
        assert "0977" not in text
    assert "Không tìm thấy kết quả nào" in client.get("/tim-kiem/", {"q": "Gópý"}).content.decode()


def test_editors_read_and_export_comments_but_cannot_edit_them(client, open_page, django_user_model):
    client.post(open_page.url, comment_data(open_page))
    comment = PublicComment.objects.get()
    editor = django_user_model.objects.create_user(username="bientap", password="x")
    editor.groups.add(Group.objects.get(name="Biên tập viên"))
    client.force_login(editor)

    listing = client.get("/admin/public_comments/").content.decode()
    assert "Phạm Văn Gópý" in listing
    inspect = client.get(f"/admin/public_comments/inspect/{comment.pk}/").content.decode()
    assert "Tôi đồng ý đề nghị khen thưởng cô giáo Hạnh" in inspect and "0977111222" in inspect
    export = client.get("/admin/public_comments/", {"export": "csv"})
    csv_text = b"".join(export.streaming_content).decode("utf-8")
    assert "Họ tên" in csv_text and "Phạm Văn Gópý" in csv_text and "Cô giáo Đỗ Thị Hạnh" in csv_text
    edit = client.get(f"/admin/public_comments/edit/{comment.pk}/")
    assert edit.status_code == 302 and edit["Location"] == "/admin/"


def test_editors_preview_a_notice_with_unsaved_candidates(open_page, candidates):
    from exemplars.models import Candidate

    teacher, _ = candidates[0]
    open_page.candidates = [Candidate(exemplar=teacher, proposal="Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")]
    response = open_page.make_preview_request()
    assert response.status_code == 200
    html = response.content.decode()
    assert "Đề nghị: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" in html
