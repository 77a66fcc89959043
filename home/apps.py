from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from . import signals  # noqa: F401
        from .editorial.roles import sync_roles_after_migrate

        # After every `migrate`: the editorial roles get what they need, and keep what an administrator added.
        post_migrate.connect(sync_roles_after_migrate, sender=self, dispatch_uid="kennisbank_sync_roles")
