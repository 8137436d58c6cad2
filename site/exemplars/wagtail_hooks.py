"""Admin for what citizens send: nominations ("Đề xuất gương") and public comments
("Ý kiến nhân dân"). Both are private: only the admin lists them, the photo a nominator sent is
streamed by a permission-checked view, and one action turns a nomination into a draft profile.
"""

from __future__ import annotations

import mimetypes

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from .models import ExemplarIndexPage, Nomination, PublicComment
from .nominations import create_draft_profile, exemplar_index


def _nomination_policy():
    return policy_registry.get_by_type(Nomination)


def _can_add_images(user) -> bool:
    return policy_registry.get_by_type(get_image_model()).user_has_permission(user, "add")


class _NoCreate:
    """Nominations and comments come from citizens only: nobody adds them in the admin."""

    def dispatch(self, request, *args, **kwargs):
        raise PermissionDenied


class NominationCreateView(_NoCreate, generic.CreateView):
    pass


class NominationIndexView(generic.IndexView):
    def get_add_url(self):
        return None

    @cached_property
    def columns(self):
        columns = super().columns
        # The inspect view shows the whole nomination and holds the "Tạo hồ sơ nháp" action.
        columns[0]._get_url_func = self.get_inspect_url
        return columns

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        inspect_url = self.get_inspect_url(instance)
        if inspect_url and not instance.profile_id and self.user_has_permission("change"):
            buttons.append(
                MenuItem("Tạo hồ sơ nháp", url=f"{inspect_url}#tao-ho-so-nhap", icon_name="doc-empty-inverse", priority=15)
            )
        return buttons


class NominationInspectView(generic.InspectView):
    template_name = "exemplars/admin/nomination_inspect.html"

    def get_photo_display_value(self):
        if not self.object.photo:
            return "Không có"
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">Xem ảnh người đề xuất gửi kèm</a> (ảnh riêng tư, chỉ cán bộ xem được)',
            reverse("nominations:photo", args=(quote(self.object.pk),)),
        )

    def get_profile_display_value(self):
        profile = self.object.profile
        if profile is None:
            return "Chưa có"
        return format_html('<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=(profile.pk,)), profile.title)

    @cached_property
    def header_buttons(self):
        buttons = []
        if edit_url := self.get_edit_url():
            buttons.append(HeaderButton("Cập nhật trạng thái", url=edit_url, icon_name="edit"))
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_convert"] = not self.object.profile_id and self.user_has_permission("change")
        context["convert_url"] = reverse("nominations:convert", args=(quote(self.object.pk),))
        context["can_copy_photo"] = bool(self.object.photo) and _can_add_images(self.request.user)
        return context


def nomination_photo(request, pk):
    """Stream a nomination's photo from the private storage to an editor who may see nominations."""
    if not _nomination_policy().user_has_any_permission(request.user, ["view", "change"]):
        raise PermissionDenied
    nomination = get_object_or_404(Nomination, pk=pk)
    if not nomination.photo:
        raise Http404
    try:
        handle = nomination.photo.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    content_type = mimetypes.guess_type(nomination.photo.name)[0] or "application/octet-stream"
    extension = nomination.photo.name.rsplit(".", 1)[-1]
    response = FileResponse(handle, content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="de-xuat-{nomination.pk}.{extension}"'
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _can_add_profile(user) -> bool:
    index = ExemplarIndexPage.objects.order_by("path").first()
    if index is None:
        # The index will be created under the site's home page.
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        parent = site.root_page if site else None
        return bool(parent and parent.permissions_for_user(user).can_add_subpage())
    return index.permissions_for_user(user).can_add_subpage()


def nomination_convert(request, pk):
    """"Tạo hồ sơ nháp": one POST creates the draft profile and opens it in the page editor."""
    nomination = get_object_or_404(Nomination, pk=pk)
    inspect_url = reverse("nominations:inspect", args=(quote(nomination.pk),))
    if not _nomination_policy().user_has_permission(request.user, "change"):
        raise PermissionDenied
    if request.method != "POST":
        return redirect(inspect_url)
    if nomination.profile_id:
        messages.warning(request, "Đề xuất này đã có hồ sơ nháp.")
        return redirect("wagtailadmin_pages:edit", nomination.profile_id)
    if not _can_add_profile(request.user):
        messages.error(request, "Bạn chưa có quyền tạo trang gương điển hình.")
        return redirect(inspect_url)
    copy_photo = request.POST.get("copy_photo") == "1"
    if copy_photo and not _can_add_images(request.user):
        messages.error(request, "Bạn chưa có quyền thêm ảnh vào thư viện ảnh.")
        return redirect(inspect_url)
    had_index = ExemplarIndexPage.objects.exists()
    page = create_draft_profile(nomination, user=request.user, copy_photo=copy_photo)
    note = "" if had_index else f" Trang “{exemplar_index().title}” cũng vừa được tạo ở dạng nháp."
    messages.success(
        request,
        f"Đã tạo hồ sơ nháp “{page.title}”; đề xuất chuyển sang trạng thái “Đang xác minh”.{note}",
    )
    return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=(page.pk,)))


