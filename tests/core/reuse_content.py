"""One published page of every kind, for the tests of what partners reuse (feeds, sitemap,
JSON-LD, social cards), plus private records whose distinctive texts must never leak."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from django.utils import timezone

from campaigns.models import CampaignIndexPage, CampaignPage
from directives.models import DocumentFile, DocumentLibraryPage, DocumentPage, DocumentStatus
from exemplars.models import (
    Candidate,
    ExemplarIndexPage,
    ExemplarKind,
    ExemplarPage,
    Nomination,
    PublicComment,
    PublicCommentPage,
)
from news.models import NewsIndexPage, NewsPage
from tests.directives.factories import DocumentTypeFactory, make_document_file
from tests.exemplars.factories import add_award, place
from tests.exemplars.form_helpers import nomination_page
from tests.factories import NewsCategoryFactory, home_page, make_image, publish

# Texts that exist only in private records: finding one in a public output is a leak.
SECRETS = (
    "Trần Thị Kín Đáo",  # a nominator's name
    "0988 765 432",  # a nominator's phone
    "kin.dao@example.vn",  # a nominator's e-mail
    "Lê Văn Góp Ý Riêng",  # a commenter's name
    "Ý kiến riêng tư chỉ Ban biết",  # a commenter's message
    "0911 222 333",  # a commenter's contact
    "Giấy đồng ý lưu tại hồ sơ mật số 77",  # a consent note
)


def _add(parent, page):
    parent.add_child(instance=page)
    return publish(page)


def build() -> SimpleNamespace:
    home = home_page()
    news_index = _add(home, NewsIndexPage(title="Tin tức", slug="tin-tuc"))
    campaign_index = _add(home, CampaignIndexPage(title="Phong trào thi đua", slug="phong-trao-thi-dua"))
    library = _add(home, DocumentLibraryPage(title="Văn bản", slug="van-ban"))
    exemplar_index = _add(home, ExemplarIndexPage(title="Gương điển hình", slug="guong-dien-hinh"))

    category = NewsCategoryFactory(name="Thi đua - Khen thưởng")
    hero = make_image("Hội nghị phát động thi đua năm 2021", credit="Ảnh: Báo Hải Dương", size=(1600, 900))
    article = _add(
        news_index,
        NewsPage(
            title="Tỉnh Hải Dương phát động thi đua theo Chỉ thị 13/CT-UBND",
            slug="phat-dong-thi-dua-chi-thi-13",
            date=dt.date(2021, 8, 26),
            summary="Ủy ban nhân dân tỉnh kêu gọi các sở, ngành & địa phương thi đua “mỗi người làm việc bằng hai” <2021–2025>.",
            hero_image=hero,
            category=category,
            source="Theo Báo Hải Dương",
        ),
    )

    chi_thi = DocumentTypeFactory(name="Chỉ thị", abbreviation="CT")
    document = DocumentPage(
        title="Về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2021",
        slug="chi-thi-13-ct-ubnd",
        number="13/CT-UBND",
        doc_type=chi_thi,
        issuer="Ủy ban nhân dân tỉnh Hải Dương",
        issued=dt.date(2021, 8, 25),
        effective=dt.date(2021, 8, 25),
        status=DocumentStatus.IN_FORCE,
        summary="Phát động thi đua giai đoạn 2021 - 2025 trên địa bàn tỉnh.",
    )
    library.add_child(instance=document)
    DocumentFile.objects.create(page=document, document=make_document_file(), sort_order=0)
    document = publish(document)

    campaign = _add(
        campaign_index,
        CampaignPage(
            title="Thi đua xây dựng tỉnh Hải Dương phát triển nhanh và bền vững",
            slug="thi-dua-phat-trien-nhanh-va-ben-vung",
            slogan="Đoàn kết, đổi mới, sáng tạo",
            summary="Phong trào thi đua giai đoạn 2021 - 2025 theo Chỉ thị 13/CT-UBND.",
            launched_by="Ủy ban nhân dân tỉnh Hải Dương",
            launch_date=dt.date(2021, 8, 25),
            start=dt.date(2021, 8, 25),
            end=dt.date(2025, 12, 31),
            date=dt.date(2021, 8, 25),
            hero_image=hero,
        ),
    )

    portrait = make_image("Chân dung cô giáo Đỗ Thị Hạnh", credit="Ảnh: Phòng Thi đua", size=(900, 1200))
    profile = ExemplarPage(
        title="Đỗ Thị Hạnh",
        slug="do-thi-hanh",
        kind=ExemplarKind.INDIVIDUAL,
        role="Giáo viên Trường Tiểu học Cẩm Hưng",
        locality=place("huyện Cẩm Giàng"),
        summary="Hai mươi năm gắn bó với học sinh vùng nông thôn Cẩm Giàng.",
        photo=portrait,
        date=dt.date(2023, 9, 5),
        consent_recorded=True,
        consent_note=SECRETS[6],
    )
    exemplar_index.add_child(instance=profile)
    add_award(profile, "Chiến sĩ thi đua cơ sở", year=2022)
    add_award(profile, text="Giấy khen của Phòng Giáo dục", year=2020)
    profile = publish(profile)

    collective = _add(
        exemplar_index,
        ExemplarPage(
            title="Hợp tác xã nông nghiệp Đông Xuyên",
            slug="htx-dong-xuyen",
            kind=ExemplarKind.COLLECTIVE,
            role="Hợp tác xã dịch vụ nông nghiệp",
            summary="Giúp bà con tiêu thụ vải thiều.",
        ),
    )

    Nomination.objects.create(
        nominee_name="Anh Vũ Văn Hùng",
        deed="Cứu người đuối nước.",
        place="Kinh Môn",
        nominator_name=SECRETS[0],
        nominator_phone=SECRETS[1],
        nominator_email=SECRETS[2],
    )
    form_page = nomination_page()
    now = timezone.now()
    comment_page = PublicCommentPage(
        title="Lấy ý kiến nhân dân đề nghị khen thưởng",
        slug="lay-y-kien",
        award="Huân chương Lao động hạng Ba",
        opens=now - dt.timedelta(days=1),
        closes=now + dt.timedelta(days=7),
    )
    exemplar_index.add_child(instance=comment_page)
    candidate = Candidate.objects.create(page=comment_page, exemplar=profile, proposal="Huân chương Lao động hạng Ba")
    comment_page = publish(comment_page)
    PublicComment.objects.create(
        page=comment_page, candidate=candidate, name=SECRETS[3], message=SECRETS[4], contact=SECRETS[5]
    )

    return SimpleNamespace(
        home=home,
        news_index=news_index,
        campaign_index=campaign_index,
        library=library,
        exemplar_index=exemplar_index,
        category=category,
        article=NewsPage.objects.get(pk=article.pk),
        document=DocumentPage.objects.get(pk=document.pk),
        campaign=CampaignPage.objects.get(pk=campaign.pk),
        profile=ExemplarPage.objects.get(pk=profile.pk),
        collective=collective,
        nomination_page=form_page,
        comment_page=comment_page,
    )
