"""Export of the whole site in the portal format (JSON Lines, see shared import-format.md): the
format ``import_portal`` reads, so an export imports again to the same pages (round trip).

What a page *becomes* in a record lives with its app: each app has an ``exporters.py`` that
registers one :class:`Exporter` per record type, like ``importers.py`` for the way in.
``manage.py export_portal`` only wires the two together.

- ``registry``: :class:`Exporter`, :func:`register` and :func:`exporters`
- ``html``: bodies as plain HTML (rich text expanded, StreamFields flattened)
- ``files``: :class:`FileSink`, copying document files and photos next to the JSONL file
- ``run``: :func:`run_export`, progress and the summary

Only live pages without view restrictions are exported; consent records, nominations and public
comments never are (no exporter reads them).
"""

from .files import FileSink
from .html import rich_text_html, stream_html
from .registry import Exporter, exporters, register
from .run import ExportReport, run_export

__all__ = [
    "ExportReport",
    "Exporter",
    "FileSink",
    "exporters",
    "register",
    "rich_text_html",
    "run_export",
    "stream_html",
]
