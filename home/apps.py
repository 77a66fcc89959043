from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from . import signals
        from .editorial.roles import sync_roles_after_migrate

        # After every `migrate`: the editorial roles get what they need, and keep what an administrator added.
        post_migrate.connect(sync_roles_after_migrate, sender=self, dispatch_uid="kennisbank_sync_roles")
        # After the last app has migrated, so that every permission the sections' rights name exists. Django sends
        # post_migrate only to apps with models, so the last of those.
        last = [config for config in apps.get_app_configs() if config.models_module is not None][-1]
        post_migrate.connect(signals.build_site_structure, sender=last, dispatch_uid="kennisbank_structure")
