"""``manage.py update_index``: Wagtail's search backends, then the site's own search index."""

from __future__ import annotations

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from .rebuild_search_index import rebuild


class Command(WagtailUpdateIndex):
    """Update Wagtail's search backends (admin search, Elasticsearch when configured) and
    rebuild the index the public search uses, so one command keeps every engine current."""

    def handle(self, **options):
        super().handle(**options)
        if not options.get("schema_only"):
            rebuild(self.stdout, verbosity=options.get("verbosity", 1))
