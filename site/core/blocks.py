"""StreamField blocks shared by every content type's body."""

from __future__ import annotations

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = [
    "h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote", "hr",
]


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Ảnh")
    caption = blocks.CharBlock(label="Chú thích", required=False, max_length=500)
    credit = blocks.CharBlock(
        label="Tác giả ảnh",
        required=False,
        max_length=255,
        help_text="Để trống để dùng tác giả ghi trong thư viện ảnh.",
    )

    class Meta:
        icon = "image"
        label = "Ảnh"
        template = "components/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Trích dẫn")
    attribution = blocks.CharBlock(label="Người nói / nguồn", required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = "Trích dẫn"
        template = "components/blocks/quote.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="Tài liệu")
    title = blocks.CharBlock(
        label="Tên hiển thị", required=False, help_text="Để trống để dùng tên tài liệu."
    )

    class Meta:
        icon = "doc-full"
        label = "Tài liệu đính kèm"
        template = "components/blocks/document.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label="Địa chỉ video", help_text="Đường dẫn YouTube, Facebook …")
    caption = blocks.CharBlock(label="Chú thích", required=False, max_length=500)

    class Meta:
        icon = "media"
        label = "Video"
        template = "components/blocks/video.html"


class BodyBlock(blocks.StreamBlock):
    """The body of an article: text, photos, quotes, tables, attached documents and videos."""

    paragraph = blocks.RichTextBlock(
        label="Đoạn văn", features=RICH_TEXT_FEATURES, template="components/blocks/paragraph.html"
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    table = TableBlock(
        label="Bảng",
        template="components/blocks/table.html",
        table_options={"language": "vi"},
    )
    document = DocumentBlock()
    video = VideoBlock()
