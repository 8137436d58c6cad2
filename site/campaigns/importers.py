"""``type: campaign`` records of a portal export become campaign pages under "Phong trào thi đua".

Beyond the common fields a record has ``slogan``, ``start`` and ``end`` (``YYYY-MM-DD``),
``launched_by``, ``form`` (the label as people write it: "Theo chuyên đề", "theo chuyen de" …)
and ``documents``: the numbers (số ký hiệu) of the documents that launch or guide it.

Documents are matched by :func:`directives.numbers.number_key`, so "13/CT-UBND" finds a
document stored as "13/ct-ubnd". A number must name a document already on the site or one
defined by a ``type: document`` line of the same run (any file, any line): document records are
written first (``order``), then campaigns link them. An unknown number rejects the line as
``FILE:LINE: documents[N]: không tìm thấy văn bản số '…'`` (N counts from 0, as in the JSON list).
The first document listed launches the movement, the others guide it; editors may change roles
and a re-import keeps their choice for documents still listed.

``body`` is the export's free HTML about the movement: it goes, sanitised, into the page's
"Nội dung khác" StreamField as one paragraph block, as for news. ``goals`` and ``criteria`` stay
for editors: nothing in an export tells which part of the HTML is a goal and which a criterion,
and guessing would put text under the wrong heading. ``tags`` are ignored: campaigns have none.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from core.importing import Date, FieldType, Invalid, PageImporter, Record, Text, register, stream_blocks
from core.importing.fields import describe, shorten
from core.text import clean_text
from directives.models import DocumentPage
from directives.numbers import number_key

from .models import (
    CampaignDocument,
    CampaignDocumentRole,
    CampaignForm,
    CampaignIndexPage,
    CampaignPage,
    lookup_form,
)

NUMBER_MAX_LENGTH = 100


class FormField(FieldType):
    """The campaign form written as its label, with or without tone marks, any case, or its slug."""

    def clean(self, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(f"phải là chuỗi, không phải {describe(value)}")
        form = lookup_form(value)
        if form is None:
            allowed = ", ".join(label.lower() for label in CampaignForm.labels)
            raise Invalid(f"hình thức không hợp lệ '{shorten(clean_text(value))}' (cần một trong: {allowed})")
        return form.value


class DocumentNumbers(FieldType):
    """Document numbers as ``(position in the JSON list, number)``: blanks and repeats of the same
    number dropped, positions kept so a report points at the item the person wrote."""

    def clean(self, value: Any) -> list[tuple[int, str]]:
        if not isinstance(value, list):
            raise Invalid(f"phải là danh sách số ký hiệu, không phải {describe(value)}")
        numbers: list[tuple[int, str]] = []
        keys: set[str] = set()
        for position, item in enumerate(value):
            if not isinstance(item, str):
                raise Invalid(f"phần tử [{position}] phải là chuỗi, không phải {describe(item)}")
            text = clean_text(item)
            if len(text) > NUMBER_MAX_LENGTH:
                raise Invalid(f"phần tử [{position}] dài {len(text)} ký tự, tối đa {NUMBER_MAX_LENGTH}")
            key = number_key(text)
            if key and key not in keys:
                keys.add(key)
                numbers.append((position, text))
        return numbers


def best_document(candidates: list[DocumentPage], around: dt.date | None) -> DocumentPage:
    """Numbers restart every year ("13/CT-UBND" of 2021 and of 2023): prefer a published document,
    then the latest one issued on or before the campaign begins, then the earliest one after it."""

    def preference(document: DocumentPage) -> tuple:
        issued = document.issued
        if around is None or issued is None:
            timing = (2, 0)
        elif issued <= around:
            timing = (0, (around - issued).days)
        else:
            timing = (1, (issued - around).days)
        return (not document.live, timing, -document.pk)

    return min(candidates, key=preference)


@register
class CampaignImporter(PageImporter):
    """Emulation movements: slogan, period, launching body, form and their documents by number."""

    type = "campaign"
    label = "Phong trào thi đua"
    # After documents (default order), whose numbers campaigns name.
    order = 200
    fields = {
        "slogan": Text(max_length=500),
        "start": Date(),
        "end": Date(),
        "launched_by": Text(max_length=255),
        "form": FormField(),
        "documents": DocumentNumbers(),
    }

    model = CampaignPage
    index_model = CampaignIndexPage
    index_title = "Phong trào thi đua"
    index_slug = "phong-trao-thi-dua"

    def check(self, record: Record) -> list[tuple[str, str]]:
        start, end = record.data.get("start"), record.data.get("end")
        if start and end and end < start:
            return [("end", f"ngày kết thúc {end.isoformat()} trước ngày bắt đầu {start.isoformat()}")]
        return []

    def check_references(self, records: list[Record], batch: list[Record]) -> list[tuple[Record, str, str]]:
        wanted = {number_key(number) for record in records for _, number in record.data.get("documents", [])}
        if not wanted:
            return []
        known = {
            number_key(record.data.get("number"))
            for record in batch
            if record.type == "document" and record.data.get("number")
        }
        known |= set(DocumentPage.objects.filter(number_key__in=wanted - known).values_list("number_key", flat=True))
        problems = []
        for record in records:
            for position, number in record.data.get("documents", []):
                if number_key(number) not in known:
                    problems.append((record, f"documents[{position}]", f"không tìm thấy văn bản số '{shorten(number)}'"))
        return problems

    def resolve(self, record: Record) -> list[DocumentPage]:
        numbers = record.data.get("documents", [])
        if not numbers:
            return []
        keys = [number_key(number) for _, number in numbers]
        by_key: dict[str, list[DocumentPage]] = {}
        for document in DocumentPage.objects.filter(number_key__in=keys).only("pk", "live", "issued", "number_key"):
            by_key.setdefault(document.number_key, []).append(document)
        around = record.data.get("start") or record.data.get("date")
        documents = []
        for (position, number), key in zip(numbers, keys, strict=True):
            if key not in by_key:
                # Checked before writing; only a document line the database refused gets here.
                raise LookupError(f"documents[{position}]: không tìm thấy văn bản số '{shorten(number)}'")
            documents.append(best_document(by_key[key], around))
        return documents

    def assign(self, page: CampaignPage, record: Record) -> None:
        data = record.data
        page.date = data["date"]
        page.slogan = data.get("slogan", "")
        page.start = data.get("start")
        page.end = data.get("end")
        page.launched_by = data.get("launched_by", "")
        page.form = data.get("form", CampaignForm.THEMATIC)
        page.summary = data.get("summary", "")
        page.source = data.get("source", "")
        body = data.get("body", "")
        page.body = [{"type": "paragraph", "value": body}] if body else []

        roles = {link.document_id: link.role for link in page.documents.all()} if page.pk else {}
        links = []
        for position, document in enumerate(self.resolve(record)):
            default = CampaignDocumentRole.LAUNCHES if position == 0 else CampaignDocumentRole.GUIDES
            links.append(CampaignDocument(document=document, role=roles.get(document.pk, default), sort_order=position))
        page.documents = links

    def content(self, page: CampaignPage) -> tuple[Any, ...]:
        return (
            page.date,
            page.slogan,
            page.start,
            page.end,
            page.launched_by,
            page.form,
            page.summary,
            page.source,
            stream_blocks(page.body),
            [(link.document_id, link.role) for link in page.documents.all()],
        )
