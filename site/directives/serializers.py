"""API representations of a document's files and related documents."""

from __future__ import annotations

from rest_framework import serializers


class DocumentFilesField(serializers.Field):
    """Each attached file: title, download URL, file type and size in bytes."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page) -> list[dict]:
        request = self.context.get("request")
        files = []
        for item in page.files.select_related("document").all():
            document = item.document
            url = document.url
            if request is not None:
                url = request.build_absolute_uri(url)
            files.append(
                {
                    "title": item.display_title,
                    "url": url,
                    "type": document.file_extension.lower(),
                    "size": document.get_file_size(),
                }
            )
        return files
