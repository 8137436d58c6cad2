"""A document's own page: its legal metadata, abstract, full text, files, relations both ways and
the campaigns it launches."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from directives.models import DocumentFile, DocumentStatus, RelationKind
from tests.directives.factories import DocumentPageFactory, DocumentTypeFactory, make_document_file, relate

pytestmark = pytest.mark.django_db


def text(response) -> str:
    """The page as a reader sees it: tags dropped, spaces folded."""
    assert response.status_code == 200
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_metadata_table_shows_every_legal_field(client, directive13):
    page = text(client.get(directive13.url))

    assert "Chỉ thị về phát động phong trào thi đua thực hiện nhiệm vụ năm 2021" in page
    for row in [
        "Số ký hiệu 13/CT-UBND",
        "Loại văn bản Chỉ thị",
        "Cơ quan ban hành Ủy ban nhân dân tỉnh Hải Dương",
        "Người ký Triệu Thế Hùng",
        "Ngày ban hành 25/08/2021",
        "Ngày hiệu lực 25/08/2021",
        "Tình trạng hiệu lực Còn hiệu lực",
        "Lĩnh vực Thi đua - Khen thưởng",
        "Trích yếu Phát động phong trào thi đua yêu nước",
        "Toàn văn Các sở, ngành, địa phương tổ chức phát động thi đua",
    ]:
        assert row in page


def test_status_is_shown_as_a_badge_and_metadata_links_back_to_the_filtered_library(client, directive13):
    html = client.get(directive13.url).content.decode()

    assert '<span class="status-badge status-badge--con-hieu-luc">Còn hiệu lực</span>' in html
    assert 'href="/van-ban/?doc_type=chi-thi"' in html
    assert 'href="/van-ban/?field=thi-dua-khen-thuong"' in html


def test_expired_document_says_so(client, library):
    page = DocumentPageFactory(parent=library, status=DocumentStatus.EXPIRED)

    html = client.get(page.url).content.decode()

    assert '<span class="status-badge status-badge--het-hieu-luc">Hết hiệu lực</span>' in html


def test_breadcrumbs_lead_back_to_the_library(client, directive13):
    html = client.get(directive13.url).content.decode()

    assert re.search(r'<nav class="breadcrumbs".*?<a href="/">Trang chủ</a>.*?<a href="/van-ban/">Văn bản</a>', html, re.S)


def test_attached_files_show_title_type_size_and_download_link(client, directive13):
    pdf = make_document_file("Chỉ thị 13", "chi-thi-13.pdf", b"x" * 3000)
    docx = make_document_file("Phụ lục", "phu-luc.docx", b"y" * 500)
    DocumentFile.objects.create(page=directive13, document=pdf, title="Toàn văn Chỉ thị 13/CT-UBND", sort_order=0)
    DocumentFile.objects.create(page=directive13, document=docx, title="", sort_order=1)

    response = client.get(directive13.url)

    assert "Tệp đính kèm Toàn văn Chỉ thị 13/CT-UBND (PDF, 2,9 KB) Phụ lục (DOCX, 500 byte)" in text(response)
    assert f'<a href="{pdf.url}" download>Toàn văn Chỉ thị 13/CT-UBND</a>' in response.content.decode()


def test_relations_are_shown_on_both_documents(client, library):
    law = DocumentPageFactory(parent=library, number="06/2022/QH15", title="Luật Thi đua, khen thưởng")
    decree = DocumentPageFactory(
        parent=library,
        number="98/2023/NĐ-CP",
        title="Nghị định quy định chi tiết Luật Thi đua, khen thưởng",
        doc_type=DocumentTypeFactory(name="Nghị định", abbreviation="NĐ"),
        issued=dt.date(2023, 12, 31),
    )
    old = DocumentPageFactory(parent=library, number="91/2017/NĐ-CP", title="Nghị định năm 2017", status="het-hieu-luc")
    relate(decree, RelationKind.GUIDES, law)
    relate(decree, RelationKind.REPLACES, old)

    on_decree = text(client.get(decree.url))
    assert "Hướng dẫn 06/2022/QH15: Luật Thi đua, khen thưởng" in on_decree
    assert "Thay thế 91/2017/NĐ-CP: Nghị định năm 2017" in on_decree
    assert "Được hướng dẫn bởi 98/2023/NĐ-CP: Nghị định quy định chi tiết" in text(client.get(law.url))
    on_old = client.get(old.url).content.decode()
    assert "Bị thay thế bởi" in on_old
    assert f'<a href="{decree.url}">98/2023/NĐ-CP: Nghị định quy định chi tiết' in on_old


def test_amendment_reads_the_other_way_on_the_amended_document(client, library):
    amended = DocumentPageFactory(parent=library, number="12/QĐ-UBND", title="Quy chế thi đua")
    amending = DocumentPageFactory(parent=library, number="30/QĐ-UBND", title="Sửa đổi quy chế thi đua")
    relate(amending, RelationKind.AMENDS, amended)

    assert "Sửa đổi, bổ sung 12/QĐ-UBND: Quy chế thi đua" in text(client.get(amending.url))
    assert "Được sửa đổi, bổ sung bởi 30/QĐ-UBND: Sửa đổi quy chế thi đua" in text(client.get(amended.url))


def test_unpublished_related_document_is_not_linked(client, library, directive13):
    draft = DocumentPageFactory(parent=library, number="99/CT-UBND", title="Dự thảo", live=False)
    relate(draft, RelationKind.REPLACES, directive13)

    assert "Bị thay thế bởi" not in text(client.get(directive13.url))


def test_document_without_relations_or_files_has_no_empty_sections(client, directive13):
    page = text(client.get(directive13.url))

    assert "Văn bản liên quan" not in page
    assert "Tệp đính kèm" not in page
    assert "Phong trào thi đua" not in page


def test_campaigns_launched_by_the_document_are_listed(client, home, directive13):
    from campaigns.models import CampaignDocument, CampaignIndexPage, CampaignPage

    index = home.add_child(instance=CampaignIndexPage(title="Phong trào thi đua", slug="phong-trao"))
    campaign = index.add_child(
        instance=CampaignPage(title="Đoàn kết, đổi mới, sáng tạo, thi đua hoàn thành nhiệm vụ 2021 - 2025")
    )
    CampaignDocument.objects.create(campaign=campaign, document=directive13, role="phat-dong")

    response = client.get(directive13.url)

    assert "Phong trào thi đua Đoàn kết, đổi mới, sáng tạo, thi đua hoàn thành nhiệm vụ 2021 - 2025 (văn bản phát động)" in text(
        response
    )
    assert f'<a href="{campaign.url}">' in response.content.decode()


def test_document_page_queries_stay_bounded(client, library, directive13, django_assert_max_num_queries):
    for n in range(5):
        DocumentFile.objects.create(page=directive13, document=make_document_file(name=f"tep-{n}.pdf"))
        other = DocumentPageFactory(parent=library)
        relate(directive13, RelationKind.GUIDES, other)
        relate(other, RelationKind.AMENDS, directive13)
    client.get(directive13.url)

    with django_assert_max_num_queries(20):
        response = client.get(directive13.url)
    assert text(response).count("Được sửa đổi, bổ sung bởi") == 5
