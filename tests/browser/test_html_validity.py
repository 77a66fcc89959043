"""Valid HTML: the Nu Html Checker (vnu-jar from npm, run with Java) on every page type, in both languages.

The pages are checked as the server sends them. One checker run covers them all, and the page built to break it
(a Java start per page would cost more than the checking); each page type then reports its own errors.
"""

import json
import subprocess
import urllib.error
import urllib.request

import pytest

from tests.browser.visits import page_type_params
from tests.services.browser import VNU

pytestmark = pytest.mark.browser
LANGUAGES = ["nl", "en"]
BROKEN = ('<!DOCTYPE html><html lang="nl"><head><title>x</title></head><body><p id="a"></div>'
          '<p id="a">twee</p></body></html>')  # fmt: skip


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read()
    except urllib.error.HTTPError as error:  # the 404 page is a page type too
        return error.read()


def check(paths):
    """{file name: [error lines]} for the given HTML files, from one run of the checker."""
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", "--exit-zero-always", "--stdout",
         *map(str, paths)],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    errors = {path.name: [] for path in paths}
    for message in json.loads(result.stdout)["messages"]:
        name = message.get("url", "").rsplit("/", 1)[-1]
        line = f"line {message.get('lastLine', '?')}: {message['message']} [{message.get('extract', '').strip()}]"
        errors.setdefault(name, []).append(line)
    return errors


@pytest.fixture(scope="module")
def checked(request, tmp_path_factory):
    """The checker's errors for every page type this run judges, and for BROKEN, from one run of the checker."""
    folder = tmp_path_factory.mktemp("html")
    (folder / "broken.html").write_text(BROKEN)
    paths = [folder / "broken.html"]
    judged_here = {item.callspec.params["page_type"] for item in request.session.items
                   if item.originalname == "test_page_type_is_valid_html"}  # fmt: skip
    if judged_here:
        demo_site = request.getfixturevalue("demo_site")
        for page_type in judged_here:
            for language in LANGUAGES:
                path = folder / f"{page_type}-{language}.html"
                path.write_bytes(fetch(demo_site.url + demo_site.pages[page_type][language]))
                paths.append(path)
    return check(paths)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", page_type_params())
def test_page_type_is_valid_html(checked, demo_site, page_type, language):
    errors = checked[f"{page_type}-{language}.html"]
    assert not errors, "\n".join(errors)


@pytest.mark.same_on_every_stack
def test_the_checker_reports_invalid_html(checked):
    """The check above can fail: a page with a stray end tag and a duplicate id is reported."""
    assert len(checked["broken.html"]) >= 2
