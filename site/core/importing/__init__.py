"""Import of portal exports (JSON Lines, see shared import-format.md) — the shared machinery.

Reading files, checking every line, reporting problems as ``FILE:LINE: field: reason``, progress,
transactions and the search index live here. What a record *becomes* lives with its app: each app
has an ``importers.py`` that registers one :class:`Importer` per record type (``news.importers``
handles ``type: news``). ``manage.py import_portal`` only wires the two together.

- ``fields``: how each field is checked and cleaned (:class:`Text`, :class:`Date`, :class:`Html` …)
- ``registry``: record types, :class:`Record`, :class:`Problem`, :class:`Importer` and :func:`register`
- ``pages``: :class:`PageImporter` and the home / index pages records need
- ``reading``: reading files and checking lines, nothing written
- ``report``: progress on the terminal and the final summary
- ``run``: :func:`run_import`, the transaction and the search index
"""

from .fields import (
    COMMON_FIELDS,
    Choice,
    Date,
    FieldType,
    Html,
    Invalid,
    MultilineText,
    Object,
    ObjectList,
    Slug,
    StringList,
    Text,
)
from .pages import (
    PageImporter,
    ensure_home_page,
    ensure_index_page,
    publication_datetime,
    stream_blocks,
    unique_slug,
)
from .reading import read_files
from .registry import RECORD_TYPES, Importer, Problem, Record, importers, register
from .report import Progress, Report
from .run import WriteFailed, run_import

__all__ = [
    "COMMON_FIELDS",
    "RECORD_TYPES",
    "Choice",
    "Date",
    "FieldType",
    "Html",
    "Importer",
    "Invalid",
    "MultilineText",
    "Object",
    "ObjectList",
    "PageImporter",
    "Problem",
    "Progress",
    "Record",
    "Report",
    "Slug",
    "StringList",
    "Text",
    "WriteFailed",
    "ensure_home_page",
    "ensure_index_page",
    "importers",
    "publication_datetime",
    "read_files",
    "register",
    "run_import",
    "stream_blocks",
    "unique_slug",
]
