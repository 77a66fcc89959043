"""Editor-managed synonyms and the query log."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from themes_taxonomy.text import fold, split_lines


class Synonym(models.Model):
    """Words that mean the same to a reader, e.g. "CR" and "cliëntenraad"; applied to every search."""

    term = models.CharField(_("term"), max_length=100, unique=True, help_text=_("For example: CR"))
    alternatives = models.TextField(
        _("means the same as"), help_text=_("One word or phrase per line, for example: cliëntenraad")
    )

    panels = [FieldPanel("term"), FieldPanel("alternatives")]

    class Meta:
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")
        ordering = ["term"]

    def __str__(self):
        return self.term

    def group(self):
        """The folded words and phrases of this synonym group."""
        return [fold(self.term)] + [fold(line) for line in split_lines(self.alternatives)]


class SearchQueryLog(models.Model):
    """How often readers searched for a text on a day, and how often it found nothing: the popular and zero-result
    report, nothing more. One row per (day, language, text), counted up by search/querylog.py, which strips digits
    and e-mail-like words before a text is stored; rows older than SEARCH_LOG_RETENTION_DAYS are purged by the
    scheduled job. No time of day, no address, no result count: the report does not need them."""

    day = models.DateField(_("day"), db_index=True)
    language = models.CharField(_("language"), max_length=8)
    query = models.CharField(_("search text"), max_length=200)
    searches = models.PositiveIntegerField(_("searches"), default=1)
    empty = models.PositiveIntegerField(_("searches that found nothing"), default=0)

    class Meta:
        verbose_name = _("search")
        verbose_name_plural = _("searches")
        ordering = ["-day", "query"]
        constraints = [models.UniqueConstraint(fields=["day", "language", "query"], name="one_log_row_per_day")]
        # Who may read the search reports (what readers search for, what the index is waiting for): given to the
        # Beheerders and the Eindredactie by home/editorial/roles.py.
        permissions = [("view_search_reports", "Can view the search reports")]

    def __str__(self):
        return self.query


class IndexBacklog(models.Model):
    """An index change the search engine missed (it was down), waiting for the scheduled replay (search/backlog.py).

    `version` goes up with every newer failure merged into the row, so a replay deletes only what it replayed;
    `claimed_until` is a worker's lease on the row, so no two workers take the same entry."""

    model = models.CharField(_("content type"), max_length=100)
    object_id = models.CharField(_("object"), max_length=64)
    missed_at = models.DateTimeField(_("first missed at"), auto_now_add=True)
    version = models.PositiveIntegerField(default=1)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("missed index update")
        verbose_name_plural = _("missed index updates")
        constraints = [models.UniqueConstraint(fields=["model", "object_id"], name="unique_backlog_entry")]

    def __str__(self):
        return f"{self.model}:{self.object_id}"
