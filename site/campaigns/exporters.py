"""Campaign pages as ``type: campaign`` records of the portal format (see core.exporting)."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from core.exporting import Exporter, FileSink, register, rich_text_html, stream_html
from directives.models import DocumentPage

from .models import CampaignPage


@register
class CampaignExporter(Exporter):
    """Slogan, period, launching body, form and the numbers of its exported documents. Goals and
    criteria have no field of their own in the format: they open the body under their headings."""

    type = "campaign"
    model = CampaignPage
    order = 200

    @cached_property
    def public_documents(self) -> set[int]:
        # A campaign may only name documents the same export contains, or the import rejects it.
        return set(DocumentPage.objects.live().public().values_list("pk", flat=True))

    def queryset(self):
        return super().queryset().prefetch_related("documents__document")

    def body(self, page: CampaignPage) -> str:
        parts = []
        for heading, value in (("Mục tiêu", page.goals), ("Nội dung, tiêu chí thi đua", page.criteria)):
            html = rich_text_html(value)
            if html:
                parts.append(f"<h2>{heading}</h2>{html}")
        parts.append(stream_html(page.body))
        return "".join(parts)

    def record(self, page: CampaignPage, files: FileSink) -> dict[str, Any]:
        record = self.common(page, summary=page.summary, body=self.body(page), source=page.source)
        values = {
            "slogan": page.slogan,
            "start": page.start.isoformat() if page.start else "",
            "end": page.end.isoformat() if page.end else "",
            "launched_by": page.launched_by,
            "form": page.get_form_display() if page.form else "",
        }
        record.update({name: value for name, value in values.items() if value})
        numbers = [
            link.document.number
            for link in page.documents.all()
            if link.document_id in self.public_documents and link.document.number
        ]
        if numbers:
            record["documents"] = list(dict.fromkeys(numbers))
        return record
