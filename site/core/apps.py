from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Dùng chung"

    def ready(self) -> None:
        from . import listing_cache

        listing_cache.connect_signals()
