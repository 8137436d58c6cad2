"""``type: document`` records of a portal export become documents under "Văn bản" (see core.importing).

Attached files are read from paths relative to the JSONL file and kept in Wagtail's document
library; a file imported before (same content) is reused, so a re-import never duplicates it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.files import File
from wagtail.documents import get_document_model
from wagtail.utils.file import hash_filelike

from core.importing import Date, Object, ObjectList, PageImporter, Record, Text, register
from core.taxonomies import Field
from core.text import slugify_vi

from .models import DocumentFile, DocumentLibraryPage, DocumentPage, DocumentStatus, DocumentType

ALLOWED_EXTENSIONS = ("pdf", "doc", "docx", "xls", "xlsx", "odt")


def _status_reason(value: str) -> str:
    allowed = ", ".join(str(label) for label in DocumentStatus.labels)
    return f"tình trạng hiệu lực không hợp lệ '{value[:40]}' (cần một trong: {allowed})"


@register
class DocumentImporter(PageImporter):
    """Documents: number, type (added to the managed list when new), issuer as written on the date
    of issue, signer, dates, status, field, and attached files."""

    type = "document"
    label = "Văn bản"
    # Before campaigns, which name the documents that launch them.
    order = 10
    fields = {
        "number": Text(max_length=100),
        "doc_type": Text(max_length=150),
        "issuer": Text(max_length=255),
        "signer": Text(max_length=255),
        "issued": Date(),
        "effective": Date(),
        "status": Text(max_length=100),
        "field": Text(max_length=150),
        "files": ObjectList(Object({"title": Text(max_length=255), "path": Text(required=True)}, required=["path"])),
    }

    model = DocumentPage
    index_model = DocumentLibraryPage
    index_title = "Văn bản"
    index_slug = "van-ban"

    def check(self, record: Record) -> list[tuple[str, str]]:
        problems = []
        status = record.data.get("status")
        if status and DocumentStatus.from_text(status) is None:
            problems.append(("status", _status_reason(status)))
        base = Path(record.file).parent
        for position, item in enumerate(record.data.get("files", [])):
            where = f"files[{position}].path"
            path = base / item["path"]
            extension = path.suffix.lower().lstrip(".")
            if extension not in ALLOWED_EXTENSIONS:
                problems.append(
                    (where, f"loại tệp '{extension or item['path']}' không được nhận (chỉ nhận: {', '.join(ALLOWED_EXTENSIONS)})")
                )
            elif not path.is_file():
                problems.append((where, f"không tìm thấy tệp '{item['path']}'"))
        return problems

    def prepare(self) -> None:
        super().prepare()
        self.doc_types: dict[str, DocumentType] = {}
        self.field_terms: dict[str, Field] = {}

    def rolled_back(self) -> None:
        super().rolled_back()
        self.doc_types.clear()
        self.field_terms.clear()

    def doc_type(self, name: str) -> DocumentType | None:
        if not name:
            return None
        if name not in self.doc_types:
            self.doc_types[name] = DocumentType.get_or_create_named(name)
        return self.doc_types[name]

    def field_term(self, name: str) -> Field | None:
        if not name:
            return None
        if name not in self.field_terms:
            self.field_terms[name] = Field.get_or_create_named(name)
        return self.field_terms[name]

    def stored_document(self, path: Path, title: str):
        """The library document with this file's content, stored now if no earlier import has it."""
        Document = get_document_model()
        size = path.stat().st_size
        with path.open("rb") as handle:
            digest = hash_filelike(handle)
        found = Document.objects.filter(file_hash=digest, file_size=size).order_by("pk").first()
        if found is not None:
            return found
        document = Document(title=title or path.stem)
        name = f"{slugify_vi(path.stem, max_length=80) or 'tep'}{path.suffix.lower()}"
        with path.open("rb") as handle:
            document.file.save(name, File(handle), save=False)
        document._set_document_file_metadata()
        document.save()
        return document

    def assign(self, page: DocumentPage, record: Record) -> None:
        data = record.data
        page.number = data.get("number", "")
        page.doc_type = self.doc_type(data.get("doc_type", ""))
        page.issuer = data.get("issuer", "")
        page.signer = data.get("signer", "")
        page.issued = data.get("issued")
        page.effective = data.get("effective")
        page.status = DocumentStatus.from_text(data.get("status")) or DocumentStatus.IN_FORCE
        page.field = self.field_term(data.get("field", ""))
        page.date = data["date"]
        page.summary = data.get("summary", "")
        page.body = data.get("body", "")
        page.source = data.get("source", "")

        base = Path(record.file).parent
        # Keep the rows of files already attached, so an unchanged record stays unchanged.
        existing = {item.document_id: item for item in page.files.all()} if page.pk else {}
        items = []
        for entry in data.get("files", []):
            title = entry.get("title", "")
            document = self.stored_document(base / entry["path"], title)
            item = existing.pop(document.pk, None) or DocumentFile(document=document)
            item.title = title
            items.append(item)
        page.files = items

    def content(self, page: DocumentPage) -> tuple[Any, ...]:
        return (
            page.number,
            page.doc_type_id,
            page.issuer,
            page.signer,
            page.issued,
            page.effective,
            page.status,
            page.field_id,
            page.date,
            page.summary,
            page.body,
            page.source,
            [(item.document_id, item.title) for item in page.files.all()],
        )
