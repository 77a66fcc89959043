"""The editorial workflow in the admin: dashboard panel, submit-for-review button, reviewed translation updates.

Wagtail looks for hooks in home/wagtail_hooks.py only; that module imports this one."""

from django.urls import path
from wagtail import hooks

from . import review_hooks  # noqa: F401 (send-backs the writer sees, who may delete which page)
from .translators import wagtail_hooks as translators_hooks  # noqa: F401 (the translators' panel, notices, tree)
from .translators.views import SubmitTranslationForReviewView
from .views import MyDraftsPanel, ReviewedUpdateTranslationsView, SubmitForReviewButton


@hooks.register("construct_homepage_panels")
def add_my_drafts_panel(request, panels):
    panels.append(MyDraftsPanel())


@hooks.register("register_admin_urls")
def editorial_urls():
    return [
        path(
            "pages/<int:page_id>/submit-for-review/",
            SubmitTranslationForReviewView.as_view(),  # a translation's progress first (translators/views.py)
            name="kennisbank_submit_for_review",
        ),  # fmt: skip
        # Takes precedence over wagtail-localize's own view at the same address (this app's hooks load first).
        path(
            "localize/update/<int:translation_source_id>/",
            ReviewedUpdateTranslationsView.as_view(),
            name="kennisbank_update_translations",
        ),  # fmt: skip
    ]


@hooks.register("register_page_listing_more_buttons")
def submit_for_review_listing_button(page, user, next_url=None):
    yield SubmitForReviewButton(page=page, priority=5)


@hooks.register("register_page_header_buttons")
def submit_for_review_header_button(page, user, view_name, next_url=None):
    yield SubmitForReviewButton(page=page, priority=12)
