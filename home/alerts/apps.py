from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """E-mail alerts: news on a theme, a care sector or a saved search, by e-mail (README, *E-mail alerts*)."""

    name = "home.alerts"
    label = "alerts"
    verbose_name = _("E-mail alerts")
    default_auto_field = "django.db.models.BigAutoField"
