"""The review every page passes before it goes live: one workflow for the whole tree, both languages.

Wagtail runs the workflow (tasks, approval, rejection with a comment, emails); the migration
home/migrations/0003_editorial_roles.py made it once, and administrators may change it in the admin. What Wagtail
lacks is submitting a wagtail-localize translation for review, which these functions do for views.py.
"""

from wagtail_localize.models import Translation

WORKFLOW_NAME = "Review door de eindredactie"
TASK_NAME = "Eindredactie keurt goed"  # a group approval task of the Eindredactie (roles.EINDREDACTIE)


def can_submit_for_review(page, user):
    """The page has changes that are not live, a review workflow, none in progress, and the user may edit it."""
    return (
        page.has_unpublished_changes
        and page.get_workflow() is not None
        and not page.workflow_in_progress
        and page.permissions_for_user(user).can_edit()
    )


def submit_for_review(page, user):
    """Start the page's review workflow on its latest draft, a translator's unsaved work included."""
    save_translated_strings(page, user)
    page.get_workflow().start(page, user)


def save_translated_strings(page, user):
    """wagtail-localize keeps a translator's work as translated strings and writes them into the page only when
    publishing; a translator cannot publish, so the strings become a draft revision here, and that is reviewed."""
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is not None:
        translation.save_target(user=user, publish=False)
        page.refresh_from_db()
