"""An editor's whole publishing path through the admin reads in Vietnamese.

An editor of "Biên tập viên" signs in, writes a news draft and submits it ("Gửi duyệt"); a
leader of "Lãnh đạo duyệt tin" approves both steps of "Quy trình duyệt tin hai bước" and the
article goes live. On every screen the buttons, links, menu items, labels and headings a person
can see are checked against English admin words, and a screenshot is kept in test-artifacts/.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from news.models import NewsPage
from tests.browser.conftest import ARTIFACTS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not (Path(__file__).resolve().parents[2] / "locale/wagtail/admin/vi/LC_MESSAGES/django.po").exists(),
        reason="the admin catalog (locale/wagtail/admin/vi/LC_MESSAGES/django.po) is not there yet",
    ),
]

PASSWORD = "mat-khau-thu-123"
TITLE = "Hải Dương phát động phong trào thi đua theo Chỉ thị 13/CT-UBND"
PROOFREAD_TASK = "Kiểm tra biên tập"
APPROVAL_TASK = "Lãnh đạo duyệt đăng"

# English words of the admin's chrome: if one shows, a catalog string is missing or shadowed.
ENGLISH_WORDS = [
    "Sign in", "Log in", "Sign out", "Log out", "Password", "Forgotten password", "Remember me",
    "Dashboard", "Pages", "Images", "Documents", "Snippets", "Reports", "Settings", "Help", "Search",
    "Account", "Users", "Groups", "Workflows", "Collections", "Redirects",
    "Save draft", "Save", "Publish", "Unpublish", "Submit", "Submit to", "Approve", "Approve with comment",
    "Request changes", "Reject", "Cancel", "Delete", "Preview", "History", "Edit", "Add", "Add child page",
    "Content", "Promote", "Comments", "Status", "Draft", "Live", "Workflow", "Task", "In progress",
    "Awaiting your review", "Your pages", "Your most recent edits", "Actions", "More", "Title", "Slug",
    "Choose", "Toggle", "Close", "Back", "Revisions", "Compare", "Lock", "Unlock", "View live",
    "Schedule", "Go-live date", "Expiry date", "Privacy", "Public", "Private", "Moderation",
]
ENGLISH = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in ENGLISH_WORDS) + r")(?!\w)")

# Text of every visible button, link, menu item, label, heading, tab and message.
VISIBLE_LABELS_JS = """
() => {
  const selector = 'button, a, [role=button], [role=menuitem], [role=tab], label, legend, '
    + 'h1, h2, h3, h4, th, summary, .w-dropdown__content, .messages, .help-block, .w-help-text';
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
    && getComputedStyle(el).visibility !== 'hidden';
  return [...document.querySelectorAll(selector)].filter(visible)
    .map((el) => el.innerText.replace(/\\s+/g, ' ').trim()).filter(Boolean);
}
"""


def english_labels(page) -> list[str]:
    return sorted({label for label in page.evaluate(VISIBLE_LABELS_JS) if ENGLISH.search(label)})


def check_screen(page, name: str) -> None:
    """Keep a screenshot of the screen, then fail on any English label the person sees."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"admin-vi-{name}.png"), full_page=True)
    labels = page.evaluate(VISIBLE_LABELS_JS)
    assert labels, f"{name}: no visible label found"
    assert english_labels(page) == [], f"{name}: English on screen"


def user(username: str, group: str):
    person = get_user_model().objects.create_user(username, f"{username}@example.vn", PASSWORD)
    person.groups.add(Group.objects.get(name=group))
    return person


def sign_in(page, live_server, username: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/admin/login/")
    expect(page.get_by_role("button", name="Đăng nhập")).to_be_visible()
    check_screen(page, f"dang-nhap-{username}")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_server.url}/admin/")


def open_action_menu(page) -> None:
    """The footer's dropdown holds every action but the default one."""
    page.locator("footer [data-w-dropdown-target=toggle], footer .w-dropdown__toggle").first.click()
    page.wait_for_timeout(400)  # let the menu finish opening before a screenshot


def approve(page, live_server, news: NewsPage, step: str) -> None:
    page.goto(f"{live_server.url}/admin/pages/{news.pk}/edit/")
    # The status side panel names the step the page waits for.
    page.locator("[data-side-panel-toggle=status]").click()
    expect(page.get_by_text(step).first).to_be_visible()
    open_action_menu(page)
    approve_button = page.locator("footer button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])")
    expect(approve_button).to_be_visible()
    expect(approve_button).to_have_text(re.compile("Phê duyệt"))
    check_screen(page, f"phe-duyet-{step}")
    approve_button.click()
    page.wait_for_load_state("networkidle")


def test_editor_submits_and_leader_approves_a_news_draft_in_vietnamese(browser_page, live_server, news_index):
    page = browser_page
    user("bientap-e2e", "Biên tập viên")
    user("lanhdao-e2e", "Lãnh đạo duyệt tin")

    sign_in(page, live_server, "bientap-e2e")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    check_screen(page, "bang-dieu-khien-bien-tap")

    page.goto(f"{live_server.url}/admin/pages/add/news/newspage/{news_index.pk}/")
    page.fill("#id_title", TITLE)
    page.locator("#id_title").blur()
    check_screen(page, "tao-tin")
    open_action_menu(page)
    submit = page.locator("footer button[name=action-submit]")
    expect(submit).to_be_visible()
    expect(submit).to_contain_text("Gửi")
    check_screen(page, "tao-tin-menu-thao-tac")
    submit.click()
    expect(page.locator(".messages")).to_contain_text("gửi duyệt")
    check_screen(page, "da-gui-duyet")

    news = NewsPage.objects.get(title=TITLE)
    assert not news.live
    assert news.current_workflow_task.name == PROOFREAD_TASK

    sign_in(page, live_server, "lanhdao-e2e")
    expect(page.get_by_text(TITLE).first).to_be_visible()  # "awaiting your review" on the dashboard
    check_screen(page, "bang-dieu-khien-lanh-dao")

    approve(page, live_server, news, PROOFREAD_TASK)
    news.refresh_from_db()
    assert news.current_workflow_task.name == APPROVAL_TASK
    assert not news.live

    approve(page, live_server, news, APPROVAL_TASK)
    news.refresh_from_db()
    assert news.live
    assert not news.workflow_in_progress
    page.goto(f"{live_server.url}/admin/pages/{news_index.pk}/")
    expect(page.get_by_text(TITLE).first).to_be_visible()
    check_screen(page, "da-xuat-ban")
