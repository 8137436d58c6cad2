"""Editorial groups, the two-step moderation workflow and scheduled publishing, through the real admin."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    WorkflowPage,
)
from wagtail.permissions import policy_registry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.text import slugify_vi
from news.models import NewsPage
from tests.factories import NewsCategoryFactory

EDITORS = "Biên tập viên"
APPROVERS = "Lãnh đạo duyệt tin"
WORKFLOW = "Quy trình duyệt tin hai bước"
PROOFREAD_TASK = "Kiểm tra biên tập"
APPROVAL_TASK = "Lãnh đạo duyệt đăng"
PASSWORD = "mat-khau-thu-nghiem"

TITLE = "Hải Dương phát động thi đua theo Chỉ thị 13/CT-UBND"


def _user(username: str, group_name: str):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD, email=f"{username}@example.org")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db):
    return _user("bientap1", EDITORS)


@pytest.fixture
def proofreader(db):
    return _user("bientap2", EDITORS)


@pytest.fixture
def approver(db):
    return _user("lanhdao", APPROVERS)


def _logged_in(client, user):
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD, "next": "/admin/"}
    )
    assert response.status_code == 302, "login failed"
    return client


def _news_form(category, go_live_at: dt.datetime | None = None, **actions) -> dict:
    data = nested_form_data(
        {
            "title": TITLE,
            # The admin's slug widget fills this from the title in the browser.
            "slug": slugify_vi(TITLE),
            "summary": "Ủy ban nhân dân tỉnh ban hành Chỉ thị số 13/CT-UBND ngày 25/8/2021 về phát động thi đua.",
            "hero_image": "",
            "hero_caption": "",
            "hero_credit": "",
            "body": streamfield(
                [
                    (
                        "paragraph",
                        rich_text(
                            "<p>Chỉ thị yêu cầu các sở, ngành và địa phương đổi mới cách tổ chức phong trào "
                            "thi đua trong giai đoạn 2021 - 2025.</p>"
                        ),
                    )
                ]
            ),
            "date": "25/08/2021",
            "category": str(category.pk),
            "tags": "",
            "source": "Theo Báo Hải Dương",
            "seo_title": "",
            "search_description": "",
            "go_live_at": timezone.localtime(go_live_at).strftime("%d/%m/%Y %H:%M") if go_live_at else "",
            "expire_at": "",
            "comments": inline_formset([]),
        }
    )
    data.update({f"action-{name}": "action" for name, on in actions.items() if on})
    return data


def _form_errors(response) -> str:
    form = response.context and response.context.get("form")
    return form.errors.as_text() if form is not None else f"HTTP {response.status_code}"


def _add_url(parent: Page) -> str:
    return reverse("wagtailadmin_pages:add", args=("news", "newspage", parent.pk))


def _create_news(client, parent: Page, **form_kwargs) -> NewsPage:
    response = client.post(_add_url(parent), _news_form(NewsCategoryFactory(), **form_kwargs))
    assert response.status_code == 302, _form_errors(response)
    return NewsPage.objects.child_of(parent).get(title=TITLE)


def _edit(client, page: Page, **form_kwargs):
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        _news_form(NewsCategoryFactory(), **form_kwargs),
    )
    assert response.status_code == 302, _form_errors(response)
    page.refresh_from_db()
    return response


def _approve(client, page: Page):
    task_state = page.current_workflow_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)),
        {"comment": ""},
    )


def _submitted_news(client, parent: Page, **form_kwargs) -> NewsPage:
    page = _create_news(client, parent, **form_kwargs)
    _edit(client, page, submit=True, **form_kwargs)
    return page


def test_migration_binds_two_step_workflow_to_root(db):
    root = Page.get_first_root_node()
    workflow = WorkflowPage.objects.get(page=root).workflow

    assert workflow.name == WORKFLOW
    assert workflow.active
    tasks = [task.specific for task in workflow.tasks]
    assert [task.name for task in tasks] == [PROOFREAD_TASK, APPROVAL_TASK]
    assert {g.name for g in tasks[0].groups.all()} == {EDITORS, APPROVERS}
    assert {g.name for g in tasks[1].groups.all()} == {APPROVERS}


def test_every_news_page_goes_through_our_workflow(news_index):
    assert news_index.get_workflow().name == WORKFLOW
    assert WorkflowPage.objects.filter(workflow__name="Moderators approval").count() == 0


def test_editors_write_and_approvers_also_delete_media_and_categories(editor, approver):
    images = policy_registry.get_by_type(get_image_model())
    documents = policy_registry.get_by_type(get_document_model())

    for user in (editor, approver):
        assert user.has_perm("wagtailadmin.access_admin")
        assert user.has_perm("news.view_newscategory")
        assert user.has_perm("news.add_newscategory") and user.has_perm("news.change_newscategory")
        for policy in (images, documents):
            assert policy.user_has_permission(user, "add")
            assert policy.user_has_permission(user, "choose")
    assert not editor.has_perm("news.delete_newscategory")
    assert approver.has_perm("news.delete_newscategory")
    # What the group screens in the admin show for the root collection.
    assert _collection_codenames(EDITORS) == {
        "add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document",
    }
    assert _collection_codenames(APPROVERS) == _collection_codenames(EDITORS) | {"delete_image", "delete_document"}


def test_only_leaders_hold_publish_and_unlock_on_the_page_tree(db):
    assert _page_codenames(EDITORS) == {"add_page", "change_page"}
    assert _page_codenames(APPROVERS) == {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"}


def _collection_codenames(group_name: str) -> set[str]:
    return set(
        GroupCollectionPermission.objects.filter(
            group__name=group_name, collection=Collection.get_first_root_node()
        ).values_list("permission__codename", flat=True)
    )


def _page_codenames(group_name: str) -> set[str]:
    return set(
        GroupPagePermission.objects.filter(group__name=group_name, page=Page.get_first_root_node()).values_list(
            "permission__codename", flat=True
        )
    )


def test_editor_logs_in_and_saves_a_draft_through_the_admin(client, editor, news_index):
    _logged_in(client, editor)
    assert client.get("/admin/").status_code == 200

    page = _create_news(client, news_index)

    assert not page.live
    assert page.has_unpublished_changes
    assert page.specific.summary.startswith("Ủy ban nhân dân tỉnh")
    assert page.specific.date == dt.date(2021, 8, 25)


def test_editor_cannot_publish(client, editor, news_index):
    _logged_in(client, editor)
    page = _create_news(client, news_index, publish=True)
    assert not page.live

    _edit(client, page, publish=True)

    assert not page.live
    assert not page.permissions_for_user(editor).can_publish()
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert 'name="action-submit"' in edit_page
    assert 'name="action-publish"' not in edit_page


def test_editor_submits_draft_for_proofreading(client, editor, news_index):
    _logged_in(client, editor)

    page = _submitted_news(client, news_index)

    assert not page.live
    assert page.workflow_in_progress
    assert page.current_workflow_task.name == PROOFREAD_TASK


def test_second_editor_proofreads_then_leader_approves_and_page_goes_live(
    client, editor, proofreader, approver, news_index
):
    page = _submitted_news(_logged_in(client, editor), news_index)

    _approve(_logged_in(client, proofreader), page)
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_task.name == APPROVAL_TASK
    # The leader's step is closed to editors: the admin turns them back to the dashboard.
    response = _approve(client, page)
    assert response.url == reverse("wagtailadmin_home")
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_task.name == APPROVAL_TASK

    _approve(_logged_in(client, approver), page)
    page.refresh_from_db()

    assert page.live
    assert not page.workflow_in_progress
    client.logout()
    response = client.get(page.url)
    assert response.status_code == 200
    assert TITLE in response.content.decode()


def test_leader_can_publish_directly(client, approver, news_index):
    _logged_in(client, approver)
    assert 'name="action-publish"' in client.get(_add_url(news_index)).content.decode()

    page = _create_news(client, news_index, publish=True)

    assert page.live
    assert page.permissions_for_user(approver).can_publish()


def test_approved_page_with_future_go_live_waits_for_publish_scheduled(
    client, editor, proofreader, approver, news_index
):
    go_live_at = timezone.now() + dt.timedelta(days=2)
    page = _submitted_news(_logged_in(client, editor), news_index, go_live_at=go_live_at)
    _approve(_logged_in(client, proofreader), page)
    _approve(_logged_in(client, approver), page)
    page.refresh_from_db()

    assert not page.live
    assert not page.workflow_in_progress
    scheduled = Revision.page_revisions.get(object_id=str(page.pk), approved_go_live_at__isnull=False)
    assert abs(scheduled.approved_go_live_at - go_live_at) < dt.timedelta(minutes=1)

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live, "published before its go-live time"

    _go_live_time_has_come(scheduled)
    call_command("publish_scheduled")
    page.refresh_from_db()

    assert page.live
    assert client.get(page.url).status_code == 200


def _go_live_time_has_come(revision: Revision) -> None:
    """Move the approved schedule a minute into the past instead of waiting for the clock."""
    past = timezone.now() - dt.timedelta(minutes=1)
    # Publishing re-reads go_live_at from the revision's content, so both must move.
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
