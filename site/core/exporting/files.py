"""Files of an export (document files, photos) copied into one folder beside the JSONL file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path, PurePosixPath


class FileSink:
    """Copies stored files into ``root / folder`` and answers the path a record names them by,
    relative to the JSONL file. The same stored file is copied once, whoever names it."""

    def __init__(self, root: Path, folder: str):
        self.root = Path(root)
        self.folder = folder
        self.copied: dict[str, str] = {}
        self.taken: set[str] = set()
        self.bytes = 0

    @property
    def count(self) -> int:
        return len(self.copied)

    def add(self, field_file, kind: str, name: str) -> str | None:
        """Copy ``field_file`` (a stored file) as ``kind/name``; None when it cannot be read."""
        key = field_file.name
        if key in self.copied:
            return self.copied[key]
        relative = self._free_name(kind, name, PurePosixPath(key).suffix.lower())
        target = self.root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with field_file.open("rb") as source, target.open("wb") as handle:
                shutil.copyfileobj(source, handle)
        except OSError:
            target.unlink(missing_ok=True)
            return None
        finally:
            field_file.close()
        self.bytes += target.stat().st_size if target.exists() else 0
        self.copied[key] = relative
        return relative

    def _free_name(self, kind: str, name: str, suffix: str) -> str:
        stem = re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-")[:80] or "tep"
        suffix = re.sub(r"[^a-z0-9.]", "", suffix)
        candidate, number = f"{self.folder}/{kind}/{stem}{suffix}", 1
        while candidate in self.taken:
            number += 1
            candidate = f"{self.folder}/{kind}/{stem}-{number}{suffix}"
        self.taken.add(candidate)
        return candidate
