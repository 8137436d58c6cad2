"""Editors create the library and documents in the admin; what they enter is what citizens see."""

from __future__ import annotations

import datetime as dt

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from core.models import HomePage
from core.taxonomies import Field
from directives.models import DocumentLibraryPage, DocumentPage, DocumentType
from tests.directives.factories import make_document_file
from tests.factories import home_page


class DocumentAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.user = self.login()
        self.home = home_page()

    def test_library_lives_under_the_home_page_and_holds_documents(self):
        self.assertAllowedParentPageTypes(DocumentLibraryPage, {HomePage})
        self.assertAllowedSubpageTypes(DocumentLibraryPage, {DocumentPage})
        self.assertAllowedParentPageTypes(DocumentPage, {DocumentLibraryPage})

    def test_editor_creates_library_and_document_with_file_and_relation(self):
        self.assertCanCreate(
            self.home,
            DocumentLibraryPage,
            nested_form_data({"title": "Văn bản", "slug": "van-ban", "intro": "Văn bản chỉ đạo, điều hành", "per_page": 20}),
        )
        library = DocumentLibraryPage.objects.get(slug="van-ban")
        law = library.add_child(instance=DocumentPage(title="Luật Thi đua, khen thưởng", number="06/2022/QH15"))
        doc_type = DocumentType.objects.get_or_create(name="Chỉ thị", defaults={"abbreviation": "CT"})[0]
        field = Field.objects.get_or_create(name="Thi đua - Khen thưởng")[0]
        pdf = make_document_file()

        self.assertCanCreate(
            library,
            DocumentPage,
            nested_form_data(
                {
                    "title": "Chỉ thị về phát động phong trào thi đua năm 2021",
                    "slug": "chi-thi-13-ct-ubnd",
                    "number": "13/CT-UBND",
                    "doc_type": doc_type.pk,
                    "issuer": "Ủy ban nhân dân tỉnh Hải Dương",
                    "signer": "Triệu Thế Hùng",
                    "issued": "25/08/2021",
                    "effective": "25/08/2021",
                    "status": "con-hieu-luc",
                    "field": field.pk,
                    "summary": "Phát động thi đua thực hiện nhiệm vụ năm 2021.",
                    "body": rich_text("<p>Các cấp, các ngành tổ chức phát động sâu rộng.</p>"),
                    "files": inline_formset([{"document": pdf.pk, "title": "Toàn văn Chỉ thị"}]),
                    "relations": inline_formset([{"kind": "guides", "target": law.pk}]),
                    "date": "26/08/2021",
                    "source": "",
                }
            ),
        )
        page = DocumentPage.objects.get(slug="chi-thi-13-ct-ubnd")
        assert page.live
        assert page.number_key == "13-ct-ubnd"
        assert page.issued == dt.date(2021, 8, 25)
        assert page.doc_type == doc_type
        assert [item.display_title for item in page.files.all()] == ["Toàn văn Chỉ thị"]

        response = self.client.get(page.url)
        self.assertContains(response, "13/CT-UBND")
        self.assertContains(response, "Toàn văn Chỉ thị")
        self.assertContains(response, "Các cấp, các ngành tổ chức phát động sâu rộng.")
        self.assertContains(response, "06/2022/QH15: Luật Thi đua, khen thưởng")
        self.assertContains(self.client.get(law.url), "Được hướng dẫn bởi")
        self.assertRedirects(
            self.client.get("/van-ban/", {"q": "chỉ thị số 13/CT-UBND"}), page.url, fetch_redirect_response=False
        )
