"""Two app processes, one truth: what one process publishes, and what the scheduled job (a third process) unpublishes,
every page type of the other process shows at once (issue "Several app processes").

The demo site's gunicorn and a second gunicorn serve the same database, search engine and Redis (as two containers,
or the app and the scheduler, would in production). Both have read every page first, so their caches are warm; an
editor then publishes a new article through the first, and the second must list it on the home page, its section,
its theme and keyword pages and in search; the scheduled job then unpublishes it (its expiry date passed), and
neither process may show it anywhere. Without a shared cache (each process its own memory or folder) the second
process keeps serving its old lists. Only where Redis is configured: the embedded default is one process.
"""

import json
import os
import re
import subprocess
import time

import pytest
import requests

from tests.browser.server import PYTHON, REPO, serve

pytestmark = pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="the embedded default runs one process")

TITLE = "Twee processen, een waarheid"
LOOKUP = """
import json
from themes_taxonomy.models import Keyword, Theme
theme = Theme.objects.get(locale__language_code="nl", slug=THEME)
keyword = Keyword.objects.get(slug=KEYWORD)
print(json.dumps({"theme": theme.pk, "keyword": keyword.name}))
"""
EXPIRE = """
from django.utils import timezone
from articles.models import ArticlePage
print(ArticlePage.objects.filter(title=TITLE).update(expire_at=timezone.now() - timezone.timedelta(minutes=1)))
"""


def manage(env, *args):
    result = subprocess.run([PYTHON, "manage.py", *args], cwd=REPO, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def shell(env, script, **values):
    for name, value in values.items():
        script = script.replace(name, repr(value))
    return manage(env, "shell", "-v", "0", "-c", script).strip().splitlines()[-1]


def publish_new_article(site, url, theme_id, keyword):
    """As the Eindredactie, through the admin of the process at `url`: a new article, published at once."""
    session = requests.Session()
    session.get(f"{url}/admin/login/")
    token = session.cookies["csrftoken"]
    login = {"username": "eindredacteur", "password": site.password, "csrfmiddlewaretoken": token}
    assert session.post(f"{url}/admin/login/", data=login).url.endswith("/admin/")
    index_id = re.search(r"/admin/pages/(\d+)/", site.admin["article_index"]).group(1)
    add = f"{url}/admin/pages/add/articles/articlepage/{index_id}/"
    session.get(add)
    empty = {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"}
    data = {
        "csrfmiddlewaretoken": session.cookies["csrftoken"], "title": TITLE, "slug": "twee-processen",
        "intro": "Een artikel dat de ene server publiceert en de andere meteen toont.", "body-count": "0",
        "themes": [theme_id], "keywords": keyword, "publication_date": "2026-11-30", "edition": "",
        "people_quoted": "", "action-publish": "action-publish",
        **{f"path_links-{key}": value for key, value in empty.items()},
        **{f"comments-{key}": value for key, value in empty.items()},
    }  # fmt: skip
    response = session.post(add, data=data, allow_redirects=False)
    assert response.headers.get("Location") == site.admin["article_index"], response.text[:2000]  # published


def outputs(site):
    pages = site.pages
    return {
        "home": pages["home"]["nl"],
        "section": pages["article_index"]["nl"],
        "theme": pages["theme"]["nl"],
        "keyword": pages["keyword"]["nl"],
        "search": f"{pages['search']['nl']}?q=processen+waarheid",
    }


def shown(url, path):
    return TITLE in requests.get(f"{url}{path}", timeout=30).text


def wait_for_search(url, path, present):
    """The engine makes a change searchable within about a second (near-real-time)."""
    deadline = time.monotonic() + 10
    while shown(url, path) != present and time.monotonic() < deadline:
        time.sleep(0.3)


@pytest.fixture
def second_process(demo_site):
    process, url = serve(demo_site.env, demo_site.log)
    yield url
    process.terminate()
    process.wait(timeout=15)


def test_what_one_process_publishes_and_the_job_unpublishes_the_other_shows_at_once(demo_site, second_process):
    processes = {"first": demo_site.url, "second": second_process}
    paths = outputs(demo_site)
    theme_slug = paths["theme"].rstrip("/").rsplit("/", 1)[-1]
    keyword_slug = paths["keyword"].rstrip("/").rsplit("/", 1)[-1]
    found = json.loads(shell(demo_site.env, LOOKUP, THEME=theme_slug, KEYWORD=keyword_slug))
    for url in processes.values():  # every page read by both: their caches are warm
        for path in paths.values():
            assert not shown(url, path)

    publish_new_article(demo_site, demo_site.url, found["theme"], found["keyword"])
    wait_for_search(second_process, paths["search"], present=True)
    missing = [f"{name} {page}" for name, url in processes.items() for page, path in paths.items()
               if not shown(url, path)]  # fmt: skip
    assert not missing, f"published through the first process, but not shown by: {missing}"

    assert shell(demo_site.env, EXPIRE, TITLE=TITLE) == "1"
    manage(demo_site.env, "publish_scheduled")  # the scheduler: a process of its own
    wait_for_search(second_process, paths["search"], present=False)
    still = [f"{name} {page}" for name, url in processes.items() for page, path in paths.items() if shown(url, path)]
    assert not still, f"unpublished by the scheduled job, but still shown by: {still}"
