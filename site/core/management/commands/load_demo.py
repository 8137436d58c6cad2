"""``manage.py load_demo``: fill an empty site with a realistic Vietnamese demo.

Creates the news categories, a dozen illustrations, the document library with the laws and
directives the seed names (each with a generated PDF), the emulation movements they launch, the
news index and 36 articles (2021 – 2025) linked to those movements, the office settings with menu
and related websites, the home page's choices, and demo accounts; then updates the search index.

Running it again changes nothing that is already there: articles, documents and movements are
matched by their ``import_id`` ("demo-n01", "demo-d01", "demo-c01" …), images and PDF files by
title, categories by name, accounts by username. Use ``--update`` to rewrite the demo pages from
the data in ``core.demo``.
"""

from __future__ import annotations

import io
import os
import re
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.urls import reverse
from wagtail.models import Page, Site

from campaigns.models import CampaignPage
from core.demo import images as demo_images
from core.demo import loading, site_data
from core.demo.articles import ARTICLES
from core.demo.fragments import Article, build_body
from core.models import CustomImage, HomeFeaturedNews, HomePage, MenuItem, OfficeSettings, RelatedLink
from exemplars import demo as exemplar_demo
from exemplars import demo_participation
from exemplars.models import ExemplarIndexPage
from news.models import NewsCategory, NewsIndexPage, NewsPage

# Only for a local demo; set DEMO_ADMIN_PASSWORD anywhere else.
DEFAULT_DEMO_PASSWORD = "admin12345"  # noqa: S105
ADMIN_URL = "http://127.0.0.1:8000/admin/"


def _image_size(value: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,4})\s*[x×]\s*(\d{2,4})\s*", value or "")
    if not match:
        raise ValueError(value)
    return int(match.group(1)), int(match.group(2))


published_at = loading.published_at


