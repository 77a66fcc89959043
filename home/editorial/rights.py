"""Who may delete a page: Wagtail's own rule, narrowed for everyone who may not publish.

Wagtail lets a user with "change" rights delete any page below it that is not live, so a writer could delete a
colleague's draft or a page waiting in review. LOC's rule (README, Editing): the Eindredactie deletes; a writer
(Redacteuren, Opleidingsteam) deletes only her own drafts that were never published and are not in review.
Wagtail's PagePermissionTester has no hook for this, so review_hooks.py asks `delete_refusal` in the delete view
(`before_delete_page`), in the bulk delete (`before_bulk_action`) and when it builds the page listing's buttons.
"""

from django.utils.translation import gettext


def delete_refusal(page, user):
    """Why `user` may not delete `page`, in the admin's language; None when they may."""
    permissions = page.permissions_for_user(user)
    if not permissions.can_delete():
        return gettext("You may not delete this page.")
    if permissions.can_publish():  # the Eindredactie (and superusers): Wagtail's rule stands
        return None
    if page.owner_id != user.pk:
        return gettext("You may delete only pages you created yourself; ask the Eindredactie to delete this one.")
    if page.live or page.first_published_at is not None:
        return gettext("This page has been published: only the Eindredactie may delete it.")
    if page.workflow_in_progress:
        return gettext("This page is in review: only the Eindredactie may delete it.")
    return None
