"""What the home page blocks show: the editors' picks first, the newest items for the rest."""

import datetime as dt

import pytest

from core import home_blocks
from core.models import HomeFeaturedNews
from tests.factories import NewsCategoryFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(news_index):
    main = NewsCategoryFactory(name="Thi đua - Khen thưởng")
    return [NewsPageFactory(parent=news_index, category=main, date=dt.date(2024, 1, d)) for d in range(1, 11)]


def test_latest_news_fill_themselves_newest_first(home, articles):
    home.news_count = 4
    blocks = home_blocks.build(home)
    assert [p.date.day for p in blocks["latest_news"]] == [10, 9, 8, 7]


def test_chosen_news_come_first_and_newest_fill_the_rest(home, articles):
    home.news_count = 4
    home.featured_news = [HomeFeaturedNews(page=articles[0], sort_order=0)]
    home.save()
    blocks = home_blocks.build(home)
    assert [p.date.day for p in blocks["latest_news"]] == [1, 10, 9, 8]
    assert blocks["lead_news"] == articles[0]


def test_notices_come_from_the_notices_category_and_not_the_news_block(home, news_index, articles):
    notices = NewsCategoryFactory(name="Thông báo")
    notice = NewsPageFactory(parent=news_index, category=notices, date=dt.date(2025, 1, 1))
    blocks = home_blocks.build(home)
    assert blocks["notices"] == [notice]
    assert notice not in blocks["latest_news"]


def test_unpublished_highlight_is_hidden(home, articles):
    home.highlight = articles[3]
    home.save()
    articles[3].unpublish()
    assert home_blocks.build(home)["highlight"] is None


def test_good_people_stories_stand_in_for_profiles(home, news_index):
    stories = NewsCategoryFactory(name="Gương người tốt, việc tốt")
    story = NewsPageFactory(parent=news_index, category=stories, title="Chàng trai cứu người đuối nước")
    assert home_blocks.build(home)["profiles"] == [story]


def test_editors_picks_cost_the_same_queries_however_many(home, articles, django_assert_max_num_queries):
    home.featured_news = [HomeFeaturedNews(page=page, sort_order=i) for i, page in enumerate(articles[:6])]
    home.save()
    # Picks' ids, the picked pages and their specific rows; then notices, fallbacks and the newest news.
    with django_assert_max_num_queries(10):
        blocks = home_blocks.build(home)
    assert [p.pk for p in blocks["latest_news"][:6]] == [p.pk for p in articles[:6]]
