"""Demo pages where citizens take part: the nomination form and a public comment notice.

Kept apart from the demo profiles: these pages have dates relative to the day the demo is first
loaded (the comment window is open for a month from then), and a second run changes nothing.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from core.importing import unique_slug

from .models import Candidate, ExemplarIndexPage, ExemplarPage, NominationFormPage, PublicCommentPage

NOMINATION = {
    "title": "Đề xuất gương người tốt, việc tốt",
    "slug": "de-xuat-guong-nguoi-tot-viec-tot",
    "intro": (
        "Bạn biết một người, một tập thể hay một gia đình có việc làm tốt, thành tích đáng được biểu dương? "
        "Hãy cho Ban Thi đua - Khen thưởng biết: chúng tôi sẽ xác minh và giới thiệu để nhân rộng. "
        "Thông tin liên hệ của người đề xuất chỉ dùng để xác minh và không được công khai."
    ),
    "thank_you": (
        "Cảm ơn bạn đã đề xuất. Ban Thi đua - Khen thưởng sẽ xác minh thông tin trong thời gian sớm nhất "
        "và có thể liên hệ lại với bạn khi cần."
    ),
}

COMMENT = {
    "title": "Lấy ý kiến nhân dân đối với cá nhân, tập thể đề nghị khen thưởng cấp Nhà nước",
    "slug": "lay-y-kien-nhan-dan-de-nghi-khen-thuong-cap-nha-nuoc",
    "intro": (
        "Thực hiện quy định về công khai, lấy ý kiến nhân dân trước khi trình khen thưởng, Ban Thi đua - Khen "
        "thưởng thông báo danh sách cá nhân, tập thể đề nghị khen thưởng cấp Nhà nước. Mọi ý kiến góp ý xin gửi "
        "trong thời hạn nêu dưới đây; ý kiến được giữ kín và chỉ dùng cho việc xét khen thưởng."
    ),
    "award": "Huân chương Lao động",
    "contact_note": "Ý kiến cũng có thể gửi bằng thư về Ban Thi đua - Khen thưởng, theo địa chỉ ở cuối trang.",
}
# (profile import_id, proposal)
CANDIDATES = [
    ("demo-e02", "Huân chương Lao động hạng Ba"),
    ("demo-e15", "Huân chương Lao động hạng Ba"),
    ("demo-e18", "Huân chương Lao động hạng Ba"),
]


def load(index: ExemplarIndexPage) -> list[str]:
    """Create the two pages under ``index`` if missing; return lines for the command to print."""
    lines = []
    form = NominationFormPage.objects.first()
    if form is None:
        form = NominationFormPage(
            title=NOMINATION["title"],
            slug=unique_slug(index, NOMINATION["slug"]),
            intro=NOMINATION["intro"],
            thank_you=NOMINATION["thank_you"],
        )
        index.add_child(instance=form)
        form.save_revision().publish(log_action=False)
        lines.append(f"Trang “{form.title}”: tạo mới.")
    notice = PublicCommentPage.objects.filter(slug=COMMENT["slug"]).first()
    if notice is None:
        now = timezone.now().replace(minute=0, second=0, microsecond=0)
        notice = PublicCommentPage(
            title=COMMENT["title"],
            slug=unique_slug(index, COMMENT["slug"]),
            intro=COMMENT["intro"],
            award=COMMENT["award"],
            contact_note=COMMENT["contact_note"],
            opens=now - dt.timedelta(days=3),
            closes=now + dt.timedelta(days=30),
        )
        profiles = {p.import_id: p for p in ExemplarPage.objects.filter(import_id__in=[c[0] for c in CANDIDATES])}
        notice.candidates = [
            Candidate(exemplar=profiles[key], proposal=proposal, sort_order=i)
            for i, (key, proposal) in enumerate(CANDIDATES)
            if key in profiles
        ]
        index.add_child(instance=notice)
        notice.save_revision().publish(log_action=False)
        lines.append(f"Trang “{notice.title}”: tạo mới, lấy ý kiến đến hết {timezone.localtime(notice.closes):%d/%m/%Y}.")
    return lines
