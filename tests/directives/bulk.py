"""Many documents quickly, for query-count tests: pages added without per-save search indexing."""

from __future__ import annotations

import datetime as dt

from django.db.models.signals import post_save
from wagtail.search.signal_handlers import post_save_signal_handler

from directives.models import DocumentFile, DocumentPage
from tests.directives.factories import DocumentTypeFactory, FieldFactory, make_document_file


def create_documents(library, count: int) -> list[DocumentPage]:
    """``count`` live documents under ``library``, each with one file, spread over five years."""
    doc_type = DocumentTypeFactory(name="Chỉ thị")
    field = FieldFactory(name="Thi đua - Khen thưởng")
    document = make_document_file()
    pages = []
    post_save.disconnect(post_save_signal_handler, sender=DocumentPage)
    try:
        for n in range(count):
            page = DocumentPage(
                title=f"Chỉ thị về công tác thi đua, khen thưởng số {n}",
                slug=f"chi-thi-{n}",
                number=f"{n}/CT-UBND",
                doc_type=doc_type,
                field=field,
                issuer="Ủy ban nhân dân tỉnh Hải Dương",
                issued=dt.date(2017, 1, 1) + dt.timedelta(days=n * 2),
                summary="Về công tác thi đua, khen thưởng.",
            )
            page.files = [DocumentFile(document=document, title="Toàn văn")]
            library.add_child(instance=page)
            pages.append(page)
    finally:
        post_save.connect(post_save_signal_handler, sender=DocumentPage)
    from wagtail.search.backends import get_search_backend

    get_search_backend().add_bulk(DocumentPage, pages)
    return pages
