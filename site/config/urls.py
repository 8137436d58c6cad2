from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import sitemaps as core_sitemaps
from core import views as core_views
from exemplars import embed as exemplar_embed
from exemplars import oembed as exemplar_oembed
from exemplars import presskit as exemplar_presskit
from search import views as search_views

from .api import api_router

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("tim-kiem/", search_views.search, name="search"),
    path("tim-kiem/goi-y/", search_views.suggest, name="search_suggest"),
]

# For crawlers and feed readers: sitemap, robots.txt, RSS and Atom (see config/feed_urls.py).
urlpatterns += [
    path("sitemap.xml", core_sitemaps.sitemap_index, name="sitemap"),
    path("sitemap-<section>.xml", core_sitemaps.sitemap_section, name="sitemap_section"),
    path("robots.txt", core_sitemaps.robots_txt, name="robots_txt"),
    path("", include("config.feed_urls")),
]

# Reuse by the press and partner sites: the framable profile card, oEmbed and the original photo.
urlpatterns += [
    path("nhung/guong-dien-hinh/<int:page_id>/", exemplar_embed.embed_card, name="exemplar_embed"),
    path("oembed/", exemplar_oembed.oembed, name="oembed"),
    path("anh-goc/guong-dien-hinh/<int:page_id>/", exemplar_presskit.original_photo, name="exemplar_photo"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
    urlpatterns += [path("__500__/", core_views.server_error_preview)]

urlpatterns += [path("", include(wagtail_urls))]

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
