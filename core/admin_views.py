"""Shared pieces of the project's own admin views (import, keyword management)."""

from django.core.exceptions import PermissionDenied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class AdminView(WagtailAdminTemplateMixin):
    """An admin page for users holding every permission in `permissions`; an invalid form answers HTTP 400."""

    permissions = ()

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perms(self.permissions):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response
