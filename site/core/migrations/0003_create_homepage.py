"""Replace Wagtail's "Welcome" page with the portal's home page, and point the site at it."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("core.HomePage")

    if HomePage.objects.exists():
        return
    # Wagtail's initial data: a root page (depth 1) and a welcome page (depth 2).
    Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    locale = Locale.objects.first()
    if locale is None:
        locale = Locale.objects.create(language_code="vi")
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="core")
    siblings = Page.objects.filter(depth=2).order_by("-path").first()
    # Tree paths are base-36 steps of four characters under the root's "0001".
    if siblings is None:
        path = root.path + "0001"
    else:
        last = int(siblings.path[-4:], 36) + 1
        digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        step = ""
        while last:
            last, rem = divmod(last, 36)
            step = digits[rem] + step
        path = root.path + step.rjust(4, "0")
    home = HomePage.objects.create(
        title="Trang chủ",
        draft_title="Trang chủ",
        slug="trang-chu",
        content_type=content_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/trang-chu/",
        locale=locale,
        live=True,
        has_unpublished_changes=False,
        intro="Cổng thông tin thi đua, khen thưởng: tin tức, phong trào, văn bản và gương điển hình tiên tiến.",
    )
    root.numchild = Page.objects.filter(depth=2, path__startswith=root.path).count()
    root.save(update_fields=["numchild"])
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True, site_name="Ban Thi đua - Khen thưởng")


def remove_homepage(apps, schema_editor):
    apps.get_model("core.HomePage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_initial"),
        ("news", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
