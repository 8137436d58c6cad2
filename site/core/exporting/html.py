"""Bodies as the portal format wants them: plain HTML, internal links expanded to addresses.

StreamFields are flattened to the elements the importer keeps (paragraphs, headings, lists,
quotes, links); photos and galleries have no place in the format's ``body`` and are left out,
an attached document or a video becomes a link.
"""

from __future__ import annotations

from django.utils.html import escape, format_html
from wagtail.rich_text import RichText, expand_db_html


def rich_text_html(value) -> str:
    """Rich text (a RichTextField string or a RichTextBlock value) with page and document links
    as real addresses."""
    source = value.source if isinstance(value, RichText) else str(value or "")
    return expand_db_html(source).strip() if source.strip() else ""


def _block_html(block) -> str:
    kind, value = block.block_type, block.value
    if kind == "paragraph":
        return rich_text_html(value)
    if kind == "quote":
        # The importer's own form of a quote (see core.sanitize), so a round trip keeps it as is.
        lines = [escape(line) for line in value.get("text", "").splitlines() if line.strip()]
        if value.get("attribution"):
            lines.append(escape(value["attribution"]))
        return f"<blockquote>{'<br/>'.join(lines)}</blockquote>" if lines else ""
    if kind == "document" and value.get("document") is not None:
        document = value["document"]
        return format_html('<p><a href="{}">{}</a></p>', document.url, value.get("title") or document.title)
    if kind == "video" and value.get("video") is not None:
        url = value["video"].url
        return format_html('<p><a href="{}">{}</a></p>', url, value.get("caption") or url)
    if kind == "table" and value:
        rows = value.get("data") or []
        cells = [" | ".join(str(cell or "") for cell in row) for row in rows]
        return "".join(f"<p>{escape(line)}</p>" for line in cells if line.strip(" |"))
    return ""


def stream_html(stream) -> str:
    """A StreamField's text blocks as one HTML string."""
    return "".join(part for part in (_block_html(block) for block in stream or []) if part)
