"""The translators' admin pieces: the dashboard panel *Te vertalen*, the progress notice on a translation's edit
view (translator and reviewer alike) and the warning when a translation with missing pieces goes to review.
Templates: home/templates/home/admin/translators/."""

from django.contrib import messages
from django.utils.translation import gettext
from wagtail.admin.ui.components import Component

from ..roles import TRANSLATION_LANGUAGE
from ..views import SubmitForReviewView
from .explore import TRANSLATE
from .progress import pages_to_translate, progress_of

LISTED = 20  # rows per list in the panel; the heading gives the full count


class ToTranslatePanel(Component):
    """Dashboard, for whoever may translate: Dutch pages without a translation, and translations out of date."""

    name = "to_translate"
    template_name = "home/admin/translators/to_translate.html"
    order = 220

    def __init__(self, request):
        self.request = request

    def render_html(self, parent_context=None):
        if not self.request.user.has_perm(TRANSLATE):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        untranslated, out_of_date = pages_to_translate()
        return {
            "untranslated": untranslated[:LISTED],
            "untranslated_count": untranslated.count(),
            "out_of_date": out_of_date[:LISTED],
            "out_of_date_count": out_of_date.count(),
            "target_language": TRANSLATION_LANGUAGE,
            "request": self.request,
        }


def progress_message(progress):
    """The notice's text: how many pieces are translated, which are not, and why the page mixes languages."""
    if progress.complete:
        return gettext("All %(total)s pieces are translated.") % {"total": progress.total}
    named = ", ".join(progress.named)
    if progress.more:
        named += gettext(" and %(count)s more") % {"count": progress.more}
    return gettext(
        "%(translated)s of %(total)s pieces translated; not translated: %(missing)s. Untranslated pieces keep the "
        "Dutch source text, in the preview too, so the page mixes English and Dutch until every piece is translated."
    ) % {"translated": progress.translated, "total": progress.total, "missing": named}


def notice_on_edit(request, page):
    """before_edit_page: on a page being translated with wagtail-localize, say how far the translation is (a
    message on the editor wagtail-localize shows next)."""
    if request.method != "GET":
        return
    progress = progress_of(page)
    if progress is None:
        return
    if progress.complete:
        messages.success(request, progress_message(progress))
    else:
        messages.warning(request, progress_message(progress))


class SubmitTranslationForReviewView(SubmitForReviewView):
    """The editorial "submit for review" confirmation, which for a translation first shows how much is translated
    and names the missing pieces; submitting stays possible (the reviewer decides), and the warning is repeated."""

    template_name = "home/admin/translators/submit_for_review.html"

    def get_context_data(self, **kwargs):
        progress = progress_of(self.page)
        return super().get_context_data(progress=progress, progress_message=progress and progress_message(progress))

    def post(self, request, page_id):
        progress = progress_of(self.page)
        response = super().post(request, page_id)
        if progress is not None and not progress.complete:
            messages.warning(request, progress_message(progress))
        return response
