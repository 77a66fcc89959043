"""A reader's e-mail alert and what it has been sent.

No account: the address lives on the subscription only, and goes with it (unsubscribe, delete on request, or a week
unconfirmed: home/alerts/digest.py). `key` is a random secret that every link's signed token carries, so a link of a
deleted subscription never opens a later one that happens to get the same id.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Subscription(models.Model):
    class Kind(models.TextChoices):
        THEME = "theme", _("theme")
        SECTOR = "sector", _("care sector")
        SEARCH = "search", _("search")

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", _("At once (checked every minute)")
        DAILY = "daily", _("Once a day")
        WEEKLY = "weekly", _("Once a week")

    email = models.EmailField(_("e-mail address"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    # A theme or sector of any language: the digest matches its translation in the subscription's language.
    theme = models.ForeignKey("themes_taxonomy.Theme", null=True, blank=True, on_delete=models.CASCADE)
    sector = models.ForeignKey("themes_taxonomy.Sector", null=True, blank=True, on_delete=models.CASCADE)
    search = models.CharField(_("search"), max_length=1000, blank=True)  # the search page's query string
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices)
    key = models.CharField(max_length=64, default=secrets.token_urlsafe, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("e-mail alert")
        verbose_name_plural = _("e-mail alerts")
        # No add, change, delete or view rights: nobody manages addresses in the admin. Beheerders see counts only.
        default_permissions = ()
        permissions = [("view_alert_counts", "Can view the number of e-mail alerts per theme")]

    def __str__(self):
        return f"{self.kind} alert {self.pk}"  # never the address


class SentItem(models.Model):
    """One page sent to one subscription: claimed (inserted) before the message goes out, so the unique constraint lets
    only one job run send it, also when two run at the same moment."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="sent")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        default_permissions = ()
        constraints = [models.UniqueConstraint(fields=["subscription", "page"], name="alerts_send_each_page_once")]

    def __str__(self):
        return f"page {self.page_id} to alert {self.subscription_id}"