class NominationViewSet(ModelViewSet):
    model = Nomination
    name = "nominations"
    icon = "user"
    menu_label = "Đề xuất gương"
    menu_order = 250
    add_to_admin_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = NominationIndexView
    add_view_class = NominationCreateView
    inspect_view_class = NominationInspectView
    list_display = ["nominee_name", "place", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["nominee_name", "place"]
    search_backend_name = None
    inspect_view_fields = [
        "nominee_name",
        "deed",
        "place",
        "when",
        "photo",
        "nominator_name",
        "nominator_phone",
        "nominator_email",
        "created_at",
        "status",
        "editor_note",
        "profile",
    ]
    panels = [
        FieldPanel("status"),
        FieldPanel("editor_note"),
        MultiFieldPanel(
            [
                FieldPanel("nominee_name", read_only=True),
                FieldPanel("deed", read_only=True),
                FieldPanel("place", read_only=True),
                FieldPanel("when", read_only=True),
            ],
            heading="Nội dung đề xuất",
        ),
        MultiFieldPanel(
            [
                FieldPanel("nominator_name", read_only=True),
                FieldPanel("nominator_phone", read_only=True),
                FieldPanel("nominator_email", read_only=True),
            ],
            heading="Người đề xuất (không công khai)",
        ),
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("photo/<int:pk>/", nomination_photo, name="photo"),
            path("convert/<int:pk>/", nomination_convert, name="convert"),
        ]


class PublicCommentCreateView(_NoCreate, generic.CreateView):
    pass


class PublicCommentEditView(_NoCreate, generic.EditView):
    pass


class PublicCommentIndexView(generic.IndexView):
    def get_add_url(self):
        return None

    def get_edit_url(self, instance):
        return None


class PublicCommentInspectView(generic.InspectView):
    def get_edit_url(self):
        return None


class PublicCommentViewSet(ModelViewSet):
    """Read-only: a citizen's opinion is a record, editors read and export it."""

    model = PublicComment
    name = "public_comments"
    icon = "comment"
    menu_label = "Ý kiến nhân dân"
    menu_order = 251
    add_to_admin_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = PublicCommentIndexView
    add_view_class = PublicCommentCreateView
    edit_view_class = PublicCommentEditView
    inspect_view_class = PublicCommentInspectView
    list_display = ["name", "candidate", "page", "created_at"]
    list_filter = ["page"]
    search_fields = ["name", "message"]
    search_backend_name = None
    list_export = ["created_at", "page", "candidate", "name", "contact", "message"]
    export_headings = {
        "created_at": "Ngày gửi",
        "page": "Đợt lấy ý kiến",
        "candidate": "Ứng viên",
        "name": "Họ tên",
        "contact": "Liên hệ",
        "message": "Ý kiến",
    }
    export_filename = "y-kien-nhan-dan"
    inspect_view_fields = ["page", "candidate", "name", "contact", "message", "created_at"]
    form_fields = ["name"]


@hooks.register("register_admin_viewset")
def register_nomination_viewset():
    return NominationViewSet()


@hooks.register("register_admin_viewset")
def register_public_comment_viewset():
    return PublicCommentViewSet()
