import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()
get_resolver().url_patterns  # the URL configuration loaded now, not by the first request  # noqa: B018

# Everything loaded so far (Django, Wagtail, the models, the URLs) lives as long as the process. Frozen, it is left
# out of the garbage collector's full passes, which otherwise walk it during requests: pauses of 20 to 100 ms that
# landed on whatever a search was doing (measured with search_bench on PostgreSQL's database search).
gc.freeze()
