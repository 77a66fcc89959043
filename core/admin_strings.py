"""Wagtail's own admin strings whose Dutch we correct in `locale/nl` (our catalogue comes first in LOCALE_PATHS).

Wagtail's and wagtail-localize's Dutch catalogues glue words to the values put into them ("1-14van 14pagina's",
"aangemaakt inKennisbank"); our catalogue holds the same message ids with the spaces back. Nothing imports this
module: it only lists the ids, so that `make messages` keeps them in our catalogue instead of marking them obsolete.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

WAGTAIL_STRINGS = (
    gettext_noop("Home"),  # the admin breadcrumbs' first item, the dashboard (our menu says "Start": context "menu")
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s in "
        "'<span class=\"w-title-ellipsis\">%(title)s</span>'."
    ),
    gettext_noop("%(action)s by <b>%(who)s</b> at <b>%(at)s</b>"),
    gettext_noop('%(editor)s has updated comments on "%(title)s"'),
    gettext_noop('%(editor)s has updated comments on "%(title)s".'),
    gettext_noop("%(related_model_name)s %(field_label)s"),
    gettext_noop("%(status_display)s %(task_name)s %(started_at)s"),
    gettext_noop("Delete %(snippet_type_name)s"),
    gettext_noop("Are you sure you want to delete %(count)s %(snippet_type_name)s?"),
    gettext_noop("Translation of %(instance)s into %(locale)s"),
    gettext_noop("Editing %(object_type)s %(title)s"),
    gettext_noop("Content type"),  # wagtail-localize's translations report: its Dutch is "Content type"
    ngettext_lazy(
        '%(total)s Image <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Images <span class="w-sr-only">created in %(site_name)s</span>',
    ),
    ngettext_lazy("%(count)d %(model_name)s deleted.", "%(count)d %(model_name)s deleted."),
    ngettext_lazy(
        "%(num_parent_objects)d user has been marked as inactive",
        "%(num_parent_objects)d users have been marked as inactive",
    ),
)
