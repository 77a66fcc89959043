"""Content security policy (django-csp 4) and the embed providers it lets in, for every environment.

The site's pages load only what the site serves itself. The admin (Wagtail, wagtail-localize) runs inline scripts
and styles and shows blob: and data: image previews, so it has a policy of its own (config/csp.py picks it by path).
Embeds come from YouTube and Vimeo only: the same two providers feed the embed finder and the policy's frame-src,
so an editor cannot add an embed that readers' browsers would then refuse to show.
"""

from csp.constants import NONE, SELF, UNSAFE_INLINE
from wagtail.embeds.oembed_providers import vimeo, youtube

WAGTAILEMBEDS_FINDERS = [{"class": "wagtail.embeds.finders.oembed", "providers": [youtube, vimeo]}]
EMBED_FRAME_SOURCES = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]

_COMMON = {
    "default-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],  # Wagtail's preview shows the site's pages in a frame of the admin
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_COMMON,
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "frame-src": [SELF, *EMBED_FRAME_SOURCES],
    }
}
# Every path under this prefix gets ADMIN_CONTENT_SECURITY_POLICY instead (config/urls.py mounts Wagtail there).
ADMIN_PATH_PREFIX = "/admin/"
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_COMMON,
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "media-src": [SELF, "blob:"],
        "worker-src": [SELF, "blob:"],
        "frame-src": [SELF, "blob:", *EMBED_FRAME_SOURCES],
    }
}
