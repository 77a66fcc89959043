from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The rules every layer asks: content registry, reader visibility, parameters, cache, locales.

    It has no models; content types register themselves in their own app's ready() (articles/apps.py).
    """

    name = "core"

    def ready(self):
        from . import cache

        cache.connect_invalidation()
