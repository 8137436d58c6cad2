"""NFC normalisation of every text a model stores, applied on clean and on save."""

from __future__ import annotations

from typing import Any

from django.db import models

from .text import clean_text, nfc


def _normalise_raw(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_normalise_raw(item) for item in value]
    if isinstance(value, dict):
        return {key: _normalise_raw(item) for key, item in value.items()}
    return value


class NormalisedTextMixin:
    """Store text in Unicode NFC: pasted decomposed text (from macOS, Word, PDFs) must match
    and sort like typed text. Single-line fields also lose stray and non-breaking spaces."""

    def normalise_text_fields(self) -> None:
        from wagtail.fields import StreamField

        for field in self._meta.concrete_fields:
            if isinstance(field, StreamField):
                value = getattr(self, field.attname)
                if value is None:
                    continue
                raw = field.get_prep_value(value)
                if isinstance(raw, str):
                    continue
                normalised = _normalise_raw(raw)
                if normalised != raw:
                    setattr(self, field.attname, normalised)
            elif isinstance(field, (models.CharField, models.TextField)) and not field.choices:
                value = getattr(self, field.attname)
                if not isinstance(value, str) or not value:
                    continue
                if isinstance(field, models.CharField) and not isinstance(field, models.SlugField):
                    new = clean_text(value)
                else:
                    new = nfc(value)
                if new != value:
                    setattr(self, field.attname, new)

    def full_clean(self, *args: Any, **kwargs: Any) -> None:
        self.normalise_text_fields()
        super().full_clean(*args, **kwargs)

    def save(self, *args: Any, **kwargs: Any):
        self.normalise_text_fields()
        return super().save(*args, **kwargs)
