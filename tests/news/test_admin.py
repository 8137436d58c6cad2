"""Editors create every news page type in the admin; what they create is what citizens see."""

import datetime as dt

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.models import HomePage
from news.models import NewsCategory, NewsIndexPage, NewsPage
from tests.factories import home_page, make_image


class NewsAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.user = self.login()
        self.home = home_page()

    def test_news_index_can_only_live_under_the_home_page(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})

    def test_editor_creates_index_and_article_in_the_admin(self):
        self.assertCanCreate(
            self.home,
            NewsIndexPage,
            nested_form_data({"title": "Tin tức", "slug": "tin-tuc", "intro": "Tin hoạt động thi đua", "per_page": 12}),
        )
        index = NewsIndexPage.objects.get(slug="tin-tuc")
        category = NewsCategory.objects.create(name="Thi đua - Khen thưởng")
        image = make_image("Hội nghị tổng kết", credit="Ảnh: Minh Anh")
        self.assertCanCreate(
            index,
            NewsPage,
            nested_form_data(
                {
                    "title": "Tổng kết phong trào thi đua năm 2023",
                    "slug": "tong-ket-phong-trao-thi-dua-nam-2023",
                    "date": "15/12/2023",
                    "summary": "Hội nghị biểu dương 45 tập thể và 120 cá nhân tiêu biểu.",
                    "hero_image": image.pk,
                    "hero_caption": "Quang cảnh hội nghị",
                    "hero_credit": "",
                    "category": category.pk,
                    "tags": "tổng kết, khen thưởng",
                    "source": "Theo Báo Hải Dương",
                    "body": streamfield(
                        [
                            ("paragraph", rich_text("<p>Sáng 15/12, hội nghị đã diễn ra trang trọng.</p>")),
                            ("quote", {"text": "Càng khó khăn càng phải thi đua", "attribution": "Chủ tịch Hồ Chí Minh"}),
                        ]
                    ),
                }
            ),
        )
        page = NewsPage.objects.get(slug="tong-ket-phong-trao-thi-dua-nam-2023")
        assert page.live
        assert page.date == dt.date(2023, 12, 15)
        assert page.category == category
        assert sorted(t.name for t in page.tags.all()) == ["khen thưởng", "tổng kết"]
        assert page.photo_credit == "Ảnh: Minh Anh"
        response = self.client.get(page.url)
        self.assertContains(response, "Tổng kết phong trào thi đua năm 2023")
        self.assertContains(response, "Càng khó khăn càng phải thi đua")
        self.assertContains(response, "15/12/2023")
        self.assertContains(response, "Theo Báo Hải Dương")

    def test_home_page_edit_form_saves_chosen_blocks(self):
        index = self.home.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc"))
        article = index.add_child(instance=NewsPage(title="Phát động thi đua năm 2024", date=dt.date(2024, 1, 2)))
        data = nested_form_data(
            {
                "title": "Trang chủ",
                "slug": "trang-chu",
                "intro": "Cổng thông tin thi đua, khen thưởng",
                "news_count": 6,
                "highlight": "",
                "highlight_text": "",
                "notices_category": "",
                "featured_news": inline_formset([{"page": article.pk}]),
                "featured_profiles": inline_formset([]),
                "featured_notices": inline_formset([]),
                "action-publish": "action-publish",
            }
        )
        response = self.client.post(f"/admin/pages/{self.home.pk}/edit/", data)
        assert response.status_code == 302, response.context["form"].errors if response.context else response
        home = HomePage.objects.get()
        assert [item.page_id for item in home.featured_news.all()] == [article.pk]
