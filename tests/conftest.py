import pytest


@pytest.fixture(autouse=True)
def _media_and_cache(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def home(db):
    from tests.factories import home_page

    return home_page()


@pytest.fixture
def news_index(home):
    from tests.factories import NewsIndexPageFactory

    return NewsIndexPageFactory(parent=home)
