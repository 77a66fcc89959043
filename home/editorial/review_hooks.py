"""The review workflow's hooks: send-backs the writer sees (a notice in the edit view, the dashboard's *Teruggestuurd*,
the e-mail in her language: notifications.py) and who may delete which page (rights.py), enforced on the server and
reflected in the page listing's buttons.

Imported by wagtail_hooks.py (Wagtail looks for hooks in home/wagtail_hooks.py only)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Page

from .notifications import send_review_emails_after_commit
from .rights import delete_refusal
from .sendbacks import send_back_of
from .views import SentBackPanel

# The review e-mails after commit, the writer's in her language, in the place of Wagtail's own (notifications.py).
send_review_emails_after_commit()


@hooks.register("construct_homepage_panels")
def add_sent_back_panel(request, panels):
    panels.append(SentBackPanel())


@hooks.register("before_edit_page")
def show_send_back(request, page):
    """At the top of the edit view, as Wagtail shows a lock: the reviewer, the moment and the comment."""
    if request.method == "GET" and (send_back := send_back_of(page)) is not None:
        messages.warning(request, send_back.notice())


@hooks.register("before_delete_page")
def refuse_delete(request, page):
    """The delete view, GET and POST: a refused deletion goes back to the page with the reason; nothing is deleted."""
    refusal = delete_refusal(page, request.user)
    if refusal is None:
        return None
    messages.error(request, refusal)
    if page.permissions_for_user(request.user).can_edit():
        return redirect("wagtailadmin_pages:edit", page.pk)
    return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("before_bulk_action")
def refuse_bulk_delete(request, action_type, objects, action_class_instance):
    """Deleting several pages at once: refused whole when one of them may not be deleted, naming the pages."""
    if action_type != "delete" or not objects or not isinstance(objects[0], Page):
        return None
    refused = [page for page in objects if delete_refusal(page, request.user) is not None]
    if not refused:
        return None
    for page in refused:
        messages.error(request, f"{page.get_admin_display_title()}: {delete_refusal(page, request.user)}")
    return redirect(action_class_instance.next_url)


@hooks.register("construct_page_listing_buttons")
def hide_refused_delete(buttons, page, user, context=None):
    """The listing's "more" menu offers Delete only where the deletion would be allowed. (Wagtail's page header
    has no such hook: there a refused Delete leads back to the page with the reason.)"""
    delete_url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    for button in buttons:
        dropdown = getattr(button, "dropdown_buttons", None)
        if dropdown and any(str(item.url).startswith(delete_url) for item in dropdown):
            if delete_refusal(page, user) is not None:
                button.dropdown_buttons = [item for item in dropdown if not str(item.url).startswith(delete_url)]
