"""Editors see the searches that found nothing; popular searches keep working in Wagtail's report."""

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.search_promotions.models import Query

from search.querylog import ZeroResultQuery
from tests.search.fake_engine import install

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(username="bientap", password="mat-khau-thu")  # noqa: S106
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_editor_sees_zero_result_searches_with_counts(client, home, monkeypatch, editor):
    install(monkeypatch)
    for _ in range(3):
        client.get("/tim-kiem/", {"q": "Bằng khen đột xuất"})
    client.get("/tim-kiem/", {"q": "huân chương lao động"})
    client.force_login(editor)
    menu = client.get("/admin/").content.decode()
    assert "/admin/reports/tu-khoa-khong-co-ket-qua/" in menu  # the reports menu links to it
    response = client.get("/admin/reports/tu-khoa-khong-co-ket-qua/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "bằng khen đột xuất" in html
    assert "huân chương lao động" in html
    rows = {row.query_string: row.hits for row in ZeroResultQuery.objects.all()}
    assert rows == {"bằng khen đột xuất": 3, "huân chương lao động": 1}


def test_report_search_finds_a_query(client, editor):
    ZeroResultQuery.record("bằng khen")
    ZeroResultQuery.record("chiến sĩ thi đua")
    client.force_login(editor)
    html = client.get("/admin/reports/tu-khoa-khong-co-ket-qua/results/", {"q": "chiến"}).content.decode()
    assert "chiến sĩ thi đua" in html
    assert "bằng khen" not in html


def test_visitors_cannot_open_the_report(client):
    response = client.get("/admin/reports/tu-khoa-khong-co-ket-qua/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_searches_feed_wagtails_popular_search_terms_report(client, home, monkeypatch, admin_user):
    install(monkeypatch)
    client.get("/tim-kiem/", {"q": "Chỉ thị 13"})
    client.get("/tim-kiem/", {"q": "chỉ thị 13"})
    assert Query.objects.get(query_string="chỉ thị 13").hits == 2
    client.force_login(admin_user)
    html = client.get("/admin/searchpicks/reports/search-terms/").content.decode()
    assert "chỉ thị 13" in html