class Command(BaseCommand):
    help = (
        "Nạp dữ liệu mẫu: tin tức, văn bản, phong trào thi đua, ảnh minh họa, thông tin cơ quan, menu "
        "và tài khoản demo."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--image-size",
            type=_image_size,
            default=demo_images.DEFAULT_SIZE,
            help="Kích thước ảnh minh họa, dạng RỘNGxCAO (mặc định 1200x675).",
        )
        parser.add_argument(
            "--update",
            action="store_true",
            help="Ghi đè các tin, văn bản và phong trào mẫu đã có bằng nội dung mẫu hiện tại.",
        )
        parser.add_argument("--no-users", action="store_true", help="Không tạo tài khoản demo.")

    def handle(self, *args: Any, **options: Any) -> None:
        self.verbosity = options["verbosity"]
        with transaction.atomic():
            site, home = self._site_and_home()
            categories = self._categories()
            images, images_created = self._images(self._size(options["image_size"]))
            news_index = self._news_index(home)
            documents = loading.load_documents(home, update=options["update"], progress=self._progress)
            campaigns = loading.load_campaigns(
                home, documents.pages, images, update=options["update"], progress=self._progress
            )
            counts = self._articles(
                news_index, categories, images, loading.news_campaigns(campaigns.pages), update=options["update"]
            )
            profiles = exemplar_demo.load(self, update=options["update"])
            for line in demo_participation.load(ExemplarIndexPage.objects.get(slug="guong-dien-hinh")):
                self._progress(line)
            self._home(home, categories)
            menu_count, link_count = self._office_settings(site, home, news_index)
            accounts = [] if options["no_users"] else self._users()
        account_lines = [f"Đăng nhập trang quản trị: {ADMIN_URL}", *accounts] if accounts else []
        self._progress("Cập nhật chỉ mục tìm kiếm …")
        call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())

        self.stdout.write(
            self.style.SUCCESS(
                f"Xong: {len(ARTICLES)} tin ({counts['created']} mới, {counts['updated']} cập nhật, "
                f"{counts['kept']} giữ nguyên), {len(documents.pages)} văn bản ({documents.created} mới), "
                f"{len(campaigns.pages)} phong trào ({campaigns.created} mới), "
                f"{profiles.created + profiles.updated + profiles.unchanged} gương điển hình ({profiles.created} mới), {len(images)} ảnh ({images_created} mới), "
                f"{len(categories)} chuyên mục, {menu_count} mục menu, {link_count} liên kết website, "
                f"{len(accounts)} tài khoản."
            )
        )
        for line in account_lines:
            self.stdout.write(line)

    @staticmethod
    def _size(value: str | tuple[int, int]) -> tuple[int, int]:
        # call_command(image_size="320x180") hands the option over without argparse's conversion.
        if isinstance(value, str):
            try:
                return _image_size(value)
            except ValueError as error:
                raise CommandError(f"Kích thước ảnh không hợp lệ: {value} (ví dụ 1200x675).") from error
        return value

    def _progress(self, message: str) -> None:
        if self.verbosity >= 1:
            self.stdout.write(message)

    # Site tree ---------------------------------------------------------------------------------

    def _site_and_home(self) -> tuple[Site, HomePage]:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        home = site.root_page.specific if site else None
        if not isinstance(home, HomePage):
            raise CommandError("Chưa có trang chủ cho site mặc định: hãy chạy “manage.py migrate” trước.")
        return site, home

    def _categories(self) -> dict[str, NewsCategory]:
        categories = {}
        for order, (name, description) in enumerate(site_data.CATEGORIES):
            category = NewsCategory.lookup(name)
            if category is None:
                category = NewsCategory.objects.create(name=name, description=description, sort_order=order)
            categories[name] = category
        self._progress(f"Chuyên mục tin: {', '.join(categories)}.")
        return categories

    def _images(self, size: tuple[int, int]) -> tuple[dict[str, CustomImage], int]:
        images: dict[str, CustomImage] = {}
        created = 0
        for spec in demo_images.IMAGES:
            image = CustomImage.objects.filter(title=spec.title).first()
            if image is None:
                image = CustomImage(
                    title=spec.title,
                    description=spec.description,
                    credit=demo_images.CREDIT,
                    licence=demo_images.LICENCE,
                )
                content = demo_images.render(spec, size)
                image.file = ImageFile(io.BytesIO(content), name=f"demo-{spec.key}.jpg")
                image._set_image_file_metadata()
                image.save()
                created += 1
            images[spec.key] = image
        self._progress(f"Ảnh minh họa: {len(images)} ảnh, {created} ảnh mới.")
        return images, created

    def _news_index(self, home: HomePage) -> NewsIndexPage:
        data = site_data.NEWS_INDEX
        index = NewsIndexPage.objects.child_of(home).filter(slug=data["slug"]).first()
        if index is None:
            index = NewsIndexPage.objects.child_of(home).first()
        if index is None:
            index = NewsIndexPage(title=data["title"], slug=data["slug"], intro=data["intro"])
            home.add_child(instance=index)
            index.save_revision().publish()
            self._progress(f"Tạo trang “{index.title}” (/{index.slug}/).")
        return index

    # Articles ----------------------------------------------------------------------------------

    def _articles(
        self,
        news_index: NewsIndexPage,
        categories: dict[str, NewsCategory],
        images: dict[str, CustomImage],
        campaigns: dict[str, Page],
        update: bool,
    ) -> dict[str, int]:
        counts = {"created": 0, "updated": 0, "kept": 0}
        for number, article in enumerate(ARTICLES, start=1):
            outcome = self._article(news_index, article, categories, images, campaigns.get(article.import_id), update)
            counts[outcome] += 1
            if number % 10 == 0 or number == len(ARTICLES):
                self._progress(f"Tin bài: {number}/{len(ARTICLES)} …")
        return counts

    def _article(
        self,
        news_index: NewsIndexPage,
        article: Article,
        categories: dict[str, NewsCategory],
        images: dict[str, CustomImage],
        campaign: Page | None,
        update: bool,
    ) -> str:
        page = NewsPage.objects.filter(import_id=article.import_id).first()
        if page is not None and not update:
            if page.campaign_id == (campaign.pk if campaign else None):
                return "kept"
            # A demo loaded before the movements existed gets its articles linked to them.
            page.campaign = campaign
            page.save()
            loading.publish(page, published_at(article.date))
            return "updated"
        is_new = page is None
        if is_new:
            page = NewsPage(import_id=article.import_id, slug=self._free_slug(news_index, article.title))
        hero = images[article.image]
        page.title = article.title
        page.draft_title = article.title
        page.summary = article.summary
        page.date = article.date
        page.category = categories[article.category]
        page.source = article.source
        page.campaign = campaign
        page.hero_image = hero
        page.hero_caption = article.caption or hero.description
        page.body = self._body(article, images)
        page.first_published_at = published_at(article.date)
        page.tags.set(article.tags)
        if is_new:
            page.live = False
            news_index.add_child(instance=page)
        else:
            page.save()
        # Back-date the history so the admin and the feeds show when the article "appeared".
        loading.publish(page, published_at(article.date))
        return "created" if is_new else "updated"

    @staticmethod
    def _free_slug(parent: Page, title: str) -> str:
        return loading.free_slug(parent, title)

    @staticmethod
    def _body(article: Article, images: dict[str, CustomImage]) -> list[dict[str, Any]]:
        blocks = build_body(article)
        for block in blocks:
            if block["type"] == "image":
                block["value"]["image"] = images[block["value"]["image"]].pk
        return blocks

    # Home page and settings --------------------------------------------------------------------

    def _home(self, home: HomePage, categories: dict[str, NewsCategory]) -> None:
        featured = list(NewsPage.objects.live().filter(import_id__in=site_data.HOME_FEATURED))
        featured.sort(key=lambda page: site_data.HOME_FEATURED.index(page.import_id))
        notices = categories[site_data.NOTICE_CATEGORY]
        highlight = CampaignPage.objects.live().filter(import_id=site_data.HOME_HIGHLIGHT).first()
        current = [item.page_id for item in home.featured_news.all()]
        unchanged = (
            home.live
            and not home.has_unpublished_changes
            and home.intro == site_data.HOME_INTRO
            and home.seo_title == site_data.HOME_SEO_TITLE
            and home.notices_category_id == notices.pk
            and current == [page.pk for page in featured]
            and home.highlight_id == (highlight.pk if highlight else None)
        )
        if unchanged:
            self._progress("Trang chủ: giữ nguyên.")
            return
        home.intro = site_data.HOME_INTRO
        home.seo_title = site_data.HOME_SEO_TITLE
        home.notices_category = notices
        home.highlight = highlight
        home.featured_news = [HomeFeaturedNews(page=page, sort_order=i) for i, page in enumerate(featured)]
        home.save()
        home.save_revision().publish()
        self._progress(f"Trang chủ: lời giới thiệu, chuyên mục “{notices.name}”, {len(featured)} tin được chọn.")

    def _office_settings(self, site: Site, home: HomePage, news_index: NewsIndexPage) -> tuple[int, int]:
        office = OfficeSettings.for_site(site)
        for field, value in site_data.OFFICE.items():
            setattr(office, field, value)
        menu = []
        for label, target in site_data.MENU:
            page, url = self._menu_target(target, home, news_index)
            if page is None and not url:
                self._progress(f"Menu: bỏ qua “{label}” (chưa có trang đích).")
                continue
            if page is None and not _accepts_path(url):
                # The menu's address field is a URL field; a site path such as a filtered news
                # list would make the settings form fail for editors, so the entry waits.
                self._progress(f"Menu: bỏ qua “{label}” (ô địa chỉ của menu chưa nhận đường dẫn nội bộ {url}).")
                continue
            menu.append(MenuItem(label=label, link_page=page, link_url=url, sort_order=len(menu)))
        office.menu_items = menu
        office.related_links = [
            RelatedLink(label=label, link_url=url, sort_order=i)
            for i, (label, url) in enumerate(site_data.RELATED_LINKS)
        ]
        office.save()
        self._progress(
            f"Thông tin cơ quan: {office.office_name}; {len(menu)} mục menu, "
            f"{len(site_data.RELATED_LINKS)} liên kết website."
        )
        return len(menu), len(site_data.RELATED_LINKS)

    def _menu_target(self, target: str, home: HomePage, news_index: NewsIndexPage) -> tuple[Page | None, str]:
        kind, _, arg = target.partition(":")
        if kind == "home":
            return home, ""
        if kind == "news" and not arg:
            return news_index, ""
        if kind == "news":
            return None, f"{news_index.relative_url(home.get_site())}?category={arg}"
        if kind == "search":
            return None, reverse("search") + (f"?q={arg}" if arg else "")
        if kind == "page":
            return Page.objects.child_of(home).live().filter(slug=arg).first(), ""
        raise CommandError(f"Mục menu không hợp lệ: {target}")

    # Accounts ----------------------------------------------------------------------------------

    def _users(self) -> list[str]:
        password = os.environ.get("DEMO_ADMIN_PASSWORD") or ""
        if not password:
            if not settings.DEBUG:
                self._progress(
                    "Bỏ qua tạo tài khoản demo: máy chủ không ở chế độ DEBUG và chưa đặt DEMO_ADMIN_PASSWORD."
                )
                return []
            password = DEFAULT_DEMO_PASSWORD
        User = get_user_model()
        lines = []
        admin = User.objects.filter(username="admin").first()
        if admin is None:
            User.objects.create_superuser("admin", "", password)
            lines.append(f"  admin / {password} (quản trị viên)")
        else:
            lines.append("  admin (tài khoản đã có, mật khẩu giữ nguyên)")
        for username, group_name, label in site_data.DEMO_USERS:
            user = User.objects.filter(username=username).first()
            created = user is None
            if created:
                user = User.objects.create_user(username, "", password, first_name=label.capitalize())
            group = Group.objects.filter(name=group_name).first()
            if group is not None:
                user.groups.add(group)
                role = label
            else:
                role = f"{label}; chưa có nhóm “{group_name}” nên chưa vào được trang quản trị"
            if created:
                lines.append(f"  {username} / {password} ({role})")
            else:
                lines.append(f"  {username} ({role}; tài khoản đã có, mật khẩu giữ nguyên)")
        return lines


def _accepts_path(url: str) -> bool:
    field = MenuItem._meta.get_field("link_url")
    try:
        field.clean(url, None)
    except ValidationError:
        return False
    return True
