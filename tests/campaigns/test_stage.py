"""The stage a campaign shows the public: from its dates, then from the editors' review choice."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from campaigns.models import CampaignPage, ReviewStage, Stage
from tests.campaigns.factories import CampaignPageFactory

START = dt.date(2021, 8, 25)
END = dt.date(2025, 12, 31)
BEFORE = dt.date(2021, 8, 1)
DURING = dt.date(2023, 6, 1)
AFTER = dt.date(2026, 3, 1)


def campaign(review: str = ReviewStage.NONE, start=START, end=END, launch_date=None) -> CampaignPage:
    return CampaignPage(title="Chuyển đổi số", start=start, end=end, launch_date=launch_date, review_stage=review)


@pytest.mark.parametrize(
    ("today", "review", "expected"),
    [
        (BEFORE, ReviewStage.NONE, Stage.UPCOMING),
        (BEFORE, ReviewStage.INTERIM, Stage.UPCOMING),
        (START, ReviewStage.NONE, Stage.ONGOING),
        (DURING, ReviewStage.NONE, Stage.ONGOING),
        (END, ReviewStage.NONE, Stage.ONGOING),
        (DURING, ReviewStage.INTERIM, Stage.INTERIM),
        (AFTER, ReviewStage.NONE, Stage.FINAL),
        (AFTER, ReviewStage.INTERIM, Stage.FINAL),
        (AFTER, ReviewStage.FINAL, Stage.ENDED),
        # A final review held before the planned end closes the movement.
        (DURING, ReviewStage.FINAL, Stage.ENDED),
    ],
)
def test_stage_from_dates_and_review(today, review, expected):
    assert campaign(review).stage_on(today) == expected


def test_launch_date_counts_when_start_is_missing():
    planned = campaign(start=None, launch_date=dt.date(2024, 1, 1))

    assert planned.stage_on(dt.date(2023, 12, 31)) == Stage.UPCOMING
    assert planned.stage_on(dt.date(2024, 1, 1)) == Stage.ONGOING


def test_open_ended_campaign_stays_ongoing():
    assert campaign(end=None).stage_on(dt.date(2040, 1, 1)) == Stage.ONGOING


def test_stage_labels_are_the_public_words():
    assert campaign().stage_on(BEFORE).label == "Sắp phát động"
    assert [stage.label for stage in Stage] == ["Sắp phát động", "Đang triển khai", "Sơ kết", "Tổng kết", "Đã kết thúc"]


def test_stage_steps_mark_done_current_and_todo():
    page = campaign(ReviewStage.INTERIM)
    page.stage = page.stage_on(DURING)

    assert page.stage_steps == [
        (Stage.UPCOMING, "done"),
        (Stage.ONGOING, "done"),
        (Stage.INTERIM, "current"),
        (Stage.FINAL, "todo"),
        (Stage.ENDED, "todo"),
    ]
    assert page.is_current


@pytest.mark.django_db
def test_database_agrees_with_python_on_current_campaigns():
    dates = [None, START, END]
    for review, start, end in itertools.product(ReviewStage.values, dates, [None, START, END]):
        if start and end and end < start:
            continue
        CampaignPageFactory(title=f"{review}-{start}-{end}", review_stage=review, start=start, end=end, launch_date=None)
    for today in (BEFORE, START, DURING, END, AFTER):
        annotated = CampaignPage.objects.with_stage_order(today)
        assert annotated.count() == CampaignPage.objects.count()
        for page in annotated:
            assert page.listed_current == (page.stage_on(today) in (Stage.UPCOMING, Stage.ONGOING, Stage.INTERIM)), (
                page.title,
                today,
            )
