"""Cached listing figures never outlive a publish, unpublish or delete."""

import datetime as dt

import pytest

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def _listing(client, news_index, query=""):
    response = client.get(news_index.url + query)
    return response.context["paginator"].count, response.context["years"]


def test_publishing_a_new_article_updates_count_and_years(client, news_index):
    NewsPageFactory(parent=news_index, date=dt.date(2022, 5, 1))
    assert _listing(client, news_index) == (1, [2022])
    NewsPageFactory(parent=news_index, date=dt.date(2024, 5, 1))
    assert _listing(client, news_index) == (2, [2024, 2022])


def test_unpublishing_and_deleting_update_the_count(client, news_index):
    first = NewsPageFactory(parent=news_index, date=dt.date(2022, 5, 1))
    second = NewsPageFactory(parent=news_index, date=dt.date(2023, 5, 1))
    assert _listing(client, news_index, "?year=2023")[0] == 1
    second.unpublish()
    assert _listing(client, news_index, "?year=2023")[0] == 0
    assert _listing(client, news_index) == (1, [2022])
    first.delete()
    assert _listing(client, news_index) == (0, [])
