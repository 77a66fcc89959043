"""django-csp's middleware with one policy for the site and one for the admin (config/settings/security.py)."""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings


class SiteAndAdminCSPMiddleware(CSPMiddleware):
    """django-csp applies one policy to every path; the admin needs inline scripts the site must never allow.
    A view's own csp_override/csp_replace decorator still wins over either policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(settings.ADMIN_PATH_PREFIX):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts
