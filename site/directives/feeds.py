"""RSS and Atom feeds of the document library: newest posted first, the PDF as enclosure."""

from __future__ import annotations

from django.db.models import F, Prefetch
from django.db.models.functions import Coalesce

from core.feeds import SECTIONS, PortalFeed, file_enclosure

from .models import DocumentFile, DocumentLibraryPage, DocumentPage


class DocumentFeed(PortalFeed):
    section = SECTIONS["documents"]

    def index_page(self):
        return DocumentLibraryPage.objects.live().public().only("url_path", "path", "depth").first()

    def get_queryset(self, obj=None):
        return (
            DocumentPage.objects.live()
            .public()
            .defer("body")
            .select_related("doc_type", "field")
            .prefetch_related(Prefetch("files", queryset=DocumentFile.objects.select_related("document")))
            .annotate(feed_date=Coalesce("date", "issued"))
            .order_by(F("feed_date").desc(nulls_last=True), "-pk")
        )

    def item_title(self, item) -> str:
        # A journalist looks for the number first: "Chỉ thị 13/CT-UBND: …".
        label = " ".join(part for part in (item.doc_type.name if item.doc_type_id else "", item.number) if part)
        return f"{label}: {item.title}" if label else item.title

    def item_date(self, item):
        return item.date or item.issued

    def item_author_name(self, item) -> str:
        return item.issuer or item.source or self.office.office_name

    def item_enclosures(self, item):
        files = list(item.files.all())
        # RSS allows one enclosure per item: the PDF when there is one, else the first file.
        pdfs = [file for file in files if file.document.file_extension.lower() == "pdf"]
        chosen = (pdfs or files)[:1]
        return [file_enclosure(file.document, self.request) for file in chosen]

    def item_categories(self, item) -> list[str]:
        categories = [item.get_status_display()]
        if item.doc_type_id:
            categories.insert(0, item.doc_type.name)
        if item.field_id:
            categories.append(item.field.name)
        return categories
