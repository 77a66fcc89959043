"""Registers the translators' pieces in the admin (imported by home/editorial/wagtail_hooks.py)."""

import json

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext
from wagtail import hooks

from . import explore
from .views import ToTranslatePanel, notice_on_edit

explore.register()


@hooks.register("construct_homepage_panels")
def add_to_translate_panel(request, panels):
    panels.append(ToTranslatePanel(request))


# Before wagtail-localize's own before_edit_page, which answers with its translation editor.
hooks.register("before_edit_page", notice_on_edit, order=-10)


@hooks.register("insert_editor_js")
def translation_title_in_admin_language():
    return format_html(
        '<script src="{}" data-phrase="{}" data-texts="{}"></script>',
        static("home/js/translation-title.js"),
        gettext("%(source)s to %(target)s translation"),
        json.dumps({"More actions": gettext("More actions")}),  # Wagtail's own message id and Dutch
    )
