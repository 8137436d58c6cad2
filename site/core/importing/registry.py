"""Record types, the records and problems a run deals with, and the registry of importers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from django.utils.module_loading import autodiscover_modules

from .fields import FieldType

# Every type the export format defines, with the name people read in reports.
RECORD_TYPES: dict[str, str] = {
    "news": "Tin bài",
    "document": "Văn bản",
    "campaign": "Phong trào thi đua",
    "exemplar": "Điển hình tiên tiến",
}
UNKNOWN_TYPE_LABEL = "Không rõ loại"


@dataclass(frozen=True)
class Problem:
    """One rejected line: ``FILE:LINE: field: reason``."""

    file: str
    line: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.reason}"


@dataclass
class Record:
    """A line that passed every check, with its values cleaned."""

    file: str
    line: int
    type: str
    id: str
    data: dict[str, Any]
    unknown_fields: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


Outcome = str  # "created", "updated" or "unchanged"


class Importer:
    """Turns valid records of one type into site content. Subclass per type, then :func:`register`."""

    type: ClassVar[str]
    label: ClassVar[str] = ""
    # Fields of this type beyond the common ones, with how to check them.
    fields: ClassVar[dict[str, FieldType]] = {}
    required: ClassVar[tuple[str, ...]] = ()
    # Records are written type by type in ascending order, so a record may name records of a type
    # with a lower order in the same run (campaigns name the documents that launch them).
    order: ClassVar[int] = 100

    def check(self, record: Record) -> list[tuple[str, str]]:
        """Checks across fields; return ``(field, reason)`` pairs. Runs before anything is written."""
        return []

    def check_references(self, records: list[Record], batch: list[Record]) -> list[tuple[Record, str, str]]:
        """Checks that need the whole run: ``records`` of this type against every valid ``batch`` record
        and the database. Return ``(record, field, reason)`` for each record to reject. Runs after
        every line is read, before anything is written."""
        return []

    def prepare(self) -> None:
        """Make sure what every record needs exists (index pages …). Runs inside the transaction."""

    def exists(self, record: Record) -> bool:
        """Whether the record was imported before (for dry runs)."""
        return False

    def write(self, record: Record) -> tuple[Outcome, Any]:
        """Create or update the record's content; return the outcome and the object to index."""
        raise NotImplementedError

    def rolled_back(self) -> None:
        """A write was rolled back: forget anything cached that it may have created."""


_registry: dict[str, type[Importer]] = {}


def register(importer: type[Importer]) -> type[Importer]:
    """Class decorator: make ``importer`` handle records of its ``type``."""
    if importer.type in _registry and _registry[importer.type] is not importer:
        raise ValueError(f"Record type {importer.type!r} already has an importer")
    _registry[importer.type] = importer
    return importer


def importers() -> dict[str, type[Importer]]:
    """Every registered importer, after loading each installed app's ``importers`` module."""
    autodiscover_modules("importers")
    return dict(_registry)


def is_known_type(record_type: str | None) -> bool:
    return record_type in RECORD_TYPES or record_type in _registry


def type_label(record_type: str | None) -> str:
    if record_type in _registry and _registry[record_type].label:
        return _registry[record_type].label
    if record_type in RECORD_TYPES:
        return RECORD_TYPES[record_type]
    return UNKNOWN_TYPE_LABEL
