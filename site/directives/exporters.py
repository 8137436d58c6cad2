"""Document pages as ``type: document`` records, their files copied next to the JSONL file."""

from __future__ import annotations

from typing import Any

from core.exporting import Exporter, FileSink, register, rich_text_html

from .importers import ALLOWED_EXTENSIONS
from .models import DocumentPage


@register
class DocumentExporter(Exporter):
    """Number, type, issuer, signer, dates, status, field and the attached files. A file of a type
    the importer refuses (a .zip) is left out and counted in ``skipped_files``."""

    type = "document"
    model = DocumentPage
    order = 10

    def __init__(self):
        self.skipped_files = 0

    def queryset(self):
        return super().queryset().select_related("doc_type", "field").prefetch_related("files__document")

    def record(self, page: DocumentPage, files: FileSink) -> dict[str, Any]:
        record = self.common(page, summary=page.summary, body=rich_text_html(page.body), source=page.source)
        values = {
            "number": page.number,
            "doc_type": page.doc_type.name if page.doc_type_id else "",
            "issuer": page.issuer,
            "signer": page.signer,
            "issued": page.issued.isoformat() if page.issued else "",
            "effective": page.effective.isoformat() if page.effective else "",
            "status": page.get_status_display() if page.status else "",
            "field": page.field.name if page.field_id else "",
        }
        record.update({name: value for name, value in values.items() if value})
        attached = []
        for position, item in enumerate(page.files.all(), start=1):
            document = item.document
            if document.file_extension.lower() not in ALLOWED_EXTENSIONS:
                self.skipped_files += 1
                continue
            path = files.add(document.file, "van-ban", f"{page.slug}-{position}")
            if path is None:
                self.skipped_files += 1
                continue
            entry = {"path": path}
            if item.title:
                entry["title"] = item.title
            attached.append(entry)
        if attached:
            record["files"] = attached
        return record
