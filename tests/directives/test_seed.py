"""The migrations give editors a ready list of document types (with the abbreviations that numbers
use) and of fields, and running them again adds nothing twice."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps as global_apps

from core.taxonomies import Field
from directives.models import DocumentType

pytestmark = pytest.mark.django_db


def test_document_types_are_seeded_with_abbreviations():
    abbreviations = dict(DocumentType.objects.values_list("name", "abbreviation"))

    assert abbreviations["Chỉ thị"] == "CT"
    assert abbreviations["Nghị định"] == "NĐ"
    assert abbreviations["Quyết định"] == "QĐ"
    assert abbreviations["Kế hoạch"] == "KH"
    assert abbreviations["Tờ trình"] == "TTr"
    for name in ("Luật", "Pháp lệnh", "Nghị quyết", "Thông tư", "Hướng dẫn", "Thông báo", "Công văn", "Báo cáo"):
        assert name in abbreviations
    assert DocumentType.objects.get(name="Chỉ thị").slug == "chi-thi"
    # Laws come first in the editors' list, as in a legal database.
    assert DocumentType.objects.first().name == "Luật"


def test_fields_are_seeded():
    names = set(Field.objects.values_list("name", flat=True))

    for name in (
        "Thi đua - Khen thưởng",
        "Nội vụ",
        "Giáo dục",
        "Y tế",
        "An ninh - Quốc phòng",
        "Lao động - Thương binh và Xã hội",
        "Khoa học - Công nghệ",
    ):
        assert name in names
    assert Field.objects.get(name="An ninh - Quốc phòng").slug == "an-ninh-quoc-phong"


@pytest.mark.parametrize(
    ("module", "model"),
    [("directives.migrations.0002_document_types", DocumentType), ("core.migrations.0007_seed_fields", Field)],
)
def test_seeding_again_adds_nothing_and_keeps_editors_changes(module, model):
    first = model.objects.order_by("pk").first()
    model.objects.filter(pk=first.pk).update(sort_order=999)
    count = model.objects.count()

    importlib.import_module(module).seed(global_apps, None)

    assert model.objects.count() == count
    assert model.objects.get(pk=first.pk).sort_order == 999
