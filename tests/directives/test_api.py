"""The API exposes documents with the import format's field names and plain values."""

from __future__ import annotations

import pytest

from directives.models import DocumentFile
from tests.directives.factories import make_document_file

pytestmark = pytest.mark.django_db

FIELDS = "number,doc_type,issuer,signer,issued,effective,status,field"


def test_document_listing_exposes_legal_metadata_under_import_names(client, directive13):
    response = client.get(f"/api/v2/pages/?type=directives.DocumentPage&fields={FIELDS}")

    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["id"] == directive13.pk
    assert {key: item[key] for key in FIELDS.split(",")} == {
        "number": "13/CT-UBND",
        "doc_type": "Chỉ thị",
        "issuer": "Ủy ban nhân dân tỉnh Hải Dương",
        "signer": "Triệu Thế Hùng",
        "issued": "2021-08-25",
        "effective": "2021-08-25",
        "status": "Còn hiệu lực",
        "field": "Thi đua - Khen thưởng",
    }


def test_document_detail_has_metadata_abstract_and_files(client, directive13):
    DocumentFile.objects.create(page=directive13, document=make_document_file(content=b"x" * 1200), title="Toàn văn")

    data = client.get(f"/api/v2/pages/{directive13.pk}/").json()

    assert data["meta"]["type"] == "directives.DocumentPage"
    assert data["number"] == "13/CT-UBND"
    assert data["doc_type"] == "Chỉ thị"
    assert data["status"] == "Còn hiệu lực"
    assert data["field"] == "Thi đua - Khen thưởng"
    assert data["issued"] == "2021-08-25"
    assert data["summary"].startswith("Phát động phong trào thi đua")
    (file,) = data["files"]
    assert file["title"] == "Toàn văn"
    assert file["type"] == "pdf"
    assert file["size"] == 1200
    assert file["url"].endswith("/chi-thi-13.pdf")


def test_document_without_type_or_field_gives_nulls(client, library):
    from tests.directives.factories import DocumentPageFactory

    page = DocumentPageFactory(parent=library, doc_type=None, field=None)

    data = client.get(f"/api/v2/pages/{page.pk}/").json()

    assert data["doc_type"] is None
    assert data["field"] is None
